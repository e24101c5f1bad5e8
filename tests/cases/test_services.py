"""Visitation, registration by hand, høringer, notes and outcomes, through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from borgerraad.cases.models import CaseStatus, Decision, Outcome
from borgerraad.cases.services import (
    case_assign,
    case_extend,
    case_transition,
    henvendelse_register_manual,
    hoering_answer_register,
    hoering_extend,
    hoering_send,
    klagepunkt_close,
    note_add,
    visitation_record,
)
from borgerraad.core.models import ComplaintBody, Department
from borgerraad.privacy.models import AuditEvent

from .conftest import bo_data, point

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.django_db
def test_visitation_splits_points_and_keeps_the_triage_suggestion(case, rasmus):
    body = ComplaintBody.objects.first()
    points = visitation_record(case=case, by=rasmus, reason="Visiteret.", points=[
        point(),
        point(decision="forward", description="Sagsbehandleren var uhøflig.", ground="adfaerd"),
        point(decision="guide", description="Afslag på boligstøtte.", ground="forstaa_afgoerelse", complaint_body=body),
        point(decision="suggestion", description="Bedre hjemmeside.", ground="forslag"),
        point(decision="dismiss", description="Sag fra 2019.", decision_reason="Over et år gammel."),
    ])
    case.refresh_from_db()
    assert case.status == CaseStatus.VISITERET
    assert [p.number for p in points] == [1, 2, 3, 4, 5]
    assert [p.outcome for p in points] == ["", "videresendt", "vejledt", "", "afvist_henlagt"]
    assert points[1].forward_follow_up is not None
    assert points[2].complaint_body == body
    assert points[0].triage_suggestion["verdict"] == case.henvendelse.triage["verdict"]
    assert points[4].decision_reason == "Over et år gammel."


@pytest.mark.django_db
@pytest.mark.parametrize(("overrides", "message"), [
    ({"decision": "guide"}, "klageinstans"),
    ({"decision": "dismiss"}, "afvises"),
    ({"decision": "forward", "department": None}, "forvaltning"),
    ({"decision": "maybe"}, "beslutning"),
])
def test_visitation_refuses_incomplete_decisions(case, rasmus, overrides, message):
    with pytest.raises(ValidationError, match=message):
        visitation_record(case=case, by=rasmus, points=[point(**overrides)])
    assert not case.klagepunkter.exists()


@pytest.mark.django_db
def test_registration_by_hand_runs_the_same_triage_and_keeps_the_scan(rasmus):
    scan = SimpleUploadedFile("brev fra Bo.pdf", PDF, content_type="application/pdf")
    case = henvendelse_register_manual(
        channel="letter", submitted=bo_data(), registered_by=rasmus, uploads=[scan],
    )
    henvendelse = case.henvendelse
    assert henvendelse.channel == "letter"
    assert henvendelse.triage["verdict"] in {"in_scope", "contact_unit_first", "out_of_scope"}
    assert henvendelse.text_has_cpr
    assert henvendelse.attachments.get().original_name == "brev fra Bo.pdf"
    assert case.status == CaseStatus.MODTAGET
    assert case.status_changes.get().by == rasmus
    assert AuditEvent.objects.filter(object_type="intake.henvendelse", detail__contains="by hand").exists()


@pytest.mark.django_db
def test_the_web_form_is_not_a_manual_channel(rasmus):
    with pytest.raises(ValidationError):
        henvendelse_register_manual(channel="web", submitted=bo_data(), registered_by=rasmus)


@pytest.mark.django_db
def test_hoering_send_answer_and_extend(visited_case, rasmus, time_machine):
    time_machine.move_to("2026-02-23 10:00 +01:00")
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    bif = Department.objects.get(code="BIF")
    hoering = hoering_send(case=visited_case, department=bif, questions="Hvorfor er brevene ikke besvaret?", by=rasmus)
    assert hoering.deadline == dt.date(2026, 4, 7)  # six weeks, off 2. påskedag
    assert hoering.recipient_email == bif.email
    visited_case.refresh_from_db()
    assert visited_case.status == CaseStatus.HOERING
    hoering_extend(hoering=hoering, by=rasmus, working_days=5, reason="Sygdom i forvaltningen.")
    hoering.refresh_from_db()
    assert hoering.deadline == dt.date(2026, 4, 14)
    time_machine.move_to("2026-04-10 10:00 +02:00")  # the answer comes in
    hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 4, 10), answer_text="Vi beklager.")
    visited_case.refresh_from_db()
    assert visited_case.status == CaseStatus.UNDER_BEHANDLING
    with pytest.raises(ValidationError):
        hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 4, 11))


@pytest.mark.django_db
def test_outcomes_kritik_needs_a_degree_and_henstilling_gets_a_follow_up(case, rasmus):
    first, second, third = visitation_record(case=case, by=rasmus, points=[point(), point(), point()])
    with pytest.raises(ValidationError, match="grad"):
        klagepunkt_close(klagepunkt=first, by=rasmus, outcome=Outcome.KRITIK)
    closed = klagepunkt_close(klagepunkt=first, by=rasmus, outcome=Outcome.KRITIK, kritik_degree=3)
    assert closed.kritik_degree == 3
    closed = klagepunkt_close(klagepunkt=second, by=rasmus, outcome=Outcome.HENSTILLING)
    assert closed.henstilling_follow_up is not None
    with pytest.raises(ValidationError):
        klagepunkt_close(klagepunkt=third, by=rasmus, outcome=Outcome.AFVIST_HENLAGT)
    assert second.decision == Decision.CASE


@pytest.mark.django_db
def test_notes_assignment_and_extension_are_audited(visited_case, rasmus, lene):
    note = note_add(case=visited_case, author=rasmus, text="Ringede til borgeren.")
    assert note.text == "Ringede til borgeren."
    case_assign(case=visited_case, assigned_to=rasmus, by=lene, restricted=True)
    target = visited_case.target_date
    case_extend(case=visited_case, by=rasmus, working_days=10, reason="Stor sag.")
    assert visited_case.target_date > target
    details = set(AuditEvent.objects.filter(object_type="cases.case").values_list("detail", flat=True))
    assert {f"note {note.pk} added", f"assigned to {rasmus.pk}, restricted=True"} <= details
    assert any(detail.startswith("target extended") for detail in details)


@pytest.mark.django_db
def test_encrypted_texts_are_not_stored_in_plain(visited_case, rasmus):
    from django.db import connection

    note_add(case=visited_case, author=rasmus, text="Hemmeligt notat")
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM cases_note")
        assert "Hemmeligt" not in cursor.fetchone()[0]
