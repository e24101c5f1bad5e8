"""Writes of the e-mail channel: one raw e-mail in, a henvendelse, a reply on a case, or nothing.

Rules:

- Registration is exactly-once through ``channels.services.inbound_register`` (content hash and
  Message-ID); a message seen before is a no-op.
- A reply joins the henvendelse it answers instead of making a new one: the reference number in the
  subject (``BR-2026-00042``), or In-Reply-To/References naming a message we received on that case.
- Mail from a council members' domain (``CHANNELS_COUNCIL_DOMAINS``) is channel ``br_referral``, with
  the member as referrer (their account when one has that address).
- A plain e-mail holding a CPR number or other private information (``privacy/sensitive.py``:
  health, social matters, criminal matters and the other special categories) gets one automatic
  answer saying that e-mail is not secure and how to use Digital Post (DOMAIN.md §5). The answer
  holds the reference number and nothing else personal; it is not sent to automatic mail
  (Auto-Submitted) or to council members. The CPR number is masked in staff views like any other
  (``text_has_cpr``).
- A message that cannot be registered is counted (``FailedMail``, by its content hash) and its raw
  copy kept; after ``CHANNELS_MAIL_MAX_ATTEMPTS`` polls the poller moves it to the failed folder.
"""

from __future__ import annotations

import email
import hashlib
import logging
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.accounts.roles import Role
from borgerraad.channels.email.parser import ParsedEmail, parse_email
from borgerraad.channels.models import FailedMail, InboundMessage
from borgerraad.channels.services import Inbound, InboundFile, inbound_register
from borgerraad.core.selectors import office_get
from borgerraad.intake.models import Channel, Henvendelse
from borgerraad.intake.services import HenvendelseData
from borgerraad.privacy.sensitive import sensitive_categories

logger = logging.getLogger(__name__)


def _reference_pattern() -> re.Pattern:
    return re.compile(rf"\b{re.escape(settings.INTAKE_REFERENCE_PREFIX)}-\d{{4}}-\d{{5}}\b", re.IGNORECASE)


def email_reply_target(*, parsed: ParsedEmail) -> Henvendelse | None:
    """The henvendelse this e-mail answers, if any."""
    for reference in _reference_pattern().findall(parsed.subject):
        henvendelse = Henvendelse.objects.filter(reference=reference.upper()).first()
        if henvendelse is not None:
            return henvendelse
    if parsed.in_reply_to:
        earlier = InboundMessage.objects.filter(message_id__in=parsed.in_reply_to).first()
        if earlier is not None:
            return earlier.henvendelse or earlier.joined_to
    return None


def _council_member(address: str):
    return get_user_model().objects.filter(
        email__iexact=address, is_active=True, groups__name=Role.BORGERREPRAESENTANT,
    ).first()


def email_receive(*, raw: bytes) -> InboundMessage | None:
    """Register one raw e-mail exactly once; ``None`` when it was registered before."""
    parsed = parse_email(raw)
    council = parsed.sender_domain in settings.CHANNELS_COUNCIL_DOMAINS
    inbound = Inbound(
        channel=Channel.BR_REFERRAL if council else Channel.EMAIL,
        raw=raw, raw_extension=".eml", message_id=parsed.message_id,
        sender=parsed.sender_address, subject=parsed.subject, text=parsed.text,
        files=[InboundFile(f.name, f.payload) for f in parsed.files],
    )
    reply_to = email_reply_target(parsed=parsed)
    submitted = None
    if reply_to is None:
        description = "\n\n".join(part for part in (parsed.subject, parsed.text) if part) or _("(E-mailen var tom.)")
        submitted = HenvendelseData(
            name=(parsed.sender_name or parsed.sender_address or _("Ukendt afsender"))[:200],
            description=description,
            email="" if council else parsed.sender_address,
            preferred_channel="email",
        )
    claim = inbound_register(
        inbound=inbound, submitted=submitted, reply_to=reply_to,
        referral_member=_council_member(parsed.sender_address) if council and reply_to is None else None,
        referral_email=parsed.sender_address if council and reply_to is None else "",
    )
    private = claim is not None and (
        claim.has_cpr or bool(sensitive_categories(f"{parsed.subject}\n{parsed.text}"))
    )
    if private and not council and not parsed.auto_submitted and parsed.sender_address:
        transaction.on_commit(lambda: _enqueue_security_notice(claim.pk))
    return claim


def email_failure_record(*, raw: bytes, error: BaseException) -> FailedMail:
    """Count one failed attempt to register ``raw``; the raw message is kept from the first failure.

    Returns the row; ``attempts`` tells the poller when to give up (``CHANNELS_MAIL_MAX_ATTEMPTS``).
    Only the exception's type is stored: its message may quote the e-mail.
    """
    sha256 = hashlib.sha256(raw).hexdigest()
    now = timezone.now()
    with transaction.atomic():
        failure = FailedMail.objects.select_for_update().filter(sha256=sha256).first()
        if failure is None:
            ids = re.findall(r"<[^<>\s]+>", str(email.message_from_bytes(raw).get("Message-ID", "") or ""))
            failure = FailedMail(
                sha256=sha256, message_id=(ids[0] if ids else "")[:998], size=len(raw),
                first_failed_at=now, last_failed_at=now,
            )
            failure.raw_file.save("raw.eml", ContentFile(raw), save=False)
        failure.attempts += 1
        failure.error_kind = type(error).__name__[:100]
        failure.last_failed_at = now
        failure.save()
    return failure


def email_failure_moved(*, failure: FailedMail) -> None:
    """The message is in the failed folder now: no more attempts."""
    FailedMail.objects.filter(pk=failure.pk).update(moved_at=timezone.now())


def email_failure_forget(*, raw: bytes) -> None:
    """A message that failed before has been registered now: its failure row and copy go."""
    for failure in FailedMail.objects.filter(sha256=hashlib.sha256(raw).hexdigest()):
        failure.raw_file.delete(save=False)
        failure.delete()


def _enqueue_security_notice(inbound_id: int) -> None:
    from borgerraad.channels.tasks import email_security_notice_send_task

    email_security_notice_send_task.enqueue(inbound_id=inbound_id)


def email_security_notice_send(*, inbound_id: int) -> bool:
    """Tell the sender once that e-mail is not secure and how to use Digital Post. True when sent now."""
    with transaction.atomic():
        claim = InboundMessage.objects.select_for_update().filter(pk=inbound_id).first()
        if claim is None or claim.security_notice_sent_at is not None or not claim.sender:
            return False
        henvendelse = claim.henvendelse or claim.joined_to
        context = {"reference": henvendelse.reference, "office": office_get()}
        subject = render_to_string("channels/email/security_notice_subject.txt", context).strip()
        body = render_to_string("channels/email/security_notice.txt", context)
        message = EmailMessage(subject=subject, body=body, to=[claim.sender])
        message.extra_headers["Auto-Submitted"] = "auto-replied"  # RFC 3834: no reply loops
        message.send()
        claim.security_notice_sent_at = timezone.now()
        claim.save(update_fields=["security_notice_sent_at"])
    logger.info("Security notice sent for inbound message %s.", inbound_id)
    return True
