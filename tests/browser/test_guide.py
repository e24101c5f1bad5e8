"""The guide "Kan Borgerrådgiveren hjælpe dig?" in a real browser: every kind of answer, in Danish and
English, through labels and roles, with axe on every page."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TEXT = {
    "da": {
        "prefix": "", "start": "Start guiden", "continue": "Fortsæt", "see": "Se svaret", "step": "Trin {} af {}",
        "yes_municipality": "Ja, det handler om kommunen",
        "no_municipality": "Nej, det handler om en anden myndighed eller et privat firma",
        "udk": "Udbetaling Danmark, fx boligstøtte, pension eller børneydelse",
        "case_handling": "Sagsbehandlingen", "practical": "En praktisk opgave",
        "decision": "En afgørelse, jeg vil have ændret",
        "no_answer": "Ja, men jeg har ikke fået svar", "not_yet": "Nej, ikke endnu",
        "answered": "Ja, og jeg har fået et svar, som jeg ikke er tilfreds med", "no": "Nej",
        "when": "Hvornår skete det?", "department": "Hvilken del af kommunen handler det om?",
        "describe": "Beskriv kort, hvad der er sket (valgfrit)",
        "can_help": "Borgerrådgiveren kan hjælpe dig",
        "first": "Kontakt først Sundheds- og Omsorgsforvaltningen",
        "cannot": "Det kan Borgerrådgiveren ikke behandle", "form": "Gå til klageblanketten",
        "talk": "Tal med en medarbejder", "deadline": "Som regel 4 uger fra du har fået afgørelsen",
    },
    "en": {
        "prefix": "/en", "start": "Start the guide", "continue": "Continue", "see": "See the answer",
        "step": "Step {} of {}",
        "yes_municipality": "Yes, it is about the municipality",
        "no_municipality": "No, it is about another authority or a private company",
        "udk": "Udbetaling Danmark, e.g. housing benefit, pension or child benefit",
        "case_handling": "Case handling", "practical": "How a practical task was carried out",
        "decision": "A decision I want changed",
        "no_answer": "Yes, but I have had no answer", "not_yet": "No, not yet",
        "answered": "Yes, and I am not satisfied with the answer", "no": "No",
        "when": "When did it happen?", "department": "Which part of the municipality is it about?",
        "describe": "Briefly describe what happened (optional)",
        "can_help": "The Citizens' Advisor can help you",
        "first": "First contact Sundheds- og Omsorgsforvaltningen",
        "cannot": "The Citizens' Advisor cannot handle this", "form": "Go to the complaint form",
        "talk": "Talk to a member of staff", "deadline": "Som regel 4 uger fra du har fået afgørelsen",
    },
}


class Guide:
    """Walks the guide as a citizen would, checking every page with axe."""

    def __init__(self, page, live_server, axe, language):
        self.page, self.axe, self.t = page, axe, TEXT[language]
        page.goto(live_server.url + self.t["prefix"] + "/kan-vi-hjaelpe/")
        axe(page)
        page.get_by_role("button", name=self.t["start"]).click()

    def choose(self, key: str) -> None:
        self.page.get_by_label(self.t[key], exact=True).check()

    def next(self, final: bool = False) -> None:
        self.axe(self.page)
        self.page.get_by_role("button", name=self.t["see" if final else "continue"]).click()

    def answer(self, *, topic: str, contact: str, department: str | None = None, text: str = "") -> None:
        self.choose("yes_municipality")
        self.next()
        expect(self.page.get_by_text(self.t["step"].format(2, 6))).to_be_visible()
        self.choose(topic)
        self.next()
        self.choose(contact)
        self.next()
        self.page.get_by_label(self.t["when"]).fill("02.10.2026")
        self.next()
        self.choose("no")
        self.next()
        if department:
            self.page.get_by_label(self.t["department"]).select_option(label=department)
        if text:
            self.page.get_by_label(self.t["describe"]).fill(text)
        self.next(final=True)

    def expect_heading(self, key: str) -> None:
        expect(self.page.get_by_role("heading", level=1)).to_have_text(self.t[key])
        expect(self.page.get_by_role("link", name=self.t["form"]).first).to_be_visible()  # never blocks
        expect(self.page.get_by_role("heading", name=self.t["talk"])).to_be_visible()
        self.axe(self.page)


@pytest.mark.parametrize("language", ["da", "en"])
def test_in_scope(page, live_server, axe, language):
    guide = Guide(page, live_server, axe, language)
    guide.answer(topic="case_handling", contact="no_answer", department="Beskæftigelses- og Integrationsforvaltningen",
                 text="Jeg sendte min lægeerklæring for seks uger siden og har ikke hørt noget siden.")
    guide.expect_heading("can_help")
    prefix = TEXT[language]["prefix"]
    expect(page.get_by_role("link", name=TEXT[language]["form"]).first).to_have_attribute(
        "href", f"{prefix}/klag/?fra=guide"
    )


@pytest.mark.parametrize("language", ["da", "en"])
def test_contact_the_unit_first(page, live_server, axe, language):
    guide = Guide(page, live_server, axe, language)
    guide.answer(topic="practical", contact="not_yet", department="Sundheds- og Omsorgsforvaltningen")
    guide.expect_heading("first")
    expect(page.get_by_role("link", name="suf@kk.dk")).to_be_visible()


@pytest.mark.parametrize("language", ["da", "en"])
def test_out_of_scope_a_decision_with_the_body_to_complain_to(page, live_server, axe, language):
    guide = Guide(page, live_server, axe, language)
    guide.answer(topic="decision", contact="answered",
                 text="Jeg har fået afslag på sygedagpenge og vil have afgørelsen lavet om.")
    guide.expect_heading("cannot")
    expect(page.get_by_role("heading", name="Ankestyrelsen", exact=True)).to_be_visible()
    expect(page.get_by_text(TEXT[language]["deadline"])).to_be_visible()


@pytest.mark.parametrize("language", ["da", "en"])
def test_out_of_scope_another_authority(page, live_server, axe, language):
    guide = Guide(page, live_server, axe, language)
    guide.choose("no_municipality")
    guide.choose("udk")
    guide.next()
    expect(page.get_by_text(TEXT[language]["step"].format(2, 4))).to_be_visible()
    guide.choose("case_handling")
    guide.next()
    guide.choose("no")
    guide.next()
    guide.next(final=True)
    guide.expect_heading("cannot")
    expect(page.get_by_role("heading", name="Udbetaling Danmark", exact=True)).to_be_visible()


def test_errors_are_summarised_and_linked(page, live_server, axe):
    page.goto(live_server.url + "/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start guiden").click()
    page.get_by_role("button", name="Fortsæt").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Vælg, om det handler om kommunen.")
    axe(page)
    summary.get_by_role("link", name="Vælg, om det handler om kommunen.").click()
    expect(page.get_by_label("Ja, det handler om kommunen")).to_be_focused()


def test_the_guide_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    page.goto(live_server.url + "/kan-vi-hjaelpe/")
    page.get_by_role("button", name="Start guiden").click()
    for label in ("Ja, det handler om kommunen", "Et forslag til forbedring", "Nej, ikke endnu"):
        page.get_by_label(label, exact=True).check()
        page.get_by_role("button", name="Fortsæt").click()
    page.get_by_role("button", name="Fortsæt").click()
    page.get_by_label("Nej", exact=True).check()
    page.get_by_role("button", name="Fortsæt").click()
    page.get_by_role("button", name="Se svaret").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Borgerrådgiveren kan hjælpe dig")
    context.close()
