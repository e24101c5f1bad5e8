"""The statistics pages in a real browser: Lene (leder) signs in, reads the dashboard, filters it,
downloads a table as CSV and opens engine versus staff. axe checks both pages (WCAG 2.1 AA); the
page fixture fails on any CSP violation (the charts are SVG without inline styles or scripts)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from tests.accounts.helpers import staff_user, totp_device
from tests.browser.test_casework import sign_in
from tests.insights import seed as data

pytestmark = pytest.mark.browser

BIF = "Beskæftigelses- og Integrationsforvaltningen (BIF)"


def test_the_leader_reads_the_dashboard_and_engine_versus_staff(page, live_server, axe):
    lene = staff_user("lene", Role.LEDER, first_name="Lene")
    totp_device(lene)
    data.seed(data.specs(), {"lene": lene})
    sign_in(page, live_server, axe, "lene")
    page.get_by_role("link", name="Indsigt", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Indsigt: hvad klagerne viser")
    page.get_by_label("Fra", exact=True).fill("01.04.2025")
    page.get_by_label("Til", exact=True).fill("31.03.2026")
    page.get_by_label("Forvaltning", exact=True).select_option(label=BIF)
    page.get_by_role("button", name="Vis tallene").click()
    expect(page.get_by_text("Forvaltning: Beskæftigelses- og Integrationsforvaltningen.")).to_be_visible()
    expect(page.get_by_role("img", name="Henvendelser og klagepunkter efter kanal")).to_be_visible()
    expect(page.get_by_role("table", name="Henvendelser og klagepunkter efter kanal")).to_be_visible()
    expect(page.get_by_role("img", name="Udvikling måned for måned")).to_be_visible()
    axe(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Hent tabellen „Klagepunkter efter grundlag“ som CSV").click()
    assert download.value.suggested_filename == "grundlag-20250401-20260331.csv"
    page.get_by_role("link", name="Visitationsmotor og medarbejdere: hvor ofte var de enige?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Visitationsmotor og medarbejdere")
    expect(page.get_by_role("table", name="Sager, hvor motor og medarbejder var uenige")).to_be_visible()
    axe(page)
    # Bad input: a polite error, the typed value kept, still no JavaScript needed.
    page.get_by_label("Fra", exact=True).fill("32.13.2025")
    page.get_by_role("button", name="Vis tallene").click()
    expect(page.get_by_role("alert")).to_contain_text("Skriv datoen som dd.mm.åååå, fx 01.04.2025.")
    expect(page.get_by_label("Fra", exact=True)).to_have_value("32.13.2025")
    axe(page)
