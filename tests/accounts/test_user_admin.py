"""Users in the admin: nobody raises rights beyond their own, and every change is in the audit log.

Alf is the administrator: he manages users, but the admin's change form (POSTed by hand, as an
attacker would) lets him give neither superuser status nor a role he does not hold himself, nor
change his own rights, nor touch a superuser. What he may do is written to the audit log with his name.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils.timezone import localtime
from django_otp.plugins.otp_totp.models import TOTPDevice

from borgerraad.accounts.roles import Role
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified, staff_user, totp_device

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "grøn-kaffe-kande-hest-47"


def change_url(user) -> str:
    return f"/admin/auth/user/{user.pk}/change/"


def change_data(user, **overrides) -> dict:
    """The change form as the admin renders it for ``user``, with ``overrides``."""
    data = {
        "username": user.username, "first_name": user.first_name, "last_name": user.last_name,
        "email": user.email,
        "date_joined_0": f"{localtime(user.date_joined):%Y-%m-%d}",
        "date_joined_1": f"{localtime(user.date_joined):%H:%M:%S}",
        "initial-date_joined_0": f"{localtime(user.date_joined):%Y-%m-%d}",
        "initial-date_joined_1": f"{localtime(user.date_joined):%H:%M:%S}",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "user_permissions": [str(pk) for pk in user.user_permissions.values_list("pk", flat=True)],
    }
    if user.is_active:
        data["is_active"] = "on"
    if user.is_staff:
        data["is_staff"] = "on"
    if user.is_superuser:
        data["is_superuser"] = "on"
    data.update(overrides)
    return data


def group(role: Role) -> str:
    return str(Group.objects.get(name=role.value).pk)


@pytest.fixture
def bo(db):
    """A new colleague with no role yet."""
    return staff_user("bo", first_name="Bo")


@pytest.fixture
def signed_in_alf(client, alf):
    login_verified(client, alf)
    return client


def test_the_administrator_cannot_make_himself_superuser(signed_in_alf, alf):
    response = signed_in_alf.post(change_url(alf), change_data(alf, is_superuser="on"))
    assert response.status_code == 302
    alf.refresh_from_db()
    assert not alf.is_superuser
    assert 'name="is_superuser"' not in signed_in_alf.get(change_url(alf)).content.decode()


def test_the_administrator_cannot_make_anyone_superuser(signed_in_alf, bo):
    signed_in_alf.post(change_url(bo), change_data(bo, is_superuser="on"))
    bo.refresh_from_db()
    assert not bo.is_superuser


def test_the_administrator_cannot_change_his_own_roles(signed_in_alf, alf):
    signed_in_alf.post(change_url(alf), change_data(alf, groups=[group(Role.ADMINISTRATOR), group(Role.LEDER)]))
    alf.refresh_from_db()
    assert set(alf.groups.values_list("name", flat=True)) == {"administrator"}
    assert not AuditEvent.objects.filter(action="roles_changed").exists()


def test_a_role_the_administrator_does_not_hold_is_refused_with_a_message(signed_in_alf, bo):
    response = signed_in_alf.post(change_url(bo), change_data(bo, groups=[group(Role.LEDER)]))
    assert response.status_code == 200
    assert "Du kan kun give roller, du selv har. Du har ikke: leder." in response.content.decode()
    assert not bo.groups.exists()


def test_a_permission_the_administrator_does_not_hold_is_refused(signed_in_alf, bo):
    view_cpr = Permission.objects.get(codename="view_cpr")
    response = signed_in_alf.post(change_url(bo), change_data(bo, user_permissions=[str(view_cpr.pk)]))
    assert response.status_code == 200
    assert "Du har ikke: intake.view_cpr." in response.content.decode()
    assert not bo.user_permissions.exists()


def test_a_role_he_holds_is_given_and_logged_with_his_name(signed_in_alf, alf, bo):
    response = signed_in_alf.post(change_url(bo), change_data(bo, groups=[group(Role.ADMINISTRATOR)],
                                                              first_name="Bodil"))
    assert response.status_code == 302
    assert list(bo.groups.values_list("name", flat=True)) == ["administrator"]
    event = AuditEvent.objects.get(action="roles_changed")
    assert (event.user, event.object_label, event.detail) == (alf, "bo", "+administrator")
    assert AuditEvent.objects.get(action="user_changed").detail == "felter: first_name"


def test_taking_a_role_away_and_deactivating_are_allowed_and_logged(signed_in_alf, alf):
    rita = staff_user("rita2", Role.RAADGIVER)
    data = change_data(rita, groups=[])
    del data["is_active"]
    assert signed_in_alf.post(change_url(rita), data).status_code == 302
    rita.refresh_from_db()
    assert not rita.is_active and not rita.groups.exists()
    assert AuditEvent.objects.get(action="roles_changed", user=alf).detail == "-raadgiver"
    assert AuditEvent.objects.get(action="active_changed", user=alf).detail == "aktiv: ja -> nej"


def test_a_superuser_is_out_of_the_administrators_reach(signed_in_alf, admin_user):
    assert signed_in_alf.post(change_url(admin_user), change_data(admin_user, email="x@example.dk")).status_code == 403
    password_url = f"/admin/auth/user/{admin_user.pk}/password/"
    assert signed_in_alf.post(password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}).status_code == 403
    admin_user.refresh_from_db()
    assert admin_user.check_password("password") and admin_user.email != "x@example.dk"


def test_a_superuser_may_grant_superuser_status_and_it_is_logged(admin_client, admin_user, bo):
    assert admin_client.post(change_url(bo), change_data(bo, is_superuser="on")).status_code == 302
    bo.refresh_from_db()
    assert bo.is_superuser
    event = AuditEvent.objects.get(action="superuser_changed")
    assert (event.user, event.detail) == (admin_user, "superbruger: nej -> ja")


def test_creating_a_user_and_setting_a_password_are_logged(signed_in_alf, alf):
    response = signed_in_alf.post("/admin/auth/user/add/", {
        "username": "karin", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true",
    })
    assert response.status_code == 302
    karin = alf.__class__.objects.get(username="karin")
    assert AuditEvent.objects.get(action="user_created", user=alf).object_label == "karin"
    response = signed_in_alf.post(f"/admin/auth/user/{karin.pk}/password/", {
        "password1": NEW_PASSWORD + "x", "password2": NEW_PASSWORD + "x", "usable_password": "true",
    })
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="password_reset", user=alf, object_label="karin").count() == 1


def test_roles_are_not_editable_by_the_administrator(signed_in_alf):
    leder = Group.objects.get(name="leder")
    response = signed_in_alf.post(f"/admin/auth/group/{leder.pk}/change/", {"name": "leder", "permissions": []})
    assert response.status_code == 403
    assert Group.objects.get(name="leder").permissions.exists()


def test_an_authenticator_secret_is_never_shown_and_a_reset_is_logged(signed_in_alf, alf, admin_user):
    rita = staff_user("rita2", Role.RAADGIVER)
    device = totp_device(rita)
    assert signed_in_alf.get(f"/admin/otp_totp/totpdevice/{device.pk}/config/").status_code == 403
    assert device.key not in signed_in_alf.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").content.decode()
    root_device = totp_device(admin_user)
    assert signed_in_alf.get(f"/admin/otp_totp/totpdevice/{root_device.pk}/change/").status_code in (302, 404)
    response = signed_in_alf.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not TOTPDevice.objects.filter(pk=device.pk).exists()
    event = AuditEvent.objects.get(action="totp_reset")
    assert (event.user, event.object_label) == (alf, "rita2")
