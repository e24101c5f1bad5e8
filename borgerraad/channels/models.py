"""What arrived through the automatic intake channels (e-mail, Digital Post) and council referrals.

Rules:

- ``InboundMessage`` is the claim ticket that makes intake exactly-once: it is inserted in the same
  transaction as the henvendelse it registers (or the case journal entry it adds), and its
  ``sha256`` (of the raw message) and ``(channel, message_id)`` are unique. A message seen again
  (a re-run after a crash, a second poller, a server that hands it out twice) fails the insert
  and is a no-op.
- The raw message is kept as a file under ``MEDIA_ROOT/inbound/`` with a random name, never served;
  sender, subject, text and the problems met (which name the files) are encrypted at rest like the
  henvendelse text (they may hold CPR numbers).
- A message is either the origin of a henvendelse (``henvendelse``) or a reply that joins an existing
  henvendelse and its case (``joined_to``); the case journal lists the replies. The claim row is
  inserted first and filled in within the same transaction, so a rolled-back attempt leaves nothing.
- ``Referral``: a council member (borgerrepræsentant) passed a citizen's henvendelse on. The member
  sees its status only, unless the citizen consented to share more (``consent_to_share``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from borgerraad.core.files import stored_file_name
from borgerraad.intake.models import Channel
from borgerraad.privacy.fields import EncryptedTextField


class InboundStatus(models.TextChoices):
    REGISTERED = "registered", _("Registreret som ny henvendelse")
    JOINED = "joined", _("Lagt på en eksisterende sag")


def _raw_upload_to(instance: InboundMessage, filename: str) -> str:
    return stored_file_name("inbound", instance.raw_extension)


class InboundMessage(models.Model):
    channel = models.CharField(_("kanal"), max_length=20, choices=Channel.choices)
    message_id = models.CharField(_("Message-ID"), max_length=998, blank=True)
    sha256 = models.CharField(max_length=64, unique=True)
    raw_file = models.FileField(_("rå besked"), upload_to=_raw_upload_to, max_length=200)
    raw_extension = models.CharField(max_length=10, default=".eml")
    sender = EncryptedTextField(_("afsender"), blank=True)  # an e-mail address or a Digital Post sender's name
    subject = EncryptedTextField(_("emne"), blank=True)
    text = EncryptedTextField(_("tekst"), blank=True)
    has_cpr = models.BooleanField(_("indeholder CPR-nummer"), default=False)
    problems = EncryptedTextField(_("problemer ved modtagelsen"), blank=True)  # they name the refused files
    status = models.CharField(_("status"), max_length=20, choices=InboundStatus.choices)
    henvendelse = models.ForeignKey(
        "intake.Henvendelse", null=True, blank=True, on_delete=models.PROTECT, related_name="inbound_origin",
    )
    joined_to = models.ForeignKey(
        "intake.Henvendelse", null=True, blank=True, on_delete=models.PROTECT, related_name="inbound_replies",
    )
    received_at = models.DateTimeField(_("modtaget"))
    created_at = models.DateTimeField(auto_now_add=True)
    security_notice_sent_at = models.DateTimeField(_("svar om usikker e-mail sendt"), null=True, blank=True)

    class Meta:
        verbose_name = _("indgående besked")
        verbose_name_plural = _("indgående beskeder")
        ordering = ["received_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["channel", "message_id"], condition=~Q(message_id=""), name="inbound_unique_message_id",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.received_at:%Y-%m-%d %H:%M}"


def _failed_upload_to(instance: FailedMail, filename: str) -> str:
    return stored_file_name("inbound/failed", ".eml")


class FailedMail(models.Model):
    """An e-mail that could not be registered: its attempts, the kind of error, and the raw message.

    One row per message (its SHA-256). After ``CHANNELS_MAIL_MAX_ATTEMPTS`` failed polls the message is
    moved to the mailbox's failed folder (``moved_at``) and no longer retried; staff with the right to
    read case contents see the list and download the raw message (``channels.email.views``).
    """

    sha256 = models.CharField(max_length=64, unique=True)
    message_id = models.CharField(_("Message-ID"), max_length=998, blank=True)
    raw_file = models.FileField(_("rå besked"), upload_to=_failed_upload_to, max_length=200)
    size = models.PositiveIntegerField(_("størrelse"), default=0)
    error_kind = models.CharField(_("fejltype"), max_length=100)
    attempts = models.PositiveSmallIntegerField(_("forsøg"), default=0)
    first_failed_at = models.DateTimeField(_("første fejl"))
    last_failed_at = models.DateTimeField(_("seneste fejl"))
    moved_at = models.DateTimeField(_("flyttet til mappen for fejlet post"), null=True, blank=True)

    class Meta:
        verbose_name = _("fejlet e-mail")
        verbose_name_plural = _("fejlede e-mails")
        ordering = ["-last_failed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.error_kind} {self.first_failed_at:%Y-%m-%d %H:%M}"


class Referral(models.Model):
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals",
        verbose_name=_("borgerrepræsentant"),
    )
    member_email = models.EmailField(_("borgerrepræsentantens e-mail"), blank=True)
    henvendelse = models.OneToOneField(
        "intake.Henvendelse", on_delete=models.PROTECT, related_name="referral", verbose_name=_("henvendelse"),
    )
    consent_to_share = models.BooleanField(_("borgeren har givet samtykke til at dele sagens indhold"), default=False)
    created_at = models.DateTimeField(_("henvist"), default=timezone.now)

    class Meta:
        verbose_name = _("henvisning")
        verbose_name_plural = _("henvisninger")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.henvendelse_id} ({self.member_email or self.member_id})"
