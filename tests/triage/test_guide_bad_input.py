"""Bad input on the guide: odd answers kept in the session, wrong methods, odd text. A clear answer, never a 500."""

import pytest

from borgerraad.triage import guide

pytestmark = pytest.mark.django_db


def _with_answers(client, answers):
    client.get("/kan-vi-hjaelpe/")
    session = client.session
    guide.guide_answers_save(session, answers)
    session.save()


BASE = {"about_municipality": "yes", "topic": "sagsbehandling", "contacted_unit": "yes_answered", "event_date": None,
        "already_with": "no", "forvaltning": "", "description": "Ingen svar."}


@pytest.mark.parametrize("odd", [
    {"event_date": "not a date"}, {"event_date": 17}, {"topic": "nonsense"}, {"description": None},
    {"description": 12}, {"forvaltning": "XYZ"}, {"contacted_unit": ["no"]}, {"about_municipality": None},
])
def test_odd_answers_in_the_session_never_give_a_500(client, odd):
    _with_answers(client, {**BASE, **odd})
    for url in ["/kan-vi-hjaelpe/svar/", *(f"/kan-vi-hjaelpe/{step.slug}/" for step in guide.STEPS)]:
        assert client.get(url).status_code in (200, 302), url


def test_an_unreadable_date_in_the_session_is_asked_again(client):
    _with_answers(client, {**BASE, "event_date": "not a date"})
    response = client.get("/kan-vi-hjaelpe/svar/")
    assert response.status_code == 302 and response["Location"].endswith("/kan-vi-hjaelpe/hvornaar/")
    assert "Hvornår skete det?" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("method", ["put", "patch", "delete", "options"])
@pytest.mark.parametrize("url", ["/kan-vi-hjaelpe/", "/kan-vi-hjaelpe/emne/", "/kan-vi-hjaelpe/svar/"])
def test_other_methods_are_refused_not_treated_as_a_visit(client, method, url):
    assert getattr(client, method)(url).status_code == 405


def test_the_answer_page_is_only_read(client):
    _with_answers(client, BASE)
    assert client.post("/kan-vi-hjaelpe/svar/").status_code == 405


@pytest.mark.parametrize("prefix, message", [("", "højst have 5000 tegn"), ("/en", "at most 5000 characters")])
def test_a_too_long_description_is_refused_politely_and_kept(client, prefix, message):
    _with_answers(client, BASE)
    response = client.post(f"{prefix}/kan-vi-hjaelpe/beskrivelse/", {"description": "ø" * 5001})
    html = response.content.decode()
    assert response.status_code == 200 and message in html and "ø" * 5001 in html


ODD_TEXTS = ["\u202eikke fået svar \U0001f642", "Ｊｏｂｃｅｎｔｅｒｅｔ svarer ikke\u200b", "\u0301" * 300]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_unicode_in_the_description_gets_an_answer(client, text):
    _with_answers(client, {key: value for key, value in BASE.items() if key != "description"})
    response = client.post("/kan-vi-hjaelpe/beskrivelse/", {"description": text})
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_a_null_character_is_refused_with_a_message(client):
    _with_answers(client, BASE)
    response = client.post("/kan-vi-hjaelpe/beskrivelse/", {"description": "Ingen svar\x00"})
    assert response.status_code == 200 and "Null-tegn er ikke tilladte" in response.content.decode()
