"""The insights part of the staff start page (``accounts.start``), registered in ``InsightsConfig.ready``.

Henstilling follow-ups that are overdue or due soon and not answered (``registers.henstillinger_due``,
filtered by ``henstilling_policy``): of the user's own cases, and for a leader also of cases
without an advisor (the overdue reminder goes to the leaders then, docs/insights.md). The first
``ACTIONS_PER_KIND`` are listed and the rest counted; the register lists them all.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts import start
from borgerraad.accounts.roles import Role, has_role
from borgerraad.accounts.start import ActionItem, KindCount, StartContribution
from borgerraad.insights.registers import henstillinger_due
from borgerraad.insights.registers_policies import henstilling_policy

KIND = "henstilling_follow_up"


def start_contribution(*, user, today: dt.date) -> StartContribution:
    if not henstilling_policy.can(user, "view"):
        return StartContribution()
    whose = Q(klagepunkt__case__assigned_to=user)
    if has_role(user, Role.LEDER):
        whose |= Q(klagepunkt__case__assigned_to__isnull=True)
    found = henstillinger_due(user=user, whose=whose, today=today, limit=start.ACTIONS_PER_KIND, cap=start.COUNT_CAP)
    label = _("Opfølgning på henstilling")
    return StartContribution(actions=[
        ActionItem(kind=KIND, label=label,
                   subject=entry.klagepunkt.case.reference, url=reverse("insights:henstilling", args=[entry.pk]),
                   due=entry.klagepunkt.henstilling_follow_up,
                   detail=_("Klagepunkt %(n)d, %(department)s") % {
                       "n": entry.klagepunkt.number,
                       "department": entry.klagepunkt.department.code if entry.klagepunkt.department else "–"})
        for entry in found.first
    ], counts=[KindCount(KIND, label, found.count, found.overdue, reverse("insights:henstillinger"))])
