"""Recurring problems in a real browser: Lene (leder) finds the nightly flag, reads the cases behind
it, turns it into an own-initiative investigation and records its findings. axe checks each page;
the page fixture fails on any CSP violation."""

from __future__ import annotations

import pytest
import time_machine
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.insights.clusters import flags_refresh
from borgerraad.insights.models import Flag, FlagStatus, Investigation
from tests.accounts.helpers import staff_user, totp_device
from tests.browser.test_casework import sign_in
from tests.insights.systemic_seed import NOW, days_ago, seeded_point
from tests.insights.texts import BACKGROUND, HOUSING_DELAY, UNRELATED_SAME_UNIT

pytestmark = pytest.mark.browser


def test_the_leader_turns_a_recurring_problem_into_an_investigation(page, live_server, axe):
    with time_machine.travel(NOW, tick=True):
        housing = [seeded_point(text=text, received_on=days_ago(index * 4 + 1))
                   for index, text in enumerate(HOUSING_DELAY)]
        for index, text in enumerate(UNRELATED_SAME_UNIT + BACKGROUND):
            seeded_point(text=text, received_on=days_ago(index + 2), unit=f"Enhed {index}", department="KFF")
        flags_refresh()
        lene = staff_user("lene", Role.LEDER, first_name="Lene", last_name="Leder")
        totp_device(lene)

        sign_in(page, live_server, axe, "lene")
        page.goto(live_server.url + "/medarbejder/indsigt/tilbagevendende/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Tilbagevendende problemer")
        table = page.get_by_role("table", name="Tilbagevendende problemer med status “åben”, nyeste først")
        row = table.get_by_role("row").filter(has_text="Jobcenter København")
        expect(row).to_contain_text("boligstøtte")
        axe(page)

        row.get_by_role("link", name="Jobcenter København").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Sagsbehandling: Jobcenter København")
        cases = page.get_by_role("table", name="Klagepunkterne, ældste sag først")
        expect(cases.get_by_role("row")).to_have_count(len(housing) + 1)
        axe(page)

        page.get_by_role("link", name="Gør til egen drift-undersøgelse").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Ny egen drift-undersøgelse")
        expect(page.get_by_label("Titel")).to_have_value("Sagsbehandling: Jobcenter København")
        axe(page)
        page.get_by_label("Konklusioner").fill("Sagerne lå uden handling i gennemsnit 14 uger.")
        page.get_by_role("button", name="Opret undersøgelsen").click()
        expect(page.get_by_role("status")).to_contain_text("Undersøgelsen er oprettet.")
        expect(page.get_by_role("heading", level=1)).to_have_text("Sagsbehandling: Jobcenter København")
        axe(page)

        page.get_by_role("link", name="Egne drift-undersøgelser").click()
        expect(page.get_by_role("table", name="Undersøgelser, nyeste først")).to_contain_text(
            "Sagsbehandling: Jobcenter København")
        axe(page)

        investigation = Investigation.objects.get()
        assert investigation.cases.count() == len(housing)
        assert Flag.objects.get().status == FlagStatus.INVESTIGATION
