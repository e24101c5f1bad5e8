"""Writes: registering henvendelser from every channel, the web form's drafts, and receipts.

Rules:

- Every channel registers through ``henvendelse_register``: one transaction stores the
  henvendelse, its reference number, its attachments and the triage result. The web form is
  just the first caller.
- Registration is idempotent on ``submission_key``: a second call with the same key (a double
  click, a resubmitted draft, a re-read e-mail) returns the first henvendelse.
- Reference numbers ``<prefix>-YYYY-NNNNN`` are sequential per year of receipt (Copenhagen time),
  drawn from a counter row locked with SELECT ... FOR UPDATE (SQLite locks the whole database
  for the write transaction, which gives the same guarantee).
- CPR numbers typed into the free text are found with ``privacy.cpr`` and flagged; the text is
  encrypted at rest like the CPR field and shown masked.
- Names, addresses, phone, unit and the other short fields are stored in clear (staff search by
  name), so they never hold a CPR number: the forms refuse one (``privacy.validators``), and what
  comes from mail or Digital Post is masked here, for every channel. A CPR number in the sender's
  name is kept, encrypted, as the henvendelse's CPR number when it has none.
- The receipt e-mail is sent by a background task after commit, at most once (``receipt_sent_at``),
  and never holds the CPR number or the case text (DOMAIN.md §5: e-mail is not secure). A receipt
  whose task failed or crashed is sent by the periodic sweep ``receipts_send_due`` (ADR 0003).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, mailers
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from borgerraad.core.calendar import TZ, local_date
from borgerraad.core.models import Department
from borgerraad.core.selectors import office_get
from borgerraad.intake import screening
from borgerraad.intake.hooks import RECEIPT_SENT, hook_run
from borgerraad.intake.models import (
    Attachment,
    AttachmentKind,
    CorrectedField,
    Draft,
    Henvendelse,
    HenvendelseCorrection,
    PreferredChannel,
    ReferenceCounter,
)
from borgerraad.intake.selectors import acknowledgement_deadline, draft_attachment_bytes
from borgerraad.intake.uploads import check_size, detect_type
from borgerraad.privacy.cpr import contains_cpr, cpr_normalised, find_cpr_numbers, mask_cpr
from borgerraad.privacy.digests import cpr_digest
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

logger = logging.getLogger(__name__)


@dataclass
class HenvendelseData:
    """What a henvendelse says, whatever the channel. Only ``name`` and ``description`` are required."""

    name: str
    description: str
    submitter_kind: str = "citizen"
    company_name: str = ""
    cvr: str = ""
    on_behalf: bool = False
    represented_name: str = ""
    relation: str = ""
    relation_other: str = ""
    power_of_attorney_later: bool = False
    address: str = ""
    email: str = ""
    phone: str = ""
    preferred_channel: str = "email"
    cpr: str = ""
    needs: list[str] = field(default_factory=list)
    interpreter_language: str = ""
    department: Department | None = None
    unit: str = ""
    event_date: dt.date | None = None
    desired_outcome: str = ""
    contacted_unit: str = ""
    contacted_unit_date: dt.date | None = None
    consent: bool = False
    language: str = "da"


# Stored in clear: a CPR number in one of these is masked before it is stored.
CLEAR_TEXT_FIELDS = (
    "name", "company_name", "represented_name", "relation_other", "address", "phone", "unit", "interpreter_language",
)


def _cpr_kept_out_of_clear_fields(values: dict) -> dict:
    found = find_cpr_numbers(values["name"], joined=True)
    if found and not values["cpr"]:
        values["cpr"] = cpr_normalised(found[0].digits) or ""
    for name in CLEAR_TEXT_FIELDS:
        values[name] = mask_cpr(values[name])
    return values


def _lock_counter(*, received_at: dt.datetime) -> ReferenceCounter:
    year = timezone.localtime(received_at, TZ).year
    ReferenceCounter.objects.get_or_create(year=year)
    return ReferenceCounter.objects.select_for_update().get(year=year)


def _draw_reference(counter: ReferenceCounter) -> str:
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"{settings.INTAKE_REFERENCE_PREFIX}-{counter.year}-{counter.last:05d}"


def henvendelse_register(
    *,
    channel: str,
    submitted: HenvendelseData,
    submission_key: str,
    attachments: Iterable[Attachment] = (),
    received_at: dt.datetime | None = None,
) -> Henvendelse:
    """Store a henvendelse with its attachments and triage result; the same key gives the same one."""
    existing = Henvendelse.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return existing
    received_at = received_at or timezone.now()
    values = _cpr_kept_out_of_clear_fields({f.name: getattr(submitted, f.name) for f in fields(submitted)})
    triage = screening.screen(
        text=screening.engine_text(description=submitted.description, desired_outcome=submitted.desired_outcome),
        contacted_unit=submitted.contacted_unit,
        event_date=submitted.event_date,
        received_date=local_date(received_at),
        channel=channel,
    )
    try:
        with transaction.atomic():
            counter = _lock_counter(received_at=received_at)
            # The counter lock serialises registrations: a concurrent twin has committed by now.
            existing = Henvendelse.objects.filter(submission_key=submission_key).first()
            if existing is not None:
                return existing
            henvendelse = Henvendelse.objects.create(
                reference=_draw_reference(counter),
                channel=channel,
                received_at=received_at,
                submission_key=submission_key,
                text_has_cpr=contains_cpr(submitted.description) or contains_cpr(submitted.desired_outcome),
                triage=triage,
                cpr_digest=cpr_digest(values["cpr"]),
                **values,
            )
            for attachment in attachments:
                attachment.henvendelse = henvendelse
                attachment.draft = None
                if attachment._state.adding:  # a channel's file, stored with the henvendelse
                    attachment.save()
                else:  # a draft's upload, moved over
                    attachment.save(update_fields=["henvendelse", "draft"])
            if henvendelse.email:
                transaction.on_commit(lambda: _enqueue_receipt(henvendelse.pk))
    except IntegrityError:
        existing = Henvendelse.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return existing
    logger.info("Henvendelse %s registered (channel %s).", henvendelse.reference, channel)
    return henvendelse


def _enqueue_receipt(henvendelse_id: int) -> None:
    from borgerraad.intake.tasks import receipt_email_send

    receipt_email_send.enqueue(henvendelse_id=henvendelse_id)


RECEIPT_SWEEP_DAYS = 14  # older unsent receipts are not sent late; staff see "kvittering ikke sendt"


def _receipt_message(henvendelse: Henvendelse) -> EmailMessage:
    office = office_get()
    with translation.override(henvendelse.language):
        context = {
            "henvendelse": henvendelse,
            "office": office,
            "deadline": acknowledgement_deadline(received_at=henvendelse.received_at, office=office),
        }
        subject = render_to_string("intake/email/receipt_subject.txt", context).strip()
        body = render_to_string("intake/email/receipt.txt", context)
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "borgerraad"
    # One Message-ID per henvendelse: a resend after a crash is recognisably the same message.
    message_id = f"<receipt-{henvendelse.reference}@{domain}>"
    return EmailMessage(subject=subject, body=body, to=[henvendelse.email], headers={"Message-ID": message_id})


def henvendelse_receipt_send(*, henvendelse_id: int, now: dt.datetime | None = None) -> bool:
    """Send the receipt e-mail once. True when sent now; False when sent, claimed by another, or no address.

    A state machine on the row (ADR 0003): *unclaimed* → *claimed* (``receipt_claimed_at``, committed
    before the e-mail goes out, by one conditional UPDATE that only one caller can win) → *sent*
    (``receipt_sent_at``, committed as soon as the mail server accepted the message, before the
    connection is closed). A failed send releases the claim at once; a crash leaves a claim that
    turns stale after ``INTAKE_RECEIPT_RETRY_SECONDS``, when ``receipts_send_due`` sends it again.
    """
    now = now or timezone.now()
    stale = now - dt.timedelta(seconds=settings.INTAKE_RECEIPT_RETRY_SECONDS)
    with transaction.atomic():
        claimed = (
            Henvendelse.objects.filter(pk=henvendelse_id, receipt_sent_at__isnull=True)
            .exclude(email="")
            .filter(Q(receipt_claimed_at__isnull=True) | Q(receipt_claimed_at__lte=stale))
            .update(receipt_claimed_at=now, receipt_attempts=F("receipt_attempts") + 1)
        )
    if not claimed:
        return False
    henvendelse = Henvendelse.objects.get(pk=henvendelse_id)
    unsent = Henvendelse.objects.filter(pk=henvendelse_id, receipt_sent_at__isnull=True)
    connection = mailers.default
    try:
        connection.open()
        if not connection.send_messages([_receipt_message(henvendelse)]):
            raise RuntimeError("The mail server did not accept the receipt.")
        sent_at = timezone.now()
        unsent.update(receipt_sent_at=sent_at)  # before QUIT: the server has the message
    except BaseException:
        unsent.filter(receipt_claimed_at=now).update(receipt_claimed_at=None)
        raise
    finally:
        connection.close()
    hook_run(RECEIPT_SENT, henvendelse_id=henvendelse_id, at=sent_at)  # the case counts as acknowledged
    logger.info("Receipt sent for henvendelse %s.", henvendelse.reference)
    return True


def receipts_send_due(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Send every receipt that is due and unsent: the periodic ``receipts_send`` (ADR 0003).

    Due: an address, not sent, registered at least ``INTAKE_RECEIPT_RETRY_SECONDS`` ago (the task
    enqueued at registration goes first), not claimed within that time, fewer than
    ``INTAKE_RECEIPT_MAX_ATTEMPTS`` attempts, and received within ``RECEIPT_SWEEP_DAYS``.
    """
    now = now or timezone.now()
    retry = dt.timedelta(seconds=settings.INTAKE_RECEIPT_RETRY_SECONDS)
    due = (
        Henvendelse.objects.filter(
            receipt_sent_at__isnull=True, received_at__lte=now - retry,
            received_at__gte=now - dt.timedelta(days=RECEIPT_SWEEP_DAYS),
            receipt_attempts__lt=settings.INTAKE_RECEIPT_MAX_ATTEMPTS,
        )
        .exclude(email="")
        .filter(Q(receipt_claimed_at__isnull=True) | Q(receipt_claimed_at__lte=now - retry))
        .order_by("received_at", "pk")
    )
    result = {"sent": 0, "failed": 0}
    for henvendelse_id in list(due.values_list("pk", flat=True)[:500]):
        try:
            if henvendelse_receipt_send(henvendelse_id=henvendelse_id, now=now):
                result["sent"] += 1
        except Exception:  # noqa: BLE001 - one bad address must not stop the others
            result["failed"] += 1
            logger.exception("Receipt for henvendelse %s failed; the next sweep tries again.", henvendelse_id)
    return result


# --- Drafts of the web form -------------------------------------------------------------------


def _draft_expiry() -> dt.datetime:
    return timezone.now() + dt.timedelta(hours=settings.INTAKE_DRAFT_HOURS)


def draft_create(*, session_key: str = "", answers: dict | None = None) -> Draft:
    return Draft.objects.create(
        session_key=session_key, data=json.dumps(answers or {}), expires_at=_draft_expiry(),
    )


def draft_owner_key(*, cpr: str) -> str:
    """The key a MitID citizen's drafts are found by: an HMAC of the CPR number with the site's secret key,
    so the drafts table holds no CPR number and the key cannot be computed from a CPR number without it."""
    return salted_hmac("borgerraad.intake.draft-owner", cpr, algorithm="sha256").hexdigest()


def draft_claim(*, draft: Draft, owner_key: str, answers: dict) -> Draft:
    """Make an unsent draft the MitID citizen's, with the answers MitID verified (name and CPR number)."""
    draft.owner_key = owner_key
    Draft.objects.filter(pk=draft.pk, henvendelse__isnull=True).update(owner_key=owner_key)
    return draft_save_answers(draft=draft, answers=answers)


def draft_answers(draft: Draft) -> dict:
    return json.loads(draft.data or "{}")


def draft_save_answers(*, draft: Draft, answers: dict, completed_step: int | None = None) -> Draft:
    """Merge raw answers (as typed) into the draft and push its expiry a full period ahead.

    Only while the draft is unsubmitted, checked in the UPDATE itself: a second click on "Send" that
    read the draft before the first click submitted it must not write the answers back into it
    (``draft_submit`` wiped them; the henvendelse holds them, and a second copy is not kept).
    """
    merged = draft_answers(draft)
    merged.update(answers)
    draft.data = json.dumps(merged)
    if completed_step is not None and completed_step not in draft.completed_steps:
        draft.completed_steps = sorted([*draft.completed_steps, completed_step])
    draft.expires_at = _draft_expiry()
    draft.updated_at = timezone.now()
    Draft.objects.filter(pk=draft.pk, henvendelse__isnull=True).update(
        data=draft.data, completed_steps=draft.completed_steps, expires_at=draft.expires_at,
        updated_at=draft.updated_at,
    )
    return draft


def draft_attachment_add(*, draft: Draft, upload, kind: str) -> Attachment:
    """Check an uploaded file by content and size, and keep it with the draft (ValidationError if not)."""
    return attachment_store(upload=upload, kind=kind, already_bytes=draft_attachment_bytes(draft=draft), draft=draft)


def attachment_store(
    *, upload, kind: str, already_bytes: int, draft: Draft | None = None, henvendelse: Henvendelse | None = None,
) -> Attachment:
    """Check an upload by content and size (ValidationError if not) and store it with a draft or henvendelse.

    The one way a file enters the system, whatever the channel: the form's drafts and staff's scans.
    """
    check_size(upload, already_bytes=already_bytes)
    detected = detect_type(upload)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    attachment = Attachment(
        draft=draft,
        henvendelse=henvendelse,
        kind=kind if kind in AttachmentKind.values else AttachmentKind.OTHER,
        original_name=mask_cpr(upload.name)[:255],
        content_type=detected.content_type,
        extension=detected.extension,
        size=upload.size,
        sha256=digest.hexdigest(),
    )
    attachment.file.save(upload.name, upload, save=False)
    try:
        attachment.save()
    except Exception:
        attachment.file.delete(save=False)
        raise
    return attachment


def draft_attachment_remove(*, draft: Draft, attachment_id) -> bool:
    attachment = draft.attachments.filter(pk=attachment_id).first()
    if attachment is None:
        return False
    attachment.file.delete(save=False)
    attachment.delete()
    return True


@transaction.atomic
def draft_submit(*, draft: Draft, submitted: HenvendelseData) -> Henvendelse:
    """Register the draft as a web henvendelse, once. The draft's answers are wiped only on success."""
    draft = Draft.objects.select_for_update().get(pk=draft.pk)
    if draft.henvendelse_id is not None:
        return draft.henvendelse
    henvendelse = henvendelse_register(
        channel="web",
        submitted=submitted,
        submission_key=f"web-draft:{draft.token}",
        attachments=list(draft.attachments.all()),
    )
    draft.henvendelse = henvendelse
    draft.data = "{}"  # the henvendelse holds the answers now; do not keep a second copy
    draft.save(update_fields=["henvendelse", "data", "updated_at"])
    return henvendelse


def draft_delete_expired(*, now: dt.datetime | None = None) -> int:
    """Delete expired drafts and the files uploaded to them; returns how many drafts went."""
    now = now or timezone.now()
    expired = Draft.objects.filter(expires_at__lte=now)
    for attachment in Attachment.objects.filter(draft__in=expired, henvendelse__isnull=True):
        attachment.file.delete(save=False)
    _, by_model = expired.delete()
    return by_model.get(Draft._meta.label, 0)


def henvendelse_consent_set(*, henvendelse: Henvendelse, consent: bool) -> Henvendelse:
    """The citizen gives or withdraws consent to contact the department (from "Mine sager"); audited."""
    with transaction.atomic():
        Henvendelse.objects.filter(pk=henvendelse.pk).update(consent=consent)
        henvendelse.consent = consent
        audit_record(user=None, action=AuditAction.CHANGE, obj=henvendelse,
                     detail=f"consent {'given' if consent else 'withdrawn'} by the citizen")
    return henvendelse


# --- Corrections of a henvendelse's data ---------------------------------------------------------


@dataclass
class HenvendelseCorrectionInput:
    """The henvendelse's data as staff corrected it (every field, changed or not) and why."""

    name: str
    address: str
    cpr: str
    preferred_channel: str
    department: Department | None
    unit: str
    reason: str


def _correction_value(henvendelse: Henvendelse, name: str) -> str:
    if name == CorrectedField.DEPARTMENT:
        department = henvendelse.department
        return f"{department.code} {department.name}" if department else ""
    return getattr(henvendelse, name) or ""


def _correction_checked(henvendelse: Henvendelse, corrected: HenvendelseCorrectionInput) -> tuple[str, str]:
    """The reason and the CPR number as they will be stored; ValidationError when a rule fails."""
    reason = corrected.reason.strip()
    if not reason:
        raise ValidationError(_("Skriv, hvorfor oplysningerne rettes."), code="reason")
    if len(reason) > 300:
        raise ValidationError(_("Begrundelsen må højst være på 300 tegn."), code="reason_length")
    if not corrected.name.strip():
        raise ValidationError(_("Skriv borgerens navn."), code="name")
    cpr = corrected.cpr.strip()
    if cpr and cpr != (henvendelse.cpr or ""):  # a number already stored is kept as it is
        cpr = cpr_normalised(cpr) or ""
        if not cpr:
            raise ValidationError(_("CPR-nummeret er ikke gyldigt (ddmmåå-xxxx)."), code="cpr")
    if corrected.preferred_channel not in PreferredChannel.values:
        raise ValidationError(_("Vælg en svarkanal."), code="channel")
    business = henvendelse.submitter_kind == "business"
    if corrected.preferred_channel == PreferredChannel.DIGITAL_POST and not (cpr or (business and henvendelse.cvr)):
        raise ValidationError(
            _("Digital Post kræver borgerens CPR-nummer. Skriv CPR-nummeret, eller vælg en anden svarkanal."),
            code="digital_post_without_cpr",
        )
    return reason, cpr


def _corrections_applied(locked: Henvendelse, new_values: dict, department) -> list:
    """Set the changed values on ``locked``; one unsaved ``HenvendelseCorrection`` per changed field."""
    rows = []
    for name, value in new_values.items():
        old = _correction_value(locked, name)
        if value != old:
            rows.append(HenvendelseCorrection(field=name, old_value=old, new_value=value))
            setattr(locked, name, value)
    if department != locked.department:
        old = _correction_value(locked, CorrectedField.DEPARTMENT)
        locked.department = department
        rows.append(HenvendelseCorrection(
            field=CorrectedField.DEPARTMENT, old_value=old,
            new_value=_correction_value(locked, CorrectedField.DEPARTMENT),
        ))
    return rows


def henvendelse_correct(*, henvendelse: Henvendelse, corrected: HenvendelseCorrectionInput, by) -> list:
    """Correct the citizen's and the henvendelse's data, keeping old and new values and the reason.

    Rules: a reason is required (at most 300 characters); name, address and unit hold no CPR
    number (``privacy.validators``; the form refuses one, this masks one); the CPR number is
    stored as ``ddmmåå-xxxx`` (ASCII digits, a real date: ``privacy.cpr.cpr_normalised``) or
    removed; Digital Post as the preferred channel needs a CPR number for a citizen (or a CVR
    number for a business), or the first letter fails. Each changed field gets a
    ``HenvendelseCorrection`` row (values encrypted) and the audit log names the fields, never
    the values. Returns the rows written; ValidationError when nothing changed or a rule fails.
    """
    reason, cpr = _correction_checked(henvendelse, corrected)
    new_values = {
        CorrectedField.NAME: mask_cpr(corrected.name.strip()),
        CorrectedField.ADDRESS: mask_cpr(corrected.address.strip()),
        CorrectedField.CPR: cpr,
        CorrectedField.PREFERRED_CHANNEL: corrected.preferred_channel,
        CorrectedField.UNIT: mask_cpr(corrected.unit.strip()),
    }
    now = timezone.now()
    with transaction.atomic():
        locked = (
            Henvendelse.objects.select_for_update(of=("self",)).select_related("department").get(pk=henvendelse.pk)
        )
        rows = _corrections_applied(locked, new_values, corrected.department)
        if not rows:
            raise ValidationError(_("Du har ikke ændret noget."), code="unchanged")
        locked.save(update_fields=[*new_values.keys(), "cpr_hash", "department"])
        for row in rows:
            row.henvendelse, row.reason, row.by, row.at = locked, reason, by, now
            row.save()
        changed = ", ".join(row.field for row in rows)
        audit_record(user=by, action=AuditAction.CHANGE, obj=locked, detail=f"corrected: {changed}")
    for name in (*new_values.keys(), "cpr_hash", "department"):
        setattr(henvendelse, name, getattr(locked, name))
    logger.info("Henvendelse %s corrected (%s).", locked.reference, changed)
    return rows
