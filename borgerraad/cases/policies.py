"""Who may see and do what with cases (one policy for the ``Case`` model; accounts/policies.py).

- rådgiver: every case that is not restricted, and restricted cases assigned to them; may work on them.
- leder: every case, including restricted ones, the audit log and every advisor's workload
  (``view_workload``, the start page).
- sekretær: registration data of unrestricted cases but not their contents (``view_contents``);
  may register henvendelser.
- administrator (and any other role): no cases.

A restricted case (a staff member's own matter, or a sensitive one) is visible only to the
assigned advisor and the leaders.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from borgerraad.accounts.policies import VIEW, ModelPolicy
from borgerraad.accounts.roles import Role, roles_of
from borgerraad.cases.models import Case

VIEW_CONTENTS = "view_contents"
REGISTER = "register"
WORKLOAD = "view_workload"
WORK = frozenset({"change", "visitate", "transition", "hoering", "note", "message", "close", "extend", "assign"})

_CASEWORKERS = frozenset({Role.RAADGIVER, Role.LEDER})
_REGISTRARS = frozenset({Role.RAADGIVER, Role.LEDER, Role.SEKRETAER})


class CasePolicy(ModelPolicy[Case]):
    model = Case

    def visible_for(self, user) -> QuerySet[Case]:
        roles = roles_of(user)
        cases = Case.objects.all()
        if Role.LEDER in roles:
            return cases
        if Role.RAADGIVER in roles:
            return cases.filter(Q(restricted=False) | Q(assigned_to=user))
        if Role.SEKRETAER in roles:
            return cases.filter(restricted=False)
        return cases.none()

    def allows(self, user, action: str, obj: Case | None) -> bool:
        roles = roles_of(user)
        if action == VIEW:
            return bool(roles & _REGISTRARS)
        if action == REGISTER:
            return bool(roles & _REGISTRARS)
        if action == VIEW_CONTENTS or action in WORK:
            return bool(roles & _CASEWORKERS)
        if action in ("view_audit", WORKLOAD):
            return Role.LEDER in roles
        return False


class HenvendelseCaseAccess:
    """The case's rule for its henvendelse (``intake.policies``): list and read it as the case."""

    def __init__(self, policy: CasePolicy | None = None):
        self.policy = policy or CasePolicy()

    def visible_cases(self, user) -> QuerySet[Case]:
        return self.policy.visible(user)

    def may_read(self, user, case: Case) -> bool:
        return self.policy.can(user, VIEW_CONTENTS, case)
