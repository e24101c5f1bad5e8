"""The guide's answers as a citizen reads them, through the Django test client (issue "The public guide"):
both complaints in order when a decision can be appealed and its handling complained about, a referral
that names the body, how and the deadline, the unit's phone and web page, the police complaints
authority, suggestions and political decisions without the complaint questions, English throughout,
CPR numbers masked before the complaint form, and dates in words."""

import datetime as dt
import re

import pytest
import time_machine

from borgerraad.core.models import ComplaintBody
from borgerraad.triage import guide

from .test_guide import walk

pytestmark = pytest.mark.django_db

DECISION_AND_HANDLING = dict(
    about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_answered", already_with="no",
    description="Jeg har fået afslag på kontanthjælp og vil have afgørelsen lavet om. "
                "Sagsbehandleren svarede aldrig på mine mails.",
)


def visible_text(html: str) -> str:
    """The answer column's words, tags removed (the contact channels below it are left out)."""
    main = html.split('id="main-content"')[1].split('id="kontakt"')[0]
    return " ".join(re.sub(r"<[^>]+>", " ", main).replace("&#x27;", "'").split())


def walk_slugs(client, prefix: str = "", **answers) -> tuple[list[str], str]:
    """Like ``walk``, also returning the steps the guide asked, in order."""
    client.post(f"{prefix}/kan-vi-hjaelpe/")
    url, slugs = f"{prefix}/kan-vi-hjaelpe/kommunen/", []
    while "/svar/" not in url:
        slug = url.rstrip("/").rsplit("/", 1)[1]
        slugs.append(slug)
        fields = guide.STEPS_BY_SLUG[slug].form_class.base_fields
        response = client.post(url, {name: answers[name] for name in fields if name in answers})
        assert response.status_code == 302, response.content.decode()[:2000]
        url = response["Location"]
    return slugs, client.get(url).content.decode()


class TestDecisionAndItsHandling:
    def test_danish_says_both_the_appeal_and_its_deadline_first(self, client):
        text = visible_text(walk(client, **DECISION_AND_HANDLING))
        assert "Borgerrådgiveren kan hjælpe dig" not in text
        assert "i stedet" not in text
        assert "Du kan klage to steder" in text
        appeal = text.index("1. Klag over selve afgørelsen")
        deadline = text.index("Klagefrist: Som regel 4 uger fra du har fået afgørelsen")
        ours = text.index("2. Klag til Borgerrådgiveren")
        assert appeal < deadline < ours
        assert "Ankestyrelsen" in text[appeal:ours]

    def test_the_deadline_is_set_apart_as_a_warning(self, client):
        html = walk(client, **DECISION_AND_HANDLING)
        deadline = re.search(r'<div class="alert alert-warning guide-deadline">(.*?)</div>\s*</div>', html, re.S)
        assert deadline and "Som regel 4 uger" in deadline.group(1)

    def test_english_says_both_in_english(self, client):
        text = visible_text(walk(client, prefix="/en", **DECISION_AND_HANDLING))
        assert "You can complain in two places" in text
        assert "instead" not in text and "can help you" not in text
        assert text.index("Usually 4 weeks from when you received the decision") < text.index(
            "2. Complain to the Citizens' Advisor")


    # The other two ways a decision meets its handling (docs/audits/issue-12-triage-v2-2026-12-03.md).
    @pytest.mark.parametrize("prefix", ["", "/en"])
    def test_a_decision_beside_handling_the_unit_must_see_first_puts_the_appeal_first(self, client, prefix):
        text = visible_text(walk(client, prefix=prefix, **{**DECISION_AND_HANDLING, "contacted_unit": "no"}))
        if prefix:
            assert "You can complain in two places" in text and "instead" not in text
            appeal, deadline = text.index("1. Complain about the decision itself"), text.index("Usually 4 weeks")
            unit = text.index("2. First contact the Employment and Integration Administration about the rest")
        else:
            assert "Du kan klage to steder" in text and "i stedet" not in text
            appeal, deadline = text.index("1. Klag over selve afgørelsen"), text.index("Som regel 4 uger")
            unit = text.index("2. Kontakt først Beskæftigelses- og Integrationsforvaltningen om resten")
        assert appeal < deadline < unit < text.index("bif@kk.dk")

    @pytest.mark.parametrize("prefix", ["", "/en"])
    def test_a_decision_with_no_known_appeal_body_beside_handling_puts_its_deadline_first(self, client, prefix):
        text = visible_text(walk(
            client, prefix=prefix, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_answered",
            already_with="no", description="Jeg har fået afslag på en p-licens og vil have det lavet om. "
                                           "Ingen svarede på mine mails i tre måneder.",
        ))
        if prefix:
            assert "You can complain in two places" in text and "can help you" not in text
            deadline, ours = text.index("it is often 4 weeks"), text.index("2. Complain to the Citizens' Advisor")
        else:
            assert "Du kan klage to steder" in text and "kan hjælpe dig" not in text
            deadline, ours = text.index("den er ofte 4 uger"), text.index("2. Klag til Borgerrådgiveren")
        assert deadline < text.index("tmf@kk.dk") < ours


class TestReferrals:
    def test_a_decision_without_a_known_body_names_the_unit_and_the_deadline(self, client):
        text = visible_text(walk(
            client, about_municipality="yes", topic="afgoerelse", contacted_unit="yes_answered", already_with="no",
            description="Jeg har fået en parkeringsbøde og vil have den annulleret.",
        ))
        assert "Send din klage over afgørelsen til det sted i kommunen, der har truffet den" in text
        assert "ofte 4 uger" in text
        assert "tmf@kk.dk" in text and "33 66 33 66" in text

    def test_contact_the_unit_first_gives_its_phone_and_web_page(self, client):
        html = walk(client, about_municipality="yes", topic="praktisk_opgave", contacted_unit="no", already_with="no",
                    forvaltning="SUF")
        assert "mailto:suf@kk.dk" in html
        assert 'href="tel:+4533663366"' in html and "33 66 33 66" in html
        assert 'href="https://www.kk.dk"' in html



def body_cards(html: str) -> list[tuple[str, str]]:
    """The answer's body cards as (heading, the "Gå til …" link's address), in order."""
    cards = re.findall(r'<h3 class="card-heading" id="body-[^"]+">([^<]+)</h3>(.*?)</section>', html, re.S)
    return [(heading.strip(), (re.findall(r'<a href="([^"]+)">(?:Gå til|Go to) ', rest) or [""])[-1])
            for heading, rest in cards]


POLICE_CONDUCT = dict(about_municipality="no", other_authority="politiet", topic="adfaerd", already_with="no",
                      description="En betjent var meget uhøflig mod mig.")
POLICE_OTHER = dict(about_municipality="no", other_authority="politiet", topic="sagsbehandling", already_with="no",
                    description="Politiet har ikke gjort noget ved min anmeldelse af indbrud.")


class TestPoliceComplaints:
    """Complaints about police officers go to Den Uafhængige Politiklagemyndighed's own site (issue 12): its
    name as the card's heading, its site as the link, its how-to and its deadline (retsplejeloven § 1019 a,
    stk. 3); any other police matter keeps the police's card."""

    @pytest.mark.parametrize(("prefix", "heading", "deadline", "how"), [
        ("", "Den Uafhængige Politiklagemyndighed",
         "Klagefrist: 6 måneder fra hændelsen (retsplejeloven § 1019 a, stk. 3)",
         "Sådan klager du: Klag digitalt på https://politiklagemyndigheden.dk"),
        ("/en", "The Independent Police Complaints Authority (Den Uafhængige Politiklagemyndighed)",
         "Time limit: 6 months from the incident (the Administration of Justice Act, section 1019 a(3))",
         "How to complain: Complain online at https://politiklagemyndigheden.dk"),
    ])
    def test_a_police_officers_conduct_gets_the_authoritys_card(self, client, prefix, heading, deadline, how):
        html = walk(client, prefix=prefix, **POLICE_CONDUCT)
        assert body_cards(html) == [(heading, "https://politiklagemyndigheden.dk")]
        text = visible_text(html)
        assert deadline in text and how in text
        assert text.index(deadline) < text.index(how)  # the deadline first
        assert "politi.dk" not in text and "Politiet" not in text and "the police (Politiet)" not in text
        explanation = "the Independent Police Complaints Authority" if prefix else "Den Uafhængige Politiklagemyndighed"
        assert text.count(explanation) >= 2  # the explanation names the authority too, not only the card

    @pytest.mark.parametrize("prefix", ["", "/en"])
    def test_conduct_told_only_in_the_description_is_enough(self, client, prefix):
        html = walk(client, prefix=prefix, about_municipality="no", other_authority="other", topic="andet",
                    already_with="no", description="Betjenten råbte af mig og skubbede mig, da jeg blev standset.")
        assert [link for _, link in body_cards(html)] == ["https://politiklagemyndigheden.dk"]

    @pytest.mark.parametrize(("prefix", "heading"), [("", "Politiet"), ("/en", "The police (Politiet)")])
    def test_another_police_matter_keeps_the_polices_card(self, client, prefix, heading):
        html = walk(client, prefix=prefix, **POLICE_OTHER)
        assert body_cards(html) == [(heading, "https://politi.dk")]

    def test_the_conduct_body_is_configuration_a_cleared_link_shows_the_police(self, client):
        ComplaintBody.objects.filter(code="politiet").update(conduct_body=None)
        assert body_cards(walk(client, **POLICE_CONDUCT)) == [("Politiet", "https://politi.dk")]

    def test_an_inactive_authority_is_not_shown(self, client):
        ComplaintBody.objects.filter(code="politiklagemyndigheden").update(active=False)
        assert body_cards(walk(client, **POLICE_CONDUCT)) == [("Politiet", "https://politi.dk")]


class TestSuggestionsAndPoliticalDecisions:
    @pytest.mark.parametrize("prefix", ["", "/en"])
    def test_a_suggestion_skips_first_contact_and_date_and_is_welcomed(self, client, prefix):
        slugs, html = walk_slugs(client, prefix=prefix, about_municipality="yes", topic="forslag", already_with="no",
                                 description="Det ville være godt med flere bænke i parken.")
        assert slugs == ["kommunen", "emne", "andre-klageinstanser", "beskrivelse"]
        text = visible_text(html)
        if prefix:
            assert "Send your suggestion" in text and "complaint" not in text.lower()
        else:
            assert "Send dit forslag" in text
            assert "Send din klage" not in text and "klage alligevel" not in text and "klageblanket" not in text

    def test_the_step_counter_counts_only_the_steps_asked(self, client):
        client.post("/kan-vi-hjaelpe/")
        client.post("/kan-vi-hjaelpe/kommunen/", {"about_municipality": "yes"})
        response = client.post("/kan-vi-hjaelpe/emne/", {"topic": "politisk"})
        assert response["Location"].endswith("/kan-vi-hjaelpe/andre-klageinstanser/")
        assert "Trin 3 af 4" in client.get(response["Location"]).content.decode()

    def test_a_political_decision_is_not_told_to_send_a_complaint(self, client):
        slugs, html = walk_slugs(client, about_municipality="yes", topic="politisk", already_with="no",
                                 description="Kommunen vil lukke vores bibliotek.")
        assert "kontakt" not in slugs and "hvornaar" not in slugs
        text = visible_text(html)
        assert "Det er politikerne i Københavns Kommune, der beslutter serviceniveauet" in text
        assert "Send din klage" not in text and "Vil du sende en klage alligevel?" not in text

    def test_an_old_date_answered_before_changing_the_topic_to_a_suggestion_is_not_used(self, client):
        client.post("/kan-vi-hjaelpe/")
        client.post("/kan-vi-hjaelpe/kommunen/", {"about_municipality": "yes"})
        client.post("/kan-vi-hjaelpe/emne/", {"topic": "sagsbehandling"})
        client.post("/kan-vi-hjaelpe/kontakt/", {"contacted_unit": "yes_answered"})
        client.post("/kan-vi-hjaelpe/hvornaar/", {"event_date": "01.02.2020"})
        html = walk(client, about_municipality="yes", topic="forslag", already_with="no",
                    description="Borgerservice burde have åbent om aftenen.")
        assert "Mere end et år siden" not in html and "Send dit forslag" in html


class TestEnglish:
    def test_the_bodies_texts_are_english(self, client):
        text = visible_text(walk(client, prefix="/en", about_municipality="yes", topic="afgoerelse",
                                 contacted_unit="yes_answered", already_with="no",
                                 description="Jeg har fået afslag på sygedagpenge og vil have afgørelsen lavet om."))
        body = ComplaintBody.objects.get(code="ankestyrelsen")
        for english in (body.handles_en, body.deadline_en, body.how_to_complain_en):
            assert english and english in text
        for danish in (body.handles, body.deadline, body.how_to_complain):
            assert danish not in text
        assert "Borgerrådgiver" not in text  # one name for the office: the Citizens' Advisor
        assert "the Citizens' Advisor cannot change a decision".lower() in text.lower()

    def test_an_edit_in_the_admin_is_shown_and_an_empty_english_text_falls_back_to_danish(self, client):
        ComplaintBody.objects.filter(code="ankestyrelsen").update(deadline_en="Four weeks, edited", handles_en="")
        text = visible_text(walk(client, prefix="/en", about_municipality="yes", topic="afgoerelse",
                                 contacted_unit="yes_answered", already_with="no",
                                 description="Jeg har fået afslag på sygedagpenge og vil have afgørelsen lavet om."))
        assert "Four weeks, edited" in text
        assert ComplaintBody.objects.get(code="ankestyrelsen").handles in text

    def test_the_departments_are_named_in_english(self, client):
        client.post("/en/kan-vi-hjaelpe/")
        html = client.get("/en/kan-vi-hjaelpe/beskrivelse/").content.decode()
        assert "the Health and Care Administration" in html or "The Health and Care Administration" in html
        text = visible_text(walk(client, prefix="/en", about_municipality="yes", topic="praktisk_opgave",
                                 contacted_unit="no", already_with="no", forvaltning="SUF"))
        assert "First contact the Health and Care Administration" in text
        assert "Home care and home help" in text


CPR_TEXT = "Skolen svarer ikke på mine mails. Min søns cpr er 120412-4321."


class TestCprInTheGuide:
    def test_a_cpr_number_is_masked_before_the_complaint_form_with_advice_to_use_digital_post(self, client):
        html = walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_no_answer",
                    already_with="no", forvaltning="BUF", description=CPR_TEXT)
        assert "Vi har skjult cpr-nummeret" in html and "Digital Post" in html
        client.get("/klag/?fra=guide")
        client.post("/klag/trin/1/", {"action": "next", "submitter_kind": "citizen", "on_behalf": "self"})
        client.post("/klag/trin/2/", {"action": "next", "name": "Alice Jensen", "email": "alice@example.dk",
                                      "preferred_channel": "email"})
        form = client.get("/klag/trin/3/").content.decode()
        assert "Skolen svarer ikke på mine mails." in form
        assert "120412-xxxx" in form and "4321" not in form

    def test_going_back_shows_the_masked_text_and_the_advice_in_english(self, client):
        html = walk(client, prefix="/en", about_municipality="yes", topic="sagsbehandling",
                    contacted_unit="yes_no_answer", already_with="no", description=CPR_TEXT)
        assert "We have hidden the CPR number" in html and "Digital Post" in html
        back = client.get("/en/kan-vi-hjaelpe/beskrivelse/").content.decode()
        assert "120412-xxxx" in back and "4321" not in back
        assert "send it with Digital Post" in back

    def test_no_notice_without_a_cpr_number(self, client):
        html = walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_no_answer",
                    already_with="no", description="Sag nr. 2026-0012345 er ikke besvaret.")
        assert "Vi har skjult cpr-nummeret" not in html


@pytest.fixture
def march_5_2026():
    with time_machine.travel(dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.UTC), tick=False):
        yield


@pytest.mark.usefixtures("march_5_2026")
class TestDatesInWords:
    @pytest.mark.parametrize(("prefix", "typed", "expected"), [
        ("", "1. juli", "2025-07-01"),
        ("", "den 3. marts", "2026-03-03"),
        ("", "2. jan.", "2026-01-02"),
        ("", "5. marts", "2026-03-05"),
        ("", "12. okt 2024", "2024-10-12"),
        ("/en", "1 July", "2025-07-01"),
    ], ids=["juli", "den-marts", "jan-abbreviated", "today", "with-year", "english"])
    def test_a_date_in_words_is_understood_as_the_latest_such_date(self, client, prefix, typed, expected):
        client.post(f"{prefix}/kan-vi-hjaelpe/")
        response = client.post(f"{prefix}/kan-vi-hjaelpe/hvornaar/", {"event_date": typed})
        assert response.status_code == 302
        assert guide.guide_answers_load(client.session)["event_date"] == expected

    @pytest.mark.parametrize(("prefix", "message"), [
        ("", "Skriv datoen som dd.mm.åååå eller fx 1. juli."),
        ("/en", "Write the date as dd.mm.yyyy or e.g. 1 July."),
    ], ids=["da", "en"])
    def test_an_unknown_month_is_refused_politely_and_the_typed_text_kept(self, client, prefix, message):
        client.post(f"{prefix}/kan-vi-hjaelpe/")
        response = client.post(f"{prefix}/kan-vi-hjaelpe/hvornaar/", {"event_date": "31. februar"})
        html = response.content.decode()
        assert response.status_code == 200
        assert message in html and 'value="31. februar"' in html
