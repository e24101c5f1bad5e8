"""The registers of suggestions and henstillinger in a real browser, axe on every page.

Lene (leder) signs in on the suggestions list, registers a suggestion that came by phone (first
without text, to see the error summary), registers the department's answer and adoption on an
entry from visitation, then finds an overdue henstilling in the follow-up list and registers
the department's answer. The page fixture fails on any CSP violation.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.core.calendar import TZ
from borgerraad.insights.models import Adoption, Compliance, HenstillingFollowUp, Suggestion
from tests.accounts.helpers import PASSWORD, staff_user, totp_code, totp_device
from tests.insights.registers.conftest import henstilling_case, suggestion_case

pytestmark = pytest.mark.browser

BIF = "Beskæftigelses- og Integrationsforvaltningen (BIF)"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def sign_in(page, url: str, user) -> None:
    device = totp_device(user)
    page.goto(url)
    page.get_by_label("Brugernavn").fill(user.username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Fortsæt").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skriv koden fra appen")
    page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(device))
    page.get_by_role("button", name="Log ind").click()


def test_the_registers_from_the_list_to_the_departments_answer(page, live_server, axe):
    page.set_viewport_size({"width": 1280, "height": 900})
    lene = staff_user("lene", Role.LEDER, first_name="Lene", last_name="Leder", email="lene@kk.example")
    today = timezone.localtime(timezone.now(), TZ).date()
    visited = suggestion_case(by=lene)
    overdue = henstilling_case(by=lene, follow_up=today - dt.timedelta(days=10))
    today_text = f"{today:%d.%m.%Y}"

    sign_in(page, live_server.url + "/medarbejder/indsigt/forslag/", lene)
    expect(page.get_by_role("heading", level=1)).to_have_text("Forslag")
    table = page.get_by_role("table", name=re.compile("Forslag, nyeste først"))
    expect(table.get_by_role("row").filter(has_text=visited.reference)).to_contain_text("Afventer")
    axe(page)

    # A suggestion by phone: first without its text (the error summary), then complete.
    page.get_by_role("link", name="Registrér et forslag").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Registrér et forslag")
    axe(page)
    page.get_by_label("Modtaget den").fill(today_text)
    page.get_by_label("Kom ind via").select_option(label="Telefon")
    page.get_by_role("button", name="Gem forslaget").click()
    expect(page.get_by_role("alert")).to_contain_text("Forslaget")
    expect(page.get_by_label("Modtaget den")).to_have_value(today_text)
    axe(page)
    page.get_by_label("Forslaget", exact=True).fill("Borgerservice kunne åbne om lørdagen.")
    page.get_by_label("Forvaltning, der spørges").select_option(label=BIF)
    page.get_by_role("button", name="Gem forslaget").click()
    expect(page.get_by_role("status")).to_contain_text("Forslaget er registreret.")
    expect(page.get_by_text("Borgerservice kunne åbne om lørdagen.").first).to_be_visible()
    assert Suggestion.objects.get(klagepunkt__isnull=True).channel == "phone"

    # The answer to the suggestion from visitation.
    page.get_by_role("link", name="Forslag", exact=True).click()
    page.get_by_role("link", name=f"{visited.reference}, punkt 2").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Forslag")
    axe(page)
    page.get_by_label("Sendt til forvaltningen den").fill(today_text)
    page.get_by_label("Forvaltningens svar modtaget den").fill(today_text)
    page.get_by_label("Forvaltningens svar", exact=True).fill("Vi indfører kvitteringer.")
    page.get_by_label("Ja").check()
    page.get_by_role("button", name="Gem", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Forslaget er gemt.")
    assert Suggestion.objects.get(klagepunkt__case=visited).adoption == Adoption.JA

    # The overdue henstilling and its answer.
    page.get_by_role("link", name="Henstillinger").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Henstillinger og opfølgning")
    overdue_table = page.get_by_role("table", name="Overskredne opfølgninger, ældste først")
    expect(overdue_table).to_contain_text(overdue.reference)
    axe(page)
    overdue_table.get_by_role("link", name=f"{overdue.reference}, punkt 1").click()
    expect(page.get_by_text("Overskredet")).to_be_visible()
    axe(page)
    page.get_by_label("Delvist efterlevet").check()
    page.get_by_label("Forvaltningens svar (resumé eller tekst)").fill("Brevene er ændret, svartiden ikke.")
    page.get_by_role("button", name="Gem svaret").click()
    expect(page.get_by_role("status")).to_contain_text("Forvaltningens svar er registreret.")
    assert HenstillingFollowUp.objects.get().compliance == Compliance.DELVIST
    page.get_by_role("link", name="Henstillinger").click()
    expect(page.get_by_role("table", name=re.compile("Henstillinger med forvaltningens svar"))).to_contain_text(
        "Delvist efterlevet")
    axe(page)
