"""The whole case as one PDF through HTTP, read back with pdftotext: the henvendelse, the journal,
a document's extracted text, the uploaded PDF appended after the printout, a final letter; CPR
numbers masked; logged as an export; closed to the sekretær and to advisors of restricted cases."""

from __future__ import annotations

import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from borgerraad.cases.services import case_assign, note_add
from borgerraad.cases.services_casefile import document_add
from borgerraad.letters import case_export
from borgerraad.letters.services import letter_draft, letter_finalise
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.cases.casefile_files import pdf_with_text
from tests.cases.conftest import rikke, sanne  # noqa: F401

from .conftest import CPR

pytestmark = pytest.mark.django_db


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "export.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


@pytest.fixture
def full_case(concluded_case, rasmus):
    document_add(
        case=concluded_case, kind="hoeringssvar", received_on=timezone.localdate(), by=rasmus,
        upload=SimpleUploadedFile("svar.pdf", pdf_with_text("Jobcentrets redegørelse: ansøgningen lå i bunken.")),
    )
    note_add(case=concluded_case, author=rasmus, text="Telefonnotat: borgeren bekræftede forløbet.")
    letter_finalise(letter=letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus), by=rasmus)
    return concluded_case


def test_the_export_holds_the_whole_case_and_is_logged(client, rasmus, full_case, tmp_path):
    login_verified(client, rasmus)
    response = client.get(reverse("letters:case_export", args=[full_case.reference]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="sag-{full_case.reference}.pdf"'
    assert "no-store" in response["Cache-Control"]
    text = _text(response.content, tmp_path)
    assert f"Sag {full_case.reference}: udskrift af hele sagen" in text
    assert "Klagerne over min sag om boligindretning" in text  # the henvendelse
    assert "Telefonnotat: borgeren bekræftede forløbet." in text  # a note
    assert "Forvaltningens svar på høring: svar.pdf" in text  # the document, listed
    assert "Filen er vedlagt efter denne udskrift." in text
    assert text.count("ansøgningen lå i bunken") == 2  # its extracted text, and the PDF itself appended
    assert "Afslutning med udfald" in text  # the final letter
    assert "Journal" in text and "Dokument modtaget" in text
    assert "120483-xxxx" in text and CPR not in text and "1234" not in text.replace(full_case.reference, "")
    event = AuditEvent.objects.get(action="export")
    assert (event.user, event.object_label) == (rasmus, full_case.reference)


def test_without_poppler_the_documents_are_listed_with_their_text(client, rasmus, full_case, tmp_path, monkeypatch):
    monkeypatch.setattr(case_export, "poppler_available", lambda: False)
    login_verified(client, rasmus)
    text = _text(client.get(reverse("letters:case_export", args=[full_case.reference])).content, tmp_path)
    assert "PDF-filerne er ikke vedlagt" in text
    assert text.count("ansøgningen lå i bunken") == 1


def test_a_pdf_that_cannot_be_read_is_listed_not_appended(client, rasmus, full_case, tmp_path):
    broken = b"%PDF-1.4\n" + b"\x00garbage" * 50
    document_add(case=full_case, kind="andet", received_on=timezone.localdate(), by=rasmus,
                 upload=SimpleUploadedFile("ødelagt.pdf", broken))
    login_verified(client, rasmus)
    text = _text(client.get(reverse("letters:case_export", args=[full_case.reference])).content, tmp_path)
    assert "Filen kunne ikke læses og er ikke vedlagt." in text
    assert text.count("ansøgningen lå i bunken") == 2


def test_the_sekretaer_and_another_advisor_of_a_restricted_case_get_no_export(
    client, full_case, sanne, rikke, lene,  # noqa: F811
):
    url = reverse("letters:case_export", args=[full_case.reference])
    login_verified(client, sanne)
    assert client.get(url).status_code == 403
    case_assign(case=full_case, assigned_to=lene, by=lene, restricted=True)
    login_verified(client, rikke)
    assert client.get(url).status_code == 404
    assert not AuditEvent.objects.filter(action="export").exists()
