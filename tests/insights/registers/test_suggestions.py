"""The suggestions register through HTTP: entries from visitation and by hand, the department's
answer and adoption, the CSV, who sees what, and the selector the beretning will call."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from borgerraad.core.models import Department
from borgerraad.insights.models import Adoption, Suggestion
from borgerraad.insights.registers import suggestions_for_period
from borgerraad.privacy.models import AuditAction, AuditEvent
from tests.accounts.helpers import login_verified

from .conftest import make_case, restricted, suggestion_case

pytestmark = pytest.mark.django_db

LIST = reverse("insights:suggestions")
NEW = reverse("insights:suggestion_new")
CSV_URL = reverse("insights:suggestions_csv")


def signed_in(client, user):
    login_verified(client, user)
    return client


def detail(entry) -> str:
    return reverse("insights:suggestion", args=[entry.pk])


def visitation_post(**rows):
    data = {"punkt-TOTAL_FORMS": "3", "punkt-INITIAL_FORMS": "0", "punkt-MIN_NUM_FORMS": "0",
            "punkt-MAX_NUM_FORMS": "1000", "reason": ""}
    data.update(rows)
    return data


# --- Entries from visitation ------------------------------------------------------------------------------


def test_visitation_through_its_page_puts_the_suggestion_in_the_register(client, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    bif = Department.objects.get(code="BIF")
    signed_in(client, rasmus)
    response = client.post(reverse("cases:visitation", args=[case.reference]), visitation_post(**{
        "punkt-0-description": "Ingen svar i fire måneder.", "punkt-0-ground": "sagsbehandling",
        "punkt-0-department": bif.pk, "punkt-0-decision": "case",
        "punkt-1-description": "Borgeren (CPR 120483-1234) foreslår kvittering for hvert brev.",
        "punkt-1-ground": "forslag", "punkt-1-department": bif.pk, "punkt-1-decision": "suggestion",
    }))
    assert response.status_code == 302
    entry = Suggestion.objects.get()
    assert entry.klagepunkt.number == 2 and entry.klagepunkt.case == case
    assert (entry.department, entry.channel, entry.received_on, entry.adoption) == (
        bif, "web", dt.date(2026, 3, 2), Adoption.AFVENTER)
    assert entry.text == "Borgeren (CPR 120483-xxxx) foreslår kvittering for hvert brev."
    html = client.get(LIST).content.decode()
    assert f"{case.reference}, punkt 2" in html and "1 forslag" in html


def test_a_refused_visitation_leaves_no_suggestion_behind(client, rasmus):
    case = make_case(by=rasmus)
    response = signed_in(client, rasmus).post(reverse("cases:visitation", args=[case.reference]), visitation_post(**{
        "punkt-0-description": "Et forslag.", "punkt-0-ground": "forslag", "punkt-0-decision": "suggestion",
        "punkt-1-description": "Skal afvises.", "punkt-1-ground": "uden_for_kompetence",
        "punkt-1-decision": "dismiss",
    }))
    assert response.status_code == 200 and "skriv, hvorfor det afvises" in response.content.decode()
    assert not Suggestion.objects.exists()


# --- By hand ---------------------------------------------------------------------------------------------------


def test_a_suggestion_from_another_channel_is_registered_by_hand(client, lene, time_machine):
    time_machine.move_to("2026-09-10 10:00 +02:00", tick=False)
    bif = Department.objects.get(code="BIF")
    response = signed_in(client, lene).post(NEW, {
        "text": "Borgerservice kunne åbne om lørdagen.", "received_on": "03.09.2026", "channel": "phone",
        "department": bif.pk, "sent_on": "",
    })
    entry = Suggestion.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(entry)
    assert (entry.klagepunkt, entry.channel, entry.received_on, entry.department, entry.created_by) == (
        None, "phone", dt.date(2026, 9, 3), bif, lene)
    assert AuditEvent.objects.filter(action=AuditAction.CHANGE, object_type="insights.suggestion",
                                     object_id=str(entry.pk), user=lene).exists()
    assert "Borgerservice kunne åbne om lørdagen." in client.get(detail(entry)).content.decode()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("text", "Ring til 120483-1234 om forslaget.", "Skriv ikke et CPR-nummer her."),
    ("received_on", "03.09.2099", "Modtagelsesdatoen kan ikke ligge i fremtiden."),
    ("received_on", "31.02.2026", "Skriv datoen som dd.mm.åååå"),
], ids=["cpr-in-text", "future-date", "no-such-date"])
def test_bad_input_gets_a_polite_error_and_keeps_what_was_typed(client, lene, field, value, message):
    data = {"text": "Længere åbningstid i Borgerservice.", "received_on": "01.09.2026", "channel": "letter",
            "department": "", "sent_on": ""}
    data[field] = value
    response = signed_in(client, lene).post(NEW, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Der er et problem" in html
    assert data["text"] in html and '<option value="letter" selected>' in html
    assert not Suggestion.objects.exists()


def test_the_error_is_in_english_for_a_user_who_chose_english(client, lene):
    response = signed_in(client, lene).post("/en" + NEW, {
        "text": "Longer opening hours.", "received_on": "03.09.2099", "channel": "", "department": "",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "The date received cannot be in the future." in html and "Longer opening hours." in html


# --- The department's answer -----------------------------------------------------------------------------------


def test_the_departments_answer_and_adoption_are_registered(client, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = suggestion_case(by=rasmus)
    entry = Suggestion.objects.get()
    time_machine.move_to("2026-04-20 10:00 +02:00", tick=False)
    signed_in(client, rasmus)
    form = {"text": entry.text, "department": entry.department_id, "sent_on": "05.03.2026",
            "answer_received_on": "15.04.2026", "answer_text": "Vi indfører kvitteringer fra 1. juni.",
            "adoption": "ja"}
    response = client.post(detail(entry), form)
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.sent_on, entry.answer_received_on, entry.adoption, entry.updated_by) == (
        dt.date(2026, 3, 5), dt.date(2026, 4, 15), Adoption.JA, rasmus)
    assert entry.answer_text == "Vi indfører kvitteringer fra 1. juni."
    assert AuditEvent.objects.filter(action=AuditAction.CHANGE, object_type="cases.case", object_id=str(case.pk),
                                     detail__contains=f"suggestion {entry.pk} updated").exists()
    html = client.get(LIST + "?adoption=ja").content.decode()
    assert f"{case.reference}, punkt 2" in html
    assert f"{case.reference}, punkt 2" not in client.get(LIST + "?adoption=afventer").content.decode()


def test_adoption_without_the_answers_date_is_refused_and_nothing_is_lost(client, rasmus):
    suggestion_case(by=rasmus)
    entry = Suggestion.objects.get()
    response = signed_in(client, rasmus).post(detail(entry), {
        "text": entry.text, "department": entry.department_id, "sent_on": "", "answer_received_on": "",
        "answer_text": "Delvist: kvittering ved e-mail.", "adoption": "delvist",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "Skriv datoen for forvaltningens svar" in html and "Delvist: kvittering ved e-mail." in html
    entry.refresh_from_db()
    assert entry.adoption == Adoption.AFVENTER and entry.answer_text == ""


def test_opening_an_entry_is_in_the_cases_audit_log(client, rasmus):
    case = suggestion_case(by=rasmus)
    entry = Suggestion.objects.get()
    signed_in(client, rasmus).get(detail(entry))
    assert AuditEvent.objects.filter(action=AuditAction.VIEW, object_type="cases.case", object_id=str(case.pk),
                                     user=rasmus, detail=f"suggestion {entry.pk} read").count() == 1


# --- Who sees what ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("persona", "expected"), [
    ("lene", 200), ("rasmus", 200), ("sanne", 403), ("anders", 403),
], ids=["leder", "raadgiver", "sekretaer", "administrator"])
def test_each_role_through_http(client, request, rasmus, persona, expected):
    suggestion_case(by=rasmus)
    entry = Suggestion.objects.get()
    user = request.getfixturevalue(persona)
    signed_in(client, user)
    assert client.get(LIST).status_code == expected
    assert client.get(CSV_URL).status_code == expected
    assert client.get(NEW).status_code == expected
    assert client.get(detail(entry)).status_code == (200 if expected == 200 else 404)
    assert client.post(NEW, {"text": "Et forslag.", "received_on": "01.09.2026"}).status_code in (
        (302,) if expected == 200 else (403,))


def test_anonymous_visitors_are_sent_to_sign_in(client):
    for url in (LIST, CSV_URL, NEW):
        response = client.get(url)
        assert response.status_code == 302 and "/log-ind/" in response["Location"]


def test_a_restricted_cases_suggestion_is_hidden_from_other_advisors(client, rasmus, rikke, lene):
    own = suggestion_case(by=rikke, name="Rikke Rådgiver")
    restricted(own, advisor=rikke, by=lene)
    visible = suggestion_case(by=rasmus)
    hidden = Suggestion.objects.get(klagepunkt__case=own)
    signed_in(client, rasmus)
    html = client.get(LIST).content.decode()
    assert own.reference not in html and visible.reference in html and "1 forslag" in html
    assert own.reference not in client.get(CSV_URL).content.decode("utf-8-sig")
    assert client.get(detail(hidden)).status_code == 404
    assert client.post(detail(hidden), {"text": "Ændret", "adoption": "nej"}).status_code == 404
    hidden.refresh_from_db()
    assert hidden.text != "Ændret"
    for user in (rikke, lene):
        client.logout()
        signed_in(client, user)
        assert own.reference in client.get(LIST).content.decode()
        assert client.get(detail(hidden)).status_code == 200


# --- CSV ---------------------------------------------------------------------------------------------------------


def test_the_csv_holds_the_filtered_entries_and_defuses_formulas(client, rasmus, lene, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = suggestion_case(by=rasmus, department="BUF")
    time_machine.move_to("2026-05-04 10:00 +02:00", tick=False)
    signed_in(client, lene).post(NEW, {
        "text": "=HYPERLINK(\"http://evil.example\";\"klik\")", "received_on": "01.05.2026", "channel": "",
        "department": Department.objects.get(code="KFF").pk, "sent_on": "02.05.2026",
    })
    manual = Suggestion.objects.get(klagepunkt__isnull=True)
    response = client.get(CSV_URL)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="forslag-2026-05-04.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["Nummer", "Modtaget", "Kanal", "Sag", "Klagepunkt", "Forvaltning", "Forslaget",
         "Sendt til forvaltningen", "Svar modtaget", "Forvaltningens svar", "Gennemført"],
        [str(manual.pk), "01.05.2026", "Anden vej", "", "", "KFF", "'=HYPERLINK(\"http://evil.example\";\"klik\")",
         "02.05.2026", "", "", "Afventer"],
        [str(Suggestion.objects.get(klagepunkt__isnull=False).pk), "02.03.2026", "Klageblanket", case.reference,
         "2", "BUF", "Borgeren foreslår, at Jobcentret sender kvittering ved hvert brev.", "", "", "", "Afventer"],
    ]
    assert AuditEvent.objects.filter(user=lene, action=AuditAction.VIEW, detail__endswith="exported (CSV)").count() == 2
    filtered = client.get(CSV_URL + "?start=01.04.2026&end=31.12.2026").content.decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(filtered), delimiter=";"))) == 2 and case.reference not in filtered


def test_a_bad_period_gets_an_error_not_a_csv(client, lene):
    response = signed_in(client, lene).get(CSV_URL + "?start=01.05.2026&end=01.04.2026")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert "Slutdatoen skal ligge efter startdatoen." in response.content.decode()


# --- For the beretning ----------------------------------------------------------------------------------------


def test_suggestions_for_period_counts_the_days_at_both_ends(rasmus, lene, time_machine):
    received = [dt.date(2026, 3, 31), dt.date(2026, 4, 1), dt.date(2026, 9, 30), dt.date(2027, 3, 31),
                dt.date(2027, 4, 1)]
    for day in received:
        time_machine.move_to(dt.datetime.combine(day, dt.time(10), dt.UTC), tick=False)
        suggestion_case(by=rasmus)
    own = Suggestion.objects.get(received_on=dt.date(2026, 9, 30)).klagepunkt.case
    restricted(own, advisor=lene, by=lene)
    period = (dt.date(2026, 4, 1), dt.date(2027, 3, 31))
    expected = sorted(day for day in received if period[0] <= day <= period[1])
    assert sorted(s.received_on for s in suggestions_for_period(start=period[0], end=period[1])) == expected
    assert len(expected) == 3
    seen_by_rasmus = suggestions_for_period(start=period[0], end=period[1], user=rasmus)
    assert sorted(s.received_on for s in seen_by_rasmus) == [dt.date(2026, 4, 1), dt.date(2027, 3, 31)]
