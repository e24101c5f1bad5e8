"""CPR numbers in free text: found when real, never confused with phones, case numbers or dates."""

from __future__ import annotations

import datetime as dt
import time
from datetime import date

import pytest

from borgerraad.privacy.cpr import birth_date, contains_cpr, find_cpr_numbers, is_valid_cpr, mask_cpr

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize("text", [
    "Mit cpr-nr. er 230481-1472, hvis I skal slå min sag op.",
    "Hendes cpr-nummer er 120439 1836.",
    "Med venlig hilsen\nen mor fra Brønshøj\n0709652318",
    "Cpr 290288-1357.",
    "cpr: 010203–1234",  # en dash, as word processors write it
    "Personnummer (290288-1357)",
])
def test_finds_cpr_numbers(text):
    assert contains_cpr(text, today=TODAY)


@pytest.mark.parametrize("text", [
    "Lægeerklæringen dækker perioden 010926-300926.",  # a date range
    "Jeg fik sagsnummer 2026-0012345.",
    "sag nr. 0101801234",  # a valid date, but named a case number
    "Pengene skal indbetales på reg.nr. 5301 kontonr. 0244581736.",
    "reg. 1234 konto 0101801234",
    "Ring til os på 33 66 14 00 eller +45 26 14 88 03.",
    "tlf. 0101801234",
    "Nummeret 01018012345 har elleve cifre.",
    "Kunde ABC0101801234",
    "1234567890",  # no real date
    "Fakturaen er 010180-1234-5.",
    "Beløbet 010180,1234 kr.",
])
def test_no_false_alarms(text):
    assert find_cpr_numbers(text, today=TODAY) == []


def test_cpr_word_overrides_a_number_word_nearby():
    assert contains_cpr("Sagsnr. og cpr: 0101801234", today=TODAY)


@pytest.mark.parametrize(("digits", "born"), [
    ("0101001234", date(1900, 1, 1)),
    ("0101364234", date(2036, 1, 1)),
    ("0101374234", date(1937, 1, 1)),
    ("0101579234", date(1957, 1, 1)),
    ("0101575234", date(2057, 1, 1)),
    ("0101585234", date(1858, 1, 1)),
    ("3112998999", date(1899, 12, 31)),
])
def test_century_from_digit_seven(digits, born):
    assert birth_date(digits) == born


def test_modulus_11_is_not_required():
    # 010180-1235 fails modulus 11 but has been a valid number since 2007.
    assert is_valid_cpr("010180-1235", today=TODAY)


def test_impossible_dates_and_future_births_are_not_cpr():
    assert not is_valid_cpr("300280-1234", today=TODAY)
    assert not is_valid_cpr("0101505234", today=TODAY)  # 2050
    assert is_valid_cpr("0101505234", today=date(2051, 1, 1))


def test_mask_keeps_the_birth_date():
    text = "cpr 230481-1472 og 120439 1836, tlf 33 66 14 00"
    assert mask_cpr(text, today=TODAY) == "cpr 230481-xxxx og 120439-xxxx, tlf 33 66 14 00"


def test_match_reports_span_and_digits():
    [match] = find_cpr_numbers("CPR: 230481-1472.", today=TODAY)
    assert match.span == (5, 16) and match.digits == "2304811472"


@pytest.mark.parametrize(("text", "masked"), [
    ("scan_230456-1478.pdf", "scan_230456-xxxx.pdf"),
    ("cpr:2304561478", "cpr:230456-xxxx"),
    ("x230456-1478y", "x230456-xxxxy"),
    ("Bo Hansen 2304561478", "Bo Hansen 230456-xxxx"),
    ("lægeerklæring.230456 1478.docx", "lægeerklæring.230456-xxxx.docx"),
    ("IMG_0101801234_2.jpg", "IMG_010180-xxxx_2.jpg"),
])
def test_masking_finds_numbers_glued_to_other_text(text, masked):
    assert mask_cpr(text, today=TODAY) == masked
    assert contains_cpr(text, today=TODAY, joined=True)


@pytest.mark.parametrize("text", [
    "Ring på +4523045614 eller tlf:2304561478.",  # phone numbers, one named as such
    "sagsnr.0101801234 og journalnr_0101801234",  # named case and journal numbers, glued
    "BR-2026-00042, j.nr. 2026-0012345",  # our reference numbers and a journal number
    "periode_010926-300926.pdf",  # a date range in a file name
    "faktura010180-1234-5.pdf",  # part of a longer number
    "konto 12.0101801234 og 0101801234,5 kr",  # a decimal and a number after a dotted one
    "id01018012345x",  # eleven digits
    "scan_3002801234.pdf",  # 30 February is no date
    "x0101505234y",  # born in 2050: not yet
])
def test_masking_still_leaves_phones_case_numbers_and_dates(text):
    assert mask_cpr(text, today=TODAY) == text


def test_detection_for_triage_stays_strict_about_glued_numbers():
    # The engine's cpr_found must not raise a false alarm on a product code; masking hides it anyway.
    assert not contains_cpr("Kunde ABC0101801234", today=TODAY)
    assert mask_cpr("Kunde ABC0101801234", today=TODAY) == "Kunde ABC010180-xxxx"


def test_a_child_born_today_in_copenhagen_is_valid_whatever_the_servers_zone(monkeypatch, time_machine):
    # 22:30 UTC on 1 June is 00:30 on 2 June in Copenhagen: a server in UTC still has 1 June as its date.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        time_machine.move_to(dt.datetime(2026, 6, 1, 22, 30, tzinfo=dt.UTC))
        assert is_valid_cpr("020626-4000")
        assert not is_valid_cpr("030626-4000")  # tomorrow in Copenhagen
    finally:
        monkeypatch.undo()
        time.tzset()
