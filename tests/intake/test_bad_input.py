"""Bad input on the public complaint form gets a clear answer, never a crash or a flood.

Every attack goes through HTTP (Django's test client), the way a browser or a script would send it.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from borgerraad.intake.models import Attachment, Henvendelse
from borgerraad.intake.uploads import DOCX
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
