"""Search shows the same cases in the same order whether a word is rare or common.

Results are ordered by the case's own deadline, soonest first, then the newest received. The search
page reads them in one of two ways (``selectors.case_search_keys``): a rare word, a name or a
reference number is read from its index and those cases are ordered; a word in more documents than
``SEARCH_CANDIDATES`` is read case by case in that order. The advisor must not be able to tell which.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.cases import selectors
from borgerraad.cases.models import Case, CaseStatus
from borgerraad.cases.services import case_assign
from tests.accounts.helpers import login_verified

from .conftest import make_case

pytestmark = pytest.mark.django_db

# The ways to read the results: every source is small; every source is "common" when read; a single word
# is common by the database's estimate without reading it. (SEARCH_CANDIDATES, SEARCH_CANDIDATES_SURE)
WAYS = {"rare-words": (10_000, 10**9), "common-words": (0, 10**9), "common-by-estimate": (10_000, -1)}


@pytest.fixture(params=list(WAYS), ids=list(WAYS))
def way(request, monkeypatch):
    candidates, sure = WAYS[request.param]
    monkeypatch.setattr(selectors, "SEARCH_CANDIDATES", candidates)
    monkeypatch.setattr(selectors, "SEARCH_CANDIDATES_SURE", sure)
    return request.param


@pytest.fixture
def four(rasmus):
    """Four of Bo Hansen's cases about the jobcenter: deadlines 1 May, 15 April (twice) and 1 April."""
    cases = [make_case(by=rasmus) for _ in range(4)]
    deadlines = [(dt.date(2026, 5, 1), dt.date(2026, 3, 2)), (dt.date(2026, 4, 15), dt.date(2026, 3, 3)),
                 (dt.date(2026, 4, 15), dt.date(2026, 3, 5)), (dt.date(2026, 4, 1), dt.date(2026, 3, 1))]
    for case, (target, received) in zip(cases, deadlines, strict=True):
        Case.objects.filter(pk=case.pk).update(target_date=target, received_on=received)
    first_deadline, later_same_day, earlier_same_day, last = cases[3], cases[2], cases[1], cases[0]
    return [first_deadline, later_same_day, earlier_same_day, last]


@pytest.mark.parametrize("query", ["jobcentret", "Bo Hansen"], ids=["word", "name"])
def test_results_come_soonest_deadline_first_either_way(rasmus, four, way, query):
    keys = selectors.case_search_keys(user=rasmus, query=query)
    assert keys == [case.pk for case in four]
    assert keys == [case.pk for case in selectors.case_search(user=rasmus, query=query)]


def test_the_page_lists_them_in_that_order_with_a_filter(client, rasmus, four, way):
    Case.objects.filter(pk__in=[case.pk for case in four[1:3]]).update(status=CaseStatus.UNDER_BEHANDLING)
    login_verified(client, rasmus)
    params = {"q": "jobcentret", "status": CaseStatus.UNDER_BEHANDLING}
    html = client.get(reverse("cases:search"), params).content.decode()
    assert "2 sager fundet" in html
    assert four[0].reference not in html and four[3].reference not in html
    assert html.index(four[1].reference) < html.index(four[2].reference)


def test_over_the_cap_the_page_says_over_either_way(client, rasmus, four, way, monkeypatch):
    monkeypatch.setattr(selectors, "SEARCH_COUNT_CAP", 3)
    login_verified(client, rasmus)
    html = client.get(reverse("cases:search"), {"q": "jobcentret"}).content.decode()
    assert "Over 3 sager fundet" in html
    assert html.index(four[0].reference) < html.index(four[1].reference)


def test_a_reference_number_finds_its_case_either_way(rasmus, four, way):
    assert selectors.case_search_keys(user=rasmus, query=four[2].reference.lower()) == [four[2].pk]


def test_another_advisors_restricted_case_is_not_found_either_way(rasmus, rikke, lene, four, way):
    case_assign(case=four[0], assigned_to=rikke, by=lene, restricted=True)
    assert selectors.case_search_keys(user=rasmus, query="jobcentret") == [case.pk for case in four[1:]]
    assert selectors.case_search_keys(user=rikke, query="jobcentret") == [case.pk for case in four]


def test_the_secretary_finds_no_words_of_the_contents_either_way(sanne, four, way):
    assert selectors.case_search_keys(user=sanne, query="jobcentret") == []
    assert selectors.case_search_keys(user=sanne, query="Bo Hansen") == [case.pk for case in four]
