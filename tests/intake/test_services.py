"""Registering henvendelser: reference numbers, idempotency, attachments, triage, receipts, drafts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from borgerraad.core.calendar import TZ
from borgerraad.core.models import ClosingDay, Office
from borgerraad.intake import services
from borgerraad.intake.models import Attachment, Draft, Henvendelse
from borgerraad.intake.selectors import acknowledgement_deadline
from borgerraad.intake.tasks import receipt_email_send
from tests.intake import files
from tests.intake.factories import henvendelse_data, make_henvendelse

pytestmark = pytest.mark.django_db


def test_register_stores_every_answer_with_a_reference_and_triage(alice):
    henvendelse = services.henvendelse_register(channel="web", submitted=alice, submission_key="k1")
    year = timezone.localtime(henvendelse.received_at, TZ).year
    assert henvendelse.reference == f"BR-{year}-00001"
    assert henvendelse.status == "modtaget"
    assert henvendelse.channel == "web"
    henvendelse.refresh_from_db()
    assert henvendelse.name == "Alice Jensen"
    assert henvendelse.department.code == "BIF"
    assert henvendelse.contacted_unit == "yes_no_answer"
    assert henvendelse.triage["verdict"] in {"in_scope", "contact_unit_first", "out_of_scope"}
    assert "grounds" in henvendelse.triage and "explanation" in henvendelse.triage


def test_reference_numbers_are_sequential_per_year():
    with time_machine.travel(dt.datetime(2026, 12, 31, 23, 30, tzinfo=TZ), tick=False):
        first = make_henvendelse()
        second = make_henvendelse()
    with time_machine.travel(dt.datetime(2027, 1, 1, 0, 30, tzinfo=TZ), tick=False):
        third = make_henvendelse()
    assert [first.reference, second.reference, third.reference] == [
        "BR-2026-00001", "BR-2026-00002", "BR-2027-00001",
    ]


def test_the_same_submission_key_gives_the_same_henvendelse():
    first = make_henvendelse(key="web-draft:abc")
    again = make_henvendelse(key="web-draft:abc", name="Someone Else")
    assert again.pk == first.pk
    assert Henvendelse.objects.count() == 1
    assert make_henvendelse().reference.endswith("00002")  # no number was used up by the repeat


def test_cpr_in_free_text_is_flagged_and_masked_in_the_triage_result():
    henvendelse = make_henvendelse(description="Jobcentret svarer ikke. Mit cpr-nummer er 120483-1234.")
    assert henvendelse.text_has_cpr
    assert "120483-1234" not in json.dumps(henvendelse.triage)


def test_receipt_is_sent_once_without_cpr_or_case_text(alice, django_capture_on_commit_callbacks, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        henvendelse = services.henvendelse_register(channel="web", submitted=alice, submission_key="k2")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.dk"]
    assert henvendelse.reference in message.subject and henvendelse.reference in message.body
    assert "1204" not in message.body and "jobcentret" not in message.body.lower()
    assert not message.attachments
    receipt_email_send.call(henvendelse_id=henvendelse.pk)  # a retried task sends nothing
    assert len(mail.outbox) == 1
    henvendelse.refresh_from_db()
    assert henvendelse.receipt_sent_at is not None


def test_no_receipt_without_an_e_mail_address(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        make_henvendelse(email="", preferred_channel="letter", address="Vej 1, 2300 København S")
    assert callbacks == []


def test_receipt_deadline_counts_working_days_and_closing_days():
    office = Office.objects.get()
    office.acknowledgement_working_days = 10
    office.save()
    received = dt.datetime(2026, 12, 18, 14, 0, tzinfo=TZ)  # Friday before Christmas
    # 21, 22, 23 (24-27 closed), 28, 29, 30 (31 Dec-3 Jan closed), 4, 5, 6, 7 → Thursday 7 January.
    assert acknowledgement_deadline(received_at=received, office=office) == dt.date(2027, 1, 7)
    ClosingDay.objects.create(office=office, date=dt.date(2026, 12, 28), reason="Lukkedag")
    assert acknowledgement_deadline(received_at=received, office=office) == dt.date(2027, 1, 8)


def test_a_draft_keeps_its_answers_and_files_until_it_is_submitted():
    draft = services.draft_create(answers={"name": "Alice"})
    services.draft_save_answers(draft=draft, answers={"cpr": "120483-1234"}, completed_step=2)
    upload = SimpleUploadedFile("svar fra kommunen.pdf", files.PDF, content_type="application/pdf")
    attachment = services.draft_attachment_add(draft=draft, upload=upload, kind="answer")
    assert attachment.content_type == "application/pdf"
    assert attachment.file.name.startswith("uploads/") and "svar" not in attachment.file.name
    assert services.draft_answers(Draft.objects.get(pk=draft.pk)) == {"name": "Alice", "cpr": "120483-1234"}
    henvendelse = services.draft_submit(draft=draft, submitted=henvendelse_data())
    again = services.draft_submit(draft=draft, submitted=henvendelse_data())
    assert again.pk == henvendelse.pk
    attachment.refresh_from_db()
    assert attachment.henvendelse == henvendelse and attachment.draft is None
    draft.refresh_from_db()
    assert draft.data == "{}"


def test_a_failing_registration_keeps_the_draft(monkeypatch):
    draft = services.draft_create(answers={"description": "Ingen svar fra skolen."})

    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "_draw_reference", lambda counter: broken())
    with pytest.raises(RuntimeError):
        services.draft_submit(draft=draft, submitted=henvendelse_data())
    draft.refresh_from_db()
    assert draft.henvendelse is None
    assert services.draft_answers(draft) == {"description": "Ingen svar fra skolen."}
    assert Henvendelse.objects.count() == 0


def test_expired_drafts_and_their_files_are_deleted(media_root):
    draft = services.draft_create(answers={"name": "Alice"})
    upload = SimpleUploadedFile("a.png", files.PNG)
    attachment = services.draft_attachment_add(draft=draft, upload=upload, kind="other")
    path = attachment.file.path
    assert services.draft_delete_expired(now=timezone.now() + dt.timedelta(hours=23)) == 0
    assert services.draft_delete_expired(now=timezone.now() + dt.timedelta(days=30)) == 1
    assert not Attachment.objects.exists()
    import os

    assert not os.path.exists(path)


def test_a_triage_failure_never_loses_a_henvendelse(monkeypatch, caplog):
    import borgerraad.triage.engine as engine

    def broken(*args, **kwargs):
        raise ValueError("120483-1234 should never be logged")

    monkeypatch.setattr(engine, "triage", broken)
    henvendelse = make_henvendelse(with_cpr=True)
    assert henvendelse.pk and henvendelse.triage == {}
    assert "120483" not in caplog.text


@pytest.mark.postgresql  # real concurrency needs PostgreSQL's row locks; make test runs it there
@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_get_distinct_sequential_references():
    import threading

    from django.db import connection

    references: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def register(number: int) -> None:
        try:
            start.wait()
            references.append(make_henvendelse(key=f"concurrent:{number}").reference)
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(number,)) for number in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    numbers = sorted(int(reference.rsplit("-", 1)[1]) for reference in references)
    assert numbers == list(range(numbers[0], numbers[0] + 6))
    assert Henvendelse.objects.count() == 6
