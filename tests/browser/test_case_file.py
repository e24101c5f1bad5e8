"""The case file in a real browser: Rita (rådgiver) uploads the department's answer to Bo's case,
corrects his missing CPR number, links his earlier henvendelse found by that number, and downloads
the whole case as one PDF, which pdftotext reads back. axe checks every new page."""

from __future__ import annotations

import subprocess

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import HenvendelseLink
from borgerraad.intake.models import Henvendelse
from tests.accounts.helpers import staff_user, totp_device
from tests.browser.test_casework import sign_in
from tests.cases.casefile_files import pdf_with_text
from tests.cases.conftest import make_case
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def case_file_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LETTERS_DIR = tmp_path / "letters"
    cache.clear()
    yield
    cache.clear()


def test_an_advisor_adds_a_document_corrects_the_cpr_links_a_henvendelse_and_exports_the_case(
    page, live_server, axe, tmp_path,
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(30_000)  # the first PDF of a process loads the fonts
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    totp_device(rita)
    case = make_case(by=rita, email="bo@example.dk")
    earlier = make_henvendelse(name="Bo Hansen", email="", cpr="120483-1234",
                               description="Min første klage om hjemmehjælpen.")
    answer = tmp_path / "svar-fra-BIF.pdf"
    answer.write_bytes(pdf_with_text("Jobcentrets redegørelse: ansøgningen blev overset."))

    sign_in(page, live_server, axe, "rita")
    page.goto(f"{live_server.url}/medarbejder/sager/{case.reference}/")
    page.get_by_role("link", name="Dokumenter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Dokumenter i sag {case.reference}")
    axe(page)
    page.get_by_label("Dokument", exact=True).set_input_files(str(answer))
    page.get_by_label("Slags dokument").select_option(label="Forvaltningens svar på høring")
    page.get_by_role("button", name="Tilføj dokumentet").click()
    expect(page.get_by_role("status")).to_contain_text("Teksten er læst og kan søges")
    expect(page.get_by_role("table")).to_contain_text("svar-fra-BIF.pdf")
    axe(page)

    page.get_by_role("link", name=f"Tilbage til sag {case.reference}").click()
    page.get_by_role("link", name="Ret oplysninger").click()
    axe(page)
    page.get_by_label("CPR-nummer", exact=True).fill("120483-1234")
    page.get_by_label("Ønsket svarkanal").select_option(label="Digital Post")
    page.get_by_label("Begrundelse for rettelsen").fill("Borgeren oplyste sit CPR-nummer i telefonen.")
    page.get_by_role("button", name="Gem rettelsen").click()
    expect(page.get_by_role("status")).to_contain_text("Oplysningerne er rettet")
    history = page.get_by_role("table", name="Rettelser af oplysningerne, ældste først")
    expect(history).to_contain_text("120483-xxxx")
    expect(history).not_to_contain_text("120483-1234")
    axe(page)
    assert Henvendelse.objects.get(pk=case.henvendelse_id).cpr == "120483-1234"

    page.get_by_role("link", name=f"Tilbage til sag {case.reference}").click()
    page.get_by_role("link", name="Relaterede sager").click()
    related = page.get_by_role("table", name="Borgerens andre henvendelser, nyeste først")
    expect(related).to_contain_text(earlier.reference)
    expect(related).to_contain_text("samme CPR-nummer")
    axe(page)
    page.get_by_role("button", name=f"Knyt {earlier.reference} til sagen").click()
    expect(page.get_by_role("status")).to_contain_text("er knyttet til sagen som relateret")
    expect(related).to_contain_text("Knyttet til sagen")
    axe(page)
    assert HenvendelseLink.objects.count() == 1

    page.get_by_role("link", name=f"Tilbage til sag {case.reference}").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Hent hele sagen som PDF").click()
    download = download_info.value
    assert download.suggested_filename == f"sag-{case.reference}.pdf"
    exported = tmp_path / "export.pdf"
    download.save_as(exported)
    text = subprocess.run(["pdftotext", str(exported), "-"], capture_output=True, check=True, text=True).stdout
    assert f"Sag {case.reference}: udskrift af hele sagen" in text
    assert "ansøgningen blev overset" in text
    assert "Oplysninger rettet: CPR-nummer" in text
    assert "120483-xxxx" in text and "120483-1234" not in text
