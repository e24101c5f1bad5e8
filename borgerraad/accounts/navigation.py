"""The staff links: the start page's "Gå til" list and the casework menu, contributed by the apps.

``accounts`` sits below the apps whose pages the links lead to, so neither its start page nor
the casework menu (``cases/base.html``, below letters and insights) names their URLs. Each app
registers a provider in its ``AppConfig.ready()`` that returns the links ``user`` may follow
(applying its own policies) and where they show: ``MENU`` (the casework menu), ``START`` (the
start page) or both. The templates read them with ``{% staff_links user "menu" %}`` (accounts'
``staff`` tag library); a test keeps every app's templates from naming a URL of a higher layer.

Also here: a role's own front page (``role_home``, for council members), and accounts' own link
for core's error pages (``staff_error_links``, registered with ``core.links``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.core.links import PageLink

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


# --- A role's own front page ----------------------------------------------------------------------
#
# Users without a staff role who sign in here (council members, ``Role.BORGERREPRAESENTANT``) have
# their own pages in an app above accounts (``channels.council``). ``accounts`` redirects them there
# from the staff front page without naming that app's URL: the app registers the page in its
# ``AppConfig.ready()`` with ``role_home_register(role, url)``, ``url()`` giving the address.

_role_homes: dict[str, Callable[[], str]] = {}


def role_home_register(role: str, url: Callable[[], str]) -> None:
    """``url()`` is the front page of users with ``role`` and no staff role; one page per role."""
    registered = _role_homes.setdefault(role, url)
    if registered is not url:
        raise ValueError(f"The role {role!r} already has its front page ({registered!r}).")


def role_home(roles: Iterable[str]) -> str | None:
    """The address of the first registered front page of ``roles`` (sorted by name), or None."""
    return next((_role_homes[role]() for role in sorted(roles) if role in _role_homes), None)


def staff_error_links():
    """The way back from an error on a staff page (``core.links``, page ``staff_error``): the staff front page."""
    return [PageLink(_("Til medarbejdersiden"), reverse("accounts:home"))]
