"""Reads of the municipality's configuration."""

from __future__ import annotations

import datetime
from contextvars import ContextVar

from django.utils import timezone

from borgerraad.core.calendar import ChannelSchedule
from borgerraad.core.channels import ChannelStatus, channel_status
from borgerraad.core.models import Channel, ComplaintBody, Department, Office

# The office read once per request: ``office_request_begin`` (on ``request_started``) gives each
# request its own memo, ``office_request_end`` (on ``request_finished``) drops it, and a save or
# delete of the office, its opening hours or closing days empties it (``core/apps.py``). Outside a
# request (tasks, commands, tests) there is no memo and every call reads the database.
_request_office: ContextVar[dict | None] = ContextVar("borgerraad_request_office", default=None)


def office_request_begin(**_kwargs) -> None:
    _request_office.set({})


def office_request_end(**_kwargs) -> None:
    _request_office.set(None)


def office_memo_clear(**_kwargs) -> None:
    memo = _request_office.get()
    if memo is not None:
        memo.clear()


def office_get() -> Office | None:
    memo = _request_office.get()
    if memo is not None and "office" in memo:
        return memo["office"]
    office = Office.objects.prefetch_related("opening_hours", "closing_days").first()
    if memo is not None:
        memo["office"] = office
    return office


def department_list(*, active_only: bool = True) -> list[Department]:
    queryset = Department.objects.all()
    if active_only:
        queryset = queryset.filter(active=True)
    return list(queryset)


def complaint_body_list(*, active_only: bool = True) -> list[ComplaintBody]:
    queryset = ComplaintBody.objects.all()
    if active_only:
        queryset = queryset.filter(active=True)
    return list(queryset)


def office_closing_days(office: Office) -> dict[datetime.date, str]:
    return {closing.date: closing.reason for closing in office.closing_days.all()}


def office_schedules(office: Office) -> dict[str, ChannelSchedule]:
    """The office's channels with opening hours, in a fixed order (phone first)."""
    closing_days = office_closing_days(office)
    hours: dict[str, dict[int, tuple[datetime.time, datetime.time]]] = {channel: {} for channel in Channel.values}
    for row in office.opening_hours.all():
        hours[row.channel][row.weekday] = (row.opens, row.closes)
    return {
        channel: ChannelSchedule(channel=channel, hours=by_day, closing_days=closing_days)
        for channel, by_day in hours.items()
    }


def channel_statuses(*, at: datetime.datetime | None = None, office: Office | None = None) -> list[ChannelStatus]:
    """The live status of every channel with opening hours, for the public pages."""
    office = office or office_get()
    if office is None:
        return []
    moment = at or timezone.now()
    return [channel_status(schedule, moment) for schedule in office_schedules(office).values()]
