"""Fault tests (ADR 0003): a real worker (``borgerraad worker``) is killed with SIGKILL in the middle of
sending, while a real SMTP server (aiosmtpd) holds the DATA command (the message is not accepted yet)
or the QUIT command (it is accepted); after the restart of the worker and the scheduler's sweep the
recipient has exactly one message. PostgreSQL only: the worker is another process on the same database."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.db import connection
from django.utils import timezone

from borgerraad.intake.models import Henvendelse
from borgerraad.intake.services import HenvendelseData, henvendelse_register
from tests.processes import free_port, wait_for

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]

BR = str(Path(sys.executable).with_name("borgerraad"))
DEADLINE = 30


class HoldingSmtp:
    """An SMTP server that holds the first DATA (``hold="data"``: not accepted) or the first QUIT
    (``hold="quit"``: accepted) until released; ``delivered`` are the messages it accepted."""

    def __init__(self, hold: str):
        self.hold = hold
        self.delivered: list[email.message.Message] = []
        self.holding = threading.Event()
        self.release = threading.Event()
        self._held = False

    async def _hold(self) -> bool:
        if self._held:
            return False
        self._held = True
        self.holding.set()
        await asyncio.get_running_loop().run_in_executor(None, self.release.wait, DEADLINE)
        return True

    async def handle_DATA(self, server, session, envelope):
        if self.hold == "data" and await self._hold():
            return "451 Try again later"  # the client is gone by now: nothing was accepted
        self.delivered.append(email.message_from_bytes(envelope.content))
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        if self.hold == "quit":
            await self._hold()
        return "221 Bye"


@pytest.fixture
def smtp(request):
    handler = HoldingSmtp(request.param)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    handler.release.set()
    controller.stop()


@pytest.fixture
def background(transactional_db, smtp, tmp_path):
    """``start(*args)``: a ``borgerraad`` process on this test's database and SMTP server."""
    _handler, port = smtp
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port),
        "BORGERRAAD_TASKS_BACKEND": "database",
        "BORGERRAAD_RECEIPT_RETRY_SECONDS": "1",
        "BORGERRAAD_MEDIA_ROOT": str(tmp_path / "media"),
        "BORGERRAAD_LETTERS_DIR": str(tmp_path / "letters"),
    }
    processes: list[subprocess.Popen] = []

    def start(*args: str) -> subprocess.Popen:
        log = open(tmp_path / f"{args[0]}-{len(processes)}.log", "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen([BR, *args], env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        processes.append(process)
        return process

    yield start
    for process in processes:
        _kill(process)


def _kill(process: subprocess.Popen) -> None:
    """SIGKILL to the process and its children (in development the worker runs under a reloader)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


def _henvendelse() -> Henvendelse:
    return henvendelse_register(
        channel="web", submission_key="fault-receipt",
        submitted=HenvendelseData(name="Alice Jensen", email="alice@example.dk", description="Klage."),
    )


@pytest.mark.parametrize("smtp", ["data"], indirect=True)
def test_a_receipt_whose_worker_is_killed_before_the_server_accepted_it_is_sent_once(smtp, background):
    handler, _port = smtp
    henvendelse = _henvendelse()  # the receipt task is queued in the database on commit
    worker = background("worker")
    wait_for(handler.holding.is_set, "the worker to send DATA")
    _kill(worker)
    handler.release.set()
    henvendelse.refresh_from_db()
    assert henvendelse.receipt_sent_at is None and henvendelse.receipt_claimed_at is not None
    assert handler.delivered == []

    background("worker")  # restarted; the killed task is not run again by it
    wait_for(lambda: timezone.now() > henvendelse.receipt_claimed_at + dt.timedelta(seconds=1.5), "stale")
    background("scheduler", "--only", "receipts_send")
    wait_for(lambda: Henvendelse.objects.get(pk=henvendelse.pk).receipt_sent_at, "the sweep to send the receipt")
    [message] = handler.delivered
    assert message["To"] == "alice@example.dk"
    assert message["Message-ID"] == f"<receipt-{henvendelse.reference}@localhost>"
    sweep = background("scheduler", "--once", "--only", "receipts_send")  # another sweep sends nothing
    assert sweep.wait(timeout=DEADLINE) == 0
    assert len(handler.delivered) == 1


@pytest.mark.parametrize("smtp", ["quit"], indirect=True)
def test_a_receipt_whose_worker_is_killed_after_the_server_accepted_it_is_not_sent_again(smtp, background):
    handler, _port = smtp
    henvendelse = _henvendelse()
    worker = background("worker")
    wait_for(handler.holding.is_set, "the worker to send QUIT")
    _kill(worker)
    handler.release.set()
    assert len(handler.delivered) == 1
    henvendelse.refresh_from_db()
    assert henvendelse.receipt_sent_at is not None  # recorded before QUIT

    background("worker")
    wait_for(lambda: timezone.now() > henvendelse.receipt_claimed_at + dt.timedelta(seconds=1.5), "stale")
    sweep = background("scheduler", "--once", "--only", "receipts_send")
    assert sweep.wait(timeout=DEADLINE) == 0
    assert len(handler.delivered) == 1


@pytest.mark.parametrize("smtp", ["data"], indirect=True)
def test_a_letter_whose_worker_is_killed_in_the_middle_of_the_dispatch_is_sent_once(smtp, background, settings,
                                                                                     tmp_path):
    from borgerraad.accounts.roles import Role
    from borgerraad.letters import services as letters
    from borgerraad.letters.models import Dispatch, DispatchStatus
    from tests.cases.conftest import _user, make_case
    from tests.letters.test_dispatch import final_letter

    handler, _port = smtp
    settings.LETTERS_DIR = tmp_path / "letters"
    settings.MEDIA_ROOT = tmp_path / "media"
    rasmus = _user("rasmus", Role.RAADGIVER)
    case = make_case(by=rasmus, preferred_channel="email")
    letter = final_letter(case, rasmus, kind="kvittering")
    dispatch = letters.letter_send(letter=letter, by=rasmus)  # the send task is queued on commit
    worker = background("worker")
    wait_for(handler.holding.is_set, "the worker to send DATA")
    _kill(worker)
    handler.release.set()
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.QUEUED and handler.delivered == []  # rolled back with the worker

    background("worker")
    background("scheduler", "--only", "letters_retry")
    wait_for(lambda: Dispatch.objects.get(pk=dispatch.pk).status == DispatchStatus.SENT, "the retry to send")
    sweep = background("scheduler", "--once", "--only", "letters_retry")
    assert sweep.wait(timeout=DEADLINE) == 0
    [message] = handler.delivered
    assert message["To"] == "bo@example.dk" and message["Message-ID"] == f"<{dispatch.uuid}@localhost>"
