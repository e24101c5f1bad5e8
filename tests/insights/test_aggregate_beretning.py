"""The beretning read from the statistics' aggregate (insights/aggregate.py): the same document, figure for figure.

The seed, people and frozen time are those of tests/insights/test_beretning.py. Each edition is
generated counted from the cases, then again once the aggregate is built, and the two documents
must be identical; the independent counts of test_beretning.py are rerun on the aggregate. A change
since the scheduler's last refresh is in the beretning: it recounts the changed days before reading.
"""

from __future__ import annotations

# ruff: noqa: F811 - the fixtures frozen, people and specs come from test_beretning
import datetime as dt

import pytest

from borgerraad.cases.models import Case
from borgerraad.insights import aggregate
from borgerraad.insights.beretning import INTERNAL, PUBLISHABLE
from borgerraad.insights.models import AggregateDirtyDay, AggregateState
from tests.insights import test_beretning as independent
from tests.insights.test_beretning import frozen, generate, people, specs  # noqa: F401


@pytest.mark.parametrize("edition", [INTERNAL, PUBLISHABLE])
def test_the_beretning_from_the_aggregate_is_the_one_counted_from_the_cases(specs, people, edition, monkeypatch):
    counted = generate(people["lene"], edition)
    aggregate.aggregate_refresh()
    read = []
    counts = aggregate.aggregate_counts
    monkeypatch.setattr(aggregate, "aggregate_counts", lambda **kwargs: read.append(counts(**kwargs)) or read[-1])
    assert generate(people["lene"], edition) == counted
    assert len(read) > 1 and all(found is not None for found in read)  # the office and each forvaltning


@pytest.mark.parametrize("test", [
    independent.test_every_figure_of_the_internal_edition_equals_an_independent_count,
    independent.test_the_publishable_edition_suppresses_small_counts_and_holds_no_personal_data,
], ids=lambda test: test.__name__.removeprefix("test_"))
def test_the_independent_counts_hold_when_read_from_the_aggregate(test, specs, people):
    aggregate.aggregate_refresh()
    test(specs, people)


def test_a_change_since_the_last_refresh_is_in_the_beretning(specs, people):
    aggregate.aggregate_refresh()
    moved = Case.objects.filter(received_on__lt=independent.PERIOD.start).order_by("pk").first()
    Case.objects.filter(pk=moved.pk).update(received_on=dt.date(2025, 6, 2))  # into the period, no signal
    from_the_aggregate = generate(people["lene"])
    assert not AggregateDirtyDay.objects.exists()  # the beretning recounted the changed days first
    AggregateState.objects.update(built_at=None)
    assert from_the_aggregate == generate(people["lene"])  # counted from the cases
