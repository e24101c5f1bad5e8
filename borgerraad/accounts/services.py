"""Writes for staff accounts: the first user, enrolling the second factor (TOTP), and the audit
log of changes to users (who created or changed whom, roles, superuser and active status, new
passwords, reset authenticators).

A user without a confirmed TOTP device is enrolled at their first sign-in: after the password,
they get an unconfirmed device (QR code and secret), and it counts only once they have typed a
valid code from their authenticator app. An administrator resets a lost authenticator by
deleting the user's device in the admin; the user enrols again at the next sign-in.
"""

from __future__ import annotations

import secrets
import xml.etree.ElementTree as ET  # nosec B405
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

# ElementTree only builds and serialises our own SVG and parses nothing, so bandit B405 (attacks
# through parsed XML) does not apply to its import above.
SVG_NS = "http://www.w3.org/2000/svg"
ENROLMENT_DEVICE_NAME = "authenticator"


def staff_user_ensure(*, username: str, email: str = "") -> tuple[object, str | None]:
    """Create the first staff user with a random password; return (user, password or None if it existed).

    The password is returned once, for the caller to show; it is stored only as a hash. The user
    has no second factor yet and enrols one (TOTP) at the first sign-in.
    """
    user_model = get_user_model()
    user = user_model.objects.filter(username=username).first()
    if user is not None:
        return user, None
    password = secrets.token_urlsafe(12)
    user = user_model.objects.create_superuser(username=username, email=email, password=password)
    return user, password


def totp_enrolment_start(*, user) -> TOTPDevice:
    """The user's unconfirmed TOTP device, created on first call and reused until confirmed."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=ENROLMENT_DEVICE_NAME, confirmed=False)
    return device


@transaction.atomic
def totp_enrolment_confirm(*, device: TOTPDevice, token: str) -> bool:
    """Confirm ``device`` when ``token`` is a valid code from it; other unconfirmed devices are removed."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    if not device.verify_token(token):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.devices_for_user(device.user, confirmed=False).delete()
    return True


def totp_secret_text(device: TOTPDevice) -> str:
    """The secret as base32 in groups of four, for typing into an authenticator app by hand."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def totp_qr_svg(device: TOTPDevice, *, label: str) -> str:
    """The device's otpauth:// URL as an inline SVG QR code: no script, no style attribute (CSP)."""
    image = qrcode.make(
        device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=10, border=4,
    )
    root = image.get_image()
    root.set("role", "img")
    root.set("aria-label", label)
    root.set("class", "otp-qr")
    root.set("focusable", "false")
    ET.register_namespace("", SVG_NS)
    return ET.tostring(root, encoding="unicode")


def roles_ensure() -> None:
    """Create the role groups with their permissions (as migration ``accounts/0001_roles`` does).

    For a database whose tables were emptied after migrating (a test's flush) or restored without
    the groups; existing groups keep their extra permissions.
    """
    import importlib

    from django.contrib.auth.models import Group, Permission

    # The migrations hold the one list of roles and permissions: 0001's, and what later ones added.
    first = importlib.import_module("borgerraad.accounts.migrations.0001_roles").ROLE_PERMISSIONS
    added = importlib.import_module("borgerraad.accounts.migrations.0002_administrator_views_trained_models")
    for role_permissions in (first, added.ADDED_PERMISSIONS):
        for name, permissions in role_permissions.items():
            group, _created = Group.objects.get_or_create(name=name)
            for app_label, codename in permissions:
                group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))



# -- changes of users, for the audit log ------------------------------------------------------------


def user_rights_snapshot(*, user) -> dict:
    """What decides a user's rights, to compare before and after a change (``user_change_record``)."""
    return {
        "is_superuser": user.is_superuser,
        "is_staff": user.is_staff,
        "is_active": user.is_active,
        "groups": set(user.groups.values_list("name", flat=True)),
        "permissions": {f"{app}.{codename}" for app, codename in
                        user.user_permissions.values_list("content_type__app_label", "codename")},
    }


def _yes_no(value: bool) -> str:
    return "ja" if value else "nej"


def user_change_record(*, by, user, before: dict | None, changed_fields: list[str] = ()) -> None:
    """Write a change of ``user`` made by ``by`` to the audit log: one event per kind of change.

    ``before`` is ``user_rights_snapshot`` from before the change, or None for a new user. The
    details name roles, permissions and field names only, never the values of personal fields.
    """
    after = user_rights_snapshot(user=user)
    if before is None:
        roles = ", ".join(sorted(after["groups"])) or "ingen"
        audit_record(user=by, action=AuditAction.USER_CREATED, obj=user,
                     detail=f"roller: {roles}; staff: {_yes_no(after['is_staff'])}")
        before = {"is_superuser": False, "is_staff": after["is_staff"], "is_active": after["is_active"],
                  "groups": after["groups"], "permissions": set()}
    if before["is_superuser"] != after["is_superuser"]:
        audit_record(user=by, action=AuditAction.SUPERUSER_CHANGED, obj=user,
                     detail=f"superbruger: {_yes_no(before['is_superuser'])} -> {_yes_no(after['is_superuser'])}")
    if before["is_active"] != after["is_active"]:
        audit_record(user=by, action=AuditAction.ACTIVE_CHANGED, obj=user,
                     detail=f"aktiv: {_yes_no(before['is_active'])} -> {_yes_no(after['is_active'])}")
    rights = [f"+{name}" for name in sorted(after["groups"] - before["groups"])]
    rights += [f"-{name}" for name in sorted(before["groups"] - after["groups"])]
    rights += [f"+{name}" for name in sorted(after["permissions"] - before["permissions"])]
    rights += [f"-{name}" for name in sorted(before["permissions"] - after["permissions"])]
    if before["is_staff"] != after["is_staff"]:
        rights.append(f"staff: {_yes_no(before['is_staff'])} -> {_yes_no(after['is_staff'])}")
    if rights:
        audit_record(user=by, action=AuditAction.ROLES_CHANGED, obj=user, detail=" ".join(rights))
    other = sorted(set(changed_fields) - {"is_superuser", "is_active", "is_staff", "groups", "user_permissions",
                                          "password", "password1", "password2", "usable_password"})
    if other:
        audit_record(user=by, action=AuditAction.USER_CHANGED, obj=user, detail="felter: " + ", ".join(other))


def user_password_reset_record(*, by, user) -> None:
    audit_record(user=by, action=AuditAction.PASSWORD_RESET, obj=user)


def user_totp_reset_record(*, by, device: TOTPDevice) -> None:
    audit_record(user=by, action=AuditAction.TOTP_RESET, obj=device.user, detail=f"enhed {device.pk}")
