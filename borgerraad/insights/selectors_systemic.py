"""Reads of recurring problems (flags) and the office's own investigations (drift-undersøgelser).

Lists and single records go through ``policies_systemic`` (the leader). The cases behind a flag and
those linked to an investigation are read through ``CasePolicy.visible`` and each read of a case's
contents is recorded in the audit log (databeskyttelsesforordningen art. 32), as ``case_get`` does.
``investigations_for_period`` is the beretning's: investigations without case contents.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Q, QuerySet

from borgerraad.cases.models import Case, Klagepunkt
from borgerraad.cases.policies import VIEW_CONTENTS, CasePolicy
from borgerraad.insights.models import Flag, FlagStatus, Investigation
from borgerraad.insights.policies_systemic import flag_policy, investigation_policy
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record


def _flags_with_counts(user) -> QuerySet[Flag]:
    return (
        flag_policy.visible(user).select_related("department", "investigation", "dismissed_by")
        .annotate(points=Count("klagepunkter", distinct=True), cases=Count("klagepunkter__case", distinct=True))
    )


def flags_list(*, user, status: FlagStatus | str = FlagStatus.OPEN) -> QuerySet[Flag]:
    """The flags ``user`` may see with ``status``, newest first, with their klagepunkt and case counts.

    The counts are of every case behind the flag: an aggregate for the leader, who may see all cases.
    """
    return _flags_with_counts(user).filter(status=status)


def flag_get(*, user, pk: int) -> Flag | None:
    """The flag ``pk`` with its counts if ``user`` may see it, else None."""
    return _flags_with_counts(user).filter(pk=pk).first()


def flag_klagepunkter(*, user, flag: Flag) -> list[Klagepunkt]:
    """The klagepunkter behind ``flag`` in cases ``user`` may read, oldest case first. Logs each case read."""
    visible = CasePolicy().visible(user)
    if not CasePolicy().can(user, VIEW_CONTENTS):
        return []
    points = list(
        Klagepunkt.objects.filter(pk__in=flag.klagepunkter.values("pk"), case__in=visible)
        .select_related("case", "department").order_by("case__received_on", "case_id", "number")
    )
    for case in {point.case_id: point.case for point in points}.values():
        audit_record(user=user, action=AuditAction.VIEW, obj=case, detail=f"Tilbagevendende problem {flag.pk}")
    return points


def flag_cases(*, user, flag: Flag) -> list[Case]:
    """The cases behind ``flag`` that ``user`` may see (for references only: not logged)."""
    behind = Klagepunkt.objects.filter(pk__in=flag.klagepunkter.values("pk")).values("case_id")
    return list(CasePolicy().visible(user).filter(pk__in=behind).order_by("received_on", "pk"))


def investigations_list(*, user) -> QuerySet[Investigation]:
    return investigation_policy.visible(user).select_related("department").annotate(
        case_count=Count("cases", distinct=True),
    )


def investigation_get(*, user, pk: int) -> Investigation | None:
    return investigations_list(user=user).filter(pk=pk).first()


def investigation_cases(*, user, investigation: Investigation) -> list[Case]:
    """The cases linked to ``investigation`` that ``user`` may see (references and dates only: not logged)."""
    linked = investigation.cases.values("pk")
    return list(CasePolicy().visible(user).filter(pk__in=linked).order_by("received_on", "pk"))


def investigations_for_period(*, start: dt.date, end: dt.date) -> QuerySet[Investigation]:
    """Investigations that ran during ``start``..``end`` (both included): started by ``end`` and not
    concluded before ``start``. For the beretning: its caller decides who reads it; no case contents."""
    return (
        Investigation.objects.filter(started_on__lte=end)
        .filter(Q(concluded_on__isnull=True) | Q(concluded_on__gte=start))
        .select_related("department")
        .annotate(case_count=Count("cases", distinct=True))
        .order_by("started_on", "pk")
    )
