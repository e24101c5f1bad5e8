"""Reads for staff accounts: who counts as staff, and their second-factor devices."""

from __future__ import annotations

from django_otp.plugins.otp_totp.models import TOTPDevice

from borgerraad.accounts.roles import STAFF_ROLES, Role, roles_of


def user_is_staff(user) -> bool:
    """Active and either ``is_staff`` or holding a staff role (rådgiver, leder, sekretær, administrator)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.is_staff or roles_of(user) & STAFF_ROLES)


def user_may_sign_in(user) -> bool:
    """Staff, and council members (borgerrepræsentanter), may sign in; nobody else has an account here."""
    return user_is_staff(user) or Role.BORGERREPRAESENTANT in roles_of(user)


def user_is_verified(user) -> bool:
    """Signed in with a second factor in this session (set by django_otp's OTPMiddleware)."""
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def totp_device_confirmed(*, user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def role_labels(user) -> list[str]:
    """The user's role names for display, in the order of ``Role``."""
    roles = roles_of(user)
    return [str(role.label) for role in Role if role in roles]
