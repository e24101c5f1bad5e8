"""``make run``'s demo data fills the dashboard: the last twelve months hold every channel,
department, decision and outcome, answered høringer, forwarded points with the unit's answer and
henstillinger with a follow-up date, so a newcomer sees figures everywhere at once; the beretning's
chapters on suggestions, henstillinger, recurring problems and satisfaction are not empty."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone

from borgerraad.cases.models import Klagepunkt
from borgerraad.core.calendar import TZ
from borgerraad.insights.forms_dashboard import default_period
from borgerraad.insights.models import Flag, HenstillingFollowUp, Suggestion
from borgerraad.insights.statistics import insights_overview
from borgerraad.insights.survey import satisfaction


@pytest.mark.django_db
def test_the_demo_data_gives_a_full_year_on_the_dashboard():
    call_command("demo_data")
    leader = User.objects.create_superuser("demo-leder")
    overview = insights_overview(user=leader, period=default_period(timezone.localtime(timezone.now(), TZ).date()))
    assert overview.key.henvendelser > 250
    for slug in ("kanaler", "forvaltninger", "grundlag", "beslutninger"):
        table = overview.table(slug)
        empty = [row.key for row in table.rows if not row.values[-1] and row.key not in ("uden_for_kompetence",)]
        assert not empty, (slug, empty)
    outcomes = overview.table("resultater")
    for key in ("loest_i_dialog", "henstilling", "ingen_kritik", "videresendt", "vejledt", "afvist_henlagt"):
        assert outcomes.value(key) > 0, key
    assert sum(outcomes.value(f"kritik:{degree}") for degree in (1, 2, 3, 4)) > 0
    assert all(row.values[0] > 0 for row in overview.table("udvikling").rows)
    assert all(row.values[1] > 0 for row in overview.table("hoeringer").rows)  # høringer answered
    assert all(row.values[1] > 0 for row in overview.table("videresendte").rows)  # units answered
    assert 0 < overview.key.forwarded_resolved.whole and overview.key.processing.count > 0
    assert Klagepunkt.objects.filter(outcome="henstilling", henstilling_follow_up__isnull=False).exists()
    assert overview.previous_key.henvendelser > 0  # the change from the year before has something to compare
    assert overview.period.end - overview.period.start > dt.timedelta(days=330)


@pytest.mark.django_db
def test_the_demo_datas_beretning_has_suggestions_henstillinger_flags_and_answers():
    call_command("demo_data")
    leader = User.objects.create_superuser("demo-leder")
    period = default_period(timezone.localtime(timezone.now(), TZ).date())
    henstillinger = Klagepunkt.objects.filter(outcome="henstilling")
    assert henstillinger.exists()
    assert HenstillingFollowUp.objects.filter(klagepunkt__in=henstillinger).count() == henstillinger.count()
    suggestion_points = Klagepunkt.objects.filter(decision="suggestion")
    assert suggestion_points.exists()
    assert Suggestion.objects.filter(klagepunkt__in=suggestion_points).count() == suggestion_points.count()
    flag = Flag.objects.get()  # the recurring problem of the last 90 days, explained by what it is about
    assert flag.unit == "Ydelsesservice" and {"boligstøtte", "ansøgning"} <= set(flag.word_list)
    answers = satisfaction(user=leader, period=period, department=None, advisor=None)
    assert answers is not None and answers.shown
