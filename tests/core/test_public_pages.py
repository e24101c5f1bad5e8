"""The public information pages: content in both languages, live channel status, office data, CSP."""

import datetime as dt
import re

import pytest
import time_machine

from borgerraad.core.calendar import TZ
from borgerraad.core.models import Office

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def at(moment: str):
    """Freeze the clock at a Copenhagen wall-clock time."""
    return time_machine.travel(dt.datetime.fromisoformat(moment).replace(tzinfo=TZ), tick=False)


def test_home_in_danish_tells_what_we_can_and_cannot_help_with(client):
    html = page(client, "/")
    assert '<html lang="da">' in html
    assert "Det kan Borgerrådgiveren hjælpe med" in html
    assert "Det kan Borgerrådgiveren ikke behandle" in html
    assert "Kontakt først det sted, der behandler din sag" in html
    assert 'href="/kan-vi-hjaelpe/"' in html
    assert "Gå til indhold" in html


def test_home_in_english(client):
    html = page(client, "/en/")
    assert '<html lang="en">' in html
    assert "What the Citizens' Advisor can help with" in html
    assert "First contact the place that handles your case" in html
    assert 'href="/en/kan-vi-hjaelpe/"' in html
    assert 'href="/en/klag/"' in html
    assert "Skip to content" in html


def test_every_contact_channel_is_on_the_home_page(client):
    html = page(client, "/")
    headings = ["Telefon", "Personligt fremmøde", "Digital klageblanket", "Brev", "Digital Post (sikker)", "E-mail"]
    for heading in headings:
        assert f"{heading}</h3>" in html
    assert 'href="tel:+4533661400"' in html
    assert "Tietgensgade 31A, 1. sal" in html
    assert "efter aftale" in html
    assert 'href="/klag/"' in html
    assert "<strong>Borgerrådgiver</strong>" in html
    assert "<strong>Københavns Kommune</strong>" in html
    assert "borger.dk" in html and "virk.dk" in html
    assert 'href="mailto:borgerraadgiveren@kk.dk"' in html
    assert html.count("Du kan altid skrive – vi svarer inden for 10 hverdage") == 4


def test_the_email_channel_warns_that_email_is_not_secure(client):
    html = page(client, "/")
    warning = re.search(r'<div class="alert alert-warning email-warning">(.*?)</div>\s*</div>', html, re.S)
    assert warning is not None
    assert "Almindelig e-mail er ikke sikker" in warning.group(1)
    assert "cpr-nummer" in warning.group(1)
    assert "Brug Digital Post i stedet" in warning.group(1)
    assert "Ordinary e-mail is not secure" in page(client, "/en/")


def test_monday_morning_the_phone_is_open(client):
    with at("2026-11-30 11:00"):
        html = page(client, "/")
    assert "Telefonen er åben nu – lukker kl. 15.00" in html
    assert 'id="status-phone" data-open="true"' in html


def test_wednesday_the_phone_is_closed(client):
    with at("2026-12-02 11:00"):
        html = page(client, "/")
    assert "Telefonen er lukket om onsdagen – åbner i morgen kl. 10.00" in html
    assert 'id="status-phone" data-open="false"' in html
    assert "Der er åbent for personligt fremmøde nu" in html


def test_second_christmas_day_is_named(client):
    with at("2026-12-26 11:00"):
        html = page(client, "/")
    assert "Lukket i dag (2. juledag) – åbner mandag kl. 10.00" in html


def test_status_in_english(client):
    with at("2026-12-02 11:00"):
        html = page(client, "/en/")
    assert "The phone line is closed on Wednesdays – opens tomorrow at 10:00" in html
    assert "You can always write – we reply within 10 working days" in html


def test_opening_hours_table(client):
    html = page(client, "/")
    assert "<caption>Telefontid</caption>" in html
    assert re.search(r"<th scope=\"row\">Onsdag</th>\s*<td>Lukket</td>", html)
    assert re.search(r"<th scope=\"row\">Mandag</th>\s*<td>10.00–15.00</td>", html)


def test_office_data_comes_from_the_configuration(client):
    Office.objects.update(
        phone="70 20 30 40", email="borgerraadgiver@example.dk", municipality="Eksempel Kommune",
        acknowledgement_working_days=5, web_form_url="https://example.dk/klag",
    )
    html = page(client, "/")
    assert "70 20 30 40" in html and 'href="tel:+4570203040"' in html
    assert "33 66 14 00" not in html
    assert "borgerraadgiver@example.dk" in html
    assert "Eksempel Kommune" in html
    assert "vi svarer inden for 5 hverdage" in html
    assert 'href="https://example.dk/klag"' in page(client, "/en/")


def test_council_page_in_danish(client):
    html = page(client, "/borgerrepraesentanter/")
    assert "Sådan henviser du borgere til Borgerrådgiveren" in html
    assert "BR-mail" in html
    assert 'href="mailto:borgerraadgiveren@kk.dk"' in html
    assert "Sådan kan borgere selv kontakte Borgerrådgiveren" in html
    assert "Almindelig e-mail er ikke sikker" in html  # the shared channel list


def test_council_page_names_another_municipalitys_council_and_mailbox(client):
    Office.objects.update(council_name="Aarhus Byråd", council_mailbox_name="byrådsmail")
    html = page(client, "/borgerrepraesentanter/")
    assert "medlem af Aarhus Byråd" in html
    assert "fra din byrådsmail" in html
    assert "BR-mail" not in html and "Borgerrepræsentationen" not in html


def test_footer_links_the_accessibility_statement(client):
    assert 'href="https://www.was.digst.dk/kk-dk">Tilgængelighedserklæring</a>' in page(client, "/")
    Office.objects.update(accessibility_statement_url="https://www.was.digst.dk/aarhus-dk")
    assert 'href="https://www.was.digst.dk/aarhus-dk">Accessibility statement</a>' in page(client, "/en/")


def test_council_page_in_english(client):
    html = page(client, "/en/borgerrepraesentanter/")
    assert '<html lang="en">' in html
    assert "How to refer citizens to the Citizens' Advisor" in html
    assert "How citizens can contact the Citizens' Advisor themselves" in html


def language_form(html: str) -> str:
    form = re.search(r'<form class="language-form" action="/i18n/setlang/" method="post">(.*?)</form>', html, re.S)
    assert form is not None
    return form.group(1)


def test_language_switch_is_a_form_that_works_without_javascript(client):
    form = language_form(page(client, "/"))
    assert 'name="csrfmiddlewaretoken"' in form
    assert 'name="language" value="en"' in form
    assert 'name="next" value="/en/"' in form
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/en/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_language_switch_back_to_danish_keeps_the_page(client):
    form = language_form(page(client, "/en/borgerrepraesentanter/"))
    assert 'name="language" value="da"' in form
    assert 'name="next" value="/borgerrepraesentanter/"' in form
    response = client.post("/i18n/setlang/", {"language": "da", "next": "/borgerrepraesentanter/"})
    assert response["Location"] == "/borgerrepraesentanter/"


@pytest.mark.parametrize("url", ["/", "/en/", "/borgerrepraesentanter/", "/en/borgerrepraesentanter/"])
def test_strict_csp_and_no_inline_script_or_style(client, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    html = response.content.decode()
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag, tag
    assert re.search(r"<script\b[^>]*>\s*[^<\s]", html) is None  # no script body
    assert "<style" not in html
    assert " style=" not in html
    assert re.search(r"\son[a-z]+=", html) is None  # no inline event handlers


def test_the_status_is_never_cached(client):
    response = client.get("/")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
