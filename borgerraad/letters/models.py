"""Letters: the templates the leader edits, the letters drafted from them, and their dispatches.

Rules (docs/letters.md):

- A ``LetterTemplate`` is data, edited in the admin; its subject and body are rendered in a Jinja2
  sandbox with only the merge fields ``rendering.merge_context`` builds (plain strings and lists).
- A ``Letter`` is a draft until it is finalised. A finalised letter (its text, PDF, checksum, who,
  when, to whom) is part of the journal and never changes: ``save`` and ``delete`` refuse, and the
  queryset refuses ``update``/``delete`` of finalised rows (like ``privacy.AuditEvent``).
- A ``Dispatch`` sends one finalised letter through one channel. Its ``uuid`` is the idempotency
  key: the MeMo message UUID, the e-mail's Message-ID and the outbox file name all derive from it,
  so a retry after a crash never produces a second letter. It is *sent* only when the channel
  confirmed it (``confirmed_at``).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from borgerraad.letters.dispatch.errors import dispatch_error_text
from borgerraad.privacy.fields import EncryptedTextField


class LetterKind(models.TextChoices):
    KVITTERING = "kvittering", _("Kvittering")
    VIDERESENDELSE = "videresendelse", _("Videresendelse til enheden")
    VEJLEDNING = "vejledning", _("Vejledning om anden klageinstans")
    HOERING = "hoering", _("Høringsbrev til forvaltningen")
    RYKKER = "rykker", _("Rykker")
    AFSLUTNING = "afslutning", _("Afslutning med udfald")
    FORSLAG = "forslag", _("Svar på forslag")


# Letters to a department (by e-mail to its contact mailbox), not to the citizen.
DEPARTMENT_KINDS = frozenset({LetterKind.HOERING, LetterKind.RYKKER})


class LetterLanguage(models.TextChoices):
    DA = "da", _("Dansk")
    EN = "en", _("Engelsk")


class LetterChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    DIGITAL_POST = "digital_post", _("Digital Post")
    PRINT = "print", _("Fysisk post")


class LetterTemplate(models.Model):
    kind = models.CharField(_("slags"), max_length=20, choices=LetterKind.choices)
    language = models.CharField(_("sprog"), max_length=2, choices=LetterLanguage.choices, default=LetterLanguage.DA)
    subject = models.CharField(
        _("emne"), max_length=300,
        help_text=_("Vises som overskrift i brevet. Flettefelter er tilladt, fx {{ sag.reference }}."),
    )
    body = models.TextField(
        _("brødtekst"),
        help_text=_("Tom linje = nyt afsnit; linjer, der starter med “- ”, bliver en punktliste. Se docs/letters.md."),
    )
    active = models.BooleanField(_("aktiv"), default=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("ændret af"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("brevskabelon")
        verbose_name_plural = _("brevskabeloner")
        ordering = ["kind", "language"]
        constraints = [models.UniqueConstraint(fields=["kind", "language"], name="one_template_per_kind_language")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.language})"


class LetterStatus(models.TextChoices):
    DRAFT = "draft", _("Kladde")
    FINAL = "final", _("Endelig")


class RecipientIdType(models.TextChoices):
    CPR = "CPR", "CPR"
    CVR = "CVR", "CVR"


class LetterQuerySet(models.QuerySet):
    def update(self, **kwargs):
        if self.filter(status=LetterStatus.FINAL).exists():
            raise PermissionDenied("A finalised letter cannot be changed.")
        return super().update(**kwargs)

    def delete(self):
        if self.filter(status=LetterStatus.FINAL).exists():
            raise PermissionDenied("A finalised letter cannot be deleted.")
        return super().delete()


class Letter(models.Model):
    case = models.ForeignKey("cases.Case", verbose_name=_("sag"), on_delete=models.PROTECT, related_name="letters")
    kind = models.CharField(_("slags"), max_length=20, choices=LetterKind.choices)
    language = models.CharField(_("sprog"), max_length=2, choices=LetterLanguage.choices)
    status = models.CharField(_("status"), max_length=10, choices=LetterStatus.choices, default=LetterStatus.DRAFT)
    channel = models.CharField(_("sendes med"), max_length=20, choices=LetterChannel.choices)
    recipient_name = EncryptedTextField(_("modtager"))
    recipient_address = EncryptedTextField(_("modtagerens adresse"), blank=True)
    recipient_email = EncryptedTextField(_("modtagerens e-mail"), blank=True)
    recipient_id = EncryptedTextField(_("CPR- eller CVR-nummer"), blank=True)
    recipient_id_type = models.CharField(max_length=3, choices=RecipientIdType.choices, blank=True)
    subject = EncryptedTextField(_("emne"))  # at most 300 characters (services); merge fields may name the citizen
    body = EncryptedTextField(_("brødtekst"))
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    finalised_at = models.DateTimeField(_("gjort endelig"), null=True, blank=True)
    finalised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gjort endelig af"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    # The høring a høringsbrev asks for (its deadline runs from this letter's confirmed dispatch),
    # or the høring a rykker is about.
    hoering = models.ForeignKey(
        "cases.Hoering", verbose_name=_("høring"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="letters",
    )
    pdf_path = models.CharField(max_length=300, blank=True)  # relative to settings.LETTERS_DIR (outside the web root)
    pdf_sha256 = models.CharField(max_length=64, blank=True)

    objects = LetterQuerySet.as_manager()

    class Meta:
        verbose_name = _("brev")
        verbose_name_plural = _("breve")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["case", "kind", "status"])]

    def __str__(self) -> str:
        return f"{self.case_id} {self.get_kind_display()} {self.pk}"

    def save(self, *args, **kwargs):
        if self.pk is not None and Letter.objects.filter(pk=self.pk, status=LetterStatus.FINAL).exists():
            raise PermissionDenied("A finalised letter cannot be changed.")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("letters:detail", args=[self.case.reference, self.pk])

    def delete(self, *args, **kwargs):
        if self.status == LetterStatus.FINAL or Letter.objects.filter(pk=self.pk, status=LetterStatus.FINAL).exists():
            raise PermissionDenied("A finalised letter cannot be deleted.")
        return super().delete(*args, **kwargs)

    @property
    def is_final(self) -> bool:
        return self.status == LetterStatus.FINAL


class DispatchStatus(models.TextChoices):
    QUEUED = "queued", _("I kø")
    HANDED_OVER = "handed_over", _("Afleveret, afventer bekræftelse")
    SENT = "sent", _("Sendt")
    FAILED = "failed", _("Fejlet, prøves igen")
    GAVE_UP = "gave_up", _("Fejlet, opgivet")


# A dispatch on its way: queued, or handed to the channel and awaiting its confirmation.
DISPATCH_ON_ITS_WAY = (DispatchStatus.QUEUED, DispatchStatus.HANDED_OVER)


class Dispatch(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.PROTECT, related_name="dispatches")
    channel = models.CharField(_("kanal"), max_length=20, choices=LetterChannel.choices)
    uuid = models.UUIDField(_("forsendelses-id"), default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=DispatchStatus.choices, default=DispatchStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("forsøg"), default=0)
    # What failed: a code of letters/dispatch/errors.py and its parameters, never a sentence (staff read it
    # in their own language through ``last_error_text``) and never personal data.
    last_error = models.CharField(_("seneste fejl"), max_length=300, blank=True)
    last_error_params = models.JSONField(_("fejlens detaljer"), default=dict, blank=True)
    next_attempt_at = models.DateTimeField(_("næste forsøg"), null=True, blank=True, db_index=True)
    external_id = models.CharField(_("ekstern reference"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("oprettet af"), null=True, on_delete=models.SET_NULL, related_name="+",
    )
    confirmed_at = models.DateTimeField(_("bekræftet"), null=True, blank=True)
    # Who confirmed a hand-over (print run posted, outbox delivered); empty when the channel confirmed it.
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("bekræftet af"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("forsendelse")
        verbose_name_plural = _("forsendelser")
        ordering = ["created_at", "id"]
        # One dispatch per letter and channel: sending again returns the existing one (idempotent).
        constraints = [models.UniqueConstraint(fields=["letter", "channel"], name="one_dispatch_per_letter_channel")]

    def __str__(self) -> str:
        return f"{self.letter_id} {self.channel} {self.status}"

    @property
    def last_error_text(self) -> str:
        """Why the last attempt failed, in the active language (empty when it did not)."""
        return dispatch_error_text(self.last_error, self.last_error_params) if self.last_error else ""
