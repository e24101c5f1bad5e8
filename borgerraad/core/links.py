"""Links on core's public pages to pages of the apps above it, contributed by those apps.

``core`` is below every app, so its templates name only core's URLs. A page that leads on to
another app's pages (the council page's sign-in and referral form, from ``channels.council``)
shows the links the apps registered for it in their ``AppConfig.ready()``:
``page_links_register("council", provider)``; ``provider()`` returns ``PageLink`` rows.

Pages:

- ``council``: the council page's links to the council members' sign-in and referral form (``channels``).
- ``staff_error``: the way back from an error on a staff page, the staff front page (``accounts``);
  the first link is used, and with none the error page leads to the public front page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

PAGES = ("council", "staff_error")


@dataclass(frozen=True)
class PageLink:
    label: str
    url: str


Provider = Callable[[], Iterable[PageLink]]
_providers: dict[str, list[Provider]] = {page: [] for page in PAGES}


def page_links_register(page: str, provider: Provider) -> None:
    """Show ``provider()``'s links on ``page``; registering the same provider twice keeps one."""
    if page not in _providers:
        raise ValueError(f"Unknown page {page!r}; pages: {', '.join(PAGES)}.")
    if provider not in _providers[page]:
        _providers[page].append(provider)


def page_links(page: str) -> list[PageLink]:
    """Every registered provider's links for ``page``, in the order the providers registered."""
    return [link for provider in _providers[page] for link in provider()]
