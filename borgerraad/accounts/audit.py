"""Sign-ins, sign-outs, failed attempts and lockouts go to the audit log (privacy.AuditEvent).

Receivers on Django's auth signals and django-axes' ``user_locked_out``, so every path that
signs in (the staff log-in, tests, a future citizen sign-in) is logged the same way. A failed
attempt for a username that matches no account is logged as "ukendt": people type passwords
into the username field, and the log must not keep them.
"""

from __future__ import annotations

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

from borgerraad.accounts.lockout import address_locked
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record_sign_in

UNKNOWN = "ukendt"


def _known(username: str | None):
    if not username:
        return None
    return get_user_model()._default_manager.filter(**{get_user_model().USERNAME_FIELD: username}).first()


def _logged_in(sender, request, user, **kwargs):
    audit_record_sign_in(action=AuditAction.LOGIN, username=user.get_username(), user=user)


def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record_sign_in(action=AuditAction.LOGOUT, username=user.get_username(), user=user)


def _login_failed(sender, credentials, request=None, **kwargs):
    user = _known(credentials.get("username"))
    step = kwargs.get("step", "password")
    audit_record_sign_in(
        action=AuditAction.LOGIN_FAILED, username=user.get_username() if user else UNKNOWN, user=user,
        detail=step,
    )


def _locked_out(sender, request=None, username=None, ip_address=None, **kwargs):
    user = _known(username)
    detail = "adresse" if request is not None and address_locked(request) else ""  # the whole address is locked
    audit_record_sign_in(
        action=AuditAction.LOCKOUT, username=user.get_username() if user else UNKNOWN, user=user, detail=detail,
    )


def connect() -> None:
    user_logged_in.connect(_logged_in, dispatch_uid="borgerraad.accounts.audit.logged_in")
    user_logged_out.connect(_logged_out, dispatch_uid="borgerraad.accounts.audit.logged_out")
    user_login_failed.connect(_login_failed, dispatch_uid="borgerraad.accounts.audit.login_failed")
    user_locked_out.connect(_locked_out, dispatch_uid="borgerraad.accounts.audit.locked_out")
