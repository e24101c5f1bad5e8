"""Reading incoming MeMo messages (Næste generation Digital Post, ``https://DigitalPost.dk/MeMo-1``).

Rules:

- A message is validated against the official schema of its ``memoVersion`` (1.1 or 1.2, copied into
  ``schemas/`` from Digitaliseringsstyrelsen's publication) before anything is read from it; an invalid
  message raises ``MemoError`` and is not registered.
- The case it belongs to is read from ``ReplyData/caseID`` (a reply to a message we sent, which carried
  our reference number as ``CaseID``) or from ``ContentData/CaseID/caseID``.
- The text is the message's label plus every ``text/plain`` document; all documents (main and
  additional) are files, which intake checks like any upload.
- Parsing never resolves external entities or fetches anything over the network.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lxml import etree

NS = "https://DigitalPost.dk/MeMo-1"
_N = {"memo": NS}
SCHEMAS = Path(__file__).resolve().parent / "schemas"
_SCHEMA_FILES = {"1.1": SCHEMAS / "MeMo_core.xsd", "1.2": SCHEMAS / "Version1.2" / "MeMo_core.xsd"}


class MemoError(ValueError):
    pass


@dataclass
class MemoFile:
    filename: str
    encoding_format: str
    content: bytes


@dataclass
class MemoReply:
    message_uuid: str
    reply_uuid: str
    message_id: str
    case_id: str


@dataclass
class ParsedMemo:
    version: str
    message_uuid: str
    message_id: str
    label: str
    sender_id: str
    sender_id_type: str
    sender_label: str
    recipient_id: str
    case_ids: list[str]
    replies: list[MemoReply]
    files: list[MemoFile] = field(default_factory=list)

    @property
    def text(self) -> str:
        parts = [self.label]
        for file in self.files:
            if file.encoding_format.startswith("text/plain"):
                try:
                    parts.append(file.content.decode("utf-8"))
                except UnicodeDecodeError:
                    parts.append(file.content.decode("cp1252", "replace"))
        return "\n\n".join(part.strip() for part in parts if part and part.strip())

    @property
    def referenced_case_ids(self) -> list[str]:
        return [reply.case_id for reply in self.replies if reply.case_id] + self.case_ids


@cache
def _schema(version: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(_SCHEMA_FILES[version])))


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _text(element, path: str) -> str:
    found = element.find(path, _N) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def memo_validate(document) -> str:
    """The MeMo version of a parsed document, or ``MemoError`` when it does not follow its schema."""
    version = document.getroot().get("memoVersion", "")
    if version not in _SCHEMA_FILES:
        raise MemoError(f"Unknown memoVersion {version!r}.")
    schema = _schema(version)
    if not schema.validate(document):
        raise MemoError(f"Invalid MeMo {version}: {schema.error_log.last_error}")
    return version


def memo_parse(xml: bytes) -> ParsedMemo:
    try:
        document = etree.ElementTree(etree.fromstring(xml, _PARSER))
    except etree.XMLSyntaxError as error:
        raise MemoError(f"Not XML: {error}") from error
    version = memo_validate(document)
    root = document.getroot()
    header = root.find("memo:MessageHeader", _N)
    sender = header.find("memo:Sender", _N)
    files = []
    for file in root.iterfind("memo:MessageBody//memo:File", _N):
        try:
            content = base64.b64decode(_text(file, "memo:content"), validate=False)
        except binascii.Error as error:
            raise MemoError(f"A document's content is not base64: {error}") from error
        files.append(MemoFile(_text(file, "memo:filename"), _text(file, "memo:encodingFormat"), content))
    return ParsedMemo(
        version=version,
        message_uuid=_text(header, "memo:messageUUID").lower(),
        message_id=_text(header, "memo:messageID"),
        label=_text(header, "memo:label"),
        sender_id=_text(sender, "memo:senderID"),
        sender_id_type=_text(sender, "memo:idType"),
        sender_label=_text(sender, "memo:label"),
        recipient_id=_text(header, "memo:Recipient/memo:recipientID"),
        case_ids=[
            (element.text or "").strip()
            for element in header.iterfind("memo:ContentData/memo:CaseID/memo:caseID", _N)
        ],
        replies=[
            MemoReply(
                message_uuid=_text(reply, "memo:messageUUID").lower(),
                reply_uuid=_text(reply, "memo:replyUUID").lower(),
                message_id=_text(reply, "memo:messageID"),
                case_id=_text(reply, "memo:caseID"),
            )
            for reply in header.iterfind("memo:ReplyData", _N)
        ],
        files=files,
    )
