"""The staff start page: what each app asks a signed-in user to see first, gathered in one place.

``accounts`` sits below the domain apps (they build on its policies), so it does not ask them
itself: each app registers a provider in its ``AppConfig.ready()`` (cases: own cases, deadlines,
the leader's workload; letters: dispatches waiting for confirmation or failed; insights: henstilling
follow-ups; channels: failed mail). A provider applies its own app's policies and returns what
``user`` may see, nothing else. The page (``views.home``) lists every provider's action items
in one table, most urgent first, with a count per kind, and shows each provider's panels.

Bounded at any size (docs/cases.md "Performance"): a provider lists at most ``ACTIONS_PER_KIND`` items
of a kind, the soonest first, and gives the kind's count (``KindCount``) from a capped COUNT
(``COUNT_CAP``: more reads as "over 1.000"); the table shows the first ``ACTIONS_SHOWN`` of all kinds,
and a kind not shown in full links to the page that lists all of it ("Vis alle").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.utils.formats import number_format
from django.utils.translation import gettext as _

# A provider lists at most this many items of one kind (the soonest first) ...
ACTIONS_PER_KIND = 50
# ... the table shows the first this many of all kinds together ...
ACTIONS_SHOWN = 50
# ... and a kind is counted up to this many (more reads "over 1.000").
COUNT_CAP = 1000


@dataclass(frozen=True)
class ActionItem:
    """One thing that needs action now: an acknowledgement due, an overdue høring, a letter to confirm."""

    kind: str  # a stable code, e.g. "acknowledgement"
    label: str  # the kind in words, translated
    subject: str  # what it concerns, e.g. a reference number
    url: str
    due: dt.date | None = None
    detail: str = ""


# Panels ordered below this stand above the action items (a short line such as the inbox count).
START_INTRO_ORDER = 10


@dataclass(frozen=True)
class StartPanel:
    """A block of the start page rendered by ``template`` with ``context`` (e.g. my cases, workload)."""

    order: int
    template: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class StartContribution:
    """A provider's items and panels. ``counts``: the count of each kind it lists only in part (at most
    ``ACTIONS_PER_KIND`` items); a kind without one is counted from ``actions``."""

    actions: list[ActionItem] = field(default_factory=list)
    panels: list[StartPanel] = field(default_factory=list)
    counts: list[KindCount] = field(default_factory=list)


@dataclass(frozen=True)
class KindCount:
    """How many items of a kind there are (counted up to ``COUNT_CAP + 1``), how many are overdue, and
    the page that lists them all (``url``; "Vis alle" when the table shows fewer than ``count``)."""

    kind: str
    label: str
    count: int
    overdue: int
    url: str = ""
    shown: int = 0  # how many of them the table shows

    @property
    def count_display(self) -> str:
        return _capped(self.count)

    @property
    def overdue_display(self) -> str:
        return _capped(self.overdue)

    @property
    def more(self) -> bool:
        """The table shows only some of them."""
        return self.shown < self.count


def _capped(count: int) -> str:
    if count > COUNT_CAP:
        return _("over %(cap)s") % {"cap": number_format(COUNT_CAP, force_grouping=True)}
    return str(count)


def count_capped(queryset: QuerySet, cap: int | None = None) -> int:
    """How many rows ``queryset`` has, reading at most ``cap + 1`` of them (more reads as ``cap + 1``)."""
    return counts_capped([queryset], cap)[0]


def counts_capped(querysets: list[QuerySet], cap: int | None = None) -> list[int]:
    """``count_capped`` of each of ``querysets`` (of one database), in one query; ``cap``: ``COUNT_CAP``."""
    if not querysets:
        return []
    cap = COUNT_CAP if cap is None else cap
    parts, params = [], []
    for queryset in querysets:
        sql, more = queryset.order_by().values("pk")[:cap + 1].query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS capped)")  # nosec B608: SQL built by the ORM
        params += more
    with connections[querysets[0].db].cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)  # nosec B608: SQL built by the ORM
        return list(cursor.fetchone())


@dataclass
class StartPage:
    actions: list[ActionItem]  # the first ACTIONS_SHOWN, most urgent first
    panels: list[StartPanel]
    today: dt.date
    counts: list[KindCount] = field(default_factory=list)

    @property
    def more(self) -> bool:
        """Some action items are not in the table (their kinds link to the full lists)."""
        return any(count.more for count in self.counts)


def _counts_from_actions(actions: list[ActionItem], today: dt.date) -> list[KindCount]:
    """The counts of a provider that lists every item of its kinds: counted from the items."""
    seen: dict[str, KindCount] = {}
    for item in actions:
        known = seen.get(item.kind)
        late = int(item.due is not None and item.due < today)
        seen[item.kind] = KindCount(item.kind, item.label, (known.count if known else 0) + 1,
                                    (known.overdue if known else 0) + late)
    return list(seen.values())


Provider = Callable[..., StartContribution]
_providers: list[Provider] = []


def start_provider_register(provider: Provider) -> None:
    """Call ``provider(user=..., today=...)`` for every start page; registering twice keeps one."""
    if provider not in _providers:
        _providers.append(provider)


def start_page(*, user, today: dt.date) -> StartPage:
    """Everything the start page shows ``user``: the first ``ACTIONS_SHOWN`` action items soonest first
    (undated last) with the count of each kind, then the panels."""
    actions: list[ActionItem] = []
    panels: list[StartPanel] = []
    counts: list[KindCount] = []
    for provider in _providers:
        contribution = provider(user=user, today=today)
        actions += contribution.actions
        panels += contribution.panels
        given = {count.kind for count in contribution.counts}
        counts += contribution.counts + _counts_from_actions(
            [item for item in contribution.actions if item.kind not in given], today)
    actions.sort(key=lambda item: (item.due is None, item.due or today, item.subject, item.kind))
    actions = actions[:ACTIONS_SHOWN]
    shown: dict[str, int] = {}
    for item in actions:
        shown[item.kind] = shown.get(item.kind, 0) + 1
    order = {item.kind: index for index, item in reversed(list(enumerate(actions)))}
    counts = sorted((replace(count, shown=shown.get(count.kind, 0)) for count in counts if count.count),
                    key=lambda count: order.get(count.kind, len(order)))
    panels.sort(key=lambda panel: panel.order)
    return StartPage(actions=actions, panels=panels, today=today, counts=counts)
