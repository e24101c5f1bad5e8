"""Bad input on the public complaint form gets a clear answer, never a crash or a flood.

Every attack goes through HTTP (Django's test client), the way a browser or a script would send it.
"""

from __future__ import annotations

import tracemalloc

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from borgerraad.intake.models import Attachment, Henvendelse
from borgerraad.intake.uploads import DOCX, detect_type
from tests.intake import files
from tests.intake.test_views import CONTACT, DOCUMENTS, WHO, about, fill_all, post

pytestmark = pytest.mark.django_db


# --- CPR numbers with look-alike digits -----------------------------------------------------------


@pytest.mark.parametrize("cpr", [
    "¹²⁰⁴⁸³-¹²³⁴",  # superscripts: str.isdigit() is true, int() raises
    "①②⓪④⑧③-①②③④",  # circled digits
    "１２０４８３-１２３４",  # full-width
    "١٢٠٤٨٣-١٢٣٤",  # Arabic-Indic
    "²²²²²²²²²²",
])
def test_cpr_with_look_alike_digits_gets_a_clear_error_on_the_form(client, cpr):
    post(client, 1, WHO)
    response = post(client, 2, {**CONTACT, "cpr": cpr, "preferred_channel": "digital_post"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skriv CPR-nummeret med almindelige cifre 0-9" in content
    assert 'value="Alice Jensen"' in content  # the rest of the step is kept


def test_cpr_with_look_alike_digits_in_english(client):
    post(client, 1, WHO, HTTP_ACCEPT_LANGUAGE="en")
    response = client.post("/en/klag/trin/2/", {"action": "next", **CONTACT, "cpr": "１２０４８３-１２３４"})
    assert response.status_code == 200
    assert "Write the CPR number with the ordinary digits 0-9" in response.content.decode()


def test_a_draft_with_look_alike_digits_cannot_be_submitted(client):
    fill_all(client)
    response = post(client, 2, {**CONTACT, "cpr": "①②⓪④⑧③-①②③④"})
    assert response.status_code == 200
    response = post(client, 5, {"consent": "yes", "action": "submit"})
    assert response.status_code == 302 and "/klag/trin/2/" in response["Location"]
    assert not Henvendelse.objects.exists()


# --- Downloads never carry the citizen's name or extension ------------------------------------------


def _raadgiver(client):
    from django.contrib.auth.models import Group, User

    from borgerraad.accounts.roles import Role
    from tests.accounts.helpers import login_verified

    staff = User.objects.create_user("rita", password="x" * 16, is_staff=True)
    staff.groups.add(Group.objects.get(name=Role.RAADGIVER))
    login_verified(client, User.objects.get(pk=staff.pk))
    return client


@pytest.mark.parametrize(("name", "data", "content_type", "extension"), [
    ("Afgoerelse.pdf.hta", files.PDF, "application/pdf", ".pdf"),
    ("run.bat", b"@echo off\r\nformat c: /q\r\n", "text/plain", ".txt"),
    ("..\\..\\Windows\\evil.exe.png", files.PNG, "image/png", ".png"),
    ("brev.docm", files.docx(), DOCX, ".docx"),
])
def test_a_download_gets_a_safe_name_and_the_detected_type(client, name, data, content_type, extension):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    post(client, 4, {**DOCUMENTS, "other_files": [SimpleUploadedFile(name, data, content_type="application/hta")]})
    assert post(client, 5, {"consent": "yes", "action": "submit"}).status_code == 302
    attachment = Attachment.objects.get()
    staff = _raadgiver(Client())
    page = staff.get(f"/medarbejder/henvendelser/{attachment.henvendelse.reference}/")
    response = staff.get(f"/klag/bilag/{attachment.pk}/")
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition == f'attachment; filename="bilag-{attachment.pk.hex[:8]}{extension}"'
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == data
    # The page still shows the name the citizen gave the file, so staff know which is which.
    assert name.endswith(attachment.original_name)  # Django's upload parser drops any path
    assert page.status_code == 200 and escape(attachment.original_name) in page.content.decode()


# --- Zip bombs -------------------------------------------------------------------------------------

# No upload may cost more than a few MB of memory, whatever its members claim.
MEMORY_BUDGET = 8 * 1024 * 1024


def _peak_bytes(call):
    tracemalloc.start()
    try:
        result = call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def _post_documents(client, name, data):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    upload = SimpleUploadedFile(name, data, content_type="application/vnd.openxmlformats-officedocument")
    return _peak_bytes(lambda: post(client, 4, {**DOCUMENTS, "other_files": [upload]}))


@pytest.mark.parametrize(("maker", "message"), [
    (files.zip_bomb, "fylder alt for meget, når den pakkes ud"),  # a member declaring 200 MB
    (files.many_members_zip, "fylder alt for meget, når den pakkes ud"),  # 5,000 members
    (files.lying_zip, "ikke en filtype, vi kan modtage"),  # declares 300 bytes, inflates to 200 MB
])
def test_a_zip_bomb_is_refused_clearly_within_a_few_mb(client, maker, message):
    response, peak = _post_documents(client, "Afgørelse.docx", maker())
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content and "Afgørelse.docx" in content
    assert 'value="15.09.2026"' in content  # the rest of the step is kept
    assert not Attachment.objects.exists()
    assert peak < MEMORY_BUDGET, f"the request used {peak / 1e6:.0f} MB"


@pytest.mark.parametrize("maker", [files.zip_bomb, files.lying_zip, files.many_members_zip])
def test_checking_a_zip_bomb_costs_less_than_two_mb(maker):
    upload = SimpleUploadedFile("bombe.docx", maker())
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError):
            detect_type(upload)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024 + len(upload), f"the check used {peak / 1e6:.1f} MB"


def test_real_documents_still_pass_the_zip_checks():
    assert detect_type(SimpleUploadedFile("brev.docx", files.docx())).extension == ".docx"
    assert detect_type(SimpleUploadedFile("brev.odt", files.odt())).extension == ".odt"


def test_a_large_text_file_is_checked_in_chunks():
    text = ("Kære kommune, æøå. " * 300_000).encode()  # about 6 MB
    upload = SimpleUploadedFile("brev.txt", text)
    detected, peak = _peak_bytes(lambda: detect_type(upload))
    assert detected.extension == ".txt"
    assert peak < 1024 * 1024
