"""The e-mail channel end to end against a real IMAP server (Dovecot): exactly once, moved, parsed."""

from __future__ import annotations

import threading

import pytest
from django.db import connections

from borgerraad.channels.email import imap
from borgerraad.channels.email.imap import mail_poll
from borgerraad.channels.models import InboundMessage, InboundStatus
from borgerraad.intake.models import Channel, Henvendelse
from tests.channels import corpus

pytestmark = pytest.mark.django_db


def test_a_message_is_registered_stored_raw_and_moved(deliver, folder_count):
    raw = corpus.plain_utf8()
    deliver(raw)
    result = mail_poll()
    assert (result.registered, result.duplicates, result.failed) == (1, 0, 0)
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.channel == Channel.EMAIL
    assert henvendelse.email == corpus.CITIZEN and henvendelse.name == "Birthe Hansen"
    assert "hjælpemidler" in henvendelse.description
    inbound = InboundMessage.objects.get()
    assert inbound.henvendelse == henvendelse and inbound.status == InboundStatus.REGISTERED
    assert inbound.raw_file.name.startswith("inbound/") and "Birthe" not in inbound.raw_file.name
    assert inbound.raw_file.read() == raw.replace(b"\n", b"\r\n")  # IMAP speaks CRLF
    assert folder_count("INBOX") == 0 and folder_count("Behandlet") == 1


def test_the_corpus_of_awkward_messages(deliver, folder_count):
    for raw in (corpus.latin1(), corpus.raw_8bit_latin1_header(), corpus.html_only(),
                corpus.nested_with_inline_image(), corpus.forwarded(), corpus.winmail_dat(), corpus.empty_body()):
        deliver(raw)
    result = mail_poll()
    assert (result.registered, result.failed) == (7, 0)
    by_subject = {h.description.split("\n")[0]: h for h in Henvendelse.objects.all()}
    assert "Ærø" in next(key for key in by_subject if key.startswith("Klage over afslag"))
    assert "Klage over boligstøtte" in by_subject
    nested = by_subject["Flere dele"]
    assert sorted(a.original_name for a in nested.attachments.all()) == ["afgørelse.pdf", "skade.png"]
    assert [a.original_name for a in by_subject["Outlook"].attachments.all()] == ["notat.txt"]
    assert sum(h.description == "(E-mailen var tom.)" for h in Henvendelse.objects.all()) == 1
    assert folder_count("Behandlet") == 7


def test_a_20_mb_attachment_is_left_out_and_staff_are_told(deliver):
    deliver(corpus.big_attachment())
    assert mail_poll().registered == 1
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.attachments.count() == 0
    assert "journal.pdf er for stor" in henvendelse.description
    assert "journal.pdf er for stor" in InboundMessage.objects.get().problems


def test_the_same_message_handed_out_again_is_registered_once(deliver, folder_count):
    raw = corpus.plain_utf8()
    deliver(raw)
    mail_poll()
    deliver(raw)  # the server (or a user moving it back) hands it out again
    result = mail_poll()
    assert (result.registered, result.duplicates) == (0, 1)
    assert Henvendelse.objects.count() == 1
    assert folder_count("INBOX") == 0 and folder_count("Behandlet") == 2


def test_a_crash_between_registering_and_moving_is_harmless(deliver, folder_count, monkeypatch):
    deliver(corpus.plain_utf8())

    def crash(*args, **kwargs):
        raise RuntimeError("the poller died")

    monkeypatch.setattr(imap, "_move", crash)
    with pytest.raises(RuntimeError):
        mail_poll()
    assert Henvendelse.objects.count() == 1 and folder_count("INBOX") == 1
    monkeypatch.undo()
    result = mail_poll()
    assert (result.registered, result.duplicates) == (0, 1)
    assert Henvendelse.objects.count() == 1
    assert folder_count("INBOX") == 0 and folder_count("Behandlet") == 1


def test_a_failure_while_registering_leaves_the_message_for_the_next_poll(deliver, folder_count, monkeypatch):
    deliver(corpus.plain_utf8())

    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(imap, "email_receive", broken)
    assert mail_poll().failed == 1
    assert folder_count("INBOX") == 1 and InboundMessage.objects.count() == 0
    monkeypatch.undo()
    assert mail_poll().registered == 1


def test_a_twin_that_passed_the_first_check_is_stopped_by_the_unique_claim(deliver, monkeypatch):
    """What a concurrent poller sees: the message was not there when it looked, but is when it inserts."""
    from borgerraad.channels import services
    from borgerraad.channels.email.services import email_receive

    raw = corpus.plain_utf8()
    assert email_receive(raw=raw) is not None
    real_seen, calls = services.inbound_seen, []

    def seen_late(**kwargs):
        calls.append(kwargs)
        return len(calls) > 1 and real_seen(**kwargs)

    monkeypatch.setattr(services, "inbound_seen", seen_late)
    assert email_receive(raw=raw) is None
    assert len(calls) == 2  # looked, inserted, hit the unique key, looked again
    assert Henvendelse.objects.count() == 1 and InboundMessage.objects.count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.postgresql  # concurrent writers need PostgreSQL; SQLite's shared test database locks tables
def test_two_polls_at_the_same_time_register_once(deliver, folder_count):
    for index in range(3):
        deliver(corpus.plain_utf8(text=f"Henvendelse nummer {index}."))
    results = []
    barrier = threading.Barrier(2)

    def worker():
        try:
            barrier.wait()
            results.append(mail_poll())
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2
    assert sum(r.registered for r in results) == 3
    assert sum(r.failed for r in results) == 0
    assert Henvendelse.objects.count() == 3 and InboundMessage.objects.count() == 3
    # Both pollers may move the same message; the server can then keep a second copy. Nothing is lost.
    assert folder_count("INBOX") == 0 and folder_count("Behandlet") >= 3


def test_the_cron_command_and_the_task_poll_the_mailbox(deliver, folder_count):
    from io import StringIO

    from django.core.management import call_command

    from borgerraad.channels.tasks import mail_poll_task

    deliver(corpus.plain_utf8())
    out = StringIO()
    call_command("mail_poll", stdout=out)
    assert "registered=1" in out.getvalue()
    deliver(corpus.latin1())
    assert mail_poll_task.enqueue().return_value == {"registered": 1, "duplicates": 0, "failed": 0}


def test_without_an_imap_host_the_poll_does_nothing(settings):
    settings.CHANNELS_IMAP = {**settings.CHANNELS_IMAP, "host": ""}
    assert mail_poll().registered == 0
