"""Closing a case waits for its confirmed conclusion letter and warns about forwarded or guided
points the citizen was not told about by letter (letters/casework.py, registered in cases.hooks).

Rasmus works on Bo Hansen's concluded case: point 1 taken up with kritik, point 2 guided to a
complaint body. Everything goes through the staff pages.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.urls import reverse

from borgerraad.cases.models import CaseStatus
from borgerraad.cases.services import case_transition
from borgerraad.cases.workflow import TransitionNotAllowed, case_close_checks
from borgerraad.letters import services
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db


def _close(client, case):
    return client.post(reverse("cases:transition", args=[case.reference]), {"to_status": "afsluttet"}, follow=True)


def _confirmed(letter, by):
    letter = services.letter_finalise(letter=letter, by=by)
    assert services.dispatch_attempt(dispatch_id=services.letter_send(letter=letter, by=by, channel="email").pk)
    return letter


def test_a_draft_conclusion_letter_refuses_the_closing_until_it_is_confirmed(client, rasmus, concluded_case):
    login_verified(client, rasmus)
    draft = services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    page = client.get(reverse("cases:case", args=[concluded_case.reference])).content.decode()
    assert "Før sagen afsluttes" in page and "mens afslutningsbrevet er et udkast" in page

    refused = _close(client, concluded_case).content.decode()
    assert "Sagen kan ikke afsluttes, mens afslutningsbrevet er et udkast." in refused
    assert 'id="error-summary"' in refused
    concluded_case.refresh_from_db()
    assert concluded_case.status == CaseStatus.UNDER_BEHANDLING

    final = services.letter_finalise(letter=draft, by=rasmus)
    assert "før afslutningsbrevet er bekræftet sendt" in _close(client, concluded_case).content.decode()
    dispatch = services.letter_send(letter=final, by=rasmus, channel="email")
    assert services.dispatch_attempt(dispatch_id=dispatch.pk)

    closed = _close(client, concluded_case).content.decode()
    concluded_case.refresh_from_db()
    assert concluded_case.status == CaseStatus.AFSLUTTET
    # Point 2 was guided to a complaint body, but no guidance letter went: a warning, not a refusal.
    assert "Klagepunkt 2 er vejledt om en anden klageinstans, men der er ikke sendt et brev" in closed


def test_no_warning_when_the_guided_point_had_its_letter(client, rasmus, concluded_case):
    _confirmed(services.letter_draft(case=concluded_case, kind="vejledning", language="da", by=rasmus), rasmus)
    _confirmed(services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus), rasmus)
    assert case_close_checks(case=concluded_case) == []
    login_verified(client, rasmus)
    closed = _close(client, concluded_case).content.decode()
    assert "Sagen har nu status “Afsluttet”." in closed and "vejledt om en anden klageinstans" not in closed


def test_a_reopened_case_needs_a_new_conclusion_letter(rasmus, concluded_case):
    _confirmed(services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus), rasmus)
    case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    case_transition(case=concluded_case, to_status=CaseStatus.GENOPTAGET, by=rasmus, reason="Borgeren skrev igen.")
    with pytest.raises(TransitionNotAllowed, match="genoptaget"):
        case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    _confirmed(services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus), rasmus)
    case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)


def test_cases_imports_nothing_from_letters():
    """Letters builds on cases (docs/architecture.md): no module of cases imports letters."""
    root = Path(__file__).resolve().parents[2] / "borgerraad" / "cases"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            offenders += [f"{path.relative_to(root)}: {name}" for name in names
                          if name.startswith("borgerraad.letters")]
    assert offenders == []


def test_the_close_checks_speak_english_when_chosen(rasmus, concluded_case):
    from django.utils import translation

    with translation.override("en"):
        messages = [check.message for check in case_close_checks(case=concluded_case)]
    assert messages == [
        "The case cannot be closed without a conclusion letter to the citizen. Create it under “Letters” "
        "(Conclusion with outcome), finalise and send it; the case can be closed when the dispatch is confirmed.",
        "Complaint point 2 was guided to another complaint body, but no letter with the guidance was sent to the "
        "citizen (“Guided to another complaint body”).",
    ]
