"""Writes for privacy: the audit log."""

from __future__ import annotations

from django.db import models

from borgerraad.privacy.models import AuditAction, AuditEvent


def audit_record(*, user, action: AuditAction | str, obj: models.Model, detail: str = "") -> AuditEvent:
    """Record that ``user`` did ``action`` to ``obj``. ``detail`` must hold no personal data."""
    return AuditEvent.objects.create(
        user=user if getattr(user, "pk", None) else None,
        username=getattr(user, "get_username", lambda: "")() or "anonym",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_label=str(obj)[:200],
        detail=detail[:300],
    )
