"""The staff start page: what each app asks a signed-in user to see first, gathered in one place.

``accounts`` sits below the domain apps (they build on its policies), so it does not ask them
itself: each app registers a provider in its ``AppConfig.ready()`` (cases: own cases, deadlines,
the leader's workload; letters: dispatches waiting for confirmation or failed; insights: henstilling
follow-ups; channels: failed mail). A provider applies its own app's policies and returns what
``user`` may see, nothing else. The page (``views.home``) lists every provider's action items
in one table, most urgent first, with a count per kind, and shows each provider's panels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


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
    actions: list[ActionItem] = field(default_factory=list)
    panels: list[StartPanel] = field(default_factory=list)


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    count: int
    overdue: int


@dataclass
class StartPage:
    actions: list[ActionItem]
    panels: list[StartPanel]
    today: dt.date

    @property
    def counts(self) -> list[KindCount]:
        """How many action items of each kind (and how many of them are overdue), in the order of the table."""
        seen: dict[str, KindCount] = {}
        for item in self.actions:
            known = seen.get(item.kind)
            late = int(item.due is not None and item.due < self.today)
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
    """Everything the start page shows ``user``: action items soonest first (undated last), then panels."""
    actions: list[ActionItem] = []
    panels: list[StartPanel] = []
    for provider in _providers:
        contribution = provider(user=user, today=today)
        actions += contribution.actions
        panels += contribution.panels
    actions.sort(key=lambda item: (item.due is None, item.due or today, item.subject, item.kind))
    panels.sort(key=lambda panel: panel.order)
    return StartPage(actions=actions, panels=panels, today=today)
