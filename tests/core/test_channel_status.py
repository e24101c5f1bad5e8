"""The live channel status sentences, with frozen time and the Copenhagen configuration."""

import datetime as dt

import pytest
import time_machine
from django.utils import translation

from borgerraad.core.calendar import TZ
from borgerraad.core.models import ClosingDay, Office, OpeningHours
from borgerraad.core.selectors import channel_statuses

pytestmark = pytest.mark.django_db


def status_texts(moment: str, language: str = "da") -> dict[str, str]:
    when = dt.datetime.fromisoformat(moment).replace(tzinfo=TZ)
    with translation.override(language), time_machine.travel(when, tick=False):
        return {status.channel: status.text for status in channel_statuses()}


def test_monday_morning_the_phone_is_open_until_three():
    texts = status_texts("2026-11-30 11:00")
    assert texts["phone"] == "Telefonen er åben nu – lukker kl. 15.00"
    assert texts["in_person"] == "Der er åbent for personligt fremmøde nu – lukker kl. 15.00"


def test_wednesday_the_phone_is_closed_but_the_office_is_open():
    texts = status_texts("2026-12-02 11:00")
    assert texts["phone"] == "Telefonen er lukket om onsdagen – åbner i morgen kl. 10.00"
    assert texts["in_person"].startswith("Der er åbent for personligt fremmøde nu")


def test_second_christmas_day_names_the_holiday_and_the_next_opening():
    texts = status_texts("2026-12-26 09:00")
    assert texts["phone"] == "Lukket i dag (2. juledag) – åbner mandag kl. 10.00"


def test_before_opening_and_after_closing():
    assert status_texts("2026-11-30 08:15")["phone"] == "Telefonen er lukket nu – åbner i dag kl. 10.00"
    assert status_texts("2026-11-27 15:00")["phone"] == "Telefonen er lukket for i dag – åbner mandag kl. 10.00"


def test_weekend():
    assert status_texts("2026-11-28 12:00")["phone"] == "Telefonen er lukket i weekenden – åbner mandag kl. 10.00"


def test_long_closure_names_the_date_of_reopening():
    office = Office.objects.get()
    for day in range(28, 32):
        ClosingDay.objects.create(office=office, date=dt.date(2026, 12, day), reason="Juleferie")
    texts = status_texts("2026-12-22 16:00")
    assert texts["phone"] == "Telefonen er lukket for i dag – åbner mandag 4. januar kl. 10.00"
    assert status_texts("2026-12-28 11:00")["phone"] == "Lukket i dag (Juleferie) – åbner mandag 4. januar kl. 10.00"


def test_changed_hours_in_the_admin_change_the_status():
    OpeningHours.objects.filter(channel="phone", weekday=0).update(closes=dt.time(12, 30))
    assert status_texts("2026-11-30 11:00")["phone"] == "Telefonen er åben nu – lukker kl. 12.30"
    assert status_texts("2026-11-30 12:45")["phone"] == "Telefonen er lukket for i dag – åbner i morgen kl. 10.00"


def test_english():
    texts = status_texts("2026-12-02 11:00", language="en")
    assert texts["phone"] == "The phone line is closed on Wednesdays – opens tomorrow at 10:00"
    boxing_day = status_texts("2026-12-26 09:00", "en")["phone"]
    assert boxing_day == "Closed today (Second Day of Christmas) – opens Monday at 10:00"
