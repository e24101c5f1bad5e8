"""The statistics' aggregate: daily and monthly counts the dashboard and the beretning read (docs/insights.md).

At a million klagepunkter the figures of a year take seconds to minutes to count from the cases;
the aggregate holds them counted, so any selection is summed from a few thousand rows.

- **What is stored** (``AggregateFact``): for every day, and again per month, the counts of each
  ``kind`` below per assigned advisor (the user id, 0 for none, and -1 for every case) and per
  ``scope``. The grain is chosen so every figure is exact: counts are summed, processing and
  answer times are stored as counts per number of days (``days``), so medians and the 90th
  percentile come out exactly with ``statistics.percentiles_of_counts``.

  Case kinds (``scope``: 0 every case, else the cases belonging to that forvaltning: the
  henvendelse's or a klagepunkt's; ``day``: the day of receipt unless said otherwise):
  ``ch`` henvendelser by channel; ``verdict`` by the engine's verdict; ``ack`` acknowledged in
  time (``kept``) or late; ``ack_open`` not acknowledged, by the deadline (``key``, ISO date: due
  once it has passed, on the day of reading); ``hoering`` sent høringer by the høring's
  forvaltning id (``key``), answer days (``days``, None unanswered), ``m`` answered in time;
  ``processing`` concluded cases by the local day of conclusion (``day``) and days from receipt.

  Klagepunkt kinds (``scope``: the klagepunkt's forvaltning, 0 none): ``pt`` by channel (``m``:
  distinct cases, exact when summed because a case has one day, advisor and channel); ``unit``,
  ``ground``, ``theme``, ``decision``; ``outcome`` (the outcome table's row codes); ``forward``
  forwarded points by the unit's result (``key``; ``m``: answered), ``fwd_days`` the answered ones by
  answer days (apart from the result: the leader's year sums 30 % fewer month rows, and the key
  figures read no answer days at all).

- **Fresh.** Triggers on the case tables (``triggers.py``) write every day whose counts a change
  touches (the day of receipt; a conclusion's local day, before and after) as an
  ``AggregateDirtyDay``. ``aggregate_refresh`` recounts those days (from the cases, in SQL:
  ``INSERT ... SELECT``) and adds the difference they make to their months' rows (a month is never
  summed again for a few changed days: no mass delete and insert, no dead rows); ``full=True``
  recounts everything, the months in one statement. The scheduler's ``insights_refresh`` runs it
  every ten minutes, ``demo_data`` after seeding.
- **Read** (``aggregate_counts``): when the aggregate has been built, the figures are read as the
  last refresh left them (``Counts.as_of_refresh``, ``computed_at`` the refresh's time, which the
  page shows); a reader never recounts, the beretning neither (it says "tal pr." the refresh's time, and
  ``changed_since_refresh`` tells whether cases of its periods changed since; the leader may have the
  changed days recounted at once in the background, ``tasks.aggregate_refresh_now``). When the aggregate has
  not been built, or the selection is one it cannot honour, the statistics count from the cases
  (``None`` is returned).
- **Policy.** The aggregate is read for the leader's view (every case, ``InsightsPolicy``) and an
  advisor's own view (the cases assigned to them, which ``CasePolicy`` always shows them); any
  other role or combination is counted from the cases.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter, defaultdict

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Case as Choose
from django.db.models import CharField, Count, Exists, F, Func, IntegerField, OuterRef, Q, QuerySet, Sum, Value, When
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast, Concat, TruncDate, TruncMonth
from django.utils import timezone

from borgerraad.accounts.roles import Role, roles_of
from borgerraad.cases.models import Case, Decision, ForwardResult, Klagepunkt, Outcome
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.core.scheduler import JOBS
from borgerraad.insights.models import AggregateDirtyDay, AggregateFact, AggregateState
from borgerraad.insights.policies import VIEW_ALL, insights_policy
from borgerraad.insights.statistics import Counts, KeyCounts, Period

ALL = -1  # ``advisor`` of the rows over every case
CASE_KINDS = ("ch", "verdict", "ack", "ack_open", "hoering", "processing")
POINT_KINDS = ("pt", "unit", "ground", "theme", "decision", "outcome", "forward", "fwd_days")
_COLUMNS = "kind, grain, day, advisor, scope, key, days, n, m"
STALE, STALE_ADVISOR = "stale", -2  # a month an older reader left out of date: the next refresh builds in full
KEY_KINDS = ("ch", "ack", "ack_open", "processing", "pt", "forward")  # what the key figures need


class DaysBetween(Func):
    """Calendar days from ``earlier`` to ``later`` (dates) as an integer, on PostgreSQL and SQLite."""

    output_field = IntegerField()
    arg_joiner = " - "
    template = "(%(expressions)s)"  # PostgreSQL: date - date is the number of days

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="CAST(julianday(%(expressions)s) AS INTEGER)",
                           arg_joiner=") - julianday(", **extra_context)


def _local_day(name: str) -> TruncDate:
    return TruncDate(name, tzinfo=TZ)


# --- Counting into the aggregate --------------------------------------------------------------------------


def _insert(kind: str, queryset: QuerySet, *, scope: int | None = None, key: bool = True, days: bool = False,
            m: bool = False) -> None:
    """``INSERT INTO`` the day rows of ``kind`` the grouped ``queryset`` counts (columns ``f_*``)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # no case received on the days recounted (only conclusions)
        return
    columns = (
        "%s", "'d'", "f_day", "COALESCE(f_adv, 0)",
        "COALESCE(f_scope, 0)" if scope is None else str(int(scope)),
        "COALESCE(f_key, '')" if key else "''", "f_days" if days else "NULL", "f_n", "f_m" if m else "0",
    )
    table = connection.ops.quote_name(AggregateFact._meta.db_table)
    # Built from this module's constants and Django's compiled query; every value is a parameter.
    statement = f"INSERT INTO {table} ({_COLUMNS}) SELECT {', '.join(columns)} FROM ({sql}) fact"  # nosec B608
    with connection.cursor() as cursor:
        cursor.execute(statement, [kind, *params])


def _grouped(queryset: QuerySet, *, n=None, m=None, **fields) -> QuerySet:
    names = list(fields)
    grouped = queryset.order_by().annotate(**fields).values(*names)
    return grouped.annotate(f_n=n or Count("pk"), **({"f_m": m} if m is not None else {}))


def _memberships():
    """(cases, scope column): every case (scope 0); then the cases of each forvaltning in two disjoint
    parts, by their klagepunkter's forvaltninger (a case joined to its points: counted distinct) and by
    the henvendelse's forvaltning where no klagepunkt names it. Three queries a kind, not one per forvaltning."""
    cases = Case.objects.all()
    yield cases, {}
    yield cases.filter(klagepunkter__department__isnull=False), {"f_scope": F("klagepunkter__department")}
    named = Klagepunkt.objects.filter(case=OuterRef("pk"), department=OuterRef("henvendelse__department"))
    yield (cases.filter(~Exists(named), henvendelse__department__isnull=False),
           {"f_scope": F("henvendelse__department")})


def _case_facts(cases: QuerySet[Case], scope: dict, days: list[dt.date] | None, received_ids: list[int]) -> None:
    common = {"f_adv": F("assigned_to"), **scope}
    literal = None if scope else 0
    n = Count("pk", distinct=True)
    received = cases if days is None else cases.filter(pk__in=received_ids)
    day = F("received_on")
    _insert("ch", _grouped(received, f_day=day, **common, f_key=F("henvendelse__channel"), n=n), scope=literal)
    verdict = KeyTextTransform("verdict", "henvendelse__triage")
    _insert("verdict", _grouped(received, f_day=day, **common, f_key=verdict, n=n), scope=literal)
    acknowledged = received.filter(acknowledged_at__isnull=False).annotate(
        acknowledged_on=_local_day("acknowledged_at"))
    _insert("ack", _grouped(acknowledged, f_day=day, **common, n=n, f_key=Choose(
        When(acknowledged_on__lte=F("acknowledgement_due"), then=Value("kept")), default=Value("late"),
    )), scope=literal)
    _insert("ack_open", _grouped(received.filter(acknowledged_at__isnull=True), f_day=day, **common, n=n,
                                 f_key=Cast("acknowledgement_due", CharField())), scope=literal)
    sent = received.filter(hoeringer__sent_at__isnull=False)
    _insert("hoering", _grouped(
        sent, f_day=day, **common, f_key=Cast("hoeringer__department", CharField()),
        f_days=DaysBetween(F("hoeringer__answer_received_on"), _local_day("hoeringer__sent_at")),
        n=Count("hoeringer", distinct=True),
        m=Count("hoeringer", distinct=True, filter=Q(hoeringer__answer_received_on__lte=F("hoeringer__deadline"))),
    ), scope=literal, days=True, m=True)
    concluded = cases.filter(closed_at__isnull=False).annotate(closed_on=_local_day("closed_at"))
    if days is not None:
        concluded = concluded.filter(_concluded_on(days), closed_on__in=days)
    _insert("processing", _grouped(concluded, f_day=F("closed_on"), **common, n=n,
                                   f_days=DaysBetween(F("closed_on"), F("received_on"))),
            scope=literal, key=False, days=True)


def _concluded_on(days: list[dt.date]) -> Q:
    """``closed_at`` within the local ``days`` (sorted), as ranges the index on ``closed_at`` serves."""
    ranges: list[list[dt.date]] = []
    for day in days:
        if ranges and day == ranges[-1][1] + dt.timedelta(days=1):
            ranges[-1][1] = day
        else:
            ranges.append([day, day])
    found = Q()
    for first, last in ranges:
        found |= Q(closed_at__gte=dt.datetime.combine(first, dt.time(), TZ),
                   closed_at__lt=dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), TZ))
    return found


def _outcome_code() -> Choose:
    """The outcome table's row code of a klagepunkt (``statistics._counted_outcomes``), in SQL."""
    return Choose(
        When(outcome=Outcome.KRITIK, then=Concat(Value("kritik:"), Cast("kritik_degree", CharField()))),
        When(outcome="", decision=Decision.SUGGESTION, then=Value("forslag")),
        When(outcome="", then=Value("aaben")),
        default=F("outcome"), output_field=CharField(),
    )


def _point_facts(days: list[dt.date] | None, received_ids: list[int]) -> None:
    points = Klagepunkt.objects.all() if days is None else Klagepunkt.objects.filter(case_id__in=received_ids)
    common = {"f_day": F("case__received_on"), "f_adv": F("case__assigned_to"), "f_scope": F("department")}
    _insert("pt", _grouped(points, **common, f_key=F("case__henvendelse__channel"), m=Count("case", distinct=True)),
            m=True)
    for kind, name in (("unit", "unit"), ("ground", "ground"), ("theme", "theme"), ("decision", "decision")):
        _insert(kind, _grouped(points, **common, f_key=F(name)))
    _insert("outcome", _grouped(points, **common, f_key=_outcome_code()))
    forwarded = points.filter(decision=Decision.FORWARD)
    answered = Q(forward_answered_on__isnull=False, decided_at__isnull=False)  # an answer time to count
    _insert("forward", _grouped(forwarded, **common, f_key=F("forward_result"), m=Count("pk", filter=answered)),
            m=True)
    _insert("fwd_days", _grouped(forwarded.filter(answered), **common,
                                 f_days=DaysBetween(F("forward_answered_on"), _local_day("decided_at"))),
            key=False, days=True)


def _every_case(days: list[dt.date] | None) -> None:
    """The day rows over every case (advisor -1) of ``days`` (every day when None), summed from the advisors'."""
    day_rows = AggregateFact.objects.filter(grain="d", advisor__gte=0)
    if days is not None:
        day_rows = day_rows.filter(day__in=days)
    summed = day_rows.values("kind", "day", "scope", "key", "days").annotate(f_n=Sum("n"), f_m=Sum("m")).order_by()
    _insert_rows(summed, grain="d", day="day", advisor=str(ALL))


def _insert_rows(queryset: QuerySet, *, grain: str, day: str, advisor: str = "advisor") -> None:
    """``INSERT INTO`` the aggregate the rows of ``queryset``, a grouping of the aggregate's own rows, in the
    order they are read (an advisor's rows of a month side by side: a year's read touches few pages)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return
    table = connection.ops.quote_name(AggregateFact._meta.db_table)
    order = f"{day}, scope, kind" if advisor == str(ALL) else f"advisor, {day}, scope, kind"
    # Built from this module's constants and Django's compiled query; every value is a parameter.
    statement = (f"INSERT INTO {table} ({_COLUMNS}) SELECT kind, %s, {day}, {advisor}, scope, key, days, f_n, f_m "
                 f"FROM ({sql}) fact ORDER BY {order}")  # nosec B608
    with connection.cursor() as cursor:
        cursor.execute(statement, [grain, *params])


def _months_in_full() -> None:
    """Every month row, summed from the day rows in one statement."""
    by_month = (AggregateFact.objects.filter(grain="d").annotate(f_month=TruncMonth("day"))
                .values("kind", "f_month", "advisor", "scope", "key", "days")
                .annotate(f_n=Sum("n"), f_m=Sum("m")).order_by())
    _insert_rows(by_month, grain="m", day="f_month")


_Key = tuple  # (kind, month, advisor, scope, key, days)
RESUM_ABOVE = 5000  # more month rows to change than this: the months are summed again from their days


def _month_sums(days: list[dt.date]) -> dict[_Key, tuple[int, int]]:
    """What the day rows of ``days`` add to their months' rows: (n, m) per month row."""
    rows = (AggregateFact.objects.filter(grain="d", day__in=days).annotate(f_month=TruncMonth("day"))
            .values_list("kind", "f_month", "advisor", "scope", "key", "days")
            .annotate(f_n=Sum("n"), f_m=Sum("m")).order_by())
    return {tuple(row[:6]): (row[6], row[7]) for row in rows}


def _months_add(before: dict[_Key, tuple[int, int]], after: dict[_Key, tuple[int, int]]) -> None:
    """Bring the month rows up to date by adding what the recounted days changed (no month is summed again,
    so a refresh rewrites only the month rows whose counts moved)."""
    changed = {}
    for key in before.keys() | after.keys():
        n0, m0 = before.get(key, (0, 0))
        n1, m1 = after.get(key, (0, 0))
        if (n1 - n0, m1 - m0) != (0, 0):
            changed[key] = (n1 - n0, m1 - m0)
    if not changed:
        return
    months = sorted({key[1] for key in changed})
    if len(changed) > RESUM_ABOVE:  # a large change: cheaper to sum the months again
        _months_resum(months)
        return
    existing = {}
    for kind in sorted({key[0] for key in changed}):
        rows = AggregateFact.objects.filter(grain="m", kind=kind, day__in=months,
                                            advisor__in={key[2] for key in changed if key[0] == kind})
        for row in rows:
            existing[(row.kind, row.day, row.advisor, row.scope, row.key, row.days)] = row
    updated, created, emptied = [], [], []
    for key, (dn, dm) in changed.items():
        row = existing.get(key)
        if row is None:
            kind, month, advisor, scope, code, days = key
            created.append(AggregateFact(kind=kind, grain="m", day=month, advisor=advisor, scope=scope, key=code,
                                         days=days, n=dn, m=dm))
            continue
        row.n, row.m = row.n + dn, row.m + dm
        (emptied if row.n == 0 and row.m == 0 else updated).append(row)
    AggregateFact.objects.bulk_update(updated, ["n", "m"], batch_size=500)
    AggregateFact.objects.bulk_create(created, batch_size=500)
    AggregateFact.objects.filter(pk__in=[row.pk for row in emptied]).delete()


def _months_resum(months: list[dt.date]) -> None:
    """The rows of ``months`` summed again from their day rows, in one statement."""
    AggregateFact.objects.filter(grain="m", day__in=months).delete()
    within = Q()
    for month in months:
        within |= Q(day__gte=month, day__lt=(month + dt.timedelta(days=32)).replace(day=1))
    by_month = (AggregateFact.objects.filter(within, grain="d").annotate(f_month=TruncMonth("day"))
                .values("kind", "f_month", "advisor", "scope", "key", "days")
                .annotate(f_n=Sum("n"), f_m=Sum("m")).order_by())
    _insert_rows(by_month, grain="m", day="f_month")


def _count(days: list[dt.date] | None) -> None:
    """Recount ``days`` (every day when None): their day rows are deleted and counted again; their months'
    rows get the difference (in full: every month is summed once from the day rows)."""
    before = {}
    if days is None:
        _more_memory()
        AggregateFact.objects.all().delete()
    else:
        before = _month_sums(days)
        AggregateFact.objects.filter(grain="d", day__in=days).delete()
    # The cases of the days, by id: the database then reads them and their rows through the indexes.
    received_ids = [] if days is None else list(Case.objects.filter(received_on__in=days).values_list("pk", flat=True))
    for cases, scope in _memberships():
        _case_facts(cases, scope, days, received_ids)
    _point_facts(days, received_ids)
    _every_case(days)
    if days is None:
        _months_in_full()
    else:
        _months_add(before, _month_sums(days))


def _state() -> AggregateState:
    """The state row, locked (waiting for another refresh that holds it)."""
    if not AggregateState.objects.exists():
        AggregateState.objects.get_or_create(pk=1)
    return AggregateState.objects.select_for_update().order_by("pk").first()


def aggregate_refresh(*, full: bool = False) -> int:
    """Bring the aggregate up to date: recount the days marked dirty (everything with ``full``, or
    when it was never built). Returns the number of days recounted (-1: everything).

    One refresh at a time: the state row is locked; an overlapping run waits, then finds little to do.
    """
    with transaction.atomic():
        state = _state()
        now = timezone.now()
        full = full or state.built_at is None or _stale_left()
        dirty = list(AggregateDirtyDay.objects.values_list("pk", "day"))
        days = None if full else sorted({day for _pk, day in dirty})
        if days != []:
            _count(days)
        AggregateDirtyDay.objects.filter(pk__in=[pk for pk, _day in dirty]).delete()
        if full:
            state.built_at = now
        state.refreshed_at = now
        state.token = uuid.uuid4().hex  # the readers' cache of the older refresh is never read again
        state.save()
    if days is None:
        _analyze()
    return -1 if days is None else len(days)


def changed_since_refresh(windows: list[Period]) -> bool:
    """Whether a case changed since the last refresh in a way that moves a figure of ``windows`` (a day
    of theirs is marked dirty): the beretning then says its figures do not hold that change yet."""
    dirty = Q()
    for window in windows:
        dirty |= Q(day__gte=window.start, day__lte=window.end)
    return AggregateDirtyDay.objects.filter(dirty).exists()


def refresh_minutes() -> int:
    """How often the scheduler refreshes the aggregate (its ``insights_refresh`` job), in minutes."""
    return next(job.seconds for job in JOBS if job.command == "insights_refresh") // 60


def _more_memory() -> None:
    """A full build groups millions of rows: let PostgreSQL hash them in memory, for this transaction only."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL work_mem = '256MB'")


def _stale_left() -> bool:
    """Whether an older version's reader left months out of date (through the index: their own advisor)."""
    return AggregateFact.objects.filter(advisor=STALE_ADVISOR, grain="m", kind=STALE).exists()


def _analyze() -> None:
    """After a full build: the planner needs the table's new statistics, and the deleted rows' space is
    reclaimed at once (``VACUUM`` only outside a transaction; autovacuum may come much later)."""
    if connection.vendor != "postgresql":
        return
    table = connection.ops.quote_name(AggregateFact._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {table}" if connection.in_atomic_block else f"VACUUM ANALYZE {table}")


def refreshed_at() -> dt.datetime | None:
    """When the aggregate was last brought up to date; None when it has not been built (counted from the cases)."""
    return _last_refresh()[0]


def _last_refresh() -> tuple[dt.datetime | None, str]:
    """(when, token) of the last refresh; (None, "") when the aggregate has not been built."""
    state = AggregateState.objects.order_by("pk").values("built_at", "refreshed_at", "token").first()
    if state is None or state["built_at"] is None:
        return None, ""
    return state["refreshed_at"], state["token"]


# --- Reading ------------------------------------------------------------------------------------------------


def _advisor_of(user, advisor) -> int | None:
    """The aggregate's ``advisor`` for this user's view, None when it cannot honour it."""
    if insights_policy.can(user, VIEW_ALL):
        return ALL if advisor is None else advisor.pk
    if Role.RAADGIVER in roles_of(user) and advisor in (None, user):
        return user.pk  # InsightsPolicy: the cases assigned to them, which CasePolicy always shows them
    return None


def _window(period: Period) -> Q:
    """The rows that cover ``period`` exactly: whole months as month rows, the rest as day rows."""
    first = period.start
    if first.day != 1:
        first = (first.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    months = []
    month = first
    while (following := (month + dt.timedelta(days=32)).replace(day=1)) - dt.timedelta(days=1) <= period.end:
        months.append(month)
        month = following
    if not months:
        return Q(grain="d", day__gte=period.start, day__lte=period.end)
    after = (months[-1] + dt.timedelta(days=32)).replace(day=1)
    return (Q(grain="m", day__in=months)
            | Q(grain="d", day__gte=period.start, day__lt=first) | Q(grain="d", day__gte=after, day__lte=period.end))


def _scope(department: Department | None) -> Q:
    if department is None:
        return Q(kind__in=CASE_KINDS, scope=0) | Q(kind__in=POINT_KINDS)
    return Q(scope=department.pk)


def _rows(period: Period, advisor: int, department: Department | None, kinds=None):
    facts = AggregateFact.objects.filter(_window(period), _scope(department), advisor=advisor)
    if kinds is not None:
        facts = facts.filter(kind__in=kinds)
    return facts.values_list("kind", "scope", "key", "days").annotate(n=Sum("n"), m=Sum("m")).order_by()


class _Reader:
    """Turns the summed rows into ``statistics.Counts`` (the same counts ``counts_of_cases`` makes)."""

    def __init__(self, department: Department | None, today: dt.date):
        self.department = department
        self.today = today.isoformat()
        self.codes = {pk: (code, name) for pk, code, name in Department.objects.values_list("pk", "code", "name")}

    def code(self, pk) -> str | None:
        return self.codes[int(pk)][0] if pk and int(pk) in self.codes else None

    def key_counts(self, rows) -> KeyCounts:
        key = KeyCounts()
        for kind, _scope, code, days, n, m in rows:
            if kind == "ch":
                key.henvendelser += n
            elif kind == "pt":
                key.klagepunkter += n
            elif kind == "processing":
                key.processing_days[days] += n
            elif kind == "ack" or (kind == "ack_open" and code < self.today):
                key.acknowledgement_due += n
                key.acknowledged_kept += n if code == "kept" else 0
            elif kind == "forward":
                key.forwarded_answered += m
                key.forwarded_resolved += m if code in (ForwardResult.MEDHOLD, ForwardResult.DELVIST_MEDHOLD) else 0
        return key

    def tables(self, counts: Counts, rows) -> None:
        channels, points, departments = Counter(), Counter(), defaultdict(lambda: [0, 0])
        plain = {"ground": Counter(), "theme": Counter(), "decision": Counter(), "outcome": Counter(),
                 "verdict": Counter(), "unit": Counter()}
        hoeringer: dict[str, list] = {}
        forwarded: dict[str, Counter] = defaultdict(Counter)
        forwarded_days: dict[str, Counter] = defaultdict(Counter)
        for kind, scope, key, days, n, m in rows:
            if kind == "ch":
                channels[key] += n
            elif kind == "pt":
                points[key] += n
                entry = departments[self.code(scope)]
                entry[0] += m
                entry[1] += n
            elif kind == "unit":
                plain["unit"][(self.code(scope), key)] += n
            elif kind in plain:
                plain[kind][key] += n
            elif kind == "hoering" and (self.department is None or key == str(self.department.pk)):
                code = self.code(key)
                counts.names[code] = self.codes[int(key)][1]
                entry = hoeringer.setdefault(code, [0, Counter(), 0])
                entry[0] += n
                if days is not None:
                    entry[1][days] += n
                    entry[2] += m
            elif kind == "forward":
                self._forward(counts, scope, key, n, m, forwarded)
            elif kind == "fwd_days":
                forwarded_days[self.code(scope) or ""][days] += n
        counts.channels = (channels, points)
        counts.departments = {code: tuple(values) for code, values in departments.items()}
        counts.units, counts.verdicts = plain["unit"], plain["verdict"]
        counts.grounds, counts.themes, counts.decisions = plain["ground"], plain["theme"], plain["decision"]
        counts.outcomes = plain["outcome"]
        counts.hoeringer = {code: tuple(entry) for code, entry in hoeringer.items()}
        counts.forwarded, counts.forwarded_days = dict(forwarded), dict(forwarded_days)

    def _forward(self, counts, scope, key, n, m, forwarded) -> None:
        code = self.code(scope) or ""
        if code:
            counts.names[code] = self.codes[int(scope)][1]
        forwarded[code]["forwarded"] += n
        if m:
            forwarded[code]["answered"] += m
            forwarded[code][key] += m


def _trend(period: Period, advisor: int, department: Department | None) -> tuple[Counter, Counter]:
    facts = AggregateFact.objects.filter(_window(period), _scope(department), advisor=advisor,
                                         kind__in=("ch", "pt"))
    henvendelser, klagepunkter = Counter(), Counter()
    for kind, day, n in facts.values_list("kind", "day").annotate(n=Sum("n")).order_by():
        (henvendelser if kind == "ch" else klagepunkter)[day.replace(day=1)] += n
    return henvendelser, klagepunkter


def aggregate_counts(
    *, user, period: Period, department: Department | None = None, advisor=None, today: dt.date,
    only=None,
) -> Counts | None:
    """The overview's counts from the aggregate, or None when they must be counted from the cases."""
    selected = _advisor_of(user, advisor)
    if selected is None:
        return None
    return counts_over(advisor=selected, period=period, department=department, today=today, only=only)


def counts_over(*, advisor: int, period: Period, department: Department | None, today: dt.date,
                only=None) -> Counts | None:
    """``aggregate_counts`` for ``advisor`` (``ALL``: every case, as the leader sees them), without a user.

    The figures of a selection change only with a refresh, so they are kept in the cache (the shared one in
    production) under the refresh's token until the next: reading a selection again (the page, then its
    CSV and XLSX exports, another language, back and forth between filters) costs one small query."""
    refreshed, token = _last_refresh()
    if refreshed is None:
        return None
    trend = only is None or "udvikling" in set(only)
    key = (f"insights:counts:{token}:{advisor}:{period.start}:{period.end}:"
           f"{department.pk if department is not None else '*'}:{today}:{int(trend)}")
    counts = cache.get(key)
    if counts is None:
        counts = _counts_read(advisor=advisor, period=period, department=department, today=today,
                              refreshed=refreshed, trend=trend)
        cache.set(key, counts, timeout=2 * refresh_minutes() * 60)
    return counts


def _counts_read(*, advisor: int, period: Period, department: Department | None, today: dt.date,
                 refreshed: dt.datetime, trend: bool) -> Counts:
    reader = _Reader(department, today)
    rows = list(_rows(period, advisor, department))  # the key figures' kinds and the tables'
    counts = Counts(
        current=reader.key_counts(rows),
        previous=reader.key_counts(_rows(period.previous(), advisor, department, KEY_KINDS)),
        computed_at=refreshed, as_of_refresh=True,
    )
    reader.tables(counts, rows)
    if trend:
        counts.trend = _trend(period, advisor, department)
    return counts
