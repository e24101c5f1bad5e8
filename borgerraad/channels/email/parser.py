"""Reading a raw e-mail (RFC 5322 bytes) into what intake needs: sender, subject, text, files.

Rules:

- Headers are decoded whatever the sender's program did: RFC 2047 encoded words in UTF-8 or
  ISO-8859-1, and raw 8-bit headers (tried as UTF-8, else Windows-1252, which covers Latin-1).
- The sender (``From``) is decoded first and parsed after, because some mail programs put the
  whole ``Name <address>`` inside one RFC 2047 encoded word. An encoding that cannot be decoded
  never stops the message: the sender is then empty.
- The text is the ``text/plain`` alternative when there is one; HTML-only mail is converted to
  readable text with ``html2text``. Unknown or wrong charsets never stop the message: the
  bytes are decoded with replacement characters.
- A forwarded message (``message/rfc822``) is kept: its headers and text are appended to the
  text and its files become files of this message.
- Outlook's ``winmail.dat`` (``application/ms-tnef``) is unpacked with ``tnefparse``: its body is
  text, its attachments are files.
- Everything else that is not the body is a file (inline images included); whether intake accepts
  a file is decided later by the same content checks as the web form.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from email.message import Message

import html2text
from tnefparse.tnef import TNEF


@dataclass
class ParsedFile:
    name: str
    content_type: str
    payload: bytes
    inline: bool = False


@dataclass
class ParsedEmail:
    message_id: str
    in_reply_to: list[str]
    sender_name: str
    sender_address: str
    subject: str
    text: str
    files: list[ParsedFile] = field(default_factory=list)
    auto_submitted: bool = False
    date: object = None

    @property
    def sender_domain(self) -> str:
        return self.sender_address.rpartition("@")[2].lower()


def decode_header_value(raw) -> str:
    """A header (str with encoded words, or compat32's Header for raw 8-bit bytes) as clean text."""
    if raw is None:
        return ""
    try:
        parts = email.header.decode_header(raw)
    except email.errors.HeaderParseError:
        parts = [(str(raw), None)]
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        for candidate in (charset, "utf-8", "cp1252"):
            if not candidate or candidate == "unknown-8bit":
                continue
            try:
                out.append(chunk.decode(candidate))
                break
            except (LookupError, UnicodeDecodeError):
                continue
        else:
            out.append(chunk.decode("latin-1"))
    return " ".join("".join(out).split())


def _header(message: Message, name: str) -> str:
    return decode_header_value(message.get(name))


def _payload_text(part: Message) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "cp1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_images = True
    converter.unicode_snob = True
    return converter.handle(html).strip()


def _tnef_decode(value) -> str:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8").strip("\x00")
        except UnicodeDecodeError:
            return value.decode("cp1252", "replace").strip("\x00")
    return (value or "").strip("\x00")


class _Collector:
    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.files: list[ParsedFile] = []
        self._unnamed = 0

    def _name_for(self, part: Message) -> str:
        name = part.get_filename()
        if name:
            return decode_header_value(name)
        self._unnamed += 1
        subtype = part.get_content_subtype() or "bin"
        return f"bilag-{self._unnamed}.{subtype}"

    def collect(self, part: Message, *, files_only: bool = False) -> None:
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else None
            if isinstance(inner, Message):
                self.forwarded(inner)
            return
        if part.is_multipart():
            subparts = list(part.get_payload())
            if ctype == "multipart/alternative" and not files_only:
                best = _best_alternative(subparts)
                for sub in subparts:
                    self.collect(sub, files_only=sub is not best)
            else:
                for sub in subparts:
                    self.collect(sub, files_only=files_only)
            return
        disposition = part.get_content_disposition()
        if ctype in {"application/ms-tnef", "application/vnd.ms-tnef"}:
            self.tnef(part.get_payload(decode=True) or b"")
            return
        is_body = ctype in {"text/plain", "text/html"} and disposition != "attachment" and not part.get_filename()
        if is_body:
            if not files_only:
                (self.plain if ctype == "text/plain" else self.html).append(_payload_text(part))
            return
        self.files.append(ParsedFile(
            name=self._name_for(part), content_type=ctype,
            payload=part.get_payload(decode=True) or b"", inline=disposition == "inline",
        ))

    def forwarded(self, inner: Message) -> None:
        nested = _Collector()
        nested._unnamed = self._unnamed
        nested.collect(inner)
        self._unnamed = nested._unnamed
        head = "\n".join(
            f"{label}: {_header(inner, name)}"
            for label, name in (("Fra", "From"), ("Dato", "Date"), ("Emne", "Subject"))
            if _header(inner, name)
        )
        self.plain.append(f"---------- Videresendt besked ----------\n{head}\n\n{nested.text()}")
        self.files += nested.files

    def tnef(self, data: bytes) -> None:
        try:
            parsed = TNEF(data, do_checksum=False)
        except Exception:  # a broken winmail.dat: keep it as a file; the content check decides
            self.files.append(ParsedFile("winmail.dat", "application/ms-tnef", data))
            return
        if parsed.body:
            self.plain.append(_tnef_decode(parsed.body))
        elif parsed.htmlbody:
            self.html.append(_tnef_decode(parsed.htmlbody))
        for attachment in parsed.attachments:
            name = _tnef_decode(attachment.long_filename()) or self._name_for(Message())
            self.files.append(ParsedFile(name, "application/octet-stream", attachment.data or b""))

    def text(self) -> str:
        if self.plain:
            return "\n\n".join(text.strip() for text in self.plain if text.strip())
        return "\n\n".join(html_to_text(html) for html in self.html if html.strip())


def _best_alternative(subparts: list[Message]) -> Message | None:
    """The plain-text alternative if there is one (also inside multipart/related), else the last."""
    for sub in subparts:
        if sub.get_content_type() == "text/plain":
            return sub
    for sub in subparts:
        if sub.is_multipart() and any(p.get_content_type() == "text/plain" for p in sub.walk()):
            return sub
    return subparts[-1] if subparts else None


_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>\s*$")


def _usable_address(address: str) -> bool:
    local, at, domain = address.partition("@")
    return bool(at and local and domain and "=?" not in address and not re.search(r"[\s<>,;\"]", address))


def sender_parse(raw) -> tuple[str, str]:
    """(name, address) of a ``From`` header: decoded first, then parsed; ("", "") when there is no address.

    Decoding first reads the shapes mail programs send: ``=?utf-8?b?...?=`` around the whole
    ``Name <address>``, around the name only, several encoded words, a comma inside the name.
    """
    if raw is None:
        return "", ""
    text = decode_header_value(raw)
    found = _ANGLE_ADDRESS.search(text)
    if found and _usable_address(found.group(1)):
        name = text[:found.start()].strip()
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1].replace('\\"', '"')
        return " ".join(name.split()), found.group(1)
    name, address = email.utils.parseaddr(text)
    if _usable_address(address):
        return name, address
    return "", ""


def _message_ids(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


def parse_email(raw: bytes) -> ParsedEmail:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    collector = _Collector()
    collector.collect(message)
    name, address = sender_parse(message.get("From"))
    ids = _message_ids(_header(message, "Message-ID"))
    in_reply_to = _message_ids(_header(message, "In-Reply-To")) + _message_ids(_header(message, "References"))
    auto = _header(message, "Auto-Submitted").lower()
    try:
        date = email.utils.parsedate_to_datetime(_header(message, "Date"))
    except (TypeError, ValueError, IndexError):
        date = None
    return ParsedEmail(
        message_id=ids[0] if ids else "",
        in_reply_to=in_reply_to,
        sender_name=name,
        sender_address=address.lower(),
        subject=_header(message, "Subject"),
        text=collector.text(),
        files=collector.files,
        auto_submitted=bool(auto and auto != "no") or bool(_header(message, "X-Autoreply")),
        date=date,
    )

