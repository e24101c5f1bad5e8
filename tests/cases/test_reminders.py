"""Høring reminders and escalations are sent once, whatever workers crash or run in parallel."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connections

from borgerraad.cases import services
from borgerraad.cases.models import CaseStatus, ReminderDispatch
from borgerraad.cases.services import case_transition, deadline_reminders_run, hoering_send
from borgerraad.core.models import Department

from .conftest import make_case, point

SENT = dt.datetime(2026, 2, 23, 10, 0, tzinfo=dt.UTC)  # deadline 7 April 2026
BEFORE = dt.datetime(2026, 3, 31, 10, 0, tzinfo=dt.UTC)  # within 5 working days of the deadline
AFTER = dt.datetime(2026, 4, 9, 10, 0, tzinfo=dt.UTC)  # past the deadline + 1 working day


def _hoering(rasmus):
    case = make_case(by=rasmus)
    services.visitation_record(case=case, points=[point()], by=rasmus)
    case_transition(case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    return hoering_send(
        case=case, department=Department.objects.get(code="BIF"), questions="Spørgsmål om Bo Hansen.",
        by=rasmus, sent_at=SENT,
    )


@pytest.mark.django_db
def test_reminder_before_and_escalation_after_each_sent_once(rasmus):
    hoering = _hoering(rasmus)
    assert deadline_reminders_run(now=SENT).sent == 0
    assert deadline_reminders_run(now=BEFORE).sent == 1
    assert deadline_reminders_run(now=BEFORE).sent == 0
    assert deadline_reminders_run(now=AFTER).sent == 1
    assert deadline_reminders_run(now=AFTER).sent == 0
    assert [m.subject for m in mail.outbox] == [
        f"Påmindelse: høring i sag {hoering.case.reference} har frist 07.04.2026",
        f"Rykker: høring i sag {hoering.case.reference}, fristen 07.04.2026 er overskredet",
    ]
    for message in mail.outbox:
        text = message.subject + message.body
        assert "Bo Hansen" not in text and "120483" not in text and "Spørgsmål" not in text


@pytest.mark.django_db
def test_no_reminder_once_answered(rasmus):
    hoering = _hoering(rasmus)
    services.hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 3, 20))
    assert deadline_reminders_run(now=AFTER).sent == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_crash_between_claim_and_send_is_retried_and_sent_once(rasmus, monkeypatch):
    _hoering(rasmus)
    real_send = services.EmailMessage.send

    def crash(self, *args, **kwargs):
        raise ConnectionError("mail server gone")

    monkeypatch.setattr(services.EmailMessage, "send", crash)
    run = deadline_reminders_run(now=BEFORE)
    assert (run.sent, run.failed) == (0, 1)
    dispatch = ReminderDispatch.objects.get()
    assert dispatch.sent_at is None  # claimed, not confirmed
    monkeypatch.setattr(services.EmailMessage, "send", real_send)
    assert deadline_reminders_run(now=BEFORE).sent == 1
    assert deadline_reminders_run(now=BEFORE).sent == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_left_over_claim_row_is_sent_by_the_next_run(rasmus):
    hoering = _hoering(rasmus)
    ReminderDispatch.objects.create(hoering=hoering, kind="reminder", claimed_at=BEFORE, attempts=1)
    assert deadline_reminders_run(now=BEFORE).sent == 1
    assert ReminderDispatch.objects.get().attempts == 2
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_two_runs_one_after_the_other_send_once(rasmus):
    _hoering(rasmus)
    call_command("deadline_reminders_run")  # today (November 2026): the escalation is due
    call_command("deadline_reminders_run")
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgresql  # concurrent workers need PostgreSQL's row locks; make test runs it there
def test_two_concurrent_workers_send_once(rasmus):
    for _ in range(5):
        _hoering(rasmus)
    barrier = threading.Barrier(2)
    results = []

    def worker():
        barrier.wait()
        try:
            results.append(deadline_reminders_run(now=BEFORE))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(run.sent for run in results) == 5
    assert len(mail.outbox) == 5
    assert ReminderDispatch.objects.filter(sent_at__isnull=False).count() == 5


@pytest.mark.django_db
def test_the_check_runs_as_a_django_task(rasmus, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    from borgerraad.cases.tasks import deadline_reminders_check

    _hoering(rasmus)
    result = deadline_reminders_check.enqueue()
    assert result.return_value["sent"] == 1
