"""Visitation through the staff page: rows prefilled from the henvendelse and the engine, a row added
without losing what was typed (a submit button, no JavaScript), every row's error shown at its field,
and the engine's points paired with staff's by content, not by row position.

Rasmus visits Bo Hansen's complaint (department BIF, unit Jobcenter København); the engine found
one point, slow case handling (sagsbehandling).
"""

from __future__ import annotations

import re

import pytest

from borgerraad.cases.models import Klagepunkt
from borgerraad.core.models import ComplaintBody, Department
from borgerraad.intake.models import Henvendelse

from .conftest import make_case
from .test_views import case_url, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def bo_case(rasmus):
    return make_case(by=rasmus, unit="Jobcenter København")


def _selected(html: str, name: str) -> str | None:
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select.group(1)) if select else None
    return chosen.group(1) if chosen else None


def _rows(html: str) -> int:
    return int(re.search(r'name="punkt-TOTAL_FORMS" value="(\d+)"', html).group(1))


def _form_data(html: str) -> dict[str, str]:
    """What a browser posts for the page as shown: every row's prefilled values."""
    data = dict(re.findall(r'<input type="hidden" name="(punkt-[A-Z_]+)" value="(\d+)"', html))
    for name in re.findall(r'<select name="(punkt-\d+-\w+)"', html):
        data[name] = _selected(html, name) or ""
    for tag in re.findall(r'<input type="text" name="punkt-\d+-\w+"[^>]*>', html):
        value = re.search(r'value="([^"]*)"', tag)
        data[re.search(r'name="([^"]+)"', tag).group(1)] = value.group(1) if value else ""
    for name, value in re.findall(r'<textarea name="(punkt-\d+-\w+)"[^>]*>\n?(.*?)</textarea>', html, re.S):
        data[name] = value
    return data


def test_rows_are_prefilled_from_the_henvendelse_and_the_engine(client, rasmus, bo_case):
    bif = Department.objects.get(code="BIF")
    html = signed_in(client, rasmus).get(case_url(bo_case, "visitation")).content.decode()
    assert _rows(html) == 3
    assert _selected(html, "punkt-0-ground") == "sagsbehandling"
    assert _selected(html, "punkt-0-decision") == "case"
    for row in range(3):
        assert _selected(html, f"punkt-{row}-department") == str(bif.pk)
        assert 'value="Jobcenter København"' in html.split(f'name="punkt-{row}-unit"')[1].split(">")[0]
    # Posting the page untouched saves nothing: prefilled rows without a description are skipped.
    untouched = client.post(case_url(bo_case, "visitation"), _form_data(html))
    assert "Udfyld mindst ét klagepunkt." in untouched.content.decode()
    # Describing the suggested point is enough to save it with the prefilled ground, decision and unit.
    data = _form_data(html) | {"punkt-0-description": "Jobcentret har ikke svaret i fire måneder."}
    assert client.post(case_url(bo_case, "visitation"), data).status_code == 302
    point = bo_case.klagepunkter.get()
    assert (point.ground, point.decision, point.department, point.unit) == (
        "sagsbehandling", "case", bif, "Jobcenter København")


def test_adding_a_row_keeps_what_was_typed(client, rasmus, bo_case):
    html = signed_in(client, rasmus).get(case_url(bo_case, "visitation")).content.decode()
    data = _form_data(html) | {
        "punkt-0-description": "Ingen svar i fire måneder.", "punkt-1-description": "Uhøflig i telefonen.",
        "punkt-1-ground": "adfaerd", "punkt-1-decision": "forward", "reason": "To punkter.", "add_row": "1",
    }
    response = client.post(case_url(bo_case, "visitation"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert _rows(html) == 4
    assert "Ingen svar i fire måneder." in html and "Uhøflig i telefonen." in html and "To punkter." in html
    assert _selected(html, "punkt-1-ground") == "adfaerd" and _selected(html, "punkt-1-decision") == "forward"
    assert 'id="error-summary"' not in html
    assert not bo_case.klagepunkter.exists()
    # The fourth row, filled in and saved with the others.
    data = _form_data(html) | {"punkt-3-description": "Brevet var uforståeligt.", "punkt-3-ground": "sagsbehandling",
                               "punkt-3-decision": "case"}
    assert client.post(case_url(bo_case, "visitation"), data).status_code == 302
    assert [p.description for p in bo_case.klagepunkter.order_by("number")] == [
        "Ingen svar i fire måneder.", "Uhøflig i telefonen.", "Brevet var uforståeligt."]


def test_every_rows_problem_is_shown_at_its_field_and_nothing_is_saved(client, rasmus, bo_case):
    html = signed_in(client, rasmus).get(case_url(bo_case, "visitation")).content.decode()
    data = _form_data(html) | {
        "punkt-0-description": "Skal afvises.", "punkt-0-decision": "dismiss",
        "punkt-1-description": "Afslag på boligstøtte.", "punkt-1-ground": "forstaa_afgoerelse",
        "punkt-1-decision": "guide",
    }
    html = client.post(case_url(bo_case, "visitation"), data).content.decode()
    summary = html[html.index('id="error-summary"'):html.index("</ul>", html.index('id="error-summary"'))]
    assert 'href="#id_punkt-0-decision_reason"' in summary and "skriv, hvorfor det afvises" in summary
    assert 'href="#id_punkt-1-complaint_body"' in summary and "Vælg den klageinstans" in summary
    assert "Skal afvises." in html and "Afslag på boligstøtte." in html
    assert not bo_case.klagepunkter.exists()


def test_the_engines_points_are_paired_by_content_not_position(client, rasmus, bo_case):
    ankestyrelsen = ComplaintBody.objects.get(code="ankestyrelsen")
    triage = bo_case.henvendelse.triage | {"klagepunkter": [
        {"kind": "ground", "code": "sagsbehandling", "handled_by": "borgerraadgiveren", "evidence": ["ikke svaret"]},
        {"kind": "exclusion", "code": "afgoerelse_indhold", "handled_by": ["ankestyrelsen"], "evidence": ["afslag"]},
    ]}
    Henvendelse.objects.filter(pk=bo_case.henvendelse_id).update(triage=triage)
    html = signed_in(client, rasmus).get(case_url(bo_case, "visitation")).content.decode()
    assert _selected(html, "punkt-1-decision") == "guide"
    assert _selected(html, "punkt-1-complaint_body") == str(ankestyrelsen.pk)
    # Staff put the guided point first and the slow case handling second.
    data = _form_data(html) | {
        "punkt-0-description": "Afslag på pension.", "punkt-0-ground": "uden_for_kompetence",
        "punkt-0-decision": "guide", "punkt-0-complaint_body": str(ankestyrelsen.pk),
        "punkt-1-description": "Ingen svar i fire måneder.", "punkt-1-ground": "sagsbehandling",
        "punkt-1-decision": "case", "punkt-1-complaint_body": "",
    }
    assert client.post(case_url(bo_case, "visitation"), data).status_code == 302
    first, second = Klagepunkt.objects.filter(case=bo_case).order_by("number")
    assert first.triage_suggestion["klagepunkt"]["code"] == "afgoerelse_indhold"
    assert second.triage_suggestion["klagepunkt"]["code"] == "sagsbehandling"
    # Both engine points are visited now: a second visitation offers no suggested row again.
    html = client.get(case_url(bo_case, "visitation")).content.decode()
    assert _selected(html, "punkt-0-ground") in ("", None) and _selected(html, "punkt-0-decision") in ("", None)


def test_the_engines_points_are_shown_in_words_not_codes(client, rasmus, bo_case):
    triage = bo_case.henvendelse.triage | {"klagepunkter": [
        {"kind": "ground", "code": "sagsbehandling", "handled_by": "borgerraadgiveren", "evidence": ["ikke svaret"]},
        {"kind": "exclusion", "code": "politisk", "handled_by": [], "evidence": ["besparelser"]},
    ]}
    Henvendelse.objects.filter(pk=bo_case.henvendelse_id).update(triage=triage)
    html = signed_in(client, rasmus).get(case_url(bo_case, "visitation")).content.decode()
    assert "<li>Sagsbehandling: “ikke svaret”</li>" in html
    assert "<li>Uden for kompetence: en politisk beslutning: “besparelser”</li>" in html
    data = _form_data(html) | {"punkt-0-description": "Ingen svar i fire måneder."}
    assert client.post(case_url(bo_case, "visitation"), data).status_code == 302
    html = client.get(case_url(bo_case)).content.decode()
    assert "(punkt: Sagsbehandling)" in html and "punkt: sagsbehandling" not in html
