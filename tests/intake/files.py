"""Small sample files of every accepted type (and some that must be refused), built in memory."""

from __future__ import annotations

import io
import zipfile

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
TXT = "Brev fra kommunen.\nVi har modtaget din ansøgning om hjælp.\n".encode()
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def _zip(members: dict[str, bytes], *, first: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first), members[first], compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            if name != first:
                archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def docx(*, macro: bool = False) -> bytes:
    main = (
        "application/vnd.ms-word.document.macroEnabled.main+xml"
        if macro
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'content-types"><Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
    ).encode()
    return _zip({
        "[Content_Types].xml": content_types,
        "_rels/.rels": b"<Relationships/>",
        "word/document.xml": b"<w:document/>",
    }, first="[Content_Types].xml")


def odt() -> bytes:
    return _zip({
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": b"<office:document-content/>",
        "META-INF/manifest.xml": b"<manifest/>",
    }, first="mimetype")


def plain_zip() -> bytes:
    return _zip({"readme.txt": b"hello"})


BOMB_BYTES = 200 * 1024 * 1024  # what the bombs below inflate to


def zip_bomb() -> bytes:
    """A DOCX-looking zip of about 200 KB whose ``[Content_Types].xml`` honestly declares 200 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("[Content_Types].xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(BOMB_BYTES // len(chunk)):
                member.write(chunk)
        archive.writestr("word/document.xml", b"<w:document/>")
    return buffer.getvalue()


def lying_zip() -> bytes:
    """Like ``zip_bomb``, but both headers claim the 200 MB member holds 300 bytes."""
    data = bytearray(zip_bomb())
    name = b"[Content_Types].xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        position = data.find(signature)
        while position >= 0:
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            if data[position + name_offset:position + name_offset + len(name)] == name:
                data[position + size_offset:position + size_offset + 4] = (300).to_bytes(4, "little")
            position = data.find(signature, position + 4)
    return bytes(data)


def many_members_zip(count: int = 5000) -> bytes:
    """A zip of ``count`` empty members: a central directory that costs memory to parse."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", b"x")
        for number in range(count):
            archive.writestr(f"{number}", b"")
    return buffer.getvalue()
