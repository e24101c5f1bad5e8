"""Dispatch: MeMo against the official schemas, e-mail through a real SMTP server (SF1601 against a
local Serviceplatformen is in test_sf1601.py), the outbox and print queue, retries with a failing channel
without a second send, and a case that cannot close before its conclusion letter is confirmed."""

from __future__ import annotations

import base64
import email
import email.policy
import uuid
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.exceptions import ValidationError
from lxml import etree

from borgerraad.cases.models import CaseStatus
from borgerraad.cases.services import case_transition
from borgerraad.cases.workflow import TransitionNotAllowed
from borgerraad.letters import services
from borgerraad.letters.dispatch import DispatchError, Outgoing, Receipt
from borgerraad.letters.dispatch.digital_post import memo_for
from borgerraad.letters.dispatch.digital_post.outbox import outbox_dir
from borgerraad.letters.dispatch.email import EmailChannel
from borgerraad.letters.dispatch.print import print_queue_dir
from borgerraad.letters.models import DispatchStatus, LetterChannel
from tests.letters.conftest import pdf_text
from tests.processes import free_port

pytestmark = pytest.mark.django_db

# The official schemas, in the one copy the Digital Post inbox validates with.
MEMO_XSD = Path(__file__).resolve().parents[2] / "borgerraad" / "channels" / "digital_post" / "schemas"
NS = {"memo": "https://DigitalPost.dk/MeMo-1"}


def schema(version: str) -> etree.XMLSchema:
    path = MEMO_XSD / ("Version1.2/MeMo_core.xsd" if version == "1.2" else "MeMo_core.xsd")
    return etree.XMLSchema(etree.parse(str(path)))


def final_letter(case, by, *, kind="afslutning", channel=None):
    letter = services.letter_draft(case=case, kind=kind, language="da", by=by)
    if channel:
        letter = services.letter_update(letter=letter, by=by, subject=letter.subject, body=letter.body, channel=channel)
    return services.letter_finalise(letter=letter, by=by)


# --- MeMo --------------------------------------------------------------------------------------------


def test_the_official_examples_validate_against_our_copy_of_the_schema():
    for example in (MEMO_XSD / "examples").glob("*.xml") if (MEMO_XSD / "examples").exists() else []:
        assert schema("1.2").validate(etree.parse(str(example))), example


@pytest.mark.parametrize("version", ["1.2", "1.1"])
def test_memo_validates_against_the_official_schema(concluded_case, rasmus, office, version):
    letter = final_letter(concluded_case, rasmus, channel="digital_post")
    key = str(uuid.uuid4())
    xml = memo_for(Outgoing(key=key, letter=letter, pdf=services.letter_pdf_bytes(letter), office=office),
                   version=version)
    document = etree.fromstring(xml)
    xsd = schema(version)
    assert xsd.validate(document), xsd.error_log
    assert document.get("memoVersion") == version
    assert document.findtext("memo:MessageHeader/memo:messageUUID", namespaces=NS) == key
    assert document.findtext("memo:MessageHeader/memo:Sender/memo:senderID", namespaces=NS) == "64942212"
    assert document.findtext("memo:MessageHeader/memo:Recipient/memo:recipientID", namespaces=NS) == "1204831234"
    assert document.findtext("memo:MessageHeader/memo:Recipient/memo:idType", namespaces=NS) == "CPR"
    assert document.findtext(".//memo:CaseID/memo:caseID", namespaces=NS) == concluded_case.reference
    notification = document.findtext("memo:MessageHeader/memo:notification", namespaces=NS)
    assert "Hansen" not in notification and "1204" not in notification
    content = document.findtext(".//memo:MainDocument/memo:File/memo:content", namespaces=NS)
    assert base64.b64decode(content) == services.letter_pdf_bytes(letter)
    assert document.findtext(".//memo:MainDocument/memo:File/memo:encodingFormat", namespaces=NS) == "application/pdf"


def test_digital_post_without_serviceplatformen_drops_the_same_file_on_a_resend(concluded_case, rasmus, office):
    letter = final_letter(concluded_case, rasmus, channel="digital_post")
    dispatch = services.letter_send(letter=letter, by=rasmus)
    assert services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.HANDED_OVER and dispatch.confirmed_at is None
    files = list(outbox_dir().glob("*.xml"))
    assert [f.name for f in files] == [f"{dispatch.uuid}.xml"]
    assert schema("1.2").validate(etree.parse(str(files[0])))
    # A handed-over letter is not sent yet: the case cannot close until staff confirm delivery.
    case_transition(case=concluded_case, to_status="vurdering", by=rasmus)
    with pytest.raises(TransitionNotAllowed, match="afslutningsbrevet er bekræftet sendt"):
        case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    services.dispatch_confirm(dispatch=dispatch, by=rasmus)
    case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    # The same file name every time: a crash-and-resend replaces, never duplicates.
    from borgerraad.letters.dispatch.digital_post import outbox

    outbox.drop(memo=files[0].read_bytes(), key=str(dispatch.uuid))
    assert len(list(outbox_dir().glob("*.xml"))) == 1


def test_digital_post_needs_cpr_or_cvr(concluded_case, rasmus):
    henvendelse = concluded_case.henvendelse
    henvendelse.cpr = ""
    henvendelse.save()
    letter = services.letter_draft(case=concluded_case, kind="afslutning", by=rasmus)
    letter = services.letter_update(letter=letter, by=rasmus, subject=letter.subject, body=letter.body,
                                    channel="digital_post")
    with pytest.raises(ValidationError, match="CPR- eller CVR-nummer"):
        services.letter_finalise(letter=letter, by=rasmus)


# --- E-mail through a real SMTP server ----------------------------------------------------------------


class _Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server(settings):
    sink = _Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                                    "OPTIONS": {"host": "127.0.0.1", "port": port}}}
    yield sink
    controller.stop()


@pytest.mark.parametrize("pdf_allowed", [False, True])
def test_email_goes_through_smtp_without_personal_data(concluded_case, rasmus, office, smtp_server, tmp_path,
                                                       pdf_allowed):
    office.email_pdf_allowed = pdf_allowed
    office.save()
    letter = final_letter(concluded_case, rasmus)
    assert letter.channel == LetterChannel.EMAIL
    dispatch = services.letter_send(letter=letter, by=rasmus)
    assert services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT and dispatch.external_id == f"<{dispatch.uuid}@localhost>"
    [(recipients, content)] = smtp_server.messages
    assert recipients == ["bo@example.dk"]
    message = email.message_from_bytes(content, policy=email.policy.default)
    text = message.get_body(("plain",)).get_content()
    for private in ("Bo Hansen", "Hansen", "120483", concluded_case.reference, "kritik"):
        assert private not in text and private not in message["Subject"]
    attachments = [part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"]
    if pdf_allowed:
        [attachment] = attachments
        assert "Bo Hansen" in pdf_text(attachment.get_payload(decode=True), tmp_path)
    else:
        assert attachments == []
    # Confirmed: the case can now close.
    case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)


# --- Retries and idempotency ----------------------------------------------------------------------------


class _Flaky(EmailChannel):
    calls = 0
    failures = 2

    def send(self, outgoing):
        type(self).calls += 1
        if type(self).calls <= type(self).failures:
            raise DispatchError("smtp_refused")
        return Receipt(external_id=outgoing.key, confirmed=True)


def test_a_failing_channel_is_retried_with_backoff_and_sends_once(concluded_case, rasmus, monkeypatch):
    import borgerraad.letters.services as letter_services

    _Flaky.calls, _Flaky.failures = 0, 2
    monkeypatch.setattr(letter_services, "channel_get", lambda name: _Flaky())
    letter = final_letter(concluded_case, rasmus)
    dispatch = services.letter_send(letter=letter, by=rasmus)
    assert services.letter_send(letter=letter, by=rasmus) == dispatch  # sending twice: the same dispatch
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED and dispatch.attempts == 1 and dispatch.next_attempt_at
    assert dispatch.last_error_text == "Mailserveren tog ikke imod beskeden."
    with pytest.raises(TransitionNotAllowed):
        case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    assert services.dispatches_retry(now=dispatch.created_at) == {"sent": 0, "failed": 0}  # backoff not passed
    later = dispatch.next_attempt_at
    assert services.dispatches_retry(now=later) == {"sent": 0, "failed": 1}
    dispatch.refresh_from_db()
    assert services.dispatches_retry(now=dispatch.next_attempt_at) == {"sent": 1, "failed": 0}
    for _ in range(3):
        services.dispatches_retry(now=dispatch.next_attempt_at)
        services.dispatch_attempt(dispatch_id=dispatch.pk)
    assert _Flaky.calls == 3  # two failures, one success, and nothing after it
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT and dispatch.attempts == 3
    case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)


def test_a_dispatch_that_keeps_failing_is_given_up_and_shown_to_staff(concluded_case, rasmus, monkeypatch, settings):
    import borgerraad.letters.services as letter_services
    from borgerraad.letters.selectors import dispatches_needing_attention

    settings.LETTERS_MAX_ATTEMPTS = 2
    _Flaky.calls, _Flaky.failures = 0, 99
    monkeypatch.setattr(letter_services, "channel_get", lambda name: _Flaky())
    dispatch = services.letter_send(letter=final_letter(concluded_case, rasmus), by=rasmus)
    services.dispatch_attempt(dispatch_id=dispatch.pk)
    services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.GAVE_UP
    assert list(dispatches_needing_attention()) == [dispatch]
    services.dispatch_retry_now(dispatch=dispatch, by=rasmus)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED


def test_the_send_task_is_queued_after_commit(concluded_case, rasmus, django_capture_on_commit_callbacks):
    letter = final_letter(concluded_case, rasmus)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.letter_send(letter=letter, by=rasmus)
    assert len(callbacks) == 1


def test_print_queues_a_print_ready_pdf_with_the_address(concluded_case, rasmus, tmp_path):
    letter = final_letter(concluded_case, rasmus, channel="print")
    dispatch = services.letter_send(letter=letter, by=rasmus)
    services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.HANDED_OVER
    queued = print_queue_dir() / f"{dispatch.uuid}.pdf"
    text = pdf_text(queued.read_bytes(), tmp_path)
    assert "Bo Hansen" in text and "2300 København S" in text


def test_closing_waits_for_a_confirmed_conclusion_letter_even_without_a_draft(concluded_case, rasmus):
    # Point 1 was taken up as a case: without any conclusion letter the case cannot close (the
    # rule docs/letters.md states), and nothing is sent by trying.
    with pytest.raises(TransitionNotAllowed, match="uden et afslutningsbrev"):
        case_transition(case=concluded_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    assert not mail.outbox


def test_a_kvittering_acknowledges_the_case_only_when_confirmed(concluded_case, rasmus):
    letter = final_letter(concluded_case, rasmus, kind="kvittering", channel="print")
    dispatch = services.letter_send(letter=letter, by=rasmus)
    services.dispatch_attempt(dispatch_id=dispatch.pk)
    concluded_case.refresh_from_db()
    assert concluded_case.acknowledged_at is None  # queued for print, not yet posted
    dispatch.refresh_from_db()
    confirmed = services.dispatch_confirm(dispatch=dispatch, by=rasmus)
    concluded_case.refresh_from_db()
    assert concluded_case.acknowledged_at == confirmed.confirmed_at
