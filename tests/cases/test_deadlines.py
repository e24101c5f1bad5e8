"""Deadlines are pure functions of dates and the calendar; each explains how it was computed."""

from __future__ import annotations

import datetime as dt

import pytest

from borgerraad.cases import deadlines
from borgerraad.cases.selectors import case_deadlines
from borgerraad.core.models import ClosingDay, Office

D = dt.date


def test_acknowledgement_over_easter_skips_the_holidays_and_says_so():
    result = deadlines.acknowledgement_deadline(D(2026, 3, 30))
    assert result.due == D(2026, 4, 16)
    assert [(s.day, s.name) for s in result.skipped] == [
        (D(2026, 4, 2), "Skærtorsdag"), (D(2026, 4, 3), "Langfredag"), (D(2026, 4, 6), "2. påskedag"),
    ]
    assert result.weekend_days == 4
    lines = result.lines()
    assert lines[0] == "Start: 30.03.2026 (dagen selv tælles ikke med)."
    assert "Sprunget over: 02.04.2026 Skærtorsdag." in lines
    assert lines[-1] == "Frist: 16.04.2026."


def test_acknowledgement_over_christmas_and_new_year():
    result = deadlines.acknowledgement_deadline(D(2026, 12, 18))
    assert result.due == D(2027, 1, 7)
    assert [s.day for s in result.skipped] == [D(2026, 12, 24), D(2026, 12, 25), D(2026, 12, 31), D(2027, 1, 1)]


def test_closing_days_are_skipped_too():
    closing = {D(2026, 5, 15): "Fredag efter Kristi himmelfart"}
    plain = deadlines.acknowledgement_deadline(D(2026, 5, 11))
    closed = deadlines.acknowledgement_deadline(D(2026, 5, 11), closing_days=closing)
    assert closed.due == plain.due + dt.timedelta(days=1 if plain.due.weekday() < 4 else 3)
    assert D(2026, 5, 15) in [s.day for s in closed.skipped]


def test_hoering_deadline_is_six_weeks_moved_off_a_holiday():
    result = deadlines.hoering_deadline(D(2026, 2, 23))
    assert result.moved_from == D(2026, 4, 6)  # 2. påskedag
    assert result.due == D(2026, 4, 7)
    assert "06.04.2026 er ikke en hverdag; fristen flyttes til næste hverdag." in result.lines()


def test_hoering_extension_adds_working_days():
    result = deadlines.hoering_deadline(
        D(2026, 1, 5), weeks=6, extensions=[deadlines.ExtensionPeriod(5, "Forvaltningen venter på en udtalelse")],
    )
    assert result.due == D(2026, 2, 23)  # Mon 16 Feb + 5 working days
    assert result.extension_working_days == 5


def test_case_target_adds_pauses_and_extensions():
    result = deadlines.case_target_deadline(
        D(2026, 3, 2), working_days=10, today=D(2026, 6, 1),
        pauses=[deadlines.PausePeriod(D(2026, 3, 4), D(2026, 3, 13), "Venter på borgeren")],
        extensions=[deadlines.ExtensionPeriod(3, "Omfattende sag")],
    )
    assert result.pause_working_days == 7
    assert result.due == D(2026, 3, 30)
    assert "Pause 04.03.2026-13.03.2026: +7 hverdage (Venter på borgeren)." in result.lines()
    assert "Forlængelse: +3 hverdage (Omfattende sag)." in result.lines()


def test_an_open_pause_counts_until_today():
    pause = [deadlines.PausePeriod(D(2026, 3, 2), None, "Venter")]
    monday = deadlines.case_target_deadline(D(2026, 3, 2), working_days=10, today=D(2026, 3, 2), pauses=pause)
    friday = deadlines.case_target_deadline(D(2026, 3, 2), working_days=10, today=D(2026, 3, 6), pauses=pause)
    assert working_days(monday.due, friday.due) == 4
    assert friday.pauses[0].ongoing


def working_days(a, b):
    from borgerraad.core.calendar import working_days_between

    return working_days_between(a, b)


def test_days_left_and_overdue():
    result = deadlines.acknowledgement_deadline(D(2026, 3, 30))
    assert result.days_left(D(2026, 4, 14)) == 2
    assert not result.is_overdue(D(2026, 4, 16))
    assert result.is_overdue(D(2026, 4, 17))


@pytest.mark.django_db
def test_a_case_uses_the_office_settings_and_closing_days(time_machine):
    from .conftest import make_case

    office = Office.objects.get()
    office.acknowledgement_working_days = 5
    office.save()
    ClosingDay.objects.create(office=office, date=D(2026, 3, 4), reason="Personaledag")
    time_machine.move_to("2026-03-02 09:00 +01:00")
    case = make_case()
    assert case.acknowledgement_due == D(2026, 3, 10)
    explained = case_deadlines(case=case)
    assert explained["acknowledgement"].skipped[0].name == "Personaledag"
    assert explained["target"].due == case.target_date
