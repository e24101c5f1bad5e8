"""The statistics' aggregate (insights/aggregate.py): every figure it gives equals the count from the cases.

The seed and the people are those of tests/insights/test_statistics.py (time frozen on 16 March
2026). Each test builds the aggregate as the scheduler does, then compares what the dashboard's
selectors give with what they give counted from the cases (before the aggregate exists), and
reruns the independent counts of test_statistics.py on the aggregate. A change to a case after
the refresh is marked by the database's triggers and recounted by the next refresh (the reader reads
the aggregate as of the last refresh and the page says so; the beretning refreshes before reading).
"""

from __future__ import annotations

# ruff: noqa: F811 - the fixtures frozen, people and specs come from test_statistics
import dataclasses
import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from borgerraad.cases.models import Case, Hoering, Klagepunkt
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.core.scheduler import job_run
from borgerraad.insights import aggregate
from borgerraad.insights.models import AggregateDirtyDay, AggregateFact, AggregateState
from borgerraad.insights.statistics import Period, insights_overview
from tests.insights import test_statistics as independent
from tests.insights.test_statistics import PERIOD, cohort, frozen, people, points_of, specs  # noqa: F401

PERIODS = {
    "beretning-year": PERIOD,
    "odd-days": Period(dt.date(2025, 4, 17), dt.date(2026, 2, 9)),
    "inside-a-month": Period(dt.date(2025, 11, 3), dt.date(2025, 11, 20)),
    "two-years": Period(dt.date(2024, 9, 20), dt.date(2026, 3, 16)),
}


def _figures(overview):
    """Everything an overview shows but the moment it was computed."""
    return dataclasses.replace(overview, computed_at=None)


def _selections(people):
    departments = [None, *Department.objects.filter(code__in=("BIF", "SOF", "TMF")).order_by("code")]
    for name, period in PERIODS.items():
        for department in departments:
            code = department.code if department else "all"
            yield f"{name}/lene/{code}", {"user": people["lene"], "period": period, "department": department}
            yield f"{name}/rasmus/{code}", {"user": people["rasmus"], "period": period, "department": department}
        yield f"{name}/lene/advisor-rikke", {"user": people["lene"], "period": period, "advisor": people["rikke"]}


def _live_then_aggregate(people):
    selections = list(_selections(people))
    assert aggregate.aggregate_counts(**selections[0][1], today=timezone.localdate()) is None  # not built yet
    live = {name: _figures(insights_overview(**selection)) for name, selection in selections}
    aggregate.aggregate_refresh()
    for name, selection in selections:
        assert aggregate.aggregate_counts(**selection, today=timezone.localdate()) is not None, name
    return live, {name: _figures(insights_overview(**selection)) for name, selection in selections}


def test_every_figure_of_every_selection_equals_the_count_from_the_cases(specs, people):
    live, stored = _live_then_aggregate(people)
    assert AggregateState.objects.get().built_at == timezone.now()
    for name in live:
        assert stored[name] == live[name], name
    assert stored["beretning-year/lene/all"].key.henvendelser == len(cohort(specs))


@pytest.mark.parametrize("test", [
    independent.test_every_figure_for_the_leader_equals_an_independent_count,
    independent.test_hoeringer_and_forwarded_complaints_per_department,
    independent.test_change_from_the_previous_period_of_equal_length,
    independent.test_an_advisor_sees_only_their_own_cases,
    independent.test_the_leader_filters_by_department_and_advisor,
    independent.test_restricted_cases_count_for_the_leader_only,
], ids=lambda test: test.__name__.removeprefix("test_"))
def test_the_independent_counts_hold_when_read_from_the_aggregate(test, specs, people, monkeypatch):
    """Some of these tests change cases before reading: the scheduler's refresh is run before each read, so
    the changes reach the aggregate through the marked days and their months' differences."""
    aggregate.aggregate_refresh()
    read = []
    counts = aggregate.aggregate_counts

    def refreshed_then_read(**kwargs):
        aggregate.aggregate_refresh()
        read.append(counts(**kwargs))
        return read[-1]

    monkeypatch.setattr(aggregate, "aggregate_counts", refreshed_then_read)
    test(specs, people)
    assert any(found is not None for found in read)


def test_a_changed_case_is_marked_and_recounted_by_the_next_refresh(specs, people):
    aggregate.aggregate_refresh()
    assert not AggregateDirtyDay.objects.exists()
    case = Case.objects.filter(received_on__lt=PERIOD.start, closed_at__isnull=True).order_by("pk").first()
    moved_to = dt.date(2025, 6, 2)
    Case.objects.filter(pk=case.pk).update(received_on=moved_to)  # no signal: the trigger marks it
    point = Klagepunkt.objects.filter(case__received_on__gte=PERIOD.start, outcome="", decision="case").first()
    point.outcome = "ingen_kritik"
    point.closed_at = timezone.now()
    point.save()
    hoering = Hoering.objects.filter(sent_at__isnull=False, answer_received_on__isnull=True).first()
    Hoering.objects.filter(pk=hoering.pk).update(answer_received_on=dt.date(2026, 3, 10))
    marked = set(AggregateDirtyDay.objects.values_list("day", flat=True))
    assert {case.received_on, moved_to, point.case.received_on, hoering.case.received_on} <= marked
    facts_before = AggregateFact.objects.count()

    recounted = aggregate.aggregate_refresh()
    assert 0 < recounted == len(marked) < 30  # only the marked days, not everything
    assert not AggregateDirtyDay.objects.exists()
    assert AggregateFact.objects.count() > facts_before / 2
    leader = people["lene"]
    overview = insights_overview(user=leader, period=PERIOD)
    assert overview.key.henvendelser == len(cohort(specs)) + 1
    moved = next(spec for spec in specs if spec.reference == case.reference)
    assert overview.table("resultater").value("ingen_kritik") == 1 + sum(
        1 for _s, p in points_of([*cohort(specs), moved]) if p.outcome == "ingen_kritik")
    # And the same as counted from the cases once the aggregate is forgotten.
    AggregateState.objects.update(built_at=None)
    assert _figures(insights_overview(user=leader, period=PERIOD)) == _figures(overview)


def _month_rows():
    rows = AggregateFact.objects.filter(grain="m").values_list("kind", "day", "advisor", "scope", "key", "days",
                                                               "n", "m")
    return sorted(rows, key=repr)


def test_the_reader_reads_as_of_the_last_refresh_and_the_next_refresh_brings_the_change(specs, people):
    aggregate.aggregate_refresh()
    refreshed = AggregateState.objects.get().refreshed_at
    case = Case.objects.filter(received_on__gte=PERIOD.start, closed_at__isnull=False).order_by("pk").first()
    Case.objects.filter(pk=case.pk).update(closed_at=None)  # reopened: no longer concluded on its day
    before = len(independent.processing(specs))
    read = insights_overview(user=people["lene"], period=PERIOD)
    assert read.key.processing.count == before  # the aggregate as the last refresh left it ...
    assert read.as_of_refresh and read.computed_at == refreshed  # ... and the page can say when that was
    assert AggregateDirtyDay.objects.exists()  # the reader recounted nothing

    assert aggregate.aggregate_refresh() >= 2  # the day of receipt and the day it had been concluded
    overview = _figures(insights_overview(user=people["lene"], period=PERIOD))
    assert overview.key.processing.count == before - 1
    # The months got the recounted days' difference: the same rows a full build sums from the days.
    incremental = _month_rows()
    aggregate.aggregate_refresh(full=True)
    assert _month_rows() == incremental
    assert _figures(insights_overview(user=people["lene"], period=PERIOD)) == overview


def test_many_changed_days_are_summed_into_their_months_again(specs, people, monkeypatch):
    aggregate.aggregate_refresh()
    monkeypatch.setattr(aggregate, "RESUM_ABOVE", 0)  # every change counts as large
    Case.objects.filter(received_on__gte=PERIOD.start, closed_at__isnull=True).update(
        closed_at=dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ))
    assert aggregate.aggregate_refresh() > 2
    incremental = _month_rows()
    aggregate.aggregate_refresh(full=True)
    assert _month_rows() == incremental


def test_the_dashboard_says_how_fresh_the_aggregate_is(client, specs, people):
    from tests.accounts.helpers import login_verified

    aggregate.aggregate_refresh()
    login_verified(client, people["lene"])
    page = client.get("/medarbejder/indsigt/", {"fra": "01.04.2025", "til": "31.03.2026"}).content.decode()
    assert "Tallene er opdateret fra sagerne 16.03.2026 kl. 12.00 og opdateres hvert 10. minut" in page
    assert "beregnet nu" not in page


def _fact_queries(queries) -> int:
    return sum(1 for query in queries if AggregateFact._meta.db_table in query["sql"])


def _main(response) -> str:
    """The page's figures (its <main>; the header holds a per-response CSRF token)."""
    page = response.content.decode()
    return page[page.index("<main"):page.index("</main>")]


def test_a_selection_read_again_is_served_from_the_cache_until_the_next_refresh(client, specs, people):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.accounts.helpers import login_verified

    aggregate.aggregate_refresh()
    login_verified(client, people["lene"])
    query = {"fra": "01.04.2025", "til": "31.03.2026", "forvaltning": "BIF"}
    with CaptureQueriesContext(connection) as first:
        page = _main(client.get("/medarbejder/indsigt/", query))
    with CaptureQueriesContext(connection) as again:
        assert _main(client.get("/medarbejder/indsigt/", query)) == page
        export = client.get("/medarbejder/indsigt/csv/forvaltninger/", query)
        english = client.get("/en/medarbejder/indsigt/", query)
    assert _fact_queries(first.captured_queries) == 3  # the period's rows, the previous period's, the trend
    assert _fact_queries(again.captured_queries) == 0  # the page again, its export, in English: from the cache
    assert export.status_code == 200 and english.status_code == 200

    case = Case.objects.filter(received_on__gte=PERIOD.start, closed_at__isnull=False).order_by("pk").first()
    Case.objects.filter(pk=case.pk).update(closed_at=None)  # reopened: its conclusion leaves the figures
    assert _main(client.get("/medarbejder/indsigt/", query)) == page  # as of the last refresh
    aggregate.aggregate_refresh()  # at the same frozen minute: the cache is keyed by the refresh, not its time
    with CaptureQueriesContext(connection) as after:
        assert client.get("/medarbejder/indsigt/", {"fra": "01.04.2025", "til": "31.03.2026"}).status_code == 200
    assert _fact_queries(after.captured_queries) == 3
    leader = people["lene"]
    assert (_figures(insights_overview(user=leader, period=PERIOD)).key.processing.count
            == len(independent.processing(specs)) - 1)


def test_a_day_with_conclusions_only_is_recounted(specs, people):
    aggregate.aggregate_refresh()
    case = Case.objects.filter(received_on__gte=PERIOD.start, closed_at__isnull=True).order_by("pk").first()
    quiet = dt.date(2026, 3, 15)  # a Sunday: nothing received, in the seed
    assert not Case.objects.filter(received_on=quiet).exists()
    Case.objects.filter(pk=case.pk).update(closed_at=dt.datetime(2026, 3, 15, 12, 0, tzinfo=TZ))
    assert aggregate.aggregate_refresh() >= 2
    stored = _figures(insights_overview(user=people["lene"], period=PERIOD))
    AggregateState.objects.update(built_at=None)
    assert _figures(insights_overview(user=people["lene"], period=PERIOD)) == stored


def test_the_scheduler_builds_it_once_then_recounts_the_marked_days(specs, people):
    assert job_run("insights_refresh")
    state = AggregateState.objects.get()
    assert state.built_at == state.refreshed_at == timezone.now()
    assert AggregateFact.objects.filter(grain="m").exists() and AggregateFact.objects.filter(advisor=-1).exists()
    assert aggregate.aggregate_refresh() == 0  # nothing marked
    open_case = Case.objects.filter(closed_at__isnull=True).order_by("pk").first()
    Case.objects.filter(pk=open_case.pk).update(restricted=True)
    assert aggregate.aggregate_refresh() == 1


def test_the_command_rebuilds_in_full(specs, people, capsys):
    AggregateFact.objects.create(kind="ch", grain="d", day=dt.date(2025, 5, 5), advisor=-1, scope=0, key="web",
                                 n=1000)  # a stray count a full rebuild must not keep
    call_command("insights_aggregate", "--full")
    assert "in full" in capsys.readouterr().out
    assert insights_overview(user=people["lene"], period=PERIOD).key.henvendelser == len(cohort(specs))


def test_missing_triggers_are_recreated_and_the_aggregate_forgotten(specs, people):
    from django.db import connection

    from borgerraad.insights.triggers import on_post_migrate

    aggregate.aggregate_refresh()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TRIGGER insights_dirty ON cases_case")
        else:
            cursor.execute("DROP TRIGGER insights_dirty_cases_case_update")
    on_post_migrate(sender=None)
    assert AggregateState.objects.get().built_at is None  # counted from the cases until rebuilt
    Case.objects.filter(pk=Case.objects.order_by("pk").first().pk).update(received_on=dt.date(2025, 6, 2))
    assert AggregateDirtyDay.objects.filter(day=dt.date(2025, 6, 2)).exists()


def test_a_conclusion_near_midnight_is_counted_on_its_local_day(specs, people):
    aggregate.aggregate_refresh()
    case = Case.objects.filter(received_on=dt.date(2025, 6, 2)).first() or Case.objects.filter(
        received_on__gte=PERIOD.start).order_by("pk").first()
    closed = dt.datetime(2025, 12, 31, 23, 30, tzinfo=TZ)  # 22.30 UTC: the UTC day is the local day
    Case.objects.filter(pk=case.pk).update(closed_at=closed)
    aggregate.aggregate_refresh()
    january = Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    december = Period(dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    stored = [insights_overview(user=people["lene"], period=p).key.processing for p in (december, january)]
    AggregateState.objects.update(built_at=None)
    assert stored == [insights_overview(user=people["lene"], period=p).key.processing for p in (december, january)]
