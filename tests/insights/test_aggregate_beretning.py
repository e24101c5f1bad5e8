"""The beretning read from the statistics' aggregate (insights/aggregate.py): the same document, figure for figure.

The seed, people and frozen time are those of tests/insights/test_beretning.py. Each edition is
generated counted from the cases, then again once the aggregate is built, and the two documents
must be identical but for the sentence saying how fresh the figures are; the independent counts of
test_beretning.py are rerun on the aggregate. A change since the scheduler's last refresh is not in the
beretning until the next refresh (or the leader's "Opdatér tallene nu", or ``beretning --refresh``), and
the document and the page say so.
"""

from __future__ import annotations

# ruff: noqa: F811 - the fixtures frozen, people and specs come from test_beretning
import datetime as dt
import re

import pytest
import time_machine
from django.core.management import call_command

from borgerraad.cases.models import Case
from borgerraad.core.calendar import TZ
from borgerraad.insights import aggregate
from borgerraad.insights.beretning import INTERNAL, PUBLISHABLE
from borgerraad.insights.models import AggregateDirtyDay, AggregateState
from tests.insights import test_beretning as independent
from tests.insights.test_beretning import URL, YEAR, as_user, frozen, generate, people, specs  # noqa: F401

AS_OF = "Tal pr. 16. marts 2026 kl. 12.00: tallene er statistikkens seneste opdatering fra sagerne."
PENDING = "Sager i perioden er ændret siden da; de ændringer er ikke med i tallene."
LIVE = "Tallene er beregnet 16. marts 2026 kl. 12.00 direkte fra sagerne."
FRESHNESS = re.compile(
    r"Tal pr\. [^:<]*: tallene er statistikkens seneste opdatering fra sagerne\."
    r"( Sager i perioden er ændret siden da; de ændringer er ikke med i tallene\.)?"
    r"|Tallene er beregnet [^<]* direkte fra sagerne\."
)


def figures(document: str) -> str:
    """The document without the sentence on how fresh its figures are (it differs by design)."""
    assert len(FRESHNESS.findall(document)) == 1
    return FRESHNESS.sub("", document)


@pytest.mark.parametrize("edition", [INTERNAL, PUBLISHABLE])
def test_the_beretning_from_the_aggregate_is_the_one_counted_from_the_cases(specs, people, edition, monkeypatch):
    counted = generate(people["lene"], edition)
    aggregate.aggregate_refresh()
    read = []
    counts = aggregate.aggregate_counts
    monkeypatch.setattr(aggregate, "aggregate_counts", lambda **kwargs: read.append(counts(**kwargs)) or read[-1])
    from_the_aggregate = generate(people["lene"], edition)
    assert LIVE in counted and AS_OF in from_the_aggregate and PENDING not in from_the_aggregate
    assert figures(from_the_aggregate) == figures(counted)
    assert len(read) > 1 and all(found is not None for found in read)  # the office and each forvaltning


@pytest.mark.parametrize("test", [
    independent.test_every_figure_of_the_internal_edition_equals_an_independent_count,
    independent.test_the_publishable_edition_suppresses_small_counts_and_holds_no_personal_data,
], ids=lambda test: test.__name__.removeprefix("test_"))
def test_the_independent_counts_hold_when_read_from_the_aggregate(test, specs, people):
    aggregate.aggregate_refresh()
    test(specs, people)


def _move_a_case_into_the_period() -> None:
    moved = Case.objects.filter(received_on__lt=independent.PERIOD.start).order_by("pk").first()
    Case.objects.filter(pk=moved.pk).update(received_on=dt.date(2025, 6, 2))  # into the period, no signal


def _henvendelser(document: str) -> str:
    return independent.tables(document)["tabel-noegletal"]["Henvendelser"][0]


def _counted_from_the_cases() -> str:
    built = AggregateState.objects.get().built_at
    AggregateState.objects.update(built_at=None)
    try:
        return generate(independent.User.objects.get(username="lene"))
    finally:
        AggregateState.objects.update(built_at=built)


def test_the_beretning_reads_as_of_the_last_refresh_and_says_a_change_since_is_not_in_it(specs, people):
    aggregate.aggregate_refresh()
    before = generate(people["lene"])
    _move_a_case_into_the_period()
    after_the_change = generate(people["lene"])
    assert AggregateDirtyDay.objects.exists()  # generating recounted nothing ...
    assert AS_OF in after_the_change and PENDING in after_the_change  # ... and says so
    assert figures(after_the_change) == figures(before)
    assert _henvendelser(after_the_change) == _henvendelser(before) != _henvendelser(_counted_from_the_cases())

    with time_machine.travel(dt.datetime(2026, 3, 16, 12, 10, tzinfo=TZ), tick=False):
        aggregate.aggregate_refresh()  # the scheduler's next refresh
        refreshed = generate(people["lene"])
        counted = _counted_from_the_cases()
    assert "Tal pr. 16. marts 2026 kl. 12.10: tallene er statistikkens seneste opdatering" in refreshed
    assert PENDING not in refreshed
    assert figures(refreshed) == figures(counted)  # every figure equals the count from the cases again


def test_a_change_outside_the_periods_is_not_called_a_change_of_the_beretning(specs, people):
    case = Case.objects.filter(closed_at__isnull=True).order_by("pk").first()  # no conclusion day in the period
    Case.objects.filter(pk=case.pk).update(received_on=dt.date(2023, 1, 5))  # long before both periods
    aggregate.aggregate_refresh()
    Case.objects.filter(pk=case.pk).update(received_on=dt.date(2023, 2, 6))  # moves no figure of the beretning
    assert AggregateDirtyDay.objects.exists()
    document = generate(people["lene"])
    assert AS_OF in document and PENDING not in document


def test_the_page_says_how_fresh_the_figures_are_and_the_leader_can_have_them_recounted_now(
    client, specs, people, settings,
):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    aggregate.aggregate_refresh()
    as_user(client, people["lene"])
    page = client.get(URL, YEAR).content.decode()
    assert "Beretningens tal er pr. 16.03.2026 kl. 12.00: statistikkens seneste opdatering fra sagerne, som sker " \
           "hvert 10. minut." in page
    assert "Sager i perioden er ændret siden da" not in page
    _move_a_case_into_the_period()
    page = client.get(URL, YEAR).content.decode()
    assert "Sager i perioden er ændret siden da; de ændringer er ikke med i tallene endnu." in page
    assert "Opdatér tallene nu" in page
    english = client.get("/en" + URL, YEAR).content.decode()
    assert "The report's figures are as of 16.03.2026 at 12.00" in english and "Update the figures now" in english

    assert client.get(URL + "opdater/", YEAR).status_code == 405  # only a POST recounts
    with time_machine.travel(dt.datetime(2026, 3, 16, 12, 3, tzinfo=TZ), tick=False):
        response = client.post(URL + "opdater/?" + "fra=01.04.2025&til=31.03.2026")
        assert response.status_code == 302 and response["Location"] == URL + "?fra=01.04.2025&til=31.03.2026"
        page = client.get(response["Location"]).content.decode()
        document = client.get(URL + "html/", YEAR).content.decode()  # the download: no nonce
        counted = _counted_from_the_cases()
    assert "Tallene bliver opdateret fra sagerne i baggrunden." in page
    assert "Beretningens tal er pr. 16.03.2026 kl. 12.03" in page and "Sager i perioden er ændret" not in page
    assert not AggregateDirtyDay.objects.exists()
    assert "Tal pr. 16. marts 2026 kl. 12.03" in document and figures(document) == figures(counted)


@pytest.mark.parametrize("name", ["rasmus", "sanne", "anders"])
def test_only_the_leader_has_the_figures_recounted(client, specs, people, name):
    aggregate.aggregate_refresh()
    _move_a_case_into_the_period()
    as_user(client, people[name])
    assert client.post(URL + "opdater/?fra=01.04.2025&til=31.03.2026").status_code == 403
    assert AggregateDirtyDay.objects.exists()


def test_the_command_reads_as_of_the_last_refresh_and_recounts_first_with_refresh(specs, people, tmp_path):
    aggregate.aggregate_refresh()
    _move_a_case_into_the_period()
    call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", str(tmp_path / "a.html"),
                 "--user", "lene")
    assert PENDING in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert AggregateDirtyDay.objects.exists()
    call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", str(tmp_path / "b.html"),
                 "--user", "lene", "--refresh")
    document = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert not AggregateDirtyDay.objects.exists()
    assert AS_OF in document and PENDING not in document
    assert figures(document) == figures(_counted_from_the_cases())
