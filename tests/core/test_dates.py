"""A date is typed the same way everywhere, and "not in the future" means after Copenhagen's today.

One list of formats (``core.dates.DATE_INPUT_FORMATS``) and one rule (``date_not_in_future``) serve
the staff forms, the citizen's complaint form and the guide, so a date one of them takes is taken
by all, and just after midnight in Copenhagen the new day is today for all of them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from borgerraad.cases.forms import HoeringAnswerForm, HoeringForm
from borgerraad.core.calendar import TZ, local_date, local_today
from borgerraad.intake.forms import DocumentsForm
from borgerraad.triage.guide import WhenForm


def staff_answer(value: str):
    return HoeringAnswerForm(data={"received_on": value}), "received_on"


def staff_hoering_sent(value: str):
    return HoeringForm(data={"sent_on": value, "weeks": "4"}), "sent_on"


def citizen_complaint(value: str):
    return DocumentsForm(data={"contacted_unit": "yes_answered", "contacted_unit_date": value}), "contacted_unit_date"


def citizen_guide(value: str):
    return WhenForm(data={"event_date": value}), "event_date"


# The forms that check "not in the future" themselves (the others leave it to their service).
FUTURE_CHECKED = [
    pytest.param(staff_hoering_sent, id="staff-hoering-sent"),
    pytest.param(citizen_complaint, id="citizen-complaint-form"),
    pytest.param(citizen_guide, id="citizen-guide"),
]
FORMS = [pytest.param(staff_answer, id="staff-hoering-answer"), *FUTURE_CHECKED]
TYPED = [
    pytest.param("03.02.2026", id="dots"),
    pytest.param("3-2-2026", id="dashes"),
    pytest.param("3/2/2026", id="slashes"),
    pytest.param("2026-02-03", id="iso"),
    pytest.param("03.02.26", id="two-digit-year"),
    pytest.param("03022026", id="digits-only"),
]


@pytest.fixture(autouse=True)
def danish():
    with translation.override("da"):
        yield


@pytest.mark.django_db
@pytest.mark.parametrize("typed", TYPED)
@pytest.mark.parametrize("make", FORMS)
def test_every_date_field_reads_the_same_formats(make, typed, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 1, 12, tzinfo=TZ))
    form, field = make(typed)
    form.is_valid()
    assert field not in form.errors, form.errors
    assert form.cleaned_data[field] == dt.date(2026, 2, 3)


@pytest.mark.django_db
@pytest.mark.parametrize("make", FUTURE_CHECKED)
def test_just_after_midnight_in_copenhagen_the_new_day_is_today_not_the_future(make, time_machine):
    # 22:30 UTC on 1 June is 00:30 on 2 June in Copenhagen (summer time): the server's UTC date lags a day.
    time_machine.move_to(dt.datetime(2026, 6, 1, 22, 30, tzinfo=dt.UTC))
    assert local_today() == dt.date(2026, 6, 2)
    today, field = make("02.06.2026")
    today.is_valid()
    assert field not in today.errors, today.errors
    tomorrow, field = make("03.06.2026")
    assert not tomorrow.is_valid()
    assert "fremtiden" in " ".join(tomorrow.errors[field])


def test_a_stored_time_is_dated_by_copenhagen():
    assert local_date(dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)) == dt.date(2027, 1, 1)
