"""The whole case as one PDF, for access requests (aktindsigt, indsigtsret) and for the files.

Rules (docs/cases.md#export-of-a-whole-case):

- One PDF: the henvendelse, the klagepunkter, the høringer, the notes, the documents with their
  extracted text, the final letters, the corrections and the journal, rendered with the letters'
  WeasyPrint pipeline (``pdf.html_pdf``: tagged PDF/UA-1, fetching nothing but ``data:``).
- Uploaded PDFs (the henvendelse's attachments and the documents added to the case) are appended
  after the printout with Poppler's ``pdfunite``, each first checked with ``pdfinfo``; one that
  cannot be read is listed with its text only, and the printout says which were appended. Both
  tools run as subprocesses with a time limit and memory limits (``intake.text``'s approach);
  without Poppler the printout lists every document with its text and says the files are not
  appended. Images and other files are listed, not embedded.
- CPR numbers are masked everywhere in the printout, as on the screen; drafts are not included.
- Building it is a read of the whole case: the view logs it (``AuditAction.EXPORT``).
"""

from __future__ import annotations

import logging
import os
import shutil

# bandit B404: pdfinfo and pdfunite run with fixed argument lists, never through a shell.
import subprocess  # nosec B404
import tempfile
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone, translation

from borgerraad.cases import selectors as case_selectors
from borgerraad.cases import selectors_casefile
from borgerraad.core.calendar import TZ, local_now
from borgerraad.core.selectors import office_get
from borgerraad.letters import selectors
from borgerraad.letters.pdf import html_pdf
from borgerraad.letters.rendering import body_html
from borgerraad.privacy.cpr import mask_cpr

logger = logging.getLogger(__name__)

POPPLER_TIMEOUT_SECONDS = 60
_MEMORY_BYTES = 1024 * 1024 * 1024


@dataclass
class ExportedFile:
    """One uploaded file of the case in the export: its masked name, kind, and whether it is appended."""

    name: str
    kind: str
    received: str
    content_type: str
    text: str
    text_status: str
    appended: bool = False
    path: str = ""


def _limits() -> None:  # pragma: no cover - runs in the child process before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY_BYTES, _MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (POPPLER_TIMEOUT_SECONDS, POPPLER_TIMEOUT_SECONDS))


def _run(arguments: list[str]) -> bool:
    try:
        # bandit B603: fixed programs, on files this process wrote itself.
        finished = subprocess.run(  # nosec B603
            arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=POPPLER_TIMEOUT_SECONDS, preexec_fn=_limits, check=False,  # noqa: PLW1509 - setrlimit only
        )
    except subprocess.TimeoutExpired:
        return False
    return finished.returncode == 0


def poppler_available() -> bool:
    return bool(shutil.which("pdfunite") and shutil.which("pdfinfo"))


def _files(case, folder: str, appendable: bool) -> list[ExportedFile]:
    documents = {document.attachment_id: document for document in selectors_casefile.case_documents(case=case)}
    files = []
    for number, attachment in enumerate(case.henvendelse.attachments.order_by("uploaded_at", "pk"), start=1):
        document = documents.get(attachment.pk)
        exported = ExportedFile(
            name=attachment.name_masked,
            kind=document.get_kind_display() if document else attachment.get_kind_display(),
            received=f"{document.received_on:%d.%m.%Y}" if document else
            f"{timezone.localtime(attachment.uploaded_at, TZ):%d.%m.%Y}",
            content_type=attachment.content_type,
            text=mask_cpr(document.text) if document else "",
            text_status=document.get_text_status_display() if document else "",
        )
        if appendable and attachment.content_type == "application/pdf":
            path = os.path.join(folder, f"bilag-{number}.pdf")
            with attachment.file.open("rb") as source, open(path, "wb") as copy:
                shutil.copyfileobj(source, copy)
            exported.appended = _run([shutil.which("pdfinfo") or "pdfinfo", path])
            exported.path = path if exported.appended else ""
        files.append(exported)
    return files


def _letters(case) -> list[dict]:
    return [
        {
            "letter": letter, "body": body_html(mask_cpr(letter.body)), "subject": mask_cpr(letter.subject),
            "dispatches": [dispatch for dispatch in letter.dispatches.all() if dispatch.confirmed_at],
        }
        for letter in selectors.final_letters_for_case(case=case).prefetch_related("dispatches")
    ]


def case_export_pdf(*, case, by, language: str = "da") -> bytes:
    """The case as one PDF (see the module's rules). ``case`` must be one ``by`` may read in full."""
    case_selectors.case_prefetch(case=case)
    appendable = poppler_available()
    with tempfile.TemporaryDirectory(prefix="borgerraad-export-") as folder, translation.override(language):
        files = _files(case, folder, appendable)
        context = {
            "case": case, "henvendelse": case.henvendelse, "office": office_get(),
            "klagepunkter": case_selectors.case_klagepunkter(case=case),
            "hoeringer": list(case.hoeringer.all()), "notes": list(case.notes.all()),
            "status_changes": list(case.status_changes.all()),
            "journal": case_selectors.case_journal(case=case), "files": files, "letters": _letters(case),
            "corrections": selectors_casefile.henvendelse_corrections(henvendelse=case.henvendelse),
            "appendable": appendable, "language": language,
            "exported_at": local_now(),
            "exported_by": by.get_full_name() or by.get_username(),
        }
        printout = html_pdf(render_to_string("letters/case_export.html", context))
        appended = [file.path for file in files if file.appended]
        if not appended:
            return printout
        base, target = os.path.join(folder, "sag.pdf"), os.path.join(folder, "samlet.pdf")
        with open(base, "wb") as output:
            output.write(printout)
        if _run([shutil.which("pdfunite") or "pdfunite", base, *appended, target]):
            with open(target, "rb") as merged:
                return merged.read()
        logger.warning("Case %s: the uploaded PDFs could not be appended; exported without them.", case.reference)
        for file in files:
            file.appended = False
        return html_pdf(render_to_string("letters/case_export.html", {**context, "files": files}))
