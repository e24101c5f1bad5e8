"""The leader's pages about recurring problems, through HTTP: the list, a flag with its cases (read
logged), dismissing with a reason, turning a flag into an investigation, editing it; and who may not.

Lene leads the office; Rasmus (rådgiver) and Sanne (sekretær) may not see flags at all.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from borgerraad.insights.clusters import flags_refresh
from borgerraad.insights.models import Flag, FlagStatus, Investigation, InvestigationStatus
from borgerraad.insights.selectors_systemic import investigations_for_period
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified

from .systemic_seed import NOW, days_ago, lene, rasmus, sanne, seeded_point  # noqa: F401
from .texts import BACKGROUND, HOUSING_DELAY, UNRELATED_SAME_UNIT

pytestmark = [pytest.mark.django_db]

FLAGS = "/medarbejder/indsigt/tilbagevendende/"


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False), translation.override("da"):
        yield


@pytest.fixture
def housing():
    """Six alike klagepunkter (one flag) among the window's other complaints."""
    points = [seeded_point(text=text, received_on=days_ago(index * 3 + 1)) for index, text in enumerate(HOUSING_DELAY)]
    for index, text in enumerate(UNRELATED_SAME_UNIT + BACKGROUND):
        seeded_point(text=text, received_on=days_ago(index + 2), unit=f"Enhed {index}", department="KFF")
    flags_refresh()
    return points


@pytest.fixture
def flag(housing):
    return Flag.objects.get()


def signed_in(user, **kwargs) -> Client:
    client = Client(**kwargs)
    login_verified(client, user)
    return client


def flag_url(flag, name="insights:flag"):
    return reverse(name, args=[flag.pk])


def test_the_flag_pages_live_under_insights():
    assert reverse("insights:flags") == FLAGS


def test_the_leader_sees_the_open_flags_with_counts_period_and_shared_words(lene, housing, flag):  # noqa: F811
    response = signed_in(lene).get(FLAGS)
    assert response.status_code == 200
    row = response.content.decode()
    assert "Jobcenter København" in row and "Sagsbehandling" in row
    cases = {point.case_id for point in housing}
    assert f'<td class="insights-number">{len(housing)}</td>' in row
    assert f'<td class="insights-number">{len(cases)}</td>' in row
    first = min(point.case.received_on for point in housing)
    last = max(point.case.received_on for point in housing)
    assert f"{first:%d.%m.%Y}–{last:%d.%m.%Y}" in row
    assert "boligstøtte" in row


def test_the_flag_page_shows_the_cases_behind_it_and_logs_each_read(lene, housing, flag):  # noqa: F811
    response = signed_in(lene).get(flag_url(flag))
    assert response.status_code == 200
    page = response.content.decode()
    for point in housing:
        assert point.case.reference in page
    assert "ingen svarer i telefonen" in page  # the klagepunkt's own words
    assert "kontanthjælp" not in page  # not a klagepunkt of this flag
    logged = AuditEvent.objects.filter(user=lene, action="view", object_type="cases.case")
    assert set(logged.values_list("object_id", flat=True)) == {str(point.case_id) for point in housing}


@pytest.mark.parametrize("who", ["rasmus", "sanne"])
def test_advisors_and_the_secretary_may_not_see_or_dismiss_flags(request, who, flag):
    client = signed_in(request.getfixturevalue(who))
    assert client.get(FLAGS).status_code == 403
    assert client.get(flag_url(flag)).status_code == 404
    assert client.post(flag_url(flag, "insights:flag_dismiss"), {"reason": "Nej"}).status_code == 404
    assert client.get(reverse("insights:investigations")).status_code == 403
    assert client.get(reverse("insights:investigation_create") + f"?problem={flag.pk}").status_code == 403
    assert Flag.objects.get().status == FlagStatus.OPEN
    assert not AuditEvent.objects.filter(object_type="cases.case").exists()


def test_signed_out_visitors_are_sent_to_sign_in(flag):
    response = Client().get(FLAGS)
    assert response.status_code == 302 and "/medarbejder/" in response["Location"]


def test_dismissing_needs_a_reason_and_says_so_politely_in_danish_and_english(lene, flag):  # noqa: F811
    client = signed_in(lene)
    response = client.post(flag_url(flag, "insights:flag_dismiss"), {"reason": "   "})
    assert response.status_code == 200
    assert "Skriv, hvorfor problemet afvises." in response.content.decode()
    english = client.post("/en" + flag_url(flag, "insights:flag_dismiss"), {"reason": ""})
    assert english.status_code == 200
    assert "Write why the problem is dismissed." in english.content.decode()
    assert Flag.objects.get().status == FlagStatus.OPEN


def test_dismissing_with_a_reason_keeps_it_encrypted_logs_it_and_moves_the_flag(lene, flag):  # noqa: F811
    client = signed_in(lene)
    reason = "Kendt problem: forvaltningen har ansat to nye medarbejdere i april."
    response = client.post(flag_url(flag, "insights:flag_dismiss"), {"reason": reason})
    assert response.status_code == 302 and response["Location"] == FLAGS
    dismissed = Flag.objects.get()
    assert (dismissed.status, dismissed.dismissed_reason, dismissed.dismissed_by) == (
        FlagStatus.DISMISSED, reason, lene)
    assert dismissed.dismissed_at == NOW
    with connection.cursor() as cursor:
        cursor.execute("SELECT dismissed_reason FROM insights_flag WHERE id = %s", [flag.pk])
        assert cursor.fetchone()[0].startswith("fernet:")
    assert AuditEvent.objects.filter(user=lene, action="change", object_type="insights.flag",
                                     object_id=str(flag.pk), detail="afvist").exists()
    assert "Jobcenter København" not in client.get(FLAGS).content.decode()
    assert "Jobcenter København" in client.get(FLAGS + "?status=dismissed").content.decode()
    # Twice: a polite refusal, not a 500, and the first reason stays.
    again = client.post(flag_url(flag, "insights:flag_dismiss"), {"reason": "Igen"})
    assert again.status_code == 200 and "allerede behandlet" in again.content.decode()
    assert Flag.objects.get().dismissed_reason == reason


def test_dismissing_without_the_csrf_token_is_refused(lene, flag):  # noqa: F811
    client = signed_in(lene, enforce_csrf_checks=True)
    assert client.post(flag_url(flag, "insights:flag_dismiss"), {"reason": "Kendt"}).status_code == 403
    assert Flag.objects.get().status == FlagStatus.OPEN


def test_turning_a_flag_into_an_investigation_prefills_it_and_links_the_cases(lene, housing, flag):  # noqa: F811
    client = signed_in(lene)
    create = reverse("insights:investigation_create")
    form = client.get(create + f"?problem={flag.pk}")
    assert form.status_code == 200
    page = form.content.decode()
    references = sorted({point.case.reference for point in housing})
    textarea = re.search(r'<textarea name="cases"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    assert sorted(textarea.split()) == references
    assert "Sagsbehandling: Jobcenter København" in page
    assert "boligstøtte" in page
    response = client.post(create, {
        "problem": flag.pk, "title": "Ventetid på boligstøtte i Jobcenter København", "department": flag.department_id,
        "scope": "Sagsbehandlingstiden for boligstøtte", "cases": " ".join(references), "status": "planned",
        "started_on": "30.06.2026", "concluded_on": "", "findings": "", "recommendations": "",
    })
    investigation = Investigation.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("insights:investigation",
                                                                            args=[investigation.pk])
    assert sorted(investigation.cases.values_list("reference", flat=True)) == references
    assert investigation.created_by == lene and investigation.started_on == dt.date(2026, 6, 30)
    linked = Flag.objects.get()
    assert (linked.status, linked.investigation) == (FlagStatus.INVESTIGATION, investigation)
    assert "Jobcenter København" not in client.get(FLAGS).content.decode()


def test_an_investigation_form_with_bad_input_explains_and_keeps_what_was_typed(lene, flag):  # noqa: F811
    client = signed_in(lene)
    response = client.post(reverse("insights:investigation_create"), {
        "title": "Ventetid på boligstøtte", "cases": "BR-2026-99999", "status": "concluded",
        "started_on": "30.06.2026", "concluded_on": "31.02.2026", "findings": "Vores foreløbige fund",
    })
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ingen sag, du har adgang til, har referencenummeret BR-2026-99999." in page
    assert "Skriv datoen som dd.mm.åååå" in page
    assert "Ventetid på boligstøtte" in page and "Vores foreløbige fund" in page
    assert not Investigation.objects.exists()
    backwards = client.post(reverse("insights:investigation_create"), {
        "title": "Ventetid", "cases": "", "status": "concluded", "started_on": "30.06.2026",
        "concluded_on": "01.06.2026",
    })
    assert "Undersøgelsen kan ikke være afsluttet før den startede." in backwards.content.decode()
    assert not Investigation.objects.exists()


def test_editing_an_investigation_saves_findings_and_logs_reads_and_changes(lene, housing):  # noqa: F811
    client = signed_in(lene)
    investigation = Investigation.objects.create(title="Ventetid", started_on=dt.date(2026, 5, 1), created_by=lene)
    investigation.cases.set([housing[0].case])
    url = reverse("insights:investigation", args=[investigation.pk])
    page = client.get(url)
    assert page.status_code == 200 and housing[0].case.reference in page.content.decode()
    assert AuditEvent.objects.filter(user=lene, action="view", object_type="insights.investigation").count() == 1
    response = client.post(url, {
        "title": "Ventetid", "cases": f"{housing[0].case.reference}, {housing[1].case.reference}",
        "status": "concluded", "started_on": "01.05.2026", "concluded_on": "29.06.2026",
        "findings": "Sagerne lå uden handling i gennemsnit 14 uger.",
        "recommendations": "Forvaltningen bør kvittere og oplyse forventet sagsbehandlingstid.",
    })
    assert response.status_code == 302
    investigation.refresh_from_db()
    assert investigation.status == InvestigationStatus.CONCLUDED
    assert investigation.findings == "Sagerne lå uden handling i gennemsnit 14 uger."
    assert investigation.cases.count() == 2
    assert AuditEvent.objects.filter(user=lene, action="change", object_type="insights.investigation").exists()
    listing = client.get(reverse("insights:investigations")).content.decode()
    assert "Ventetid" in listing and "29.06.2026" in listing


def test_investigations_for_period_lists_those_that_ran_in_it(lene):  # noqa: F811
    def made(title, started, concluded=None):
        return Investigation.objects.create(title=title, started_on=started, concluded_on=concluded,
                                            status="concluded" if concluded else "ongoing")

    before = made("Sluttede før", dt.date(2024, 1, 1), dt.date(2025, 3, 31))
    made("Startede i", dt.date(2025, 6, 1))
    made("Løb hen over", dt.date(2025, 1, 1), dt.date(2025, 4, 1))
    made("Startede efter", dt.date(2026, 4, 1))
    found = investigations_for_period(start=dt.date(2025, 4, 1), end=dt.date(2026, 3, 31))
    assert [item.title for item in found] == ["Løb hen over", "Startede i"]
    assert before not in found
