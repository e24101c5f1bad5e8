"""An advisor's full working day in a real browser (issue 14, "Done means").

Alice Jensen complained through the web form two weeks ago (CPR 120483-1234). This morning Rita
(rådgiver) signs in with password and TOTP and lands on the start page, registers Alice's phone call
(the CPR number typed wrong), takes the case, visits it from the prefilled row, sends a høring to
BIF, uploads the department's answer, corrects the CPR number, links the web henvendelse found by
it, writes the conclusion letter and sends it by post. Closing is refused until the print run is
confirmed from Forsendelser; then the case closes and the whole case is exported as one PDF, read
back with pdftotext. Everything goes through the pages as the advisor sees them (only the office's
configuration and the user are seeded), and axe checks every page on the way.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import Case, CaseStatus, HenvendelseLink
from tests.accounts.helpers import PASSWORD, staff_user, totp_code, totp_device
from tests.browser.test_casework import complain_through_the_web_form
from tests.cases.casefile_files import pdf_with_text

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("letter_settings")]

BIF = "Beskæftigelses- og Integrationsforvaltningen (BIF)"
TODAY = "03.11.2026"


def h1(page):
    return page.get_by_role("heading", level=1)


def set_status(page, label: str) -> None:
    page.get_by_label("Ny status").select_option(label=label)
    page.get_by_role("button", name="Skift status").click()


def back_to_case(page, reference: str) -> None:
    page.get_by_role("link", name=f"Tilbage til sag {reference}").click()
    # The case page within the page's own timeout (30 s): on a loaded CI machine it took longer than the 5 s that
    # ``expect`` waits by default (a clean-clone run saw the letter page still there after 5 s).
    page.wait_for_url(re.compile(rf"/sager/{re.escape(reference)}/(\?.*)?(#.*)?$"))
    expect(h1(page)).to_have_text(f"Sag {reference}")


def go_home(page) -> None:
    page.get_by_role("link", name="Borgerrådgiveren – medarbejdere").click()
    expect(h1(page)).to_have_text("Forside for medarbejdere")


def sign_in_to_the_start_page(page, live_server, axe, rita) -> None:
    page.goto(live_server.url + "/medarbejder/")
    expect(h1(page)).to_have_text("Log ind som medarbejder")
    axe(page)
    page.get_by_label("Brugernavn").fill("rita")
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Fortsæt").click()
    expect(h1(page)).to_have_text("Skriv koden fra appen")
    axe(page)
    page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(totp_device(rita)))
    page.get_by_role("button", name="Log ind").click()
    expect(h1(page)).to_have_text("Forside for medarbejdere")


def register_the_call(page, axe) -> str:
    page.get_by_role("link", name="Registrér henvendelse").click()
    expect(h1(page)).to_have_text("Registrér henvendelse")
    axe(page)
    page.get_by_role("radio", name="Telefon").check()
    page.get_by_label("Navn", exact=True).fill("Alice Jensen")
    page.get_by_label("Adresse (frivilligt)").fill("Vesterbrogade 10, 1620 København V")
    page.get_by_label("Telefon (frivilligt)").fill("20 30 40 50")
    page.get_by_label("Ønsket svarkanal").select_option(label="Brev")
    page.get_by_label("CPR-nummer (frivilligt)").fill("120484-1234")  # a slip of the finger: 84 for 83
    page.get_by_label("Enhed (frivilligt)").fill("Jobcenter København")
    page.get_by_label("Hvad drejer henvendelsen sig om?").fill(
        "Borgeren søgte om kontanthjælp for ti uger siden, og jobcentret har stadig ikke svaret på ansøgningen.")
    page.get_by_label("Hvad ønsker borgeren? (frivilligt)").fill("En afgørelse på ansøgningen.")
    page.get_by_label("Har borgeren klaget til enheden først?").select_option(label="Ja, men jeg har ikke fået svar")
    page.get_by_role("checkbox", name="Borgeren giver samtykke til, at vi kontakter forvaltningen").check()
    page.get_by_role("button", name="Registrér", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Henvendelsen er registreret som BR-2026-")
    expect(h1(page)).to_have_text(re.compile(r"Sag BR-2026-\d{5}"))
    return h1(page).inner_text().removeprefix("Sag ")


def test_an_advisors_working_day(page, live_server, axe, time_machine, tmp_path):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.set_default_timeout(30_000)  # the first PDF of a process loads the fonts

    # Two weeks ago, in the evening: Alice's web complaint (it waits in the inbox, no case yet).
    time_machine.move_to("2026-10-20 19:30 +02:00", tick=True)
    earlier = complain_through_the_web_form(page, live_server)
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    totp_device(rita)

    # Tuesday morning: sign in and land on the start page.
    time_machine.move_to(f"{TODAY[6:]}-{TODAY[3:5]}-{TODAY[:2]} 08:30 +01:00", tick=True)
    sign_in_to_the_start_page(page, live_server, axe, rita)
    expect(page.get_by_role("link", name="1 ny henvendelse venter i indbakken")).to_be_visible()
    expect(page.get_by_text("Intet kræver handling lige nu.")).to_be_visible()
    expect(page.get_by_text("Du har ingen åbne sager.")).to_be_visible()
    axe(page)

    # Alice calls: a phone henvendelse, registered and opened as a case in Modtaget; Rita takes it.
    reference = register_the_call(page, axe)
    expect(page.locator(".casework-status")).to_contain_text("Modtaget")
    expect(page.locator(".casework-status")).to_contain_text("Rådgiver: ingen")
    axe(page)
    assign = page.get_by_role("region", name="Tildeling")
    assign.get_by_label("Rådgiver", exact=True).select_option(label="Rita Rådgiver")
    assign.get_by_role("button", name="Gem tildeling").click()
    expect(page.get_by_role("status")).to_contain_text("Tildelingen er gemt.")
    expect(page.locator(".casework-status")).to_contain_text("Rådgiver: Rita Rådgiver")

    # The start page now lists it under Mine sager with its next deadline, the acknowledgement.
    go_home(page)
    mine = page.get_by_role("table", name="1 åben sag tildelt dig, den næste frist først")
    row = mine.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Alice Jensen")
    expect(row).to_contain_text("Modtaget")
    expect(row).to_contain_text("Kvittering")
    expect(page.get_by_role("link", name="2 nye henvendelser venter i indbakken")).to_be_visible()
    axe(page)
    row.get_by_role("link", name=reference).click()
    expect(h1(page)).to_have_text(f"Sag {reference}")

    # Visitation: the first row is prefilled from the henvendelse's unit and the engine's point.
    page.get_by_role("link", name="Visitér: tilføj klagepunkter").click()
    expect(h1(page)).to_have_text(f"Visitation af {reference}")
    first = page.get_by_role("group", name="Nyt klagepunkt 1")
    expect(first.get_by_label("Grundlag").locator("option:checked")).to_have_text("Sagsbehandling")
    expect(first.get_by_label("Forvaltning", exact=True).locator("option:checked")).to_have_text(BIF)
    expect(first.get_by_label("Enhed (frivilligt)")).to_have_value("Jobcenter København")
    expect(first.get_by_label("Beslutning", exact=True).locator("option:checked")).to_have_text("Tages op som sag")
    engine = page.get_by_role("region", name="Visitationsmotorens forslag")
    expect(engine).to_contain_text("Sagsbehandling: “ikke svaret”")
    axe(page)
    first.get_by_label("Beskrivelse af klagepunktet").fill("Ingen afgørelse på ansøgning om kontanthjælp i ti uger.")
    page.get_by_role("button", name="Gem visitation").click()
    expect(page.get_by_role("status")).to_contain_text("Visitationen er gemt: 1 klagepunkt(er).")
    points = page.get_by_role("table", name=re.compile("Klagepunkter"))
    expect(points).to_contain_text("Sagsbehandling")
    expect(points).to_contain_text("Tages op som sag")
    expect(points).to_contain_text("(punkt: Sagsbehandling)")
    expect(page.locator(".casework-status")).to_contain_text("Visiteret")

    # Work on it: a høring to BIF, sent today from the ESDH system.
    set_status(page, "Under behandling")
    expect(page.locator(".casework-status")).to_contain_text("Under behandling")
    hoering = page.get_by_role("group", name="Ny høring hos en forvaltning")
    hoering.get_by_label("Forvaltning", exact=True).select_option(label=BIF)
    hoering.get_by_label("Spørgsmål til forvaltningen").fill("Hvorfor har borgeren ikke fået en afgørelse?")
    hoering.get_by_label("Svarfrist i uger").fill("4")
    hoering.get_by_label("Allerede sendt uden for systemet den (frivilligt)").fill(TODAY)
    hoering.get_by_role("button", name="Opret høring").click()
    expect(page.get_by_role("status")).to_contain_text("Høringen er registreret med svarfrist 01.12.2026")
    expect(page.locator(".casework-status")).to_contain_text("Høring hos forvaltningen")
    axe(page)

    # The department's answer arrives as a PDF: uploaded to the case, its text read, then registered.
    answer = tmp_path / "svar-fra-BIF.pdf"
    answer.write_bytes(pdf_with_text("Jobcentrets redegørelse: ansøgningen blev overset og behandles nu."))
    page.get_by_role("link", name="Dokumenter").click()
    expect(h1(page)).to_have_text(f"Dokumenter i sag {reference}")
    expect(page.get_by_text("Der er ikke tilføjet dokumenter til sagen endnu.")).to_be_visible()
    axe(page)
    page.get_by_label("Dokument", exact=True).set_input_files(str(answer))
    page.get_by_label("Slags dokument").select_option(label="Forvaltningens svar på høring")
    expect(page.get_by_label("Modtaget den")).to_have_value(TODAY)
    page.get_by_role("button", name="Tilføj dokumentet").click()
    expect(page.get_by_role("status")).to_contain_text("Teksten er læst og kan søges")
    documents = page.get_by_role("table", name="Dokumenter tilføjet sagen, ældst modtagne først")
    expect(documents).to_contain_text("Forvaltningens svar på høring")
    expect(documents).to_contain_text("svar-fra-BIF.pdf")
    axe(page)
    back_to_case(page, reference)
    registered = page.get_by_role("group", name="Registrér svar fra BIF")
    registered.get_by_label("Svaret (resumé eller tekst)").fill("Ansøgningen blev overset; BIF behandler den nu.")
    registered.get_by_role("button", name="Registrér svar").click()
    expect(page.get_by_role("status")).to_contain_text("Svaret fra BIF er registreret.")
    expect(page.locator(".casework-status")).to_contain_text("Under behandling")

    # Correct the CPR number: the history shows old and new masked, never in full.
    page.get_by_role("link", name="Ret oplysninger").click()
    expect(h1(page)).to_have_text(f"Ret oplysninger i {reference}")
    expect(page.get_by_text("Nu: 120484-xxxx.")).to_be_visible()
    axe(page)
    page.get_by_label("Nyt CPR-nummer").fill("120483-1234")
    page.get_by_label("Begrundelse for rettelsen").fill("Borgeren ringede: CPR-nummeret var skrevet forkert.")
    page.get_by_role("button", name="Gem rettelsen").click()
    expect(page.get_by_role("status")).to_contain_text("Oplysningerne er rettet: CPR-nummer.")
    history = page.get_by_role("table", name="Rettelser af oplysningerne, ældste først")
    expect(history).to_contain_text("120484-xxxx")
    expect(history).to_contain_text("120483-xxxx")
    expect(page.get_by_text("120483-1234")).to_have_count(0)
    axe(page)

    # Related cases: the corrected CPR number finds the web complaint; link it.
    back_to_case(page, reference)
    page.get_by_role("link", name="Relaterede sager").click()
    expect(h1(page)).to_have_text(f"Relaterede sager til {reference}")
    related = page.get_by_role("table", name="Borgerens andre henvendelser, nyeste først")
    expect(related.get_by_role("row").filter(has_text=earlier)).to_contain_text("samme CPR-nummer")
    expect(related.get_by_role("row").filter(has_text=earlier)).to_contain_text("Ingen sag endnu")
    axe(page)
    page.get_by_role("button", name=f"Knyt {earlier} til sagen").click()
    expect(page.get_by_role("status")).to_contain_text("er knyttet til sagen som relateret")
    expect(related.get_by_role("row").filter(has_text=earlier)).to_contain_text("Knyttet til sagen")
    axe(page)

    # The outcome, and a first try at closing: refused without a conclusion letter.
    back_to_case(page, reference)
    outcome = page.get_by_role("group", name="Resultat for klagepunkt 1")
    outcome.get_by_label("Resultat", exact=True).select_option(label="Kritik")
    outcome.get_by_label("Grad af kritik (ved kritik)").select_option(label="kritisabelt")
    outcome.get_by_role("button", name="Gem resultat for klagepunkt 1").click()
    expect(page.get_by_role("status")).to_contain_text("Klagepunkt 1 har fået et resultat.")
    set_status(page, "Afsluttet")
    expect(page.get_by_role("alert")).to_contain_text("Sagen kan ikke afsluttes uden et afslutningsbrev til borgeren")
    expect(page.locator(".casework-status")).to_contain_text("Under behandling")
    axe(page)

    # The conclusion letter: drafted, read, finalised and handed to the print run.
    letters = page.get_by_role("region", name="Breve")
    letters.get_by_label("Slags brev").select_option(label="Afslutning med udfald")
    letters.get_by_label("Sprog").select_option(label="Dansk")
    letters.get_by_role("button", name="Opret brevudkast").click()
    expect(h1(page)).to_have_text("Brevudkast: Afslutning med udfald")
    preview = page.get_by_role("article", name="Forhåndsvisning af brevet")
    expect(preview).to_contain_text("Kritik – vi finder det kritisabelt")
    expect(preview).to_contain_text("Rita Rådgiver")
    axe(page)
    page.get_by_role("button", name="Gør brevet endeligt").click()
    expect(h1(page)).to_have_text("Endeligt brev: Afslutning med udfald")
    page.get_by_label("Send med").select_option(label="Fysisk post")
    page.get_by_role("button", name="Send brevet").click()
    expect(page.get_by_role("table", name="Forsendelser af brevet")).to_contain_text("Afleveret, afventer bekræftelse")
    expect(page.get_by_text("Brevet er på vej med Fysisk post.")).to_be_visible()
    expect(page.get_by_role("button", name="Send brevet")).to_have_count(0)  # no second channel meanwhile
    axe(page)

    # Still refused: the letter is in the print run, not confirmed sent.
    back_to_case(page, reference)
    set_status(page, "Afsluttet")
    expect(page.get_by_role("alert")).to_contain_text(
        "Sagen kan ikke afsluttes, før afslutningsbrevet er bekræftet sendt.")
    expect(page.locator(".casework-status")).to_contain_text("Under behandling")

    # The start page says a letter waits in the print run; Forsendelser prints and confirms it.
    go_home(page)
    actions = page.get_by_role("table", name="Det, der kræver handling, det mest hastende først")
    waiting = actions.get_by_role("row").filter(has_text="Brev i printkørslen venter på bekræftelse")
    expect(waiting).to_contain_text("Afslutning med udfald")
    axe(page)
    waiting.get_by_role("link", name=reference).click()
    expect(h1(page)).to_have_text("Forsendelser")
    queue = page.get_by_role("table", name="Breve i printkøen, i den rækkefølge de printes")
    expect(queue).to_contain_text(reference)
    expect(queue).to_contain_text("Alice Jensen")
    axe(page)
    with page.expect_download() as print_run:
        page.get_by_role("link", name="Hent printkørslen (PDF)").click()
    with open(print_run.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    page.get_by_role("button", name="Bekræft, at printkørslen er sendt").click()
    expect(page.get_by_role("status")).to_contain_text("1 brev fra printkørslen er bekræftet sendt.")
    expect(page.get_by_text("Printkøen er tom.")).to_be_visible()
    sent = page.get_by_role("table", name="Breve, der er bekræftet sendt, nyeste først")
    expect(sent).to_contain_text("Rita Rådgiver")
    axe(page)

    # Now the case closes.
    sent.get_by_role("link", name=reference).click()
    expect(page.get_by_role("table", name="Forsendelser af brevet")).to_contain_text("Sendt")
    back_to_case(page, reference)
    set_status(page, "Afsluttet")
    expect(page.get_by_role("status")).to_contain_text("Sagen har nu status “Afsluttet”.")
    expect(page.locator(".casework-status")).to_contain_text("Afsluttet")
    journal = page.get_by_role("table", name="Alle dokumenter og hændelser i tidsorden")
    for title in ("Henvendelse modtaget", "Klagepunkt 1: Tages op som sag", "Høring sendt til BIF", "Svar fra BIF",
                  "Oplysninger rettet: CPR-nummer", "Klagepunkt 1: Kritik",
                  "Brev: Afslutning med udfald (endeligt, til Alice Jensen)",
                  "Brev sendt: Afslutning med udfald med Fysisk post", "Status: Afsluttet"):
        expect(journal).to_contain_text(title)
    axe(page)

    # The whole case as one PDF, read back.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Hent hele sagen som PDF").click()
    download = download_info.value
    assert download.suggested_filename == f"sag-{reference}.pdf"
    exported = tmp_path / "export.pdf"
    download.save_as(exported)
    text = subprocess.run(["pdftotext", str(exported), "-"], capture_output=True, check=True, text=True).stdout
    for expected in (f"Sag {reference}: udskrift af hele sagen", "Alice Jensen", "120483-xxxx",
                     "Klagepunkt 1: Sagsbehandling", "Ansøgningen blev overset; BIF behandler den nu.",
                     "ansøgningen blev overset og behandles nu", "Rettelser af oplysningerne",
                     "Afslutning med udfald", "Sendt med Fysisk post"):
        assert expected in text, expected
    assert "120483-1234" not in text and "120484-1234" not in text

    case = Case.objects.get(reference=reference)
    assert case.status == CaseStatus.AFSLUTTET
    assert HenvendelseLink.objects.count() == 1
