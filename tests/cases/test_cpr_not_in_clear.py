"""Staff pages keep CPR numbers out of what is stored or shown in clear: the manual registration and the
visitation refuse one in a name, address, phone or unit (saying where it goes, keeping the rest), and a
scanned letter's file name is shown with its CPR number masked on every page.

Sanne (sekretær) registers Karen's letter; Rasmus (rådgiver) visits Bo Hansen's case.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.core.models import Department
from borgerraad.intake.models import Henvendelse
from tests.accounts.helpers import login_verified
from tests.intake import files
from tests.intake.factories import make_henvendelse

from .test_views import visitation_post

pytestmark = pytest.mark.django_db

STAFF_DA = "Skriv ikke et CPR-nummer her. Et CPR-nummer hører kun til i feltet “CPR-nummer”."
REGISTRATION = {"channel": "letter", "name": "Karen Brev", "preferred_channel": "letter",
                "address": "Nørregade 1, 1165 København K", "phone": "20 30 40 50", "unit": "Jobcenter Amager",
                "description": "Jobcentret har ikke svaret på mine breve i fire måneder."}


@pytest.mark.parametrize(("field", "value"), [
    ("name", "Karen Brev 120483-1234"),
    ("address", "Nørregade 1 (cpr 1204831234)"),
    ("phone", "120483-1234"),
    ("unit", "Jobcenter_120483-1234"),
])
def test_manual_registration_refuses_a_cpr_number_outside_the_cpr_field(client, sanne, field, value):
    login_verified(client, sanne)
    response = client.post(reverse("cases:register"), {**REGISTRATION, field: value})
    assert response.status_code == 200
    content = response.content.decode()
    assert STAFF_DA in content
    assert "Jobcentret har ikke svaret på mine breve i fire måneder." in content  # nothing else lost
    assert not Henvendelse.objects.exists()
    response = client.post(reverse("cases:register"), {**REGISTRATION, "cpr": "120483-1234"})
    assert response.status_code == 302 and Henvendelse.objects.get().cpr == "120483-1234"


def test_visitation_refuses_a_cpr_number_in_the_unit(client, rasmus, case):
    login_verified(client, rasmus)
    url = reverse("cases:visitation", args=[case.reference])
    response = client.post(url, visitation_post(**{
        "punkt-0-description": "Ingen svar i fire måneder.", "punkt-0-ground": "sagsbehandling",
        "punkt-0-department": Department.objects.get(code="BIF").pk, "punkt-0-decision": "case",
        "punkt-0-unit": "Bo Hansen 120483-1234",
    }))
    assert response.status_code == 200 and STAFF_DA in response.content.decode()
    assert "Ingen svar i fire måneder." in response.content.decode()
    assert not case.klagepunkter.exists()


def test_a_scans_file_name_is_shown_with_the_cpr_number_masked(client, sanne, rasmus):
    login_verified(client, sanne)
    response = client.post(reverse("cases:register"), {
        **REGISTRATION, "scan": SimpleUploadedFile("scan_120483-1234.pdf", files.PDF, content_type="application/pdf"),
    })
    assert response.status_code == 302
    henvendelse = Henvendelse.objects.get()
    login_verified(client, rasmus)
    page = client.get(reverse("cases:case", args=[henvendelse.case.reference])).content.decode()
    assert "scan_120483-xxxx.pdf</a>" in page  # the attachment list
    assert "Bilag: scan_120483-xxxx.pdf" in page  # the journal
    assert "120483-1234" not in page and "1204831234" not in page


def test_a_file_name_stored_before_masking_knew_glued_numbers_is_masked_when_shown(client, rasmus):
    henvendelse = make_henvendelse()
    henvendelse.attachments.create(kind="other", file="uploads/x.pdf", original_name="scan_120483-1234.pdf",
                                   content_type="application/pdf", extension=".pdf", size=1, sha256="0" * 64)
    login_verified(client, rasmus)
    page = client.get(reverse("cases:henvendelse", args=[henvendelse.reference])).content.decode()
    assert "scan_120483-xxxx.pdf" in page and "120483-1234" not in page
    case = case_open_from_henvendelse(henvendelse=henvendelse)
    page = client.get(reverse("cases:case", args=[case.reference])).content.decode()
    assert "Bilag: scan_120483-xxxx.pdf" in page and "120483-1234" not in page
