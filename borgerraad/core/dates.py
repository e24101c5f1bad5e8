"""Dates typed into forms: the numeric formats every date field accepts, dates in words, "not in the future".

``DATE_INPUT_FORMATS`` is the one list of numeric formats: staff, citizens and the guide type
03.09.2026, 3-9-2026, 3/9/2026, 2026-09-03, 03.09.26 or 03092026 alike, and every date field
shows dd.mm.åååå (``DATE_DISPLAY_FORMAT``). ``date_not_in_future`` is the one rule that a date
that has happened (received, sent, answered, the event) is not after today in Copenhagen.

Dates as citizens write them in words: "1. juli", "den 3. marts", "2. jan.", "3 March 2025".
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

from django.core.exceptions import ValidationError

from borgerraad.core.calendar import local_today

# Tried in this order; a four-digit year before a two-digit one ("%y": 00-68 is 2000-2068).
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%y", "%d%m%Y"]
DATE_DISPLAY_FORMAT = "%d.%m.%Y"


def date_parse(value: str) -> dt.date | None:
    """A date typed in one of ``DATE_INPUT_FORMATS``, or None."""
    for date_format in DATE_INPUT_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), date_format).date()
        except ValueError:
            continue
    return None


def date_not_in_future(day: dt.date | None, *, message, today: dt.date | None = None) -> None:
    """Refuse ``day`` after ``today`` (Copenhagen's today by default) with ``message`` (code ``future``)."""
    if day is not None and day > (today or local_today()):
        raise ValidationError(message, code="future")

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
