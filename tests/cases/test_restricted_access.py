"""A restricted case stays out of sight on every path that shows case data, not only the case page.

Rikke has a restricted case (Hemmelig Borger's, with a CPR number, a scanned letter and a draft
letter). Rasmus is another advisor, given ``intake.view_cpr`` so only the restriction stands in his
way; Sanne is the secretary. Each tries every URL that serves the case's data, by hand; Lene (leder)
and Rikke get in, which shows the URLs are right.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from borgerraad.cases.services import case_assign, henvendelse_register_manual, note_add
from borgerraad.letters.services import letter_draft
from tests.accounts.helpers import login_verified
from tests.intake import files

from .conftest import bo_data

pytestmark = pytest.mark.django_db

CPR = "120483-1234"
SECRET_WORD = "Hemmelig"


@pytest.fixture(autouse=True)
def letters_dir(settings, tmp_path):
    settings.LETTERS_DIR = tmp_path / "letters"


@pytest.fixture
def restricted(rikke, lene):
    case = henvendelse_register_manual(
        channel="letter", registered_by=rikke,
        submitted=bo_data(name="Hemmelig Borger", cpr=CPR, description="Hemmelig sag om min ansættelse."),
        uploads=[SimpleUploadedFile("brev.pdf", files.PDF, content_type="application/pdf")],
    )
    case_assign(case=case, assigned_to=rikke, by=lene, restricted=True)
    note_add(case=case, author=rikke, text="Hemmeligt notat.")
    letter = letter_draft(case=case, kind="kvittering", language="da", by=rikke)
    case.refresh_from_db()
    return case, letter


@pytest.fixture
def rasmus_with_cpr(rasmus):
    """With staff status (the admin lets him in) and the right to see full CPR numbers."""
    rasmus.user_permissions.add(Permission.objects.get(codename="view_cpr"))
    rasmus.is_staff = True
    rasmus.save()
    return rasmus


@pytest.fixture
def sanne_staff(sanne):
    sanne.is_staff = True
    sanne.save()
    return sanne


def _urls(case, letter):
    attachment = case.henvendelse.attachments.get()
    reference = case.reference
    return {
        "get": [
            reverse("cases:henvendelse", args=[case.henvendelse.reference]),
            reverse("cases:case", args=[reference]),
            reverse("cases:visitation", args=[reference]),
            reverse("cases:audit_case", args=[reference]),
            reverse("letters:detail", args=[reference, letter.pk]),
            reverse("letters:pdf", args=[reference, letter.pk]),
            reverse("intake:attachment", args=[attachment.pk]),
            f"/admin/intake/henvendelse/{case.henvendelse.pk}/change/",
            reverse("cases:documents", args=[reference]),
            reverse("cases:related", args=[reference]),
            reverse("cases:correct", args=[case.henvendelse.reference]),
            reverse("letters:case_export", args=[reference]),
        ],
        "post": [
            reverse("cases:cpr", args=[case.henvendelse.reference]),
            reverse("cases:henvendelse_open", args=[case.henvendelse.reference]),
            reverse("cases:note", args=[reference]),
            reverse("letters:new", args=[reference]),
            reverse("cases:documents", args=[reference]),
            reverse("cases:correct", args=[case.henvendelse.reference]),
            reverse("cases:link", args=[reference]),
            reverse("cases:merge", args=[reference]),
        ],
    }


@pytest.mark.parametrize("who", ["rasmus_with_cpr", "sanne_staff"])
def test_every_url_of_a_restricted_case_is_closed_to_those_it_is_hidden_from(client, request, restricted, who):
    case, letter = restricted
    user = request.getfixturevalue(who)
    login_verified(client, user)
    urls = _urls(case, letter)
    for url in urls["get"]:
        response = client.get(url)
        assert response.status_code in (403, 404), url
        assert SECRET_WORD not in response.content.decode(errors="replace"), url
    for url in urls["post"]:
        response = client.post(url, {"text": "x"})
        assert response.status_code in (403, 404), url
        assert CPR not in response.content.decode(), url
    assert SECRET_WORD not in client.get(reverse("cases:inbox")).content.decode()
    for query in ("Hemmelig", case.reference):
        assert "0 sager fundet" in client.get(reverse("cases:search"), {"q": query}).content.decode(), query


def test_a_restricted_cases_attachment_and_cpr_open_for_its_advisor_and_the_leader(client, restricted, rikke, lene):
    case, _letter = restricted
    attachment = case.henvendelse.attachments.get()
    login_verified(client, rikke)
    assert client.get(reverse("intake:attachment", args=[attachment.pk])).status_code == 200
    client.logout()
    login_verified(client, lene)
    assert client.get(reverse("intake:attachment", args=[attachment.pk])).status_code == 200
    assert CPR in client.post(reverse("cases:cpr", args=[case.henvendelse.reference])).content.decode()


def test_an_unrestricted_cases_attachment_still_opens_for_another_advisor(client, rasmus, rikke):
    case = henvendelse_register_manual(
        channel="letter", registered_by=rikke, submitted=bo_data(),
        uploads=[SimpleUploadedFile("brev.pdf", files.PDF, content_type="application/pdf")],
    )
    login_verified(client, rasmus)
    url = reverse("intake:attachment", args=[case.henvendelse.attachments.get().pk])
    assert client.get(url).status_code == 200
