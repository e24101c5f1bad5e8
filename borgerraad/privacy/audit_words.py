"""The audit log's details in the reader's language.

The services write a short fixed phrase with codes (``status visiteret -> under_behandling``,
``letter 12 handed_over via print``), which stays as written (the log is append-only); the log
pages show it in words through the phrases registered here, in Danish or English. Each app
registers the phrases it writes in its ``AppConfig.ready()`` (``cases/audit_text.py``,
``letters/audit_text.py``, ...), so the wording sits beside the code that writes the detail and
this module imports no app. A detail that matches no phrase is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Phrase = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

_phrases: list[Phrase] = []


def audit_phrases_register(phrases: Iterable[Phrase]) -> None:
    """Add ``phrases`` (pattern, words), tried in the order given after those registered before."""
    for phrase in phrases:
        if phrase not in _phrases:
            _phrases.append(phrase)


def audit_date(iso: str) -> str:
    """``2026-03-19`` as ``19.03.2026``."""
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def audit_detail_text(detail: str) -> str:
    """``detail`` in words in the active language, or as written when no phrase matches it whole."""
    for pattern, words in _phrases:
        match = pattern.fullmatch(detail)
        if match:
            return words(match)
    return detail
