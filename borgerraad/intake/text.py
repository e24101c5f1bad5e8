"""The text of an accepted upload, for search: PDF, DOCX, ODT and plain text; images have none.

Rules:

- Only files that passed ``uploads.detect_type`` come here; the type is the detected one.
- PDF: Poppler's ``pdftotext`` in a subprocess (no PDF parser runs in the web process), with a
  time limit (``PDF_TIMEOUT_SECONDS``), at most ``PDF_MAX_PAGES`` pages, and operating-system
  limits on its memory, CPU time and output file (``_limits``). A PDF without a text layer (a
  scan) has no text.
- DOCX and ODT: the main XML member (``word/document.xml``, ``content.xml``) read with the same
  zip-bomb caps as the type check (``uploads.zip_member_read``: at most 256 KB, stored or deflated)
  and parsed by lxml without DTDs, entities or network (no XXE, no billion laughs).
- Plain text: UTF-8, at most ``MAX_TEXT_CHARS`` characters.
- JPEG, PNG and HEIC are images: no text (no OCR).
- At most ``MAX_TEXT_CHARS`` characters of text are kept. Nothing here logs the text.
"""

from __future__ import annotations

import logging
import os
import shutil

# bandit B404: pdftotext runs with a fixed argument list, never through a shell.
import subprocess  # nosec B404
import tempfile
from dataclasses import dataclass

from lxml import etree

from borgerraad.intake.uploads import DOCX, ODT, TXT, zip_member_read

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 500_000
PDF_TIMEOUT_SECONDS = 20
PDF_MAX_PAGES = 500
_PDF_MEMORY_BYTES = 512 * 1024 * 1024
_PDF_OUTPUT_BYTES = 4 * MAX_TEXT_CHARS  # UTF-8: at most four bytes a character
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/heic"})

EXTRACTED, NO_TEXT, FAILED = "extracted", "no_text", "failed"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@dataclass(frozen=True)
class ExtractedText:
    status: str  # EXTRACTED, NO_TEXT or FAILED
    text: str = ""


def _result(text: str) -> ExtractedText:
    text = text.replace("\x00", "").strip()[:MAX_TEXT_CHARS]
    return ExtractedText(EXTRACTED, text) if text else ExtractedText(NO_TEXT)


def _limits() -> None:  # pragma: no cover - runs in the child process before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (_PDF_MEMORY_BYTES, _PDF_MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (PDF_TIMEOUT_SECONDS, PDF_TIMEOUT_SECONDS))
    resource.setrlimit(resource.RLIMIT_FSIZE, (_PDF_OUTPUT_BYTES, _PDF_OUTPUT_BYTES))


def pdftotext_path() -> str | None:
    return shutil.which("pdftotext")


def _pdf_text(upload) -> ExtractedText:
    program = pdftotext_path()
    if program is None:
        logger.warning("pdftotext is not installed: PDF text is not extracted (install poppler-utils).")
        return ExtractedText(FAILED)
    with tempfile.TemporaryDirectory(prefix="borgerraad-pdf-") as folder:
        source, target = os.path.join(folder, "in.pdf"), os.path.join(folder, "out.txt")
        upload.seek(0)
        with open(source, "wb") as copy:
            shutil.copyfileobj(upload, copy)
        upload.seek(0)
        try:
            # bandit B603: a fixed program and arguments, on a file this process wrote itself.
            finished = subprocess.run(  # nosec B603
                [program, "-q", "-enc", "UTF-8", "-l", str(PDF_MAX_PAGES), source, target],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                timeout=PDF_TIMEOUT_SECONDS, preexec_fn=_limits,  # noqa: PLW1509 - setrlimit only
                check=False,
            )
        except subprocess.TimeoutExpired:
            logger.info("pdftotext took longer than %s s; the document is kept without text.", PDF_TIMEOUT_SECONDS)
            return ExtractedText(FAILED)
        if finished.returncode != 0 or not os.path.exists(target):
            return ExtractedText(FAILED)
        with open(target, "rb") as output:
            data = output.read(_PDF_OUTPUT_BYTES)
    return _result(data.decode("utf-8", errors="replace"))


def _xml_root(data: bytes | None):
    if data is None:
        return None
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
    )
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        return None


def _docx_text(upload) -> ExtractedText:
    root = _xml_root(zip_member_read(upload, "word/document.xml"))
    if root is None:
        return ExtractedText(FAILED)
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
            parts.append(node.text or "" if node.tag == f"{_W}t" else (" " if node.tag == f"{_W}tab" else "\n"))
        paragraphs.append("".join(parts))
    return _result("\n".join(paragraphs))


def _odt_text(upload) -> ExtractedText:
    root = _xml_root(zip_member_read(upload, "content.xml"))
    if root is None:
        return ExtractedText(FAILED)
    return _result("\n".join("".join(node.itertext()) for node in root.iter(f"{_TEXT_NS}p", f"{_TEXT_NS}h")))


def _plain_text(upload) -> ExtractedText:
    upload.seek(0)
    data = upload.read(4 * MAX_TEXT_CHARS)
    upload.seek(0)
    return _result(data.decode("utf-8", errors="replace"))


def extract_text(upload, *, content_type: str) -> ExtractedText:
    """The text of ``upload`` (an accepted file of ``content_type``), or why there is none."""
    if content_type in IMAGE_TYPES:
        return ExtractedText(NO_TEXT)
    readers = {"application/pdf": _pdf_text, DOCX: _docx_text, ODT: _odt_text, TXT: _plain_text}
    reader = readers.get(content_type)
    if reader is None:
        return ExtractedText(NO_TEXT)
    return reader(upload)
