"""Signing staff in for tests, and the people who work at the office (personas).

``login_verified(client, user)`` gives ``user`` a confirmed TOTP device and a session that
django_otp counts as verified, like a real sign-in with password and code. ``staff_user(...)``
creates a user in the given roles.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from borgerraad.accounts.roles import Role

PASSWORD = "korrekt-hest-batteri-klips"


def staff_user(username: str, *roles: Role, is_staff: bool = True, **extra):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=is_staff, **extra)
    user.groups.add(*Group.objects.filter(name__in=[str(role) for role in roles]))
    return get_user_model().objects.get(pk=user.pk)


def totp_device(user) -> TOTPDevice:
    """The user's confirmed TOTP device, created if missing."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test", confirmed=True)


def totp_code(device: TOTPDevice, *, offset_steps: int = 0) -> str:
    """The code the user's authenticator app shows now (or ``offset_steps`` steps from now)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset_steps)
    return f"{code:0{device.digits}d}"


def login_verified(client, user):
    """Sign ``user`` in on ``client`` as if with password and TOTP code; returns the device."""
    device = totp_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
