"""Who may see and act on recurring problems (flags) and the office's own investigations.

- leder: every flag and every investigation; may dismiss a flag, turn it into an investigation,
  and create and edit investigations. The counts on a flag are of klagepunkter in every case,
  restricted ones included, which the leader may see (``cases.policies.CasePolicy``).
- rådgiver, sekretær, administrator, borgerrepræsentant: none. A flag gathers cases across
  advisors, restricted ones included, so its counts and words are the leader's to see.

The cases behind a flag or linked to an investigation are listed through ``CasePolicy`` as well
(a superuser, or a wider policy later, sees only the cases the case policy allows).
"""

from __future__ import annotations

from django.db.models import QuerySet

from borgerraad.accounts.policies import VIEW, ModelPolicy
from borgerraad.accounts.roles import Role, roles_of
from borgerraad.insights.models import Flag, Investigation

DISMISS = "dismiss"
INVESTIGATE = "investigate"
CHANGE = "change"
CREATE = "create"


class FlagPolicy(ModelPolicy[Flag]):
    model = Flag

    def visible_for(self, user) -> QuerySet[Flag]:
        return Flag.objects.all() if Role.LEDER in roles_of(user) else Flag.objects.none()

    def allows(self, user, action: str, obj: Flag | None) -> bool:
        return action in {VIEW, DISMISS, INVESTIGATE} and Role.LEDER in roles_of(user)


class InvestigationPolicy(ModelPolicy[Investigation]):
    model = Investigation

    def visible_for(self, user) -> QuerySet[Investigation]:
        return Investigation.objects.all() if Role.LEDER in roles_of(user) else Investigation.objects.none()

    def allows(self, user, action: str, obj: Investigation | None) -> bool:
        return action in {VIEW, CHANGE, CREATE} and Role.LEDER in roles_of(user)


flag_policy = FlagPolicy()
investigation_policy = InvestigationPolicy()
