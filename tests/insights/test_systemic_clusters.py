"""The recurring-problems job: alike klagepunkter against one unit on one ground within the window
are flagged with the cases behind them and the words they share; nothing else is.

Seeded texts (tests/insights/texts.py): six citizens waiting for housing benefit at Jobcenter
København, four other complaints about case handling there, and sixteen about other matters.
Every expectation is counted in the test from what it seeded.
"""

from __future__ import annotations

import re

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection

from borgerraad.core import scheduler
from borgerraad.insights import clusters
from borgerraad.insights.clusters import average_link, cosine, flags_refresh, terms, tfidf
from borgerraad.insights.models import Flag, FlagStatus
from borgerraad.insights.services_systemic import flag_dismiss

from .systemic_seed import JOBCENTER, NOW, TODAY, days_ago, lene, seeded_case, seeded_point  # noqa: F401
from .texts import BACKGROUND, HOUSING_DELAY, UNRELATED_SAME_UNIT

pytestmark = [pytest.mark.django_db]


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def seed_window(*, housing=HOUSING_DELAY, housing_days=(1, 5, 12, 20, 33, 47)):
    """The office's last months: returns the housing klagepunkter (the only recurring problem)."""
    points = [seeded_point(text=text, received_on=days_ago(days)) for text, days in zip(housing, housing_days,
                                                                                       strict=False)]
    seed_background()
    return points


def seed_background(*, same_unit: bool = True):
    """The other complaints of the window (the weights are computed over a window like the office's)."""
    for index, text in enumerate(UNRELATED_SAME_UNIT if same_unit else ()):
        seeded_point(text=text, received_on=days_ago(3 + index * 7))
    departments = ["KFF", "TMF", "BUF", "SUF", "SOF", "OKF"]
    for index, text in enumerate(BACKGROUND):
        seeded_point(text=text, received_on=days_ago(2 + index * 4), unit=f"Enhed {index % 3}",
                     department=departments[index % len(departments)], ground="adfaerd" if index % 2 else
                     "praktisk_opgave")


def members(flag: Flag) -> set[int]:
    return set(flag.klagepunkter.values_list("pk", flat=True))


# --- The method on its own -----------------------------------------------------------------------------


def test_tfidf_vectors_have_length_one_and_identical_texts_similarity_one():
    documents = [[stem for stem, _ in terms(text)] for text in HOUSING_DELAY[:2] + HOUSING_DELAY[:1]]
    vectors = tfidf(documents)
    for vector in vectors:
        assert sum(weight * weight for weight in vector.values()) == pytest.approx(1.0)
    assert cosine(vectors[0], vectors[2]) == pytest.approx(1.0)
    assert 0 < cosine(vectors[0], vectors[1]) < 1


def test_terms_are_stemmed_words_without_stop_words_or_numbers():
    found = terms("Jeg har ventet på ansøgningen og ansøgninger i 5 måneder, CPR 120483-1234.")
    stems = [stem for stem, _ in found]
    assert stems.count(clusters._stemmer.stemWord("ansøgningen")) == 2  # one term for both forms
    assert not any(char.isdigit() for stem in stems for char in stem)
    assert "jeg" not in stems and "har" not in stems and "og" not in stems


def test_average_link_does_not_chain_unlike_texts_as_single_link_would():
    # A resembles B (0.6), B resembles C (0.8), A and C have nothing in common.
    a, b, c = {"x": 1.0}, {"x": 0.6, "y": 0.8}, {"y": 1.0}
    found = average_link([a, b, c], 0.5)
    assert [cluster.members for cluster in found] == [(1, 2), (0,)]
    assert found[0].score == pytest.approx(0.8)


# --- The job on seeded klagepunkter --------------------------------------------------------------------------


def test_alike_klagepunkter_against_one_unit_make_one_flag_with_their_cases_and_shared_words():
    housing = seed_window()
    result = flags_refresh()
    assert (result.created, result.updated) == (1, 0)
    flag = Flag.objects.get()
    assert members(flag) == {point.pk for point in housing}
    assert flag.department.code == "BIF" and flag.unit == JOBCENTER and flag.ground == "sagsbehandling"
    assert flag.status == FlagStatus.OPEN
    assert flag.first_received_on == min(point.case.received_on for point in housing)
    assert flag.last_received_on == max(point.case.received_on for point in housing)
    assert flag.window_days == 90
    # Explained by what the six complaints share, and by nothing only the others say.
    assert {"boligstøtte", "ansøgning", "svar"} <= set(flag.word_list)
    for word in flag.word_list:
        holding = sum(1 for text in HOUSING_DELAY if word in text.lower())
        assert holding >= len(HOUSING_DELAY) / 2, word
    assert not set(flag.word_list) & {"kontanthjælp", "partshørt", "begrundelse", "klagevejledning"}
    assert 0.2 <= flag.score <= 1


def test_unlike_klagepunkter_against_one_unit_are_not_flagged():
    for text in UNRELATED_SAME_UNIT + BACKGROUND[:6]:
        seeded_point(text=text, received_on=days_ago(10))
    assert flags_refresh().created == 0
    assert not Flag.objects.exists()


def test_complaints_that_share_only_the_units_name_are_not_flagged():
    """Unlike complaints that each name the unit are not one problem (the demo data flagged five such
    complaints against Hjemmeplejen, explained by the one shared word "hjemmeplejen")."""
    seed_background(same_unit=False)
    for days, text in zip((3, 9, 15, 30, 41), (
            "Jobcenter København traf afgørelse uden at høre mig om oplysningerne først.",
            "Jobcenter København har ikke vejledt mig om, hvad jeg skulle sende, og nu er min ansøgning afvist.",
            "Brevet fra Jobcenter København fortalte ikke, hvordan jeg kan klage.",
            "Jeg bad Jobcenter København om aktindsigt for 6 uger siden og har ikke fået noget.",
            "Jeg er utilfreds med forløbet hos Jobcenter København."), strict=True):
        seeded_point(text=text, received_on=days_ago(days))
    assert flags_refresh().created == 0


def test_the_units_name_is_not_a_shared_word():
    seed_background()
    for days, text in zip((1, 5, 12, 20, 33, 47), HOUSING_DELAY, strict=True):
        seeded_point(text=f"Jobcenter København: {text}", received_on=days_ago(days))
    assert flags_refresh().created == 1
    flag = Flag.objects.get()
    assert {"boligstøtte", "ansøgning"} <= set(flag.word_list)
    assert not {"jobcenter", "københavn"} & set(flag.word_list)


def test_fewer_cases_than_the_minimum_are_not_flagged():
    seed_background()
    four = [seeded_point(text=text, received_on=days_ago(10)) for text in HOUSING_DELAY[:4]]
    assert not flags_refresh().created
    # Two more alike points, but in cases already counted: six klagepunkter, still four cases.
    seeded_point(text=HOUSING_DELAY[4], case=four[0].case)
    seeded_point(text=HOUSING_DELAY[5], case=four[1].case)
    assert not flags_refresh().created
    assert not Flag.objects.exists()


def test_the_minimum_is_configurable(settings):
    seed_background()
    settings.INSIGHTS_SYSTEMIC_MIN_CASES = 3
    for text in HOUSING_DELAY[:3]:
        seeded_point(text=text, received_on=days_ago(10))
    assert flags_refresh().created == 1


def test_the_window_is_the_last_90_days_today_included():
    seed_window(housing=HOUSING_DELAY[:5], housing_days=(0, 5, 12, 20, 89))
    assert flags_refresh().created == 1


def test_klagepunkter_outside_the_window_are_not_counted():
    housing = seed_window(housing=HOUSING_DELAY, housing_days=(1, 5, 12, 20, 90, 200))
    in_window = [point for point in housing if point.case.received_on >= days_ago(89)]
    assert len(in_window) == 4  # six alike, two of them older than the window
    assert flags_refresh().created == 0
    assert not Flag.objects.exists()


def test_the_same_texts_against_different_units_are_not_merged():
    seed_background()
    for index, text in enumerate(HOUSING_DELAY[:5]):
        seeded_point(text=text, received_on=days_ago(index + 1), unit=JOBCENTER)
        seeded_point(text=text, received_on=days_ago(index + 1), unit="Jobcenter Amager")
    for index, text in enumerate(HOUSING_DELAY[:3]):  # too few at a third unit
        seeded_point(text=text, received_on=days_ago(index + 1), unit="Borgerservice")
    assert flags_refresh().created == 2
    units = {flag.unit: {point.unit for point in flag.klagepunkter.all()} for flag in Flag.objects.all()}
    assert units == {JOBCENTER: {JOBCENTER}, "Jobcenter Amager": {"Jobcenter Amager"}}
    assert all(flag.klagepunkter.count() == 5 for flag in Flag.objects.all())


def test_a_unit_written_with_other_case_or_spacing_is_the_same_unit():
    seed_background()
    for index, text in enumerate(HOUSING_DELAY[:5]):
        seeded_point(text=text, received_on=days_ago(index + 1),
                     unit="  jobcenter   KØBENHAVN " if index % 2 else JOBCENTER)
    assert flags_refresh().created == 1
    assert Flag.objects.get().unit == JOBCENTER  # the spelling used most


def test_running_again_updates_rather_than_duplicates():
    seed_window()
    flags_refresh()
    before = Flag.objects.get()
    again = flags_refresh()
    assert (again.created, again.updated) == (0, 0)
    after = Flag.objects.get()
    assert (after.pk, after.key, after.words, after.score, after.updated_at) == (
        before.pk, before.key, before.words, before.score, before.updated_at)
    assert members(after) == members(before)

    # A seventh citizen with the same problem joins the same flag.
    seventh = seeded_point(text="Ansøgningen om boligstøtte er ikke besvaret efter tre måneder, ingen svar.",
                           received_on=TODAY)
    third = flags_refresh()
    assert (third.created, third.updated) == (0, 1)
    assert Flag.objects.get().pk == before.pk
    assert members(Flag.objects.get()) == members(before) | {seventh.pk}
    assert Flag.objects.get().last_received_on == TODAY


def test_a_dismissed_flag_is_not_raised_again_but_enough_new_cases_raise_a_new_one(lene):  # noqa: F811
    housing = seed_window()
    flags_refresh()
    flag_dismiss(flag=Flag.objects.get(), by=lene, reason="Kendt problem; forvaltningen har ansat flere.")
    assert flags_refresh().created == 0
    assert Flag.objects.count() == 1

    new = [seeded_point(text=text, received_on=TODAY) for text in HOUSING_DELAY[:5]]
    assert flags_refresh().created == 1
    raised = Flag.objects.get(status=FlagStatus.OPEN)
    assert members(raised) == {point.pk for point in new}
    assert not members(raised) & {point.pk for point in housing}


def test_the_shared_words_are_encrypted_at_rest_and_hold_no_numbers():
    seed_background()
    for index, text in enumerate(HOUSING_DELAY[:5]):
        seeded_point(text=f"{text} Mit CPR-nummer er 120483-1234, sag 2026-{index}.", received_on=days_ago(index))
    flags_refresh()
    flag = Flag.objects.get()
    assert not re.search(r"\d", flag.words)
    with connection.cursor() as cursor:
        cursor.execute("SELECT words FROM insights_flag WHERE id = %s", [flag.pk])
        (stored,) = cursor.fetchone()
    assert stored.startswith("fernet:") and "boligstøtte" not in stored


def test_the_command_runs_the_job_and_the_scheduler_runs_it_daily():
    seed_window()
    jobs = {job.command: job for job in scheduler.JOBS}
    assert jobs["systemic_flags"].seconds == 24 * 60 * 60
    call_command("scheduler", "--once", "--only", "systemic_flags")
    assert Flag.objects.count() == 1
    from io import StringIO

    out = StringIO()
    call_command("systemic_flags", "--today", TODAY.isoformat(), stdout=out)
    assert "0 new flags" in out.getvalue()
    assert Flag.objects.count() == 1
