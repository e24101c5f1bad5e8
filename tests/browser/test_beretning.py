"""The annual beretning in a real browser: Lene (leder) opens it from the dashboard, chooses the
year, writes the foreword and a remark, saves them as a version, previews the publishable edition
and downloads its PDF, which pdftotext reads back: the figures equal a count from the seeded specs,
and her sentence is in it. axe checks the page and the preview (WCAG 2.1 AA); the page fixture
fails on any CSP violation (the preview carries its own styles under a nonce)."""

from __future__ import annotations

import re
import subprocess

import pytest
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from tests.accounts.helpers import staff_user, totp_device
from tests.browser.test_casework import sign_in
from tests.insights import beretning_seed
from tests.insights.test_statistics import cohort, points_of

pytestmark = pytest.mark.browser

FOREWORD = "Borgerrådgiveren takker forvaltningerne for et godt samarbejde i året."
REMARK = "Jobcentret svarer nu hurtigere på breve."


def test_the_leader_writes_generates_and_downloads_the_beretning(page, live_server, axe, tmp_path):
    lene = staff_user("lene", Role.LEDER, first_name="Lene")
    totp_device(lene)
    specs = beretning_seed.seed({"lene": lene})
    sign_in(page, live_server, axe, "lene")
    page.get_by_role("link", name="Indsigt", exact=True).click()
    page.get_by_role("link", name="Årsberetning: tal og tekster").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Årsberetning")
    page.get_by_label("Fra og med").fill("01.04.2025")
    page.get_by_label("Til og med").fill("31.03.2026")
    page.get_by_role("button", name="Vælg periode").click()
    expect(page.get_by_text("Periode: 01.04.2025 – 31.03.2026 (begge dage med).")).to_be_visible()
    axe(page)

    page.get_by_label("Forord").fill(FOREWORD)
    page.get_by_label("Bemærkninger til Beskæftigelses- og Integrationsforvaltningen").fill(REMARK)
    page.get_by_role("button", name="Gem teksterne som ny version").click()
    expect(page.get_by_role("status")).to_contain_text("Teksterne er gemt som version 1.")
    expect(page.get_by_label("Forord")).to_have_value(FOREWORD)
    expect(page.get_by_role("link", name=re.compile(r"^Version 1, gemt"))).to_be_visible()
    axe(page)

    page.get_by_role("link", name="Vis udgaven til offentliggørelse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Beretning 1. april 2025 – 31. marts 2026")
    expect(page.get_by_text(FOREWORD)).to_be_visible()
    expect(page.get_by_role("table", name="Henvendelser og klagepunkter efter kanal")).to_be_visible()
    expect(page.get_by_role("img", name="Henvendelser og klagepunkter efter kanal")).to_be_visible()
    axe(page)
    page.go_back()

    with page.expect_download() as download:
        page.get_by_role("link", name="Hent udgaven til offentliggørelse som PDF").click()
    assert download.value.suggested_filename == "beretning-20250401-20260331-offentlig.pdf"
    pdf = tmp_path / "beretning.pdf"
    download.value.save_as(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    assert FOREWORD in " ".join(text.split())
    assert REMARK in " ".join(text.split())
    cases = cohort(specs)
    assert re.search(rf"Henvendelser\s+{len(cases)}\s", text)
    assert re.search(rf"Klagepunkter\s+{len(points_of(cases))}\s", text)
    assert "< 5" in text
    assert "BR-20" not in text
