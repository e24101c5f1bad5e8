"""A council member refers a citizen in a real browser and sees the status, never the case.

Anna (borgerrepræsentant) signs in with password and TOTP, refers Karen through the form, finds the
referral in her list with status "Modtaget", and is refused the case page. axe checks both pages.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.channels.models import Referral
from borgerraad.intake.models import Channel, Henvendelse
from tests.accounts.helpers import PASSWORD, staff_user, totp_code, totp_device

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def intake_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


def test_a_council_member_refers_a_citizen_and_sees_status_only(page, live_server, axe):
    anna = staff_user("anna", Role.BORGERREPRAESENTANT, is_staff=False, email="anna.jensen@br.kk.dk",
                      first_name="Anna", last_name="Jensen")
    device = totp_device(anna)

    page.goto(live_server.url + "/medarbejder/henvisninger/")
    page.get_by_label("Brugernavn").fill("anna")
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Fortsæt").click()
    page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(device))
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mine henvisninger")
    axe(page)

    page.get_by_role("link", name="Henvis en borger").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Henvis en borger")
    axe(page)
    page.get_by_label("Borgerens navn").fill("Karen Larsen")
    page.get_by_label("Borgerens e-mail").fill("karen@example.dk")
    page.get_by_label("Hvad drejer det sig om?").fill("Karen har ventet et halvt år på svar om sin boligstøtte.")
    page.get_by_role("button", name="Send henvisningen").click()
    expect(page.get_by_role("alert")).to_contain_text("samtykke")  # consent is required
    axe(page)
    page.get_by_label("Borgeren har givet samtykke til, at jeg sender henvendelsen videre").check()
    page.get_by_role("button", name="Send henvisningen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Mine henvisninger")
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.channel == Channel.BR_REFERRAL
    assert Referral.objects.get().member == anna
    expect(page.get_by_role("status")).to_contain_text(henvendelse.reference)
    row = page.get_by_role("row").filter(has_text=henvendelse.reference)
    expect(row).to_contain_text("Karen Larsen")
    expect(row).to_contain_text("Modtaget")
    expect(page.get_by_text("halvt år")).to_have_count(0)
    axe(page)

    case = case_open_from_henvendelse(henvendelse=henvendelse)
    page.reload()
    expect(page.get_by_role("row").filter(has_text=henvendelse.reference)).to_contain_text("Under behandling")
    # The case page is refused with the member's own session (a request, so the console stays clean).
    response = page.request.get(live_server.url + f"/medarbejder/sager/{case.reference}/")
    assert response.status == 403
    assert "halvt år" not in response.text()
