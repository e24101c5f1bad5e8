"""Dates as citizens write them in words: "1. juli", "den 3. marts", "2. jan.", "3 March 2025".

Rules: a day, a month name (Danish or English, written out or abbreviated to at least three
letters, with or without a full stop) and an optional four-digit year, with an optional "den" in
front. Without a year, the year is the one that makes it the most recent such date not after
``today`` (written on 5 March, "1. juli" is last July; "29. februar" the last leap day). Anything
else is not understood (None), so a form can ask again rather than guess. Numeric dates are left
to the form's ``input_formats``.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januar": 1, "january": 1, "februar": 2, "february": 2, "marts": 3, "march": 3, "april": 4,
    "maj": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "august": 8,
    "september": 9, "oktober": 10, "october": 10, "november": 11, "december": 12,
}
_WORDS = re.compile(
    r"^(?:den\s+|the\s+)?(?P<day>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<month>[^\W\d_]{3,})\.?"
    r"(?:,?\s+(?P<year>\d{4}))?$",
    re.IGNORECASE,
)


def _month(word: str) -> int | None:
    word = word.lower()
    if word in MONTHS:
        return MONTHS[word]
    found = {number for name, number in MONTHS.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def date_from_words(text: str, *, today: dt.date) -> dt.date | None:
    """The date ``text`` names in words, or None when it names none (see the module's rules)."""
    match = _WORDS.match(" ".join(text.split()))
    if not match:
        return None
    month = _month(match["month"])
    if month is None:
        return None
    day = int(match["day"])
    # Four years back at most: 29. februar needs a leap year.
    years = [int(match["year"])] if match["year"] else [today.year - back for back in range(5)]
    for year in years:
        try:
            value = dt.date(year, month, day)
        except ValueError:  # 31. februar, or 29. februar in a year without it
            continue
        if match["year"] or value <= today:
            return value
    return None
