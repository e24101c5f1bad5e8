"""What the complaint form accepts as an attachment, decided by the file's content.

Rules:

- Allowed: PDF, JPEG, PNG, HEIC (phone photos), DOCX, ODT and plain text. The file name and
  the browser's stated type are ignored: an ``.exe`` renamed ``.pdf`` is refused.
- DOCX and ODT are zip containers: a DOCX must declare the Word main document in
  ``[Content_Types].xml`` (macro-enabled ``.docm`` is refused); an ODT's ``mimetype`` member
  must say ``application/vnd.oasis.opendocument.text``.
- Text must be valid UTF-8 without NUL bytes.
- At most ``INTAKE_UPLOAD_MAX_FILE_BYTES`` per file and ``INTAKE_UPLOAD_MAX_TOTAL_BYTES`` for
  all files of one henvendelse; the messages say the limit in MB.
"""

from __future__ import annotations

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


def _zip_type(upload) -> DetectedType | None:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                content_types = archive.read("[Content_Types].xml")
                if _DOCX_MAIN in content_types and b"macroEnabled" not in content_types:
                    return DetectedType(DOCX, ".docx")
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.encode():
                return DetectedType(ODT, ".odt")
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    finally:
        upload.seek(0)
    return None


def _is_text(upload) -> bool:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
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
            detected = _zip_type(upload)
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
