"""*Forsendelser* in the staff menu (with how many dispatches need action) and on the start page."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts.navigation import StaffLink
from borgerraad.letters import selectors
from borgerraad.letters.policies import may_work_on_letters


def staff_links(*, user, place: str) -> list[StaffLink]:
    if not may_work_on_letters(user):
        return []
    waiting = selectors.dispatches_needing_action_count(user=user)
    return [StaffLink("dispatches", _("Forsendelser"), reverse("letters:dispatches"), 50,
                      badge=waiting or None, badge_label=_("kræver handling"))]
