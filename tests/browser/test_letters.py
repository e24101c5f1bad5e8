"""Letters in a real browser: Rita (rådgiver) drafts the conclusion letter for Bo's case, edits
it, finalises it, sends it by e-mail and finds it in the journal. axe checks every page."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import Hoering
from borgerraad.cases.services import case_transition, klagepunkt_close, visitation_record
from borgerraad.core.models import Department
from borgerraad.letters.defaults import letter_templates_load_defaults
from borgerraad.letters.models import DispatchStatus, Letter
from tests.accounts.helpers import staff_user, totp_device
from tests.browser.test_casework import sign_in
from tests.cases.conftest import make_case, point

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("letter_settings")]


def test_an_advisor_writes_and_sends_the_conclusion_letter(page, live_server, axe):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(30_000)  # the first PDF of a process loads the fonts
    letter_templates_load_defaults()
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    totp_device(rita)
    case = make_case(by=rita, preferred_channel="email", address="Søndergade 7, 2300 København S")
    case.assigned_to = rita
    case.save()
    visitation_record(case=case, points=[point()], by=rita, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rita)
    klagepunkt_close(klagepunkt=case.klagepunkter.get(), by=rita, outcome="kritik", kritik_degree=2,
                     reason="Det er kritisabelt, at jobcentret ikke svarede.")

    sign_in(page, live_server, axe, "rita")
    page.goto(f"{live_server.url}/medarbejder/sager/{case.reference}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Sag {case.reference}")
    letters = page.get_by_role("region", name="Breve")
    letters.get_by_label("Slags brev").select_option(label="Afslutning med udfald")
    letters.get_by_label("Sprog").select_option(label="Dansk")
    axe(page)
    letters.get_by_role("button", name="Opret brevudkast").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Brevudkast: Afslutning med udfald")
    preview = page.get_by_role("article", name="Forhåndsvisning af brevet")
    expect(preview).to_contain_text("Kritik – vi finder det kritisabelt")
    axe(page)
    body = page.get_by_label("Brevets tekst")
    body.fill(body.input_value() + "\n\nVi beklager, at du har ventet så længe på svar.")
    page.get_by_role("button", name="Gem og vis forhåndsvisning").click()
    expect(page.get_by_role("status")).to_contain_text("Brevet er gemt")
    expect(preview).to_contain_text("Vi beklager, at du har ventet så længe på svar.")

    page.get_by_role("button", name="Gør brevet endeligt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Endeligt brev: Afslutning med udfald")
    expect(page.get_by_role("button", name="Gem og vis forhåndsvisning")).to_have_count(0)
    axe(page)
    page.get_by_label("Send med").select_option(label="E-mail")
    page.get_by_role("button", name="Send brevet").click()
    dispatches = page.get_by_role("table", name="Forsendelser af brevet")
    expect(dispatches).to_contain_text("Sendt")
    axe(page)

    letter = Letter.objects.get()
    assert letter.dispatches.get().status == DispatchStatus.SENT
    [message] = [m for m in mail.outbox if m.subject == "Du har fået et brev fra Borgerrådgiveren"]
    assert message.to == ["bo@example.dk"] and "Bo Hansen" not in message.body

    page.get_by_role("link", name=re.compile("Tilbage til sag")).click()
    journal = page.get_by_role("table", name="Alle dokumenter og hændelser i tidsorden")
    expect(journal).to_contain_text("Brev: Afslutning med udfald (endeligt, til Bo Hansen)")
    expect(journal).to_contain_text("Brev sendt: Afslutning med udfald med E-mail")
    # The conclusion letter is confirmed sent, so the case can close.
    page.get_by_label("Ny status").select_option(label="Afsluttet")
    page.get_by_role("button", name="Skift status").click()
    expect(page.locator(".casework-status")).to_contain_text("Afsluttet")
    axe(page)


def test_an_advisor_sends_a_hoering_letter_and_the_deadline_starts_when_it_is_sent(page, live_server, axe):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    letter_templates_load_defaults()
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    totp_device(rita)
    case = make_case(by=rita)
    case.assigned_to = rita
    case.save()
    visitation_record(case=case, points=[point()], by=rita, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rita)

    sign_in(page, live_server, axe, "rita")
    page.goto(f"{live_server.url}/medarbejder/sager/{case.reference}/")
    hoering = page.get_by_role("group", name="Ny høring hos en forvaltning")
    hoering.get_by_label("Forvaltning", exact=True).select_option(value=str(Department.objects.get(code="BIF").pk))
    hoering.get_by_label("Spørgsmål til forvaltningen").fill("Hvorfor fik borgeren ikke svar på sine breve?")
    hoering.get_by_label("Svarfrist i uger").fill("6")
    hoering.get_by_role("button", name="Opret høring").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Brevudkast: Høringsbrev til forvaltningen")
    expect(page.get_by_role("status")).to_contain_text("Svarfristen begynder at løbe, når brevet er bekræftet sendt.")
    expect(page.get_by_role("article", name="Forhåndsvisning af brevet")).to_contain_text(
        "Hvorfor fik borgeren ikke svar på sine breve?")
    axe(page)
    page.get_by_role("button", name="Gør brevet endeligt").click()
    page.get_by_role("button", name="Send brevet").click()
    expect(page.get_by_role("table", name="Forsendelser af brevet")).to_contain_text("Sendt")

    hoering = Hoering.objects.get(case=case)
    assert hoering.deadline is not None
    [message] = [m for m in mail.outbox if m.to == ["bif@kk.dk"]]
    assert case.reference in message.subject and message.attachments
    page.get_by_role("link", name=re.compile("Tilbage til sag")).click()
    expect(page.locator(".casework-status")).to_contain_text("Høring hos forvaltningen")
    hoeringer = page.get_by_role("table", name="Høringer hos forvaltningerne")
    expect(hoeringer).to_contain_text(f"{hoering.deadline:%d.%m.%Y}")
    expect(page.get_by_role("group", name="Registrér svar fra BIF")).to_be_visible()
    journal = page.get_by_role("table", name="Alle dokumenter og hændelser i tidsorden")
    expect(journal).to_contain_text(f"Høring sendt til BIF, frist {hoering.deadline:%d.%m.%Y}")
    axe(page)


def test_an_advisor_posts_the_print_run_from_forsendelser(page, live_server, axe):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    letter_templates_load_defaults()
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    totp_device(rita)
    case = make_case(by=rita, preferred_channel="letter", address="Søndergade 7, 2300 København S")
    case.assigned_to = rita
    case.save()

    sign_in(page, live_server, axe, "rita")
    page.goto(f"{live_server.url}/medarbejder/sager/{case.reference}/")
    letters = page.get_by_role("region", name="Breve")
    letters.get_by_label("Slags brev").select_option(label="Kvittering")
    letters.get_by_label("Sprog").select_option(label="Dansk")
    letters.get_by_role("button", name="Opret brevudkast").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Brevudkast: Kvittering")
    page.get_by_role("button", name="Gør brevet endeligt").click()
    page.get_by_label("Send med").select_option(label="Fysisk post")
    page.get_by_role("button", name="Send brevet").click()
    dispatches = page.get_by_role("table", name="Forsendelser af brevet")
    expect(dispatches).to_contain_text("Afleveret, afventer bekræftelse")

    page.get_by_role("navigation", name="Sagsbehandling").get_by_role("link", name=re.compile("^Forsendelser")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Forsendelser")
    queue = page.get_by_role("table", name="Breve i printkøen, i den rækkefølge de printes")
    expect(queue).to_contain_text(case.reference)
    expect(queue).to_contain_text("Bo Hansen")
    expect(page.get_by_text("Der er ingen breve i Digital Post-udbakken")).to_be_visible()
    expect(page.get_by_text("Ingen forsendelser er fejlet.")).to_be_visible()
    axe(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Hent printkørslen (PDF)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("printkoersel-")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    page.get_by_role("button", name="Bekræft, at printkørslen er sendt").click()
    expect(page.get_by_role("status")).to_contain_text("1 brev fra printkørslen er bekræftet sendt.")
    expect(page.get_by_text("Printkøen er tom.")).to_be_visible()
    axe(page)

    page.goto(f"{live_server.url}/medarbejder/sager/{case.reference}/breve/{Letter.objects.get().pk}/")
    expect(dispatches).to_contain_text("Sendt")
    expect(dispatches).not_to_contain_text("Afleveret")
    case.refresh_from_db()
    assert case.acknowledged_at is not None
