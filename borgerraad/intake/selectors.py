"""Reads of henvendelser, drafts and attachments."""

from __future__ import annotations

import datetime as dt
import uuid

from django.utils import timezone

from borgerraad.core.calendar import add_working_days, local_date
from borgerraad.core.models import Office
from borgerraad.core.selectors import office_closing_days, office_get
from borgerraad.intake.models import Attachment, Draft, Henvendelse


def draft_get(*, token: str | uuid.UUID | None) -> Draft | None:
    """A live draft by its token (expired ones are as good as gone)."""
    if not token:
        return None
    try:
        token = uuid.UUID(str(token))
    except ValueError:
        return None
    return Draft.objects.filter(token=token, expires_at__gt=timezone.now()).select_related("henvendelse").first()


def draft_of_owner(*, owner_key: str) -> Draft | None:
    """The MitID citizen's latest live, unsent draft (``Draft.owner_key``), or None."""
    if not owner_key:
        return None
    return (Draft.objects.filter(owner_key=owner_key, henvendelse__isnull=True, expires_at__gt=timezone.now())
            .order_by("-updated_at").first())


def draft_attachments(*, draft: Draft) -> list[Attachment]:
    return list(draft.attachments.all())


def draft_attachment_bytes(*, draft: Draft) -> int:
    return sum(attachment.size for attachment in draft.attachments.all())


def acknowledgement_deadline(*, received_at: dt.datetime, office: Office | None = None) -> dt.date | None:
    """The date by which the office promises a written answer (its service goal in working days).

    Counted from the day of receipt in Copenhagen time, skipping weekends, public holidays and the
    office's closing days (core/calendar.py).
    """
    office = office or office_get()
    if office is None:
        return None
    received = local_date(received_at)
    return add_working_days(
        received, office.acknowledgement_working_days, closing_days=office_closing_days(office),
    )


def henvendelse_get(*, reference: str) -> Henvendelse | None:
    return Henvendelse.objects.filter(reference=reference).select_related("department").first()
