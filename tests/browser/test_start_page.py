"""The start page in a real browser: Lene (leder) signs in and lands on what needs action now, her
advisors' workload and the cases without an advisor, then follows an item to the case. axe checks
the page (WCAG 2.1 AA); the page fixture fails on any CSP violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import case_assign
from tests.accounts.helpers import staff_user, totp_device
from tests.browser.test_casework import sign_in
from tests.cases.conftest import make_case

pytestmark = pytest.mark.browser


def test_the_leader_starts_the_day_on_the_start_page(page, live_server, axe, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=True)
    lene = staff_user("lene", Role.LEDER, first_name="Lene", last_name="Lund")
    rasmus = staff_user("rasmus", Role.RAADGIVER, first_name="Rasmus", last_name="Holm")
    totp_device(lene)
    own = make_case(by=lene)
    case_assign(case=own, assigned_to=lene, by=lene)
    theirs = make_case(by=rasmus, name="Inge Olsen")
    case_assign(case=theirs, assigned_to=rasmus, by=rasmus)
    nobody = make_case(by=lene, name="Ingen Rådgiver")
    time_machine.move_to("2026-03-30 10:00 +02:00", tick=True)
    sign_in(page, live_server, axe, "lene")  # signs in from the inbox
    page.get_by_role("link", name="Borgerrådgiveren – medarbejdere").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Forside for medarbejdere")
    actions = page.get_by_role("table", name="Det, der kræver handling, det mest hastende først")
    expect(actions.get_by_role("link", name=own.reference)).to_be_visible()
    expect(actions).to_contain_text("Overskredet")
    expect(page.get_by_role("table", name="Åbne sager pr. rådgiver")).to_contain_text("Rasmus Holm")
    expect(page.get_by_role("link", name=nobody.reference)).to_be_visible()
    axe(page)
    actions.get_by_role("link", name=own.reference).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Sag {own.reference}")
