"""Insights' own records (docs/architecture.md): it reads cases, never writes them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.models import Ground
from borgerraad.privacy.fields import EncryptedTextField

# --- Recurring problems (systemic issues): flags and the office's own investigations ------------------
#
# Written by ``clusters.flags_refresh`` (flags) and ``services_systemic`` (the leader's decisions and
# investigations). Free text that may hold personal data (the shared words come from citizens'
# complaints; reasons, findings and recommendations are staff's own words about cases) is encrypted
# at rest (ADR 0006).


class InvestigationStatus(models.TextChoices):
    PLANNED = "planned", _("Planlagt")
    ONGOING = "ongoing", _("I gang")
    CONCLUDED = "concluded", _("Afsluttet")


class Investigation(models.Model):
    """An *egen drift-undersøgelse*: the office looks into a problem on its own initiative.

    Created from a flag (``Flag.investigation``) or from scratch; listed in the beretning for the
    periods it overlaps (``selectors_systemic.investigations_for_period``).
    """

    title = EncryptedTextField(_("titel"))
    scope = EncryptedTextField(_("omfang"), blank=True)
    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    cases = models.ManyToManyField("cases.Case", verbose_name=_("sager"), blank=True, related_name="+")
    findings = EncryptedTextField(_("konklusioner"), blank=True)
    recommendations = EncryptedTextField(_("anbefalinger"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=InvestigationStatus.choices, default=InvestigationStatus.PLANNED,
    )
    started_on = models.DateField(_("startdato"))
    concluded_on = models.DateField(_("afsluttet dato"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ændret"), auto_now=True)

    class Meta:
        verbose_name = _("egen drift-undersøgelse")
        verbose_name_plural = _("egne drift-undersøgelser")
        ordering = ["-started_on", "-id"]

    def __str__(self) -> str:
        return f"{_('Undersøgelse')} {self.pk}"


class FlagStatus(models.TextChoices):
    OPEN = "open", _("Åben")
    DISMISSED = "dismissed", _("Afvist")
    INVESTIGATION = "investigation", _("Undersøges")


class Flag(models.Model):
    """A recurring problem: klagepunkter against one unit, on one ground, alike in their text.

    ``key`` is stable (the department, unit, ground and the first klagepunkt of the cluster when it
    was found), so running the job again updates the flag instead of adding a second one, and two
    overlapping runs cannot both create it (unique). ``words`` are the shared words that explain
    the flag, separated by spaces. ``score`` is the cluster's mean pairwise cosine similarity.
    """

    key = models.CharField(max_length=64, unique=True)
    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), on_delete=models.PROTECT, related_name="+",
    )
    unit = models.CharField(_("enhed"), max_length=200, blank=True)
    ground = models.CharField(_("grundlag"), max_length=30, choices=Ground.choices)
    first_received_on = models.DateField(_("første modtaget"))
    last_received_on = models.DateField(_("sidste modtaget"))
    window_days = models.PositiveSmallIntegerField(_("vindue (dage)"))
    klagepunkter = models.ManyToManyField("cases.Klagepunkt", verbose_name=_("klagepunkter"), related_name="+")
    words = EncryptedTextField(_("fælles ord"))
    score = models.FloatField(_("lighed"))
    status = models.CharField(_("status"), max_length=20, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    dismissed_reason = EncryptedTextField(_("begrundelse for afvisning"), blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("afvist af"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    dismissed_at = models.DateTimeField(_("afvist"), null=True, blank=True)
    investigation = models.ForeignKey(
        Investigation, verbose_name=_("undersøgelse"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="flags",
    )
    created_at = models.DateTimeField(_("fundet"), auto_now_add=True)
    updated_at = models.DateTimeField(_("opdateret"), auto_now=True)

    class Meta:
        verbose_name = _("tilbagevendende problem")
        verbose_name_plural = _("tilbagevendende problemer")
        ordering = ["-last_received_on", "-id"]
        indexes = [models.Index(fields=["status", "department", "ground"])]

    def __str__(self) -> str:
        return f"{_('Tilbagevendende problem')} {self.pk}"

    @property
    def word_list(self) -> list[str]:
        return self.words.split()
