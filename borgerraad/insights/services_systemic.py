"""Writes for recurring problems: the leader dismisses a flag or turns it into an investigation,
and writes the office's own investigations (egen drift-undersøgelse).

Rules:

- Only an open flag can be dismissed or turned into an investigation; the decision is final and
  recorded with who and when (a dismissed flag's klagepunkter are not flagged again:
  ``clusters.flags_refresh``). Dismissing needs a reason.
- An investigation has a title and a start date; a concluded one has the date it was concluded,
  not before its start. Its cases are given by the caller, already checked against ``CasePolicy``.
- Every decision and every change is recorded in the audit log (no personal data in its detail).

The views check ``policies_systemic`` before calling these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.cases.models import Case
from borgerraad.core.models import Department
from borgerraad.insights.models import Flag, FlagStatus, Investigation, InvestigationStatus
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

REASON_MAX = 2000


def _open_flag_locked(flag: Flag) -> Flag:
    locked = Flag.objects.select_for_update().get(pk=flag.pk)
    if locked.status != FlagStatus.OPEN:
        raise ValidationError(_("Problemet er allerede behandlet (%(status)s).")
                              % {"status": FlagStatus(locked.status).label})
    return locked


def flag_dismiss(*, flag: Flag, by, reason: str) -> Flag:
    """Dismiss an open flag with ``reason`` (e.g. "kendt problem, allerede løst af forvaltningen")."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Skriv, hvorfor problemet afvises."))
    if len(reason) > REASON_MAX:
        raise ValidationError(_("Begrundelsen må højst være %(n)d tegn.") % {"n": REASON_MAX})
    with transaction.atomic():
        locked = _open_flag_locked(flag)
        locked.status = FlagStatus.DISMISSED
        locked.dismissed_reason = reason
        locked.dismissed_by = by
        locked.dismissed_at = timezone.now()
        locked.save(update_fields=["status", "dismissed_reason", "dismissed_by", "dismissed_at", "updated_at"])
        audit_record(user=by, action=AuditAction.CHANGE, obj=locked, detail="afvist")
    return locked


@dataclass
class InvestigationData:
    title: str
    started_on: dt.date
    scope: str = ""
    department: Department | None = None
    cases: list[Case] = field(default_factory=list)
    findings: str = ""
    recommendations: str = ""
    status: str = InvestigationStatus.PLANNED
    concluded_on: dt.date | None = None


def _check(data: InvestigationData) -> None:
    errors = []
    if not data.title.strip():
        errors.append(_("Giv undersøgelsen en titel."))
    if data.concluded_on and data.concluded_on < data.started_on:
        errors.append(_("Undersøgelsen kan ikke være afsluttet før den startede."))
    if data.status == InvestigationStatus.CONCLUDED and not data.concluded_on:
        errors.append(_("Skriv datoen, undersøgelsen blev afsluttet."))
    if errors:
        raise ValidationError(errors)


def _apply(investigation: Investigation, data: InvestigationData) -> None:
    for name in ("title", "scope", "findings", "recommendations"):
        setattr(investigation, name, getattr(data, name).strip())
    investigation.department = data.department
    investigation.status = data.status
    investigation.started_on = data.started_on
    investigation.concluded_on = data.concluded_on


def investigation_create(*, data: InvestigationData, by, flag: Flag | None = None) -> Investigation:
    """A new investigation; from ``flag`` (which must be open, and is then marked as under investigation)."""
    _check(data)
    with transaction.atomic():
        locked = _open_flag_locked(flag) if flag is not None else None
        investigation = Investigation(created_by=by)
        _apply(investigation, data)
        investigation.save()
        investigation.cases.set(data.cases)
        audit_record(user=by, action=AuditAction.CHANGE, obj=investigation, detail="oprettet")
        if locked is not None:
            locked.status = FlagStatus.INVESTIGATION
            locked.investigation = investigation
            locked.save(update_fields=["status", "investigation", "updated_at"])
            audit_record(user=by, action=AuditAction.CHANGE, obj=locked,
                         detail=f"til undersøgelse {investigation.pk}")
    return investigation


def investigation_update(*, investigation: Investigation, data: InvestigationData, by) -> Investigation:
    _check(data)
    with transaction.atomic():
        _apply(investigation, data)
        investigation.save()
        investigation.cases.set(data.cases)
        audit_record(user=by, action=AuditAction.CHANGE, obj=investigation, detail="ændret")
    return investigation
