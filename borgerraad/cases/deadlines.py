"""The case deadlines as pure functions of dates and the working-day calendar (core/calendar.py).

Rules (DOMAIN.md §4, §6; product defaults configurable on the office):

- Acknowledgement (kvittering): ``n`` working days after the day of receipt (default 10).
- Høring: ``weeks`` calendar weeks after the day it is sent (default 6); a deadline on a day off
  moves to the next working day. Extensions add working days. The weeks are plain calendar
  weeks, so holidays and weekends inside them skip nothing: its explanation names only the days
  off the date was moved over and those skipped while counting an extension's working days.
- The advisor's own target for the case: ``n`` working days after the day the case was opened,
  plus every working day the case was paused (the clock stops while waiting for the citizen),
  plus the working days of every extension. An open pause counts up to ``today``.
- Follow-up dates (forwarded complaints, henstillinger): ``n`` working days after a date.

Every function returns a ``DeadlineExplanation``: the due date and how it was computed (start,
working days, holidays and closing days skipped, pauses, extensions), so staff can check it.
Nothing here reads the database or the clock: callers pass the closing days and ``today``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from borgerraad.core.calendar import ClosingDays, add_working_days, holiday_name, is_working_day, working_days_between

_NO_CLOSING: ClosingDays = {}


@dataclass(frozen=True)
class PausePeriod:
    start: dt.date
    end: dt.date | None  # None: still paused
    reason: str = ""


@dataclass(frozen=True)
class ExtensionPeriod:
    working_days: int
    reason: str = ""


@dataclass(frozen=True)
class SkippedDay:
    day: dt.date
    name: str


@dataclass(frozen=True)
class CountedPause:
    start: dt.date
    end: dt.date
    working_days: int
    reason: str
    ongoing: bool


@dataclass(frozen=True)
class DeadlineExplanation:
    """How a deadline was computed. ``due`` is the result; the rest is for showing staff."""

    kind: str
    start: dt.date
    due: dt.date
    base_working_days: int = 0
    base_weeks: int = 0
    skipped: tuple[SkippedDay, ...] = ()
    weekend_days: int = 0
    pauses: tuple[CountedPause, ...] = ()
    extensions: tuple[ExtensionPeriod, ...] = ()
    moved_from: dt.date | None = None  # a week-based deadline that fell on a day off
    moved_over: tuple[SkippedDay, ...] = ()  # the days off it was moved over
    notes: tuple[str, ...] = field(default=())

    @property
    def pause_working_days(self) -> int:
        return sum(pause.working_days for pause in self.pauses)

    @property
    def extension_working_days(self) -> int:
        return sum(extension.working_days for extension in self.extensions)

    def days_left(self, today: dt.date, *, closing_days: ClosingDays = _NO_CLOSING) -> int:
        """Working days from ``today`` to the deadline; negative when it has passed."""
        return working_days_between(today, self.due, closing_days=closing_days)

    def is_overdue(self, today: dt.date) -> bool:
        return today > self.due

    def lines(self) -> list[str]:
        """The computation in plain Danish (translatable), one step per line."""
        if self.base_weeks:
            return self._week_lines()
        result = [_("Start: %(date)s (dagen selv tælles ikke med).") % {"date": _fmt(self.start)}]
        if self.base_working_days:
            result.append(
                ngettext("%(n)d hverdag.", "%(n)d hverdage.", self.base_working_days) % {"n": self.base_working_days}
            )
        for pause in self.pauses:
            result.append(
                _("Pause %(start)s-%(end)s%(ongoing)s: +%(n)d hverdage (%(reason)s).")
                % {
                    "start": _fmt(pause.start), "end": _fmt(pause.end),
                    "ongoing": _(" (løber stadig)") if pause.ongoing else "",
                    "n": pause.working_days, "reason": pause.reason,
                }
            )
        for extension in self.extensions:
            result.append(
                _("Forlængelse: +%(n)d hverdage (%(reason)s).")
                % {"n": extension.working_days, "reason": extension.reason}
            )
        if self.weekend_days:
            result.append(_("Weekenddage sprunget over: %(n)d.") % {"n": self.weekend_days})
        for skipped in self.skipped:
            result.append(_("Sprunget over: %(date)s %(name)s.") % {"date": _fmt(skipped.day), "name": skipped.name})
        if self.moved_from:
            result.append(
                _("%(date)s er ikke en hverdag; fristen flyttes til næste hverdag.") % {"date": _fmt(self.moved_from)}
            )
        result.append(_("Frist: %(date)s.") % {"date": _fmt(self.due)})
        return result

    def _week_lines(self) -> list[str]:
        """A week-based deadline: calendar weeks (nothing skipped), a move off a day off, extensions."""
        weeks_end = self.start + dt.timedelta(weeks=self.base_weeks)
        result = [
            _("Sendt: %(date)s.") % {"date": _fmt(self.start)},
            ngettext("%(n)d uge.", "%(n)d uger.", self.base_weeks) % {"n": self.base_weeks},
            _("Kalenderuger, ikke hverdage: %(start)s + %(weeks)s = %(date)s. Helligdage og weekender i "
              "perioden ændrer ikke fristen.")
            % {"start": _fmt(self.start),
               "weeks": ngettext("%(n)d uge", "%(n)d uger", self.base_weeks) % {"n": self.base_weeks},
               "date": _fmt(weeks_end)},
        ]
        if self.moved_from:
            result.append(
                _("%(date)s er ikke en hverdag; fristen flyttes til næste hverdag.") % {"date": _fmt(self.moved_from)}
            )
            result.append(_("Fristen er flyttet over: %(days)s.") % {
                "days": ", ".join(f"{_fmt(day.day)} {day.name}" for day in self.moved_over),
            })
        for extension in self.extensions:
            result.append(
                _("Forlængelse: +%(n)d hverdage (%(reason)s).")
                % {"n": extension.working_days, "reason": extension.reason}
            )
        if self.weekend_days:
            result.append(_("Forlængelsens hverdage: %(n)d weekenddage sprunget over.") % {"n": self.weekend_days})
        for skipped in self.skipped:
            result.append(_("Forlængelsens hverdage: %(date)s %(name)s sprunget over.")
                          % {"date": _fmt(skipped.day), "name": skipped.name})
        result.append(_("Frist: %(date)s.") % {"date": _fmt(self.due)})
        return result


def _fmt(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _days_off(start: dt.date, end: dt.date, closing_days: ClosingDays) -> tuple[tuple[SkippedDay, ...], int]:
    """Holidays and closing days on weekdays after ``start`` up to ``end``, and the weekend days."""
    skipped: list[SkippedDay] = []
    weekend = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() >= 5:
            weekend += 1
            continue
        name = holiday_name(day, closing_days=closing_days)
        if name is not None:
            skipped.append(SkippedDay(day=day, name=name))
    return tuple(skipped), weekend


def working_days_deadline(
    start: dt.date, working_days: int, *, kind: str = "working_days", closing_days: ClosingDays = _NO_CLOSING,
    extensions: Sequence[ExtensionPeriod] = (),
) -> DeadlineExplanation:
    total = working_days + sum(extension.working_days for extension in extensions)
    due = add_working_days(start, total, closing_days=closing_days)
    skipped, weekend = _days_off(start, due, closing_days)
    return DeadlineExplanation(
        kind=kind, start=start, due=due, base_working_days=working_days, skipped=skipped, weekend_days=weekend,
        extensions=tuple(extensions),
    )


def acknowledgement_deadline(
    received: dt.date, *, working_days: int = 10, closing_days: ClosingDays = _NO_CLOSING,
) -> DeadlineExplanation:
    """The date by which the citizen gets a written acknowledgement (Copenhagen's 10 working days)."""
    return working_days_deadline(received, working_days, kind="acknowledgement", closing_days=closing_days)


def hoering_deadline(
    sent: dt.date, *, weeks: int = 6, closing_days: ClosingDays = _NO_CLOSING,
    extensions: Sequence[ExtensionPeriod] = (),
) -> DeadlineExplanation:
    """The department's deadline to answer a høring: ``weeks`` after sending, on a working day."""
    nominal = sent + dt.timedelta(weeks=weeks)
    due = nominal
    moved_over = []
    while not is_working_day(due, closing_days=closing_days):
        moved_over.append(SkippedDay(day=due, name=holiday_name(due, closing_days=closing_days) or _weekday(due)))
        due += dt.timedelta(days=1)
    extra = sum(extension.working_days for extension in extensions)
    final = add_working_days(due, extra, closing_days=closing_days)
    skipped, weekend = _days_off(due, final, closing_days)  # only the extension counts working days
    return DeadlineExplanation(
        kind="hoering", start=sent, due=final, base_weeks=weeks, skipped=skipped, weekend_days=weekend,
        extensions=tuple(extensions), moved_from=nominal if due != nominal else None, moved_over=tuple(moved_over),
    )


def _weekday(day: dt.date) -> str:
    return _("lørdag") if day.weekday() == 5 else _("søndag")


def _count_pauses(pauses: Iterable[PausePeriod], today: dt.date, closing_days: ClosingDays) -> tuple[CountedPause, ...]:
    counted = []
    for pause in sorted(pauses, key=lambda p: p.start):
        end = pause.end or today
        if end < pause.start:
            end = pause.start
        counted.append(CountedPause(
            start=pause.start, end=end, reason=pause.reason, ongoing=pause.end is None,
            working_days=working_days_between(pause.start, end, closing_days=closing_days),
        ))
    return tuple(counted)


def case_target_deadline(
    opened: dt.date, *, working_days: int, today: dt.date, closing_days: ClosingDays = _NO_CLOSING,
    pauses: Sequence[PausePeriod] = (), extensions: Sequence[ExtensionPeriod] = (),
) -> DeadlineExplanation:
    """The advisor's own target: working days from opening, with pauses and extensions added."""
    counted = _count_pauses(pauses, today, closing_days)
    total = working_days + sum(p.working_days for p in counted) + sum(e.working_days for e in extensions)
    due = add_working_days(opened, total, closing_days=closing_days)
    skipped, weekend = _days_off(opened, due, closing_days)
    return DeadlineExplanation(
        kind="case_target", start=opened, due=due, base_working_days=working_days, skipped=skipped,
        weekend_days=weekend, pauses=counted, extensions=tuple(extensions),
    )


def follow_up_date(start: dt.date, *, working_days: int, closing_days: ClosingDays = _NO_CLOSING) -> dt.date:
    """A follow-up date ``working_days`` after ``start`` (forwarded complaints, henstillinger)."""
    return add_working_days(start, working_days, closing_days=closing_days)


def reminder_date(deadline: dt.date, *, working_days_before: int, closing_days: ClosingDays = _NO_CLOSING) -> dt.date:
    return add_working_days(deadline, -working_days_before, closing_days=closing_days)


def escalation_date(deadline: dt.date, *, working_days_after: int, closing_days: ClosingDays = _NO_CLOSING) -> dt.date:
    return add_working_days(deadline, max(working_days_after, 1), closing_days=closing_days)
