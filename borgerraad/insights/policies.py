"""Who may see which statistics (docs/insights.md; the roles in accounts/roles.py).

- leder: every figure over every case, restricted ones included (``CasePolicy`` lets the leader
  see them all), any advisor's figures, the engine-vs-staff agreement with its disagreements, and
  the annual beretning (its texts, generating and downloading it).
- rådgiver: the *own view*: figures over the cases assigned to them only. They are a subset of what
  ``CasePolicy`` shows them (an advisor always sees the cases assigned to them).
- sekretær, administrator, borgerrepræsentant and anyone else: no statistics. The sekretær may
  list cases but not read their contents, and outcomes and klagepunkter are contents.

``InsightsPolicy.visible(user)`` is the set of cases every figure shown to ``user`` is counted
from; the selectors in ``statistics.py`` take that set and never widen it.
"""

from __future__ import annotations

from django.db.models import QuerySet

from borgerraad.accounts.policies import VIEW, ModelPolicy
from borgerraad.accounts.roles import Role, roles_of
from borgerraad.cases.models import Case
from borgerraad.cases.policies import CasePolicy

VIEW_ALL = "view_all"  # every advisor's cases, and the advisor filter
VIEW_AGREEMENT = "view_agreement"  # the engine-vs-staff page, with the disagreeing cases listed
BERETNING = "beretning"  # write the beretning's texts, generate and download it (every case, restricted ones too)


class InsightsPolicy(ModelPolicy[Case]):
    model = Case

    def visible_for(self, user) -> QuerySet[Case]:
        roles = roles_of(user)
        cases = CasePolicy().visible(user)
        if Role.LEDER in roles:
            return cases
        if Role.RAADGIVER in roles:
            return cases.filter(assigned_to=user)
        return cases.none()

    def allows(self, user, action: str, obj: Case | None) -> bool:
        roles = roles_of(user)
        if action == VIEW:
            return bool(roles & {Role.LEDER, Role.RAADGIVER})
        if action in (VIEW_ALL, VIEW_AGREEMENT, BERETNING):
            return Role.LEDER in roles
        return False


insights_policy = InsightsPolicy()
