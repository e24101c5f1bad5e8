"""Every figure of the dashboard equals a count made independently from the seeded specs.

Lene leads the office and sees everything; Rasmus and Rikke are advisors and see their own
cases; Sanne (sekretær) and Anders (administrator) get no statistics. Time is frozen on
16 March 2026; the period is the beretning year 1 April 2025 - 31 March 2026.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.utils import timezone, translation

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import Case, Klagepunkt
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.insights.statistics import Period, insights_overview, visitation_agreement
from tests.insights import seed as data

PERIOD = Period(dt.date(2025, 4, 1), dt.date(2026, 3, 31))
NOW = dt.datetime(2026, 3, 16, 12, 0, tzinfo=TZ)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False), translation.override("da"):
        yield


def _user(username: str, role: Role) -> User:
    user = User.objects.create_user(username=username)
    user.groups.add(Group.objects.get_or_create(name=role.value)[0])
    return user


@pytest.fixture
def people(db):
    return {name: _user(name, role) for name, role in (
        ("lene", Role.LEDER), ("rasmus", Role.RAADGIVER), ("rikke", Role.RAADGIVER), ("sanne", Role.SEKRETAER),
        ("anders", Role.ADMINISTRATOR),
    )}


@pytest.fixture
def specs(people):
    case_specs = data.specs()
    data.seed(case_specs, people)
    return case_specs


# --- Independent counting -----------------------------------------------------------------------------


def percentile_cont(values, fraction):
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    low, high = math.floor(position), math.ceil(position)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (position - low), 1)


def cohort(specs, period=PERIOD, *, advisor=None, department=None):
    found = [s for s in specs if period.start <= s.received <= period.end]
    if advisor is not None:
        found = [s for s in found if s.advisor == advisor]
    if department is not None:
        found = [s for s in found if s.department == department or any(p.department == department for p in s.points)]
    return found


def points_of(cases, department=None):
    return [(s, p) for s in cases for p in s.points if department is None or p.department == department]


def closed_local(spec) -> dt.date:
    return timezone.localtime(spec.closed, TZ).date()


def processing(specs, period=PERIOD, **filters):
    everyone = cohort(specs, Period(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), **filters)
    return [(closed_local(s) - s.received).days for s in everyone
            if s.closed and period.start <= closed_local(s) <= period.end]


def acknowledgement(cases):
    kept = sum(1 for s in cases if s.acknowledged and s.acknowledged <= s.acknowledgement_due)
    due = sum(1 for s in cases if s.acknowledged or s.acknowledgement_due < data.TODAY)
    return kept, due


# --- The figures ---------------------------------------------------------------------------------------


def test_every_figure_for_the_leader_equals_an_independent_count(specs, people):
    overview = insights_overview(user=people["lene"], period=PERIOD)
    cases = cohort(specs)
    points = points_of(cases)
    assert len(cases) > 30 and len(points) > 30  # the seed spreads over the period
    assert overview.key.henvendelser == len(cases)
    assert overview.key.klagepunkter == len(points)

    channels = overview.table("kanaler")
    for code in data.CHANNELS:
        assert channels.value(code, 0) == sum(1 for s in cases if s.channel == code)
        assert channels.value(code, 1) == sum(1 for s, _p in points if s.channel == code)

    departments = overview.table("forvaltninger")
    for code in Department.objects.values_list("code", flat=True):
        assert departments.value(code, 0) == len({s.number for s, p in points if p.department == code})
        assert departments.value(code, 1) == sum(1 for _s, p in points if p.department == code)
    assert departments.value("", 1) == sum(1 for _s, p in points if p.department is None)

    units = overview.table("enheder")
    expected_units = Counter(f"{p.department or ''}/{p.unit}" for _s, p in points)
    assert {row.key: row.values[0] for row in units.rows} == dict(expected_units)

    grounds = overview.table("grundlag")
    for code, n in Counter(p.ground for _s, p in points).items():
        assert grounds.value(code) == n
    assert grounds.total() == len(points)

    verdicts = overview.table("visitationsmotor")
    for verdict in ("in_scope", "contact_unit_first", "out_of_scope"):
        assert verdicts.value(verdict) == sum(1 for s in cases if s.verdict == verdict)
    assert verdicts.value("") == sum(1 for s in cases if s.verdict is None)

    decisions = overview.table("beslutninger")
    for code in ("case", "forward", "guide", "suggestion", "dismiss"):
        assert decisions.value(code) == sum(1 for _s, p in points if p.decision == code)

    outcomes = overview.table("resultater")
    for code in ("loest_i_dialog", "henstilling", "anbefaling", "ingen_kritik", "videresendt", "vejledt",
                 "afvist_henlagt"):
        assert outcomes.value(code) == sum(1 for _s, p in points if p.outcome == code)
    for degree in (1, 2, 3, 4):
        assert outcomes.value(f"kritik:{degree}") == sum(
            1 for _s, p in points if p.outcome == "kritik" and p.degree == degree)
    assert outcomes.value("forslag") == sum(1 for _s, p in points if p.decision == "suggestion")
    assert outcomes.value("aaben") == sum(1 for _s, p in points if p.decision == "case" and not p.outcome)
    assert outcomes.total() == len(points)

    days = processing(specs)
    assert overview.key.processing.count == len(days) > 5
    assert overview.key.processing.p50 == percentile_cont(days, 0.5)
    assert overview.key.processing.p90 == percentile_cont(days, 0.9)

    kept, due = acknowledgement(cases)
    assert (overview.key.acknowledgement.part, overview.key.acknowledgement.whole) == (kept, due)
    assert overview.key.acknowledgement.percent == round(100 * kept / due, 1)

    trend = overview.table("udvikling")
    assert [row.key for row in trend.rows] == [f"2025-{m:02d}" for m in range(4, 13)] + ["2026-01", "2026-02",
                                                                                         "2026-03"]
    for row in trend.rows:
        year, month = map(int, row.key.split("-"))
        assert row.values == (
            sum(1 for s in cases if (s.received.year, s.received.month) == (year, month)),
            sum(1 for s, _p in points if (s.received.year, s.received.month) == (year, month)),
        )


def test_hoeringer_and_forwarded_complaints_per_department(specs, people):
    overview = insights_overview(user=people["lene"], period=PERIOD)
    cases = cohort(specs)
    hoeringer = [h for s in cases for h in s.hoeringer]
    table = overview.table("hoeringer")
    assert {row.key for row in table.rows} == {h.department for h in hoeringer}
    for code in {h.department for h in hoeringer}:
        mine = [h for h in hoeringer if h.department == code]
        answered = [h for h in mine if h.answered]
        sent, n_answered, median, in_time = table.value(code, 0), table.value(code, 1), table.value(code, 2), \
            table.value(code, 3)
        assert (sent, n_answered) == (len(mine), len(answered))
        assert median == (percentile_cont([(h.answered - h.sent).days for h in answered], 0.5) if answered else None)
        assert in_time == (round(100 * sum(h.answered <= h.deadline for h in answered) / len(answered), 1)
                           if answered else None)

    forwarded = [(s, p) for s, p in points_of(cases) if p.decision == "forward"]
    table = overview.table("videresendte")
    for code in {p.department or "" for _s, p in forwarded}:
        mine = [(s, p) for s, p in forwarded if (p.department or "") == code]
        answered = [(s, p) for s, p in mine if p.forward_answer_days is not None]
        results = Counter(p.forward_result for _s, p in answered)
        assert table.value(code, 0) == len(mine)
        assert table.value(code, 1) == len(answered)
        assert table.value(code, 2) == (
            percentile_cont([p.forward_answer_days for _s, p in answered], 0.5) if answered else None)
        assert (table.value(code, 3), table.value(code, 4), table.value(code, 5)) == (
            results["medhold"], results["delvist_medhold"], results["ikke_medhold"])
    answered = [p for _s, p in forwarded if p.forward_answer_days is not None]
    resolved = sum(1 for p in answered if p.forward_result in ("medhold", "delvist_medhold"))
    assert (overview.key.forwarded_resolved.part, overview.key.forwarded_resolved.whole) == (resolved, len(answered))


def test_change_from_the_previous_period_of_equal_length(specs, people):
    overview = insights_overview(user=people["lene"], period=PERIOD)
    previous = Period(dt.date(2024, 4, 1), dt.date(2025, 3, 31))
    assert overview.previous_period == previous
    before = cohort(specs, previous)
    assert overview.previous_key.henvendelser == len(before) > 0
    assert overview.previous_key.klagepunkter == len(points_of(before))
    change = overview.changes[0]
    assert change.percent == round(100 * (len(cohort(specs)) - len(before)) / len(before), 1)
    # The case closed at 00:30 on 1 April 2025 (22:30 UTC on 31 March) is in this period, not the previous one.
    early = specs[-1]
    assert closed_local(early) == dt.date(2025, 4, 1)
    assert (closed_local(early) - early.received).days in processing(specs)
    assert overview.previous_key.processing.count == len(processing(specs, previous))


def test_an_advisor_sees_only_their_own_cases(specs, people):
    overview = insights_overview(user=people["rasmus"], period=PERIOD)
    mine = cohort(specs, advisor="rasmus")
    assert 0 < overview.key.henvendelser == len(mine) < len(cohort(specs))
    assert overview.key.klagepunkter == len(points_of(mine))
    assert overview.key.processing.count == len(processing(specs, advisor="rasmus"))
    # Asking for a colleague's figures gives nothing: the filter narrows the advisor's own set.
    assert insights_overview(user=people["rasmus"], period=PERIOD, advisor=people["rikke"]).key.henvendelser == 0


def test_the_leader_filters_by_department_and_advisor(specs, people):
    bif = Department.objects.get(code="BIF")
    overview = insights_overview(user=people["lene"], period=PERIOD, department=bif)
    cases = cohort(specs, department="BIF")
    assert overview.key.henvendelser == len(cases)
    assert overview.key.klagepunkter == len(points_of(cases, "BIF"))
    assert overview.table("grundlag").total() == len(points_of(cases, "BIF"))
    assert overview.key.processing.count == len(processing(specs, department="BIF"))

    overview = insights_overview(user=people["lene"], period=PERIOD, advisor=people["rikke"])
    assert overview.key.henvendelser == len(cohort(specs, advisor="rikke"))


def test_restricted_cases_count_for_the_leader_only(specs, people):
    restricted = [s for s in cohort(specs) if s.restricted]
    assert restricted
    assert insights_overview(user=people["lene"], period=PERIOD).key.henvendelser == len(cohort(specs))
    # An advisor's own restricted cases are theirs to see; a colleague's never reach their figures.
    Case.objects.filter(restricted=True).update(assigned_to=people["rikke"])
    rasmus = insights_overview(user=people["rasmus"], period=PERIOD)
    assert rasmus.key.henvendelser == len([s for s in cohort(specs, advisor="rasmus") if not s.restricted])


@pytest.mark.parametrize("name", ["sanne", "anders"])
def test_secretary_and_administrator_get_no_statistics(specs, people, name):
    with pytest.raises(PermissionDenied):
        insights_overview(user=people[name], period=PERIOD)
    with pytest.raises(PermissionDenied):
        visitation_agreement(user=people[name], period=PERIOD)


# --- Engine and staff ------------------------------------------------------------------------------------


def staff_verdict(spec):
    decisions = {p.decision for p in spec.points}
    if decisions & {"case", "suggestion"}:
        return "in_scope"
    return "contact_unit_first" if "forward" in decisions else "out_of_scope"


def test_agreement_per_field_equals_an_independent_count(specs, people):
    result = visitation_agreement(user=people["lene"], period=PERIOD)
    visited = [s for s in cohort(specs) if s.points]
    judged = [s for s in visited if s.verdict]
    assert result.cases == len(visited)
    assert result.without_suggestion == len(visited) - len(judged)
    fields = {f.field: f.agreement for f in result.fields}
    assert (fields["verdict"].part, fields["verdict"].whole) == (
        sum(1 for s in judged if s.verdict == staff_verdict(s)), len(judged))
    ground_agrees = [set(s.engine_grounds) == {p.ground for p in s.points} - {"uden_for_kompetence"} for s in judged]
    assert (fields["ground"].part, fields["ground"].whole) == (sum(ground_agrees), len(judged))

    def department_agrees(s):
        staff = {p.department for p in s.points if p.department}
        return s.engine_department in staff if s.engine_department else not staff

    assert fields["forvaltning"].part == sum(1 for s in judged if department_agrees(s))

    def bodies(s):
        return {p.body for p in s.points if p.body}

    body_cases = [s for s in judged if s.engine_bodies or bodies(s)]
    assert (fields["complaint_body"].part, fields["complaint_body"].whole) == (
        sum(1 for s in body_cases if bodies(s) and bodies(s) <= set(s.engine_bodies)), len(body_cases))
    listed = Counter(d.field for d in result.disagreements)
    for name, share in fields.items():
        assert listed[name] == share.whole - share.part
    first = next(d for d in result.disagreements if d.field == "verdict")
    spec = next(s for s in judged if s.reference == first.reference)
    assert spec.verdict != staff_verdict(spec)


def test_agreement_does_not_depend_on_the_order_of_rows(people):
    """The engine found two grounds in one order; staff wrote the points in the other order: that is agreement."""
    spec = data.CaseSpec(
        number=500, channel="web", received=dt.date(2025, 6, 2), advisor="rasmus", department="BIF",
        verdict="in_scope", engine_grounds=["adfaerd", "sagsbehandling"], engine_department="BIF", engine_bodies=[],
        points=[data.PointSpec("adfaerd", "case", "BIF", "Jobcenter København"),
                data.PointSpec("sagsbehandling", "case", "BIF", "Jobcenter København")],
        acknowledged=None, closed=None,
    )
    data.seed([spec], people)
    stored = list(Klagepunkt.objects.order_by("number").values_list("ground", "triage_suggestion__klagepunkt__code"))
    assert [ground for ground, _paired in stored] != [paired for _ground, paired in stored]  # rows pair wrongly
    result = visitation_agreement(user=people["lene"], period=PERIOD)
    assert {f.field: (f.agreement.part, f.agreement.whole) for f in result.fields} == {
        "verdict": (1, 1), "ground": (1, 1), "forvaltning": (1, 1), "complaint_body": (0, 0),
    }
    assert result.disagreements == ()


def test_agreement_page_is_for_the_leader_only(specs, people):
    with pytest.raises(PermissionDenied):
        visitation_agreement(user=people["rasmus"], period=PERIOD)


@pytest.mark.parametrize("seed", range(6), ids=[f"seed{n}" for n in range(6)])
def test_percentiles_from_counted_days_equal_those_from_the_list(seed):
    """The database groups the days; the percentiles read off the counts are those of the full list."""
    import random

    from borgerraad.insights.statistics import percentiles_of_counts

    rng = random.Random(seed)
    for size in (1, 2, 3, 4, 7, 10, 11, 57, rng.randint(100, 400)):
        days = [rng.choice([rng.randint(0, 5), rng.randint(0, 200)]) for _ in range(size)]
        counted = percentiles_of_counts(Counter(days))
        assert (counted.count, counted.p50, counted.p90) == (
            size, percentile_cont(days, 0.5), percentile_cont(days, 0.9))
    assert percentiles_of_counts(Counter()).count == 0
