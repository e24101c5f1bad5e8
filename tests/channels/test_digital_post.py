"""Incoming Digital Post: the official MeMo examples, replies to messages the product sent, the folder inbox."""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from pathlib import Path

import pytest
from lxml import etree

from borgerraad.cases.selectors import case_journal
from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.channels.digital_post.inbox import FolderReceiver, digital_post_poll
from borgerraad.channels.digital_post.memo import NS, MemoError, memo_parse
from borgerraad.channels.models import InboundMessage, InboundStatus
from borgerraad.intake.models import Channel, Henvendelse
from borgerraad.letters.memo import MemoMessage, memo_build
from tests.channels.corpus import PDF_BYTES
from tests.intake.factories import make_henvendelse

# The official MeMo examples (Digitaliseringsstyrelsen), copied into the repository.
EXAMPLES = Path(__file__).resolve().parent / "memo"
CITIZEN_CPR = "2211771212"


def _example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


def _sent_by_us(reference: str) -> bytes:
    """A letter as the product sends it by Digital Post (letters.memo)."""
    return memo_build(MemoMessage(
        message_uuid=str(uuid.uuid4()), sender_cvr="64942212", sender_label="Borgerrådgiveren",
        recipient_id=CITIZEN_CPR, recipient_id_type="CPR", label="Svar på din henvendelse",
        notification="Du har fået post fra Borgerrådgiveren.", case_reference=reference, pdf=PDF_BYTES,
        filename="svar.pdf", language="da", created=dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC),
    ))


def _citizen_reply(sent: bytes, *, text: str = "Tak for svaret. Jeg har et spørgsmål mere.") -> bytes:
    """The citizen's answer to ``sent`` as Digital Post delivers it: ReplyData points at our message."""
    original = memo_parse(sent)

    def sub(parent, name, value=None):
        element = etree.SubElement(parent, f"{{{NS}}}{name}")
        if value is not None:
            element.text = value
        return element

    root = etree.Element(f"{{{NS}}}Message", nsmap={"memo": NS})
    root.set("memoVersion", "1.2")
    header = sub(root, "MessageHeader")
    sub(header, "messageType", "DIGITALPOST")
    sub(header, "messageUUID", str(uuid.uuid4()))
    sub(header, "label", "Sv: Svar på din henvendelse")
    sender = sub(header, "Sender")
    sub(sender, "senderID", CITIZEN_CPR)
    sub(sender, "idType", "CPR")
    sub(sender, "label", "Mette Hansen")
    recipient = sub(header, "Recipient")
    sub(recipient, "recipientID", original.sender_id)
    sub(recipient, "idType", "CVR")
    reply = sub(header, "ReplyData")
    sub(reply, "messageUUID", original.message_uuid)
    sub(reply, "replyUUID", str(uuid.uuid4()))
    sub(reply, "caseID", original.case_ids[0])
    body = sub(root, "MessageBody")
    sub(body, "createdDateTime", "2026-11-25T10:00:00Z")
    main = sub(body, "MainDocument")
    file = sub(main, "File")
    sub(file, "encodingFormat", "text/plain")
    sub(file, "filename", "svar.txt")
    sub(file, "language", "da")
    sub(file, "content", base64.b64encode(text.encode()).decode())
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_the_official_examples_parse():
    minimum = memo_parse(_example("MeMo_Minimum_Example.xml"))
    assert (minimum.version, minimum.label, minimum.sender_id, minimum.sender_id_type) == (
        "1.2", "Pladsanvisning", "12345678", "CVR",
    )
    assert minimum.message_uuid == "8c2ea15d-61fb-4ba9-9366-42f8b194c114"
    assert [(f.filename, f.content) for f in minimum.files] == [("Pladsanvisning.pdf", b"This is a test")]
    attached = memo_parse(_example("MeMo_with_attachment.xml"))
    assert [f.filename for f in attached.files] == ["File1.txt", "File2.txt"]
    full = memo_parse(_example("MeMo_Full_Example.xml"))
    assert full.case_ids == ["SAG-12345"]
    assert [r.case_id for r in full.replies] == ["SAG-456", "SAG-4567"]
    assert full.replies[1].reply_uuid == "8c2ea15d-61fb-4ba9-9366-42f8b194c114"


def test_the_products_own_messages_parse_with_the_reference_as_case_id():
    sent = memo_parse(_sent_by_us("BR-2026-00042"))
    assert sent.case_ids == ["BR-2026-00042"] and sent.recipient_id == CITIZEN_CPR


def test_invalid_memo_is_refused():
    with pytest.raises(MemoError):
        memo_parse(b"<not-memo/>")
    with pytest.raises(MemoError):
        memo_parse(_example("MeMo_Minimum_Example.xml").replace(b"<memo:label>", b"<memo:oops/><memo:label>", 1))


@pytest.fixture
def inbox(tmp_path, settings):
    folder = tmp_path / "digital_post"
    folder.mkdir()
    settings.CHANNELS_DIGITAL_POST_INBOX = str(folder)
    return folder


@pytest.mark.django_db
def test_a_new_message_from_the_inbox_folder_is_a_henvendelse_once(inbox):
    (inbox / "a.xml").write_bytes(_example("MeMo_with_attachment.xml"))
    (inbox / "b.xml").write_bytes(_example("MeMo_with_attachment.xml"))  # handed out twice
    (inbox / "broken.xml").write_bytes(b"<memo:Message")
    result = digital_post_poll()
    assert (result.registered, result.duplicates, result.failed) == (1, 1, 1)
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.channel == Channel.DIGITAL_POST and henvendelse.preferred_channel == "digital_post"
    assert henvendelse.submitter_kind == "business" and henvendelse.company_name == "Sender Label"
    assert sorted(a.original_name for a in henvendelse.attachments.all()) == ["File1.txt", "File2.txt"]
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == ["a.xml", "b.xml"]
    assert [p.name for p in (inbox / "failed").iterdir()] == ["broken.xml"]
    assert not list(inbox.glob("*.xml"))
    assert InboundMessage.objects.get().raw_file.name.endswith(".xml")


@pytest.mark.django_db
def test_a_reply_to_a_letter_we_sent_joins_the_case(inbox):
    henvendelse = make_henvendelse()
    case = case_open_from_henvendelse(henvendelse=henvendelse)
    (inbox / "reply.xml").write_bytes(_citizen_reply(_sent_by_us(henvendelse.reference)))
    assert digital_post_poll(receiver=FolderReceiver(inbox)).registered == 1
    assert Henvendelse.objects.count() == 1
    reply = InboundMessage.objects.get()
    assert reply.status == InboundStatus.JOINED and reply.joined_to == henvendelse
    assert "et spørgsmål mere" in reply.text
    assert "Digital Post" in next(entry.title for entry in case_journal(case=case) if entry.kind == "inbound")


@pytest.mark.django_db
def test_a_citizens_new_message_keeps_the_cpr_number_encrypted(inbox):
    reply = _citizen_reply(_sent_by_us("BR-1999-99999"), text="Jeg vil klage over min bolig.")  # no such case
    (inbox / "new.xml").write_bytes(reply)
    digital_post_poll()
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.cpr == CITIZEN_CPR and henvendelse.name == "Mette Hansen"
    assert "klage over min bolig" in henvendelse.description


@pytest.mark.django_db
def test_the_cron_command_reads_the_configured_folder(inbox):
    from io import StringIO

    from django.core.management import call_command

    (inbox / "a.xml").write_bytes(_example("MeMo_Minimum_Example.xml"))
    out = StringIO()
    call_command("digital_post_poll", stdout=out)
    assert "registered=1" in out.getvalue()
