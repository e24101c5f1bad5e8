"""The public pages in a real browser: both languages, live status, no JavaScript, and axe."""

import datetime as dt
import re

import pytest
import time_machine
from playwright.sync_api import expect

from borgerraad.core.calendar import TZ

pytestmark = pytest.mark.browser

# Every sentence the phone's status can be (borgerraad/core/channels.py), whatever the time.
PHONE_STATUS_DA = re.compile(r"^(Telefonen er (åben|lukket) .*– (lukker|åbner)|Lukket i dag \(.+\) – åbner) ")
PHONE_STATUS_EN = re.compile(
    r"^(The phone line (is open|is closed|has closed) .*– (closes|opens)|Closed today \(.+\) – opens) "
)


def status(page, channel: str):
    """The status sentence of one contact channel."""
    return page.locator(f"#status-{channel} .alert-text")


def test_home_in_danish(page, live_server, axe):
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.get_by_role("heading", level=1)).to_have_text("Borgerrådgiveren")
    expect(page.get_by_role("heading", name="Det kan Borgerrådgiveren hjælpe med")).to_be_visible()
    expect(page.get_by_role("heading", name="Det kan Borgerrådgiveren ikke behandle")).to_be_visible()
    expect(page.get_by_role("link", name="Kan Borgerrådgiveren hjælpe dig?").first).to_have_attribute(
        "href", "/kan-vi-hjaelpe/"
    )
    expect(status(page, "phone")).to_have_text(PHONE_STATUS_DA)
    expect(status(page, "email")).to_have_text("Du kan altid skrive – vi svarer inden for 10 hverdage")
    warning = page.locator(".email-warning")
    expect(warning.get_by_role("heading", name="Almindelig e-mail er ikke sikker")).to_be_visible()
    expect(warning).to_contain_text("Brug Digital Post i stedet")
    expect(page.get_by_role("table", name="Telefontid").get_by_role("row")).to_have_count(5)
    axe(page)


def test_switch_to_english_and_back(page, live_server, axe):
    page.goto(live_server.url + "/")
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="What the Citizens' Advisor can help with")).to_be_visible()
    expect(status(page, "phone")).to_have_text(PHONE_STATUS_EN)
    expect(page.get_by_role("heading", name="Ordinary e-mail is not secure")).to_be_visible()
    axe(page)
    page.get_by_role("button", name="Dansk").click()
    expect(page).to_have_url(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "da")


def test_status_follows_the_clock_of_the_server(page, live_server):
    # The live server is a thread of this process: time-machine moves its clock too.
    monday_morning = dt.datetime(2026, 11, 30, 11, 0, tzinfo=TZ)
    with time_machine.travel(monday_morning, tick=True):
        page.goto(live_server.url + "/")
        expect(status(page, "phone")).to_have_text("Telefonen er åben nu – lukker kl. 15.00")
        expect(page.locator("#status-phone")).to_have_attribute("data-open", "true")
    second_christmas_day = dt.datetime(2026, 12, 26, 11, 0, tzinfo=TZ)
    with time_machine.travel(second_christmas_day, tick=True):
        page.goto(live_server.url + "/en/")
        expect(status(page, "phone")).to_have_text(re.compile(r"^Closed today \(.+\) – opens Monday at 10:00$"))


def test_council_page_in_both_languages(page, live_server, axe):
    page.goto(live_server.url + "/")
    page.get_by_role("contentinfo").get_by_role("link", name="Til borgerrepræsentanter").click()
    expect(page).to_have_url(live_server.url + "/borgerrepraesentanter/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sådan henviser du borgere til Borgerrådgiveren")
    expect(page.get_by_role("link", name="borgerraadgiveren@kk.dk").first).to_have_attribute(
        "href", "mailto:borgerraadgiveren@kk.dk"
    )
    expect(page.get_by_role("heading", name="Sådan kan borgere selv kontakte Borgerrådgiveren")).to_be_visible()
    expect(status(page, "phone")).to_have_text(PHONE_STATUS_DA)
    axe(page)
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/borgerrepraesentanter/")
    expect(page.get_by_role("heading", level=1)).to_have_text("How to refer citizens to the Citizens' Advisor")
    axe(page)


def test_skip_link_moves_focus_to_the_content(page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Gå til indhold")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("main")).to_be_focused()


def test_phone_width(page, live_server, axe):
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(live_server.url + "/")
    expect(page.get_by_text("Københavns Kommune").first).to_be_visible()
    expect(page.get_by_role("button", name="English")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe(page)


def test_works_without_javascript(browser, live_server, browser_context_args):
    context = browser.new_context(**browser_context_args, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/borgerrepraesentanter/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Sådan henviser du borgere til Borgerrådgiveren")
        expect(status(page, "phone")).to_have_text(PHONE_STATUS_DA)
        page.get_by_role("button", name="English").click()
        expect(page).to_have_url(live_server.url + "/en/borgerrepraesentanter/")
        expect(page.locator("html")).to_have_attribute("lang", "en")
        page.get_by_role("button", name="Dansk").click()
        expect(page).to_have_url(live_server.url + "/borgerrepraesentanter/")
    finally:
        context.close()
