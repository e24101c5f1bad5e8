"""Reads of the municipality's configuration."""

from __future__ import annotations

import datetime

from django.utils import timezone

from borgerraad.core.calendar import ChannelSchedule
from borgerraad.core.channels import ChannelStatus, channel_status
from borgerraad.core.models import Channel, ComplaintBody, Department, Office


def office_get() -> Office | None:
    return Office.objects.prefetch_related("opening_hours", "closing_days").first()


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
