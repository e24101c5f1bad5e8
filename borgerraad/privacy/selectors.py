"""Reads of the audit log."""

from __future__ import annotations

from django.db import models

from borgerraad.privacy.models import AuditEvent


def audit_events_for(*, obj: models.Model) -> models.QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(object_type=obj._meta.label_lower, object_id=str(obj.pk))
