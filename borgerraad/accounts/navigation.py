"""The staff links: the start page's "Gå til" list and the casework menu, contributed by the apps.

``accounts`` sits below the apps whose pages the links lead to, so neither its start page nor
the casework menu (``cases/base.html``, below letters and insights) names their URLs. Each app
registers a provider in its ``AppConfig.ready()`` that returns the links ``user`` may follow
(applying its own policies) and where they show: ``MENU`` (the casework menu), ``START`` (the
start page) or both. The templates read them with ``{% staff_links user "menu" %}`` (accounts'
``staff`` tag library); a test keeps every app's templates from naming a URL of a higher layer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

MENU = "menu"
START = "start"


@dataclass(frozen=True)
class StaffLink:
    """One link: ``key`` marks the current page in the menu (``nav``); ``badge`` counts what needs action."""

    key: str
    label: str
    url: str
    order: int
    places: frozenset[str] = frozenset({MENU, START})
    badge: int | None = None
    badge_label: str = ""


Provider = Callable[..., Iterable[StaffLink]]
_providers: list[Provider] = []


def staff_links_register(provider: Provider) -> None:
    """Call ``provider(user=..., place=...)`` for the staff links; registering twice keeps one.

    ``place`` lets a provider skip the work for links it does not show there (a count, say).
    """
    if provider not in _providers:
        _providers.append(provider)


def staff_links(*, user, place: str) -> list[StaffLink]:
    """The links ``user`` may follow shown in ``place`` (``MENU`` or ``START``), in their order."""
    links = [link for provider in _providers for link in provider(user=user, place=place) if place in link.places]
    return sorted(links, key=lambda link: (link.order, link.key))
