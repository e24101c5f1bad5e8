"""Writes for privacy: the audit log."""

from __future__ import annotations

from django.db import models

from borgerraad.privacy.models import AuditAction, AuditEvent

# The username of what the system did itself, with nobody signed in: the worker, the scheduler, a channel.
SYSTEM_USERNAME = "system"


def audit_record(*, user, action: AuditAction | str, obj: models.Model, detail: str = "") -> AuditEvent:
    """Record that ``user`` did ``action`` to ``obj``; without a user the system did it (a background job).
    ``detail`` must hold no personal data."""
    return AuditEvent.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "get_username", lambda: "")() or SYSTEM_USERNAME,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_label=str(obj)[:200],
        detail=detail[:300],
    )


def audit_record_sign_in(*, action: AuditAction | str, username: str, user=None, detail: str = "") -> AuditEvent:
    """Record a sign-in event (login, logout, login_failed, lockout) for the account ``username``.

    The event is filed under the user account (object ``auth.user``); ``detail`` must hold no
    personal data and never the attempted password.
    """
    return AuditEvent.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=username[:150] or "anonym",
        action=action,
        object_type="auth.user",
        object_id=str(user.pk) if getattr(user, "pk", None) else "",
        object_label=username[:200],
        detail=detail[:300],
    )
