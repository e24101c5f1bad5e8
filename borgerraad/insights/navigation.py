"""*Indsigt* in the staff menu and on the start page, for those who may see the statistics."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts.navigation import StaffLink
from borgerraad.accounts.policies import VIEW
from borgerraad.insights.policies import insights_policy


def staff_links(*, user, place: str) -> list[StaffLink]:
    if not insights_policy.can(user, VIEW):
        return []
    return [StaffLink("insights", _("Indsigt"), reverse("insights:dashboard"), 70)]
