"""Uploads are judged by their content, and limited in size per file and in total."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from borgerraad.intake import services
from borgerraad.intake.uploads import detect_type
from tests.intake import files


@pytest.mark.parametrize(("name", "data", "content_type"), [
    ("afgoerelse.pdf", files.PDF, "application/pdf"),
    ("foto.jpg", files.JPEG, "image/jpeg"),
    ("skærm.png", files.PNG, "image/png"),
    ("IMG_0001.HEIC", files.HEIC, "image/heic"),
    ("brev.docx", files.docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("brev.odt", files.odt(), "application/vnd.oasis.opendocument.text"),
    ("noter.txt", files.TXT, "text/plain"),
    ("forkert-navn.txt", files.PDF, "application/pdf"),  # the content decides, not the name
])
def test_allowed_types_are_detected_by_content(name, data, content_type):
    assert detect_type(SimpleUploadedFile(name, data)).content_type == content_type


@pytest.mark.parametrize(("name", "data"), [
    ("faktura.pdf", files.EXE),  # an .exe renamed .pdf
    ("makro.docx", files.docx(macro=True)),
    ("arkiv.docx", files.plain_zip()),
    ("binær.txt", b"abc\x00def"),
    ("latin1.txt", "æøå".encode("latin-1")),
])
def test_spoofed_and_unknown_types_are_refused_in_danish(name, data):
    with pytest.raises(ValidationError) as error:
        detect_type(SimpleUploadedFile(name, data, content_type="application/pdf"))
    assert "ikke en filtype, vi kan modtage" in error.value.messages[0]


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError, match="tom"):
        detect_type(SimpleUploadedFile("tom.pdf", b""))


@pytest.mark.django_db
def test_size_limits_per_file_and_in_total(settings):
    settings.INTAKE_UPLOAD_MAX_FILE_BYTES = 1000
    settings.INTAKE_UPLOAD_MAX_TOTAL_BYTES = 1500
    draft = services.draft_create()
    big = SimpleUploadedFile("stor.pdf", files.PDF + b" " * 1000)
    with pytest.raises(ValidationError, match="for stor"):
        services.draft_attachment_add(draft=draft, upload=big, kind="other")
    services.draft_attachment_add(draft=draft, upload=SimpleUploadedFile("a.pdf", files.PDF + b" " * 800), kind="other")
    with pytest.raises(ValidationError, match="tilsammen"):
        services.draft_attachment_add(
            draft=draft, upload=SimpleUploadedFile("b.pdf", files.PDF + b" " * 800), kind="other",
        )
    assert draft.attachments.count() == 1
