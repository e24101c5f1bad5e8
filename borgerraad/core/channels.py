"""Live status of the contact channels with opening hours, in words a citizen understands.

The status is computed from the configured hours and the working-day calendar
(``core/calendar.py``) at the moment asked; nothing is cached, so the page is right at 9.59 and
at 10.00. The texts are translated through Django's i18n (Danish source, English translation).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import get_language, gettext, pgettext

from borgerraad.core import calendar
from borgerraad.core.calendar import ChannelSchedule


def _weekday_name(weekday: int) -> str:
    return [
        pgettext("weekday", "mandag"), pgettext("weekday", "tirsdag"), pgettext("weekday", "onsdag"),
        pgettext("weekday", "torsdag"), pgettext("weekday", "fredag"), pgettext("weekday", "lørdag"),
        pgettext("weekday", "søndag"),
    ][weekday]


def _weekday_habitual(weekday: int) -> str:
    """'om onsdagen' — the form used for something that happens every such weekday."""
    return [
        gettext("om mandagen"), gettext("om tirsdagen"), gettext("om onsdagen"), gettext("om torsdagen"),
        gettext("om fredagen"), gettext("om lørdagen"), gettext("om søndagen"),
    ][weekday]


def _month_name(month: int) -> str:
    return [
        gettext("januar"), gettext("februar"), gettext("marts"), gettext("april"), gettext("maj"),
        gettext("juni"), gettext("juli"), gettext("august"), gettext("september"), gettext("oktober"),
        gettext("november"), gettext("december"),
    ][month - 1]


def format_time(value: dt.time | dt.datetime) -> str:
    """Danish writes 'kl. 10.00'; English '10:00'."""
    separator = "." if _danish() else ":"
    return f"{value.hour:02d}{separator}{value.minute:02d}"


def _danish() -> bool:
    return (get_language() or "da").startswith("da")


def _when(opening: dt.datetime, now: dt.datetime) -> str:
    """'i dag kl. 10.00', 'i morgen kl. 10.00', 'mandag kl. 10.00' or 'mandag 4. januar kl. 10.00'."""
    days = (opening.date() - now.date()).days
    time = format_time(opening)
    if days == 0:
        return gettext("i dag kl. %(time)s") % {"time": time}
    if days == 1:
        return gettext("i morgen kl. %(time)s") % {"time": time}
    weekday = _weekday_name(opening.weekday())
    if days < 7:
        return gettext("%(weekday)s kl. %(time)s") % {"weekday": weekday, "time": time}
    return gettext("%(weekday)s %(day)s. %(month)s kl. %(time)s") % {
        "weekday": weekday, "day": opening.day, "month": _month_name(opening.month), "time": time,
    }


@dataclass(frozen=True)
class ChannelStatus:
    channel: str
    is_open: bool
    text: str
    hours: list[tuple[str, str]]
    closed_reason: str | None = None


_OPEN = {
    "phone": lambda: gettext("Telefonen er åben nu – lukker kl. %(time)s"),
    "in_person": lambda: gettext("Der er åbent for personligt fremmøde nu – lukker kl. %(time)s"),
}
_LATER_TODAY = {
    "phone": lambda: gettext("Telefonen er lukket nu – åbner %(when)s"),
    "in_person": lambda: gettext("Der er lukket for personligt fremmøde nu – åbner %(when)s"),
}
_DONE_TODAY = {
    "phone": lambda: gettext("Telefonen er lukket for i dag – åbner %(when)s"),
    "in_person": lambda: gettext("Der er lukket for personligt fremmøde for i dag – åbner %(when)s"),
}
_CLOSED_WEEKDAY = {
    "phone": lambda: gettext("Telefonen er lukket %(weekdays)s – åbner %(when)s"),
    "in_person": lambda: gettext("Der er lukket for personligt fremmøde %(weekdays)s – åbner %(when)s"),
}


def channel_status(channel: ChannelSchedule, at: dt.datetime) -> ChannelStatus:
    """The status of ``channel`` at ``at`` with the sentence to show."""
    now = calendar._local(at)
    today = now.date()
    hours = opening_hours_table(channel)
    closes = calendar.closes_at(channel, now)
    if closes is not None:
        text = _OPEN[channel.channel]() % {"time": format_time(closes)}
        return ChannelStatus(channel.channel, True, text, hours)

    opening = calendar.next_opening(channel, now)
    when = _when(opening, now) if opening else gettext("efter aftale")
    holiday = calendar.holiday_name(today, closing_days=channel.closing_days, language=get_language() or "da")
    if holiday is not None:
        text = gettext("Lukket i dag (%(holiday)s) – åbner %(when)s") % {"holiday": holiday, "when": when}
        return ChannelStatus(channel.channel, False, text, hours, closed_reason=holiday)
    todays_hours = channel.hours.get(today.weekday())
    if todays_hours is None:
        if today.weekday() >= 5:
            weekdays = gettext("i weekenden")
        else:
            weekdays = _weekday_habitual(today.weekday())
        text = _CLOSED_WEEKDAY[channel.channel]() % {"weekdays": weekdays, "when": when}
    elif opening is not None and opening.date() == today:
        text = _LATER_TODAY[channel.channel]() % {"when": when}
    else:
        text = _DONE_TODAY[channel.channel]() % {"when": when}
    return ChannelStatus(channel.channel, False, text, hours)


def opening_hours_table(channel: ChannelSchedule) -> list[tuple[str, str]]:
    """Rows of (weekday, '10.00–15.00' or 'Lukket') for Monday to Friday, plus weekend days with hours."""
    rows = []
    for weekday in range(7):
        period = channel.hours.get(weekday)
        if period is None and weekday >= 5:
            continue
        if period is None:
            rows.append((_weekday_name(weekday).capitalize(), gettext("Lukket")))
        else:
            rows.append((_weekday_name(weekday).capitalize(), f"{format_time(period[0])}–{format_time(period[1])}"))
    return rows
