"""The triage engine's learned component, trained on-premise (docs/triage.md, "The learned component").

Rules: a row is one trained model, made only by ``borgerraad triage_learn`` (the admin shows it read-only);
the newest row is the one the engine uses (``selectors.triage_config_get``) when the learned component is
switched on (setting ``TRIAGE_LEARNED``); with no row the shipped ``learned.default_model`` is used. The
weights are words' stems and pairs of stems with their weights, never a text and never a number
(``training``), so a row holds no personal data.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TrainedModel(models.Model):
    trained_at = models.DateTimeField(_("trænet"), default=timezone.now)
    examples = models.PositiveIntegerField(_("eksempler i alt"))
    decisions = models.PositiveIntegerField(
        _("kontorets visitationer"), help_text=_("Henvendelser med medarbejdernes visitation, som modellen lærte af."),
    )
    cv_grounds = models.FloatField(_("krydsvalideret træfsikkerhed, grundlag"), null=True, blank=True)
    cv_area = models.FloatField(_("krydsvalideret træfsikkerhed, forvaltning"), null=True, blank=True)
    weights = models.JSONField(_("vægte"), help_text=_("Ordstammer og deres vægte; ingen tekster og ingen tal."))

    class Meta:
        verbose_name = _("lært model")
        verbose_name_plural = _("lærte modeller")
        ordering = ["-trained_at", "-id"]

    def __str__(self) -> str:
        return f"{self.trained_at:%Y-%m-%d %H:%M} ({self.decisions})"
