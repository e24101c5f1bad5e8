"""The guide "Kan Borgerrådgiveren hjælpe dig?" in a real browser: every kind of answer, in Danish and
English, through labels and roles, with axe on every page."""

import re
from urllib.parse import urljoin

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
        "ankestyrelsen": "Ankestyrelsen", "udk_body": "Udbetaling Danmark",
        "health": "Sundheds- og Omsorgsforvaltningen", "employment": "Beskæftigelses- og Integrationsforvaltningen",
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
        "first": "First contact the Health and Care Administration",
        "cannot": "The Citizens' Advisor cannot handle this", "form": "Go to the complaint form",
        "talk": "Talk to a member of staff", "deadline": "Usually 4 weeks from when you received the decision",
        "ankestyrelsen": "Ankestyrelsen (the National Social Appeals Board)",
        "udk_body": "Udbetaling Danmark (Payment Denmark)", "health": "The Health and Care Administration",
        "employment": "The Employment and Integration Administration",
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
    guide.answer(topic="case_handling", contact="no_answer", department=TEXT[language]["employment"],
                 text="Jeg sendte min lægeerklæring for seks uger siden og har ikke hørt noget siden.")
    guide.expect_heading("can_help")
    prefix = TEXT[language]["prefix"]
    expect(page.get_by_role("link", name=TEXT[language]["form"]).first).to_have_attribute(
        "href", f"{prefix}/klag/?fra=guide"
    )


@pytest.mark.parametrize("language", ["da", "en"])
def test_contact_the_unit_first(page, live_server, axe, language):
    guide = Guide(page, live_server, axe, language)
    guide.answer(topic="practical", contact="not_yet", department=TEXT[language]["health"])
    guide.expect_heading("first")
    expect(page.get_by_role("link", name="suf@kk.dk")).to_be_visible()


@pytest.mark.parametrize("language", ["da", "en"])
def test_out_of_scope_a_decision_with_the_body_to_complain_to(page, live_server, axe, language):
    guide = Guide(page, live_server, axe, language)
    guide.answer(topic="decision", contact="answered",
                 text="Jeg har fået afslag på sygedagpenge og vil have afgørelsen lavet om.")
    guide.expect_heading("cannot")
    expect(page.get_by_role("heading", name=TEXT[language]["ankestyrelsen"], exact=True)).to_be_visible()
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
    expect(page.get_by_role("heading", name=TEXT[language]["udk_body"], exact=True)).to_be_visible()


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
    for label in ("Ja, det handler om kommunen", "Sagsbehandlingen", "Ja, men jeg har ikke fået svar"):
        page.get_by_label(label, exact=True).check()
        page.get_by_role("button", name="Fortsæt").click()
    page.get_by_role("button", name="Fortsæt").click()
    page.get_by_label("Nej", exact=True).check()
    page.get_by_role("button", name="Fortsæt").click()
    page.get_by_role("button", name="Se svaret").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Borgerrådgiveren kan hjælpe dig")
    context.close()


def test_a_suggestion_skips_first_contact_and_the_date(page, live_server, axe):
    guide = Guide(page, live_server, axe, "da")
    guide.choose("yes_municipality")
    guide.next()
    page.get_by_label("Et forslag til forbedring", exact=True).check()
    guide.next()
    expect(page.get_by_text("Trin 3 af 4")).to_be_visible()
    guide.choose("no")
    guide.next()
    page.get_by_label(TEXT["da"]["describe"]).fill("Borgerservice burde have åbent om aftenen.")
    guide.next(final=True)
    expect(page.get_by_role("heading", level=1)).to_have_text("Send dit forslag til Borgerrådgiveren")
    expect(page.get_by_role("link", name="Send dit forslag")).to_be_visible()
    expect(page.get_by_text("Send din klage")).to_have_count(0)
    axe(page)


# Every box a citizen reads or presses on an answer page; any two that are not nested must not meet.
BOXES_THAT_MEET = """() => {
  const selectors = ['main h1', 'main h2', 'main .card', 'main .alert', 'main .button', 'main form',
                     'main table', '.contact-channel', 'main p'];
  const boxes = [...new Set(selectors.flatMap(s => [...document.querySelectorAll(s)]))]
    .map(element => ({element, rect: element.getBoundingClientRect()}))
    .filter(box => box.rect.width > 0 && box.rect.height > 0);
  const name = e => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 40)}"`;
  const meeting = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (width > 1 && height > 1) meeting.push(`${name(a.element)} and ${name(b.element)}: ${Math.round(height)} px`);
    }
  }
  return meeting;
}"""

# Every kind of answer page (``triage.views._kind``), as the guide's steps by value (language-independent), with
# the start of its heading in Danish and English.
DECISION_AND_HANDLING = ("Jeg har fået afslag på kontanthjælp og vil have afgørelsen lavet om. "
                         "Sagsbehandleren svarede aldrig på mine mails.")
CANNOT = ("Det kan Borgerrådgiveren ikke behandle", "The Citizens' Advisor cannot handle this")
TWO_PLACES = ("Du kan klage to steder", "You can complain in two places")
ANSWER_KINDS = {
    "in-scope": ({"about_municipality": "yes", "topic": "sagsbehandling", "contacted_unit": "yes_no_answer",
                  "description": "Jobcentret har ikke svaret på min mail i seks uger."},
                 ("Borgerrådgiveren kan hjælpe dig", "The Citizens' Advisor can help you")),
    "suggestion": ({"about_municipality": "yes", "topic": "forslag",
                    "description": "Det ville være nemmere, hvis borgerservice havde åbent om aftenen."},
                   ("Send dit forslag", "Send your suggestion")),
    "decision-and-handling": ({"about_municipality": "yes", "topic": "sagsbehandling",
                               "contacted_unit": "yes_answered", "description": DECISION_AND_HANDLING}, TWO_PLACES),
    "decision-with-no-known-body-and-handling": (
        {"about_municipality": "yes", "topic": "sagsbehandling", "contacted_unit": "yes_answered",
         "description": "Jeg har fået afslag på en p-licens og vil have det lavet om. Ingen svarede på mine mails."},
        TWO_PLACES),
    "decision-and-handling-the-unit-first": ({"about_municipality": "yes", "topic": "sagsbehandling",
                                              "contacted_unit": "no", "description": DECISION_AND_HANDLING},
                                             TWO_PLACES),
    "contact-the-unit-first": ({"about_municipality": "yes", "topic": "praktisk_opgave", "contacted_unit": "no",
                                "forvaltning": "SUF", "description": "Hjemmehjælpen kom ikke i tirsdags."},
                               ("Kontakt først", "First contact")),
    "contact-a-unit-first-of-all": ({"about_municipality": "yes", "topic": "sagsbehandling",
                                     "contacted_unit": "no", "description": ""}, ("Kontakt først", "First contact")),
    "decision": ({"about_municipality": "yes", "topic": "afgoerelse", "contacted_unit": "yes_answered",
                  "description": "Jeg har fået afslag på sygedagpenge og vil have afgørelsen lavet om."}, CANNOT),
    "decision-with-no-known-body": ({"about_municipality": "yes", "topic": "afgoerelse",
                                     "contacted_unit": "yes_answered",
                                     "description": "Jeg har fået en parkeringsbøde og vil have den annulleret."},
                                    CANNOT),
    "political": ({"about_municipality": "yes", "topic": "politisk",
                   "description": "Borgerrepræsentationen har besluttet at lukke vores bibliotek."}, CANNOT),
    "police": ({"about_municipality": "no", "other_authority": "politiet", "topic": "adfaerd",
                "description": "En betjent var meget uhøflig mod mig."}, CANNOT),
    "two-matters-and-a-cpr-number": (
        {"about_municipality": "yes", "topic": "andet", "contacted_unit": "yes_no_answer",
         "description": "Jeg har to ting. For det første har Borgerrepræsentationen besluttet at lukke klubben. "
                        "Den anden ting er at klublederen kaldte min søn dum og doven. Mit cpr er 120412-1234."},
        ("Borgerrådgiveren kan hjælpe dig", "The Citizens' Advisor can help you")),
}


def walk_by_request(page, url: str, answers: dict) -> str:
    """Walk the guide with ``answers`` (by the inputs' values) as the browser's own requests, without drawing each
    step (its cookies, so the answer is in the page's session): the address of the answer page. The steps
    themselves are drawn and clicked through by the tests above; this walk serves the answer pages."""
    response = page.request.get(url + "/kan-vi-hjaelpe/")
    while "/svar/" not in response.url:
        html = response.text()
        action = re.search(r'<form method="post" action="([^"]+)"', html).group(1)
        form = {"csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)}
        for name in ("about_municipality", "other_authority", "topic", "contacted_unit", "forvaltning",
                     "description"):
            if name in answers and f'name="{name}"' in html:
                form[name] = answers[name]
        if 'name="already_with"' in html:
            form["already_with"] = "no"
        response = page.request.post(urljoin(response.url, action), form=form)
        assert response.ok, (response.url, response.status)
    return response.url


WIDTHS = {"desktop": 1280, "phone": 375}


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_answer_page_has_overlapping_boxes(page, live_server, axe, language):
    """Every kind of answer, in Danish and English, each page read on desktop and then on a phone's width (the
    window resized: the same page laid out again, so the guide is walked once per answer, not once per width; the
    walk is made with the browser's requests, ``walk_by_request``)."""
    meeting = {}
    for kind, (answers, headings) in ANSWER_KINDS.items():
        page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
        page.goto(walk_by_request(page, live_server.url + TEXT[language]["prefix"], answers))
        expect(page.get_by_role("heading", level=1)).to_contain_text(headings[language == "en"])
        for device, width in WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            if overlaps := page.evaluate(BOXES_THAT_MEET):
                meeting[f"{kind} ({device})"] = overlaps
            axe(page)
    assert meeting == {}
