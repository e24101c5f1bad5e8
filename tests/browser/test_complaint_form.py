"""The complaint form in a real browser, filled in as a citizen would: through labels and roles.

Every step is checked with axe (WCAG 2.1 AA). The page fixture fails a test on any console
error, so a CSP violation (an inline script or style) fails it too.
"""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from borgerraad.intake.models import Henvendelse
from tests.intake import files

pytestmark = pytest.mark.browser

REFERENCE = re.compile(r"BR-\d{4}-\d{5}")


@pytest.fixture(autouse=True)
def intake_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


def pdf(name: str) -> dict:
    return {"name": name, "mimeType": "application/pdf", "buffer": files.PDF}


def next_step(page):
    page.get_by_role("button", name="Næste").click()


def expect_step(page, number: int, title: str):
    expect(page.get_by_text(f"Trin {number} af 5", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    # The step's fonts loaded before it is filled in: a late font swap moves the fields under a click on a loaded
    # machine (a consent radio once "did not change its state" that way).
    page.evaluate("document.fonts.ready.then(() => true)")


def fill_contact(page, *, cpr: str = "120483-1234"):
    page.get_by_label("Navn", exact=True).fill("Alice Jensen")
    page.get_by_label("Adresse").fill("Nørregade 1, 1165 København K")
    page.get_by_role("textbox", name="E-mail").fill("alice@example.dk")
    page.get_by_label("Telefonnummer").fill("20 30 40 50")
    page.get_by_role("radio", name="E-mail").check()
    page.get_by_label("CPR-nummer (frivilligt)").fill(cpr)


def fill_about(page, description: str):
    page.get_by_label("Hvilken del af kommunen handler det om?").select_option(
        label="Beskæftigelses- og Integrationsforvaltningen"
    )
    page.get_by_label("Hvilket sted i kommunen? (frivilligt)").fill("Jobcenter København")
    page.get_by_label("Hvad er der sket?").fill(description)
    page.get_by_label("Hvornår skete det? (frivilligt)").fill("01.09.2026")
    page.get_by_label("Hvad ønsker du, der skal ske? (frivilligt)").fill("Svar på mine breve.")


def test_a_citizen_complains_changes_an_answer_and_gets_a_receipt(page, live_server, axe):
    page.goto(live_server.url + "/klag/")
    axe(page)
    page.get_by_role("link", name="Start klagen").click()

    expect_step(page, 1, "Hvem klager?")
    axe(page)
    page.get_by_role("radio", name="Som borger").check()
    page.get_by_role("radio", name="For mig selv eller min egen virksomhed").check()
    next_step(page)

    expect_step(page, 2, "Dine kontaktoplysninger")
    axe(page)
    fill_contact(page)
    page.get_by_role("checkbox", name="Stor skrift").check()
    next_step(page)

    expect_step(page, 3, "Hvad drejer det sig om?")
    axe(page)
    fill_about(page, "Jeg har ventet otte uger på svar fra jobcentret på mine breve.")
    next_step(page)

    expect_step(page, 4, "Første kontakt og dokumenter")
    axe(page)
    page.get_by_role("radio", name="Ja, men jeg har ikke fået svar").check()
    page.get_by_label("Stedets svar (frivilligt)").set_input_files(pdf("svar-fra-jobcentret.pdf"))
    next_step(page)

    expect_step(page, 5, "Samtykke og indsendelse")
    axe(page)
    expect(page.get_by_text("120483-xxxx")).to_be_visible()
    expect(page.get_by_text("svar-fra-jobcentret.pdf")).to_be_visible()

    # Back to step 3 from the summary, change the description, and straight back to the review.
    page.get_by_role("link", name="Ret hvad drejer det sig om?").click()
    expect_step(page, 3, "Hvad drejer det sig om?")
    page.get_by_label("Hvad er der sket?").fill("Jeg har ventet ti uger på svar fra jobcentret.")
    page.get_by_role("button", name="Gem og gå til oversigten").click()
    expect_step(page, 5, "Samtykke og indsendelse")
    expect(page.get_by_text("Jeg har ventet ti uger på svar fra jobcentret.")).to_be_visible()

    page.get_by_role("radio", name="Ja, det må I gerne").check()
    page.get_by_role("button", name="Send klagen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Tak – vi har modtaget din klage")
    expect(page.locator(".intake-reference")).to_have_text(REFERENCE)
    expect(page.get_by_text(re.compile(r"Du får et skriftligt svar fra os senest"))).to_be_visible()
    axe(page)
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.description == "Jeg har ventet ti uger på svar fra jobcentret."
    assert henvendelse.needs == ["large_print"]
    assert henvendelse.attachments.get().original_name == "svar-fra-jobcentret.pdf"


def test_a_lawyer_complains_for_a_business(page, live_server, axe):
    page.goto(live_server.url + "/klag/trin/1/")
    page.get_by_role("radio", name="For en virksomhed").check()
    page.get_by_label("Virksomhedens navn").fill("Bageriet på Hjørnet ApS")
    page.get_by_label("CVR-nummer").fill("64942212")
    page.get_by_role("radio", name="For en anden person eller virksomhed").check()
    page.get_by_role("radio", name="Advokat").check()
    page.get_by_label("Fuldmagt", exact=True).set_input_files(pdf("fuldmagt.pdf"))
    next_step(page)

    expect_step(page, 2, "Dine kontaktoplysninger")
    page.get_by_label("Navn", exact=True).fill("Advokat Birgitte Holm")
    page.get_by_role("textbox", name="E-mail").fill("bh@advokat.example")
    page.get_by_role("radio", name="Digital Post").check()  # a business gets Digital Post without a CPR
    next_step(page)

    expect_step(page, 3, "Hvad drejer det sig om?")
    page.get_by_label("Hvilken del af kommunen handler det om?").select_option(label="Ved ikke")
    page.get_by_label("Hvad er der sket?").fill(
        "Vores ansøgning om udeservering har ligget i fem måneder uden svar, selv om vi har rykket."
    )
    next_step(page)

    expect_step(page, 4, "Første kontakt og dokumenter")
    page.get_by_role("radio", name="Ja, og jeg har fået svar").check()
    page.get_by_label("Andre dokumenter (frivilligt)").set_input_files([pdf("ansoegning.pdf"), pdf("rykker.pdf")])
    next_step(page)

    expect_step(page, 5, "Samtykke og indsendelse")
    axe(page)
    expect(page.get_by_text("64942212")).to_be_visible()
    page.get_by_role("radio", name="Ja, det må I gerne").check()
    page.get_by_role("button", name="Send klagen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tak – vi har modtaget din klage")

    henvendelse = Henvendelse.objects.get()
    assert henvendelse.submitter_kind == "business" and henvendelse.cvr == "64942212"
    assert henvendelse.on_behalf and henvendelse.relation == "lawyer" and henvendelse.department is None
    assert sorted(a.kind for a in henvendelse.attachments.all()) == ["fuldmagt", "other", "other"]


def error_summary(page):
    return page.get_by_role("alert").filter(has=page.get_by_role("heading", name="Der er et problem"))


def test_every_validation_error_is_shown_and_nothing_is_lost(page, live_server, axe):
    page.goto(live_server.url + "/klag/trin/1/")
    next_step(page)
    summary = error_summary(page)
    expect(summary).to_be_visible()
    expect(summary.get_by_role("link", name="Vælg, om du klager som borger eller for en virksomhed.")).to_be_visible()
    expect(summary.get_by_role("link", name="Vælg, om du klager for dig selv eller for en anden.")).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Fejl:"))
    axe(page)

    page.get_by_role("radio", name="For en virksomhed").check()
    page.get_by_label("CVR-nummer").fill("12345678")
    page.get_by_role("radio", name="For en anden person eller virksomhed").check()
    page.get_by_role("radio", name="Andet").check()
    next_step(page)
    summary = error_summary(page)
    for message in ("Skriv virksomhedens navn.", "CVR-nummeret er ikke gyldigt. Det består af 8 cifre, fx 64942212.",
                    "Beskriv din relation til den, du klager for.",
                    "Vedhæft en fuldmagt, eller sæt kryds ved, at du sender den senere."):
        expect(summary.get_by_role("link", name=message)).to_be_visible()
    expect(page.get_by_label("CVR-nummer")).to_have_value("12345678")
    expect(page.get_by_role("radio", name="For en virksomhed")).to_be_checked()
    # The error link takes the keyboard to the field.
    summary.get_by_role("link", name="Skriv virksomhedens navn.").click()
    expect(page.get_by_label("Virksomhedens navn")).to_be_focused()
    axe(page)

    page.get_by_label("Virksomhedens navn").fill("Bageriet ApS")
    page.get_by_label("CVR-nummer").fill("64942212")
    page.get_by_label("Beskriv din relation").fill("Revisor")
    page.get_by_label("Fuldmagt", exact=True).set_input_files(
        {"name": "fuldmagt.pdf", "mimeType": "application/pdf", "buffer": files.EXE}
    )
    next_step(page)
    expect(error_summary(page).get_by_role("link", name=re.compile("ikke en filtype, vi kan modtage"))).to_be_visible()
    page.get_by_label("Fuldmagt", exact=True).set_input_files(pdf("fuldmagt.pdf"))
    next_step(page)

    expect_step(page, 2, "Dine kontaktoplysninger")
    next_step(page)
    expect(error_summary(page).get_by_role("link", name="Skriv dit navn.")).to_be_visible()
    page.get_by_label("Navn", exact=True).fill("Alice Jensen")
    page.get_by_role("textbox", name="E-mail").fill("ikke-en-adresse")
    page.get_by_label("Telefonnummer").fill("1234")
    page.get_by_role("radio", name="Telefon").check()
    page.get_by_label("CPR-nummer (frivilligt)").fill("321399-1234")
    next_step(page)
    summary = error_summary(page)
    expect(summary.get_by_role("link", name="Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.")).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile("Skriv et gyldigt telefonnummer"))).to_be_visible()
    expect(summary.get_by_role("link", name=re.compile("CPR-nummeret er ikke gyldigt"))).to_be_visible()
    expect(page.get_by_label("Navn", exact=True)).to_have_value("Alice Jensen")
    expect(page.get_by_label("CPR-nummer (frivilligt)")).to_have_value("321399-1234")
    axe(page)
    fill_contact(page)
    next_step(page)

    expect_step(page, 3, "Hvad drejer det sig om?")
    page.get_by_label("Hvornår skete det? (frivilligt)").fill("31.02.2026")
    next_step(page)
    summary = error_summary(page)
    expect(summary.get_by_role("link", name=re.compile("Vælg den del af kommunen"))).to_be_visible()
    expect(summary.get_by_role("link", name="Skriv, hvad der er sket.")).to_be_visible()
    expect(summary.get_by_role("link", name="Skriv datoen som dd.mm.åååå, fx 03.09.2026.")).to_be_visible()
    expect(page.get_by_label("Hvornår skete det? (frivilligt)")).to_have_value("31.02.2026")
    axe(page)
    fill_about(page, "Jobcentret har ikke svaret på mine breve i to måneder.")
    next_step(page)

    expect_step(page, 4, "Første kontakt og dokumenter")
    page.get_by_label("Stedets svar (frivilligt)").set_input_files(pdf("svar.pdf"))
    next_step(page)
    expect(error_summary(page).get_by_role("link", name="Vælg, om du har klaget til stedet først.")).to_be_visible()
    # The file is kept, not asked for again, and can be removed.
    expect(page.get_by_role("button", name="Fjern svar.pdf")).to_be_visible()
    axe(page)
    page.get_by_role("radio", name="Ja, men jeg har ikke fået svar").check()
    next_step(page)

    expect_step(page, 5, "Samtykke og indsendelse")
    page.get_by_role("button", name="Send klagen").click()
    consent_error = "Vælg, om vi må kontakte forvaltningen om din sag."
    expect(error_summary(page).get_by_role("link", name=consent_error)).to_be_visible()
    axe(page)
    expect(page.get_by_text("svar.pdf (svar fra kommunen")).to_be_visible()
    expect(page.get_by_text("Revisor")).to_be_visible()

    # A reload and even a new browser (only the long-lived cookie survives) lose nothing.
    cookies = [cookie for cookie in page.context.cookies() if cookie["name"] == "br_klage"]
    new_context = page.context.browser.new_context(locale="da-DK")
    new_context.add_cookies(cookies)
    restarted = new_context.new_page()
    restarted.goto(live_server.url + "/klag/")
    restarted.get_by_role("link", name="Fortsæt, hvor du slap").click()
    expect(restarted.get_by_role("heading", level=1)).to_have_text("Samtykke og indsendelse")
    expect(restarted.get_by_text("Jobcentret har ikke svaret på mine breve i to måneder.")).to_be_visible()
    new_context.close()


def test_the_form_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    page.goto(live_server.url + "/klag/trin/1/")
    page.get_by_role("radio", name="Som borger").check()
    page.get_by_role("radio", name="For mig selv eller min egen virksomhed").check()
    next_step(page)
    expect_step(page, 2, "Dine kontaktoplysninger")
    context.close()


def test_the_form_in_english(page, live_server, axe):
    page.goto(live_server.url + "/en/klag/trin/1/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_text("Step 1 of 5", exact=True)).to_be_visible()
    axe(page)


def test_business_and_representative_sections_show_only_when_they_apply(page, live_server, axe):
    page.goto(live_server.url + "/klag/trin/1/")
    company = page.get_by_label("Virksomhedens navn")
    represented = page.get_by_label("Navn på den, du klager for")
    expect(company).to_be_hidden()
    expect(represented).to_be_hidden()
    page.get_by_label("For en virksomhed").check()
    expect(company).to_be_visible()
    page.get_by_label("For en anden person eller virksomhed").check()
    expect(represented).to_be_visible()
    axe(page)
    page.get_by_label("Som borger").check()
    expect(company).to_be_hidden()
