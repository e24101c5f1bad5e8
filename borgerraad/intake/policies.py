"""Who may see and do what with a henvendelse (DOMAIN.md §2; the roles in accounts/roles.py).

- rådgiver and leder list every henvendelse and may read its contents (description, desired
  outcome, attachments, CPR masked).
- sekretær lists every henvendelse but sees only what registration needs: reference, channel,
  received, name, contact details and department; not the contents ("view_contents") nor CPR.
- administrator configures the system and sees no henvendelser by default.
- borgerrepræsentant sees no henvendelser.
- the full CPR number ("reveal_cpr") only for leder and users given ``intake.view_cpr``, and only
  for henvendelser they may read.

Once a case is opened on a henvendelse, the henvendelse is case data: who may list it and read
its contents is exactly what ``cases.policies.CasePolicy`` says about its case (a restricted case's
henvendelse, attachments and CPR number are out of sight for everyone the case is hidden from).
So every path that shows a henvendelse — the inbox, its page, the attachment download, the CPR
reveal, search — asks the one rule, and no path can know less about restriction than the case.
Intake sits below cases (docs/architecture.md), so it does not import that rule: cases registers
it here (``case_access_register`` in its ``AppConfig.ready()``). Until it has, a henvendelse with
a case is closed to everyone.
"""

from __future__ import annotations

from typing import Protocol

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef, Q, QuerySet

from borgerraad.accounts.policies import ModelPolicy
from borgerraad.accounts.roles import Role, has_role
from borgerraad.intake.models import Henvendelse

VIEW_CONTENTS = "view_contents"
REVEAL_CPR = "reveal_cpr"

# The fields a sekretær may see: what registering and routing a henvendelse needs.
REGISTRATION_FIELDS = (
    "reference", "channel", "status", "received_at", "receipt_sent_at", "language", "submitter_kind",
    "company_name", "on_behalf", "represented_name", "name", "address", "email", "phone",
    "preferred_channel", "department",
)

_READERS = (Role.RAADGIVER, Role.LEDER)
_LISTERS = (*_READERS, Role.SEKRETAER)


class CaseAccess(Protocol):
    """What the henvendelse's rule asks about its case; cases answers with ``CasePolicy``."""

    def visible_cases(self, user) -> QuerySet: ...  # the cases ``user`` may list

    def may_read(self, user, case) -> bool: ...  # whether ``user`` may read the case's contents


_case_access: list[CaseAccess] = []


def case_access_register(access: CaseAccess) -> None:
    """Decide henvendelser with a case by ``access`` (one rule: registering again replaces it)."""
    _case_access[:] = [access]


def _case_of(henvendelse: Henvendelse | None):
    if henvendelse is None:
        return None
    try:
        return henvendelse.case
    except ObjectDoesNotExist:
        return None


class HenvendelsePolicy(ModelPolicy[Henvendelse]):
    model = Henvendelse

    def visible_for(self, user) -> QuerySet[Henvendelse]:
        if not has_role(user, *_LISTERS):
            return Henvendelse.objects.none()
        without_case = Henvendelse.objects.filter(case__isnull=True)
        if not _case_access:
            return without_case
        # A correlated EXISTS (the henvendelse's own case, by primary key), not IN over every visible case:
        # under the OR, IN would hash all of them (a million) to check one henvendelse.
        cases = _case_access[0].visible_cases(user).filter(pk=OuterRef("case"))
        return Henvendelse.objects.filter(Q(case__isnull=True) | Exists(cases))

    def allows(self, user, action: str, obj: Henvendelse | None) -> bool:
        if action == "view":
            return has_role(user, *_LISTERS)
        if action == VIEW_CONTENTS:
            return self._may_read(user, obj)
        if action == REVEAL_CPR:
            return self._may_read(user, obj) and (has_role(user, Role.LEDER) or user.has_perm("intake.view_cpr"))
        return False

    def _may_read(self, user, obj: Henvendelse | None) -> bool:
        case = _case_of(obj)
        if case is not None:
            return bool(_case_access) and _case_access[0].may_read(user, case)
        return has_role(user, *_READERS)


henvendelse_policy = HenvendelsePolicy()
