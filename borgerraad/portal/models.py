"""The portal's own records: one-time codes sent by e-mail, and the anonymous satisfaction survey.

Rules (docs/citizen-portal.md):

- An ``EmailCode`` keeps neither the e-mail address nor the code in clear: both are keyed digests
  (``privacy.digests``) with their own labels. A code lives ``PORTAL_EMAIL_CODE_MINUTES``, allows
  ``PORTAL_EMAIL_CODE_TRIES`` wrong guesses and works once.
- A ``SurveyResponse`` has no link to the person or the case: only the case's forvaltning and the month
  it closed, for statistics. ``SurveyOffer`` (linked to the case, holding no answer) makes sure the
  survey is offered once.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailCode(models.Model):
    email_digest = models.CharField(max_length=64, db_index=True)
    code_digest = models.CharField(max_length=64)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    failed_attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("engangskode")
        verbose_name_plural = _("engangskoder")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{_('engangskode')} {self.pk}"


class Helped(models.TextChoices):
    YES = "yes", _("Ja")
    PARTLY = "partly", _("Delvist")
    NO = "no", _("Nej")


class SurveyOffer(models.Model):
    """The survey was offered on this case (answered or declined): it is never offered again."""

    case = models.OneToOneField("cases.Case", on_delete=models.CASCADE, related_name="survey_offer")
    done_at = models.DateTimeField()

    class Meta:
        verbose_name = _("tilbudt tilfredshedsundersøgelse")
        verbose_name_plural = _("tilbudte tilfredshedsundersøgelser")

    def __str__(self) -> str:
        return str(self.case_id)


class SurveyResponse(models.Model):
    """"Fik du hjælp?": three answers, the case's forvaltning and the month of closing; nothing else."""

    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    period = models.DateField(_("måned"))  # the first day of the month the case closed
    helped = models.CharField(_("fik du hjælp"), max_length=10, choices=Helped.choices)
    understood = models.CharField(_("forstod du vores svar"), max_length=10, choices=Helped.choices)
    treated_well = models.CharField(_("blev du behandlet ordentligt"), max_length=10, choices=Helped.choices)

    class Meta:
        verbose_name = _("svar på tilfredshedsundersøgelse")
        verbose_name_plural = _("svar på tilfredshedsundersøgelse")
        ordering = ["-period"]

    def __str__(self) -> str:
        return f"{self.period:%Y-%m} {self.helped}"
