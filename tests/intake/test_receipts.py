"""Receipts are never lost and never sent twice (ADR 0003): a receipt whose task failed is sent by
the periodic sweep, two sweeps at once send each receipt once, and a claim left by a crashed
worker is sent again only once it is stale. The fault tests with a real worker that is killed
are in tests/core/test_faults.py."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from borgerraad.intake import services
from borgerraad.intake.models import Henvendelse
from borgerraad.intake.services import HenvendelseData

pytestmark = pytest.mark.django_db


class FailingBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def _mailer(settings, backend: str) -> None:
    settings.MAILERS = {"default": {"BACKEND": backend, "OPTIONS": {}}}


def _register(n: int, *, minutes_ago: int = 10) -> Henvendelse:
    return services.henvendelse_register(
        channel="web", submission_key=f"receipt-{n}",
        submitted=HenvendelseData(name=f"Borger {n}", email=f"borger{n}@example.dk", description="Klage."),
        received_at=timezone.now() - dt.timedelta(minutes=minutes_ago),
    )


def _receipts_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def test_a_receipt_whose_task_failed_is_sent_once_by_the_scheduled_sweep(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    _mailer(settings, "tests.intake.test_receipts.FailingBackend")
    henvendelse = _register(1)
    with pytest.raises(ConnectionRefusedError):
        services.henvendelse_receipt_send(henvendelse_id=henvendelse.pk)  # what the task did
    henvendelse.refresh_from_db()
    assert henvendelse.receipt_sent_at is None and henvendelse.receipt_claimed_at is None  # claim released

    _mailer(settings, "django.core.mail.backends.locmem.EmailBackend")
    call_command("scheduler", "--once", "--only", "receipts_send")
    call_command("scheduler", "--once", "--only", "receipts_send")
    [receipt] = _receipts_to("borger1@example.dk")
    assert henvendelse.reference in receipt.subject
    assert receipt.extra_headers["Message-ID"] == f"<receipt-{henvendelse.reference}@localhost>"
    henvendelse.refresh_from_db()
    assert henvendelse.receipt_sent_at is not None and henvendelse.receipt_attempts == 2


def test_the_sweep_leaves_a_fresh_registration_to_its_task(settings):
    _register(2, minutes_ago=0)
    assert services.receipts_send_due() == {"sent": 0, "failed": 0}
    assert mail.outbox == []


def test_a_crash_between_claim_and_send_is_sent_once_when_the_claim_is_stale(settings):
    settings.INTAKE_RECEIPT_RETRY_SECONDS = 300
    henvendelse = _register(3)
    crashed_at = timezone.now()
    # The worker claimed the receipt and died before the mail server had it.
    Henvendelse.objects.filter(pk=henvendelse.pk).update(receipt_claimed_at=crashed_at, receipt_attempts=1)
    assert services.receipts_send_due(now=crashed_at + dt.timedelta(seconds=60)) == {"sent": 0, "failed": 0}
    assert services.henvendelse_receipt_send(henvendelse_id=henvendelse.pk,
                                             now=crashed_at + dt.timedelta(seconds=60)) is False
    assert mail.outbox == []  # it may still be sending: never a second copy meanwhile
    later = crashed_at + dt.timedelta(seconds=301)
    assert services.receipts_send_due(now=later) == {"sent": 1, "failed": 0}
    assert services.receipts_send_due(now=later + dt.timedelta(seconds=301)) == {"sent": 0, "failed": 0}
    assert len(_receipts_to("borger3@example.dk")) == 1


def test_a_receipt_that_keeps_failing_is_given_up_after_the_last_attempt(settings):
    settings.INTAKE_RECEIPT_MAX_ATTEMPTS = 2
    _mailer(settings, "tests.intake.test_receipts.FailingBackend")
    _register(4)
    now = timezone.now()
    assert services.receipts_send_due(now=now) == {"sent": 0, "failed": 1}
    assert services.receipts_send_due(now=now) == {"sent": 0, "failed": 1}
    assert services.receipts_send_due(now=now) == {"sent": 0, "failed": 0}  # not retried for ever


class SlowBackend(EmailBackend):
    """Holds each send until both sweeps are running, so they really overlap."""

    both_running = threading.Barrier(2, timeout=3)

    def send_messages(self, messages):
        try:
            self.both_running.wait()
        except threading.BrokenBarrierError:
            pass
        return super().send_messages(messages)


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_send_each_receipt_once(settings):
    _mailer(settings, "tests.intake.test_receipts.SlowBackend")
    SlowBackend.both_running.reset()
    registered = [_register(100 + n) for n in range(12)]
    results, errors = [], []

    def sweep():
        try:
            results.append(services.receipts_send_due())
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert sum(result["sent"] for result in results) == 12
    for henvendelse in registered:
        assert len(_receipts_to(henvendelse.email)) == 1
    assert Henvendelse.objects.filter(receipt_sent_at__isnull=True).count() == 0
