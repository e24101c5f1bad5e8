"""Henstillinger and their follow-up through HTTP: the due and overdue lists with frozen time, the
department's answer, the one reminder to the advisor (no personal data in it), who sees what, and
the selector the beretning will call."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from borgerraad.cases.models import Klagepunkt
from borgerraad.insights import registers
from borgerraad.insights.models import Compliance, HenstillingFollowUp, Suggestion
from borgerraad.insights.registers import henstilling_reminders_run, henstillinger_for_period
from borgerraad.privacy.models import AuditAction, AuditEvent
from tests.accounts.helpers import login_verified

from .conftest import HENSTILLING_TEXT, henstilling_case, make_case, restricted

pytestmark = pytest.mark.django_db

LIST = reverse("insights:henstillinger")
MONDAY = "2026-06-15 09:00 +02:00"  # due soon: up to 5 working days ahead, to Monday 22 June


def signed_in(client, user):
    login_verified(client, user)
    return client


def detail(case) -> str:
    return reverse("insights:henstilling", args=[HenstillingFollowUp.objects.get(klagepunkt__case=case).pk])


def section(html: str, heading: str) -> str:
    """The part of the page from ``heading`` to the next h2."""
    start = html.index(f">{heading}</h2>")
    following = html.find("<h2", start)
    return html[start:following if following != -1 else None]


@pytest.fixture
def follow_ups(rasmus, lene, time_machine):
    """Four henstillinger given in March, followed up before, soon after and long after MONDAY; one answered."""
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    cases = {
        "overdue": henstilling_case(by=rasmus, follow_up=dt.date(2026, 6, 12)),
        "today": henstilling_case(by=rasmus, follow_up=dt.date(2026, 6, 15)),
        "soon": henstilling_case(by=rasmus, follow_up=dt.date(2026, 6, 22), department="SOF"),
        "later": henstilling_case(by=rasmus, follow_up=dt.date(2026, 6, 23)),
        "answered": henstilling_case(by=rasmus, follow_up=dt.date(2026, 5, 1)),
    }
    time_machine.move_to(MONDAY, tick=False)
    registers.henstilling_answer_register(
        follow_up=HenstillingFollowUp.objects.get(klagepunkt__case=cases["answered"]), by=rasmus,
        compliance=Compliance.DELVIST, received_on=dt.date(2026, 4, 28),
    )
    return cases


def test_closing_a_point_with_a_henstilling_gives_it_a_follow_up_record(rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = henstilling_case(by=rasmus, follow_up=dt.date(2026, 6, 1))
    entry = HenstillingFollowUp.objects.get()
    assert entry.klagepunkt.case == case and entry.answer_received_on is None and entry.reminder_sent_at is None


def test_the_list_shows_overdue_due_soon_later_and_answered(client, rasmus, follow_ups):
    html = signed_in(client, rasmus).get(LIST).content.decode()
    overdue = section(html, "Overskredne opfølgninger")
    soon = section(html, "Opfølgninger inden for de næste dage")
    later = section(html, "Senere opfølgninger")
    answered = section(html, "Besvarede henstillinger")
    refs = {name: case.reference for name, case in follow_ups.items()}
    assert refs["overdue"] in overdue and "12.06.2026" in overdue
    assert [ref for ref in refs.values() if ref in overdue] == [refs["overdue"]]
    assert [ref for ref in refs.values() if ref in soon] == [refs["today"], refs["soon"]]
    assert soon.index(refs["today"]) < soon.index(refs["soon"])
    assert [ref for ref in refs.values() if ref in later] == [refs["later"]]
    assert [ref for ref in refs.values() if ref in answered] == [refs["answered"]]
    assert "Delvist efterlevet" in answered and "28.04.2026" in answered


def test_the_next_day_the_follow_up_of_today_is_overdue(client, rasmus, follow_ups, time_machine):
    time_machine.move_to("2026-06-16 09:00 +02:00", tick=False)
    overdue = section(signed_in(client, rasmus).get(LIST).content.decode(), "Overskredne opfølgninger")
    assert follow_ups["today"].reference in overdue and follow_ups["overdue"].reference in overdue


def test_the_list_filters_by_forvaltning(client, rasmus, follow_ups):
    from borgerraad.core.models import Department

    html = signed_in(client, rasmus).get(LIST + f"?department={Department.objects.get(code='SOF').pk}").content
    html = html.decode()
    assert follow_ups["soon"].reference in html
    assert all(case.reference not in html for name, case in follow_ups.items() if name != "soon")


# --- The department's answer -------------------------------------------------------------------------------


def test_the_answer_is_registered_through_the_page_and_audited(client, rasmus, follow_ups):
    case = follow_ups["overdue"]
    signed_in(client, rasmus)
    page = client.get(detail(case)).content.decode()
    assert HENSTILLING_TEXT in page and "Overskredet" in page
    assert AuditEvent.objects.filter(action=AuditAction.VIEW, object_type="cases.case", object_id=str(case.pk),
                                     user=rasmus, detail="henstilling klagepunkt 1 read").count() == 1
    response = client.post(detail(case), {
        "compliance": "ikke_efterlevet", "received_on": "12.06.2026",
        "answer_text": "Forvaltningen fastholder sin praksis.",
    })
    assert response.status_code == 302
    entry = HenstillingFollowUp.objects.get(klagepunkt__case=case)
    assert (entry.compliance, entry.answer_received_on, entry.answer_registered_by) == (
        Compliance.IKKE, dt.date(2026, 6, 12), rasmus)
    assert entry.answer_text == "Forvaltningen fastholder sin praksis."
    assert AuditEvent.objects.filter(action=AuditAction.CHANGE, object_type="cases.case", object_id=str(case.pk),
                                     detail="henstilling klagepunkt 1: answer ikke_efterlevet").exists()
    html = client.get(LIST).content.decode()
    assert case.reference not in section(html, "Overskredne opfølgninger")
    assert case.reference in section(html, "Besvarede henstillinger") and "Ikke efterlevet" in html


@pytest.mark.parametrize(("data", "message"), [
    ({"compliance": "", "received_on": "12.06.2026"}, "Vælg, om forvaltningen har efterlevet henstillingen."),
    ({"compliance": "efterlevet", "received_on": "16.06.2026"}, "Datoen for svaret kan ikke ligge i fremtiden."),
    ({"compliance": "efterlevet", "received_on": "27.02.2026"},
     "Svaret kan ikke være modtaget før henstillingen blev givet (02.03.2026)."),
    ({"compliance": "efterlevet", "received_on": "12.06.2026", "answer_text": "Ring på 120483-1234."},
     "Skriv ikke et CPR-nummer her."),
], ids=["no-answer", "future", "before-the-henstilling", "cpr"])
def test_a_bad_answer_gets_a_polite_error_and_keeps_the_text(client, rasmus, follow_ups, data, message):
    data = {"answer_text": "Forvaltningen har ændret sine breve.", **data}
    response = signed_in(client, rasmus).post(detail(follow_ups["overdue"]), data)
    html = response.content.decode()
    assert response.status_code == 200 and message in html and data["answer_text"] in html
    assert HenstillingFollowUp.objects.get(klagepunkt__case=follow_ups["overdue"]).answer_received_on is None


# --- The reminder -------------------------------------------------------------------------------------------


def test_an_overdue_follow_up_reminds_the_advisor_once(rasmus, follow_ups, settings):
    settings.BORGERRAAD_SITE_URL = "https://br.kommune.example"
    case = follow_ups["overdue"]
    assert henstilling_reminders_run().sent == 1
    assert henstilling_reminders_run().sent == 0
    [message] = mail.outbox
    entry = HenstillingFollowUp.objects.get(klagepunkt__case=case)
    assert message.to == ["rasmus@kk.example"]
    assert message.subject == f"Opfølgning på henstilling i sag {case.reference} er overskredet"
    assert f"https://br.kommune.example/medarbejder/indsigt/henstillinger/{entry.pk}/" in message.body
    assert "12.06.2026" in message.body
    assert entry.reminder_sent_at is not None


def test_the_reminder_holds_no_personal_data(rasmus, follow_ups):
    henstilling_reminders_run()
    [message] = mail.outbox
    text = message.subject + message.body
    henvendelse = follow_ups["overdue"].henvendelse
    point = Klagepunkt.objects.get(case=follow_ups["overdue"])
    for private in ("Bo Hansen", "bo@example.dk", "120483", HENSTILLING_TEXT, point.description,
                    henvendelse.description[:30], "Jobcenter"):
        assert private not in text
    # Only the reference, the klagepunkt number, the date, the link and the office's name.
    entry = HenstillingFollowUp.objects.get(klagepunkt__case=follow_ups["overdue"])
    assert message.body == (
        f"Opfølgningen på henstillingen i sag {follow_ups['overdue'].reference}, klagepunkt 1, skulle være sket "
        "12.06.2026, og forvaltningens svar er ikke registreret.\n\n"
        f"Registrér svaret, når det kommer:\nhttp://127.0.0.1:8000/medarbejder/indsigt/henstillinger/{entry.pk}/"
        "\n\nVenlig hilsen\nBorgerrådgiveren"
    )


def test_two_runs_of_the_command_send_one_reminder(rasmus, follow_ups):
    call_command("henstilling_reminders_run")
    call_command("henstilling_reminders_run")
    assert len(mail.outbox) == 1


def test_no_reminder_on_the_follow_up_day_or_once_answered(rasmus, follow_ups, time_machine):
    time_machine.move_to("2026-06-13 09:00 +02:00", tick=False)  # the day after "overdue"'s date
    registers.henstilling_answer_register(
        follow_up=HenstillingFollowUp.objects.get(klagepunkt__case=follow_ups["overdue"]), by=rasmus,
        compliance=Compliance.EFTERLEVET, received_on=dt.date(2026, 6, 12),
    )
    time_machine.move_to(MONDAY, tick=False)  # "today" falls due today: not overdue yet
    assert henstilling_reminders_run().sent == 0
    assert mail.outbox == []


def test_a_failed_send_is_retried_and_sent_once(rasmus, follow_ups, monkeypatch):
    real_send = registers.EmailMessage.send

    def crash(self, *args, **kwargs):
        raise ConnectionError("mail server gone")

    monkeypatch.setattr(registers.EmailMessage, "send", crash)
    run = henstilling_reminders_run()
    assert (run.sent, run.failed) == (0, 1)
    entry = HenstillingFollowUp.objects.get(klagepunkt__case=follow_ups["overdue"])
    assert entry.reminder_sent_at is None
    monkeypatch.setattr(registers.EmailMessage, "send", real_send)
    assert henstilling_reminders_run().sent == 1
    assert henstilling_reminders_run().sent == 0
    assert len(mail.outbox) == 1


def test_without_an_advisor_the_leaders_are_reminded(rasmus, lene, follow_ups):
    from borgerraad.cases.services import case_assign

    case_assign(case=follow_ups["overdue"], assigned_to=None, by=lene)
    henstilling_reminders_run()
    [message] = mail.outbox
    assert message.to == ["lene@kk.example"]


def test_henstillinger_written_without_the_services_get_their_record_and_reminder(rasmus, time_machine):
    """Bulk imports and the demo data write klagepunkter directly; the reminder run registers them."""
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    case.assigned_to = rasmus
    case.save()
    from django.utils import timezone

    Klagepunkt.objects.create(case=case, number=1, ground="sagsbehandling", description="Importeret.",
                              decision="case", decided_at=timezone.now(), outcome="henstilling",
                              closed_at=timezone.now(), henstilling_follow_up=dt.date(2026, 4, 1))
    Klagepunkt.objects.create(case=case, number=2, ground="forslag", description="Importeret forslag.",
                              decision="suggestion", decided_at=timezone.now(), closed_at=timezone.now())
    time_machine.move_to("2026-04-02 09:00 +02:00", tick=False)
    assert henstilling_reminders_run().sent == 1
    assert HenstillingFollowUp.objects.get().klagepunkt.case == case
    assert Suggestion.objects.get().text == "Importeret forslag."


# --- Who sees what --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("persona", "expected"), [
    ("lene", 200), ("rasmus", 200), ("sanne", 403), ("anders", 403),
], ids=["leder", "raadgiver", "sekretaer", "administrator"])
def test_each_role_through_http(client, request, follow_ups, persona, expected):
    signed_in(client, request.getfixturevalue(persona))
    assert client.get(LIST).status_code == expected
    url = detail(follow_ups["overdue"])
    assert client.get(url).status_code == (200 if expected == 200 else 404)
    response = client.post(url, {"compliance": "efterlevet", "received_on": "12.06.2026"})
    assert response.status_code == (302 if expected == 200 else 404)


def test_a_restricted_cases_henstilling_is_hidden_from_other_advisors(client, rasmus, rikke, lene, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    own = restricted(henstilling_case(by=rikke, follow_up=dt.date(2026, 4, 1)), advisor=rikke, by=lene)
    other = henstilling_case(by=rasmus, follow_up=dt.date(2026, 4, 1))
    time_machine.move_to("2026-04-10 09:00 +02:00", tick=False)
    signed_in(client, rasmus)
    html = client.get(LIST).content.decode()
    assert own.reference not in html and other.reference in html
    assert client.get(detail(own)).status_code == 404
    assert client.post(detail(own), {"compliance": "efterlevet", "received_on": "01.04.2026"}).status_code == 404
    for user in (rikke, lene):
        client.logout()
        signed_in(client, user)
        assert own.reference in client.get(LIST).content.decode()
        assert client.get(detail(own)).status_code == 200


# --- For the beretning ----------------------------------------------------------------------------------------


def test_henstillinger_for_period_counts_by_the_day_they_were_given(rasmus, lene, time_machine):
    given = ["2026-03-31 23:30 +02:00", "2026-04-01 00:10 +02:00", "2026-09-30 12:00 +02:00",
             "2027-03-31 23:50 +02:00", "2027-04-01 00:05 +02:00"]
    cases = []
    for moment in given:
        time_machine.move_to(moment, tick=False)
        cases.append(henstilling_case(by=rasmus, follow_up=dt.date(2027, 6, 1)))
    restricted(cases[2], advisor=lene, by=lene)
    found = henstillinger_for_period(start=dt.date(2026, 4, 1), end=dt.date(2027, 3, 31))
    assert [entry.klagepunkt.case for entry in found] == cases[1:4]
    assert [e.klagepunkt.case for e in henstillinger_for_period(
        start=dt.date(2026, 4, 1), end=dt.date(2027, 3, 31), user=rasmus)] == [cases[1], cases[3]]
