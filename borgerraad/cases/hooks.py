"""Hooks: how apps built on cases take part in casework without cases importing them.

Apps higher up (``insights``, ``letters``) register a listener in their ``AppConfig.ready()``;
the cases services call ``hook_run`` (events) or ``hook_collect`` (questions whose answers the
listeners return) inside their transaction. A listener that raises rolls the whole change back,
so what it keeps can never fall out of step with the case. Listeners hold their own rules; the
registry only calls them in the order they registered.

Events (``hook_run``):

- ``klagepunkt_decided``: visitation decided a new point (``klagepunkt``, ``by``).
- ``klagepunkt_closed``: a point got its outcome (``klagepunkt``, ``by``).

Questions (``hook_collect``; each listener returns an iterable, or None for nothing):

- ``case_close_checks``: what stands in the way of closing ``case``: ``CloseCheck`` rows, each a
  named rule with its message; ``blocks`` refuses the closing, otherwise it is a warning. The
  case's own rule (every point taken up has an outcome) is registered by cases itself, the
  letters' rules (a confirmed conclusion letter; forwarded and guided points told by letter) by
  letters.
- ``case_journal``: journal entries of ``case`` kept by another app (``selectors.JournalEntry``).
- ``hoering_prepared``: a høring was created to be sent from here (``hoering``, ``by``); the
  answers are what was made for it (letters: the høringsbrev draft, which has ``get_absolute_url``).
- ``hoering_cancelling``: a høring that was never sent is about to be deleted (``hoering``, ``by``):
  a listener deletes what it keeps for it (and answers with a description for the audit log) or
  refuses with a ``ValidationError``.
- ``case_page``: what another app shows on the case page of ``case`` to ``request``'s user, who may
  read its contents (``can_work``: and work on it): ``CasePagePart`` rows, each a link in the
  page's list of functions, a section of its own, or the content of a høring's row (letters: the
  case as one PDF, the *Breve* section, the høringsbrev of a høring not yet sent). This is how the
  cases templates show other apps' pages without naming their URLs (docs/architecture.md#layers).
- ``hoering_prefetch``: the related rows of a høring another app reads for the case page
  (``case_page``), read once with the case's høringer by ``selectors.case_prefetch``: lookups
  relative to ``Hoering`` (letters: ``letters``, its høringsbrev). cases names no relation of a higher app.
- ``citizen_messages_url``: the address where a citizen reads the office's messages (portal: *Mine
  sager*), for the e-mail that says a message is waiting; the first answer is used, and with none
  the e-mail names the site's front page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

KLAGEPUNKT_DECIDED = "klagepunkt_decided"
KLAGEPUNKT_CLOSED = "klagepunkt_closed"
CASE_CLOSE_CHECKS = "case_close_checks"
CASE_JOURNAL = "case_journal"
HOERING_PREPARED = "hoering_prepared"
HOERING_CANCELLING = "hoering_cancelling"
CASE_PAGE = "case_page"
CITIZEN_MESSAGES_URL = "citizen_messages_url"
HOERING_PREFETCH = "hoering_prefetch"

_listeners: dict[str, list[Callable[..., object]]] = {
    KLAGEPUNKT_DECIDED: [], KLAGEPUNKT_CLOSED: [], CASE_CLOSE_CHECKS: [], CASE_JOURNAL: [],
    HOERING_PREPARED: [], HOERING_CANCELLING: [], CASE_PAGE: [], CITIZEN_MESSAGES_URL: [],
    HOERING_PREFETCH: [],
}


@dataclass(frozen=True)
class CloseCheck:
    """One close-guard's finding: the rule's name, what staff read, and whether it refuses the closing."""

    rule: str
    message: str
    blocks: bool = True


@dataclass(frozen=True)
class CasePagePart:
    """One thing on the case page from an app built on cases (``case_page``).

    ``place`` is ``LINK`` (``label`` and ``url`` in the list of functions), ``SECTION`` (``html``
    after the høringer) or ``HOERING`` (``html`` in the row of the høring ``hoering_id``).
    """

    LINK = "link"
    SECTION = "section"
    HOERING = "hoering"

    place: str
    html: str = ""
    label: str = ""
    url: str = ""
    hoering_id: int | None = None


def hook_register(event: str, listener: Callable[..., object]) -> None:
    """Call ``listener(**kwargs)`` on ``event``; registering the same listener twice keeps one."""
    if event not in _listeners:
        raise ValueError(f"Unknown hook {event!r}; hooks: {', '.join(sorted(_listeners))}.")
    if listener not in _listeners[event]:
        _listeners[event].append(listener)


def hook_run(event: str, **kwargs) -> None:
    for listener in list(_listeners[event]):
        listener(**kwargs)


def hook_collect(event: str, **kwargs) -> list:
    """Every listener's answers to ``event``, in the order the listeners registered."""
    answers: list = []
    for listener in list(_listeners[event]):
        answers.extend(listener(**kwargs) or ())
    return answers
