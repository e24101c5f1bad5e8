"""The staff casework pages: who sees what, the workflow through the forms, the audit, the cost.

Rasmus (rådgiver) works on Bo Hansen's case; Rikke has a restricted case Rasmus must not find;
Lene (leder) sees everything and reads the audit log; Sanne (sekretær) registers and sees only
registration fields; Anders (administrator) sees no cases.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from borgerraad.cases.models import Case, CaseStatus, Klagepunkt
from borgerraad.cases.services import case_assign, case_transition, hoering_send
from borgerraad.core.calendar import local_today
from borgerraad.core.models import Department
from borgerraad.intake.models import Attachment, Henvendelse
from borgerraad.intake.services import henvendelse_register
from borgerraad.privacy.models import AuditAction, AuditEvent
from tests.accounts.helpers import login_verified
from tests.intake import files

from .conftest import bo_data, make_case


@pytest.fixture
def early_december(time_machine):
    """The clock at 1 December 2026, 10:00 in Copenhagen, before the case fixtures run (request it first): tests
    that then move to a later day in December have their case received before it, whatever day they run on."""
    time_machine.move_to("2026-12-01 10:00 +01:00")

pytestmark = pytest.mark.django_db

CPR = "120483-1234"
MASKED = "120483-xxxx"


def signed_in(client, user):
    login_verified(client, user)
    return client


def case_url(case, name="case", *args):
    return reverse(f"cases:{name}", args=[case.reference, *args])


# --- Who gets in --------------------------------------------------------------------------------------


def test_anonymous_users_are_sent_to_sign_in(client, case):
    for url in (reverse("cases:inbox"), case_url(case), reverse("cases:search"), reverse("cases:register")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/medarbejder/log-ind/")


def test_a_password_without_the_second_factor_opens_nothing(client, rasmus, case):
    client.force_login(rasmus)
    response = client.get(reverse("cases:inbox"))
    assert response.status_code == 302 and "/log-ind/" in response["Location"]


def test_the_administrator_sees_no_cases(client, anders, case):
    signed_in(client, anders)
    assert client.get(reverse("cases:inbox")).status_code == 403
    assert client.get(case_url(case)).status_code == 404
    assert client.get(reverse("cases:search")).status_code == 403


# --- The inbox ----------------------------------------------------------------------------------------


def test_the_inbox_lists_new_henvendelser_with_triage_and_masked_cpr(client, rasmus, case):
    henvendelse_register(channel="web", submitted=bo_data(name="Åse Web", cpr=CPR), submission_key="web-1")
    response = signed_in(client, rasmus).get(reverse("cases:inbox"))
    html = response.content.decode()
    assert response.status_code == 200
    assert case.reference in html and "Åse Web" in html
    assert "Ingen sag endnu" in html  # the web henvendelse has no case until staff open it
    assert "Kvittering senest" in html and "Visitationsmotorens forslag" in html
    assert MASKED in html and CPR not in html


def test_the_inbox_is_ordered_by_acknowledgement_deadline(client, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    older = make_case(by=rasmus, name="Ældste Borger")
    time_machine.move_to("2026-03-09 10:00 +01:00", tick=False)
    newer = make_case(by=rasmus, name="Nyeste Borger")
    html = signed_in(client, rasmus).get(reverse("cases:inbox")).content.decode()
    assert html.index(older.reference) < html.index(newer.reference)


def test_the_inbox_costs_the_same_for_30_rows(client, rasmus, django_assert_max_num_queries):
    for number in range(20):
        make_case(by=rasmus, name=f"Borger {number}", cpr=CPR)
    for number in range(10):
        henvendelse_register(channel="web", submitted=bo_data(name=f"Web {number}"), submission_key=f"w{number}")
    signed_in(client, rasmus)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("cases:inbox"))
    assert response.content.decode().count("<tr>") == 26  # a page of 25 and the header row
    with django_assert_max_num_queries(14):
        response = client.get(reverse("cases:inbox") + "?side=2")
    assert response.content.decode().count("<tr>") == 6


def test_the_secretary_sees_registration_fields_only(client, sanne, case):
    signed_in(client, sanne)
    inbox = client.get(reverse("cases:inbox")).content.decode()
    assert case.reference in inbox and "Bo Hansen" in inbox
    assert "Visitationsmotorens forslag" not in inbox and MASKED not in inbox
    page = client.get(case_url(case))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Bo Hansen" in html and "Jobcentret" not in html and "Skift status" not in html
    assert not AuditEvent.objects.filter(action=AuditAction.VIEW, user=sanne).exists()
    response = client.post(case_url(case, "transition"), {"to_status": "visiteret"})
    assert response.status_code == 403
    assert client.get(reverse("cases:register")).status_code == 200


# --- Restricted cases -----------------------------------------------------------------------------------


def test_another_advisors_restricted_case_is_out_of_sight(client, rasmus, rikke, lene):
    secret = make_case(by=rikke, name="Hemmelig Borger")
    case_assign(case=secret, assigned_to=rikke, by=lene, restricted=True)
    signed_in(client, rasmus)
    assert client.get(case_url(secret)).status_code == 404
    assert client.post(case_url(secret, "note"), {"text": "Hej"}).status_code == 404
    assert "Hemmelig Borger" not in client.get(reverse("cases:inbox")).content.decode()
    results = client.get(reverse("cases:search"), {"q": secret.reference}).content.decode()
    assert "0 sager fundet" in results
    client.logout()
    signed_in(client, lene)
    assert client.get(case_url(secret)).status_code == 200


# --- The case page --------------------------------------------------------------------------------------


def test_opening_a_case_masks_the_cpr_and_is_logged_once(client, rasmus, case):
    response = signed_in(client, rasmus).get(case_url(case))
    html = response.content.decode()
    assert response.status_code == 200
    assert "120483-xxxx" in html and CPR not in html  # in the text too
    assert "Sådan er fristen regnet ud" in html and "Start:" in html
    assert AuditEvent.objects.filter(action=AuditAction.VIEW, user=rasmus, object_id=str(case.pk)).count() == 1


def test_only_a_leader_reveals_the_full_cpr_and_it_is_logged(client, rasmus, lene):
    case = make_case(by=rasmus, cpr=CPR)
    url = reverse("cases:cpr", args=[case.reference])
    signed_in(client, rasmus)
    assert "Vis fuldt CPR-nummer" not in client.get(case_url(case)).content.decode()
    assert client.post(url).status_code == 403
    client.logout()
    signed_in(client, lene)
    assert "Vis fuldt CPR-nummer" in client.get(case_url(case)).content.decode()
    response = client.post(url)
    assert CPR in response.content.decode()
    assert AuditEvent.objects.filter(action=AuditAction.VIEW_CPR, user=lene).count() == 1


def test_a_web_henvendelse_gets_its_case_from_the_inbox(client, rasmus):
    henvendelse = henvendelse_register(channel="web", submitted=bo_data(), submission_key="web-open")
    signed_in(client, rasmus)
    page = client.get(reverse("cases:henvendelse", args=[henvendelse.reference]))
    assert page.status_code == 200 and "Opret sag og visitér" in page.content.decode()
    response = client.post(reverse("cases:henvendelse_open", args=[henvendelse.reference]))
    case = Case.objects.get(henvendelse=henvendelse)
    assert response["Location"] == case_url(case)
    assert case.assigned_to == rasmus


def test_an_illegal_transition_is_refused_with_the_workflow_message(client, rasmus, case):
    response = signed_in(client, rasmus).post(case_url(case, "transition"), {"to_status": "afsluttet"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "En sag kan ikke gå fra “Modtaget” til “Afsluttet”. Tilladt herfra: Visiteret." in html
    assert 'id="error-summary"' in html
    case.refresh_from_db()
    assert case.status == CaseStatus.MODTAGET


def test_only_the_allowed_next_statuses_are_offered(client, rasmus, visited_case):
    html = signed_in(client, rasmus).get(case_url(visited_case)).content.decode()
    form = html[html.index('id="status-heading"'):]
    form = form[:form.index("</form>")]
    assert 'value="under_behandling"' in form and 'value="afsluttet"' in form
    assert 'value="hoering"' not in form and 'value="modtaget"' not in form


def visitation_post(**rows):
    data = {"punkt-TOTAL_FORMS": "3", "punkt-INITIAL_FORMS": "0", "punkt-MIN_NUM_FORMS": "0",
            "punkt-MAX_NUM_FORMS": "1000", "reason": "To punkter."}
    for key, value in rows.items():
        data[key] = value
    return data


def test_visitation_splits_into_klagepunkter_and_keeps_the_triage_suggestion(client, rasmus, case):
    bif = Department.objects.get(code="BIF")
    signed_in(client, rasmus)
    assert client.get(case_url(case, "visitation")).status_code == 200
    response = client.post(case_url(case, "visitation"), visitation_post(**{
        "punkt-0-description": "Ingen svar i fire måneder.", "punkt-0-ground": "sagsbehandling",
        "punkt-0-department": bif.pk, "punkt-0-decision": "case",
        "punkt-1-description": "Uhøflig medarbejder.", "punkt-1-ground": "adfaerd",
        "punkt-1-department": bif.pk, "punkt-1-decision": "forward",
    }))
    assert response.status_code == 302
    points = list(case.klagepunkter.order_by("number"))
    assert [(p.number, p.decision) for p in points] == [(1, "case"), (2, "forward")]
    assert points[0].triage_suggestion and points[1].forward_follow_up
    case.refresh_from_db()
    assert case.status == CaseStatus.VISITERET


def test_visitation_shows_the_services_refusal(client, rasmus, case):
    response = signed_in(client, rasmus).post(case_url(case, "visitation"), visitation_post(**{
        "punkt-0-description": "Skal afvises.", "punkt-0-ground": "uden_for_kompetence", "punkt-0-decision": "dismiss",
    }))
    assert response.status_code == 200
    assert "skriv, hvorfor det afvises" in response.content.decode()
    assert not case.klagepunkter.exists()


def test_an_empty_visitation_is_refused(client, rasmus, case):
    response = signed_in(client, rasmus).post(case_url(case, "visitation"), visitation_post())
    assert response.status_code == 200
    assert "Udfyld mindst ét klagepunkt." in response.content.decode()


def test_hoering_answer_and_closing_through_the_forms(early_december, client, rasmus, visited_case, time_machine,
                                                      send_conclusion_letter):
    case = visited_case
    time_machine.move_to("2026-12-07 10:00 +01:00")  # a Monday after the case came in
    bif = Department.objects.get(code="BIF")
    signed_in(client, rasmus)
    assert client.post(case_url(case, "transition"), {"to_status": "under_behandling"}).status_code == 302
    # Without a date, the høring waits for its letter: a draft høringsbrev, no deadline, no status change.
    response = client.post(case_url(case, "hoering"), {"department": bif.pk, "questions": "Hvorfor intet svar?",
                                                       "weeks": "4"})
    prepared = case.hoeringer.get()
    letter = prepared.letters.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/breve/{letter.pk}/")
    assert (prepared.sent_at, prepared.deadline, letter.kind, letter.status) == (None, None, "hoering", "draft")
    assert letter.recipient_email == bif.email and "Hvorfor intet svar?" in letter.body
    case.refresh_from_db()
    assert case.status == CaseStatus.UNDER_BEHANDLING
    page = client.get(case_url(case)).content.decode()
    assert "Ikke sendt" in page and "Høring forberedt til BIF" in page and "Registrér svar fra BIF" not in page
    # Not sent, so it can be cancelled (its draft goes with it).
    assert client.post(case_url(case, "hoering_cancel", prepared.pk)).status_code == 302
    assert not case.hoeringer.exists() and not case.letters.exists()

    # Sent from another system: the deadline runs from the date given, and the case is in høring.
    future = client.post(case_url(case, "hoering"), {"department": bif.pk, "questions": "Hvorfor intet svar?",
                                                     "weeks": "4", "sent_on": "31.12.2099"})
    assert "Afsendelsesdatoen kan ikke ligge i fremtiden." in future.content.decode()
    early = client.post(case_url(case, "hoering"), {"department": bif.pk, "questions": "Hvorfor intet svar?",
                                                    "weeks": "4", "sent_on": "01.01.2020"})
    assert "Høringen kan ikke være sendt, før henvendelsen kom ind" in early.content.decode()
    assert not case.hoeringer.exists()
    response = client.post(case_url(case, "hoering"), {"department": bif.pk, "questions": "Hvorfor intet svar?",
                                                       "weeks": "4", "sent_on": "04.12.2026"})
    assert response.status_code == 302
    hoering = case.hoeringer.get()
    assert hoering.weeks == 4 and hoering.deadline == dt.date(2027, 1, 4)
    assert not hoering.letters.exists()
    case.refresh_from_db()
    assert case.status == CaseStatus.HOERING
    response = client.post(case_url(case, "hoering_extend", hoering.pk),
                           {f"forlaeng{hoering.pk}-working_days": "5", f"forlaeng{hoering.pk}-reason": "Ferie"})
    assert response.status_code == 302
    response = client.post(case_url(case, "hoering_answer", hoering.pk), {
        f"svar{hoering.pk}-received_on": "07.12.2026", f"svar{hoering.pk}-answer_text": "Vi beklager.",
    })
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.UNDER_BEHANDLING

    refused = client.post(case_url(case, "transition"), {"to_status": "afsluttet"})
    assert "Sagen kan ikke afsluttes, før alle klagepunkter har et resultat (mangler: 1)." in refused.content.decode()
    missing_degree = client.post(case_url(case, "klagepunkt_close", 1), {"punkt1-outcome": "kritik"})
    assert missing_degree.status_code == 200 and "Kritik skal have en grad." in missing_degree.content.decode()
    response = client.post(case_url(case, "klagepunkt_close", 1),
                           {"punkt1-outcome": "kritik", "punkt1-kritik_degree": "2"})
    assert response.status_code == 302
    assert Klagepunkt.objects.get(case=case, number=1).kritik_degree == 2
    send_conclusion_letter(case, rasmus)
    assert client.post(case_url(case, "transition"), {"to_status": "afsluttet"}).status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.AFSLUTTET
    journal = client.get(case_url(case)).content.decode()
    for title in ("Henvendelse modtaget", "Høring sendt til BIF", "Svar fra BIF", "Klagepunkt 1: Kritik",
                  "Status: Afsluttet"):
        assert title in journal


def test_waiting_for_the_citizen_needs_a_reason_and_stops_the_clock(client, rasmus, visited_case):
    case = visited_case
    case_transition(case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    signed_in(client, rasmus)
    refused = client.post(case_url(case, "transition"), {"to_status": "afventer_borger"})
    assert "Skriv en begrundelse" in refused.content.decode()
    client.post(case_url(case, "transition"), {"to_status": "afventer_borger", "reason": "Mangler fuldmagt"})
    assert case.pauses.filter(ended_on__isnull=True).exists()
    client.post(case_url(case, "transition"), {"to_status": "under_behandling"})
    assert not case.pauses.filter(ended_on__isnull=True).exists()


def test_notes_extension_and_assignment(client, rasmus, rikke, case):
    signed_in(client, rasmus)
    client.post(case_url(case, "note"), {"text": "Ringede til borgeren."})
    client.post(case_url(case, "extend"), {"sag-working_days": "10", "sag-reason": "Stor sag"})
    client.post(case_url(case, "assign"), {"assigned_to": rikke.pk})
    case.refresh_from_db()
    assert case.notes.count() == 1 and case.extensions.count() == 1 and case.assigned_to == rikke
    assert "Forlængelse: +10 hverdage (Stor sag)." in client.get(case_url(case)).content.decode()


# --- Manual registration -----------------------------------------------------------------------------------


def test_a_letter_is_registered_with_its_scan_and_triaged(client, sanne):
    signed_in(client, sanne)
    response = client.post(reverse("cases:register"), {
        "channel": "letter", "name": "Karen Brev", "preferred_channel": "letter",
        "description": "Jobcentret har ikke svaret på mine breve i fire måneder.",
        "scan": SimpleUploadedFile("brev.pdf", files.PDF, content_type="application/pdf"),
    })
    assert response.status_code == 302
    henvendelse = Henvendelse.objects.get(name="Karen Brev")
    assert henvendelse.channel == "letter" and henvendelse.triage.get("verdict")
    assert Attachment.objects.filter(henvendelse=henvendelse).count() == 1
    assert Case.objects.filter(henvendelse=henvendelse, status=CaseStatus.MODTAGET).exists()


def test_a_scan_that_is_not_an_allowed_file_is_refused(client, rasmus):
    response = signed_in(client, rasmus).post(reverse("cases:register"), {
        "channel": "letter", "name": "Karen Brev", "preferred_channel": "letter", "description": "Klage.",
        "scan": SimpleUploadedFile("brev.pdf", files.EXE, content_type="application/pdf"),
    })
    assert response.status_code == 200
    assert "ikke en filtype, vi kan modtage" in response.content.decode()
    assert not Henvendelse.objects.exists()


# --- Search, deadlines, audit -------------------------------------------------------------------------------


def test_search_filters(client, rasmus, case):
    other = make_case(by=rasmus, name="Anden Borger", department=Department.objects.get(code="SOF"))
    signed_in(client, rasmus)
    html = client.get(reverse("cases:search"), {"q": "jobcentret"}).content.decode()
    assert case.reference in html
    bif = Department.objects.get(code="BIF")
    filters = {"department": bif.pk, "channel": "web", "status": "modtaget"}
    html = client.get(reverse("cases:search"), filters).content.decode()
    assert case.reference in html and other.reference not in html


def test_deadlines_mine_and_all_for_the_leader(client, rasmus, lene, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    case_assign(case=case, assigned_to=rasmus, by=rasmus)
    time_machine.move_to("2026-03-30 10:00 +02:00", tick=False)
    signed_in(client, rasmus)
    html = client.get(reverse("cases:deadlines")).content.decode()
    assert "Overskredne frister" in html and case.reference in html and "Kvittering" in html
    assert "Vis alle rådgiveres sager" not in html
    client.logout()
    signed_in(client, lene)
    assert case.reference not in client.get(reverse("cases:deadlines")).content.decode()
    assert case.reference in client.get(reverse("cases:deadlines"), {"vis": "alle"}).content.decode()


def test_the_audit_log_is_for_the_leader_only(client, rasmus, lene, case):
    signed_in(client, rasmus)
    client.get(case_url(case))
    assert client.get(reverse("cases:audit_case", args=[case.reference])).status_code == 403
    assert client.get(reverse("cases:audit_user", args=["rasmus"])).status_code == 403
    client.logout()
    signed_in(client, lene)
    html = client.get(reverse("cases:audit_case", args=[case.reference])).content.decode()
    assert "rasmus" in html and "læst" in html
    html = client.get(reverse("cases:audit_user", args=["rasmus"])).content.decode()
    assert case.reference in html
    assert client.get(reverse("cases:audit"), {"sag": case.reference}).status_code == 302


def test_hoering_form_defaults_to_the_offices_weeks(client, rasmus, visited_case):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)  # a høring may go from here
    html = signed_in(client, rasmus).get(case_url(visited_case)).content.decode()
    assert 'name="weeks" value="6"' in html


def test_an_answered_hoering_cannot_be_answered_twice(client, rasmus, visited_case):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    hoering = hoering_send(case=visited_case, department=Department.objects.get(code="BIF"), questions="?", by=rasmus)
    signed_in(client, rasmus)
    data = {f"svar{hoering.pk}-received_on": f"{local_today():%d.%m.%Y}"}
    assert client.post(case_url(visited_case, "hoering_answer", hoering.pk), data).status_code == 302
    again = client.post(case_url(visited_case, "hoering_answer", hoering.pk), data)
    assert "Svaret på denne høring er allerede registreret." in again.content.decode()


def test_a_hoering_answer_dated_in_the_future_or_before_sending_is_refused(early_december, client, rasmus,
                                                                        visited_case, time_machine):
    time_machine.move_to("2026-12-07 10:00 +01:00")
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    hoering = hoering_send(case=visited_case, department=Department.objects.get(code="BIF"), questions="?", by=rasmus)
    signed_in(client, rasmus)
    answer = case_url(visited_case, "hoering_answer", hoering.pk)

    tomorrow = client.post(answer, {f"svar{hoering.pk}-received_on": "08.12.2026"}).content.decode()
    assert "Datoen, svaret på høringen er modtaget, kan ikke ligge i fremtiden." in tomorrow
    before = client.post(answer, {f"svar{hoering.pk}-received_on": "04.12.2026"}).content.decode()
    assert "Svaret kan ikke være modtaget, før høringen blev sendt den 07.12.2026." in before
    hoering.refresh_from_db()
    visited_case.refresh_from_db()
    assert hoering.answer_received_on is None and visited_case.status == CaseStatus.HOERING

    english = client.post(f"/en{answer}", {f"svar{hoering.pk}-received_on": "08.12.2026"}).content.decode()
    assert "The date the answer to the consultation was received cannot be in the future." in english
    assert client.post(answer, {f"svar{hoering.pk}-received_on": "07.12.2026"}).status_code == 302
    hoering.refresh_from_db()
    assert hoering.answer_received_on == dt.date(2026, 12, 7)


def test_the_pages_are_translated_to_english(client, rasmus, case):
    signed_in(client, rasmus)
    html = client.get("/en/medarbejder/indbakke/").content.decode()
    assert "<h1>Inbox</h1>" in html and "Acknowledgement due" in html
    html = client.get(f"/en/medarbejder/sager/{case.reference}/").content.decode()
    assert "How the deadline was computed" in html and "Change status" in html
