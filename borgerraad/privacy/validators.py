"""Form validators: a CPR number typed where it belongs, and no CPR number where none belongs.

``cpr_typed`` is the one rule for the CPR field of every form (the citizen's complaint form, staff's
registration and correction): empty is allowed, digits other than 0-9 are refused with a message of
their own, anything else must be a valid CPR number and is stored as ``ddmmåå-xxxx``.

Names, addresses, units, an interpreter's language, phone numbers and the like are stored in clear
(staff find a henvendelse by its name), so a CPR number typed into one of them would be stored in
clear and shown unmasked. Forms refuse it with a message saying where a CPR number goes instead;
the user's other answers stay as typed. The check takes CPR numbers glued to other text too
(``privacy.cpr``, ``joined=True``); phone numbers, case numbers and dates are not CPR numbers.
Intake from mail and Digital Post, which cannot be refused, masks instead
(``intake.services.henvendelse_register``).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from borgerraad.privacy.cpr import contains_cpr, cpr_normalised, has_foreign_digits

CITIZEN_MESSAGE = _(
    "Skriv ikke et CPR-nummer her. Vil du give os dit CPR-nummer, så skriv det i feltet "
    "“CPR-nummer” under “Dine kontaktoplysninger”."
)
STAFF_MESSAGE = _("Skriv ikke et CPR-nummer her. Et CPR-nummer hører kun til i feltet “CPR-nummer”.")
REFERRAL_MESSAGE = _("Skriv ikke borgerens CPR-nummer. Vi får det fra borgeren, hvis vi får brug for det.")
CPR_FOREIGN_DIGITS = _("Skriv CPR-nummeret med almindelige cifre 0-9, fx 120483-1234.")
CPR_INVALID_STAFF = _("CPR-nummeret er ikke gyldigt (ddmmåå-xxxx).")
CPR_INVALID_CITIZEN = _("CPR-nummeret er ikke gyldigt. Det består af din fødselsdato (ddmmåå) og fire cifre.")


def cpr_typed(value: str, *, invalid_message=CPR_INVALID_STAFF) -> str:
    """A CPR number typed into a form as ``ddmmåå-xxxx``, or "" when none was typed (ValidationError if invalid)."""
    value = (value or "").strip()
    if not value:
        return ""
    if has_foreign_digits(value):
        raise ValidationError(CPR_FOREIGN_DIGITS, code="foreign_digits")
    normalised = cpr_normalised(value)
    if normalised is None:
        raise ValidationError(invalid_message, code="invalid")
    return normalised


class NoCprNumber:
    """Refuses a value that holds a CPR number, with ``message``."""

    code = "cpr_not_here"

    def __init__(self, message=CITIZEN_MESSAGE):
        self.message = message

    def __call__(self, value) -> None:
        if isinstance(value, str) and contains_cpr(value, joined=True):
            raise ValidationError(self.message, code=self.code)
