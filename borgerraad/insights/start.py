"""The insights part of the staff start page (``accounts.start``), registered in ``InsightsConfig.ready``.

Henstilling follow-ups that are overdue or due soon and not answered (``registers.henstillinger_open``,
filtered by ``henstilling_policy``): of the user's own cases, and for a leader also of cases
without an advisor (the overdue reminder goes to the leaders then, docs/insights.md).
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts.roles import Role, has_role
from borgerraad.accounts.start import ActionItem, StartContribution
from borgerraad.insights.registers import henstillinger_open
from borgerraad.insights.registers_policies import henstilling_policy


def start_contribution(*, user, today: dt.date) -> StartContribution:
    if not henstilling_policy.can(user, "view"):
        return StartContribution()
    leader = has_role(user, Role.LEDER)
    found = henstillinger_open(user=user, today=today)
    return StartContribution(actions=[
        ActionItem(kind="henstilling_follow_up", label=_("Opfølgning på henstilling"),
                   subject=entry.klagepunkt.case.reference, url=reverse("insights:henstilling", args=[entry.pk]),
                   due=entry.klagepunkt.henstilling_follow_up,
                   detail=_("Klagepunkt %(n)d, %(department)s") % {
                       "n": entry.klagepunkt.number,
                       "department": entry.klagepunkt.department.code if entry.klagepunkt.department else "–"})
        for entry in found.overdue + found.due_soon
        if entry.klagepunkt.case.assigned_to_id == user.pk or (leader and entry.klagepunkt.case.assigned_to_id is None)
    ])
