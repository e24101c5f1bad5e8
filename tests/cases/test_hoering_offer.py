"""A høring is offered only where it can be created, the case is *i høring* only while a sent høring
awaits its answer, and an *open* høring means one thing everywhere: sent and not answered."""

from __future__ import annotations

import pytest
from django.utils.timezone import localdate

from borgerraad.cases.models import CaseStatus, Hoering
from borgerraad.cases.services import case_transition, hoering_prepare, hoering_send
from borgerraad.core.models import Department

from .test_views import case_url, signed_in

pytestmark = pytest.mark.django_db


def _status_options(html: str) -> str:
    form = html[html.index('id="status-heading"'):]
    return form[:form.index("</form>")]


def test_a_visited_case_offers_no_hoering_form_and_says_why(client, rasmus, visited_case):
    html = signed_in(client, rasmus).get(case_url(visited_case)).content.decode()
    assert "Ny høring hos en forvaltning" not in html
    assert "Der kan ikke oprettes en høring, når sagen er “Visiteret”." in html
    refused = client.post(case_url(visited_case, "hoering"), {
        "department": Department.objects.get(code="BIF").pk, "questions": "Hvorfor?", "weeks": "6",
    })
    assert refused.status_code == 200
    assert "Der kan ikke oprettes en høring, når sagen er “Visiteret”." in refused.content.decode()
    assert not visited_case.hoeringer.exists()


def test_under_behandling_offers_the_hoering_form_but_not_the_status_without_a_sent_hoering(
    client, rasmus, visited_case,
):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    html = signed_in(client, rasmus).get(case_url(visited_case)).content.decode()
    assert "Ny høring hos en forvaltning" in html
    assert 'value="hoering"' not in _status_options(html)
    refused = client.post(case_url(visited_case, "transition"), {"to_status": "hoering"})
    assert "Sagen kommer i høring, når et høringsbrev er bekræftet sendt." in refused.content.decode()
    visited_case.refresh_from_db()
    assert visited_case.status == CaseStatus.UNDER_BEHANDLING


def test_the_hoering_form_posts_a_letter_draft_and_the_case_keeps_its_status(client, rasmus, visited_case):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    response = signed_in(client, rasmus).post(case_url(visited_case, "hoering"), {
        "department": Department.objects.get(code="BIF").pk, "questions": "Hvorfor intet svar?", "weeks": "6",
    })
    hoering = visited_case.hoeringer.get()
    letter = hoering.letters.get()
    assert response["Location"] == letter.get_absolute_url()
    assert letter.kind == "hoering" and not letter.is_final
    visited_case.refresh_from_db()
    assert visited_case.status == CaseStatus.UNDER_BEHANDLING and hoering.sent_at is None


def test_an_unsent_hoering_does_not_keep_the_case_in_hoering(client, rasmus, visited_case):
    bif = Department.objects.get(code="BIF")
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    sent = hoering_send(case=visited_case, department=bif, questions="Hvorfor?", by=rasmus)
    hoering_prepare(case=visited_case, department=bif, questions="Og de andre breve?", by=rasmus)
    assert list(Hoering.objects.awaiting_answer()) == [sent]
    signed_in(client, rasmus)
    response = client.post(case_url(visited_case, "hoering_answer", sent.pk),
                           {f"svar{sent.pk}-received_on": f"{localdate(sent.sent_at):%d.%m.%Y}"})
    assert response.status_code == 302
    visited_case.refresh_from_db()
    assert visited_case.status == CaseStatus.UNDER_BEHANDLING  # the prepared one is not awaited
    assert "Registrér svar fra" not in client.get(case_url(visited_case)).content.decode()
