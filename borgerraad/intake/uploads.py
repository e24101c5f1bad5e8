"""What the complaint form accepts as an attachment, decided by the file's content.

Rules:

- Allowed: PDF, JPEG, PNG, HEIC (phone photos), DOCX, ODT and plain text. The file name and
  the browser's stated type are ignored: an ``.exe`` renamed ``.pdf`` is refused.
- DOCX and ODT are zip containers: a DOCX must declare the Word main document in
  ``[Content_Types].xml`` (macro-enabled ``.docm`` is refused); an ODT's ``mimetype`` member
  must say ``application/vnd.oasis.opendocument.text``.
- Zip bombs: checking a container must never cost more than a few MB, whatever it claims. Before
  the archive is opened, its central directory (from the end record) may hold at most
  ``ZIP_MAX_MEMBERS`` entries in ``ZIP_MAX_DIRECTORY_BYTES``; a member we read must be stored or
  deflated (bzip2 and LZMA cannot be inflated in bounded steps) and declare at most
  ``ZIP_MAX_MEMBER_BYTES``; and every read is capped at that many bytes plus one, so a member
  whose header lies about its size is cut off and fails its CRC check instead of inflating.
- Text must be valid UTF-8 without NUL bytes; it is decoded in chunks, never read whole.
- At most ``INTAKE_UPLOAD_MAX_FILE_BYTES`` per file and ``INTAKE_UPLOAD_MAX_TOTAL_BYTES`` for
  all files of one henvendelse; the messages say the limit in MB.
"""

from __future__ import annotations

import codecs
import struct
import zipfile
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_BY_MAGIC = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/heic": ".heic",
}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
TXT = "text/plain"
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_HEAD_BYTES = 8192


@dataclass(frozen=True)
class DetectedType:
    content_type: str
    extension: str


def safe_download(content_type: str) -> DetectedType:
    """The type and extension a stored file is served with: one of the accepted types, else opaque bytes.

    Downloads never carry the sender's file name or extension (``Afgoerelse.pdf.hta`` must not
    land on a staff PC as an HTML application): only the extension of the type detected here.
    """
    known = {**_BY_MAGIC, DOCX: ".docx", ODT: ".odt", TXT: ".txt"}
    if content_type in known:
        return DetectedType(content_type, known[content_type])
    return DetectedType("application/octet-stream", ".bin")


def allowed_types_text() -> str:
    return "PDF, JPEG, PNG, HEIC, DOCX, ODT, TXT"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


# A Word document has a few dozen members and a directory of a few KB; these leave ample room.
ZIP_MAX_MEMBERS = 1000
ZIP_MAX_DIRECTORY_BYTES = 256 * 1024
ZIP_MAX_MEMBER_BYTES = 256 * 1024
_END_RECORD = b"PK\x05\x06"
_END_RECORD_SIZE = 22
_TEXT_CHUNK = 64 * 1024


class _TooBig(Exception):
    """The container would cost more to inspect than any real document does."""


def _check_directory(upload) -> None:
    """Refuse before ``zipfile`` parses it: too many members or too large a central directory.

    Reads the end-of-central-directory record (the last 22 bytes plus a comment of at most
    64 KB). ZIP64 archives (counts of 0xFFFF, sizes of 0xFFFFFFFF) are refused: no document
    needs them.
    """
    upload.seek(0, 2)
    size = upload.tell()
    tail_size = min(size, _END_RECORD_SIZE + 0xFFFF)
    upload.seek(size - tail_size)
    tail = upload.read(tail_size)
    position = tail.rfind(_END_RECORD)
    if position < 0 or len(tail) - position < _END_RECORD_SIZE:
        raise zipfile.BadZipFile("no end record")
    _disk, _start, _here, entries, directory_size, _offset, _comment = struct.unpack(
        "<HHHHIIH", tail[position + 4:position + _END_RECORD_SIZE],
    )
    if entries > ZIP_MAX_MEMBERS or directory_size > ZIP_MAX_DIRECTORY_BYTES:
        raise _TooBig


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _TooBig
    if info.file_size > ZIP_MAX_MEMBER_BYTES:
        raise _TooBig
    with archive.open(info) as member:
        data = member.read(ZIP_MAX_MEMBER_BYTES + 1)
    if len(data) > ZIP_MAX_MEMBER_BYTES:
        raise _TooBig
    return data


def _zip_type(upload) -> DetectedType | None:
    """DOCX or ODT by their members, None for any other zip; ``_TooBig`` for a zip bomb."""
    upload.seek(0)
    try:
        _check_directory(upload)
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            if len(archive.infolist()) > ZIP_MAX_MEMBERS:
                raise _TooBig
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                content_types = _read_member(archive, "[Content_Types].xml")
                if _DOCX_MAIN in content_types and b"macroEnabled" not in content_types:
                    return DetectedType(DOCX, ".docx")
            if "mimetype" in names and _read_member(archive, "mimetype").strip() == ODT.encode():
                return DetectedType(ODT, ".odt")
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError, struct.error):
        return None
    finally:
        upload.seek(0)
    return None


def _is_text(upload) -> bool:
    """UTF-8 without NUL bytes, decoded chunk by chunk (the file is never held whole in memory)."""
    upload.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := upload.read(_TEXT_CHUNK):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        upload.seek(0)
    return True


def detect_type(upload) -> DetectedType:
    """The file's real type, or a ValidationError in plain Danish."""
    upload.seek(0)
    head = upload.read(_HEAD_BYTES)
    upload.seek(0)
    if not head:
        raise ValidationError(_("Filen %(name)s er tom.") % {"name": upload.name}, code="empty")
    kind = filetype.guess(head)
    if kind is not None:
        if kind.mime in _BY_MAGIC:
            return DetectedType(kind.mime, _BY_MAGIC[kind.mime])
        if kind.mime in {"application/zip", DOCX, ODT}:
            try:
                detected = _zip_type(upload)
            except _TooBig:
                raise ValidationError(
                    _("Filen %(name)s kan ikke modtages: den fylder alt for meget, når den pakkes ud. "
                      "Gem den igen, fx som PDF, og prøv igen.") % {"name": upload.name},
                    code="zip_bomb",
                ) from None
            if detected is not None:
                return detected
    elif _is_text(upload):
        return DetectedType(TXT, ".txt")
    raise ValidationError(
        _("Filen %(name)s er ikke en filtype, vi kan modtage. Du kan sende %(types)s.")
        % {"name": upload.name, "types": allowed_types_text()},
        code="type",
    )


def check_size(upload, *, already_bytes: int) -> None:
    limit = settings.INTAKE_UPLOAD_MAX_FILE_BYTES
    total = settings.INTAKE_UPLOAD_MAX_TOTAL_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("Filen %(name)s er for stor. En fil må højst fylde %(mb)s MB.")
            % {"name": upload.name, "mb": _megabytes(limit)},
            code="file_size",
        )
    if already_bytes + upload.size > total:
        raise ValidationError(
            _("Filen %(name)s kan ikke komme med: alle filer må tilsammen højst fylde %(mb)s MB.")
            % {"name": upload.name, "mb": _megabytes(total)},
            code="total_size",
        )


def zip_member_read(upload, name: str) -> bytes | None:
    """One member of an accepted DOCX/ODT, read under the same caps as the type check; None if it cannot be.

    For text extraction (``intake/text.py``): the central directory is checked before the archive
    is opened, and the member must be stored or deflated and at most ``ZIP_MAX_MEMBER_BYTES``.
    """
    upload.seek(0)
    try:
        _check_directory(upload)
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            if len(archive.infolist()) > ZIP_MAX_MEMBERS:
                return None
            return _read_member(archive, name)
    except (_TooBig, zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, NotImplementedError, struct.error):
        return None
    finally:
        upload.seek(0)
