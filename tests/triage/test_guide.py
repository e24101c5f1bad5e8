"""The public guide "Kan Borgerrådgiveren hjælpe dig?" through the Django test client."""

import pytest

from borgerraad.core.models import ComplaintBody, Department
from borgerraad.triage import guide

pytestmark = pytest.mark.django_db


def walk(client, prefix: str = "", **answers) -> str:
    """Answer every step the guide asks, in order, and return the answer page's HTML."""
    client.post(f"{prefix}/kan-vi-hjaelpe/")
    url = f"{prefix}/kan-vi-hjaelpe/kommunen/"
    while "/svar/" not in url:
        slug = url.rstrip("/").rsplit("/", 1)[1]
        fields = guide.STEPS_BY_SLUG[slug].form_class.base_fields
        response = client.post(url, {name: answers[name] for name in fields if name in answers})
        assert response.status_code == 302, response.content.decode()[:2000]
        url = response["Location"]
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_case_handling_after_contact_is_in_scope_and_leads_to_the_form(client):
    html = walk(
        client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_no_answer",
        already_with="no", forvaltning="BIF", description="Jobcentret har ikke svaret på mine breve i seks uger.",
    )
    assert "Borgerrådgiveren kan hjælpe dig" in html
    assert 'href="/klag/?fra=guide"' in html
    assert "Tal med en medarbejder" in html and "33 66 14 00" in html


def test_no_first_contact_names_the_department_and_its_mailbox(client):
    html = walk(client, about_municipality="yes", topic="praktisk_opgave", contacted_unit="no",
                already_with="no", forvaltning="SUF")
    assert "Kontakt først Sundheds- og Omsorgsforvaltningen" in html
    assert "mailto:suf@kk.dk" in html
    assert "Får du ikke svar, eller er du utilfreds med svaret" in html
    assert 'href="/klag/?fra=guide"' in html  # the guide never blocks


def test_no_first_contact_and_unknown_department_lists_every_department(client):
    html = walk(client, about_municipality="yes", topic="adfaerd", contacted_unit="no", already_with="no")
    assert "Kontakt først det sted i kommunen, der har din sag" in html
    for department in Department.objects.all():
        assert department.email in html


def test_a_decision_to_be_changed_is_out_of_scope_with_the_appeal_body(client):
    html = walk(
        client, about_municipality="yes", topic="afgoerelse", contacted_unit="yes_answered", already_with="no",
        description="Jeg har fået afslag på kontanthjælp og vil have afgørelsen lavet om.",
    )
    assert "Det kan Borgerrådgiveren ikke behandle" in html
    ankestyrelsen = ComplaintBody.objects.get(code="ankestyrelsen")
    assert ankestyrelsen.name in html and ankestyrelsen.deadline in html and ankestyrelsen.url in html
    assert "Se klagevejledningen i afgørelsen" in html


def test_political_decisions_say_that_politicians_decide_service_levels(client):
    html = walk(client, about_municipality="yes", topic="politisk", contacted_unit="no", already_with="no",
                forvaltning="KFF", description="Kommunen vil lukke vores bibliotek.")
    assert "Det kan Borgerrådgiveren ikke behandle" in html
    assert "Det er politikerne i Københavns Kommune, der beslutter serviceniveauet" in html


def test_another_authority_skips_the_municipal_questions_and_refers_onwards(client):
    client.post("/kan-vi-hjaelpe/")
    response = client.post("/kan-vi-hjaelpe/kommunen/", {"about_municipality": "no",
                                                         "other_authority": "udbetaling_danmark"})
    client.post(response["Location"], {"topic": "sagsbehandling"})
    html = walk(client, about_municipality="no", other_authority="udbetaling_danmark", topic="sagsbehandling",
                already_with="no")
    assert "Det kan Borgerrådgiveren ikke behandle" in html
    assert "Udbetaling Danmark" in html and "Boligstøtte" in html


def test_already_with_the_ombudsman_is_out_of_scope(client):
    html = walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_answered",
                already_with="ombudsmanden")
    assert "Det kan Borgerrådgiveren ikke behandle" in html
    assert "Folketingets Ombudsmand" in html


def test_more_than_a_year_ago_explains_the_one_year_rule(client):
    html = walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_answered",
                event_date="01.02.2024", already_with="no")
    assert "Mere end et år siden" in html


def test_step_counter_and_back_link(client):
    client.post("/kan-vi-hjaelpe/")
    html = client.get("/kan-vi-hjaelpe/emne/").content.decode()
    assert "Trin 2 af 6" in html
    assert 'href="/kan-vi-hjaelpe/kommunen/"' in html


def test_a_missing_answer_shows_an_error_summary_linked_to_the_field(client):
    client.post("/kan-vi-hjaelpe/")
    html = client.post("/kan-vi-hjaelpe/emne/", {}).content.decode()
    assert "Der er et problem" in html
    assert 'href="#id_topic_0"' in html
    assert "Vælg det, der passer bedst." in html


def test_a_malformed_or_future_date_is_refused_and_the_typed_value_kept(client):
    client.post("/kan-vi-hjaelpe/")
    html = client.post("/kan-vi-hjaelpe/hvornaar/", {"event_date": "31.02.2026"}).content.decode()
    assert "Skriv datoen som dd.mm.åååå" in html and 'value="31.02.2026"' in html
    html = client.post("/kan-vi-hjaelpe/hvornaar/", {"event_date": "01.01.2099"}).content.decode()
    assert "Datoen ligger i fremtiden" in html


def test_answers_are_kept_when_going_back(client):
    client.post("/kan-vi-hjaelpe/")
    client.post("/kan-vi-hjaelpe/kommunen/", {"about_municipality": "yes"})
    client.post("/kan-vi-hjaelpe/emne/", {"topic": "forslag"})
    html = client.get("/kan-vi-hjaelpe/emne/").content.decode()
    assert 'value="forslag" checked' in html


def test_the_answer_page_sends_unanswered_guides_back_to_the_first_step(client):
    response = client.get("/kan-vi-hjaelpe/svar/")
    assert response.status_code == 302 and response["Location"].endswith("/kan-vi-hjaelpe/kommunen/")


def test_english(client):
    html = walk(client, prefix="/en", about_municipality="yes", topic="sagsbehandling",
                contacted_unit="yes_no_answer", already_with="no")
    assert '<html lang="en">' in html
    assert "The Citizens&#x27; Advisor can help you" in html or "The Citizens' Advisor can help you" in html
    assert 'href="/en/klag/?fra=guide"' in html


def test_another_municipalitys_department_appears_in_the_guide(client):
    Department.objects.create(code="MBA", name="Miljø og Borgerservice", email="mba@example.dk",
                              keywords="borgerservice\nmiljø")
    client.post("/kan-vi-hjaelpe/")
    html = client.get("/kan-vi-hjaelpe/beskrivelse/").content.decode()
    assert "Miljø og Borgerservice" in html
    html = walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="no",
                already_with="no", forvaltning="MBA")
    assert "Kontakt først Miljø og Borgerservice" in html and "mba@example.dk" in html
