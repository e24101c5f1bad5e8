"""Benchmark of the staff pages (inbox, case page, search, start page) at N henvendelser, against a bare view.

Run: ``.venv/bin/python bench/casework_bench.py [--henvendelser N] [--database sqlite|postgresql|both]
[--requests K] [--reuse]`` (defaults: 100000, both, 200). ``--reuse`` keeps the prepared database
(``var/bench/casework-N.sqlite3``, PostgreSQL database ``borgerraad_bench``) for the next run.

For each database it creates a dedicated benchmark database (PostgreSQL: on the server in
``$DATABASE_URL``, default ``postgres://postgres@127.0.0.1:5432/postgres``, created and dropped with
psycopg), migrates, fills it with ``seed-demo`` (henvendelser, cases, klagepunkter, status history,
search index; the time is printed), ANALYZEs, then measures sequentially, in-process, through the whole
Django stack (test client: every middleware, the session of a rådgiver signed in with a verified TOTP
device, the view, the templates), with ``DEBUG`` off so no query is logged:

- ``bare``: a view registered only in this benchmark's urlconf listing the 25 newest henvendelser
  (``received_at``) with a one-line template: the cheapest page over the same table; the baseline.
- ``inbox``, ``inbox deep``: the inbox, first page and a deep page (``?side=``).
- ``case``: a random unrestricted case's page (``K`` different cases).
- ``start page``: ``/medarbejder/`` of the seeded advisor with the most open cases; ``start page,
  leader``: the same for a leader (with the workload of every advisor).
- ``frister``: ``/medarbejder/frister/`` of the same busiest advisor (overdue and due-soon deadlines, the
  first of each kind, counted up to a cap).
- ``search``: realistic Danish queries (stemmed: "sagsbehandlingstiden", "klagerne", ...), a name,
  a reference number; ``search filter``: a query with a status filter.

The staff pages are found by URL name (``cases:``/``staff:`` ``inbox``, ``case``/``case_detail``,
``search``) or the paths ``/medarbejder/indbakke/``, ``/medarbejder/sag/<ref>/``,
``/medarbejder/soeg/``; override with ``--inbox-url``, ``--case-url`` (with ``{reference}``),
``--search-url``. Pages that do not exist yet are reported as missing. The same reads are also
measured without HTTP, straight through the selectors (rows ``sel: ...``: ``inbox_page``/
``inbox_list``, ``case_get`` + ``case_journal`` + ``case_deadlines``, ``case_search_keys``: the keys of at
most 1,001 matches in order, as the page reads them, then the first page by key), so the data layer
can be judged on its own.

Seeding: ``seed-demo`` writes about 100 henvendelser a second through the ORM. On PostgreSQL, above
``--clone-template`` (20,000) it seeds that many and copies them in SQL up to ``--henvendelser``
(``INSERT ... SELECT`` over ``generate_series``; see ``_seed_by_cloning``): 1,000,000 in about 45
minutes on 2 shared cores instead of hours. ``--pg-name`` names the PostgreSQL database (default
``borgerraad_bench``), so that two people can run the benchmark on one server.

Figures are p50/p95/p99 in milliseconds and requests per second, and each page's p95 as a ratio to
the bare view's p95 measured in the same run; the target is p95 < 150 ms on PostgreSQL.

Measured 2026-11-27, 100,000 henvendelser, 40 requests per page, 2 shared cores (docs/cases.md, "Performance"):

    page          | sqlite p50 | sqlite p95 | pg p50 | pg p95 | pg p95 / bare | target met
    bare          |        5.3 |        6.4 |   12.4 |   21.8 |          1.0x |          -
    inbox         |      101.5 |      141.7 |  200.4 |  255.2 |         11.7x |         NO
    inbox deep    |       85.2 |      105.9 |  150.8 |  237.9 |         10.9x |         NO
    case          |      103.5 |      146.5 |  158.4 |  205.8 |          9.4x |         NO
    search        |      436.9 |      585.5 |  227.4 |  335.2 |         15.4x |         NO
    search filter |      522.3 |      676.1 |  175.8 |  284.0 |         13.0x |         NO

After issue 5 (inbox flag, capped search keys, office read once per request), 60 requests, same machine
under load: PostgreSQL p95 inbox 112-162, case 145-168, search 117, search filter 101, bare 11-20 ms
(two runs; docs/cases.md).

Measured 2026-12-03 at 1,000,000 henvendelser on PostgreSQL (seeded by copying, 1,827 s), 40 requests,
load average 12-16 on 2 cores: bare p95 77 ms; search 1,181 ms (15.4x), search filter 1,872 ms (24.4x),
inbox 940 ms (12.3x), case 3,261 ms (42.6x), start page 50,529 ms (advisor with 34,650 open cases),
start page leader 553 ms; ``sel: search`` p50 129 ms (the old selector: 0.9-2.8 s on the same data).
Target not met on that machine. The search rows again with ``--only`` at load 3-5: bare p95 22 ms,
search p50 172 / p95 339 ms, search filter 175 / 365 ms, ``sel: search`` 59 / 321 ms (docs/cases.md).
``--only`` takes row names, comma-separated (the bare view is always measured).

Measured 2026-12-03 afternoon at 1,000,000 on PostgreSQL after the start page, case page and inbox work
(bounded start page, partial indexes of migration cases 0013, the henvendelse policy's EXISTS), 20
requests, load 10-16, after ``VACUUM (ANALYZE)`` of the case tables: bare p95 27 ms; start page of the
busiest advisor p50 1,960 / p95 3,099 ms (before: 67,739 / 97,127 ms, 5 requests, load 9-14), leader
565 / 839 ms (before 1,318 / 1,497), case page 469 / 701 ms (before 1,401 / 1,841), inbox 195 / 593 ms
(before 569 / 663), ``sel: inbox`` 89 / 148 ms (before 536 / 588). Target still not met (docs/cases.md).

Measured 2026-12-03 late afternoon at 1,000,000 on PostgreSQL after the advisor on the follow-up rows
(migration cases 0014), the advisor's deadlines read by walking their indexes, the bounded Frister page and
the case page's permissions at once, the leader's workload from its index, 20 requests: before at load 2-6
(bare p95 2.5 ms) start page of the busiest advisor p50 2,941 / p95 4,063 ms (1,639x), leader 477 / 823 ms
(332x); after at load 2 (bare p95 2.3 ms) start page 118 / 143 ms (62x), leader 65 / 89 ms (39x), Frister
74 / 89 ms (39x, new row), inbox 27 / 121, case 57 / 74, search 51 / 85, search filter 50 / 106 ms: every
page under 150 ms at that load; at load 8-9 (an earlier after run) none but the inbox's deep page
(docs/cases.md).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import scratch_db  # bench/scratch_db.py: the benchmark's own PostgreSQL database

REPO = Path(__file__).resolve().parents[1]
BENCH_DIR = REPO / "var" / "bench"
PG_BENCH_NAME = "borgerraad_bench"
TARGET_MS = 150.0
PER_PAGE = 25

SEARCHES = ["sagsbehandlingstiden", "klagerne", "hjemmeplejen", "aktindsigt", "jobcentret svar",
            "uhøflig medarbejder", "Mette Holm"]


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--henvendelser", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    parser.add_argument("--reuse", action="store_true", help="keep the prepared database between runs")
    parser.add_argument("--inbox-url", default="")
    parser.add_argument("--case-url", default="", help="with {reference}")
    parser.add_argument("--search-url", default="")
    parser.add_argument("--pg-name", default=PG_BENCH_NAME, help="the PostgreSQL database's name")
    parser.add_argument("--only", default="", help="measure only these rows (comma-separated names; bare always)")
    parser.add_argument("--clone-template", type=int, default=CLONE_TEMPLATE,
                        help="PostgreSQL: seed this many with seed-demo and copy them up to --henvendelser")
    parser.add_argument("--json-out", default="", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# --- The parent: one child process per database, then the table ---------------------------------------


def _run_children(args: argparse.Namespace) -> dict[str, dict]:
    results: dict[str, dict] = {}
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    for database in databases:
        env = dict(os.environ)
        if database == "sqlite":
            path = BENCH_DIR / f"casework-{args.henvendelser}.sqlite3"
            if not args.reuse:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            env["DATABASE_URL"] = f"sqlite:///{path}"
        else:
            scratch_db.prepare(args.pg_name, reuse=args.reuse)
            env["DATABASE_URL"] = scratch_db.url(args.pg_name)
        out = BENCH_DIR / f"result-{database}.json"
        out.unlink(missing_ok=True)
        command = [sys.executable, __file__, "--database", database, "--henvendelser", str(args.henvendelser),
                   "--requests", str(args.requests), "--json-out", str(out),
                   "--clone-template", str(args.clone_template), "--only", args.only,
                   "--inbox-url", args.inbox_url, "--case-url", args.case_url, "--search-url", args.search_url]
        if args.reuse:
            command.append("--reuse")
        print(f"== {database}", flush=True)
        subprocess.run(command, env=env, check=True)
        results[database] = json.loads(out.read_text())
        if database == "postgresql" and not args.reuse:
            scratch_db.drop(args.pg_name)
        if database == "sqlite" and not args.reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{BENCH_DIR / f'casework-{args.henvendelser}.sqlite3'}{suffix}").unlink(missing_ok=True)
    return results


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def print_table(results: dict[str, dict], henvendelser: int) -> None:
    names: list[str] = []
    for result in results.values():
        names += [name for name in result["pages"] if name not in names]
    sqlite, pg = results.get("sqlite", {}), results.get("postgresql", {})
    print()
    print(f"{henvendelser} henvendelser; ms; ratio = pg p95 / bare p95 (sqlite ratio when no pg); "
          f"target: p95 < {TARGET_MS:.0f} ms on PostgreSQL")
    header = ["page", "sqlite p50", "sqlite p95", "pg p50", "pg p95", "pg p95 / bare", "target met"]
    rows = []
    for name in names:
        s = sqlite.get("pages", {}).get(name)
        p = pg.get("pages", {}).get(name)
        ratio = p["p95_ratio"] if p else (s["p95_ratio"] if s else None)
        met = "-" if not p or name == "bare" else ("yes" if p["p95_ms"] < TARGET_MS else "NO")
        rows.append([name, _fmt(s and s["p50_ms"]), _fmt(s and s["p95_ms"]), _fmt(p and p["p50_ms"]),
                     _fmt(p and p["p95_ms"]), "-" if ratio is None else f"{ratio:.1f}x", met])
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print(" | ".join(str(cell).ljust(w) if i == 0 else str(cell).rjust(w) for i, (cell, w) in
                         enumerate(zip(row, widths, strict=True))))
    for database, result in results.items():
        print(f"{database}: seeding {result['henvendelser']} henvendelser took {result['seed_s']:.0f} s"
              f"{' (reused)' if result.get('reused') else ''}; missing pages: {', '.join(result['missing']) or 'none'}")


# --- The child: one database ------------------------------------------------------------------------------


def _setup_django() -> None:
    sys.path.insert(0, str(REPO))
    os.environ["DJANGO_DEBUG"] = "true"  # no production secrets needed; DEBUG is switched off below
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["BORGERRAAD_TASKS_BACKEND"] = "immediate"
    os.environ.setdefault("BORGERRAAD_VAR_DIR", str(BENCH_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgerraad.settings")
    import django

    django.setup()
    from django.conf import settings

    # Off before the first query and the first template: no query log, no template debug info.
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__


def bare_view(request):
    from django.http import HttpResponse
    from django.template import engines

    from borgerraad.intake.models import Henvendelse

    rows = Henvendelse.objects.order_by("-received_at").values_list("reference", "name", "channel", "received_at")
    template = engines["django"].from_string(
        "<ul>{% for r in rows %}<li>{{ r.0 }} {{ r.1 }} {{ r.2 }} {{ r.3|date:'d.m.Y H:i' }}</li>{% endfor %}</ul>"
    )
    return HttpResponse(template.render({"rows": rows[:PER_PAGE]}))


def _urlpatterns() -> list:
    if "django" not in sys.modules or not _django_ready():
        return []
    from django.urls import path

    from borgerraad.urls import urlpatterns as project

    return [path("bench/bare/", bare_view), *project]


def _django_ready() -> bool:
    from django.apps import apps

    return apps.ready


def _seed(henvendelsen: int, reuse: bool, template: int = 0) -> tuple[float, bool]:
    from django.core.management import call_command
    from django.db import connection

    from borgerraad.intake.models import Henvendelse

    call_command("migrate", verbosity=0)
    reused = reuse and Henvendelse.objects.count() == henvendelsen
    elapsed = 0.0
    if not reused:
        if Henvendelse.objects.exists():
            raise SystemExit("The benchmark database is not empty and not the right size: run without --reuse.")
        started = time.perf_counter()
        if connection.vendor == "postgresql" and 0 < template < henvendelsen:
            _seed_by_cloning(henvendelsen, template)
        else:
            call_command("seed-demo", henvendelser=henvendelsen)
        elapsed = time.perf_counter() - started
    with connection.cursor() as cursor:  # statistics for the planner, as autovacuum would keep them
        cursor.execute("ANALYZE")
    return elapsed, reused


# Large sizes on PostgreSQL: seed-demo writes ~100 henvendelser a second through the ORM (1,000,000 would
# take hours), so it writes a template of CLONE_TEMPLATE and SQL copies it (INSERT ... SELECT over
# generate_series): every copy gets new keys, reference numbers and submission keys, and its receipt a few
# seconds later; texts (the encrypted columns too), names, statuses, deadlines and the search index are the
# template's. The mix of words, names, statuses and dates is seed-demo's at any size.
CLONE_TEMPLATE = 20_000
# Each table copied, the columns that must differ per copy (k = 1, 2, ...: the copy's number), and the
# offsets the keys move by (the table's own key, and the keys it refers to).
_CLONED = [
    ("intake_henvendelse", "id", {
        "id": "t.id + k * {intake_henvendelse}",
        "reference": "{reference}",
        "submission_key": "t.submission_key || ':' || k",
        "received_at": "t.received_at + k * interval '7 seconds'",
    }),
    ("cases_case", "id", {
        "id": "t.id + k * {cases_case}", "henvendelse_id": "t.henvendelse_id + k * {intake_henvendelse}",
        "reference": "{reference}",
    }),
    ("cases_searchdocument", None, {"henvendelse_id": "t.henvendelse_id + k * {intake_henvendelse}"}),
    ("cases_klagepunkt", "id", {"id": "t.id + k * {cases_klagepunkt}", "case_id": "t.case_id + k * {cases_case}"}),
    ("cases_statuschange", "id", {"id": "t.id + k * {cases_statuschange}", "case_id": "t.case_id + k * {cases_case}"}),
    ("cases_hoering", "id", {"id": "t.id + k * {cases_hoering}", "case_id": "t.case_id + k * {cases_case}"}),
]
# BR-2026-00042 -> BR-2026-<42 + k * 100000>: unique as long as a year of the template has < 100,000.
_REFERENCE = "regexp_replace(t.reference, '[0-9]+$', '') || (substring(t.reference from '[0-9]+$')::int + k * 100000)"


def _seed_by_cloning(henvendelser: int, size: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    copies = math.ceil(henvendelser / size)
    template = henvendelser // copies
    call_command("seed-demo", henvendelser=template)
    with connection.cursor() as cursor:
        offsets = {}
        for table, key, _columns in _CLONED:
            if key:
                cursor.execute(f"SELECT coalesce(max({key}), 0) FROM {table}")  # nosec B608: fixed names
                offsets[table] = cursor.fetchone()[0]
        statements = [_clone_statement(cursor, table, columns, offsets) for table, _key, columns in _CLONED]
        for first in range(1, copies, 5):  # five copies per statement, committed (and reported) as they go
            last = min(first + 4, copies - 1)
            for statement in statements:
                cursor.execute(statement, {"first": first, "last": last})
            print(f"  copies {first}-{last} of {copies - 1} ...", flush=True)
        for table, key, _columns in _CLONED:
            if key:
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
                               f"(SELECT max({key}) FROM {table}))")  # nosec B608: fixed names
        # New henvendelser after the benchmark's draw numbers above the copies'.
        cursor.execute("UPDATE intake_referencecounter SET last = last + (%s - 1) * 100000", [copies])
    if henvendelser > template * copies:
        call_command("seed-demo", henvendelser=henvendelser - template * copies)


def _clone_statement(cursor, table: str, overrides: dict[str, str], offsets: dict[str, int]) -> str:
    cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                   "AND table_schema = current_schema() ORDER BY ordinal_position", [table])
    columns = [row[0] for row in cursor.fetchall()]
    values = {name: str(count) for name, count in offsets.items()}
    select = [overrides[column].format(reference=_REFERENCE, **values) if column in overrides else f't."{column}"'
              for column in columns]
    names = ", ".join(f'"{column}"' for column in columns)
    # Only the template's rows are copied (keys up to the offset), not the copies made before.
    within = f"t.id <= {offsets[table]}" if table in offsets else f"t.henvendelse_id <= {offsets['intake_henvendelse']}"
    return (f"INSERT INTO {table} ({names}) SELECT {', '.join(select)} FROM {table} t, "  # nosec B608: fixed names
            f"generate_series(%(first)s, %(last)s) AS k WHERE {within}")


def _staff_user(username: str = "bench-raadgiver", role=None):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from borgerraad.accounts.roles import Role

    user, _created = get_user_model().objects.get_or_create(username=username, defaults={"is_staff": True})
    group, _created = Group.objects.get_or_create(name=(role or Role.RAADGIVER).value)
    user.groups.add(group)
    return get_user_model().objects.get(pk=user.pk)


def _busiest_advisor():
    """The seeded advisor with the most open cases, as a rådgiver (the start page lists their cases)."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count

    from borgerraad.cases.models import Case
    from borgerraad.cases.workflow import OPEN_STATUSES

    row = (Case.objects.filter(status__in=OPEN_STATUSES, assigned_to__isnull=False).values("assigned_to")
           .annotate(n=Count("pk")).order_by("-n").first())
    if row is None:
        return None
    return _staff_user(get_user_model().objects.get(pk=row["assigned_to"]).get_username())


def _find_url(candidates_names: list[str], candidate_paths: list[str], override: str, **kwargs) -> str | None:
    from django.urls import NoReverseMatch, Resolver404, resolve, reverse

    if override:
        return override
    for name in candidates_names:
        try:
            return reverse(name, kwargs=kwargs or None)
        except NoReverseMatch:
            continue
    for candidate in candidate_paths:
        url = candidate.format(**kwargs)
        try:
            resolve(url.split("?")[0])
        except Resolver404:
            continue
        return url
    return None


def _stats(timings: list[float]) -> dict:
    ordered = sorted(timings)
    cuts = statistics.quantiles(ordered, n=100) if len(ordered) >= 2 else [ordered[0]] * 99
    return {"n": len(ordered), "p50_ms": statistics.median(ordered) * 1000, "p95_ms": cuts[94] * 1000,
            "p99_ms": cuts[98] * 1000, "rps": len(ordered) / sum(ordered)}


QUERIES: dict[str, int] = {}


def _timed(count: int, call, warmup: int = 5, name: str = "") -> list[float]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for index in range(min(warmup, count)):
        call(index)
    with CaptureQueriesContext(connection) as captured:  # outside the timing: how many queries per request
        call(0)
    QUERIES[name] = len(captured.captured_queries)
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


def measure(args: argparse.Namespace) -> dict:
    from django.test import Client

    from borgerraad.accounts.roles import Role
    from borgerraad.cases import selectors
    from borgerraad.cases.models import Case, CaseStatus
    from tests.accounts.helpers import login_verified

    count = args.requests
    rng = random.Random(5)
    user = _staff_user()
    client = Client()
    login_verified(client, user)

    references = list(Case.objects.filter(restricted=False).order_by("?").values_list("reference", flat=True)[:count])
    inbox_size = _inbox_size(user)
    deep = max(2, min(20, math.ceil(inbox_size / PER_PAGE)))
    queries = [SEARCHES[i % len(SEARCHES)] for i in range(count - count // 7)]
    queries += [references[i % len(references)] for i in range(count // 7)]  # reference numbers
    rng.shuffle(queries)

    inbox = _find_url(["cases:inbox", "staff:inbox", "cases:indbakke"], ["/medarbejder/indbakke/"], args.inbox_url)
    case_url = args.case_url or _find_url(
        ["cases:case", "cases:case_detail", "cases:detail", "staff:case", "staff:case_detail"],
        ["/medarbejder/sag/{reference}/", "/medarbejder/sager/{reference}/"], "", reference=references[0],
    )
    if case_url and not args.case_url:
        case_url = case_url.replace(references[0], "{reference}")
    search_url = _find_url(["cases:search", "staff:search", "cases:soeg"], ["/medarbejder/soeg/"], args.search_url)

    pages: dict[str, list[float]] = {}
    missing = []

    only = {name.strip() for name in args.only.split(",") if name.strip()}

    def run(name: str, call) -> None:
        if only and name != "bare" and name not in only:
            return
        pages[name] = _timed(count, call, name=name)

    run("bare", lambda i: _get(client, "/bench/bare/"))
    if inbox:
        run("inbox", lambda i: _get(client, inbox))
        run("inbox deep", lambda i: _get(client, f"{inbox}?side={deep}&page={deep}"))
    else:
        missing.append("inbox")
    if case_url:
        run("case", lambda i: _get(client, case_url.format(reference=references[i % len(references)])))
    else:
        missing.append("case")
    if search_url:
        from urllib.parse import urlencode

        run("search", lambda i: _get(client, f"{search_url}?{urlencode({'q': queries[i]})}"))
        filtered = {"status": CaseStatus.UNDER_BEHANDLING}
        run("search filter", lambda i: _get(client, f"{search_url}?{urlencode({'q': queries[i], **filtered})}"))
    else:
        missing.append("search")
    home = _find_url(["accounts:home"], ["/medarbejder/"], "")
    if home:
        # The start page of the advisor with the most open cases, and of a leader (workload of everyone).
        advisor_client, leader_client = Client(), Client()
        login_verified(advisor_client, _busiest_advisor() or user)
        login_verified(leader_client, _staff_user("bench-leder", Role.LEDER))
        run("start page", lambda i: _get(advisor_client, home))
        run("start page, leader", lambda i: _get(leader_client, home))
        frister = _find_url(["cases:deadlines"], ["/medarbejder/frister/"], "")
        if frister:  # the Frister page of the same advisor: the first deadlines of each kind, counted
            run("frister", lambda i: _get(advisor_client, frister))
        else:
            missing.append("frister")
    else:
        missing.append("start page")

    # The same reads without HTTP, through the selectors the pages use.
    def sel_inbox(page: int):
        return len(selectors.inbox_page(user=user, page=page, per_page=PER_PAGE)[0])

    def sel_case(i: int):
        case = selectors.case_get(user=user, reference=references[i % len(references)])
        selectors.case_journal(case=case)
        selectors.case_deadlines(case=case)

    def sel_search(i: int, **filters):
        # As the page does: the keys of at most 1,001 matches in order, once; then the first page by key.
        keys = selectors.case_search_keys(user=user, query=queries[i], **filters)
        return len(selectors.cases_by_keys(keys[:PER_PAGE])), len(keys)

    run("sel: inbox", lambda i: sel_inbox(1))
    run("sel: inbox deep", lambda i: sel_inbox(deep))
    run("sel: case", sel_case)
    run("sel: search", sel_search)
    run("sel: search filter", lambda i: sel_search(i, status=CaseStatus.UNDER_BEHANDLING))
    stats = {name: _stats(values) for name, values in pages.items()}
    for name, row in stats.items():
        row["p95_ratio"] = row["p95_ms"] / stats["bare"]["p95_ms"]
        row["queries"] = QUERIES.get(name)
    return {"pages": stats, "missing": missing, "inbox_size": inbox_size, "deep_page": deep,
            "urls": {"inbox": inbox, "case": case_url, "search": search_url}}


def _inbox_size(user) -> int:
    from borgerraad.cases import selectors

    return selectors.inbox_page(user=user, page=1, per_page=PER_PAGE)[1]


def child(args: argparse.Namespace) -> None:
    _setup_django()
    from django.db import connection

    global urlpatterns
    urlpatterns = _urlpatterns()
    print(f"{connection.vendor}: migrating and seeding {args.henvendelser} henvendelser ...", flush=True)
    seed_s, reused = _seed(args.henvendelser, args.reuse, args.clone_template)
    print(f"{connection.vendor}: seeding took {seed_s:.1f} s{' (reused)' if reused else ''}", flush=True)
    result = measure(args)
    result.update({"database": connection.vendor, "henvendelser": args.henvendelser, "seed_s": seed_s,
                   "reused": reused, "requests": args.requests})
    print(f"{'page':<20}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>9}{'p95/bare':>10}{'queries':>9}")
    for name, row in result["pages"].items():
        print(f"{name:<20}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}{row['p99_ms']:>9.1f}{row['rps']:>9.1f}"
              f"{row['p95_ratio']:>9.1f}x{row['queries']:>9}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1))


urlpatterns: list = []


def main(argv: list[str] | None = None) -> None:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.json_out:
        child(args)
        return
    results = _run_children(args)
    print_table(results, args.henvendelser)


if __name__ == "__main__":
    main()
