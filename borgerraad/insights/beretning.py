"""The annual beretning: the system's figures for a period with the leader's own texts, as HTML and PDF.

Rules (docs/insights.md#beretning, DOMAIN.md §9):

- **The figures** come from ``statistics.insights_overview`` (the single source of the dashboard's
  figures too): for the whole office, and for each forvaltning with that forvaltning as filter;
  the registers and the recurring problems give their selectors' rows
  (``investigations_for_period``, ``suggestions_for_period``, ``henstillinger_for_period``).
  They are counted over every case the leader may see, restricted ones included: only the
  leader generates a beretning (``policies.BERETNING``). Read from the statistics' aggregate, like the
  dashboard, as the scheduler's last refresh left it (at most ten minutes old): the document says
  "tal pr." that time, and whether cases of its periods changed since (``Report.pending``); the
  leader's "Opdatér tallene nu" (``tasks.aggregate_refresh_now``) or ``beretning --refresh`` recounts
  the changed days first. Generating never waits for a recount.
- **The texts** (foreword, the year's themes, remarks per forvaltning) are the leader's; every
  save is a new ``BeretningVersion`` of the period's ``Beretning``; the newest is used, an older
  one can be shown. They are encrypted at rest (see ``models.py``) and refuse CPR numbers.
- **Two editions.** *Intern* shows every count and lists the suggestions (their text), the
  henstillinger (case reference, klagepunkt, advisor) and the investigations (their texts).
  *Til offentliggørelse* holds no personal data: a count from 1 to ``below - 1`` is shown as
  "< below" (``settings.INSIGHTS_BERETNING_SUPPRESS_BELOW``, default 5), and where such a count
  could be worked out from a sum the edition prints, another count is hidden as ".." (secondary
  suppression: ``_Printed`` lists the printed counts and their sums, ``suppression.secondary``
  chooses); a share, median or change computed over fewer than ``below`` cases or over a hidden
  count is not shown ("–"), a suppressed bar is drawn
  empty and the monthly curve is left out when a month is suppressed; there is no free text but
  the leader's, and no names or case references. Counts of the office's own work (recurring
  problems found, investigations) are not counts of people and are shown.
- **Language**: the beretning is the office's document to the city council and is written in
  Danish (``REPORT_LANGUAGE``: its template and every label), whatever language the page is
  shown in.
- **Audit**: generating the internal edition is written to the audit log under the period's
  ``Beretning``, and each suggestion, henstilling and investigation it lists under its case or
  itself (their texts leave the system); the publishable edition holds no personal data and is
  not logged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from borgerraad.core.calendar import local_date, local_today
from borgerraad.core.logo import logo_data_uri
from borgerraad.core.models import Department, Office
from borgerraad.insights import aggregate, charts, registers, selectors_systemic, statistics, suppression, survey
from borgerraad.insights.models import (
    Adoption,
    Beretning,
    BeretningRemark,
    BeretningVersion,
    Compliance,
    Flag,
    FlagStatus,
)
from borgerraad.insights.policies import BERETNING, insights_policy
from borgerraad.insights.templatetags.insights_dashboard import cell, signed
from borgerraad.letters.pdf import document_pdf
from borgerraad.letters.rendering import body_html
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

INTERNAL = "intern"
PUBLISHABLE = "offentlig"
EDITIONS = (INTERNAL, PUBLISHABLE)
REPORT_LANGUAGE = "da"  # the office's language: the template is Danish text


def _check(user) -> None:
    if not insights_policy.can(user, BERETNING):
        raise PermissionDenied


# --- The leader's texts, versioned -------------------------------------------------------------------------


@dataclass(frozen=True)
class Texts:
    """The leader's texts of one version (empty when none is saved yet)."""

    version: BeretningVersion | None
    foreword: str = ""
    themes: str = ""
    remarks: dict[str, str] = field(default_factory=dict)  # department code -> text


def beretning_for(*, period: statistics.Period) -> Beretning | None:
    return Beretning.objects.filter(period_start=period.start, period_end=period.end).first()


def beretning_versions(*, user, period: statistics.Period) -> list[BeretningVersion]:
    """Every saved version of the period's texts, newest first."""
    _check(user)
    return list(BeretningVersion.objects.filter(
        beretning__period_start=period.start, beretning__period_end=period.end,
    ).select_related("saved_by").order_by("-number"))


def beretning_texts(*, user, period: statistics.Period, number: int | None = None) -> Texts:
    """The texts of version ``number`` (the newest when None); empty texts when there is none."""
    _check(user)
    versions = BeretningVersion.objects.filter(beretning__period_start=period.start, beretning__period_end=period.end)
    version = (versions.filter(number=number) if number is not None else versions.order_by("-number")).first()
    if version is None:
        return Texts(None)
    remarks = {remark.department.code: remark.text for remark in version.remarks.select_related("department")}
    return Texts(version, version.foreword, version.themes, remarks)


def beretning_texts_save(
    *, user, period: statistics.Period, foreword: str, themes: str, remarks: dict[Department, str],
) -> BeretningVersion:
    """Save the leader's texts as a new version of the period's beretning (never changing an older one).

    Two saves at once cannot get the same number: the beretning row is locked while the next
    number is taken, and the number is unique per beretning.
    """
    _check(user)
    with transaction.atomic():
        try:
            with transaction.atomic():
                beretning, _created = Beretning.objects.get_or_create(period_start=period.start, period_end=period.end)
        except IntegrityError:  # another save created it first
            beretning = Beretning.objects.get(period_start=period.start, period_end=period.end)
        beretning = Beretning.objects.select_for_update().get(pk=beretning.pk)
        last = beretning.versions.order_by("-number").values_list("number", flat=True).first() or 0
        version = BeretningVersion.objects.create(
            beretning=beretning, number=last + 1, foreword=foreword.strip(), themes=themes.strip(),
            saved_at=timezone.now(), saved_by=user,
        )
        BeretningRemark.objects.bulk_create([
            BeretningRemark(version=version, department=department, text=text.strip())
            for department, text in remarks.items() if text.strip()
        ])
        audit_record(user=user, action=AuditAction.CHANGE, obj=beretning,
                     detail=f"texts saved as version {version.number}")
    return version


# --- What the report shows ---------------------------------------------------------------------------------


HIDDEN = ".."  # a count hidden so that a small one cannot be worked out (secondary suppression)


class Disclosure:
    """How figures are printed: exact (internal), or with small counts suppressed (publishable).

    A count from 1 to ``below - 1`` is printed "< below" (primary suppression); the cells in
    ``hidden`` (their keys, chosen by ``suppression.secondary``) are printed ``HIDDEN`` whatever
    their count, so that no small count can be worked out from a total; a share, median or change
    over a count that is small or hidden is not shown ("–").
    """

    def __init__(self, below: int | None, hidden: frozenset = frozenset()):
        self.below = below
        self.hidden = hidden if below else frozenset()

    def small(self, count: int | None) -> bool:
        return bool(self.below) and count is not None and 0 < count < self.below

    def hides(self, count: int | None, key=None) -> bool:
        return self.small(count) or (key is not None and key in self.hidden)

    def count(self, count: int | None, key=None) -> str:
        if self.small(count):
            return f"< {self.below}"
        return HIDDEN if key is not None and key in self.hidden else cell(count)

    def over(self, value, base: int | None, key=None) -> str:
        """A share, median or change computed over ``base`` cases: not shown when ``base`` is too small or hidden."""
        if self.below and ((base or 0) < self.below or (key is not None and key in self.hidden)):
            return "–"
        return cell(value)

    def change(self, value, *bases: int | None, keys=()) -> str:
        if self.below and (any((base or 0) < self.below for base in bases) or any(k in self.hidden for k in keys)):
            return "–"
        return signed(value)


@dataclass(frozen=True)
class ShownRow:
    label: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ShownBar:
    bar: charts.Bar
    text: str


@dataclass(frozen=True)
class ShownTable:
    """A table as printed in the beretning, with the chart drawn from the cells shown."""

    slug: str
    title: str
    key_label: str
    columns: tuple[str, ...]
    rows: tuple[ShownRow, ...]
    bar_chart: charts.BarChart | None = None
    bars: tuple[ShownBar, ...] = ()
    line_chart: charts.LineChart | None = None


# Per table of ``statistics``: each column is a count ("n") or a value over the count in column i (i).
_COLUMN_KINDS: dict[str, tuple] = {
    "kanaler": ("n", "n"), "forvaltninger": ("n", "n"), "enheder": ("n",), "grundlag": ("n",),
    "temaer": ("n",), "resultater": ("n",), "udvikling": ("n", "n"),
    "hoeringer": ("n", "n", 1, 1), "videresendte": ("n", "n", 1, "n", "n", "n", 1),
}


def _key(scope: str, slug: str, row: str, column: int) -> tuple[str, str, str, int]:
    """A printed count's key for secondary suppression: the chapter (``""`` the office's), table, row and column."""
    return (scope, slug, row, column)


def _shown(table: statistics.Table, disclosure: Disclosure, *, chart: str = "", skip_empty: bool = False,
           title: str | None = None, scope: str = "") -> ShownTable:
    kinds = _COLUMN_KINDS[table.slug]
    rows = []
    for row in table.rows:
        if skip_empty and not any(row.values[i] for i, kind in enumerate(kinds) if kind == "n"):
            continue
        rows.append(ShownRow(row.label, tuple(
            disclosure.count(value, _key(scope, table.slug, row.key, i)) if kind == "n"
            else disclosure.over(value, row.values[kind], _key(scope, table.slug, row.key, kind))
            for i, (value, kind) in enumerate(zip(row.values, kinds, strict=True))
        )))
    shown = ShownTable(table.slug, title or table.title, table.key_label, table.columns, tuple(rows))
    if chart == "bar":
        # A suppressed count is drawn as an empty bar: its length would tell the number.
        keys = [_key(scope, table.slug, row.key, 0) for row in table.rows]
        hidden = replace(table, rows=tuple(
            replace(row, values=(0 if disclosure.hides(row.values[0], key) else row.values[0],))
            for row, key in zip(table.rows, keys, strict=True)
        ))
        geometry = charts.bar_chart(hidden)
        bars = tuple(ShownBar(bar, disclosure.count(row.values[0], key))
                     for bar, row, key in zip(geometry.bars, table.rows, keys, strict=True))
        return replace(shown, bar_chart=geometry, bars=bars)
    if chart == "line" and not any(disclosure.hides(value, _key(scope, table.slug, row.key, i))
                                   for row in table.rows for i, value in enumerate(row.values)):
        return replace(shown, line_chart=charts.line_chart(table))
    return shown


def _key_rows(overview: statistics.Overview, disclosure: Disclosure, scope: str = "") -> tuple[ShownRow, ...]:
    """The key figures with the previous period's and the change (the dashboard's ``noegletal``).

    The counts of henvendelser and klagepunkter are the cells ``(scope, "noegletal", "henvendelser"
    / "klagepunkter", 0)`` (this period) and ``1`` (the previous one).
    """
    key, previous = overview.key, overview.previous_key
    bases = [
        (key.henvendelser, previous.henvendelser, True),
        (key.klagepunkter, previous.klagepunkter, True),
        (key.processing.count, previous.processing.count, False),
        (key.processing.count, previous.processing.count, False),
        (key.acknowledgement.whole, previous.acknowledgement.whole, False),
        (key.forwarded_resolved.whole, previous.forwarded_resolved.whole, False),
    ]
    names = ("henvendelser", "klagepunkter", "", "", "", "")
    rows = []
    for change, (base, previous_base, is_count), name in zip(overview.changes, bases, names, strict=True):
        keys = (_key(scope, "noegletal", name, 0), _key(scope, "noegletal", name, 1)) if is_count else ()
        if is_count:
            now, before = disclosure.count(change.current, keys[0]), disclosure.count(change.previous, keys[1])
        else:
            now, before = disclosure.over(change.current, base), disclosure.over(change.previous, previous_base)
        rows.append(ShownRow(str(change.label), (
            now, before, disclosure.change(change.percent, base, previous_base, keys=keys))))
    return tuple(rows)


@dataclass(frozen=True)
class DepartmentChapter:
    code: str
    name: str
    key_rows: tuple[ShownRow, ...]
    grounds: ShownTable
    outcomes: ShownTable
    remarks_html: str


@dataclass(frozen=True)
class Report:
    """Everything the beretning's template prints; every figure already formatted for the edition."""

    edition: str
    below: int | None
    period: statistics.Period
    previous_period: statistics.Period
    computed_at: dt.datetime
    office: Office
    logo_url: str
    texts: Texts
    foreword_html: str
    themes_html: str
    key_rows: tuple[ShownRow, ...]
    key_columns: tuple[str, ...]
    processing_count: str
    tables: dict[str, ShownTable]
    departments: tuple[DepartmentChapter, ...]
    flags: ShownTable | None
    investigations: tuple[tuple[str, ...], ...]
    investigation_texts: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    suggestions: ShownTable
    suggestion_list: tuple[tuple[str, ...], ...]
    henstillinger: ShownTable
    henstilling_list: tuple[tuple[str, ...], ...]
    satisfaction: ShownTable | None = None  # "Tilfredshed": the portal's survey (insights/survey.py)
    as_of_refresh: bool = False  # read from the aggregate: ``computed_at`` is its last refresh
    pending: bool = False  # ... and cases of the periods changed since then (not in the figures yet)

    @property
    def internal(self) -> bool:
        return self.edition == INTERNAL

    @property
    def title(self) -> str:
        return _("Beretning %(start)s – %(end)s") % {
            "start": date_format(self.period.start, "j. F Y"), "end": date_format(self.period.end, "j. F Y"),
        }


def _leader_html(text: str) -> str:
    """The leader's text as HTML (paragraphs, "- " lists, "## " headings under the chapter's), escaped."""
    return body_html(text).replace("<h2>", "<h3>").replace("</h2>", "</h3>")


def _date(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else "–"


def _local_date(moment: dt.datetime | None) -> dt.date | None:
    return local_date(moment) if moment else None


def _counts_table(slug: str, title: str, key_label: str, columns: tuple[str, ...],
                  rows: list[tuple[str, tuple[int, ...]]], disclosure: Disclosure) -> ShownTable:
    return ShownTable(slug, title, key_label, columns, tuple(
        ShownRow(label, tuple(disclosure.count(n, _key("", slug, label, i)) for i, n in enumerate(values)))
        for label, values in rows
    ))


def _department_name(department: Department | None) -> str:
    return department.name if department is not None else _("Ingen forvaltning")


def _suggestions_table(rows: list[tuple[str, tuple[int, ...]]], disclosure: Disclosure) -> ShownTable:
    return _counts_table(
        "forslag", _("Forslag efter forvaltning og om de blev gennemført"), _("Forvaltning"),
        (*[str(label) for label in Adoption.labels], _("I alt")), rows, disclosure,
    )


def _suggestions(period: statistics.Period, internal: bool, user):
    """The suggestions' counts per forvaltning (each adoption, and "I alt" last) and, internally, the list."""
    entries = list(registers.suggestions_for_period(start=period.start, end=period.end))
    by_department: dict[str, list[int]] = {}
    adoptions = list(Adoption.values)
    for entry in entries:
        counts = by_department.setdefault(_department_name(entry.department), [0] * (len(adoptions) + 1))
        counts[adoptions.index(entry.adoption)] += 1
        counts[-1] += 1
    rows = [(label, tuple(counts)) for label, counts in sorted(by_department.items())]
    listing: tuple[tuple[str, ...], ...] = ()
    if internal:
        for entry in entries:  # under the case when it came from one, so the case's audit log shows it
            audit_record(user=user, action=AuditAction.VIEW, obj=entry.klagepunkt.case if entry.klagepunkt else entry,
                         detail=f"beretning (intern): suggestion {entry.pk}")
        listing = tuple(
            (_date(entry.received_on), _department_name(entry.department), entry.get_adoption_display(),
             _date(entry.answer_received_on), entry.text)
            for entry in sorted(entries, key=lambda e: (e.received_on, e.pk))
        )
    return rows, listing


def _henstillinger_table(rows: list[tuple[str, tuple[int, ...]]], disclosure: Disclosure) -> ShownTable:
    return _counts_table(
        "henstillinger", _("Henstillinger givet i perioden og forvaltningernes svar"), _("Forvaltning"),
        (*[str(label) for label in Compliance.labels], _("Afventer svar"), _("Heraf opfølgning overskredet"),
         _("I alt")),
        rows, disclosure,
    )


def _henstillinger(period: statistics.Period, internal: bool, user, today: dt.date):
    """Henstillinger per forvaltning (each answer, waiting, of those overdue, "I alt") and, internally, the list."""
    entries = list(registers.henstillinger_for_period(start=period.start, end=period.end))
    columns = [*Compliance.values, "afventer", "overskredet"]
    by_department: dict[str, list[int]] = {}
    for entry in entries:
        counts = by_department.setdefault(_department_name(entry.klagepunkt.department), [0] * (len(columns) + 1))
        counts[-1] += 1
        if entry.answer_received_on is not None and entry.compliance:
            counts[columns.index(entry.compliance)] += 1
        else:
            counts[columns.index("afventer")] += 1
            due = entry.klagepunkt.henstilling_follow_up
            if due is not None and due < today:
                counts[columns.index("overskredet")] += 1
    by_department_rows = [(label, tuple(counts)) for label, counts in sorted(by_department.items())]
    listing: tuple[tuple[str, ...], ...] = ()
    if internal:
        rows = []
        for entry in entries:
            point = entry.klagepunkt
            case = point.case
            audit_record(user=user, action=AuditAction.VIEW, obj=case,
                         detail=f"beretning (intern): henstilling klagepunkt {point.number}")
            advisor = case.assigned_to
            rows.append((
                f"{case.reference}/{point.number}", _department_name(point.department),
                _date(_local_date(point.closed_at)), _date(point.henstilling_follow_up),
                entry.get_compliance_display() if entry.answer_received_on else _("Afventer svar"),
                (advisor.get_full_name() or advisor.get_username()) if advisor else "–",
            ))
        listing = tuple(rows)
    return by_department_rows, listing


def _recurring(period: statistics.Period):
    flags = Flag.objects.filter(first_received_on__lte=period.end, last_received_on__gte=period.start)
    counted: dict[str, list[int]] = {}
    statuses = list(FlagStatus.values)
    for row in flags.order_by().values("department__name", "status").annotate(n=Count("pk")):
        counts = counted.setdefault(row["department__name"], [0] * (len(statuses) + 1))
        counts[statuses.index(row["status"])] += row["n"]
        counts[-1] += row["n"]
    table = _counts_table(
        "tilbagevendende", _("Tilbagevendende problemer fundet i perioden"), _("Forvaltning"),
        (*[str(label) for label in FlagStatus.labels], _("I alt")), sorted(counted.items()), Disclosure(None),
    )
    investigations = list(selectors_systemic.investigations_for_period(start=period.start, end=period.end))
    return table, investigations


def _investigation_rows(investigations, disclosure: Disclosure, internal: bool, user):
    rows, texts = [], []
    for investigation in investigations:
        row = (_department_name(investigation.department), investigation.get_status_display(),
               _date(investigation.started_on), _date(investigation.concluded_on),
               disclosure.count(investigation.case_count))
        rows.append((investigation.title, *row) if internal else row)
        if internal:
            audit_record(user=user, action=AuditAction.VIEW, obj=investigation, detail="beretning (intern)")
            texts.append((investigation.title, tuple((heading, text) for heading, text in (
                (_("Omfang"), investigation.scope), (_("Konklusioner"), investigation.findings),
                (_("Anbefalinger"), investigation.recommendations),
            ) if text)))
    return tuple(rows), tuple(texts)


class _Printed:
    """Every count the publishable edition prints (by its ``_key``), and the sums a reader can check.

    The relations (``suppression.Relation``; one that does not hold for these counts is left out):
    each column of channels, forvaltninger, grounds, themes, outcomes and months adds up to the key
    figures' henvendelser or klagepunkter; a forwarded complaint's answers add up to "Besvaret"; in
    each forvaltning's chapter its key figures are its row of the forvaltninger table, its grounds
    and outcomes add up to its klagepunkter, and over the chapters each ground and outcome adds up
    to the office's; the chapters' henvendelser and klagepunkter, this period and the last, add up
    to the office's; a suggestion's and a henstilling's row adds up to its "I alt", and the "I alt"
    column to the outcomes' suggestions and henstillinger (and per forvaltning to its chapter's); a
    survey question's answers add up to its "Svar i alt", the same for every question.
    """

    TOTALS = (_key("", "noegletal", "henvendelser", 0), _key("", "noegletal", "klagepunkter", 0))

    def __init__(self):
        self.values: dict = {}
        self.relations: list[suppression.Relation] = []

    def sums(self, total, parts) -> None:
        self.relations.append(suppression.Relation(total, tuple(parts)))

    def table(self, scope: str, shown: statistics.Table) -> None:
        for row in shown.rows:
            for i, kind in enumerate(_COLUMN_KINDS[shown.slug]):
                if kind == "n":
                    self.values[_key(scope, shown.slug, row.key, i)] = row.values[i] or 0

    def key_counts(self, scope: str, figures: statistics.Overview) -> None:
        for period, key in enumerate((figures.key, figures.previous_key)):
            self.values[_key(scope, "noegletal", "henvendelser", period)] = key.henvendelser
            self.values[_key(scope, "noegletal", "klagepunkter", period)] = key.klagepunkter

    def office(self, overview: statistics.Overview) -> None:
        self.key_counts("", overview)
        for slug in ("kanaler", "forvaltninger", "grundlag", "temaer", "resultater", "udvikling", "hoeringer",
                     "videresendte"):
            shown = overview.table(slug)
            self.table("", shown)
            for i in {"kanaler": (0, 1), "forvaltninger": (0, 1), "udvikling": (0, 1)}.get(slug, ()):
                self.sums(self.TOTALS[i], (_key("", slug, row.key, i) for row in shown.rows))
            if slug in ("grundlag", "temaer", "resultater"):
                self.sums(self.TOTALS[1], (_key("", slug, row.key, 0) for row in shown.rows))
            for row in shown.rows if slug == "videresendte" else ():
                self.sums(_key("", slug, row.key, 1), (_key("", slug, row.key, i) for i in (3, 4, 5)))

    def departments(self, overview: statistics.Overview, departments) -> None:
        codes = [department.code for department, _figures, _remarks in departments]
        for name in ("henvendelser", "klagepunkter"):
            for period in (0, 1):
                self.sums(_key("", "noegletal", name, period),
                          (_key(code, "noegletal", name, period) for code in codes))
        for slug in ("grundlag", "resultater"):
            for row in overview.table(slug).rows:
                self.sums(_key("", slug, row.key, 0), (_key(code, slug, row.key, 0) for code in codes))
        for department, figures, _remarks in departments:
            scope = department.code
            self.key_counts(scope, figures)
            for i, name in enumerate(("henvendelser", "klagepunkter")):
                self.sums(_key(scope, "noegletal", name, 0), (_key("", "forvaltninger", scope, i),))
            for slug in ("grundlag", "resultater"):
                shown = figures.table(slug)
                self.table(scope, shown)
                self.sums(_key(scope, "noegletal", "klagepunkter", 0),
                          (_key(scope, slug, row.key, 0) for row in shown.rows))
            self.sums(_key(scope, "resultater", "henstilling", 0), (_key("", "henstillinger", department.name, 5),))
            self.sums(_key(scope, "resultater", "forslag", 0), (_key("", "forslag", department.name, 4),))

    def registers(self, slug: str, rows, total_column: int, outcome: str) -> None:
        for label, counts in rows:
            for i, n in enumerate(counts):
                self.values[_key("", slug, label, i)] = n
            self.sums(_key("", slug, label, total_column), (_key("", slug, label, i) for i in range(4)))
        self.sums(_key("", "resultater", outcome, 0), (_key("", slug, label, total_column) for label, _counts in rows))

    def survey(self, questions) -> None:
        first_total = None
        for answers in questions:
            keys = [_key("", "tilfredshed", answers.question, i) for i in range(len(answers.counts) + 1)]
            self.values.update(zip(keys, (*answers.counts, answers.total), strict=True))
            self.sums(keys[-1], keys[:-1])
            if first_total is not None:
                self.sums(keys[-1], (first_total,))
            first_total = first_total or keys[-1]


def _printed_counts(overview, departments, suggestion_rows, henstilling_rows, survey_questions):
    """``_Printed``'s counts and relations for the report's figures (see ``_Printed``)."""
    printed = _Printed()
    printed.office(overview)
    printed.departments(overview, departments)
    printed.registers("forslag", suggestion_rows, 4, "forslag")
    printed.registers("henstillinger", henstilling_rows, 5, "henstilling")
    printed.survey(survey_questions)
    return printed.values, printed.relations


def beretning_report(
    *, user, period: statistics.Period, edition: str = INTERNAL, version: int | None = None,
    today: dt.date | None = None, source: str = "page",
) -> Report:
    """The beretning of ``period`` in ``edition``, with the newest texts (or version ``version``).

    Generating the internal edition is written to the audit log (see the module docstring); ``source``
    says where (the page, the command line).
    """
    _check(user)
    if edition not in EDITIONS:
        raise ValueError(f"Unknown edition {edition!r}.")
    internal = edition == INTERNAL
    below = None if internal else settings.INSIGHTS_BERETNING_SUPPRESS_BELOW
    today = today or local_today()
    with translation.override(REPORT_LANGUAGE):
        texts = beretning_texts(user=user, period=period, number=version)
        overview = statistics.insights_overview(user=user, period=period, today=today)
        departments = []
        for department in Department.objects.order_by("name"):
            remarks = texts.remarks.get(department.code, "")
            figures = statistics.insights_overview(user=user, period=period, department=department, today=today,
                                                   only=("grundlag", "resultater"))
            if figures.key.henvendelser or figures.key.klagepunkter or remarks:
                departments.append((department, figures, remarks))
        flags, investigations = _recurring(period)
        suggestion_rows, suggestion_list = _suggestions(period, internal, user)
        henstilling_rows, henstilling_list = _henstillinger(period, internal, user, today)
        _total, survey_questions = survey.survey_answers(period=period)
        hidden: frozenset = frozenset()
        if below:  # every count the edition prints, and how they add up: hide what would tell a small one
            values, relations = _printed_counts(overview, departments, suggestion_rows, henstilling_rows,
                                                survey_questions)
            hidden = suppression.secondary(values, relations, below)
        disclosure = Disclosure(below, hidden)
        tables = {
            "kanaler": _shown(overview.table("kanaler"), disclosure, chart="bar"),
            "forvaltninger": _shown(overview.table("forvaltninger"), disclosure),
            "grundlag": _shown(overview.table("grundlag"), disclosure, chart="bar"),
            "temaer": _shown(overview.table("temaer"), disclosure, chart="bar"),
            "resultater": _shown(overview.table("resultater"), disclosure, chart="bar"),
            "udvikling": _shown(overview.table("udvikling"), disclosure, chart="line"),
            "hoeringer": _shown(overview.table("hoeringer"), disclosure),
            "videresendte": _shown(overview.table("videresendte"), disclosure),
        }
        chapters = [
            DepartmentChapter(
                department.code, department.name, _key_rows(figures, disclosure, scope=department.code),
                _shown(figures.table("grundlag"), disclosure, skip_empty=True, scope=department.code),
                _shown(figures.table("resultater"), disclosure, skip_empty=True, scope=department.code),
                _leader_html(remarks),
            )
            for department, figures, remarks in departments
        ]
        investigation_rows, investigation_texts = _investigation_rows(investigations, disclosure, internal, user)
        suggestions = _suggestions_table(suggestion_rows, disclosure)
        henstillinger = _henstillinger_table(henstilling_rows, disclosure)
        office = Office.objects.first() or Office()
        report = Report(
            edition=edition, below=below, period=period, previous_period=overview.previous_period,
            computed_at=overview.computed_at, office=office, logo_url=logo_data_uri(office), texts=texts,
            foreword_html=_leader_html(texts.foreword), themes_html=_leader_html(texts.themes),
            key_rows=_key_rows(overview, disclosure),
            key_columns=(_("Denne periode"), _("Forrige periode"), _("Ændring (%)")),
            processing_count=disclosure.count(overview.key.processing.count),
            tables=tables, departments=tuple(chapters), flags=flags if flags.rows else None,
            investigations=investigation_rows, investigation_texts=investigation_texts,
            suggestions=suggestions, suggestion_list=suggestion_list,
            henstillinger=henstillinger, henstilling_list=henstilling_list,
            satisfaction=survey.satisfaction_shown(questions=survey_questions, disclosure=disclosure),
            as_of_refresh=overview.as_of_refresh,
            pending=overview.as_of_refresh and aggregate.changed_since_refresh([period.previous(), period]),
        )
    if internal:
        number = texts.version.number if texts.version else 0
        audit_record(user=user, action=AuditAction.VIEW, obj=_beretning_get_or_create(period),
                     detail=f"internal edition generated on the {source} (texts version {number})")
    return report


def _beretning_get_or_create(period: statistics.Period) -> Beretning:
    try:
        with transaction.atomic():
            return Beretning.objects.get_or_create(period_start=period.start, period_end=period.end)[0]
    except IntegrityError:
        return Beretning.objects.get(period_start=period.start, period_end=period.end)


# --- Output ----------------------------------------------------------------------------------------------


def beretning_html(report: Report, *, csp_nonce: str = "") -> str:
    """The beretning as one accessible HTML document (its styles inside, images as data: URIs)."""
    with translation.override(REPORT_LANGUAGE):
        return render_to_string("insights/beretning/report.html", {
            "report": report, "language": REPORT_LANGUAGE, "csp_nonce": csp_nonce,
        })


def beretning_pdf(report: Report) -> bytes:
    """The beretning as tagged PDF/UA-1 through the letters' WeasyPrint pipeline (``letters.pdf``)."""
    return document_pdf(beretning_html(report))


def beretning_filename(report: Report, extension: str) -> str:
    return f"beretning-{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}-{report.edition}.{extension}"
