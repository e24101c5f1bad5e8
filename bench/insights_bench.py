"""Benchmark of the statistics (dashboard and the beretning's numbers) at 1,000,000 klagepunkter on PostgreSQL.

Run: ``.venv/bin/python bench/insights_bench.py [--klagepunkter N] [--requests K] [--reuse]``
(defaults: 1000000, 20). ``--reuse`` keeps the seeded database (``borgerraad_insights_bench`` on the
server in ``$DATABASE_URL``, default ``postgres://postgres@127.0.0.1:5432/postgres``) for the next run;
without it the database is dropped at the end. ``--klagepunkter 50000`` is a quick run.

Seeding goes straight to PostgreSQL with ``INSERT ... SELECT generate_series(...)`` (not the ORM):
seven cases in eight have one klagepunkt, one in eight three (0.8 cases per klagepunkt), received over
the two years up to the day of the run with a seasonal spread; every channel, forvaltning (the seven
from the migrations), unit, ground, theme, engine verdict, visitation decision and outcome (kritik
with degree, henstilling, ...), 12 advisors, høringer on one case in eight (answered, late, unanswered)
and forwarded klagepunkter with the unit's answer and result. The encrypted CPR column holds one
constant encrypted value. Then ``ANALYZE``, as autovacuum would.

Measured sequentially, in-process, with ``DEBUG`` off (no query log):

- ``bare COUNT``: a view in this benchmark's urlconf answering ``SELECT COUNT(*)`` over the
  klagepunkter of the same year (joined to their case for the day of receipt), through the whole
  stack as the leader; the baseline for the pages. ``sel: bare COUNT``: the same query without HTTP.
- ``dashboard live``: ``/medarbejder/indsigt/`` for the last full year, as the leader (every middleware,
  session with a verified TOTP device, templates and SVG charts); ``dashboard live forvaltning``: the
  same with a forvaltning filter (a different one per request).
- ``sel: refresh (scheduler)``: the scheduler's ``insights_refresh`` (the leader's dashboard for the
  default period, all forvaltninger and each, in Danish and English, stored in Redis, db 9 unless
  ``BORGERRAAD_CACHE_URL`` says otherwise); ``dashboard stored``, ``dashboard stored forvaltning``: the
  page then, for the default period (the twelve months up to today), served from the stored figures.
  The ``dashboard live`` rows are the last full year, computed on the request (any other selection).
- ``sel: overview``: ``statistics.insights_overview`` for the beretning year; ``sel: beretning numbers``:
  what the beretning computes before rendering (``beretning.beretning_report``, internal edition:
  the overview, one chapter per forvaltning, recurring problems, registers; target < 5 s).

- With the statistics' aggregate (``insights/aggregate.py``, always measured): ``sel: aggregate full
  build`` (skipped with ``--reuse-aggregate`` when the last run built it), ``sel: aggregate refresh
  (5 cases)`` (five cases change their acknowledgement's due day, a figure, then the scheduler's
  refresh: the changed days recounted, their months given the difference), ``dashboard after 5 cases
  changed`` (read as of the last refresh: the reader recounts nothing), ``sel: beretning numbers after 5
  changed`` (since 4 December 2026 read as of the last refresh too, saying so; before, it recounted the
  changed days first), ``dashboard aggregate`` (the leader, the year), ``dashboard aggregate any`` (three
  periods, with a forvaltning and an advisor filter in turn), ``dashboard aggregate own`` (an advisor's own
  view, signed in before the timing) and ``sel: beretning numbers aggr``: each a first read of its
  selection (the cache of figures per selection, kept until the next refresh, is cleared before each
  request, inside the timing); ``dashboard aggregate any again``: the same selections read again (cached). The rows
  counted from the cases (before the aggregate) are measured with ``--live`` only: minutes at this size.
  ``BORGERRAAD_INSIGHTS_BENCH_DB`` names the database (default ``borgerraad_insights_bench``).

Figures are p50/p95 in milliseconds and each row's p95 as a ratio to the bare COUNT's in the same run.
Targets: dashboard p95 < 300 ms, beretning numbers < 5 s. The machine's load average is printed
before and after: the 2 cores are shared, so read the figures together with it.

Measured 2 December 2026 (docs/insights.md, "Performance"), 957,515 klagepunkter, p95 ms: dashboard
stored 68, stored with a forvaltning 36 (target met); computed on the request 7,945 and 39,655;
beretning numbers 107,191 (before: 121,639; target 5 s missed); bare COUNT 311. With the aggregate,
3 December 2026 under load 11-17 (bare COUNT 2,483): dashboard any selection 1,554 (0.6x the bare
COUNT), beretning numbers 2,942 (met); right after a change 39,263 (missed). Read as of the last
refresh, months kept by difference, 3 December 2026 at load about 9 (bare COUNT 1,184): dashboard any
selection 649 (0.5x; missed as measured), right after a change 563 (0.5x), beretning numbers 1,278
(met), beretning right after a change in its period 44,502 (missed), full build 563 s; docs/insights.md.
The beretning as of the last refresh, forwarded answer days apart, figures cached per selection, 3 December
2026 afternoon at load 7.5-9.6 (bare COUNT 865): beretning right after a change 1,096 (met, was 37,107),
dashboard first reads 332-594 (0.4-0.7x), any selection read again 193 (0.2x).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import scratch_db  # bench/scratch_db.py: the benchmark's own PostgreSQL database

REPO = Path(__file__).resolve().parents[1]
PG_BENCH_NAME = os.environ.get("BORGERRAAD_INSIGHTS_BENCH_DB", "borgerraad_insights_bench")
DASHBOARD_TARGET_MS = 300.0
BERETNING_TARGET_S = 5.0
ADVISORS = 12


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--klagepunkter", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=20, help="requests per page")
    parser.add_argument("--reuse", action="store_true", help="keep the seeded database between runs")
    parser.add_argument("--reuse-aggregate", action="store_true",
                        help="with --reuse: keep the aggregate built by the last run (no full build)")
    parser.add_argument("--live", action="store_true",
                        help="also measure counting from the cases (minutes at a million klagepunkter)")
    return parser.parse_args(argv)


def _setup_django() -> None:
    sys.path.insert(0, str(REPO))
    os.environ["DATABASE_URL"] = scratch_db.url(PG_BENCH_NAME)
    os.environ["DJANGO_DEBUG"] = "true"  # no production secrets needed; DEBUG is switched off below
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["BORGERRAAD_TASKS_BACKEND"] = "immediate"
    os.environ.setdefault("BORGERRAAD_VAR_DIR", str(REPO / "var" / "bench"))
    # The stored dashboard lives in the cache production shares between processes (Redis).
    os.environ.setdefault("BORGERRAAD_CACHE_URL", "redis://127.0.0.1:6379/9")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgerraad.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__


# --- Seeding -----------------------------------------------------------------------------------------------

# Weighted choices as SQL: pick(array, weights) over a uniform number in [0, 1).
_PICK = """
CREATE OR REPLACE FUNCTION pg_temp.pick(options text[], weights float8[], u float8) RETURNS text AS $$
DECLARE total float8 := 0; acc float8 := 0; i int;
BEGIN
  FOR i IN 1 .. array_length(weights, 1) LOOP total := total + weights[i]; END LOOP;
  FOR i IN 1 .. array_length(weights, 1) LOOP
    acc := acc + weights[i] / total;
    IF u < acc THEN RETURN options[i]; END IF;
  END LOOP;
  RETURN options[array_length(options, 1)];
END $$ LANGUAGE plpgsql IMMUTABLE;
"""

_HENVENDELSER = """
INSERT INTO intake_henvendelse (
  id, reference, channel, status, received_at, language, submitter_kind, company_name, cvr, on_behalf,
  represented_name, relation, relation_other, power_of_attorney_later, name, address, email, phone,
  preferred_channel, cpr, needs, interpreter_language, unit, description, event_date, desired_outcome,
  text_has_cpr, contacted_unit, contacted_unit_date, consent, triage, submission_key, receipt_sent_at,
  created_at, department_id, case_opened, receipt_attempts, receipt_claimed_at, cpr_digest, cpr_hash)
SELECT i, 'BH-' || i, ch, 'case', at, 'da', 'citizen', '', '', false, '', '', '', false,
  'Borger ' || i, '', '', '', 'email', %(cpr)s, '[]'::jsonb, '', '', 'Seeded henvendelse', NULL, '',
  false, '', NULL, true,
  jsonb_build_object('verdict', pg_temp.pick(ARRAY['in_scope','contact_unit_first','out_of_scope',''],
                                             ARRAY[55,30,10,5], u3)),
  'bench-' || i, at, at, CASE WHEN u2 < 0.1 THEN NULL ELSE dep END, true, 0, NULL, '', ''
FROM (
  SELECT i, at, u2, u3,
    pg_temp.pick(ARRAY['web','email','phone','walk_in','letter','digital_post','br_referral'],
                 ARRAY[40,25,15,5,3,10,2], u1) AS ch,
    deps.ids[1 + floor(u4 * array_length(deps.ids, 1))::int] AS dep
  FROM (SELECT array_agg(id ORDER BY id) AS ids FROM core_department) deps, (
    SELECT i, random() AS u1, random() AS u2, random() AS u3, random() AS u4,
      -- two years up to today, more in the autumn and winter than in July
      now() - make_interval(days => 730) + make_interval(secs => (i::float8 / %(n)s) * 730 * 86400)
        + make_interval(secs => floor(random() * 3600)) AS at
    FROM generate_series(1, %(n)s) AS i
  ) s
  WHERE extract(month FROM at) <> 7 OR random() < 0.5
) t
"""

_CASES = """
INSERT INTO cases_case (
  id, reference, status, restricted, received_on, acknowledgement_due, acknowledged_at,
  target_working_days, target_date, closed_at, created_at, updated_at, assigned_to_id, henvendelse_id)
SELECT h.id, 'BR-' || h.id, CASE WHEN closed IS NULL THEN 'under_behandling' ELSE 'afsluttet' END,
  random() < 0.02, day, day + 5,
  CASE WHEN u < 0.05 THEN NULL ELSE h.received_at + make_interval(days => floor(u * 8)::int) END,
  30, day + 42, closed, h.received_at, h.received_at, (%(advisors)s::int[])[1 + floor(random() * %(k)s)::int], h.id
FROM (
  SELECT h.*, (h.received_at AT TIME ZONE 'Europe/Copenhagen')::date AS day, random() AS u,
    CASE WHEN h.received_at + make_interval(days => d) < now() AND random() < 0.9
         THEN h.received_at + make_interval(days => d, secs => floor(random() * 28800)::int) END AS closed
  FROM (SELECT h.*, floor(5 + random() * random() * 160)::int AS d FROM intake_henvendelse h) h
) h
"""

_KLAGEPUNKTER = """
INSERT INTO cases_klagepunkt (
  number, ground, theme, unit, description, decision, decision_reason, decided_at, triage_suggestion,
  forward_follow_up, outcome, kritik_degree, outcome_reason, henstilling_follow_up, closed_at, case_id,
  closed_by_id, complaint_body_id, decided_by_id, department_id, forward_answered_on, forward_result)
SELECT n, ground, theme, unit, 'Seeded klagepunkt', decision, '', decided_at,
  jsonb_build_object('verdict', verdict, 'grounds', jsonb_build_array(ground)),
  CASE WHEN decision = 'forward' THEN (decided_at + interval '28 days')::date END,
  outcome, CASE WHEN outcome = 'kritik' THEN 1 + floor(u5 * 4)::int END, '',
  CASE WHEN outcome = 'henstilling' THEN (closed_at + interval '90 days')::date END,
  CASE WHEN outcome <> '' THEN closed_at END, case_id, NULL, NULL, assigned_to_id, department_id,
  answered, CASE WHEN answered IS NOT NULL THEN
    pg_temp.pick(ARRAY['medhold','delvist_medhold','ikke_medhold'], ARRAY[45,25,30], u6) ELSE '' END
FROM (
  SELECT d.*,
    CASE
      WHEN decision = 'forward' THEN 'videresendt'
      WHEN decision = 'guide' THEN 'vejledt'
      WHEN decision = 'dismiss' THEN 'afvist_henlagt'
      WHEN decision = 'suggestion' OR closed_at IS NULL THEN ''
      ELSE pg_temp.pick(ARRAY['loest_i_dialog','kritik','henstilling','anbefaling','ingen_kritik'],
                        ARRAY[40,20,8,7,25], u4)
    END AS outcome,
    CASE WHEN decision = 'forward' AND decided_at + interval '40 days' < now() AND u7 < 0.8
         THEN (decided_at + make_interval(days => 3 + floor(u7 * 45)::int))::date END AS answered
  FROM (
    SELECT c.id AS case_id, c.closed_at, c.assigned_to_id, n, h.triage ->> 'verdict' AS verdict,
      c.created_at + make_interval(hours => 2 + floor(random() * 72)::int) AS decided_at,
      pg_temp.pick(ARRAY['sagsbehandling','adfaerd','praktisk_opgave','diskrimination','forstaa_afgoerelse',
                         'vejledning_om_klage','forslag','uden_for_kompetence'],
                   ARRAY[45,15,10,2,12,6,4,6], random()) AS ground,
      pg_temp.pick(ARRAY['sagsbehandlingstid','vejledning','begrundelse','partshoering','klagevejledning',
                         'aktindsigt_notatpligt','adfaerd','praktiske_opgaver','digital_adgang','andet',''],
                   ARRAY[25,12,10,5,5,6,10,8,6,5,8], random()) AS theme,
      pg_temp.pick(ARRAY['case','forward','guide','suggestion','dismiss'], ARRAY[45,25,15,5,10], random())
        AS decision,
      CASE WHEN random() < 0.85
           THEN coalesce(h.department_id, deps.ids[1 + floor(random() * array_length(deps.ids, 1))::int])
      END AS department_id,
      'Enhed ' || (1 + floor(random() * 12)::int) AS unit,
      random() AS u4, random() AS u5, random() AS u6, random() AS u7
    FROM (SELECT array_agg(id ORDER BY id) AS ids FROM core_department) deps,
      cases_case c JOIN intake_henvendelse h ON h.id = c.henvendelse_id,
      generate_series(1, CASE WHEN mod(c.id, 8) = 0 THEN 3 ELSE 1 END) AS n
  ) d
) k
"""

_HOERINGER = """
INSERT INTO cases_hoering (
  recipient_email, questions, sent_at, weeks, deadline, answer_received_on, answer_text,
  answer_registered_at, answer_registered_by_id, case_id, department_id, sent_by_id, created_at)
SELECT 'forvaltning@example.org', 'Seeded høring', sent, 3, (sent + interval '21 days')::date,
  answered, '', CASE WHEN answered IS NOT NULL THEN answered + time '12:00' END, NULL, case_id,
  department_id, assigned_to_id, sent
FROM (
  SELECT c.id AS case_id, c.assigned_to_id, coalesce(k.department_id, 1) AS department_id,
    c.created_at + interval '10 days' AS sent,
    CASE WHEN c.created_at + interval '40 days' < now() AND random() < 0.9
         THEN (c.created_at + make_interval(days => 10 + 7 + floor(random() * 30)::int))::date END AS answered
  FROM cases_case c JOIN cases_klagepunkt k ON k.case_id = c.id AND k.number = 1
  WHERE mod(c.id, 8) = 3
) s
"""


def _seed(klagepunkter: int, reuse: bool) -> tuple[float, bool]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection, transaction

    from borgerraad.accounts.roles import Role
    from borgerraad.cases.models import Klagepunkt
    from borgerraad.intake.models import Henvendelse

    call_command("migrate", verbosity=0)
    if reuse and Klagepunkt.objects.exists():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return 0.0, True
    if Henvendelse.objects.exists():
        raise SystemExit("The benchmark database is not empty: run without --reuse.")
    started = time.perf_counter()
    group, _created = Group.objects.get_or_create(name=Role.RAADGIVER.value)
    advisors = []
    for number in range(ADVISORS):
        user = get_user_model().objects.create(username=f"bench-raadgiver-{number}", is_staff=True)
        user.groups.add(group)
        advisors.append(user.pk)
    cpr = Henvendelse._meta.get_field("cpr").get_prep_value("0101701234")
    cases = round(klagepunkter / 1.25)  # one case in eight has three klagepunkter: 1.25 per case
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT setseed(0.13)")
        cursor.execute(_PICK)
        cursor.execute(_HENVENDELSER, {"cpr": cpr, "n": cases})
        cursor.execute(_CASES, {"advisors": advisors, "k": len(advisors)})
        cursor.execute(_KLAGEPUNKTER)
        cursor.execute(_HOERINGER)
        for table in ("intake_henvendelse", "cases_case", "cases_klagepunkt", "cases_hoering"):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"(SELECT coalesce(max(id), 1) FROM {table}))")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started, False


# --- Measuring ---------------------------------------------------------------------------------------------

BARE_PERIOD: dict = {}


def bare_view(request):
    """The baseline: a bare COUNT over the klagepunkter of the period (joined to their case's day of receipt)."""
    from django.http import HttpResponse

    return HttpResponse(str(_bare_count()))


def _bare_count() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM cases_klagepunkt k JOIN cases_case c ON c.id = k.case_id "
            "WHERE c.received_on BETWEEN %s AND %s", [BARE_PERIOD["start"], BARE_PERIOD["end"]],
        )
        return cursor.fetchone()[0]


def _urlpatterns() -> list:
    from django.urls import path

    from borgerraad.urls import urlpatterns as project

    return [path("bench/bare/", bare_view), *project]


def _leader():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from borgerraad.accounts.roles import Role

    user, _created = get_user_model().objects.get_or_create(username="bench-leder", defaults={"is_staff": True})
    user.groups.add(Group.objects.get_or_create(name=Role.LEDER.value)[0])
    return get_user_model().objects.get(pk=user.pk)


def _stats(timings: list[float]) -> dict:
    ordered = sorted(timings)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive") if len(ordered) >= 2 else [ordered[0]] * 99
    return {"n": len(ordered), "p50_ms": statistics.median(ordered) * 1000, "p95_ms": cuts[94] * 1000}


def _timed(count: int, call, warmup: int = 2) -> list[float]:
    for index in range(min(warmup, count)):
        call(index)
    timings = []
    for index in range(count):
        started = time.perf_counter()
        call(index)
        timings.append(time.perf_counter() - started)
    return timings


def _get(client, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"GET {url} answered {response.status_code} {response.get('Location', '')}")


def _live_rows(args, client, leader, period, today, departments, dashboard, dates, snapshots) -> dict:
    """The rows counted from the cases (the aggregate forgotten): before issue 13's aggregate."""
    from borgerraad.insights import beretning
    from borgerraad.insights import statistics as insights
    from borgerraad.insights.models import AggregateState

    AggregateState.objects.update(built_at=None)
    count = args.requests
    beretning_count = max(3, count // 5)

    def overview(i: int, department=None):
        return insights.insights_overview(user=leader, period=period, department=department, today=today)

    def beretning_numbers(i: int):  # what the beretning page and command compute before rendering
        beretning.beretning_report(user=leader, period=period, today=today, source="bench")

    def stored(i: int, **query):
        response = client.get(f"{dashboard}?{urlencode(query)}")
        if response.status_code != 200 or b"beregnes igen hvert" not in response.content:
            raise SystemExit("The stored dashboard was not served: is the cache shared and the refresh run?")

    rows = {
        "dashboard live": _timed(count, lambda i: _get(client, f"{dashboard}?{urlencode(dates)}")),
        "dashboard live forvaltning": _timed(count, lambda i: _get(
            client, f"{dashboard}?{urlencode({**dates, 'forvaltning': departments[i % len(departments)].code})}")),
    }
    if snapshots is not None:
        rows["sel: refresh (scheduler)"] = _timed(1, lambda i: snapshots.snapshots_refresh(today=today), warmup=0)
        rows["dashboard stored"] = _timed(count, stored)
        rows["dashboard stored forvaltning"] = _timed(
            count, lambda i: stored(i, forvaltning=departments[i % len(departments)].code))
    return rows | {
        "sel: overview": _timed(count, overview),
        "sel: beretning numbers": _timed(beretning_count, beretning_numbers, warmup=1),
    }


def _aggregate_rows(args, client, leader, period, today, departments, dashboard, dates) -> dict:
    """The rows read from the aggregate (``insights/aggregate.py``): built in full, refreshed after a change,
    then the dashboard for several selections (periods, forvaltninger, advisors) and the beretning's numbers."""
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db.models import DateField, ExpressionWrapper, F
    from django.test import Client

    from borgerraad.cases.models import Case
    from borgerraad.insights import aggregate, beretning
    from borgerraad.insights.models import AggregateFact, AggregateState
    from tests.accounts.helpers import login_verified

    count = args.requests
    rows = {}
    if not (args.reuse_aggregate and AggregateState.objects.filter(built_at__isnull=False).exists()):
        rows["sel: aggregate full build"] = _timed(1, lambda i: aggregate.aggregate_refresh(full=True), warmup=0)
        # As autovacuum would after a rewrite of millions of rows (it is off on the test servers): without it the
        # reads of the fresh table visit every heap page of their rows (an advisor's selection about twice as slow).
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE) insights_aggregatefact")
    print(f"aggregate: {AggregateFact.objects.count()} rows", flush=True)
    changed = list(Case.objects.filter(received_on__gte=period.start).order_by("pk").values_list("pk", flat=True)[:50])

    def change(i: int):  # five cases received early in the period change a figure: their acknowledgement's due day
        due = ExpressionWrapper(F("received_on") + dt.timedelta(days=5 + i % 2), output_field=DateField())
        Case.objects.filter(pk__in=changed[i * 5 % 45:][:5]).update(acknowledgement_due=due)

    def change_and_refresh(i: int):  # then the scheduler's refresh (days and months)
        change(i)
        aggregate.aggregate_refresh()

    def change_and_read(i: int):  # then the leader's dashboard: read as of the last refresh, nothing recounted
        change(i)
        cache.clear()  # a first read of the selection (not from the figures cached since the last refresh)
        _get(client, f"{dashboard}?{urlencode(dates)}")

    def change_and_beretning(i: int):  # then the beretning: read as of the last refresh (it says so), nothing recounted
        change(i)
        cache.clear()  # a first read (not the figures cached since the last refresh)
        beretning.beretning_report(user=leader, period=period, today=today, source="bench")

    rows["sel: aggregate refresh (5 cases)"] = _timed(max(3, count // 5), change_and_refresh, warmup=0)
    for _warmup in range(2):  # the process's first requests (templates compiled, modules imported), as every row
        _get(client, f"{dashboard}?{urlencode(dates)}")
    rows["dashboard after 5 cases changed"] = _timed(max(3, count // 5), change_and_read, warmup=0)
    rows["sel: beretning numbers after 5 changed"] = _timed(max(3, count // 5), change_and_beretning, warmup=0)
    aggregate.aggregate_refresh()
    advisors = list(get_user_model().objects.filter(username__startswith="bench-raadgiver").order_by("pk"))
    periods = [dates, {"fra": f"{period.start + dt.timedelta(days=17):%d.%m.%Y}", "til": f"{today:%d.%m.%Y}"},
               {"fra": f"{period.start - dt.timedelta(days=200):%d.%m.%Y}", "til": f"{period.end:%d.%m.%Y}"}]

    def first_read(call):  # the cache cleared first: every request reads the aggregate (the clear is timed too)
        return lambda i: (cache.clear(), call(i))

    def any_selection(i: int):
        query = dict(periods[i % len(periods)])
        if i % 2:
            query["forvaltning"] = departments[i % len(departments)].code
        if i % 3 == 1:
            query["raadgiver"] = advisors[i % len(advisors)].username
        _get(client, f"{dashboard}?{urlencode(query)}")

    signed_in = {}  # each advisor's own session, signed in once (before 4 December 2026 inside the timing)
    for advisor in advisors:
        signed_in[advisor.pk] = Client()
        login_verified(signed_in[advisor.pk], advisor)

    def own_view(i: int):  # an advisor's Min indsigt, with a forvaltning every other time
        query = dict(periods[i % len(periods)])
        if i % 2:
            query["forvaltning"] = departments[i % len(departments)].code
        _get(signed_in[advisors[i % len(advisors)].pk], f"{dashboard}?{urlencode(query)}")

    return rows | {
        "dashboard aggregate": _timed(count, first_read(lambda i: _get(client, f"{dashboard}?{urlencode(dates)}"))),
        "dashboard aggregate any": _timed(count, first_read(any_selection)),
        "dashboard aggregate own": _timed(count, first_read(own_view)),
        "dashboard aggregate any again": _timed(count, any_selection, warmup=count),  # the same selections: cached
        "sel: beretning numbers aggr": _timed(max(3, count // 5), first_read(lambda i: beretning.beretning_report(
            user=leader, period=period, today=today, source="bench")), warmup=1),
    }


def measure(args: argparse.Namespace) -> dict[str, dict]:
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from borgerraad.core.calendar import TZ
    from borgerraad.core.models import Department
    try:  # the stored dashboard (absent before issue 13's performance work, so the bench measures both)
        from borgerraad.insights import snapshots
    except ImportError:
        snapshots = None
    from borgerraad.insights import statistics as insights
    from tests.accounts.helpers import login_verified

    leader = _leader()
    client = Client()
    login_verified(client, leader)
    today = timezone.localtime(timezone.now(), TZ).date()
    end = today.replace(day=1) - dt.timedelta(days=1)  # the last full year, as a beretning would
    period = insights.Period(end.replace(year=end.year - 1) + dt.timedelta(days=1), end)
    BARE_PERIOD.update(start=period.start, end=period.end)
    departments = list(Department.objects.order_by("code"))
    dashboard = reverse("insights:dashboard")
    dates = {"fra": f"{period.start:%d.%m.%Y}", "til": f"{period.end:%d.%m.%Y}"}
    count = args.requests
    rows = {
        "bare COUNT": _timed(count, lambda i: _get(client, "/bench/bare/")),
        "sel: bare COUNT": _timed(count, lambda i: _bare_count()),
    }
    if args.live:
        rows |= _live_rows(args, client, leader, period, today, departments, dashboard, dates, snapshots)
    rows |= _aggregate_rows(args, client, leader, period, today, departments, dashboard, dates)
    stats = {name: _stats(values) for name, values in rows.items()}
    for name, row in stats.items():
        base = stats["sel: bare COUNT" if name.startswith("sel:") else "bare COUNT"]["p95_ms"]
        row["ratio"] = row["p95_ms"] / base
    stats["_period"] = {"start": str(period.start), "end": str(period.end), "klagepunkter": _bare_count()}
    return stats


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main(argv: list[str] | None = None) -> None:
    args = _parse(sys.argv[1:] if argv is None else argv)
    scratch_db.prepare(PG_BENCH_NAME, reuse=args.reuse)
    try:
        _setup_django()
        global urlpatterns
        urlpatterns = _urlpatterns()
        from borgerraad.cases.models import Case, Klagepunkt

        print(f"postgresql: migrating and seeding {args.klagepunkter} klagepunkter ...", flush=True)
        seed_s, reused = _seed(args.klagepunkter, args.reuse)
        print(f"seeding took {seed_s:.0f} s{' (reused)' if reused else ''}: {Case.objects.count()} cases, "
              f"{Klagepunkt.objects.count()} klagepunkter", flush=True)
        load_before = _load()
        stats = measure(args)
        load_after = _load()
        period = stats.pop("_period")
        print(f"\nperiod {period['start']} - {period['end']}: {period['klagepunkter']} klagepunkter; "
              f"{args.requests} requests per row; load average before {load_before}, after {load_after} "
              f"({os.cpu_count()} cores)")
        print(f"{'row':<34}{'p50 ms':>10}{'p95 ms':>10}{'p95/bare':>10}  target")
        for name, row in stats.items():
            target = "-"
            if name.startswith("dashboard"):
                target = "yes" if row["p95_ms"] < DASHBOARD_TARGET_MS else f"NO (< {DASHBOARD_TARGET_MS:.0f} ms)"
            if name.startswith("sel: beretning numbers"):
                target = "yes" if row["p95_ms"] < BERETNING_TARGET_S * 1000 else f"NO (< {BERETNING_TARGET_S:.0f} s)"
            print(f"{name:<34}{row['p50_ms']:>10.1f}{row['p95_ms']:>10.1f}{row['ratio']:>9.1f}x  {target}")
    finally:
        if not args.reuse:
            from django.db import connections

            connections.close_all()
            scratch_db.drop(PG_BENCH_NAME)


urlpatterns: list = []


if __name__ == "__main__":
    main()
