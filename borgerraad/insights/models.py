"""Insights' own records (docs/architecture.md): it reads cases, never writes them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.models import Ground
from borgerraad.intake.models import Channel
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


# --- Registers: suggestions (forslag) and the follow-up of henstillinger (docs/insights.md#registers) ------


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


# --- The annual beretning: the leader's texts, one version per save (docs/insights.md#beretning) ------------
#
# The numbers are computed when the beretning is generated (``beretning.py``); only the leader's
# own words are stored. They are encrypted at rest: they are written about cases and may name a
# citizen, a member of staff or a unit's employee before the leader edits them for publication,
# and a draft is not public until the leader says so (ADR 0006: every free text that can hold
# personal data). The forms refuse CPR numbers in them.


class Beretning(models.Model):
    """The beretning of one period (first and last day, both included): the anchor of its text versions
    and of the audit log of every generation of its internal version."""

    period_start = models.DateField(_("periodens første dag"))
    period_end = models.DateField(_("periodens sidste dag"))
    created_at = models.DateTimeField(_("oprettet"), auto_now_add=True)

    class Meta:
        verbose_name = _("beretning")
        verbose_name_plural = _("beretninger")
        ordering = ["-period_end", "-period_start"]
        constraints = [
            models.UniqueConstraint(fields=["period_start", "period_end"], name="insights_beretning_one_per_period"),
            models.CheckConstraint(condition=models.Q(period_end__gte=models.F("period_start")),
                                   name="insights_beretning_period_ordered"),
        ]

    def __str__(self) -> str:
        return f"{_('Beretning')} {self.period_start:%d.%m.%Y}-{self.period_end:%d.%m.%Y}"


class BeretningVersion(models.Model):
    """One save of the leader's texts for a beretning. Never changed: a new save is a new version
    (``number`` counts from 1 per beretning); the newest is the one the beretning uses."""

    beretning = models.ForeignKey(Beretning, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    foreword = EncryptedTextField(_("forord"), blank=True)
    themes = EncryptedTextField(_("årets temaer"), blank=True)
    saved_at = models.DateTimeField(_("gemt"))
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gemt af"), null=True, on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        verbose_name = _("version af beretningens tekster")
        verbose_name_plural = _("versioner af beretningens tekster")
        ordering = ["beretning", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["beretning", "number"], name="insights_beretning_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.beretning} v{self.number}"


class BeretningRemark(models.Model):
    """The leader's remarks on one forvaltning in one version (*Bemærkninger til de enkelte forvaltninger*)."""

    version = models.ForeignKey(BeretningVersion, on_delete=models.CASCADE, related_name="remarks")
    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), on_delete=models.PROTECT, related_name="+",
    )
    text = EncryptedTextField(_("bemærkninger"))

    class Meta:
        verbose_name = _("bemærkning til en forvaltning")
        verbose_name_plural = _("bemærkninger til forvaltningerne")
        constraints = [
            models.UniqueConstraint(fields=["version", "department"], name="insights_beretning_remark_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.version}: {self.department_id}"


# --- The statistics' aggregate (aggregate.py, docs/insights.md "Performance") ------------------------------
#
# Counts only: codes, department ids, user ids and numbers, never a case or a text. Written by
# ``aggregate.aggregate_refresh`` alone; the database's triggers (migration 0005) write the dirty days.


class AggregateFact(models.Model):
    """One count of the statistics' aggregate: ``n`` (and ``m``) of ``kind`` on ``day`` for one selection.

    ``grain`` "d" is one day, "m" the month starting on ``day``. ``advisor`` is the assigned
    advisor's user id, 0 for none, -1 for every case; ``scope`` the department id (a case kind:
    the cases that belong to it, 0 every case; a klagepunkt kind: the klagepunkt's, 0 none).
    """

    kind = models.CharField(max_length=12)
    grain = models.CharField(max_length=1)
    day = models.DateField()
    advisor = models.IntegerField()
    scope = models.IntegerField()
    key = models.CharField(max_length=200, blank=True)
    days = models.IntegerField(null=True)
    n = models.IntegerField()
    m = models.IntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["advisor", "grain", "day"], name="insights_fact_selection"),  # reading
            models.Index(fields=["grain", "day"], name="insights_fact_day"),  # recounting a day, rolling up a month
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.grain} {self.day}: {self.n}"


class AggregateDirtyDay(models.Model):
    """A day whose facts are out of date: written by triggers on the case tables, cleared by a refresh."""

    day = models.DateField(db_index=True)

    def __str__(self) -> str:
        return str(self.day)


class AggregateState(models.Model):
    """The aggregate's one row: when it was last built in full and last brought up to date."""

    built_at = models.DateTimeField(null=True)
    refreshed_at = models.DateTimeField(null=True)
    # New at every refresh: what the readers' cache is keyed by (a figure cached from an older refresh is never read).
    token = models.CharField(max_length=32, blank=True, default="")

    def __str__(self) -> str:
        return f"built {self.built_at}, refreshed {self.refreshed_at}"
