"""The guide "Kan Borgerrådgiveren hjælpe dig?" in a real browser, to each kind of answer, with axe."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def choose(page, label: str) -> None:
    page.get_by_label(label, exact=True).check()


def next_step(page, button: str = "Fortsæt") -> None:
    page.get_by_role("button", name=button).click()


def test_in_scope_in_danish_every_step_accessible(page, live_server, axe):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Kan Borgerrådgiveren hjælpe dig?").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kan Borgerrådgiveren hjælpe dig?")
    axe(page)
    page.get_by_role("button", name="Start guiden").click()

    expect(page.get_by_text("Trin 1 af 6")).to_be_visible()
    axe(page)
    choose(page, "Ja, det handler om kommunen")
    next_step(page)
    expect(page.get_by_text("Trin 2 af 6")).to_be_visible()
    axe(page)
    choose(page, "Sagsbehandlingen")
    next_step(page)
    axe(page)
    choose(page, "Ja, men jeg har ikke fået svar")
    next_step(page)
    axe(page)
    page.get_by_label("Hvornår skete det?").fill("02.10.2026")
    next_step(page)
    axe(page)
    choose(page, "Nej")
    next_step(page)
    axe(page)
    page.get_by_label("Hvilken del af kommunen handler det om?").select_option(
        label="Beskæftigelses- og Integrationsforvaltningen"
    )
    page.get_by_label("Beskriv kort, hvad der er sket (valgfrit)").fill(
        "Jeg sendte min lægeerklæring for seks uger siden og har ikke hørt noget siden."
    )
    next_step(page, "Se svaret")

    expect(page.get_by_role("heading", level=1)).to_have_text("Borgerrådgiveren kan hjælpe dig")
    expect(page.get_by_role("link", name="Gå til klageblanketten")).to_have_attribute("href", "/klag/?fra=guide")
    expect(page.get_by_role("heading", name="Tal med en medarbejder")).to_be_visible()
    axe(page)


def test_errors_are_summarised_and_linked(page, live_server, axe):
    page.goto(live_server.url + "/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start guiden").click()
    next_step(page)
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Vælg, om det handler om kommunen.")
    axe(page)
    summary.get_by_role("link", name="Vælg, om det handler om kommunen.").click()
    expect(page.get_by_label("Ja, det handler om kommunen")).to_be_focused()


def test_contact_the_unit_first_in_english(page, live_server, axe):
    page.goto(live_server.url + "/en/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start the guide").click()
    choose(page, "Yes, it is about the municipality")
    next_step(page, "Continue")
    choose(page, "How a practical task was carried out")
    next_step(page, "Continue")
    choose(page, "No, not yet")
    next_step(page, "Continue")
    next_step(page, "Continue")  # the date is optional
    choose(page, "No")
    next_step(page, "Continue")
    page.get_by_label("Which part of the municipality is it about?").select_option(
        label="Sundheds- og Omsorgsforvaltningen"
    )
    next_step(page, "See the answer")
    expect(page.get_by_role("heading", level=1)).to_have_text("First contact Sundheds- og Omsorgsforvaltningen")
    expect(page.get_by_role("link", name="suf@kk.dk")).to_be_visible()
    axe(page)


def test_out_of_scope_a_decision_with_the_body_to_complain_to(page, live_server, axe):
    page.goto(live_server.url + "/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start guiden").click()
    choose(page, "Ja, det handler om kommunen")
    next_step(page)
    choose(page, "En afgørelse, jeg vil have ændret")
    next_step(page)
    choose(page, "Ja, og jeg har fået et svar, som jeg ikke er tilfreds med")
    next_step(page)
    next_step(page)
    choose(page, "Nej")
    next_step(page)
    page.get_by_label("Beskriv kort, hvad der er sket (valgfrit)").fill(
        "Jeg har fået afslag på sygedagpenge og vil have afgørelsen lavet om."
    )
    next_step(page, "Se svaret")
    expect(page.get_by_role("heading", level=1)).to_have_text("Det kan Borgerrådgiveren ikke behandle")
    expect(page.get_by_role("heading", name="Ankestyrelsen", exact=True)).to_be_visible()
    expect(page.get_by_text("Som regel 4 uger fra du har fået afgørelsen")).to_be_visible()
    expect(page.get_by_role("link", name="Gå til klageblanketten")).to_be_visible()  # never blocks
    axe(page)


def test_out_of_scope_another_authority_in_english(page, live_server, axe):
    page.goto(live_server.url + "/en/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start the guide").click()
    choose(page, "No, it is about another authority or a private company")
    choose(page, "Udbetaling Danmark, e.g. housing benefit, pension or child benefit")
    next_step(page, "Continue")
    expect(page.get_by_text("Step 2 of 4")).to_be_visible()
    choose(page, "Case handling")
    next_step(page, "Continue")
    choose(page, "No")
    next_step(page, "Continue")
    next_step(page, "See the answer")
    expect(page.get_by_role("heading", level=1)).to_have_text("The Citizens' Advisor cannot handle this")
    expect(page.get_by_role("heading", name="Udbetaling Danmark", exact=True)).to_be_visible()
    axe(page)


def test_the_guide_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    page.goto(live_server.url + "/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start guiden").click()
    choose(page, "Ja, det handler om kommunen")
    next_step(page)
    choose(page, "Et forslag til forbedring")
    next_step(page)
    choose(page, "Nej, ikke endnu")
    next_step(page)
    next_step(page)
    choose(page, "Nej")
    next_step(page)
    next_step(page, "Se svaret")
    expect(page.get_by_role("heading", level=1)).to_have_text("Borgerrådgiveren kan hjælpe dig")
    context.close()
