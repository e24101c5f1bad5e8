"""Staff sign-in in a real browser: password, TOTP enrolment or code, the staff start page, axe."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from borgerraad.accounts.roles import Role
from tests.accounts.helpers import PASSWORD, staff_user, totp_code, totp_device

pytestmark = pytest.mark.browser


def sign_in_with_password(page, live_server, axe, username):
    page.goto(live_server.url + "/medarbejder/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log ind som medarbejder")
    axe(page)
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Fortsæt").click()


def expect_staff_start_page(page, axe):
    expect(page.get_by_role("heading", level=1)).to_have_text("Forside for medarbejdere")
    expect(page.get_by_text("Rita Rådgiver")).to_be_visible()
    expect(page.get_by_role("link", name="Indbakke", exact=True)).to_have_attribute("href", "/medarbejder/indbakke/")
    axe(page)


def test_sign_in_with_password_and_code(page, live_server, axe):
    rita = staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    device = totp_device(rita)
    sign_in_with_password(page, live_server, axe, "rita")

    expect(page.get_by_role("heading", level=1)).to_have_text("Skriv koden fra appen")
    page.get_by_label("Kode fra godkendelses-appen").fill("000000" if totp_code(device) != "000000" else "111111")
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("alert")).to_contain_text("Koden er forkert")
    axe(page)  # the page with an error summary, too

    device.throttle_reset()
    page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(device))
    page.get_by_role("button", name="Log ind").click()
    expect_staff_start_page(page, axe)

    page.get_by_role("banner").get_by_role("button", name="Log ud").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log ind som medarbejder")


def test_first_sign_in_enrols_an_authenticator_app(page, live_server, axe):
    staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")
    sign_in_with_password(page, live_server, axe, "rita")

    expect(page.get_by_role("heading", level=1)).to_have_text("Opsæt godkendelses-app")
    expect(page.get_by_role("img", name="QR-kode til godkendelses-appen")).to_be_visible()
    axe(page)
    device = TOTPDevice.objects.get(user__username="rita", confirmed=False)
    page.get_by_label("Kode fra godkendelses-appen").fill(totp_code(device))
    page.get_by_role("button", name="Bekræft og log ind").click()
    expect_staff_start_page(page, axe)
    device.refresh_from_db()
    assert device.confirmed


def test_the_sign_in_pages_in_english(page, live_server, axe):
    page.goto(live_server.url + "/en/medarbejder/log-ind/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in as staff")
    expect(page.get_by_label("Password")).to_be_visible()
    axe(page)
