"""The reads that keep the staff pages fast at 100,000 henvendelser (docs/cases.md, "Performance").

- the inbox finds henvendelser without a case through ``Henvendelse.case_opened`` (set when the case is opened);
- the office configuration is read once per request, and an edit is seen by the next request;
- the case page reads its related rows once (``selectors.case_prefetch``);
- search counts at most ``SEARCH_COUNT_CAP`` matches and then says "over".
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from borgerraad.cases import selectors
from borgerraad.cases.services import case_open_from_henvendelse, note_add
from borgerraad.core.models import Office
from borgerraad.core.selectors import office_get
from borgerraad.intake.models import Henvendelse
from borgerraad.intake.services import henvendelse_register
from tests.accounts.helpers import login_verified

from .conftest import bo_data, make_case

pytestmark = pytest.mark.django_db


def _office_reads(captured) -> int:
    return sum('FROM "core_office"' in query["sql"] for query in captured.captured_queries)


def test_opening_a_case_takes_the_henvendelse_out_of_the_inbox_index(rasmus):
    henvendelse = henvendelse_register(channel="web", submitted=bo_data(), submission_key="perf:1")
    assert not Henvendelse.objects.get(pk=henvendelse.pk).case_opened
    items, total = selectors.inbox_page(user=rasmus)
    assert [item.henvendelse.pk for item in items if item.case is None] == [henvendelse.pk]

    case = case_open_from_henvendelse(henvendelse=henvendelse, by=rasmus)
    assert Henvendelse.objects.get(pk=henvendelse.pk).case_opened
    items, total = selectors.inbox_page(user=rasmus)
    assert [(item.henvendelse.pk, item.case) for item in items] == [(henvendelse.pk, case)]
    assert total == 1
    assert [item.case for item in selectors.inbox_list(user=rasmus)] == [case]


def test_a_henvendelse_with_a_case_but_no_flag_is_still_not_listed_twice(rasmus, case):
    Henvendelse.objects.filter(pk=case.henvendelse_id).update(case_opened=False)  # e.g. a bulk insert
    items, total = selectors.inbox_page(user=rasmus)
    assert total == 1 and items[0].case == case


def test_the_office_is_read_once_per_request_and_an_edit_is_seen_next_request(client, rasmus, case):
    login_verified(client, rasmus)
    url = reverse("cases:case", args=[case.reference])
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert _office_reads(captured) == 1

    office = Office.objects.get()
    office.name = "Borgerrådgiveren i Testby"
    office.save()
    assert "Borgerrådgiveren i Testby" in client.get(url).content.decode()
    Office.objects.update(name="Borgerrådgiveren i Andeby")  # no signal: the next request reads afresh anyway
    assert "Borgerrådgiveren i Andeby" in client.get(url).content.decode()


def test_outside_a_request_the_office_is_not_memoised(client, rasmus):
    login_verified(client, rasmus)
    client.get(reverse("cases:inbox"))
    first = office_get()
    Office.objects.update(name="Et nyt navn")
    assert office_get().name == "Et nyt navn" != first.name


def test_the_case_page_reads_each_related_table_once(rasmus, visited_case):
    note_add(case=visited_case, author=rasmus, text="Ringet til borgeren.")
    case = selectors.case_for_work(user=rasmus, reference=visited_case.reference)
    selectors.case_prefetch(case=case)
    with CaptureQueriesContext(connection) as captured:
        journal = selectors.case_journal(case=case)
        selectors.case_klagepunkter(case=case)
    assert {entry.kind for entry in journal} >= {"henvendelse", "status", "visitation", "note"}
    ours = ('FROM "cases_', 'FROM "intake_')
    assert not [q["sql"] for q in captured.captured_queries if any(table in q["sql"] for table in ours)]


def test_search_counts_up_to_the_cap_and_then_says_over(client, rasmus, monkeypatch):
    for _ in range(3):
        make_case(by=rasmus)
    monkeypatch.setattr(selectors, "SEARCH_COUNT_CAP", 2)
    found = selectors.case_search(user=rasmus, query="jobcentret")
    assert selectors.count_capped(found) == 3 and selectors.count_capped(found, cap=10) == 3
    assert selectors.count_capped(found, cap=1) == 2
    login_verified(client, rasmus)
    html = client.get(reverse("cases:search"), {"q": "jobcentret"}).content.decode()
    assert "Over 2 sager fundet" in html
    monkeypatch.setattr(selectors, "SEARCH_COUNT_CAP", 1000)
    html = client.get(reverse("cases:search"), {"q": "jobcentret"}).content.decode()
    assert "3 sager fundet" in html and "Over 1" not in html
