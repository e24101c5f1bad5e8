"""Staff casework in a real browser: from the citizen's web form to a closed case.

Alice complains through /klag/; Rita (rådgiver) signs in with password and TOTP, finds the
henvendelse in the inbox, opens a case, splits it into two klagepunkter, sends a høring to BIF
with a deadline, registers the answer, gives both points an outcome and closes the case. axe
checks every staff page on the way; the page fixture fails on any CSP violation.
"""

from __future__ import annotations

import os
import re

import pytest
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import Case, CaseStatus
from borgerraad.core.calendar import TZ
from borgerraad.intake.models import Henvendelse
from borgerraad.letters.defaults import letter_templates_load_defaults
from tests.accounts.helpers import PASSWORD, staff_user, totp_code, totp_device
from tests.browser.test_complaint_form import expect_step, fill_about, fill_contact, next_step

pytestmark = pytest.mark.browser

BIF = "Beskæftigelses- og Integrationsforvaltningen (BIF)"
SCREENSHOTS = os.environ.get("BORGERRAAD_SCREENSHOTS", "")


@pytest.fixture(autouse=True)
def intake_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LETTERS_DIR = tmp_path / "letters"
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    letter_templates_load_defaults()  # a live-server test starts without the migration's rows
    cache.clear()
    yield
    cache.clear()


def shot(page, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


def complain_through_the_web_form(page, live_server) -> str:
    page.goto(live_server.url + "/klag/trin/1/")
    page.get_by_role("radio", name="Som borger").check()
    page.get_by_role("radio", name="For mig selv eller min egen virksomhed").check()
    next_step(page)
    expect_step(page, 2, "Dine kontaktoplysninger")
    fill_contact(page)
    next_step(page)
    expect_step(page, 3, "Hvad drejer det sig om?")
    fill_about(page, "Jobcentret har ikke svaret på mine breve i otte uger, og medarbejderen var uhøflig i telefonen.")
    next_step(page)
    expect_step(page, 4, "Første kontakt og dokumenter")
    page.get_by_role("radio", name="Ja, men jeg har ikke fået svar").check()
    next_step(page)
    expect_step(page, 5, "Samtykke og indsendelse")
    page.get_by_role("radio", name="Ja, det må I gerne").check()
    page.get_by_role("button", name="Send klagen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tak – vi har modtaget din klage")
    return Henvendelse.objects.get().reference


def sign_in(page, live_server, axe, username: str) -> None:
    page.goto(live_server.url + "/medarbejder/indbakke/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log ind som medarbejder")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Fortsæt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skriv koden fra appen")
    page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(totp_device_for(username)))
    page.get_by_role("button", name="Log ind").click()


def totp_device_for(username: str):
    from django.contrib.auth import get_user_model

    return totp_device(get_user_model().objects.get(username=username))


def visitate_point(page, number: int, *, description: str, ground: str, decision: str) -> None:
    row = page.get_by_role("group", name=f"Nyt klagepunkt {number}")
    row.get_by_label("Beskrivelse af klagepunktet").fill(description)
    row.get_by_label("Grundlag").select_option(label=ground)
    row.get_by_label("Forvaltning", exact=True).select_option(label=BIF)
    row.get_by_label("Enhed (frivilligt)").fill("Jobcenter København")
    row.get_by_label("Beslutning", exact=True).select_option(label=decision)


def test_from_the_web_form_to_a_closed_case(page, live_server, axe):
    page.set_viewport_size({"width": 1280, "height": 900})
    reference = complain_through_the_web_form(page, live_server)
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    totp_device(rita)

    # Signing in from the inbox's address lands on the inbox.
    sign_in(page, live_server, axe, "rita")
    expect(page.get_by_role("heading", level=1)).to_have_text("Indbakke")
    inbox = page.get_by_role("table", name=re.compile("Nye henvendelser"))
    row = inbox.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Alice Jensen")
    expect(row).to_contain_text("120483-xxxx")
    expect(row).to_contain_text("Kan behandles")
    expect(page.get_by_text("120483-1234")).to_have_count(0)
    axe(page)
    shot(page, "inbox")

    row.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Henvendelse {reference}")
    axe(page)
    page.get_by_role("button", name="Opret sag og visitér").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Sag {reference}")
    expect(page.get_by_role("status")).to_contain_text("Sagen er oprettet og tildelt dig.")

    # Visitation into two klagepunkter, both taken up as a case.
    page.get_by_role("link", name="Visitér: tilføj klagepunkter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Visitation af {reference}")
    axe(page)
    visitate_point(page, 1, description="Ingen svar på breve i otte uger.", ground="Sagsbehandling",
                   decision="Tages op som sag")
    visitate_point(page, 2, description="Uhøflig medarbejder i telefonen.", ground="Personalets adfærd",
                   decision="Tages op som sag")
    page.get_by_role("button", name="Gem visitation").click()
    expect(page.get_by_role("status")).to_contain_text("Visitationen er gemt: 2 klagepunkt(er).")
    points = page.get_by_role("table", name=re.compile("Klagepunkter"))
    expect(points.get_by_role("row")).to_have_count(3)

    # An illegal transition is refused with the workflow's message; a legal one is taken.
    page.get_by_label("Ny status").select_option(label="Afsluttet")
    page.get_by_role("button", name="Skift status").click()
    expect(page.get_by_role("alert")).to_contain_text("Sagen kan ikke afsluttes, før alle klagepunkter har et resultat")
    axe(page)
    page.get_by_label("Ny status").select_option(label="Under behandling")
    page.get_by_role("button", name="Skift status").click()
    expect(page.locator(".casework-status")).to_contain_text("Under behandling")

    # A høring to BIF with a four-week deadline, sent from the ESDH system today, then its answer.
    # (The høringsbrev written and sent from here: tests/browser/test_letters.py.)
    hoering = page.get_by_role("group", name="Ny høring hos en forvaltning")
    hoering.get_by_label("Forvaltning", exact=True).select_option(label=BIF)
    hoering.get_by_label("Spørgsmål til forvaltningen").fill("Hvorfor har jobcentret ikke svaret borgeren?")
    hoering.get_by_label("Svarfrist i uger").fill("4")
    hoering.get_by_label("Allerede sendt uden for systemet den (frivilligt)").fill(
        timezone.localtime(timezone.now(), TZ).strftime("%d.%m.%Y"))
    hoering.get_by_role("button", name="Opret høring").click()
    expect(page.get_by_role("status")).to_contain_text("Høringen er registreret med svarfrist")
    expect(page.locator(".casework-status")).to_contain_text("Høring hos forvaltningen")
    page.get_by_text("Sådan er fristen regnet ud").first.click()
    expect(page.get_by_text("4 uger.")).to_be_visible()
    axe(page)
    shot(page, "case")

    answer = page.get_by_role("group", name="Registrér svar fra BIF")
    answer.get_by_label("Svaret (resumé eller tekst)").fill("Jobcentret beklager og svarer borgeren i denne uge.")
    answer.get_by_role("button", name="Registrér svar").click()
    expect(page.get_by_role("status")).to_contain_text("Svaret fra BIF er registreret.")
    expect(page.locator(".casework-status")).to_contain_text("Under behandling")

    # Outcomes for both points, then the case is closed.
    first = page.get_by_role("group", name="Resultat for klagepunkt 1")
    first.get_by_label("Resultat", exact=True).select_option(label="Kritik")
    first.get_by_label("Grad af kritik (ved kritik)").select_option(label="kritisabelt")
    first.get_by_role("button", name="Gem resultat for klagepunkt 1").click()
    expect(page.get_by_role("status")).to_contain_text("Klagepunkt 1 har fået et resultat.")
    second = page.get_by_role("group", name="Resultat for klagepunkt 2")
    second.get_by_label("Resultat", exact=True).select_option(label="Løst i dialog")
    second.get_by_role("button", name="Gem resultat for klagepunkt 2").click()
    # Closing waits for the conclusion letter, confirmed sent (its own flow: tests/browser/test_letters.py).
    page.get_by_label("Ny status").select_option(label="Afsluttet")
    page.get_by_role("button", name="Skift status").click()
    expect(page.get_by_role("alert")).to_contain_text("Sagen kan ikke afsluttes uden et afslutningsbrev til borgeren")
    letters = page.get_by_role("region", name="Breve")
    letters.get_by_label("Slags brev").select_option(label="Afslutning med udfald")
    letters.get_by_role("button", name="Opret brevudkast").click()
    page.get_by_role("button", name="Gør brevet endeligt").click()
    page.get_by_label("Send med").select_option(label="E-mail")
    page.get_by_role("button", name="Send brevet").click()
    expect(page.get_by_role("table", name="Forsendelser af brevet")).to_contain_text("Sendt")
    page.get_by_role("link", name=re.compile("Tilbage til sag")).click()
    page.get_by_label("Ny status").select_option(label="Afsluttet")
    page.get_by_role("button", name="Skift status").click()
    expect(page.locator(".casework-status")).to_contain_text("Afsluttet")
    axe(page)

    journal = page.get_by_role("table", name="Alle dokumenter og hændelser i tidsorden")
    for title in ("Henvendelse modtaget", "Klagepunkt 1: Tages op som sag", "Høring sendt til BIF", "Svar fra BIF",
                  "Klagepunkt 1: Kritik", "Klagepunkt 2: Løst i dialog", "Status: Afsluttet"):
        expect(journal).to_contain_text(title)
    case = Case.objects.get(reference=reference)
    assert case.status == CaseStatus.AFSLUTTET
    assert case.hoeringer.get().answer_received_on is not None

    # The other staff pages, checked with axe too.
    for link, heading in (("Søg", "Søg i sager"), ("Frister", "Mine frister"), ("Registrér henvendelse",
                                                                               "Registrér henvendelse")):
        page.get_by_role("navigation", name="Sagsbehandling").get_by_role("link", name=link).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        axe(page)
