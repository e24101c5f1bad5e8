"""The Danish working-day calendar and channel opening hours, as pure functions.

Rules (DOMAIN.md §6):
- A working day (hverdag) is Monday-Friday except the Danish public holidays (the ``holidays``
  package: Nytårsdag, Skærtorsdag, Langfredag, Påskedag, 2. påskedag, Kristi himmelfartsdag,
  Pinsedag, 2. pinsedag, Juledag, 2. juledag; Store Bededag is gone from 2024), plus Grundlovsdag
  (5 June), Juleaftensdag (24 December) and Nytårsaftensdag (31 December), which
  forældelsesloven § 27 treats like holidays, plus the office's configured closing days.
- A deadline of *n* working days counts from the day after the start date; the start date itself
  is never counted (the usual rule for deadlines in Danish administrative law).
- All times are Europe/Copenhagen; a naive datetime is taken to be in that zone.

Nothing here reads the database: callers pass the configured closing days and hours, so the
functions are easy to test with frozen time and reuse for deadlines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

TZ = ZoneInfo("Europe/Copenhagen")


def local_now() -> dt.datetime:
    """The time now in Copenhagen (aware), whatever the server's time zone."""
    return dt.datetime.now(TZ)


def local_today() -> dt.date:
    """The office's date today: Copenhagen's, so just after midnight it is already the new day."""
    return local_now().date()


def local_date(moment: dt.datetime) -> dt.date:
    """The Copenhagen date of an aware ``moment`` (a time stored in UTC)."""
    return moment.astimezone(TZ).date()

# Days that are not public holidays in the ``holidays`` package but are closed like them.
_EXTRA_CLOSED = {
    (6, 5): {"da": "Grundlovsdag", "en": "Constitution Day"},
    (12, 24): {"da": "Juleaftensdag", "en": "Christmas Eve"},
    (12, 31): {"da": "Nytårsaftensdag", "en": "New Year's Eve"},
}

ClosingDays = Mapping[dt.date, str]
_NO_CLOSING_DAYS: ClosingDays = {}


@lru_cache(maxsize=64)
def _public_holidays(year: int, language: str) -> dict[dt.date, str]:
    source_language = "da" if language == "da" else "en_US"
    names = dict(holidays.Denmark(years=year, language=source_language).items())
    if language == "da":
        # Danish usage writes "2. juledag", not "Anden juledag".
        names = {day: name.replace("Anden ", "2. ") for day, name in names.items()}
    for (month, day), extra in _EXTRA_CLOSED.items():
        names.setdefault(dt.date(year, month, day), extra["da" if language == "da" else "en"])
    return names


def holiday_name(day: dt.date, *, closing_days: ClosingDays = _NO_CLOSING_DAYS, language: str = "da") -> str | None:
    """The name of the holiday or closing day on ``day``, or None on an ordinary day."""
    if day in closing_days:
        return closing_days[day]
    return _public_holidays(day.year, "da" if language.startswith("da") else "en").get(day)


def is_working_day(day: dt.date, *, closing_days: ClosingDays = _NO_CLOSING_DAYS) -> bool:
    return day.weekday() < 5 and holiday_name(day, closing_days=closing_days) is None


def add_working_days(start: dt.date, n: int, *, closing_days: ClosingDays = _NO_CLOSING_DAYS) -> dt.date:
    """The date ``n`` working days after ``start`` (before it when ``n`` is negative).

    ``add_working_days(d, 0)`` is ``d`` itself, even on a holiday: nothing has been counted.
    """
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    day = start
    while remaining:
        day += dt.timedelta(days=step)
        if is_working_day(day, closing_days=closing_days):
            remaining -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, *, closing_days: ClosingDays = _NO_CLOSING_DAYS) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier).

    The inverse of :func:`add_working_days`: ``working_days_between(d, add_working_days(d, n)) == n``.
    """
    if end < start:
        return -working_days_between(end, start, closing_days=closing_days)
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day, closing_days=closing_days):
            count += 1
    return count


@dataclass(frozen=True)
class ChannelSchedule:
    """When one channel (phone, in person) is open: weekday (0=Monday) -> (opens, closes)."""

    channel: str
    hours: Mapping[int, tuple[dt.time, dt.time]]
    closing_days: ClosingDays = field(default_factory=dict)


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=TZ) if at.tzinfo is None else at.astimezone(TZ)


def _period(channel: ChannelSchedule, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """The opening period on ``day``, or None when the channel is closed all day."""
    if holiday_name(day, closing_days=channel.closing_days) is not None:
        return None
    hours = channel.hours.get(day.weekday())
    if hours is None:
        return None
    opens, closes = hours
    return dt.datetime.combine(day, opens, TZ), dt.datetime.combine(day, closes, TZ)


def is_open(channel: ChannelSchedule, at: dt.datetime) -> bool:
    local = _local(at)
    period = _period(channel, local.date())
    return period is not None and period[0] <= local < period[1]


def closes_at(channel: ChannelSchedule, at: dt.datetime) -> dt.datetime | None:
    """When the current opening period ends, or None if the channel is closed at ``at``."""
    local = _local(at)
    period = _period(channel, local.date())
    if period is not None and period[0] <= local < period[1]:
        return period[1]
    return None


def next_opening(channel: ChannelSchedule, at: dt.datetime, *, horizon_days: int = 60) -> dt.datetime | None:
    """The next moment strictly after ``at`` (or at it) when a closed channel opens.

    When the channel is open at ``at`` this is the next opening *after* the current period.
    None when there are no hours within ``horizon_days`` (e.g. a channel without hours).
    """
    local = _local(at)
    for offset in range(horizon_days + 1):
        period = _period(channel, local.date() + dt.timedelta(days=offset))
        if period is not None and period[0] >= local:
            return period[0]
    return None
