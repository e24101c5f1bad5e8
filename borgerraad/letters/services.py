"""Writes of letters: draft, edit, finalise, send, retry, confirm; and template edits.

Rules (docs/letters.md):

- A letter is drafted from the active template of its kind and language, rendered in the sandbox
  with the case's merge fields; the advisor may edit subject and body while it is a draft.
- Every write and its audit row are one transaction: a failed audit write leaves no letter,
  edit or dispatch behind.
- ``letter_finalise`` renders the PDF once, stores it outside the web root with its SHA-256, and
  freezes the letter (models.Letter refuses later changes). Only a final letter can be sent.
- ``letter_send`` creates one ``Dispatch`` per letter and channel (sending twice returns the same
  one) and queues it after the commit; once a dispatch is confirmed, another channel is refused.
  ``dispatch_attempt`` claims the dispatch row with a lock (SKIP LOCKED), calls the channel and
  records the result in the same transaction; a failure is recorded with a backoff and retried by
  ``dispatches_retry`` (task and ``borgerraad letters_retry``).
  Every resend uses the dispatch UUID as the channel's key, so the receiver sees one message.
- A dispatch is *sent* only when the channel confirmed it; hand-overs (outbox file, print queue)
  wait for ``dispatch_confirm`` by staff. Until then the case cannot be closed on a conclusion
  letter (the close-guards in ``casework.py``, asked by cases through its hooks), and a kvittering
  counts as the case's acknowledgement only from its confirmation (``case_acknowledge``).
- The print run (``print_run_pdf``) is the print-ready PDFs of the listed dispatches in one file;
  fetching it is logged for each case. ``print_run_confirm`` confirms exactly the dispatches that
  were listed, each through ``dispatch_confirm`` in its own transaction, so one that cannot be
  confirmed does not undo the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.core.calendar import TZ, local_date, local_today
from borgerraad.core.models import Office
from borgerraad.core.selectors import office_get
from borgerraad.letters import rendering
from borgerraad.letters.dispatch import DispatchError, Outgoing, channel_get
from borgerraad.letters.models import (
    DEPARTMENT_KINDS,
    DISPATCH_ON_ITS_WAY,
    Dispatch,
    DispatchStatus,
    Letter,
    LetterChannel,
    LetterKind,
    LetterStatus,
    LetterTemplate,
)
from borgerraad.letters.pdf import LetterContent, letter_pdf
from borgerraad.letters.pdf import print_run_pdf as render_print_run
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

logger = logging.getLogger(__name__)

BACKOFF_MINUTES = (1, 5, 15, 60, 240, 720, 1440)


def _office() -> Office:
    return office_get() or Office()


def channel_for_case(case) -> str:
    """The channel the citizen can safely receive by: their preferred one, Digital Post when unsure."""
    preferred = case.henvendelse.preferred_channel
    if preferred == "email" and case.henvendelse.email:
        return LetterChannel.EMAIL
    if preferred == "letter" and case.henvendelse.address:
        return LetterChannel.PRINT
    if case.henvendelse.cpr or case.henvendelse.cvr:
        return LetterChannel.DIGITAL_POST
    if case.henvendelse.email:
        return LetterChannel.EMAIL
    return LetterChannel.PRINT


def _hoering_for(case, kind: str, hoering):
    """The høring a department letter is about: the given one, else the newest fitting one."""
    from borgerraad.cases.models import Hoering

    if hoering is not None:
        hoering = Hoering.objects.select_related("department").get(pk=hoering.pk)
        if hoering.case_id != case.pk:
            raise ValidationError(_("Høringen hører ikke til denne sag."))
        if kind == LetterKind.HOERING and hoering.sent_at is not None:
            raise ValidationError(_("Høringen er allerede sendt."))
        return hoering
    hoeringer = Hoering.objects.filter(case=case).select_related("department").order_by("-created_at", "-id")
    if kind == LetterKind.HOERING:
        found = hoeringer.filter(sent_at__isnull=True).first()
        if found is None:
            raise ValidationError(_(
                "Opret først høringen under “Høringer” på sagen (forvaltning, spørgsmål og svarfrist); "
                "så laves høringsbrevet."
            ))
    else:
        found = hoeringer.awaiting_answer().first()
        if found is None:
            raise ValidationError(_(
                "Der er ingen sendt høring, der venter på svar, så der er ikke noget at rykke for."
            ))
    return found


@transaction.atomic
def letter_draft(*, case, kind: str, language: str = "da", by, hoering=None) -> Letter:
    """A new draft of ``kind`` on ``case`` from the active template; raises ValidationError without one.

    A høringsbrev belongs to a prepared (unsent) høring and a rykker to a sent, unanswered one:
    ``hoering`` or else the newest such høring of the case.
    """
    template = LetterTemplate.objects.filter(kind=kind, language=language, active=True).first()
    if template is None:
        raise ValidationError(_("Der er ingen aktiv brevskabelon for “%(kind)s” på dette sprog.")
                              % {"kind": LetterKind(kind).label})
    if kind in DEPARTMENT_KINDS:
        hoering = _hoering_for(case, kind, hoering)
    else:
        hoering = None
    office = _office()
    context = rendering.merge_context(case=case, office=office, language=language, advisor=by, hoering=hoering)
    try:
        subject = rendering.render_text(template.subject, context).strip()
        body = rendering.render_text(template.body, context).strip()
    except rendering.LetterTemplateError as error:
        raise ValidationError(_("Skabelonen kan ikke flettes: %(error)s") % {"error": error}) from error
    if hoering is not None:
        letter = Letter(
            case=case, kind=kind, language=language, channel=LetterChannel.EMAIL, hoering=hoering,
            recipient_name=hoering.department.name, recipient_email=hoering.recipient_email,
        )
    else:
        recipient = rendering.recipient_for_case(case)
        letter = Letter(
            case=case, kind=kind, language=language, channel=channel_for_case(case),
            recipient_name=recipient.name, recipient_address=recipient.address, recipient_email=recipient.email,
            recipient_id=recipient.id_value, recipient_id_type=recipient.id_type,
        )
    letter.subject = subject[:300]
    letter.body = body
    letter.created_by = by
    letter.save()
    audit_record(user=by, action=AuditAction.CHANGE, obj=case, detail=f"letter {letter.pk} drafted ({kind})")
    return letter


@transaction.atomic
def letter_update(*, letter: Letter, by, subject: str, body: str, channel: str | None = None) -> Letter:
    if letter.is_final:
        raise ValidationError(_("Brevet er endeligt og kan ikke ændres."))
    if not subject.strip() or not body.strip():
        raise ValidationError(_("Brevet skal have et emne og en tekst."))
    letter.subject, letter.body = subject.strip()[:300], body.strip()
    if channel:
        letter.channel = LetterChannel(channel)
    letter.save()
    audit_record(user=by, action=AuditAction.CHANGE, obj=letter.case, detail=f"letter {letter.pk} edited")
    return letter


def letter_content(letter: Letter, *, today: dt.date | None = None) -> LetterContent:
    day = local_date(letter.finalised_at) if letter.finalised_at else (today or local_today())
    return LetterContent(
        language=letter.language, subject=letter.subject, body=letter.body, recipient_name=letter.recipient_name,
        recipient_address=letter.recipient_address, date_text=rendering.long_date(day, letter.language),
        reference=letter.case.reference, draft=not letter.is_final,
    )


def letter_print_pdf(*, letter: Letter, office: Office) -> bytes:
    """The print-ready PDF: the same letter with the address in the envelope window."""
    return letter_pdf(content=letter_content(letter), office=office, for_print=True)


def _pdf_path(letter: Letter) -> Path:
    return Path(settings.LETTERS_DIR) / letter.pdf_path


def letter_pdf_bytes(letter: Letter) -> bytes:
    """The stored PDF of a final letter (checked against its SHA-256), or a fresh preview of a draft."""
    if not letter.is_final:
        return letter_pdf(content=letter_content(letter), office=_office())
    data = _pdf_path(letter).read_bytes()
    if hashlib.sha256(data).hexdigest() != letter.pdf_sha256:
        raise PermissionDenied("The stored PDF does not match its checksum.")
    return data


def letter_finalise(*, letter: Letter, by, now: dt.datetime | None = None) -> Letter:
    """Freeze the letter: render and store the PDF with its checksum; it can then be sent."""
    now = now or timezone.now()
    channel = channel_get(letter.channel)
    problem = channel.problem(letter)
    if problem:
        raise ValidationError(problem)
    with transaction.atomic():
        locked = Letter.objects.select_for_update().get(pk=letter.pk)
        if locked.is_final:
            raise ValidationError(_("Brevet er allerede endeligt."))
        locked.finalised_at, locked.finalised_by = now, by
        pdf = letter_pdf(content=replace(letter_content(locked), draft=False), office=_office())
        relative = Path(str(now.year)) / f"{locked.case.reference}-{locked.pk}.pdf"
        target = Path(settings.LETTERS_DIR) / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf)
        locked.pdf_path, locked.pdf_sha256 = str(relative), hashlib.sha256(pdf).hexdigest()
        locked.status = LetterStatus.FINAL
        locked.save()
        audit_record(user=by, action=AuditAction.CHANGE, obj=locked.case, detail=f"letter {locked.pk} finalised")
    return locked


@transaction.atomic
def letter_discard(*, letter: Letter, by) -> None:
    if letter.is_final:
        raise ValidationError(_("Et endeligt brev kan ikke slettes."))
    case = letter.case
    letter_id = letter.pk
    letter.delete()
    audit_record(user=by, action=AuditAction.CHANGE, obj=case, detail=f"letter {letter_id} discarded")


@transaction.atomic
def letter_send(*, letter: Letter, by, channel: str | None = None) -> Dispatch:
    """Queue the final letter for sending by ``channel`` (its own by default); idempotent per channel."""
    if not letter.is_final:
        raise ValidationError(_("Brevet skal gøres endeligt, før det kan sendes."))
    channel = channel or letter.channel
    sent = letter.dispatches.filter(status=DispatchStatus.SENT).exclude(channel=channel).first()
    if sent is not None:  # a confirmed letter is sent: another channel would send it twice
        raise ValidationError(_("Brevet er allerede sendt med %(channel)s den %(date)s.") % {
            "channel": sent.get_channel_display(),
            "date": f"{timezone.localtime(sent.confirmed_at, TZ):%d.%m.%Y}",
        })
    on_its_way = letter.dispatches.filter(status__in=DISPATCH_ON_ITS_WAY).exclude(channel=channel).first()
    if on_its_way is not None:  # queued or handed over: another channel would send it twice too
        raise ValidationError(_("Brevet er allerede på vej med %(channel)s og venter på bekræftelse.") % {
            "channel": on_its_way.get_channel_display(),
        })
    problem = channel_get(channel).problem(letter)
    if problem:
        raise ValidationError(problem)
    try:
        with transaction.atomic():
            dispatch, created = Dispatch.objects.get_or_create(
                letter=letter, channel=channel, defaults={"created_by": by, "next_attempt_at": timezone.now()},
            )
    except IntegrityError:
        dispatch, created = Dispatch.objects.get(letter=letter, channel=channel), False
    if created:
        audit_record(user=by, action=AuditAction.CHANGE, obj=letter.case,
                     detail=f"letter {letter.pk} queued for {channel}")
        _enqueue(dispatch)
    return dispatch


def _enqueue(dispatch: Dispatch) -> None:
    from borgerraad.letters.tasks import dispatch_send

    transaction.on_commit(lambda: dispatch_send.enqueue(dispatch_id=dispatch.pk))


def dispatch_attempt(*, dispatch_id: int, now: dt.datetime | None = None) -> bool:
    """Try to send one dispatch; True when this call got a receipt. Never sends a sent dispatch again."""
    now = now or timezone.now()
    with transaction.atomic():
        dispatch = (
            Dispatch.objects.select_for_update(skip_locked=True)
            .filter(pk=dispatch_id, status__in=[DispatchStatus.QUEUED, DispatchStatus.FAILED])
            .first()
        )
        if dispatch is None:
            return False
        letter = Letter.objects.select_related("case").get(pk=dispatch.letter_id)
        dispatch.attempts += 1
        try:
            receipt = channel_get(dispatch.channel).send(
                Outgoing(key=str(dispatch.uuid), letter=letter, pdf=letter_pdf_bytes(letter), office=_office()),
            )
        except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
            # Only our own codes are stored: another exception's text may quote personal data from the letter.
            if isinstance(error, DispatchError):
                dispatch.last_error, dispatch.last_error_params = error.code[:300], error.params
            else:
                dispatch.last_error, dispatch.last_error_params = "unexpected", {"error": type(error).__name__}
            if dispatch.attempts >= settings.LETTERS_MAX_ATTEMPTS:
                dispatch.status, dispatch.next_attempt_at = DispatchStatus.GAVE_UP, None
            else:
                delay = BACKOFF_MINUTES[min(dispatch.attempts, len(BACKOFF_MINUTES)) - 1]
                dispatch.status, dispatch.next_attempt_at = DispatchStatus.FAILED, now + dt.timedelta(minutes=delay)
            dispatch.save(update_fields=["attempts", "last_error", "last_error_params", "status", "next_attempt_at"])
            logger.warning("Dispatch %s (%s) failed, attempt %s: %s %s", dispatch.pk, dispatch.channel,
                           dispatch.attempts, dispatch.last_error, dispatch.last_error_params, exc_info=True)
            return False
        dispatch.external_id = receipt.external_id[:200]
        dispatch.last_error, dispatch.last_error_params, dispatch.next_attempt_at = "", {}, None
        if receipt.confirmed:
            dispatch.status, dispatch.confirmed_at = DispatchStatus.SENT, now
            _on_confirmed(letter=letter, at=now, by=None)
        else:
            dispatch.status = DispatchStatus.HANDED_OVER
        dispatch.save(update_fields=["attempts", "external_id", "last_error", "last_error_params", "next_attempt_at",
                                     "status", "confirmed_at"])
        audit_record(user=None, action=AuditAction.CHANGE, obj=letter.case,
                     detail=f"letter {letter.pk} {dispatch.status} via {dispatch.channel}")
    logger.info("Dispatch %s (%s): %s.", dispatch.pk, dispatch.channel, dispatch.status)
    return True


def _on_confirmed(*, letter: Letter, at: dt.datetime, by) -> None:
    """What a confirmed letter starts (deadlines run from the confirmation, never from a draft):

    - a kvittering is the case's acknowledgement;
    - a høringsbrev sends its høring: the department's deadline runs from ``at``;
    - a videresendelse starts the follow-up of the forwarded klagepunkter from ``at``.
    """
    from borgerraad.cases import services as case_services

    if letter.kind == LetterKind.KVITTERING:
        case_services.case_acknowledge(case=letter.case, by=by, at=at)
    elif letter.kind == LetterKind.HOERING and letter.hoering_id:
        case_services.hoering_mark_sent(hoering=letter.hoering, at=at, by=by)
    elif letter.kind == LetterKind.VIDERESENDELSE:
        case_services.forward_follow_up_restart(case=letter.case, at=at)


def dispatch_confirm(*, dispatch: Dispatch, by, now: dt.datetime | None = None) -> Dispatch:
    """Staff confirm a hand-over (print run posted, outbox delivered): the letter is then sent."""
    with transaction.atomic():
        locked = Dispatch.objects.select_for_update().get(pk=dispatch.pk)
        if locked.status != DispatchStatus.HANDED_OVER:
            raise ValidationError(_("Kun en afleveret forsendelse kan bekræftes."))
        locked.status, locked.confirmed_at, locked.confirmed_by = DispatchStatus.SENT, now or timezone.now(), by
        locked.save(update_fields=["status", "confirmed_at", "confirmed_by"])
        audit_record(user=by, action=AuditAction.CHANGE, obj=locked.letter.case,
                     detail=f"letter {locked.letter_id} confirmed sent via {locked.channel}")
        _on_confirmed(letter=locked.letter, at=locked.confirmed_at, by=by)
    return locked


def print_run_pdf(*, dispatches: list[Dispatch], by) -> bytes:
    """The print run: the listed print dispatches' letters, print-ready, in one PDF (logged per case)."""
    letters = [dispatch.letter for dispatch in dispatches]
    pdf = render_print_run(contents=[letter_content(letter) for letter in letters], office=_office(),
                           title=_("Printkørsel"))
    for letter in letters:
        audit_record(user=by, action=AuditAction.DOWNLOAD, obj=letter.case, detail=f"letter {letter.pk} print run")
    return pdf


def print_run_confirm(*, dispatches: list[Dispatch], by) -> tuple[int, list[str]]:
    """Confirm the listed print dispatches as posted; the count confirmed and the reasons for any not."""
    confirmed, problems = 0, []
    for dispatch in dispatches:
        if dispatch.channel != LetterChannel.PRINT:
            raise ValueError("Only print dispatches belong to a print run.")
        try:
            dispatch_confirm(dispatch=dispatch, by=by)  # its own transaction
        except ValidationError as error:
            problems.extend(f"{dispatch.letter.case.reference}: {message}" for message in error.messages)
        else:
            confirmed += 1
    return confirmed, problems


def dispatch_retry_now(*, dispatch: Dispatch, by) -> Dispatch:
    """Staff ask for another attempt of a failed dispatch (also after it was given up)."""
    with transaction.atomic():
        locked = Dispatch.objects.select_for_update().get(pk=dispatch.pk)
        if locked.status not in (DispatchStatus.FAILED, DispatchStatus.GAVE_UP):
            raise ValidationError(_("Forsendelsen er ikke fejlet."))
        locked.status, locked.next_attempt_at = DispatchStatus.FAILED, timezone.now()
        if locked.attempts >= settings.LETTERS_MAX_ATTEMPTS:
            locked.attempts = settings.LETTERS_MAX_ATTEMPTS - 1
        locked.save(update_fields=["status", "next_attempt_at", "attempts"])
        audit_record(user=by, action=AuditAction.CHANGE, obj=locked.letter.case,
                     detail=f"letter {locked.letter_id} retry requested")
        _enqueue(locked)
    return locked


def dispatches_retry(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Attempt every queued or failed dispatch that is due (the periodic ``letters_retry``)."""
    now = now or timezone.now()
    due = Dispatch.objects.filter(status__in=[DispatchStatus.QUEUED, DispatchStatus.FAILED], next_attempt_at__lte=now)
    result = {"sent": 0, "failed": 0}
    for dispatch_id in due.values_list("pk", flat=True):
        result["sent" if dispatch_attempt(dispatch_id=dispatch_id, now=now) else "failed"] += 1
    return result


def letter_template_save(*, template: LetterTemplate, by) -> LetterTemplate:
    """Save an edited template after checking that it renders on sample merge fields."""
    context = rendering.sample_context(template.language)
    try:
        rendering.render_text(template.subject, context)
        rendering.render_text(template.body, context)
    except rendering.LetterTemplateError as error:
        raise ValidationError(_("Skabelonen kan ikke flettes: %(error)s") % {"error": error}) from error
    template.updated_by = by
    template.save()
    return template
