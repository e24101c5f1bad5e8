"""Documents added to an existing case, through HTTP: the department's statement to a høring as a
PDF, the citizen's later letter as DOCX, a scan. Their text is extracted on upload, encrypted at
rest and found by search; images are marked as without text; bad files and dates are refused in
plain Danish with the typed kind and date kept; sekretær and other advisors cannot get in."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from borgerraad.cases.models import CaseDocument
from borgerraad.cases.services import case_assign
from borgerraad.core.calendar import TZ
from borgerraad.intake.models import Attachment
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.intake import files

from .casefile_files import docx_with_entity, docx_with_text, pdf_with_text

pytestmark = pytest.mark.django_db


def _today() -> dt.date:
    return timezone.localtime(timezone.now(), TZ).date()


def _upload(client, case, *, name: str, data: bytes, kind: str = "hoeringssvar", received_on: str | None = None,
            follow: bool = True):
    return client.post(reverse("cases:documents", args=[case.reference]), {
        "file": SimpleUploadedFile(name, data),
        "kind": kind,
        "received_on": received_on or f"{_today():%d.%m.%Y}",
    }, follow=follow)


def test_the_departments_statement_is_kept_with_its_text_and_found_by_search(client, rasmus, case):
    login_verified(client, rasmus)
    statement = pdf_with_text("Redegørelse fra Jobcentret om boligindretning.", "Vi beklager sagsbehandlingstiden.")
    response = _upload(client, case, name="svar-fra-BIF.pdf", data=statement)

    assert response.status_code == 200
    page = response.content.decode()
    assert "er tilføjet sagen" in page
    assert "Forvaltningens svar på høring" in page
    document = CaseDocument.objects.get(case=case)
    assert document.text_status == "extracted"
    assert "sagsbehandlingstiden" in document.text
    assert document.received_on == _today()
    # Encrypted at rest: the raw column holds no word of the text.
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM cases_casedocument WHERE id = %s", [document.pk])
        raw = cursor.fetchone()[0]
    assert raw.startswith("fernet:") and "beklager" not in raw

    found = client.get(reverse("cases:search"), {"q": "sagsbehandlingstiderne"})
    assert case.reference in found.content.decode()
    journal = client.get(reverse("cases:case", args=[case.reference])).content.decode()
    assert "Dokument modtaget: Forvaltningens svar på høring (svar-fra-BIF.pdf)" in journal


def test_a_citizens_letter_as_docx_is_read_without_loading_external_entities(client, rasmus, case):
    login_verified(client, rasmus)
    _upload(client, case, name="brev.docx", data=docx_with_text("Kære Borgerrådgiver,", "Jeg har fået et afslag."),
            kind="borger_brev")
    letter = CaseDocument.objects.get(case=case)
    assert letter.text_status == "extracted"
    assert "afslag" in letter.text

    _upload(client, case, name="xxe.docx", data=docx_with_entity(), kind="andet")
    tricky = CaseDocument.objects.filter(case=case).latest("pk")
    assert tricky.text_status == "extracted" and "Indhold" in tricky.text
    assert "root:" not in tricky.text  # /etc/passwd was not read into the text


def test_a_scanned_image_is_kept_and_marked_as_without_text(client, rasmus, case):
    login_verified(client, rasmus)
    response = _upload(client, case, name="scanning.png", data=files.PNG, kind="scanning")
    assert "Uden tekst (billede eller scanning)" in response.content.decode()
    assert CaseDocument.objects.get(case=case).text_status == "no_text"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("svar.pdf", files.EXE, "er ikke en filtype, vi kan modtage"),
    ("bombe.docx", files.zip_bomb(), "fylder alt for meget, når den pakkes ud"),
], ids=["exe-renamed-pdf", "zip-bomb"])
def test_a_file_that_is_not_an_accepted_document_is_refused_and_the_typed_values_kept(
    client, rasmus, case, name, data, message,
):
    login_verified(client, rasmus)
    response = _upload(client, case, name=name, data=data, kind="borger_brev", received_on="01.01.2000")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Der er et problem" in page
    # The date is checked too; with a valid date only the file's problem remains.
    response = _upload(client, case, name=name, data=data, kind="borger_brev")
    page = response.content.decode()
    assert message in page
    assert '<option value="borger_brev" selected>' in page
    assert not CaseDocument.objects.filter(case=case).exists()
    assert not Attachment.objects.filter(henvendelse=case.henvendelse).exists()


def test_a_date_in_the_future_or_before_the_henvendelse_is_refused(client, rasmus, case):
    login_verified(client, rasmus)
    tomorrow = _today() + dt.timedelta(days=1)
    page = _upload(client, case, name="svar.pdf", data=pdf_with_text("Svar"),
                   received_on=f"{tomorrow:%d.%m.%Y}").content.decode()
    assert "kan ikke ligge i fremtiden" in page
    earlier = _today() - dt.timedelta(days=3)
    page = _upload(client, case, name="svar.pdf", data=pdf_with_text("Svar"),
                   received_on=f"{earlier:%d.%m.%Y}").content.decode()
    assert "kan ikke være modtaget før henvendelsen" in page
    page = _upload(client, case, name="svar.pdf", data=pdf_with_text("Svar"), received_on="31.02.2026").content.decode()
    assert "Skriv datoen som dd.mm.åååå" in page
    assert not CaseDocument.objects.exists()


def test_the_error_is_in_english_for_a_user_who_chose_english(client, rasmus, case):
    login_verified(client, rasmus)
    response = client.post(f"/en/medarbejder/sager/{case.reference}/dokumenter/", {
        "file": SimpleUploadedFile("svar.pdf", files.EXE), "kind": "andet", "received_on": f"{_today():%d.%m.%Y}",
    })
    page = response.content.decode()
    assert "There is a problem" in page
    assert "is not a type of file we can receive" in page


def test_the_sekretaer_and_another_advisor_of_a_restricted_case_cannot_read_or_add(
    client, rasmus, rikke, sanne, lene, case,
):
    case_assign(case=case, assigned_to=rikke, by=lene, restricted=True)
    url = reverse("cases:documents", args=[case.reference])
    login_verified(client, rasmus)
    assert client.get(url).status_code == 404
    assert _upload(client, case, name="svar.pdf", data=pdf_with_text("Svar"), follow=False).status_code == 404
    login_verified(client, sanne)
    assert client.get(url).status_code == 404  # restricted: not even visible to her
    case_assign(case=case, assigned_to=rikke, by=lene, restricted=False)
    assert client.get(url).status_code == 403
    assert _upload(client, case, name="svar.pdf", data=pdf_with_text("Svar"), follow=False).status_code == 403
    assert not CaseDocument.objects.exists()


def test_the_download_goes_through_the_case_policy_with_a_safe_name_and_is_logged(client, rasmus, rikke, lene, case):
    login_verified(client, rasmus)
    _upload(client, case, name="Afgoerelse.pdf.hta", data=pdf_with_text("Afgørelse"), kind="afgoerelse")
    document = CaseDocument.objects.get(case=case)
    url = reverse("intake:attachment", args=[document.attachment.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="bilag-{document.attachment.pk.hex[:8]}.pdf"'
    assert "no-store" in response["Cache-Control"]
    assert AuditEvent.objects.filter(action="download", object_id=str(case.henvendelse_id)).exists()

    case_assign(case=case, assigned_to=rikke, by=lene, restricted=True)
    downloads = AuditEvent.objects.filter(action="download").count()
    assert client.get(url).status_code in (403, 404)
    assert AuditEvent.objects.filter(action="download").count() == downloads
