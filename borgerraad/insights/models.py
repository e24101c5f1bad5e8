"""Insights' own records (docs/architecture.md): it reads cases, never writes them."""

# --- Registers: suggestions (forslag) and the follow-up of henstillinger (docs/insights.md#registers) ------

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from borgerraad.intake.models import Channel
from borgerraad.privacy.fields import EncryptedTextField


class Adoption(models.TextChoices):
    """Whether the forvaltning adopted a suggestion."""

    AFVENTER = "afventer", _("Afventer")
    JA = "ja", _("Ja")
    DELVIST = "delvist", _("Delvist")
    NEJ = "nej", _("Nej")


class Suggestion(models.Model):
    """One suggestion in the register: from visitation (``klagepunkt`` set) or typed in by hand.

    Texts are encrypted (they may name people); CPR numbers are refused by the forms and masked
    when a klagepunkt's description is copied in. ``received_on`` is when the suggestion reached
    the office (the henvendelse's receipt for one from visitation): the date the beretning counts.
    """

    klagepunkt = models.OneToOneField(
        "cases.Klagepunkt", verbose_name=_("klagepunkt"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="suggestion",
    )
    channel = models.CharField(_("kanal"), max_length=20, choices=Channel.choices, blank=True)
    received_on = models.DateField(_("modtaget"), db_index=True)
    text = EncryptedTextField(_("forslaget"))
    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    sent_on = models.DateField(_("sendt til forvaltningen"), null=True, blank=True)
    answer_text = EncryptedTextField(_("forvaltningens svar"), blank=True)
    answer_received_on = models.DateField(_("svar modtaget"), null=True, blank=True)
    adoption = models.CharField(
        _("gennemført"), max_length=10, choices=Adoption.choices, default=Adoption.AFVENTER, db_index=True,
    )
    created_at = models.DateTimeField(_("oprettet"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    updated_at = models.DateTimeField(_("ændret"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("forslag")
        verbose_name_plural = _("forslag")
        ordering = ["-received_on", "-id"]

    def __str__(self) -> str:
        return f"{_('forslag')} {self.pk}"


class Compliance(models.TextChoices):
    """The department's answer to a henstilling (DOMAIN.md §4, step 7)."""

    EFTERLEVET = "efterlevet", _("Efterlevet")
    DELVIST = "delvist", _("Delvist efterlevet")
    IKKE = "ikke_efterlevet", _("Ikke efterlevet")


class HenstillingFollowUp(models.Model):
    """The follow-up of one henstilling: the department's answer, and the one reminder to the advisor.

    The follow-up date is the klagepunkt's ``henstilling_follow_up`` (cases owns it). The row is
    also the reminder's claim: it is locked while the e-mail is sent and ``reminder_sent_at`` is
    set in the same transaction, so the advisor is reminded once (as ``cases.ReminderDispatch``).
    """

    klagepunkt = models.OneToOneField(
        "cases.Klagepunkt", verbose_name=_("klagepunkt"), on_delete=models.CASCADE,
        related_name="henstilling_follow_up_record",
    )
    compliance = models.CharField(_("forvaltningens svar"), max_length=20, choices=Compliance.choices, blank=True)
    answer_text = EncryptedTextField(_("svarets indhold"), blank=True)
    answer_received_on = models.DateField(_("svar modtaget"), null=True, blank=True)
    answer_registered_at = models.DateTimeField(null=True, blank=True)
    answer_registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
    )
    reminder_claimed_at = models.DateTimeField(null=True, blank=True)
    reminder_attempts = models.PositiveSmallIntegerField(default=0)
    reminder_sent_at = models.DateTimeField(_("påmindelse sendt"), null=True, blank=True)

    class Meta:
        verbose_name = _("opfølgning på henstilling")
        verbose_name_plural = _("opfølgninger på henstillinger")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{_('henstilling')} {self.klagepunkt_id}"
