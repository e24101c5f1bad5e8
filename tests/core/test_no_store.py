"""Pages with personal data are never stored by the browser (shared PCs).

Each kind of page is fetched through the test client as the person who would see it: a staff page,
search, the CPR reveal, an attachment, a letter's PDF, the admin, the sign-in, the complaint
form and the guide, in Danish and under /en/.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from borgerraad.cases.services import henvendelse_register_manual
from borgerraad.letters.services import letter_draft
from tests.accounts.helpers import login_verified
from tests.cases.conftest import bo_data, danish, lene, media_root  # noqa: F401
from tests.intake import files

pytestmark = pytest.mark.django_db


def assert_no_store(response, what):
    assert "no-store" in response.get("Cache-Control", ""), (what, response.get("Cache-Control"))
    assert response.get("Pragma") == "no-cache", what


@pytest.fixture(autouse=True)
def letters_dir(settings, tmp_path):
    settings.LETTERS_DIR = tmp_path / "letters"


@pytest.fixture
def case(lene):  # noqa: F811
    return henvendelse_register_manual(
        channel="letter", registered_by=lene, submitted=bo_data(cpr="120483-1234"),
        uploads=[SimpleUploadedFile("brev.pdf", files.PDF, content_type="application/pdf")],
    )


def test_every_staff_page_and_download_is_no_store(client, lene, case):  # noqa: F811
    login_verified(client, lene)
    letter = letter_draft(case=case, kind="kvittering", language="da", by=lene)
    pages = {
        "inbox": client.get(reverse("cases:inbox")),
        "case": client.get(reverse("cases:case", args=[case.reference])),
        "search": client.get(reverse("cases:search"), {"q": "Bo Hansen"}),
        "cpr reveal": client.post(reverse("cases:cpr", args=[case.henvendelse.reference])),
        "attachment": client.get(reverse("intake:attachment", args=[case.henvendelse.attachments.get().pk])),
        "letter pdf": client.get(reverse("letters:pdf", args=[case.reference, letter.pk])),
        "english inbox": client.get("/en" + reverse("cases:inbox")),
        "not found": client.get("/medarbejder/sager/BR-0000-00000/"),
    }
    for what, response in pages.items():
        assert response.status_code in (200, 404), what
        assert_no_store(response, what)
    assert "120483-1234" in pages["cpr reveal"].content.decode()


def test_the_admin_and_the_sign_in_pages_are_no_store(admin_client, client):
    assert_no_store(admin_client.get("/admin/core/department/"), "admin")
    assert_no_store(client.get(reverse("accounts:login")), "log-in")


def test_the_complaint_form_and_the_guide_are_no_store(client):
    assert_no_store(client.get("/klag/"), "form start")
    assert_no_store(client.get("/klag/trin/1/"), "form step")
    assert_no_store(client.get("/kan-vi-hjaelpe/"), "guide")
    assert_no_store(client.get("/en/klag/"), "english form")
