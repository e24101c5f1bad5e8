"""MeMo messages (Næste generation Digital Post, namespace ``https://DigitalPost.dk/MeMo-1``).

One letter becomes one message: the dispatch's UUID as ``messageUUID`` (so a resend is recognised
as the same message), the municipality's CVR as sender, the citizen's CPR or the business's CVR
as recipient, a label and a notification without personal data (DOMAIN.md §5), the case's reference
number as ``CaseID`` and the PDF as the main document. Version 1.2 by default; 1.1 adds the
required ``memoSchVersion`` attribute. Both validate against the official schemas (tests/letters).
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from lxml import etree

NS = "https://DigitalPost.dk/MeMo-1"
SCH_VERSION = {"1.1": "1.1.0", "1.2": "1.2.0"}
CASE_SYSTEM = "Borgerrådgiveren"


@dataclass(frozen=True)
class MemoMessage:
    message_uuid: str
    sender_cvr: str
    sender_label: str
    recipient_id: str
    recipient_id_type: str  # CPR or CVR
    label: str
    notification: str
    case_reference: str
    pdf: bytes
    filename: str
    language: str
    created: dt.datetime


def _sub(parent, name: str, text: str | None = None):
    element = etree.SubElement(parent, f"{{{NS}}}{name}")
    if text is not None:
        element.text = text
    return element


def memo_build(message: MemoMessage, *, version: str = "1.2") -> bytes:
    """The MeMo XML of ``message`` in ``version`` (1.1 or 1.2), UTF-8 with an XML declaration."""
    if version not in SCH_VERSION:
        raise ValueError(f"MeMo version must be 1.1 or 1.2, not {version!r}.")
    root = etree.Element(f"{{{NS}}}Message", nsmap={"memo": NS})
    root.set("memoVersion", version)
    if version == "1.1":
        root.set("memoSchVersion", SCH_VERSION[version])
    header = _sub(root, "MessageHeader")
    _sub(header, "messageType", "DIGITALPOST")
    _sub(header, "messageUUID", message.message_uuid)
    _sub(header, "label", message.label[:150])
    _sub(header, "notification", message.notification[:160])
    _sub(header, "mandatory", "false")
    _sub(header, "legalNotification", "false")
    sender = _sub(header, "Sender")
    _sub(sender, "senderID", message.sender_cvr)
    _sub(sender, "idType", "CVR")
    _sub(sender, "label", message.sender_label)
    recipient = _sub(header, "Recipient")
    _sub(recipient, "recipientID", message.recipient_id)
    _sub(recipient, "idType", message.recipient_id_type)
    content = _sub(header, "ContentData")
    case_id = _sub(content, "CaseID")
    _sub(case_id, "caseID", message.case_reference)
    _sub(case_id, "caseSystem", CASE_SYSTEM)
    body = _sub(root, "MessageBody")
    _sub(body, "createdDateTime", message.created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    main = _sub(body, "MainDocument")
    _sub(main, "label", message.label[:150])
    file = _sub(main, "File")
    _sub(file, "encodingFormat", "application/pdf")
    _sub(file, "filename", message.filename)
    _sub(file, "language", message.language)
    _sub(file, "content", base64.b64encode(message.pdf).decode("ascii"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
