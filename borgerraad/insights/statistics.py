"""Every figure of the dashboard and the beretning: pure reads over a period, for a user.

Rules (docs/insights.md, DOMAIN.md §9):

- **Who is counted.** Every figure is counted from ``InsightsPolicy.visible(user)``: the leader's
  figures cover every case (restricted ones included, which ``CasePolicy`` lets the leader see);
  an advisor's cover the cases assigned to them. Nobody else gets figures (``PermissionDenied``).
  Filters only narrow that set: ``department`` (a case belongs to a forvaltning when the
  henvendelse names it or one of its klagepunkter does; klagepunkt figures count the klagepunkter
  of that forvaltning, høringer those sent to it) and ``advisor`` (cases assigned to them).
- **The cohort.** Henvendelser and klagepunkter are counted by the day the henvendelse was
  received (``Case.received_on``) within the period, ends included. A henvendelse counts once its
  case is opened (manual channels at registration, the others when staff open them from the inbox).
  Outcomes, høringer and forwarded points are those of the cohort's cases.
- **Processing time** is counted over cases *concluded* in the period (``Case.closed_at``, local
  date), in calendar days from receipt to conclusion. Percentiles are computed the same way on every
  database: the database counts the cases per number of days (``GROUP BY``), and the percentiles
  are read off those counts with linear interpolation between the closest ranks (the same
  definition as PostgreSQL's ``percentile_cont``; ``statistics.quantiles``, method "inclusive").
- **In SQL.** Every figure is an aggregate in the database (``COUNT`` with filters, ``GROUP BY``
  per code, per forvaltning or per number of days); no selector lists the period's rows in Python,
  so the cost grows with the number of distinct codes and days, not of klagepunkter
  (docs/insights.md, "Performance").
- **Acknowledgement kept**: of the cohort's cases whose acknowledgement deadline has come (it
  passed, or the acknowledgement was sent), the share acknowledged on or before the deadline.
- **Høringer**: sent høringer of the cohort; answer time in calendar days from the day sent to the
  day the answer was received; "in time" means on or before the (extended) deadline.
- **Forwarded points**: klagepunkter forwarded to the unit; answer time from the forwarding decision
  to the unit's answer (``Klagepunkt.forward_answered_on``); resolved means medhold or delvist medhold
  (``forward_result``) out of the answered.
- **Change** compares the key figures with the previous period of the same number of days, ending
  the day before this one starts.
- **Engine and staff** (``visitation_agreement``): per case, never per row. Visitation stores the
  engine's result beside each klagepunkt, and pairs the engine's n-th klagepunkt with staff's n-th
  row (``triage_suggestion["klagepunkt"]``), which says nothing when staff split the henvendelse
  differently or in another order. So agreement compares, per case, the engine's verdict, grounds,
  forvaltning and complaint bodies (the henvendelse-level keys, the same on every point) with what
  staff decided over all the case's klagepunkter taken together (sets, so order is irrelevant).

Nothing here writes, and nothing returns personal data: codes, labels, reference numbers and counts.
"""

from __future__ import annotations

import datetime as dt
import statistics as pystats
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Count, DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate, TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from borgerraad.accounts.policies import VIEW
from borgerraad.cases.models import (
    Case,
    Decision,
    ForwardResult,
    Ground,
    Hoering,
    Klagepunkt,
    KritikDegree,
    Outcome,
    Theme,
)
from borgerraad.core.calendar import TZ, local_date
from borgerraad.core.models import Department
from borgerraad.insights.policies import VIEW_AGREEMENT, insights_policy
from borgerraad.intake.models import Channel

VERDICTS = ("in_scope", "contact_unit_first", "out_of_scope")  # the engine's verdicts (docs/triage-contract.md)


def _verdict_label(code: str) -> str:
    labels = {
        "in_scope": _("Kan behandles"),
        "contact_unit_first": _("Kontakt enheden først"),
        "out_of_scope": _("Uden for kompetence"),
    }
    return str(labels.get(code, _("Ingen vurdering")))


# --- Plain data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError("A period ends on or after its start.")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length ending the day before this one starts."""
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def months(self) -> list[dt.date]:
        """The first day of every month the period touches, in order."""
        month = self.start.replace(day=1)
        found = []
        while month <= self.end:
            found.append(month)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        return found

    def local_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """From the start's midnight to the midnight after the end, in the office's time zone."""
        return (
            dt.datetime.combine(self.start, dt.time(), TZ),
            dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), TZ),
        )


@dataclass(frozen=True)
class Row:
    key: str  # a stable code (channel, department code, ...), for exports and tests
    label: str
    values: tuple[int | float | None, ...]


@dataclass(frozen=True)
class Table:
    """One table of the dashboard: its numbers, shown beside a chart of the first column (``chart``)."""

    slug: str
    title: str
    key_label: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    chart: str = "bar"  # "bar", "line" (the trend) or "" (a table only)
    percent_columns: frozenset[int] = frozenset()

    def value(self, key: str, column: int = 0) -> int | float | None:
        for row in self.rows:
            if row.key == key:
                return row.values[column]
        raise KeyError(key)

    def total(self, column: int = 0) -> int:
        return sum(row.values[column] or 0 for row in self.rows)


@dataclass(frozen=True)
class Percentiles:
    count: int
    p50: float | None
    p90: float | None


@dataclass(frozen=True)
class Share:
    part: int
    whole: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.part / self.whole, 1) if self.whole else None


@dataclass(frozen=True)
class KeyFigures:
    henvendelser: int
    klagepunkter: int
    processing: Percentiles
    acknowledgement: Share
    forwarded_resolved: Share


@dataclass(frozen=True)
class Change:
    label: str
    current: float | int | None
    previous: float | int | None
    unit: str = ""  # "", "dage" or "%"

    @property
    def percent(self) -> float | None:
        """The change in per cent of the previous value (None when there is nothing to compare with)."""
        if self.current is None or not self.previous:
            return None
        return round(100 * (self.current - self.previous) / self.previous, 1)


@dataclass(frozen=True)
class Overview:
    period: Period
    previous_period: Period
    computed_at: dt.datetime
    key: KeyFigures
    previous_key: KeyFigures
    changes: tuple[Change, ...]
    tables: tuple[Table, ...] = field(default=())
    as_of_refresh: bool = field(default=False, compare=False)  # the aggregate's figures at ``computed_at``

    def table(self, slug: str) -> Table:
        for table in self.tables:
            if table.slug == slug:
                return table
        raise KeyError(slug)


# --- Scope ---------------------------------------------------------------------------------------------


def insights_cases(*, user, department: Department | None = None, advisor=None) -> QuerySet[Case]:
    """The cases whose figures ``user`` may see, narrowed by the filters (no period yet)."""
    if not insights_policy.can(user, VIEW):
        raise PermissionDenied
    return cases_narrowed(insights_policy.visible(user), department=department, advisor=advisor)


def cases_narrowed(cases: QuerySet[Case], *, department: Department | None = None, advisor=None) -> QuerySet[Case]:
    """``cases`` narrowed by the filters: a forvaltning (the henvendelse's or a klagepunkt's), an advisor."""
    if department is not None:
        cases = cases.filter(
            Q(henvendelse__department=department)
            | Exists(Klagepunkt.objects.filter(case=OuterRef("pk"), department=department))
        )
    if advisor is not None:
        cases = cases.filter(assigned_to=advisor)
    return cases


def _cohort(cases: QuerySet[Case], period: Period) -> QuerySet[Case]:
    return cases.filter(received_on__gte=period.start, received_on__lte=period.end)


def _points(cohort: QuerySet[Case], department: Department | None) -> QuerySet[Klagepunkt]:
    points = Klagepunkt.objects.filter(case__in=cohort.values("pk"))
    return points.filter(department=department) if department is not None else points


def percentiles(values: Sequence[float]) -> Percentiles:
    """Median and 90th percentile with linear interpolation (PostgreSQL's ``percentile_cont``)."""
    data = sorted(values)
    if not data:
        return Percentiles(0, None, None)
    if len(data) == 1:
        return Percentiles(1, float(data[0]), float(data[0]))
    deciles = pystats.quantiles(data, n=10, method="inclusive")
    return Percentiles(len(data), round(float(pystats.median(data)), 1), round(deciles[8], 1))


def percentiles_of_counts(counts: Counter) -> Percentiles:
    """``percentiles`` of the values ``counts`` holds with their multiplicities, without listing them.

    The same figures as ``percentiles(list(counts.elements()))``: the database groups the days
    (a few hundred distinct values) and this reads the ranks off the cumulative counts.
    """
    ordered = sorted((value, n) for value, n in counts.items() if n > 0)
    total = sum(n for _value, n in ordered)
    if not total:
        return Percentiles(0, None, None)
    if total == 1:
        return Percentiles(1, float(ordered[0][0]), float(ordered[0][0]))

    def at(rank: int):  # the value at 0-based ``rank`` of the sorted list
        seen = 0
        for value, n in ordered:
            seen += n
            if rank < seen:
                return value
        raise IndexError(rank)

    def fraction(p: int, q: int) -> float:  # statistics.quantiles(method="inclusive"): (total - 1) * p / q
        index, remainder = divmod((total - 1) * p, q)
        low = at(index)
        if not remainder:
            return float(low)
        return (low * (q - remainder) + at(index + 1) * remainder) / q

    median = pystats.median([at((total - 1) // 2), at(total // 2)])
    return Percentiles(total, round(float(median), 1), round(fraction(9, 10), 1))


def _days_between(later, earlier) -> ExpressionWrapper:
    """Calendar days from ``earlier`` to ``later`` (dates), in SQL on every database."""
    return ExpressionWrapper(later - earlier, output_field=DurationField())


def _local_day(name: str) -> TruncDate:
    """The office's local date of the datetime column ``name``, in SQL."""
    return TruncDate(name, tzinfo=TZ)


# --- Counts: what every table is built from ---------------------------------------------------------------
#
# The figures are counted in two ways that give the same ``Counts``: from the cases on the request
# (``counts_of_cases``, below) or from the scheduler's aggregate (``aggregate.aggregate_counts``).
# The tables are built from ``Counts`` by the same code either way (``overview_build``), in the
# language active then, so the scheduler counts once and builds the page in every language.


@dataclass
class KeyCounts:
    """What the key figures of one period are computed from."""

    henvendelser: int = 0
    klagepunkter: int = 0
    processing_days: Counter = field(default_factory=Counter)  # calendar days -> concluded cases
    acknowledged_kept: int = 0
    acknowledgement_due: int = 0
    forwarded_answered: int = 0
    forwarded_resolved: int = 0

    def figures(self) -> KeyFigures:
        return KeyFigures(
            henvendelser=self.henvendelser, klagepunkter=self.klagepunkter,
            processing=percentiles_of_counts(self.processing_days),
            acknowledgement=Share(self.acknowledged_kept, self.acknowledgement_due),
            forwarded_resolved=Share(self.forwarded_resolved, self.forwarded_answered),
        )


@dataclass
class Counts:
    """Every count behind an overview; a table's counts are None when it was not asked for.

    Departments are keyed by code (None or "" for klagepunkter without one); ``names`` gives the
    names of the codes in ``hoeringer`` and ``forwarded``.
    """

    current: KeyCounts
    previous: KeyCounts
    computed_at: dt.datetime
    as_of_refresh: bool = False  # read from the aggregate: as of its last refresh (computed_at), not of now
    names: dict[str, str] = field(default_factory=dict)
    channels: tuple[Counter, Counter] | None = None  # henvendelser, klagepunkter by channel
    departments: dict[str | None, tuple[int, int]] | None = None  # code -> (henvendelser, klagepunkter)
    units: Counter | None = None  # (department code or None, unit) -> klagepunkter
    grounds: Counter | None = None
    themes: Counter | None = None
    verdicts: Counter | None = None  # verdict ("" none) -> henvendelser
    decisions: Counter | None = None
    outcomes: Counter | None = None  # loest_i_dialog, kritik:<degree>, ..., forslag, aaben -> klagepunkter
    hoeringer: dict[str, tuple[int, Counter, int]] | None = None  # code -> (sent, answer days, in time)
    forwarded: dict[str, Counter] | None = None  # code -> forwarded, answered, results; code + "/days" below
    forwarded_days: dict[str, Counter] | None = None  # code -> answer days -> klagepunkter
    trend: tuple[Counter, Counter] | None = None  # henvendelser, klagepunkter by month (first day)


TABLES = ("udvikling", "kanaler", "forvaltninger", "enheder", "grundlag", "temaer", "visitationsmotor",
          "beslutninger", "resultater", "hoeringer", "videresendte")


def _processing_days(*, cases: QuerySet[Case], period: Period) -> Counter:
    """Calendar days from receipt to conclusion of the cases concluded in ``period``, counted per number of days."""
    start, end = period.local_bounds()
    concluded = cases.filter(closed_at__gte=start, closed_at__lt=end).order_by()
    days = concluded.annotate(days=_days_between(_local_day("closed_at"), F("received_on")))
    return Counter({row["days"].days: row["n"] for row in days.values("days").annotate(n=Count("pk"))})


def processing_times(*, cases: QuerySet[Case], period: Period) -> Percentiles:
    """Calendar days from receipt to conclusion of the cases concluded in ``period``."""
    return percentiles_of_counts(_processing_days(cases=cases, period=period))


def _key_counts(
    *, cases: QuerySet[Case], period: Period, department: Department | None, today: dt.date,
) -> KeyCounts:
    cohort = _cohort(cases, period)
    points = _points(cohort, department)
    acknowledged = cohort.order_by().annotate(acknowledged_on=_local_day("acknowledged_at")).aggregate(
        due=Count("pk", filter=Q(acknowledged_at__isnull=False) | Q(acknowledgement_due__lt=today)),
        kept=Count("pk", filter=Q(acknowledged_at__isnull=False, acknowledged_on__lte=F("acknowledgement_due"))),
    )
    forwarded = points.filter(decision=Decision.FORWARD, forward_answered_on__isnull=False).order_by().aggregate(
        answered=Count("pk"),
        resolved=Count("pk", filter=Q(forward_result__in=(ForwardResult.MEDHOLD, ForwardResult.DELVIST_MEDHOLD))),
    )
    return KeyCounts(
        henvendelser=cohort.count(), klagepunkter=points.count(),
        processing_days=_processing_days(cases=cases, period=period),
        acknowledged_kept=acknowledged["kept"], acknowledgement_due=acknowledged["due"],
        forwarded_answered=forwarded["answered"], forwarded_resolved=forwarded["resolved"],
    )


def key_figures(
    *, cases: QuerySet[Case], period: Period, department: Department | None, today: dt.date,
) -> KeyFigures:
    return _key_counts(cases=cases, period=period, department=department, today=today).figures()


def _changes(current: KeyFigures, previous: KeyFigures) -> tuple[Change, ...]:
    return (
        Change(_("Henvendelser"), current.henvendelser, previous.henvendelser),
        Change(_("Klagepunkter"), current.klagepunkter, previous.klagepunkter),
        Change(_("Behandlingstid, median"), current.processing.p50, previous.processing.p50, "dage"),
        Change(_("Behandlingstid, 90 %-fraktil"), current.processing.p90, previous.processing.p90, "dage"),
        Change(_("Kvitteringsfrist overholdt"), current.acknowledgement.percent, previous.acknowledgement.percent, "%"),
        Change(
            _("Videresendte løst af enheden"), current.forwarded_resolved.percent,
            previous.forwarded_resolved.percent, "%",
        ),
    )


def _counts(queryset: QuerySet, field_name: str) -> Counter:
    return Counter({
        row[field_name]: row["n"]
        for row in queryset.order_by().values(field_name).annotate(n=Count("pk"))
    })


def _month_key(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _counted_departments(points: QuerySet[Klagepunkt]) -> dict:
    return {
        row["department__code"]: (row["h"], row["n"])
        for row in points.order_by().values("department__code").annotate(h=Count("case", distinct=True), n=Count("pk"))
    }


def _counted_verdicts(cohort: QuerySet[Case]) -> Counter:
    counted: Counter = Counter()
    for row in cohort.order_by().values("henvendelse__triage__verdict").annotate(n=Count("pk")):
        counted[row["henvendelse__triage__verdict"] or ""] += row["n"]
    return counted


def _counted_outcomes(points: QuerySet[Klagepunkt]) -> Counter:
    by_outcome: Counter = Counter()
    for row in points.order_by().values("outcome", "kritik_degree", "decision").annotate(n=Count("pk")):
        if row["outcome"] == Outcome.KRITIK:
            by_outcome[f"kritik:{row['kritik_degree']}"] += row["n"]
        elif row["outcome"]:
            by_outcome[row["outcome"]] += row["n"]
        else:
            by_outcome["forslag" if row["decision"] == Decision.SUGGESTION else "aaben"] += row["n"]
    return by_outcome


def _counted_hoeringer(cohort: QuerySet[Case], department: Department | None, names: dict) -> dict:
    hoeringer = Hoering.objects.filter(case__in=cohort.values("pk"), sent_at__isnull=False)
    if department is not None:
        hoeringer = hoeringer.filter(department=department)
    grouped = hoeringer.order_by().annotate(
        days=_days_between(F("answer_received_on"), _local_day("sent_at")),
    ).values("department__code", "department__name", "days").annotate(
        n=Count("pk"), in_time=Count("pk", filter=Q(answer_received_on__lte=F("deadline"))),
    )
    counted: dict[str, list] = {}
    for row in grouped:  # one row per forvaltning and answer time (None: not answered)
        code = row["department__code"]
        names[code] = row["department__name"]
        entry = counted.setdefault(code, [0, Counter(), 0])
        entry[0] += row["n"]
        if row["days"] is not None:
            entry[1][row["days"].days] += row["n"]
            entry[2] += row["in_time"]
    return {code: tuple(entry) for code, entry in counted.items()}


def _counted_forwarded(points: QuerySet[Klagepunkt], names: dict) -> tuple[dict, dict]:
    forwarded = points.filter(decision=Decision.FORWARD).order_by().annotate(
        days=_days_between(F("forward_answered_on"), _local_day("decided_at")),
    )
    counts: dict[str, Counter] = defaultdict(Counter)
    days: dict[str, Counter] = defaultdict(Counter)
    grouped = forwarded.values("department__code", "department__name", "days", "forward_result").annotate(
        n=Count("pk"),
    )
    for row in grouped:  # one row per forvaltning, answer time (None: not answered) and result
        code = row["department__code"] or ""
        if row["department__name"]:
            names[code] = row["department__name"]
        counts[code]["forwarded"] += row["n"]
        if row["days"] is not None:
            counts[code]["answered"] += row["n"]
            counts[code][row["forward_result"]] += row["n"]
            days[code][row["days"].days] += row["n"]
    return dict(counts), dict(days)


def _counted_trend(cohort: QuerySet[Case], points: QuerySet[Klagepunkt]) -> tuple[Counter, Counter]:
    henvendelser = Counter({
        _month_key(row["month"]): row["n"]
        for row in cohort.order_by().annotate(month=TruncMonth("received_on")).values("month").annotate(n=Count("pk"))
    })
    klagepunkter = Counter({
        _month_key(row["month"]): row["n"]
        for row in points.order_by().annotate(month=TruncMonth("case__received_on")).values("month")
        .annotate(n=Count("pk"))
    })
    return henvendelser, klagepunkter


def counts_of_cases(
    *, cases: QuerySet[Case], period: Period, department: Department | None = None, today: dt.date | None = None,
    only: Iterable[str] | None = None,
) -> Counts:
    """Every count of the overview, from ``cases`` (already narrowed by the policy and the filters)."""
    now = timezone.now()
    today = today or local_date(now)
    wanted = set(TABLES) if only is None else set(only)
    cohort = _cohort(cases, period)
    points = _points(cohort, department)
    counts = Counts(
        current=_key_counts(cases=cases, period=period, department=department, today=today),
        previous=_key_counts(cases=cases, period=period.previous(), department=department, today=today),
        computed_at=now,
    )
    if "kanaler" in wanted:
        counts.channels = (_counts(cohort, "henvendelse__channel"), _counts(points, "case__henvendelse__channel"))
    if "forvaltninger" in wanted:
        counts.departments = _counted_departments(points)
    if "enheder" in wanted:
        counts.units = Counter({
            (row["department__code"], row["unit"]): row["n"]
            for row in points.order_by().values("department__code", "unit").annotate(n=Count("pk"))
        })
    for slug, name, source, field_name in (
        ("grundlag", "grounds", points, "ground"), ("temaer", "themes", points, "theme"),
        ("beslutninger", "decisions", points, "decision"),
    ):
        if slug in wanted:
            setattr(counts, name, _counts(source, field_name))
    _more_counts(counts, wanted, cohort, points, department)
    return counts


def _more_counts(counts: Counts, wanted: set[str], cohort: QuerySet[Case], points: QuerySet[Klagepunkt],
                 department: Department | None) -> None:
    if "visitationsmotor" in wanted:
        counts.verdicts = _counted_verdicts(cohort)
    if "resultater" in wanted:
        counts.outcomes = _counted_outcomes(points)
    if "hoeringer" in wanted:
        counts.hoeringer = _counted_hoeringer(cohort, department, counts.names)
    if "videresendte" in wanted:
        counts.forwarded, counts.forwarded_days = _counted_forwarded(points, counts.names)
    if "udvikling" in wanted:
        counts.trend = _counted_trend(cohort, points)


# --- Tables, built from the counts ------------------------------------------------------------------------


def table_channels(counts: Counts) -> Table:
    henvendelser, klagepunkter = counts.channels
    return Table(
        "kanaler", _("Henvendelser og klagepunkter efter kanal"), _("Kanal"),
        (_("Henvendelser"), _("Klagepunkter")),
        tuple(Row(code, str(label), (henvendelser[code], klagepunkter[code])) for code, label in Channel.choices),
    )


def table_departments(counts: Counts) -> Table:
    counted = counts.departments
    rows = [
        Row(code, name, counted.get(code, (0, 0)))
        for code, name in Department.objects.order_by("code").values_list("code", "name")
    ]
    if None in counted:
        rows.append(Row("", _("Ingen forvaltning"), counted[None]))
    return Table(
        "forvaltninger", _("Henvendelser og klagepunkter efter forvaltning"), _("Forvaltning"),
        (_("Henvendelser"), _("Klagepunkter")), tuple(rows),
    )


def table_units(counts: Counts) -> Table:
    rows = sorted(
        (
            Row(f"{code or ''}/{unit}", f"{code or '–'}: {unit or _('uden enhed')}", (n,))
            for (code, unit), n in counts.units.items() if n
        ),
        key=lambda row: (-row.values[0], row.label),
    )
    return Table("enheder", _("Klagepunkter efter enhed"), _("Enhed"), (_("Klagepunkter"),), tuple(rows))


def table_grounds(counts: Counts) -> Table:
    counted = counts.grounds
    return Table(
        "grundlag", _("Klagepunkter efter grundlag"), _("Grundlag"), (_("Klagepunkter"),),
        tuple(Row(code, str(label), (counted[code],)) for code, label in Ground.choices),
    )


def table_themes(counts: Counts) -> Table:
    """Klagepunkter by the beretning's theme (DOMAIN.md §9), and those staff gave no theme."""
    counted = counts.themes
    rows = [Row(code, str(label), (counted[code],)) for code, label in Theme.choices]
    rows.append(Row("", _("Uden tema"), (counted[""],)))
    return Table("temaer", _("Klagepunkter efter tema"), _("Tema"), (_("Klagepunkter"),), tuple(rows))


def table_verdicts(counts: Counts) -> Table:
    counted = counts.verdicts
    codes = [*VERDICTS, ""]
    return Table(
        "visitationsmotor", _("Henvendelser efter visitationsmotorens vurdering"), _("Vurdering"),
        (_("Henvendelser"),), tuple(Row(code, _verdict_label(code), (counted[code],)) for code in codes),
    )


def table_decisions(counts: Counts) -> Table:
    counted = counts.decisions
    return Table(
        "beslutninger", _("Klagepunkter efter visitationens beslutning"), _("Beslutning"), (_("Klagepunkter"),),
        tuple(Row(code, str(label), (counted[code],)) for code, label in Decision.choices),
    )


def table_outcomes(counts: Counts) -> Table:
    by_outcome = counts.outcomes
    rows = [Row(str(Outcome.LOEST_I_DIALOG), str(Outcome.LOEST_I_DIALOG.label), (by_outcome[Outcome.LOEST_I_DIALOG],))]
    rows += [
        Row(f"kritik:{degree}", _("Kritik: %(degree)s") % {"degree": label}, (by_outcome[f"kritik:{degree}"],))
        for degree, label in KritikDegree.choices
    ]
    rows += [
        Row(str(code), str(Outcome(code).label), (by_outcome[code],))
        for code in (Outcome.HENSTILLING, Outcome.ANBEFALING, Outcome.INGEN_KRITIK, Outcome.VIDERESENDT,
                     Outcome.VEJLEDT, Outcome.AFVIST_HENLAGT)
    ]
    rows += [
        Row("forslag", _("Registreret som forslag"), (by_outcome["forslag"],)),
        Row("aaben", _("Endnu uden resultat"), (by_outcome["aaben"],)),
    ]
    return Table("resultater", _("Klagepunkter efter resultat"), _("Resultat"), (_("Klagepunkter"),), tuple(rows))


def table_hoeringer(counts: Counts) -> Table:
    """Høringer sent to each forvaltning: how many, answered, the median answer time, the share in time."""
    rows = []
    for code in sorted(counts.hoeringer):
        sent, days, in_time = counts.hoeringer[code]
        answered = days.total()
        rows.append(Row(code, counts.names[code], (
            sent, answered, percentiles_of_counts(days).p50, Share(in_time, answered).percent,
        )))
    return Table(
        "hoeringer", _("Forvaltningernes svar på høringer"), _("Forvaltning"),
        (_("Sendt"), _("Besvaret"), _("Svartid, median (dage)"), _("Besvaret inden fristen (%)")),
        tuple(rows), chart="", percent_columns=frozenset({3}),
    )


def table_forwarded(counts: Counts) -> Table:
    """Forwarded klagepunkter per forvaltning: answered, median answer time, medhold and the share resolved."""
    rows = []
    for code in sorted(counts.forwarded):
        c = counts.forwarded[code]
        resolved = Share(c[ForwardResult.MEDHOLD] + c[ForwardResult.DELVIST_MEDHOLD], c["answered"])
        rows.append(Row(code, counts.names.get(code) or _("Ingen forvaltning"), (
            c["forwarded"], c["answered"], percentiles_of_counts(counts.forwarded_days.get(code, Counter())).p50,
            c[ForwardResult.MEDHOLD], c[ForwardResult.DELVIST_MEDHOLD], c[ForwardResult.IKKE_MEDHOLD],
            resolved.percent,
        )))
    return Table(
        "videresendte", _("Videresendte klager: enhedernes svar"), _("Forvaltning"),
        (_("Videresendt"), _("Besvaret"), _("Svartid, median (dage)"), _("Medhold"), _("Delvist medhold"),
         _("Ikke medhold"), _("Løst af enheden (%)")),
        tuple(rows), chart="", percent_columns=frozenset({6}),
    )


def table_trend(counts: Counts, period: Period) -> Table:
    """Henvendelser and klagepunkter per month of receipt."""
    henvendelser, klagepunkter = counts.trend
    return Table(
        "udvikling", _("Udvikling måned for måned"), _("Måned"), (_("Henvendelser"), _("Klagepunkter")),
        tuple(
            Row(f"{month:%Y-%m}", date_format(month, "YEAR_MONTH_FORMAT"), (henvendelser[month], klagepunkter[month]))
            for month in period.months()
        ),
        chart="line",
    )


# --- The dashboard ------------------------------------------------------------------------------------------


def insights_overview(
    *, user, period: Period, department: Department | None = None, advisor=None,
    today: dt.date | None = None, only: Iterable[str] | None = None,
) -> Overview:
    """Every figure of the dashboard for ``period``, as ``user`` may see them (see the module docstring).

    ``only`` names the tables wanted (slugs; the key figures are always there): the beretning's
    chapter per forvaltning reads two tables, so the others are not computed for it. The counts
    come from the scheduler's aggregate when it is built and honours this selection (``aggregate.py``:
    never a wider set of cases than the policy's; as of its last refresh, ``Overview.as_of_refresh``),
    else from the cases on the request.
    """
    from borgerraad.insights import aggregate  # the aggregate reads the models this module's callers use

    cases = insights_cases(user=user, department=department, advisor=advisor)
    today = today or local_date(timezone.now())
    counts = aggregate.aggregate_counts(user=user, period=period, department=department, advisor=advisor,
                                        today=today, only=only)
    if counts is None:
        counts = counts_of_cases(cases=cases, period=period, department=department, today=today, only=only)
    return overview_build(counts, period=period, only=only)


def overview_of_cases(
    *, cases: QuerySet[Case], period: Period, department: Department | None = None, today: dt.date | None = None,
    only: Iterable[str] | None = None,
) -> Overview:
    """The figures of ``insights_overview`` over ``cases``, already narrowed by the policy and the filters."""
    counts = counts_of_cases(cases=cases, period=period, department=department, today=today, only=only)
    return overview_build(counts, period=period, only=only)


def overview_build(counts: Counts, *, period: Period, only: Iterable[str] | None = None) -> Overview:
    """The overview's tables from ``counts``, labelled in the active language."""
    current, previous = counts.current.figures(), counts.previous.figures()
    builders = {
        "udvikling": lambda: table_trend(counts, period),
        "kanaler": lambda: table_channels(counts),
        "forvaltninger": lambda: table_departments(counts),
        "enheder": lambda: table_units(counts),
        "grundlag": lambda: table_grounds(counts),
        "temaer": lambda: table_themes(counts),
        "visitationsmotor": lambda: table_verdicts(counts),
        "beslutninger": lambda: table_decisions(counts),
        "resultater": lambda: table_outcomes(counts),
        "hoeringer": lambda: table_hoeringer(counts),
        "videresendte": lambda: table_forwarded(counts),
        "noegletal": lambda: _key_table(current, previous),
    }
    wanted = set(builders) if only is None else {*only, "noegletal"}
    tables = tuple(build() for slug, build in builders.items() if slug in wanted)
    return Overview(
        period=period, previous_period=period.previous(), computed_at=counts.computed_at, key=current,
        previous_key=previous, changes=_changes(current, previous), tables=tables,
        as_of_refresh=counts.as_of_refresh,
    )


def _key_table(current: KeyFigures, previous: KeyFigures) -> Table:
    return Table(
        "noegletal", _("Nøgletal og ændring fra forrige periode"), _("Nøgletal"),
        (_("Denne periode"), _("Forrige periode"), _("Ændring (%)")),
        tuple(
            Row(str(index), str(change.label), (change.current, change.previous, change.percent))
            for index, change in enumerate(_changes(current, previous))
        ),
        chart="", percent_columns=frozenset({2}),
    )


# --- Engine and staff ------------------------------------------------------------------------------------


AGREEMENT_FIELDS = ("verdict", "ground", "forvaltning", "complaint_body")
_NOT_A_GROUND = {Ground.UDEN_FOR_KOMPETENCE}


def _field_label(name: str) -> str:
    return str({
        "verdict": _("Vurdering og beslutning"),
        "ground": _("Grundlag"),
        "forvaltning": _("Forvaltning"),
        "complaint_body": _("Klageinstans"),
    }[name])


@dataclass(frozen=True)
class FieldAgreement:
    field: str
    label: str
    agreement: Share


@dataclass(frozen=True)
class Disagreement:
    reference: str
    field: str
    label: str
    engine: str
    staff: str


@dataclass(frozen=True)
class Agreement:
    period: Period
    computed_at: dt.datetime
    cases: int  # visited cases of the cohort
    without_suggestion: int  # of those, cases where the engine had nothing to say (compared on nothing)
    fields: tuple[FieldAgreement, ...]
    disagreements: tuple[Disagreement, ...]

    def tables(self) -> tuple[Table, ...]:
        return (
            Table(
                "enighed", _("Enighed mellem visitationsmotor og medarbejdere"), _("Felt"),
                (_("Sammenlignet"), _("Enige"), _("Enige (%)")),
                tuple(Row(f.field, f.label, (f.agreement.whole, f.agreement.part, f.agreement.percent))
                      for f in self.fields),
                percent_columns=frozenset({2}),
            ),
            Table(
                "uenighed", _("Sager, hvor motor og medarbejder var uenige"), _("Sag"),
                (_("Felt"), _("Motorens forslag"), _("Medarbejderens beslutning")),
                tuple(Row(d.reference, d.reference, (d.label, d.engine, d.staff)) for d in self.disagreements),
                chart="",
            ),
        )


def _staff_verdict(decisions: set[str]) -> str:
    if decisions & {Decision.CASE, Decision.SUGGESTION}:
        return "in_scope"
    if Decision.FORWARD in decisions:
        return "contact_unit_first"
    return "out_of_scope"


def _ground_labels(codes: Iterable[str]) -> str:
    return ", ".join(Ground.label_of(code) for code in sorted(codes)) or "–"


def _codes(codes: Iterable[str]) -> str:
    return ", ".join(sorted(codes)) or "–"


def _compare_case(engine: dict, points: list[dict]) -> list[tuple[str, bool, str, str]]:
    """(field, agreed, engine's value, staff's value) for each field the case can be compared on."""
    compared = []
    decisions = {p["decision"] for p in points}
    if engine.get("verdict") in VERDICTS:
        staff = _staff_verdict(decisions)
        compared.append(("verdict", engine["verdict"] == staff, _verdict_label(engine["verdict"]),
                         _verdict_label(staff)))
    engine_grounds = {g for g in engine.get("grounds") or [] if isinstance(g, str)}
    staff_grounds = {p["ground"] for p in points} - _NOT_A_GROUND
    compared.append(("ground", engine_grounds == staff_grounds, _ground_labels(engine_grounds),
                     _ground_labels(staff_grounds)))
    engine_department = engine.get("forvaltning") or None
    staff_departments = {p["department__code"] for p in points if p["department__code"]}
    agreed = engine_department in staff_departments if engine_department else not staff_departments
    compared.append(("forvaltning", agreed, engine_department or "–", _codes(staff_departments)))
    engine_bodies = {b for b in engine.get("refer_to") or [] if isinstance(b, str)}
    staff_bodies = {p["complaint_body__code"] for p in points if p["complaint_body__code"]}
    if engine_bodies or staff_bodies:
        compared.append(("complaint_body", bool(staff_bodies) and staff_bodies <= engine_bodies,
                         _codes(engine_bodies), _codes(staff_bodies)))
    return compared


def visitation_agreement(
    *, user, period: Period, department: Department | None = None, advisor=None,
) -> Agreement:
    """How often visitation agreed with the engine, per field, over the cohort's visited cases (leader only).

    Agreement per case (sets, so the order of rows plays no part):

    - verdict/decision: the engine's verdict against staff's decisions taken together: a point taken
      up (case or suggestion) means "can be handled", else a forwarded point "contact the unit first",
      else (guided, dismissed) "outside competence";
    - ground: the engine's set of grounds equals the set staff gave (``uden_for_kompetence`` is not a ground);
    - forvaltning: staff put at least one point in the engine's forvaltning (or neither named one);
    - complaint body, where either side named one: staff guided to bodies the engine named.
    """
    if not insights_policy.can(user, VIEW_AGREEMENT):
        raise PermissionDenied
    cases = _cohort(insights_cases(user=user, department=department, advisor=advisor), period)
    by_case: dict[int, list[dict]] = defaultdict(list)
    references: dict[int, str] = {}
    for row in (
        Klagepunkt.objects.filter(case__in=cases.values("pk"))
        .order_by("case__reference", "number")
        .values("case_id", "case__reference", "number", "decision", "ground", "department__code",
                "complaint_body__code", "triage_suggestion")
    ):
        by_case[row["case_id"]].append(row)
        references[row["case_id"]] = row["case__reference"]
    tallies = {name: [0, 0] for name in AGREEMENT_FIELDS}
    disagreements = []
    without = 0
    for case_id in sorted(by_case, key=lambda pk: references[pk]):
        points = by_case[case_id]
        engine = next((p["triage_suggestion"] for p in points if p["triage_suggestion"]), None)
        if not engine:
            without += 1
            continue
        for name, agreed, engine_value, staff_value in _compare_case(engine, points):
            tallies[name][0] += agreed
            tallies[name][1] += 1
            if not agreed:
                disagreements.append(
                    Disagreement(references[case_id], name, _field_label(name), engine_value, staff_value)
                )
    return Agreement(
        period=period, computed_at=timezone.now(), cases=len(by_case), without_suggestion=without,
        fields=tuple(FieldAgreement(name, _field_label(name), Share(*tallies[name])) for name in AGREEMENT_FIELDS),
        disagreements=tuple(disagreements),
    )
