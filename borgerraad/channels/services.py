"""Writes shared by the automatic channels: claiming a message exactly once and registering it.

Rules:

- ``inbound_register`` is the one way a channel turns a received message into a henvendelse (through
  ``intake.services.henvendelse_register``) or into a reply on an existing henvendelse. In ONE
  transaction it inserts the ``InboundMessage`` claim (unique on the content hash and on the
  channel's message id), stores the raw message and the accepted files, and registers. A message
  seen before returns ``None`` and changes nothing, so a crashed or concurrent run is harmless.
- Files pass the web form's content and size checks (``intake.uploads``); a refused file is left
  out and the reason is written into the henvendelse text, so staff know to ask for it.
- Acting on the server (moving the e-mail, acknowledging a Digital Post message) is the caller's
  job, after this function has returned, i.e. after commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.channels.models import InboundMessage, InboundStatus, Referral
from borgerraad.intake.models import Attachment, AttachmentKind, Henvendelse
from borgerraad.intake.services import HenvendelseData, henvendelse_register
from borgerraad.intake.uploads import check_size, detect_type
from borgerraad.privacy.cpr import contains_cpr, mask_cpr

logger = logging.getLogger(__name__)


@dataclass
class PollResult:
    """What one run of a channel's poll did."""

    registered: int = 0
    duplicates: int = 0
    failed: int = 0


@dataclass
class InboundFile:
    name: str
    payload: bytes


@dataclass
class Inbound:
    """A received message, whatever the channel, as the channel's parser read it."""

    channel: str
    raw: bytes
    raw_extension: str
    message_id: str
    sender: str
    subject: str
    text: str
    files: list[InboundFile] = field(default_factory=list)
    received_at: dt.datetime | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def has_cpr(self) -> bool:
        return contains_cpr(self.subject) or contains_cpr(self.text)


def inbound_seen(*, channel: str, sha256: str, message_id: str) -> bool:
    query = Q(sha256=sha256)
    if message_id:
        query |= Q(channel=channel, message_id=message_id)
    return InboundMessage.objects.filter(query).exists()


def attachments_checked(files: list[InboundFile], problems: list[str]) -> list[Attachment]:
    """Unsaved attachments for the files that pass the form's checks, their files stored."""
    accepted: list[Attachment] = []
    total = 0
    for item in files:
        name = mask_cpr(item.name)[:255] or "bilag"
        upload = SimpleUploadedFile(name, item.payload)
        try:
            check_size(upload, already_bytes=total)
            detected = detect_type(upload)
        except ValidationError as error:
            problems.append(" ".join(error.messages))
            continue
        attachment = Attachment(
            kind=AttachmentKind.OTHER, original_name=name, content_type=detected.content_type,
            extension=detected.extension, size=upload.size, sha256=hashlib.sha256(item.payload).hexdigest(),
        )
        attachment.file.save(name, upload, save=False)
        accepted.append(attachment)
        total += upload.size
    return accepted


def _with_problems(text: str, problems: list[str]) -> str:
    if not problems:
        return text
    heading = _("Ved modtagelsen blev bilag ikke taget med")
    lines = "\n".join(f"- {problem}" for problem in problems)
    return f"{text}\n\n[{heading}:\n{lines}]"


def inbound_register(
    *,
    inbound: Inbound,
    submitted: HenvendelseData | None = None,
    reply_to: Henvendelse | None = None,
    referral_member=None,
    referral_email: str = "",
) -> InboundMessage | None:
    """Register ``inbound`` once: as a new henvendelse (``submitted``) or a reply (``reply_to``).

    Returns the new ``InboundMessage``, or ``None`` when the message was registered before.
    """
    sha256 = inbound.sha256
    if inbound_seen(channel=inbound.channel, sha256=sha256, message_id=inbound.message_id):
        return None
    received_at = inbound.received_at or timezone.now()
    stored: list = []
    try:
        with transaction.atomic():
            claim = InboundMessage.objects.create(
                channel=inbound.channel, message_id=inbound.message_id[:998], sha256=sha256,
                raw_extension=inbound.raw_extension, sender=inbound.sender[:320],
                subject=inbound.subject, text=inbound.text, has_cpr=inbound.has_cpr,
                status=InboundStatus.JOINED if reply_to else InboundStatus.REGISTERED, received_at=received_at,
            )
            claim.raw_file.save(f"raw{inbound.raw_extension}", ContentFile(inbound.raw), save=False)
            stored.append(claim.raw_file)
            problems: list[str] = []
            attachments = attachments_checked(inbound.files, problems)
            stored += [attachment.file for attachment in attachments]
            claim.problems = "\n".join(problems)
            if reply_to is not None:
                for attachment in attachments:
                    attachment.henvendelse = reply_to
                    attachment.save()
                claim.joined_to = reply_to
            else:
                submitted.description = _with_problems(submitted.description, problems)
                claim.henvendelse = henvendelse_register(
                    channel=inbound.channel, submitted=submitted, submission_key=f"{inbound.channel}:{sha256}",
                    attachments=attachments, received_at=received_at,
                )
                if referral_member is not None or referral_email:
                    Referral.objects.create(
                        member=referral_member, member_email=referral_email, henvendelse=claim.henvendelse,
                    )
            claim.save()
    except IntegrityError:
        for file in stored:
            file.delete(save=False)
        if inbound_seen(channel=inbound.channel, sha256=sha256, message_id=inbound.message_id):
            logger.info("Inbound %s message already registered by a concurrent run.", inbound.channel)
            return None
        raise
    except BaseException:
        for file in stored:
            file.delete(save=False)
        raise
    logger.info(
        "Inbound %s message %s (%s).", inbound.channel, claim.pk,
        f"joined {reply_to.reference}" if reply_to else f"registered {claim.henvendelse.reference}",
    )
    return claim
