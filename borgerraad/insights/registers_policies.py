"""Who may see and work on the registers of suggestions and henstillinger (one policy per model).

- leder: every entry, including those of restricted cases.
- rådgiver: entries of the cases ``CasePolicy`` lets them see (not another advisor's restricted
  case), and every suggestion typed in by hand (it belongs to no case).
- sekretær, administrator and everyone else: nothing. The entries hold what the citizen and the
  department wrote, which the sekretær may not read on the case either (``view_contents``).

Every action (view, change, create, export) needs one of the two reading roles; an action on an
entry needs the entry to be visible (``accounts.policies.ModelPolicy``).
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from borgerraad.accounts.policies import ModelPolicy
from borgerraad.accounts.roles import Role, roles_of
from borgerraad.cases.policies import CasePolicy
from borgerraad.insights.models import HenstillingFollowUp, Suggestion

CHANGE = "change"
CREATE = "create"
EXPORT = "export"

_READERS = frozenset({Role.LEDER, Role.RAADGIVER})
_ACTIONS = frozenset({"view", CHANGE, CREATE, EXPORT})


def _reads(user) -> bool:
    return bool(roles_of(user) & _READERS)


class SuggestionPolicy(ModelPolicy[Suggestion]):
    model = Suggestion

    def visible_for(self, user) -> QuerySet[Suggestion]:
        if not _reads(user):
            return Suggestion.objects.none()
        return Suggestion.objects.filter(
            Q(klagepunkt__isnull=True) | Q(klagepunkt__case__in=CasePolicy().visible(user).values("pk"))
        )

    def allows(self, user, action: str, obj: Suggestion | None) -> bool:
        return action in _ACTIONS and _reads(user)


class HenstillingFollowUpPolicy(ModelPolicy[HenstillingFollowUp]):
    model = HenstillingFollowUp

    def visible_for(self, user) -> QuerySet[HenstillingFollowUp]:
        if not _reads(user):
            return HenstillingFollowUp.objects.none()
        return HenstillingFollowUp.objects.filter(klagepunkt__case__in=CasePolicy().visible(user).values("pk"))

    def allows(self, user, action: str, obj: HenstillingFollowUp | None) -> bool:
        return action in (_ACTIONS - {CREATE}) and _reads(user)


suggestion_policy = SuggestionPolicy()
henstilling_policy = HenstillingFollowUpPolicy()
