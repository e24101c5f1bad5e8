"""Henvendelser from every channel, their attachments, and the web form's saved drafts.

Rules:

- A henvendelse has a human reference ``BR-YYYY-NNNNN``, sequential per year of receipt; the
  number is drawn from ``ReferenceCounter`` under a row lock inside the registering transaction,
  so two henvendelser never share a number and a rolled-back one leaves no gap of meaning.
- ``submission_key`` makes registration idempotent: the same draft (or e-mail Message-ID...)
  registered twice gives the one henvendelse.
- The CPR number and the free text (which may hold CPR numbers) are encrypted at rest; drafts
  hold the citizen's answers encrypted too. Lists and pages show ``cpr_masked``.
- Files live under ``MEDIA_ROOT/uploads/`` with random names, outside the web root; they are
  served only by the permission-checked attachment view. The citizen's file name is kept
  encrypted, with CPR numbers masked, and shown through ``Attachment.name_masked``.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from borgerraad.core.files import stored_file_name
from borgerraad.privacy.cpr import mask_cpr
from borgerraad.privacy.fields import EncryptedTextField, KeyedHashField


class Channel(models.TextChoices):
    WEB = "web", _("Klageblanket")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Telefon")
    WALK_IN = "walk_in", _("Personligt fremmøde")
    LETTER = "letter", _("Brev")
    DIGITAL_POST = "digital_post", _("Digital Post")
    BR_REFERRAL = "br_referral", _("Fra et medlem af Borgerrepræsentationen")


class Status(models.TextChoices):
    MODTAGET = "modtaget", _("Modtaget")


class SubmitterKind(models.TextChoices):
    CITIZEN = "citizen", _("Borger")
    BUSINESS = "business", _("Virksomhed")


class Relation(models.TextChoices):
    PARENT_GUARDIAN = "parent_guardian", _("Forælder eller værge")
    RELATIVE_POA = "relative_poa", _("Pårørende med fuldmagt")
    LAWYER = "lawyer", _("Advokat")
    OTHER = "other", _("Andet")


# A parent or guardian represents the child by law; everyone else needs a fuldmagt (DOMAIN.md §3).
RELATIONS_NEEDING_POWER_OF_ATTORNEY = {Relation.RELATIVE_POA, Relation.LAWYER, Relation.OTHER}


class PreferredChannel(models.TextChoices):
    DIGITAL_POST = "digital_post", _("Digital Post")
    EMAIL = "email", _("E-mail")
    LETTER = "letter", _("Brev")
    PHONE = "phone", _("Telefon")


# Channels over which personal data may be sent (DOMAIN.md §5: e-mail is not secure).
SECURE_CHANNELS = {PreferredChannel.DIGITAL_POST, PreferredChannel.LETTER}


class Need(models.TextChoices):
    INTERPRETER = "interpreter", _("Tolk")
    LARGE_PRINT = "large_print", _("Stor skrift")
    PHONE_INSTEAD = "phone_instead", _("Telefonopkald i stedet for breve")


class ContactedUnit(models.TextChoices):
    NO = "no", _("Nej")
    YES_NO_ANSWER = "yes_no_answer", _("Ja, men jeg har ikke fået svar")
    YES_ANSWERED = "yes_answered", _("Ja, og jeg har fået svar")


class ReferenceCounter(models.Model):
    """The last reference number used in a year. Locked with SELECT ... FOR UPDATE when drawing."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("løbenummer")
        verbose_name_plural = _("løbenumre")

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class Henvendelse(models.Model):
    reference = models.CharField(_("referencenummer"), max_length=20, unique=True)
    channel = models.CharField(_("kanal"), max_length=20, choices=Channel.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.MODTAGET)
    received_at = models.DateTimeField(_("modtaget"))
    language = models.CharField(_("sprog"), max_length=8, default="da")

    submitter_kind = models.CharField(_("afsender"), max_length=10, choices=SubmitterKind.choices)
    company_name = models.CharField(_("virksomhedens navn"), max_length=200, blank=True)
    cvr = models.CharField(_("CVR-nummer"), max_length=8, blank=True)
    on_behalf = models.BooleanField(_("på vegne af en anden"), default=False)
    represented_name = models.CharField(_("klager på vegne af"), max_length=200, blank=True)
    relation = models.CharField(_("relation"), max_length=20, choices=Relation.choices, blank=True)
    relation_other = models.CharField(_("anden relation"), max_length=200, blank=True)
    power_of_attorney_later = models.BooleanField(_("fuldmagt eftersendes"), default=False)

    name = models.CharField(_("navn"), max_length=200)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefon"), max_length=30, blank=True)
    preferred_channel = models.CharField(_("ønsket svarkanal"), max_length=20, choices=PreferredChannel.choices)
    cpr = EncryptedTextField(_("CPR-nummer"), blank=True)
    # HMAC-SHA256 of the CPR number's ten digits under a key derived from the first field key
    # (privacy/digests.py): lets "Mine sager" find a MitID user's henvendelser without decrypting every row.
    cpr_digest = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    # The CPR number's keyed hash (privacy.fields.KeyedHashField): finds the citizen's other
    # henvendelser without decrypting (cases.selectors_casefile.related_candidates).
    cpr_hash = KeyedHashField(_("CPR-opslag"), source="cpr", db_index=True)
    needs = models.JSONField(_("behov"), default=list, blank=True)
    interpreter_language = models.CharField(_("tolkesprog"), max_length=100, blank=True)

    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="henvendelser", help_text=_("Tom, når borgeren ikke ved det."),
    )
    unit = models.CharField(_("enhed"), max_length=200, blank=True)
    description = EncryptedTextField(_("hvad skete der"))
    event_date = models.DateField(_("hvornår skete det"), null=True, blank=True)
    desired_outcome = EncryptedTextField(_("ønsket resultat"), blank=True)
    text_has_cpr = models.BooleanField(
        _("fritekst indeholder CPR-nummer"), default=False,
        help_text=_("Teksten er krypteret; den vises med CPR-numre maskeret."),
    )
    contacted_unit = models.CharField(
        _("har klaget til enheden først"), max_length=20, choices=ContactedUnit.choices, blank=True,
    )
    contacted_unit_date = models.DateField(_("klaget til enheden"), null=True, blank=True)
    consent = models.BooleanField(_("samtykke til at kontakte forvaltningen"), default=False)

    triage = models.JSONField(_("visitation"), default=dict, blank=True)
    submission_key = models.CharField(_("indsendelsesnøgle"), max_length=100, unique=True)
    receipt_sent_at = models.DateTimeField(_("kvittering sendt"), null=True, blank=True)
    # The receipt's claim (intake.services.henvendelse_receipt_send): set before the e-mail goes out,
    # so a sweep and a task never send at once; a claim older than INTAKE_RECEIPT_RETRY_SECONDS is stale.
    receipt_claimed_at = models.DateTimeField(_("kvittering under afsendelse"), null=True, blank=True, editable=False)
    receipt_attempts = models.PositiveSmallIntegerField(_("forsøg på at sende kvittering"), default=0, editable=False)
    # Set in the transaction that opens the case (cases.services.case_open_from_henvendelse, seed-demo):
    # the inbox finds the henvendelser without a case through a small partial index, not a scan.
    case_opened = models.BooleanField(_("sag oprettet"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("henvendelse")
        verbose_name_plural = _("henvendelser")
        ordering = ["-received_at"]
        permissions = [("view_cpr", _("Kan se fulde CPR-numre"))]
        # Newest first is the order of every list of henvendelser (bench/casework_bench.py).
        indexes = [
            models.Index(fields=["received_at"], name="intake_henv_received_at"),
            models.Index(
                fields=["received_at"], condition=models.Q(case_opened=False), name="intake_henv_without_case",
            ),
            # The citizen's other henvendelser by e-mail, or by name and address (related cases).
            models.Index(Upper("email"), name="intake_henv_email_upper", condition=~models.Q(email="")),
            models.Index(Upper("name"), Upper("address"), name="intake_henv_name_address"),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def cpr_masked(self) -> str:
        return f"{self.cpr[:6]}-xxxx" if self.cpr else ""

    @property
    def description_masked(self) -> str:
        return mask_cpr(self.description)

    @property
    def desired_outcome_masked(self) -> str:
        return mask_cpr(self.desired_outcome)


class Draft(models.Model):
    """A half-filled web form, kept for at least a day (``INTAKE_DRAFT_HOURS``).

    ``data`` holds the raw answers as typed (JSON, encrypted), so a reload, a validation error
    or a server error loses nothing. The token is also in a signed cookie, so the draft
    survives a browser restart. A draft made signed in with MitID belongs to that person
    (``owner_key``): it opens on any device where they sign in, and never without their MitID.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    data = EncryptedTextField(default="{}")
    completed_steps = models.JSONField(default=list)
    session_key = models.CharField(max_length=64, blank=True)
    # Signed in with MitID: a keyed hash of the CPR number (services.draft_owner_key), so the draft follows
    # the person to another device and opens for nobody else; empty for an anonymous draft.
    owner_key = models.CharField(max_length=64, blank=True, db_index=True)
    henvendelse = models.OneToOneField(
        Henvendelse, null=True, blank=True, on_delete=models.SET_NULL, related_name="draft",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    expires_at = models.DateTimeField()

    class Meta:
        verbose_name = _("kladde")
        verbose_name_plural = _("kladder")

    def __str__(self) -> str:
        return str(self.token)

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class AttachmentKind(models.TextChoices):
    POWER_OF_ATTORNEY = "fuldmagt", _("Fuldmagt")
    ANSWER = "answer", _("Svar fra kommunen")
    OTHER = "other", _("Andet dokument")


def _upload_to(instance: Attachment, filename: str) -> str:
    # The citizen's file name may hold personal data: the stored name is random (core.files).
    return stored_file_name("uploads", instance.extension)


class Attachment(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    henvendelse = models.ForeignKey(
        Henvendelse, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments",
    )
    draft = models.ForeignKey(Draft, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("slags"), max_length=20, choices=AttachmentKind.choices)
    file = models.FileField(_("fil"), upload_to=_upload_to, max_length=200)
    # The citizen's own file name (CPR numbers masked when stored, and again when shown: ``name_masked``).
    original_name = EncryptedTextField(_("filnavn"))
    content_type = models.CharField(_("filtype"), max_length=100)
    extension = models.CharField(max_length=10)
    size = models.PositiveBigIntegerField(_("størrelse (bytes)"))
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bilag")
        verbose_name_plural = _("bilag")
        ordering = ["uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(henvendelse__isnull=False) | models.Q(draft__isnull=False),
                name="attachment_belongs_somewhere",
            ),
        ]

    def __str__(self) -> str:
        return self.name_masked

    @property
    def name_masked(self) -> str:
        """The file name as shown anywhere: a CPR number in it, even glued to other text, masked."""
        return mask_cpr(self.original_name)


class CorrectedField(models.TextChoices):
    """The henvendelse's data staff may correct afterwards (cases: the correction page)."""

    NAME = "name", _("Navn")
    ADDRESS = "address", _("Adresse")
    CPR = "cpr", _("CPR-nummer")
    PREFERRED_CHANNEL = "preferred_channel", _("Ønsket svarkanal")
    DEPARTMENT = "department", _("Forvaltning")
    UNIT = "unit", _("Enhed")


class HenvendelseCorrection(models.Model):
    """One corrected field of a henvendelse: the old and the new value, why, by whom. Append-only.

    Values and the reason are encrypted at rest (a name, an address, a CPR number); the CPR number
    is shown masked. The department is kept as its code and name at the time.
    """

    henvendelse = models.ForeignKey(Henvendelse, on_delete=models.CASCADE, related_name="corrections")
    field = models.CharField(_("felt"), max_length=30, choices=CorrectedField.choices)
    old_value = EncryptedTextField(_("før"), blank=True)
    new_value = EncryptedTextField(_("efter"), blank=True)
    reason = EncryptedTextField(_("begrundelse"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("af"), null=True, on_delete=models.SET_NULL, related_name="+",
    )
    at = models.DateTimeField(_("tidspunkt"))

    class Meta:
        verbose_name = _("rettelse")
        verbose_name_plural = _("rettelser")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.henvendelse_id} {self.field}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("Corrections are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Corrections are append-only.")

    def _shown(self, value: str) -> str:
        if self.field == CorrectedField.CPR and value:
            return f"{value[:6]}-xxxx"
        if self.field == CorrectedField.PREFERRED_CHANNEL and value in PreferredChannel.values:
            return str(PreferredChannel(value).label)
        return value

    @property
    def old_shown(self) -> str:
        return self._shown(self.old_value)

    @property
    def new_shown(self) -> str:
        return self._shown(self.new_value)
