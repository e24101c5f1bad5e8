"""Klagesager: the case opened on a henvendelse, its klagepunkter, høringer, pauses, notes.

Rules (docs/domain.md §3-4, docs/cases.md):

- One case per henvendelse. ``status`` is changed only by ``services.case_transition``, which
  checks ``workflow.TRANSITIONS`` and appends a ``StatusChange``; status rows and the audit log
  are never edited (``save`` refuses updates of a ``StatusChange``).
- Free text written by citizens or staff (klagepunkt descriptions, reasons of decisions, status
  changes, pauses and extensions, notes, questions and answers of a høring) may hold personal data
  and is encrypted at rest. Search goes through
  ``SearchDocument``, which holds only stemmed words without numbers (see ``search.py``).
- Deadlines are computed by the pure functions in ``deadlines.py``; the dates stored here
  (``target_date``, ``Hoering.deadline``) are copies refreshed by the services, kept for lists.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from borgerraad.core.choices import choice_label
from borgerraad.privacy.cpr import mask_cpr
from borgerraad.privacy.fields import EncryptedTextField


class CaseStatus(models.TextChoices):
    MODTAGET = "modtaget", _("Modtaget")
    VISITERET = "visiteret", _("Visiteret")
    UNDER_BEHANDLING = "under_behandling", _("Under behandling")
    HOERING = "hoering", _("Høring hos forvaltningen")
    AFVENTER_BORGER = "afventer_borger", _("Afventer borger")
    VURDERING = "vurdering", _("Vurdering")
    AFSLUTTET = "afsluttet", _("Afsluttet")
    OPFOELGNING = "opfoelgning", _("Opfølgning")
    GENOPTAGET = "genoptaget", _("Genoptaget")
    # A duplicate merged into its original case (services_casefile.case_merge); nothing is deleted.
    SAMMENLAGT = "sammenlagt", _("Sammenlagt med en anden sag")


class Ground(models.TextChoices):
    """What a klagepunkt is about: the triage engine's grounds (docs/triage-contract.md)."""

    SAGSBEHANDLING = "sagsbehandling", _("Sagsbehandling")
    ADFAERD = "adfaerd", _("Personalets adfærd")
    PRAKTISK_OPGAVE = "praktisk_opgave", _("Praktiske opgaver")
    DISKRIMINATION = "diskrimination", _("Diskrimination")
    FORSTAA_AFGOERELSE = "forstaa_afgoerelse", _("Forstå en afgørelse")
    VEJLEDNING_OM_KLAGE = "vejledning_om_klage", _("Vejledning om klage")
    FORSLAG = "forslag", _("Forslag")
    UDEN_FOR_KOMPETENCE = "uden_for_kompetence", _("Uden for kompetence")

    @classmethod
    def label_of(cls, code: str) -> str:
        """What staff read for ``code``: its label, or the code itself when it is not a ground (an old one)."""
        return choice_label(cls, code)


class Theme(models.TextChoices):
    """The themes of the annual report (DOMAIN.md §9)."""

    SAGSBEHANDLINGSTID = "sagsbehandlingstid", _("Sagsbehandlingstid og manglende svar")
    VEJLEDNING = "vejledning", _("Vejledning")
    BEGRUNDELSE = "begrundelse", _("Begrundelse")
    PARTSHOERING = "partshoering", _("Partshøring")
    KLAGEVEJLEDNING = "klagevejledning", _("Klagevejledning")
    AKTINDSIGT_NOTATPLIGT = "aktindsigt_notatpligt", _("Aktindsigt og notatpligt")
    ADFAERD = "adfaerd", _("Adfærd")
    PRAKTISKE_OPGAVER = "praktiske_opgaver", _("Praktiske opgaver")
    DIGITAL_ADGANG = "digital_adgang", _("Digital adgang")
    ANDET = "andet", _("Andet")


class Decision(models.TextChoices):
    """Visitation's decision per klagepunkt (DOMAIN.md §4, step 2)."""

    CASE = "case", _("Tages op som sag")
    FORWARD = "forward", _("Videresendes til enheden")
    GUIDE = "guide", _("Vejledning om anden klageinstans")
    SUGGESTION = "suggestion", _("Registreres som forslag")
    DISMISS = "dismiss", _("Afvises")


class Outcome(models.TextChoices):
    LOEST_I_DIALOG = "loest_i_dialog", _("Løst i dialog")
    KRITIK = "kritik", _("Kritik")
    HENSTILLING = "henstilling", _("Henstilling")
    ANBEFALING = "anbefaling", _("Anbefaling")
    INGEN_KRITIK = "ingen_kritik", _("Ingen kritik")
    VIDERESENDT = "videresendt", _("Videresendt")
    VEJLEDT = "vejledt", _("Vejledt")
    AFVIST_HENLAGT = "afvist_henlagt", _("Afvist/henlagt")


class ForwardResult(models.TextChoices):
    """What the unit did with a forwarded complaint, read from its answer to the citizen (the copy to us)."""

    MEDHOLD = "medhold", _("Medhold")
    DELVIST_MEDHOLD = "delvist_medhold", _("Delvist medhold")
    IKKE_MEDHOLD = "ikke_medhold", _("Ikke medhold")


class KritikDegree(models.IntegerChoices):
    """The graded wording of criticism, mildest first (the Ombudsman's scale)."""

    BEKLAGELIGT = 1, _("beklageligt")
    KRITISABELT = 2, _("kritisabelt")
    MEGET_KRITISABELT = 3, _("meget kritisabelt")
    STAERKT_KRITISABELT = 4, _("stærkt kritisabelt")


# The statuses of an open case (``workflow.OPEN_STATUSES``) and those of them in which the case's own target
# runs (not while waiting for the citizen or following up), for the partial indexes of the start page and
# the deadline lists; sorted, so that the migration is the same on every run.
INDEXED_OPEN_STATUSES = sorted(set(CaseStatus.values) - {CaseStatus.AFSLUTTET, CaseStatus.SAMMENLAGT})
INDEXED_TARGET_RUNS = sorted(set(INDEXED_OPEN_STATUSES) - {CaseStatus.AFVENTER_BORGER, CaseStatus.OPFOELGNING})


class Case(models.Model):
    henvendelse = models.OneToOneField(
        "intake.Henvendelse", verbose_name=_("henvendelse"), on_delete=models.PROTECT, related_name="case",
    )
    reference = models.CharField(_("referencenummer"), max_length=20, unique=True)
    status = models.CharField(_("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.MODTAGET)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("rådgiver"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="assigned_cases",
    )
    restricted = models.BooleanField(
        _("begrænset adgang"), default=False,
        help_text=_("Kun den tildelte rådgiver og ledere kan se sagen (fx ansattes egne eller følsomme sager)."),
    )
    received_on = models.DateField(_("modtaget dato"))
    acknowledgement_due = models.DateField(_("kvittering senest"))
    acknowledged_at = models.DateTimeField(_("kvitteret"), null=True, blank=True)
    target_working_days = models.PositiveSmallIntegerField(_("egen frist (hverdage)"))
    target_date = models.DateField(_("egen frist"))
    closed_at = models.DateTimeField(_("afsluttet"), null=True, blank=True)
    # The citizen withdrew the complaint in "Mine sager" (services.case_withdraw); the advisor closes the case.
    withdrawn_at = models.DateTimeField(_("trukket tilbage af borgeren"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("sag")
        verbose_name_plural = _("sager")
        ordering = ["-received_on", "-id"]
        indexes = [
            # Search with a status filter walks this in the search order (selectors.case_search_keys); its
            # prefix serves the deadline lists (status, target_date).
            models.Index(fields=["status", "target_date", "-received_on", "-id"], name="cases_case_status_order"),
            models.Index(fields=["assigned_to", "status"]),
            # The order of search results (selectors.case_search): the first page without sorting every match.
            models.Index(fields=["target_date", "-received_on", "-id"], name="cases_case_search_order"),
            # The statistics' aggregate recounts the cases received or concluded on a day (insights/aggregate.py).
            models.Index(fields=["received_on"], name="cases_case_received_on"),
            models.Index(fields=["closed_at"], name="cases_case_closed_at"),
            # The start page at any number of cases (selectors.deadlines_of_kinds, cases_open_of_advisor,
            # workload_per_advisor): an advisor's acknowledgements not given and own targets running, in
            # deadline order, and every open case's counted columns, read from the index alone.
            models.Index(fields=["assigned_to", "acknowledgement_due", "reference"], name="cases_case_ack_open",
                         condition=models.Q(acknowledged_at__isnull=True, status__in=INDEXED_OPEN_STATUSES)),
            models.Index(fields=["assigned_to", "target_date", "reference"], name="cases_case_target_runs",
                         condition=models.Q(status__in=INDEXED_TARGET_RUNS)),
            # The inbox: the new cases, the most urgent acknowledgement first (selectors.inbox_page).
            models.Index(fields=["acknowledgement_due"], name="cases_case_inbox",
                         condition=models.Q(status=CaseStatus.MODTAGET)),
            models.Index(fields=["assigned_to", "status", "acknowledgement_due", "target_date", "acknowledged_at",
                                 "restricted"], name="cases_case_open_workload",
                         condition=models.Q(status__in=INDEXED_OPEN_STATUSES)),
        ]

    def __str__(self) -> str:
        return self.reference


class StatusChange(models.Model):
    """One step in a case's history. Append-only: rows are never changed."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("fra"), max_length=20, choices=CaseStatus.choices, blank=True)
    to_status = models.CharField(_("til"), max_length=20, choices=CaseStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("af"), null=True, on_delete=models.SET_NULL, related_name="+",
    )
    at = models.DateTimeField(_("tidspunkt"))
    reason = EncryptedTextField(_("begrundelse"), blank=True)

    class Meta:
        verbose_name = _("statusændring")
        verbose_name_plural = _("statusændringer")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.case} {self.from_status or '-'} → {self.to_status}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("Status history is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Status history is append-only.")


class Klagepunkt(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="klagepunkter")
    number = models.PositiveSmallIntegerField(_("nummer"))
    ground = models.CharField(_("grundlag"), max_length=30, choices=Ground.choices)
    theme = models.CharField(_("tema"), max_length=30, choices=Theme.choices, blank=True)
    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="klagepunkter",
    )
    unit = models.CharField(_("enhed"), max_length=200, blank=True)
    description = EncryptedTextField(_("beskrivelse"))
    decision = models.CharField(_("beslutning"), max_length=20, choices=Decision.choices)
    decision_reason = EncryptedTextField(_("begrundelse for beslutningen"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
    )
    decided_at = models.DateTimeField(_("besluttet"))
    complaint_body = models.ForeignKey(
        "core.ComplaintBody", verbose_name=_("klageinstans"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    triage_suggestion = models.JSONField(
        _("visitationsmotorens forslag"), default=dict, blank=True,
        help_text=_("Gemt ved siden af beslutningen, så enighed mellem motor og medarbejder kan måles."),
    )
    forward_follow_up = models.DateField(_("opfølgning på videresendelse"), null=True, blank=True)
    # The unit's answer to a forwarded point (forvaltningsloven § 7, stk. 2: it answers the citizen with a
    # copy to us): when, and whether the citizen was given right (DOMAIN.md §9: the share resolved).
    forward_answered_on = models.DateField(_("enhedens svar på videresendelse"), null=True, blank=True)
    forward_result = models.CharField(
        _("resultat af videresendelse"), max_length=20, choices=ForwardResult.choices, blank=True,
    )
    outcome = models.CharField(_("resultat"), max_length=20, choices=Outcome.choices, blank=True)
    kritik_degree = models.PositiveSmallIntegerField(
        _("grad af kritik"), choices=KritikDegree.choices, null=True, blank=True,
    )
    outcome_reason = EncryptedTextField(_("begrundelse for resultatet"), blank=True)
    henstilling_follow_up = models.DateField(_("opfølgning på henstilling"), null=True, blank=True)
    closed_at = models.DateTimeField(_("afsluttet"), null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    # The case's advisor while the case is open, empty once it is closed or merged; kept in step by the services
    # that assign, visit and move the case (``case_assign``, ``visitation_record``, ``case_transition``). An
    # advisor's follow-ups of open cases are then read from an index in date order (the start page, the Frister
    # page) instead of checking the case of every follow-up ever made (docs/cases.md "Performance").
    open_case_advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("rådgiver på den åbne sag"), null=True, blank=True,
        on_delete=models.PROTECT,
        related_name="+", editable=False, db_index=False,  # served by the partial indexes below
    )

    class Meta:
        verbose_name = _("klagepunkt")
        verbose_name_plural = _("klagepunkter")
        ordering = ["case", "number"]
        constraints = [models.UniqueConstraint(fields=["case", "number"], name="one_number_per_klagepunkt")]
        indexes = [
            models.Index(fields=["department", "ground"]),
            # Forwarded points the unit has not answered, in follow-up order (the start page, the deadlines).
            models.Index(fields=["forward_follow_up", "case"], name="cases_kp_forward_open",
                         condition=models.Q(forward_follow_up__isnull=False, forward_answered_on__isnull=True)),
            # Henstillinger with a follow-up date, in that order (my cases' next deadline, the deadlines).
            models.Index(fields=["henstilling_follow_up", "case"], name="cases_kp_henstilling",
                         condition=models.Q(henstilling_follow_up__isnull=False, outcome=Outcome.HENSTILLING)),
            # The same per advisor of an open case (``open_case_advisor``): an advisor's first follow-ups and their
            # capped counts.
            models.Index(fields=["open_case_advisor", "forward_follow_up", "case"], name="cases_kp_forward_advisor",
                         condition=models.Q(forward_follow_up__isnull=False, forward_answered_on__isnull=True)),
            models.Index(fields=["open_case_advisor", "henstilling_follow_up", "case"],
                         name="cases_kp_henstilling_advisor",
                         condition=models.Q(henstilling_follow_up__isnull=False, outcome=Outcome.HENSTILLING)),
        ]

    def __str__(self) -> str:
        return f"{self.case}/{self.number}"


class HoeringQuerySet(models.QuerySet):
    def awaiting_answer(self) -> HoeringQuerySet:
        """The one meaning of an *open* høring: sent to the department and not answered yet.

        A prepared høring (its letter not confirmed sent) is not open: no deadline runs for it,
        it gets no reminder, no rykker and no answer, and it does not keep the case in *høring*.
        """
        return self.filter(sent_at__isnull=False, answer_received_on__isnull=True)


class Hoering(models.Model):
    """A request for a statement (udtalelse/redegørelse) from a department, with a deadline.

    A høring is *prepared* (``sent_at`` and ``deadline`` empty) while its høringsbrev is drafted
    and sent through the letters app; it is *sent* from the moment the letter's dispatch is
    confirmed (or from the date staff give for a høring sent outside the system), and only then
    does its deadline run.
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="hoeringer")
    department = models.ForeignKey(
        "core.Department", verbose_name=_("forvaltning"), on_delete=models.PROTECT, related_name="+",
    )
    recipient_email = models.EmailField(_("modtager"))
    questions = EncryptedTextField(_("spørgsmål"))
    created_at = models.DateTimeField(_("oprettet"), default=timezone.now)
    sent_at = models.DateTimeField(_("sendt"), null=True, blank=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    weeks = models.PositiveSmallIntegerField(_("frist (uger)"))
    deadline = models.DateField(_("svarfrist"), null=True, blank=True, db_index=True)
    answer_received_on = models.DateField(_("svar modtaget"), null=True, blank=True)
    answer_text = EncryptedTextField(_("svar"), blank=True)
    answer_registered_at = models.DateTimeField(null=True, blank=True)
    answer_registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
    )
    # The case's advisor (open or closed: a closed case's unanswered høring is still listed), kept in step by
    # ``case_assign`` and set by ``hoering_prepare``: an advisor's unanswered høringer are then read from an
    # index in deadline order (the start page, the Frister page) instead of checking each one's case.
    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("sagens rådgiver"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+", editable=False, db_index=False,  # served by the partial indexes below
    )

    objects = HoeringQuerySet.as_manager()

    class Meta:
        verbose_name = _("høring")
        verbose_name_plural = _("høringer")
        ordering = ["created_at", "id"]
        indexes = [
            # Høringer not answered, in deadline order (the start page, the deadlines).
            models.Index(fields=["deadline", "case"], name="cases_hoering_unanswered",
                         condition=models.Q(answer_received_on__isnull=True, deadline__isnull=False)),
            models.Index(fields=["advisor", "deadline", "case"], name="cases_hoering_advisor",
                         condition=models.Q(answer_received_on__isnull=True, deadline__isnull=False)),
        ]

    def __str__(self) -> str:
        return f"{self.case} {_('høring')} {self.created_at:%d.%m.%Y}"

    @property
    def is_sent(self) -> bool:
        return self.sent_at is not None

    @property
    def awaits_answer(self) -> bool:
        """Sent and not answered: the row-level twin of ``Hoering.objects.awaiting_answer()``."""
        return self.sent_at is not None and self.answer_received_on is None


class Extension(models.Model):
    """More working days for the case's own target (``hoering`` empty) or for a høring's deadline."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="extensions")
    hoering = models.ForeignKey(Hoering, null=True, blank=True, on_delete=models.CASCADE, related_name="extensions")
    working_days = models.PositiveSmallIntegerField(_("hverdage"))
    reason = EncryptedTextField(_("begrundelse"))  # at most 300 characters (services.case_extend)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("tidspunkt"))

    class Meta:
        verbose_name = _("fristforlængelse")
        verbose_name_plural = _("fristforlængelser")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.case_id} +{self.working_days}"


class Pause(models.Model):
    """The case's own clock stops while the advisor waits for the citizen (status ``afventer_borger``)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="pauses")
    started_on = models.DateField(_("fra"))
    ended_on = models.DateField(_("til"), null=True, blank=True)
    reason = EncryptedTextField(_("begrundelse"))  # at most 300 characters (services.case_transition)

    class Meta:
        verbose_name = _("pause")
        verbose_name_plural = _("pauser")
        ordering = ["started_on", "id"]

    def __str__(self) -> str:
        return f"{self.case_id} {self.started_on}-{self.ended_on or ''}"


class NoteKind(models.TextChoices):
    """What a note records (notatpligt, offentlighedsloven § 13): a call, a meeting, or the office's own note."""

    TELEFON = "telefon", _("Telefonnotat")
    MOEDE = "moede", _("Mødenotat")
    INTERNT = "internt", _("Internt notat")


class Note(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(_("slags notat"), max_length=10, choices=NoteKind.choices, default=NoteKind.INTERNT)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = EncryptedTextField(_("notat"))
    created_at = models.DateTimeField(_("oprettet"))

    class Meta:
        verbose_name = _("notat")
        verbose_name_plural = _("notater")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.case_id} {_('notat')} {self.pk}"


class ReminderKind(models.TextChoices):
    REMINDER = "reminder", _("Påmindelse før fristen")
    ESCALATION = "escalation", _("Rykker efter fristen")


class ReminderDispatch(models.Model):
    """At most one reminder and one escalation per høring: the unique row is the claim.

    A worker sends while holding the row lock and records ``sent_at`` in the same transaction;
    a crash before the commit leaves ``sent_at`` empty, and the next run sends it.
    """

    hoering = models.ForeignKey(Hoering, on_delete=models.CASCADE, related_name="dispatches")
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("påmindelse")
        verbose_name_plural = _("påmindelser")
        constraints = [models.UniqueConstraint(fields=["hoering", "kind"], name="one_dispatch_per_hoering_kind")]

    def __str__(self) -> str:
        return f"{self.hoering_id} {self.kind}"


class SearchDocument(models.Model):
    """The search index of one henvendelse and its case: stemmed words, no numbers, no order.

    ``tokens`` (all databases) is the sorted set of Snowball-Danish stems, space-framed for the
    SQLite fallback; ``vector`` (PostgreSQL only) is ``strip(to_tsvector('danish', ...))``: the same
    lexemes without positions. Neither can be read back as the text (docs/cases.md).
    """

    henvendelse = models.OneToOneField(
        "intake.Henvendelse", primary_key=True, on_delete=models.CASCADE, related_name="search_document",
    )
    tokens = models.TextField(blank=True)
    vector = SearchVectorField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("søgeindeks")
        verbose_name_plural = _("søgeindeks")

    def __str__(self) -> str:
        return str(self.henvendelse_id)


class Message(models.Model):
    """A secure message on the case between the citizen (in "Mine sager") and the advisor (on the case page).

    The body is encrypted; files are ``intake.Attachment`` rows of the case's henvendelse, checked like the
    form's uploads (``intake.uploads``). A message from the citizen needs the advisor's action until staff
    read it (``read_at``); a message from staff is read when the citizen opens the case in "Mine sager".
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    from_citizen = models.BooleanField(_("fra borgeren"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("medarbejder"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    body = EncryptedTextField(_("besked"))
    attachments = models.ManyToManyField("intake.Attachment", blank=True, related_name="+")
    created_at = models.DateTimeField(_("sendt"))
    read_at = models.DateTimeField(_("læst"), null=True, blank=True)

    class Meta:
        verbose_name = _("besked")
        verbose_name_plural = _("beskeder")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["case", "created_at"]),
            models.Index(
                fields=["created_at"], condition=models.Q(from_citizen=True, read_at__isnull=True),
                name="cases_message_unread",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} {_('besked')} {self.pk}"

    @property
    def body_masked(self) -> str:
        return mask_cpr(self.body)


# --- The case file: documents, related henvendelser, merged duplicates (services_casefile.py) -----------


class DocumentKind(models.TextChoices):
    HOERINGSSVAR = "hoeringssvar", _("Forvaltningens svar på høring")
    BORGER_BREV = "borger_brev", _("Brev fra borgeren")
    AFGOERELSE = "afgoerelse", _("Afgørelse eller brev fra forvaltningen")
    SCANNING = "scanning", _("Scannet dokument")
    ANDET = "andet", _("Andet dokument")


class TextStatus(models.TextChoices):
    """What became of the text of an uploaded document (intake.text.extract_text)."""

    EXTRACTED = "extracted", _("Teksten er læst og kan søges")
    NO_TEXT = "no_text", _("Uden tekst (billede eller scanning)")
    FAILED = "failed", _("Teksten kunne ikke læses")


class CaseDocument(models.Model):
    """A document added to a case after registration: its kind, the date it was received, its text.

    The file is an ``intake.Attachment`` of the case's henvendelse, stored through the one upload
    path (``intake.services.attachment_store``: content check, zip-bomb-safe containers, random
    names) and downloaded through the permission-checked, logged attachment view. The extracted
    text is encrypted at rest and enters the search index as stems only (ADR 0006).
    """

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="documents")
    attachment = models.OneToOneField(
        "intake.Attachment", on_delete=models.PROTECT, related_name="case_document",
    )
    kind = models.CharField(_("slags dokument"), max_length=20, choices=DocumentKind.choices)
    received_on = models.DateField(_("modtaget den"))
    text = EncryptedTextField(_("tekst"), blank=True)
    text_status = models.CharField(_("tekst"), max_length=10, choices=TextStatus.choices)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    added_at = models.DateTimeField(_("tilføjet"))

    class Meta:
        verbose_name = _("dokument")
        verbose_name_plural = _("dokumenter")
        ordering = ["received_on", "added_at", "id"]

    def __str__(self) -> str:
        return f"{self.case} {self.get_kind_display()} {self.received_on:%d.%m.%Y}"


class HenvendelseLink(models.Model):
    """Two henvendelser staff marked as related (the same citizen, the same matter). Stored once per pair."""

    first = models.ForeignKey("intake.Henvendelse", on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey("intake.Henvendelse", on_delete=models.CASCADE, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("tidspunkt"))

    class Meta:
        verbose_name = _("relateret henvendelse")
        verbose_name_plural = _("relaterede henvendelser")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="one_link_per_pair"),
            models.CheckConstraint(condition=models.Q(first__lt=models.F("second")), name="link_pair_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.first_id}-{self.second_id}"


class CaseMerge(models.Model):
    """A duplicate case merged into its original: recorded, never undone by deleting anything."""

    duplicate = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="merged_into")
    original = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="merged_duplicates")
    reason = EncryptedTextField(_("begrundelse"), blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("tidspunkt"))

    class Meta:
        verbose_name = _("sammenlægning")
        verbose_name_plural = _("sammenlægninger")
        constraints = [
            models.CheckConstraint(condition=~models.Q(duplicate=models.F("original")), name="merge_not_into_itself"),
        ]

    def __str__(self) -> str:
        return f"{self.duplicate_id} -> {self.original_id}"
