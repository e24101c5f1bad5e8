"""A høring runs from its letter: the høringsbrev is drafted for a prepared høring, and the
department's deadline starts only when the letter's dispatch is confirmed — not when it is drafted,
finalised, queued or failing. The same for the follow-up of a forwarded complaint."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from borgerraad.cases.models import CaseStatus, Klagepunkt
from borgerraad.cases.selectors import case_journal, reminders_due
from borgerraad.cases.services import (
    case_transition,
    hoering_answer_register,
    hoering_cancel,
    hoering_prepare,
    visitation_record,
)
from borgerraad.core.models import Department
from borgerraad.letters import services
from borgerraad.letters.dispatch import DispatchError
from borgerraad.letters.dispatch.email import EmailChannel
from borgerraad.letters.models import DispatchStatus
from tests.accounts.helpers import login_verified
from tests.cases.conftest import make_case, point

pytestmark = pytest.mark.django_db

MONDAY = "2026-12-07 10:00 +01:00"
WEDNESDAY = "2026-12-09 10:00 +01:00"


def _prepared(case, by, **fields):
    values = {"department": Department.objects.get(code="BIF"), "by": by,
              "questions": "Hvorfor fik borgeren ikke svar på sine breve?", "weeks": 6}
    values.update(fields)
    return hoering_prepare(case=case, **values)


def _send(letter, by) -> int:
    letter = services.letter_finalise(letter=letter, by=by)
    return services.letter_send(letter=letter, by=by).pk


def test_the_deadline_runs_from_the_confirmed_dispatch_not_from_the_draft(concluded_case, rasmus, time_machine):
    time_machine.move_to(MONDAY, tick=False)
    hoering = _prepared(concluded_case, rasmus)
    letter = services.letter_draft(case=concluded_case, kind="hoering", by=rasmus)
    assert letter.hoering == hoering and letter.recipient_email == "bif@kk.dk"
    # The letter states the deadline it gets if it goes today; nothing runs yet.
    assert "mandag den 18. januar 2027" in letter.body
    assert "Hvorfor fik borgeren ikke svar på sine breve?" in letter.body
    hoering.refresh_from_db()
    assert (hoering.sent_at, hoering.deadline) == (None, None)
    concluded_case.refresh_from_db()
    assert concluded_case.status == CaseStatus.UNDER_BEHANDLING
    assert reminders_due(today=dt.date(2027, 3, 1)) == []

    time_machine.move_to(WEDNESDAY, tick=False)
    dispatch_id = _send(letter, rasmus)
    hoering.refresh_from_db()
    assert hoering.deadline is None  # finalised and queued is not sent
    assert services.dispatch_attempt(dispatch_id=dispatch_id)

    hoering.refresh_from_db()
    assert hoering.sent_at == timezone.now()
    assert hoering.deadline == dt.date(2027, 1, 20)  # six weeks from Wednesday, the day it went
    concluded_case.refresh_from_db()
    assert concluded_case.status == CaseStatus.HOERING
    [message] = mail.outbox
    assert message.to == ["bif@kk.dk"] and concluded_case.reference in message.subject
    assert [name for name, _content, _type in message.attachments] == [f"brev-{concluded_case.reference}.pdf"]
    assert "Bo Hansen" not in message.subject + message.body
    titles = [entry.title for entry in case_journal(case=concluded_case)]
    assert "Høring sendt til BIF, frist 20.01.2027" in titles


def test_a_failing_dispatch_starts_no_deadline_and_the_retry_does(concluded_case, rasmus, time_machine,
                                                                   monkeypatch):
    time_machine.move_to(MONDAY, tick=False)
    hoering = _prepared(concluded_case, rasmus, weeks=4)
    dispatch_id = _send(services.letter_draft(case=concluded_case, kind="hoering", by=rasmus), rasmus)

    def refuse(self, outgoing):
        raise DispatchError("smtp_unreachable", error="ConnectionRefusedError")

    monkeypatch.setattr(EmailChannel, "send", refuse)
    assert not services.dispatch_attempt(dispatch_id=dispatch_id)
    hoering.refresh_from_db()
    concluded_case.refresh_from_db()
    assert (hoering.sent_at, hoering.deadline, concluded_case.status) == (None, None, CaseStatus.UNDER_BEHANDLING)

    monkeypatch.undo()
    time_machine.move_to(WEDNESDAY, tick=False)
    assert services.dispatches_retry() == {"sent": 1, "failed": 0}
    hoering.refresh_from_db()
    assert hoering.deadline == dt.date(2027, 1, 6)  # four weeks from the retry that got through
    assert len(mail.outbox) == 1


def test_a_department_letter_goes_only_to_internal_mail(concluded_case, rasmus, office):
    _prepared(concluded_case, rasmus, recipient_email="jobcenter@gmail.example")
    letter = services.letter_draft(case=concluded_case, kind="hoering", by=rasmus)
    with pytest.raises(ValidationError, match="ikke i kommunens interne maildomæner"):
        services.letter_finalise(letter=letter, by=rasmus)
    office.internal_mail_domains = "kk.dk, gmail.example"
    office.save()
    assert services.letter_finalise(letter=letter, by=rasmus).is_final


def test_which_hoering_a_department_letter_is_about(concluded_case, rasmus, time_machine):
    time_machine.move_to(MONDAY, tick=False)
    with pytest.raises(ValidationError, match="Opret først høringen"):
        services.letter_draft(case=concluded_case, kind="hoering", by=rasmus)
    with pytest.raises(ValidationError, match="ingen sendt høring"):
        services.letter_draft(case=concluded_case, kind="rykker", by=rasmus)
    hoering = _prepared(concluded_case, rasmus)
    services.dispatch_attempt(dispatch_id=_send(
        services.letter_draft(case=concluded_case, kind="hoering", by=rasmus), rasmus))
    with pytest.raises(ValidationError, match="allerede sendt"):
        services.letter_draft(case=concluded_case, kind="hoering", by=rasmus, hoering=hoering)
    rykker = services.letter_draft(case=concluded_case, kind="rykker", by=rasmus)
    assert rykker.hoering_id == hoering.pk and "mandag den 18. januar 2027" in rykker.body
    hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 12, 7))  # the day it was sent
    with pytest.raises(ValidationError, match="ingen sendt høring"):
        services.letter_draft(case=concluded_case, kind="rykker", by=rasmus)


def test_a_second_confirmation_does_not_move_the_deadline(concluded_case, rasmus, time_machine):
    time_machine.move_to(MONDAY, tick=False)
    hoering = _prepared(concluded_case, rasmus)
    letter = services.letter_finalise(
        letter=services.letter_draft(case=concluded_case, kind="hoering", by=rasmus), by=rasmus)
    services.dispatch_attempt(dispatch_id=services.letter_send(letter=letter, by=rasmus).pk)
    hoering.refresh_from_db()
    first = (hoering.sent_at, hoering.deadline)
    time_machine.move_to(WEDNESDAY, tick=False)
    # The same letter printed as well and confirmed after the print run: the høring was sent Monday.
    letter.refresh_from_db()
    dispatch = services.letter_send(letter=letter, by=rasmus, channel="email")
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)  # already sent: never twice
    hoering.refresh_from_db()
    assert (hoering.sent_at, hoering.deadline) == first
    assert len(mail.outbox) == 1


def test_an_unsent_hoering_can_be_cancelled_until_its_letter_is_final(concluded_case, rasmus):
    hoering = _prepared(concluded_case, rasmus)
    services.letter_draft(case=concluded_case, kind="hoering", by=rasmus)
    hoering_cancel(hoering=hoering, by=rasmus)
    assert not concluded_case.hoeringer.exists() and not concluded_case.letters.exists()

    hoering = _prepared(concluded_case, rasmus)
    services.letter_finalise(letter=services.letter_draft(case=concluded_case, kind="hoering", by=rasmus), by=rasmus)
    with pytest.raises(ValidationError, match="gjort endeligt"):
        hoering_cancel(hoering=hoering, by=rasmus)
    assert concluded_case.hoeringer.count() == 1


def test_a_closed_case_stays_closed_when_a_late_hoering_letter_is_confirmed(concluded_case, rasmus, time_machine):
    time_machine.move_to(MONDAY, tick=False)
    hoering = _prepared(concluded_case, rasmus)
    dispatch_id = _send(services.letter_draft(case=concluded_case, kind="hoering", by=rasmus), rasmus)
    klagepunkt = concluded_case.klagepunkter.get(number=2)
    assert klagepunkt.outcome  # guided: every point has its result
    assert services.dispatch_attempt(  # the conclusion letter, confirmed sent: the case may close
        dispatch_id=_send(services.letter_draft(case=concluded_case, kind="afslutning", by=rasmus), rasmus))
    case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    assert services.dispatch_attempt(dispatch_id=dispatch_id)
    hoering.refresh_from_db()
    concluded_case.refresh_from_db()
    assert hoering.deadline == dt.date(2027, 1, 18)
    assert concluded_case.status == CaseStatus.AFSLUTTET


def test_the_follow_up_of_a_forwarded_complaint_runs_from_the_forwarding_letter(rasmus, office, time_machine):
    case = make_case(by=rasmus, preferred_channel="email")
    time_machine.move_to(MONDAY, tick=False)
    visitation_record(case=case, points=[point(decision="forward")], by=rasmus, reason="Enheden først.")
    forwarded = Klagepunkt.objects.get(case=case)
    decided = forwarded.forward_follow_up
    assert decided is not None

    time_machine.move_to("2026-12-16 10:00 +01:00")  # the letter goes nine days later
    dispatch_id = _send(services.letter_draft(case=case, kind="videresendelse", by=rasmus), rasmus)
    assert services.dispatch_attempt(dispatch_id=dispatch_id)
    forwarded.refresh_from_db()
    assert forwarded.forward_follow_up > decided
    assert (forwarded.forward_follow_up - decided).days >= 9


def test_the_letter_page_warns_when_a_draft_deadline_is_stale(client, rasmus, concluded_case, time_machine):
    time_machine.move_to(MONDAY, tick=False)
    login_verified(client, rasmus)
    response = client.post(reverse("cases:hoering", args=[concluded_case.reference]), {
        "department": Department.objects.get(code="BIF").pk, "questions": "Hvorfor intet svar?", "weeks": "6",
    })
    letter = concluded_case.letters.get()
    assert response.url == reverse("letters:detail", args=[concluded_case.reference, letter.pk])
    page = client.get(response.url).content.decode()
    assert "Ikke sendt endnu: svarfristen begynder at løbe, når brevet er bekræftet sendt." in page
    assert "Udkastet blev lavet" not in page

    time_machine.move_to(WEDNESDAY, tick=False)
    login_verified(client, rasmus)  # a staff session does not last two days
    page = client.get(response.url).content.decode()
    assert "Udkastet blev lavet 07.12.2026" in page
    assert "Sendes brevet i dag, er svarfristen onsdag den 20. januar 2027." in page
    assert DispatchStatus.SENT not in [d.status for d in letter.dispatches.all()]


def test_a_refused_draft_is_shown_as_an_error_on_the_case(client, rasmus, concluded_case):
    login_verified(client, rasmus)
    response = client.post(reverse("letters:new", args=[concluded_case.reference]),
                           {"kind": "rykker", "language": "da"}, follow=True)
    page = response.content.decode()
    assert '<div class="alert alert-error" role="alert">' in page
    assert "Der er ingen sendt høring, der venter på svar" in page
    assert not concluded_case.letters.exists()


def test_the_case_page_reads_an_unsent_hoerings_letter_with_the_hoeringer(concluded_case, rasmus):
    """cases names no relation of letters: letters asks for its høringsbrev through cases.hooks (hoering_prefetch)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from borgerraad.cases.selectors import case_prefetch

    hoering = _prepared(concluded_case, rasmus)
    letter = services.letter_draft(case=concluded_case, kind="hoering", by=rasmus)
    case = case_prefetch(case=type(concluded_case).objects.get(pk=concluded_case.pk))
    with CaptureQueriesContext(connection) as captured:
        letters = {h.pk: [one.pk for one in h.letters.all()] for h in case.hoeringer.all()}
    assert (letters, captured.captured_queries) == ({hoering.pk: [letter.pk]}, [])
