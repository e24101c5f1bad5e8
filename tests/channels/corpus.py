"""Awkward real-world e-mails, built with the email package the way mail programs write them."""

from __future__ import annotations

import struct
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, make_msgid

from tests.intake.files import PDF as PDF_BYTES
from tests.intake.files import PNG as PNG_BYTES

CITIZEN = "birthe.hansen@example.dk"


def _headers(message, *, subject: str, sender: str = CITIZEN, name: str = "Birthe Hansen",
             charset: str = "utf-8", message_id: str | None = None, in_reply_to: str = "") -> bytes:
    message["From"] = formataddr((str(Header(name, charset)), sender)) if name else sender
    message["To"] = "borgerraadgiveren@kk.dk"
    message["Subject"] = Header(subject, charset)
    message["Date"] = "Fri, 27 Nov 2026 09:15:00 +0100"
    message["Message-ID"] = message_id or make_msgid(domain="example.dk")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    return message.as_bytes()


def plain_utf8(text: str = "Jeg har ikke fået svar på min ansøgning om hjælpemidler.", **kwargs) -> bytes:
    kwargs.setdefault("subject", "Klage over Sundheds- og Omsorgsforvaltningen – ældrepleje")
    return _headers(MIMEText(text, "plain", "utf-8"), **kwargs)


def latin1() -> bytes:
    message = MIMEText("Min søn har fået afslag på støtte. Æbler, øl og å.", "plain", "iso-8859-1")
    return _headers(message, subject="Klage over afslag på støtte, Ærø", name="Søren Ørsted", charset="iso-8859-1")


def raw_8bit_latin1_header() -> bytes:
    """A header written in raw ISO-8859-1 bytes without encoding, as old programs do."""
    body = "Hej\r\n\r\nDet drejer sig om min bolig.\r\n".encode("iso-8859-1")
    head = (
        "From: =?iso-8859-1?q?J=F8rgen_M=F8ller?= <jorgen@example.dk>\r\n"
        "To: borgerraadgiveren@kk.dk\r\nMessage-ID: <8bit@example.dk>\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n"
    ).encode("ascii") + "Subject: Klage over boligstøtte\r\n".encode("iso-8859-1")
    return head + b"\r\n" + body


def html_only() -> bytes:
    html = (
        "<html><body><h1>Klage</h1><p>Jeg er <b>utilfreds</b> med sagsbehandlingen.</p>"
        "<ul><li>Én</li></ul></body></html>"
    )
    return _headers(MIMEText(html, "html", "utf-8"), subject="HTML-klage")


def nested_with_inline_image(**kwargs) -> bytes:
    related = MIMEMultipart("related")
    related.attach(MIMEText('<p>Se billedet af skaden: <img src="cid:skade"></p>', "html", "utf-8"))
    image = MIMEImage(PNG_BYTES, "png")
    image.add_header("Content-ID", "<skade>")
    image.add_header("Content-Disposition", "inline", filename="skade.png")
    related.attach(image)
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText("Se billedet af skaden.", "plain", "utf-8"))
    alternative.attach(related)
    mixed = MIMEMultipart("mixed")
    mixed.attach(alternative)
    mixed.attach(MIMEApplication(PDF_BYTES, "pdf", Name="afgørelse.pdf"))
    mixed.get_payload()[1].add_header("Content-Disposition", "attachment", filename=("utf-8", "", "afgørelse.pdf"))
    kwargs.setdefault("subject", "Flere dele")
    return _headers(mixed, **kwargs)


def forwarded() -> bytes:
    inner = MIMEMultipart("mixed")
    inner.attach(MIMEText("Vi kan desværre ikke hjælpe dig.", "plain", "utf-8"))
    inner["From"] = "jobcenter@kk.dk"
    inner["Subject"] = "Svar fra Jobcenter"
    inner["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText("Se nedenstående svar, som jeg klager over.", "plain", "utf-8"))
    from email.mime.message import MIMEMessage

    outer.attach(MIMEMessage(inner))
    return _headers(outer, subject="Fwd: Svar fra Jobcenter")


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def winmail_dat() -> bytes:
    """A minimal TNEF blob (Outlook's winmail.dat) with a body and a text file."""
    blob = struct.pack("<IH", 0x223E9F78, 1)
    blob += _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))
    blob += _tnef_object(1, 0x800C, 0x0002, b"Tekst fra Outlook om min klage.\x00")
    blob += _tnef_object(2, 0x9002, 0x0006, b"\x01\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00")
    blob += _tnef_object(2, 0x8010, 0x0001, b"notat.txt\x00")
    blob += _tnef_object(2, 0x800F, 0x0006, b"Notat om sagen.\n")
    message = MIMEMultipart("mixed")
    message.attach(MIMEText("", "plain", "utf-8"))
    part = MIMEApplication(blob, "ms-tnef")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    message.attach(part)
    return _headers(message, subject="Outlook")


def empty_body() -> bytes:
    return _headers(MIMEText("", "plain", "utf-8"), subject="")


def big_attachment(size: int = 20 * 1024 * 1024) -> bytes:
    message = MIMEMultipart("mixed")
    message.attach(MIMEText("Vedhæftet er hele min journal.", "plain", "utf-8"))
    payload = PDF_BYTES + b"0" * (size - len(PDF_BYTES))
    part = MIMEApplication(payload, "pdf")
    part.add_header("Content-Disposition", "attachment", filename="journal.pdf")
    message.attach(part)
    return _headers(message, subject="Stor fil")
