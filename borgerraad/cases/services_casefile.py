"""Writes of the case file: documents added to a case, related henvendelser, merged duplicates.

Rules (docs/cases.md#the-case-file):

- A document enters through the one upload path (``intake.services.attachment_store``: checked by
  content and size, zip bombs refused, stored under a random name) as an attachment of the case's
  henvendelse, with its kind and the date it was received (not in the future, not before the
  henvendelse). Its text is extracted at once (``intake.text``), kept encrypted, and the case's
  search index is rebuilt (stems only, ADR 0006); an image or a scan without a text layer is
  marked as without text.
- Two henvendelser are linked as related at most once; a henvendelse is not related to itself.
- A duplicate is merged into its original: the duplicate's case (opened if it had none) goes from
  *Modtaget* to *Sammenlagt* through ``services.case_transition`` and a ``CaseMerge`` records who,
  when and why. Nothing is deleted: the duplicate keeps its text, files and history, and both
  pages point to each other. Only a duplicate not yet visited can be merged (a case being worked
  on is linked instead); a case is never merged into itself, nor into a merged case.
- Every change is in the audit log (no personal data in the detail), in the change's transaction.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.cases.models import Case, CaseDocument, CaseMerge, CaseStatus, DocumentKind, HenvendelseLink
from borgerraad.cases.services import (
    _audit,
    case_open_from_henvendelse,
    case_transition,
    search_document_refresh,
)
from borgerraad.core.calendar import local_date
from borgerraad.core.dates import date_not_in_future
from borgerraad.intake.models import AttachmentKind, Henvendelse
from borgerraad.intake.services import attachment_store
from borgerraad.intake.text import extract_text

# --- Documents ------------------------------------------------------------------------------------------


def document_received_on_check(*, case: Case, received_on: dt.date, today: dt.date | None = None) -> None:
    date_not_in_future(
        received_on, today=today, message=_("Datoen, dokumentet er modtaget, kan ikke ligge i fremtiden."),
    )
    received = local_date(case.henvendelse.received_at)
    if received_on < received:
        raise ValidationError(
            _("Dokumentet kan ikke være modtaget før henvendelsen (%(date)s).") % {"date": f"{received:%d.%m.%Y}"},
            code="before_henvendelse",
        )


def document_add(*, case: Case, upload, kind: str, received_on: dt.date, by) -> CaseDocument:
    """Add an uploaded document to the case (ValidationError for a refused file, kind or date)."""
    if kind not in DocumentKind.values:
        raise ValidationError(_("Vælg, hvilken slags dokument det er."), code="kind")
    document_received_on_check(case=case, received_on=received_on)
    henvendelse = case.henvendelse
    with transaction.atomic():
        attachment = attachment_store(
            upload=upload, henvendelse=henvendelse,
            kind=AttachmentKind.ANSWER if kind == DocumentKind.HOERINGSSVAR else AttachmentKind.OTHER,
            already_bytes=sum(henvendelse.attachments.values_list("size", flat=True)),
        )
        try:
            extracted = extract_text(upload, content_type=attachment.content_type)
            document = CaseDocument.objects.create(
                case=case, attachment=attachment, kind=kind, received_on=received_on, text=extracted.text,
                text_status=extracted.status, added_by=by, added_at=timezone.now(),
            )
            _audit(by=by, obj=case, detail=f"document {document.pk} added ({kind}, bilag {attachment.pk})")
            search_document_refresh(henvendelse=henvendelse)
        except Exception:
            attachment.file.delete(save=False)  # the rolled-back row leaves no file behind
            raise
    return document


# --- Related henvendelser --------------------------------------------------------------------------------


def henvendelse_link(*, case: Case, other: Henvendelse, by) -> HenvendelseLink:
    """Mark ``other`` as related to the case's henvendelse (idempotent)."""
    if other.pk == case.henvendelse_id:
        raise ValidationError(_("En henvendelse kan ikke knyttes til sig selv."), code="itself")
    first, second = sorted([case.henvendelse_id, other.pk])
    existing = HenvendelseLink.objects.filter(first_id=first, second_id=second).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            link = HenvendelseLink.objects.create(first_id=first, second_id=second, by=by, at=timezone.now())
            _audit(by=by, obj=case, detail=f"related to henvendelse {other.reference}")
    except IntegrityError:
        return HenvendelseLink.objects.get(first_id=first, second_id=second)
    return link


# --- Merging a duplicate ---------------------------------------------------------------------------------


def case_merge(*, duplicate: Henvendelse, original: Case, by, reason: str = "") -> CaseMerge:
    """Merge the henvendelse ``duplicate`` into the case ``original`` (see the module's rules)."""
    if duplicate.pk == original.henvendelse_id:
        raise ValidationError(_("En sag kan ikke lægges sammen med sig selv."), code="itself")
    if len(reason.strip()) > 300:
        raise ValidationError(_("Begrundelsen må højst være på 300 tegn."), code="reason_length")
    with transaction.atomic():
        original = Case.objects.select_for_update().get(pk=original.pk)
        if original.status == CaseStatus.SAMMENLAGT:
            target = CaseMerge.objects.select_related("original").get(duplicate=original).original
            raise ValidationError(
                _("%(case)s er selv lagt sammen med %(target)s. Læg dubletten sammen med %(target)s i stedet.")
                % {"case": original.reference, "target": target.reference},
                code="original_merged",
            )
        duplicate_case = case_open_from_henvendelse(henvendelse=duplicate, by=by)
        duplicate_case = Case.objects.select_for_update().get(pk=duplicate_case.pk)
        if duplicate_case.status != CaseStatus.MODTAGET:
            raise ValidationError(
                _("%(case)s er allerede “%(status)s” og kan ikke lægges sammen. Knyt den til sagen som relateret "
                  "i stedet.") % {"case": duplicate_case.reference, "status": duplicate_case.get_status_display()},
                code="duplicate_in_progress",
            )
        if duplicate_case.merged_duplicates.exists():
            raise ValidationError(
                _("Andre henvendelser er lagt sammen med %(case)s; den kan ikke selv lægges sammen.")
                % {"case": duplicate_case.reference},
                code="duplicate_has_duplicates",
            )
        merge = CaseMerge.objects.create(
            duplicate=duplicate_case, original=original, reason=reason.strip(), by=by, at=timezone.now(),
        )
        case_transition(
            case=duplicate_case, to_status=CaseStatus.SAMMENLAGT, by=by, service=True,
            reason=_("Dublet: lagt sammen med %(case)s.") % {"case": original.reference},
        )
        _audit(by=by, obj=original, detail=f"duplicate {duplicate_case.reference} merged into this case")
    return merge
