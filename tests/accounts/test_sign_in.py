"""Staff sign-in: password, then a TOTP code (enrolment the first time), lockout, and the audit log."""

from __future__ import annotations

import datetime as dt
import re
from base64 import b32decode

import pytest
import time_machine
from axes.models import AccessAttempt
from django.core.management import call_command
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import PASSWORD, login_verified, totp_code, totp_device

pytestmark = pytest.mark.django_db

LOGIN = "/medarbejder/log-ind/"
VERIFY = "/medarbejder/log-ind/kode/"
ENROL = "/medarbejder/log-ind/opret-app/"
HOME = "/medarbejder/"


def _later(minutes):
    return time_machine.travel(timezone.now() + dt.timedelta(minutes=minutes), tick=False)


def wrong_code(device) -> str:
    return f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"


def sign_in_password(client, username, password=PASSWORD, *, remote_addr="127.0.0.1", **fields):
    return client.post(LOGIN, {"username": username, "password": password, **fields}, REMOTE_ADDR=remote_addr)


def is_signed_in(client) -> bool:
    return client.get(HOME).status_code == 200


def test_the_staff_start_page_sends_strangers_to_log_in(client):
    response = client.get(HOME)
    assert response.status_code == 302 and response["Location"].startswith(f"{LOGIN}?next=")


def test_a_wrong_password_is_refused_without_saying_why(client, rita):
    response = sign_in_password(client, "rita", "forkert-adgangskode")
    assert response.status_code == 200
    assert "Brugernavn eller adgangskode er forkert." in response.content.decode()
    response = sign_in_password(client, "ingen-sådan", "forkert-adgangskode")
    assert "Brugernavn eller adgangskode er forkert." in response.content.decode()
    assert not is_signed_in(client)
    events = AuditEvent.objects.filter(action="login_failed").order_by("id")
    assert [e.username for e in events] == ["rita", "ukendt"]  # an unknown name is not stored


def test_the_password_alone_signs_nobody_in(client, rita):
    device = totp_device(rita)
    response = sign_in_password(client, "rita")
    assert response.status_code == 302 and response["Location"] == VERIFY
    assert not is_signed_in(client)
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session
    assert device.pk


def test_right_password_then_wrong_code_is_refused(client, rita):
    device = totp_device(rita)
    sign_in_password(client, "rita")
    response = client.post(VERIFY, {"token": wrong_code(device)})
    assert response.status_code == 200 and "Koden er forkert" in response.content.decode()
    assert not is_signed_in(client)
    assert AuditEvent.objects.filter(action="login_failed", username="rita", detail="totp").exists()


def test_right_password_and_right_code_sign_in(client, rita):
    device = totp_device(rita)
    sign_in_password(client, "rita")
    response = client.post(VERIFY, {"token": totp_code(device)})
    assert response.status_code == 302 and response["Location"] == HOME
    page = client.get(HOME).content.decode()
    assert "Rita Rådgiver" in page and "rådgiver" in page and "Log ud" in page
    assert 'href="/medarbejder/indbakke/"' in page
    assert AuditEvent.objects.filter(action="login", username="rita").count() == 1


def test_the_next_page_is_kept_but_only_on_this_site(client, rita):
    device = totp_device(rita)
    sign_in_password(client, "rita", next="/admin/")
    assert client.post(VERIFY, {"token": totp_code(device)})["Location"] == "/admin/"
    client.post("/medarbejder/log-ud/")
    sign_in_password(client, "rita", next="https://evil.example/")
    assert client.post(VERIFY, {"token": totp_code(device, offset_steps=1)})["Location"] == HOME


def test_a_code_cannot_be_used_twice(client, rita):
    device = totp_device(rita)
    code = totp_code(device)
    sign_in_password(client, "rita")
    client.post(VERIFY, {"token": code})
    client.post("/medarbejder/log-ud/")
    sign_in_password(client, "rita")
    assert client.post(VERIFY, {"token": code}).status_code == 200  # replayed: refused


def test_first_sign_in_enrols_an_authenticator_app(client, rita):
    response = sign_in_password(client, "rita")
    assert response["Location"] == ENROL
    page = client.get(ENROL).content.decode()
    assert "<svg" in page and 'role="img"' in page and "<script" not in page.split("<body", 1)[1].split("</main>")[0]
    assert 'style="' not in page  # the CSP allows no inline styles
    device = TOTPDevice.objects.get(user=rita)
    assert not device.confirmed
    secret = re.search(r'<p class="otp-secret">([A-Z2-7 ]+)</p>', page).group(1)
    assert b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8)) == device.bin_key
    # A wrong code does not confirm the device; the right one does and signs in.
    assert client.post(ENROL, {"token": wrong_code(device)}).status_code == 200
    with _later(1):  # after the short wait django_otp imposes after a wrong code
        response = client.post(ENROL, {"token": totp_code(device)})
    assert response.status_code == 302 and response["Location"] == HOME
    device.refresh_from_db()
    assert device.confirmed
    client.post("/medarbejder/log-ud/")
    assert sign_in_password(client, "rita")["Location"] == VERIFY  # enrolled: now asked for a code


def test_the_enrolment_page_needs_the_password_first(client, rita):
    assert client.get(ENROL)["Location"] == LOGIN
    assert client.get(VERIFY)["Location"] == LOGIN


def test_an_enrolled_user_cannot_enrol_again_with_the_password_alone(client, rita):
    totp_device(rita)
    sign_in_password(client, "rita")
    assert client.get(ENROL)["Location"] == VERIFY


def test_log_out_needs_post_and_ends_the_session(client, rita):
    login_verified(client, rita)
    assert client.get("/medarbejder/log-ud/").status_code == 405
    assert client.post("/medarbejder/log-ud/")["Location"] == LOGIN
    assert not is_signed_in(client)
    assert AuditEvent.objects.filter(action="logout", username="rita").exists()


def test_users_without_a_staff_role_cannot_sign_in(client, django_user_model):
    django_user_model.objects.create_user("borger", password=PASSWORD)
    response = sign_in_password(client, "borger")
    assert response.status_code == 200 and "forkert" in response.content.decode()


def test_five_wrong_passwords_lock_the_username_out_for_this_address(client, rita):
    totp_device(rita)
    for _attempt in range(4):
        assert sign_in_password(client, "rita", "forkert-adgangskode").status_code == 200
    response = sign_in_password(client, "rita", "forkert-adgangskode")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Log-ind er midlertidigt spærret" in page and "15 minutter" in page
    # Locked: even the right password is refused, and the lockout is in the audit log.
    assert sign_in_password(client, "rita").status_code == 429
    assert AuditEvent.objects.filter(action="lockout", username="rita").exists()
    # Another address is not locked out (lockout is per username and address).
    assert sign_in_password(client, "rita", remote_addr="10.0.0.9").status_code == 302
    # An administrator unlocks: borgerraad axes_reset_username rita
    call_command("axes_reset_username", "rita")
    assert sign_in_password(client, "rita").status_code == 302


def test_the_lockout_ends_after_fifteen_minutes(client, rita):
    for _attempt in range(5):
        sign_in_password(client, "rita", "forkert-adgangskode")
    assert sign_in_password(client, "rita").status_code == 429
    with _later(16):
        assert sign_in_password(client, "rita").status_code == 302


def test_five_wrong_codes_lock_out_too(client, rita):
    device = totp_device(rita)
    sign_in_password(client, "rita")
    wrong = wrong_code(device)
    statuses = []
    for minute in range(5):
        with _later(minute):
            statuses.append(client.post(VERIFY, {"token": wrong}).status_code)
    assert statuses == [200, 200, 200, 200, 429]
    assert AccessAttempt.objects.get(username="rita").failures_since_start == 5
    # Locked out: starting again with the right password does not help.
    assert "spærret" in sign_in_password(client, "rita").content.decode()


def test_the_admin_requires_a_second_factor(client, rita, admin_user):
    client.force_login(admin_user)  # a password-only session, as before this check existed
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == f"{LOGIN}?next=/admin/"
    login_verified(client, admin_user)
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_page_sends_to_the_staff_log_in(client):
    response = client.get("/admin/login/?next=/admin/intake/")
    assert response.status_code == 302 and response["Location"] == f"{LOGIN}?next=/admin/intake/"


def test_the_log_in_pages_are_in_english_too(client, rita):
    page = client.get("/en" + LOGIN).content.decode()
    assert "Sign in" in page and "Password" in page


def test_one_password_tried_across_many_usernames_locks_the_address(client, rita, settings):
    """Password spraying: no username fails five times, but the address reaches its own limit."""
    settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 8
    totp_device(rita)
    statuses = [
        sign_in_password(client, f"kollega{number}", "Sommer2026!").status_code for number in range(7)
    ]
    assert statuses == [200] * 7
    response = sign_in_password(client, "rita", "Sommer2026!")  # the 8th failure from this address
    assert response.status_code == 429
    assert "for mange forkerte forsøg på at logge ind fra denne forbindelse" in response.content.decode()
    # The address is locked for every username, even with the right password ...
    assert sign_in_password(client, "rita").status_code == 429
    assert AuditEvent.objects.filter(action="lockout", detail="adresse").exists()
    # ... but not other addresses; and an administrator lifts it: borgerraad axes_reset_ip ADDRESS.
    assert sign_in_password(client, "rita", remote_addr="10.0.0.9").status_code == 302
    call_command("axes_reset_ip", "127.0.0.1")
    assert sign_in_password(client, "rita").status_code == 302


def test_the_address_limit_defaults_to_twenty(settings):
    assert settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS == 20
