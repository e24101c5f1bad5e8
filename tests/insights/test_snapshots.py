"""The leader's dashboard stored by the scheduler (insights/snapshots.py): fresh figures, said how fresh, never
shown to anyone who may not see every case.

Time is frozen on 16 March 2026 at noon (tests/insights/test_dashboard.py); the default period is then
1 April 2025 - 16 March 2026. Figures are read from the page and compared with counts from the seeded specs.
"""

from __future__ import annotations

# ruff: noqa: F811 - the fixtures people and specs come from test_dashboard
import datetime as dt

import pytest
from django.core.cache import cache

from borgerraad.cases.models import Case
from borgerraad.core.scheduler import JOBS, job_run
from borgerraad.insights.statistics import Period
from tests.insights.test_dashboard import URL, as_user, frozen, people, specs, table_rows  # noqa: F401
from tests.insights.test_statistics import cohort

DEFAULT = Period(dt.date(2025, 4, 1), dt.date(2026, 3, 16))
STORED = "Tallene er beregnet 16.03.2026 kl. 12.00 fra sagerne og beregnes igen hvert 10. minut"
LIVE = "Tallene er beregnet nu, 16.03.2026 kl. 12.00, direkte fra sagerne."
AGGREGATE = "Tallene er opdateret fra sagerne 16.03.2026 kl. 12.00 og opdateres hvert 10. minut"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def henvendelser_shown(response) -> int:
    return sum(int(values[0]) for values in table_rows(response, "kanaler").values())


def _move_an_older_case_into_the_period() -> Case:
    case = Case.objects.filter(received_on__lt=DEFAULT.start).order_by("pk").first()
    Case.objects.filter(pk=case.pk).update(received_on=dt.date(2025, 6, 2))
    return case


def test_the_scheduler_stores_the_leaders_dashboard_and_the_page_says_how_fresh_it_is(client, specs, people):
    assert "insights_refresh" in {job.command for job in JOBS}
    assert job_run("insights_refresh")
    expected = len(cohort(specs, DEFAULT))
    as_user(client, people["lene"])
    response = client.get(URL)
    assert STORED in response.content.decode()
    assert henvendelser_shown(response) == expected
    # A change after the refresh is not in the stored figures (the page said so), and is after the next one.
    _move_an_older_case_into_the_period()
    response = client.get(URL)
    assert henvendelser_shown(response) == expected
    assert job_run("insights_refresh")
    response = client.get(URL)
    assert STORED in response.content.decode()
    assert henvendelser_shown(response) == expected + 1


def test_the_stored_figures_equal_those_computed_on_the_request(client, specs, people):
    as_user(client, people["lene"])
    department = next(s.department for s in cohort(specs, DEFAULT) if s.department)
    live = {slug: table_rows(client.get(URL, {"forvaltning": department}), slug) for slug in
            ("kanaler", "grundlag", "resultater", "hoeringer", "videresendte")}
    assert LIVE in client.get(URL, {"forvaltning": department}).content.decode()
    assert job_run("insights_refresh")
    response = client.get(URL, {"forvaltning": department})
    assert STORED in response.content.decode()
    assert {slug: table_rows(response, slug) for slug in live} == live


def test_an_advisor_never_sees_the_leaders_stored_figures(client, specs, people):
    assert job_run("insights_refresh")
    rasmus = people["rasmus"]
    response = as_user(client, rasmus).get(URL)
    page = response.content.decode()
    assert AGGREGATE in page and STORED not in page  # their own view, from the aggregate
    assert henvendelser_shown(response) == len(cohort(specs, DEFAULT, advisor="rasmus"))


@pytest.mark.parametrize("query", [{"fra": "01.04.2025", "til": "31.03.2026"}, {"raadgiver": "rasmus"}],
                         ids=["another-period", "advisor-filter"])
def test_another_selection_is_read_from_the_aggregate_as_of_its_last_refresh(client, specs, people, query):
    assert job_run("insights_refresh")
    moved = _move_an_older_case_into_the_period()
    period = DEFAULT if "raadgiver" in query else Period(dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    counted = len(cohort(specs, period, advisor=query.get("raadgiver")))
    response = as_user(client, people["lene"]).get(URL, query)
    page = response.content.decode()
    assert AGGREGATE in page and STORED not in page
    assert henvendelser_shown(response) == counted  # as the last refresh left it, as the page says
    assert job_run("insights_refresh")
    response = client.get(URL, query)
    counted += "raadgiver" not in query or moved.assigned_to == people["rasmus"]
    assert henvendelser_shown(response) == counted
