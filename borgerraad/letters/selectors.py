"""Reads of letters: a case's letters and their dispatches, failed dispatches, unconfirmed ones.

The staff overview of dispatches (*Forsendelser*) shows only dispatches of cases the user may work
on letters for: the cases ``CasePolicy`` makes visible to the user, when the user may read their
contents and do the letters action (``policies.may_work_on_letters``, asked for all cases at once).
A dispatch needs action when it is handed over to the print run or the Digital Post outbox and
waits for staff to confirm it, or when it failed (retried later, or given up); below those, the
history of what was sent (``dispatches_sent``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from borgerraad.cases.policies import CasePolicy
from borgerraad.letters.models import (
    Dispatch,
    DispatchStatus,
    Letter,
    LetterChannel,
    LetterStatus,
    LetterTemplate,
)
from borgerraad.letters.policies import may_work_on_letters


def final_letters_for_case(*, case) -> QuerySet[Letter]:
    """The case's finalised letters (content and PDF kept immutably), for its journal and its export."""
    return Letter.objects.filter(case=case, status=LetterStatus.FINAL).select_related("finalised_by")


def letters_for_case(*, case) -> list[Letter]:
    return list(
        Letter.objects.filter(case=case).select_related("finalised_by", "created_by").prefetch_related("dispatches")
    )


def letter_for_case(*, case, letter_id: int) -> Letter | None:
    return Letter.objects.filter(case=case, pk=letter_id).select_related("case").first()


def dispatches_needing_attention() -> QuerySet[Dispatch]:
    """Failed, given-up and handed-over dispatches, for staff to follow up."""
    return Dispatch.objects.filter(
        status__in=[DispatchStatus.FAILED, DispatchStatus.GAVE_UP, DispatchStatus.HANDED_OVER],
    ).select_related("letter__case")


def _dispatches_for(user) -> QuerySet[Dispatch]:
    if not may_work_on_letters(user):
        return Dispatch.objects.none()
    return Dispatch.objects.filter(letter__case__in=CasePolicy().visible(user))


_PRINT_RUN = Q(status=DispatchStatus.HANDED_OVER, channel=LetterChannel.PRINT)
_OUTBOX = Q(status=DispatchStatus.HANDED_OVER, channel=LetterChannel.DIGITAL_POST)
_FAILED = Q(status__in=[DispatchStatus.FAILED, DispatchStatus.GAVE_UP])


def print_run_dispatches(*, user, ids: list[int] | None = None) -> list[Dispatch]:
    """The print run: handed-over print dispatches the user may see, oldest first (``ids`` only, if given)."""
    dispatches = _dispatches_for(user).filter(_PRINT_RUN)
    if ids is not None:
        dispatches = dispatches.filter(pk__in=ids)
    return list(dispatches.select_related("letter__case").order_by("created_at", "id"))


@dataclass(frozen=True)
class DispatchOverview:
    print_run: list[Dispatch]
    outbox: list[Dispatch]
    failed: list[Dispatch]


def dispatch_overview(*, user) -> DispatchOverview:
    """Every dispatch that needs staff action, of the cases ``user`` may work on letters for."""
    rows = list(
        _dispatches_for(user).filter(_PRINT_RUN | _OUTBOX | _FAILED)
        .select_related("letter__case").order_by("created_at", "id")
    )
    return DispatchOverview(
        print_run=[row for row in rows if row.status == DispatchStatus.HANDED_OVER
                   and row.channel == LetterChannel.PRINT],
        outbox=[row for row in rows if row.status == DispatchStatus.HANDED_OVER
                and row.channel == LetterChannel.DIGITAL_POST],
        failed=[row for row in rows if row.status in (DispatchStatus.FAILED, DispatchStatus.GAVE_UP)],
    )


# The groups of dispatches waiting for staff, as the start page names them.
WAITING = {"print_run": _PRINT_RUN, "outbox": _OUTBOX, "dispatch_failed": _FAILED}


def dispatches_waiting(*, user, limit: int) -> dict[str, tuple[list[Dispatch], int]]:
    """Per group of ``WAITING``: its first ``limit`` dispatches (oldest first, as ``dispatch_overview``)
    and how many it has (one aggregate query for the counts)."""
    waiting = _dispatches_for(user)
    counts = waiting.filter(_PRINT_RUN | _OUTBOX | _FAILED).aggregate(
        **{name: Count("pk", filter=condition) for name, condition in WAITING.items()})
    return {
        name: (list(waiting.filter(condition).select_related("letter__case").order_by("created_at", "id")[:limit])
               if counts[name] else [], counts[name])
        for name, condition in WAITING.items()
    }


def dispatches_sent(*, user) -> QuerySet[Dispatch]:
    """The history: dispatches confirmed sent, of the cases ``user`` may work on letters for, newest first."""
    return (
        _dispatches_for(user).filter(status=DispatchStatus.SENT)
        .select_related("letter__case", "confirmed_by").order_by("-confirmed_at", "-id")
    )


def dispatches_needing_action_count(*, user) -> int:
    """How many dispatches ``dispatch_overview`` lists for ``user`` (one COUNT query)."""
    return _dispatches_for(user).filter(_PRINT_RUN | _OUTBOX | _FAILED).count()


def template_kinds_available(*, language: str) -> list[str]:
    return list(LetterTemplate.objects.filter(active=True, language=language).values_list("kind", flat=True))
