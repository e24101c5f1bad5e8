"""The working-day calendar on the edge cases that decide real deadlines."""

import datetime as dt

import pytest

from borgerraad.core.calendar import (
    TZ,
    ChannelSchedule,
    add_working_days,
    holiday_name,
    is_open,
    is_working_day,
    next_opening,
    working_days_between,
)

D = dt.date
TEN, THREE = dt.time(10), dt.time(15)
PHONE = ChannelSchedule("phone", {0: (TEN, THREE), 1: (TEN, THREE), 3: (TEN, THREE), 4: (TEN, THREE)})


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=TZ)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (D(2026, 4, 2), "Skærtorsdag"),
        (D(2026, 4, 3), "Langfredag"),
        (D(2026, 4, 6), "2. påskedag"),
        (D(2026, 5, 14), "Kristi himmelfartsdag"),
        (D(2026, 5, 25), "2. pinsedag"),
        (D(2026, 6, 5), "Grundlovsdag"),
        (D(2026, 12, 24), "Juleaftensdag"),
        (D(2026, 12, 26), "2. juledag"),
        (D(2026, 12, 31), "Nytårsaftensdag"),
        (D(2027, 1, 1), "Nytårsdag"),
    ],
)
def test_danish_holidays_and_the_days_closed_like_them(day, name):
    assert holiday_name(day) == name
    assert not is_working_day(day)


def test_store_bededag_is_an_ordinary_working_day_since_2024():
    # Store Bededag was the 4th Friday after Easter: 26 April 2024, 16 May 2025 / 1 May 2026.
    assert is_working_day(D(2024, 4, 26))
    assert is_working_day(D(2026, 5, 1))
    assert not is_working_day(D(2023, 5, 5))  # still a holiday in 2023


def test_english_holiday_names():
    assert holiday_name(D(2026, 12, 25), language="en") == "Christmas Day"
    assert holiday_name(D(2026, 6, 5), language="en") == "Constitution Day"


def test_weekends_are_not_working_days_and_wednesdays_are():
    assert not is_working_day(D(2026, 11, 28))
    assert not is_working_day(D(2026, 11, 29))
    assert is_working_day(D(2026, 12, 2))


def test_configured_closing_day_counts_as_closed():
    closing = {D(2026, 5, 15): "Fredag efter Kristi himmelfart"}
    assert not is_working_day(D(2026, 5, 15), closing_days=closing)
    assert holiday_name(D(2026, 5, 15), closing_days=closing) == "Fredag efter Kristi himmelfart"


def test_deadline_across_easter():
    # Wednesday 1 April 2026: Thursday to Monday are holidays or weekend, so day 1 is Tuesday 7 April.
    assert add_working_days(D(2026, 4, 1), 1) == D(2026, 4, 7)
    assert add_working_days(D(2026, 4, 1), 2) == D(2026, 4, 8)


def test_deadline_across_new_year():
    # 10 working days from Monday 21 December 2026 skip 24, 25, 31 December, 1 January and weekends.
    assert add_working_days(D(2026, 12, 21), 10) == D(2027, 1, 8)
    assert working_days_between(D(2026, 12, 21), D(2027, 1, 8)) == 10


def test_counting_starts_the_day_after_and_zero_is_the_same_day():
    assert add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Friday -> Monday
    assert add_working_days(D(2026, 12, 25), 0) == D(2026, 12, 25)
    assert working_days_between(D(2026, 11, 30), D(2026, 11, 30)) == 0


def test_negative_working_days_count_backwards_and_between_is_antisymmetric():
    assert add_working_days(D(2026, 11, 30), -1) == D(2026, 11, 27)
    assert working_days_between(D(2026, 12, 4), D(2026, 11, 30)) == -4


@pytest.mark.parametrize("n", [0, 1, 5, 10, 23, 60])
def test_between_is_the_inverse_of_add(n):
    start = D(2026, 12, 18)
    assert working_days_between(start, add_working_days(start, n)) == n


def test_phone_open_and_closed_at_the_boundaries():
    assert not is_open(PHONE, at("2026-11-30 09:59"))
    assert is_open(PHONE, at("2026-11-30 10:00"))
    assert is_open(PHONE, at("2026-11-30 14:59"))
    assert not is_open(PHONE, at("2026-11-30 15:00"))


def test_phone_is_closed_on_wednesday():
    assert not is_open(PHONE, at("2026-12-02 11:00"))
    assert next_opening(PHONE, at("2026-12-02 11:00")) == at("2026-12-03 10:00")


def test_phone_is_closed_on_holidays_and_next_opening_skips_christmas():
    assert not is_open(PHONE, at("2026-12-24 11:00"))
    assert next_opening(PHONE, at("2026-12-23 16:00")) == at("2026-12-28 10:00")


def test_aware_datetimes_in_other_zones_are_converted():
    # 09:30 UTC in winter is 10:30 in Copenhagen.
    assert is_open(PHONE, dt.datetime(2026, 11, 30, 9, 30, tzinfo=dt.UTC))


def test_next_opening_across_the_summer_time_change():
    # Sunday 29 March 2026 clocks go forward; Monday 10.00 is still 10.00 local time.
    opening = next_opening(PHONE, at("2026-03-28 12:00"))
    assert opening == at("2026-03-30 10:00")
    assert opening.utcoffset() == dt.timedelta(hours=2)


def test_channel_without_hours_never_opens():
    assert next_opening(ChannelSchedule("phone", {}), at("2026-11-30 10:00")) is None
