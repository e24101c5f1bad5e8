"""Form validators: no CPR number where none belongs.

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

from borgerraad.privacy.cpr import contains_cpr

CITIZEN_MESSAGE = _(
    "Skriv ikke et CPR-nummer her. Vil du give os dit CPR-nummer, så skriv det i feltet "
    "“CPR-nummer” under “Dine kontaktoplysninger”."
)
STAFF_MESSAGE = _("Skriv ikke et CPR-nummer her. Et CPR-nummer hører kun til i feltet “CPR-nummer”.")
REFERRAL_MESSAGE = _("Skriv ikke borgerens CPR-nummer. Vi får det fra borgeren, hvis vi får brug for det.")


class NoCprNumber:
    """Refuses a value that holds a CPR number, with ``message``."""

    code = "cpr_not_here"

    def __init__(self, message=CITIZEN_MESSAGE):
        self.message = message

    def __call__(self, value) -> None:
        if isinstance(value, str) and contains_cpr(value, joined=True):
            raise ValidationError(self.message, code=self.code)
