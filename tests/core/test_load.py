"""Under load: 200 citizens submit the complaint form at the same moment to gunicorn with 4 workers on
PostgreSQL, and none is lost, none is registered twice, and none sees a server error.

gunicorn runs with the shipped ``deploy/gunicorn.conf.py`` on a free loopback port, against a
PostgreSQL database of the test's own (created, migrated and dropped), with Redis as the shared
cache behind the rate limits (raised far above the load). Each citizen is a thread with its own
cookie jar that walks ``/klag/`` as a browser does: the first step's page for the CSRF token, one
POST per step, then all of them wait for each other and press "Send klagen" together, once each,
and read the receipt. One more citizen presses "Send klagen" twice at the same moment (a double
click): one henvendelse. Bounded: every request has a timeout, the whole run a deadline, and
each citizen makes a fixed number of requests. Throughput and latency are printed, not asserted.

Run alone: ``DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/pytest -p no:xdist -s
tests/core/test_load.py`` (Redis on 127.0.0.1:6379, or ``REDIS_URL``).
"""

from __future__ import annotations

import datetime as dt
import http.cookiejar
import json
import os
import re
import statistics
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import pytest
from django.utils import timezone

from borgerraad.privacy.crypto import decrypt
from tests.processes import BIN, ROOT, gunicorn_serving, postgres_database, postgres_params, wait_for

pytestmark = pytest.mark.postgresql

CITIZENS = 200
WORKERS = 4
DEADLINE = 120  # seconds for the whole load, from the first request to the last receipt
REQUEST_TIMEOUT = 60  # seconds for one request (connect, queue and answer)
STEPS = 5
# A citizen: the first step's page, the four steps, the submit, the receipt. The double-clicker
# submits twice. Nothing is retried, so this is the most the run can send.
REQUESTS_PER_CITIZEN = 1 + (STEPS - 1) + 1 + 1
MAX_REQUESTS = CITIZENS * REQUESTS_PER_CITIZEN + REQUESTS_PER_CITIZEN + 1
# Rate limits are counted per client IP, and every citizen here is 127.0.0.1.
RATE_LIMIT = "1000000/h"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
REFERENCE = re.compile(r'class="intake-reference">([^<]+)<')


@dataclass
class Server:
    port: int
    database: str  # the database's name
    department: str  # the primary key of a department to complain about

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server(tmp_path):
    """gunicorn (4 workers) on a freshly migrated PostgreSQL database and Redis as the shared cache."""
    import psycopg

    redis_base = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15").rsplit("/", 1)[0]
    with postgres_database("br_load") as database_url:
        env = {
            **os.environ,  # the test's own settings too (it decrypts what the server wrote)
            "DJANGO_DEBUG": "true",
            "DATABASE_URL": database_url,
            "BORGERRAAD_VAR_DIR": str(tmp_path / "var"),
            # A Redis database of this test's own for the rate-limit counters the four workers share.
            "BORGERRAAD_CACHE_URL": f"{redis_base}/13",
            "BORGERRAAD_FORM_RATE_LIMIT": RATE_LIMIT,
            "BORGERRAAD_SUBMIT_RATE_LIMIT": RATE_LIMIT,
            "BORGERRAAD_TASKS_BACKEND": "database",  # receipts are queued in the database, not sent
        }
        migrate = subprocess.run([str(BIN / "borgerraad"), "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT,
                                 capture_output=True, text=True, timeout=300)
        assert migrate.returncode == 0, migrate.stderr
        name = database_url.rsplit("/", 1)[1]
        with psycopg.connect(**postgres_params(name)) as db:
            department = str(db.execute("SELECT id FROM core_department WHERE code = 'BIF'").fetchone()[0])
        with gunicorn_serving(env, workers=WORKERS, log_path=tmp_path / "gunicorn.log") as port:
            wait_for(lambda: _healthy(port), "gunicorn to answer /healthz", timeout=60)
            yield Server(port=port, database=name, department=department)


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are seen, not followed: every step's answer is checked and counted."""

    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Answer:
    status: int
    location: str
    body: str


@dataclass
class Recorder:
    """Every request's label, status and time taken, from all threads."""

    requests: list[tuple[str, int, float]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, label: str, status: int, seconds: float) -> None:
        with self.lock:
            self.requests.append((label, status, seconds))
            assert len(self.requests) <= MAX_REQUESTS, "more requests than the run may send"


class Citizen:
    """One browser: a cookie jar and the complaint form's steps, with answers that are the citizen's own."""

    def __init__(self, server: Server, number: int, recorder: Recorder):
        self.server = server
        self.number = number
        self.name = f"Borger {number:03d} Jensen"
        self.recorder = recorder
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirects)
        self.token = ""

    def request(self, label: str, path: str, data: dict | None = None) -> Answer:
        body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.token, **data}, doseq=True).encode() \
            if data is not None else None
        started = time.monotonic()
        try:
            response = self.opener.open(self.server.url(path), data=body, timeout=REQUEST_TIMEOUT)
        except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx, 5xx
            response = error
        with response:
            answer = Answer(response.status, response.headers.get("Location", ""),
                            response.read().decode("utf-8", "replace"))
        self.recorder.add(label, answer.status, time.monotonic() - started)
        return answer

    def steps(self) -> list[dict]:
        today = dt.date.today()
        return [
            {"submitter_kind": "citizen", "on_behalf": "self"},
            {"name": self.name, "email": f"borger{self.number}@example.dk", "phone": "20 30 40 50",
             "preferred_channel": "email", "cpr": "120483-1234", "address": "Nørregade 1, 1165 København K"},
            {"department": self.server.department, "unit": "Jobcenter København",
             "description": f"Klage nummer {self.number}: jobcentret har ikke svaret på mine breve i otte uger.",
             "event_date": (today - dt.timedelta(days=60)).strftime("%d.%m.%Y"),
             "desired_outcome": "Svar på mine breve."},
            {"contacted_unit": "yes_no_answer",
             "contacted_unit_date": (today - dt.timedelta(days=30)).strftime("%d.%m.%Y")},
        ]

    def fill_in(self) -> None:
        """Steps 1-4, each answered with a redirect to the next step."""
        page = self.request("GET step", "/klag/trin/1/")
        assert page.status == 200, (self.name, page.status)
        self.token = CSRF.search(page.body).group(1)
        for number, answers in enumerate(self.steps(), start=1):
            answer = self.request("POST step", f"/klag/trin/{number}/", {"action": "next", **answers})
            assert (answer.status, answer.location) == (302, f"/klag/trin/{number + 1}/"), (
                self.name, number, answer.status, answer.location, answer.body[:500])

    def submit(self) -> None:
        answer = self.request("POST submit", f"/klag/trin/{STEPS}/", {"consent": "yes", "action": "submit"})
        assert (answer.status, answer.location) == (302, "/klag/kvittering/"), (
            self.name, answer.status, answer.location, answer.body[:500])

    def receipt(self) -> str:
        page = self.request("GET receipt", "/klag/kvittering/")
        assert page.status == 200, (self.name, page.status)
        return REFERENCE.search(page.body).group(1)


def _percentile(values: list[float], fraction: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def test_200_concurrent_submits_lose_nothing_and_register_nothing_twice(server):
    import psycopg

    recorder = Recorder()
    citizens = [Citizen(server, number, recorder) for number in range(1, CITIZENS + 1)]
    double_clicker = Citizen(server, CITIZENS + 1, recorder)
    # Everyone presses "Send klagen" together: the barrier holds each until all have filled in the form.
    together = threading.Barrier(CITIZENS + 1, timeout=DEADLINE)

    def complain(citizen: Citizen) -> str:
        try:
            citizen.fill_in()
        except BaseException:
            together.abort()  # the others stop waiting and the run fails at once
            raise
        together.wait()
        citizen.submit()
        return citizen.receipt()

    def double_click(citizen: Citizen) -> str:
        try:
            citizen.fill_in()
        except BaseException:
            together.abort()
            raise
        together.wait()
        both = threading.Barrier(2, timeout=DEADLINE)

        def click():
            both.wait()
            citizen.submit()

        with ThreadPoolExecutor(max_workers=2) as clicks:
            for click_done in [clicks.submit(click) for _ in range(2)]:
                click_done.result(timeout=DEADLINE)
        return citizen.receipt()

    started = time.monotonic()
    pool = ThreadPoolExecutor(max_workers=CITIZENS + 1)
    try:
        runs = [pool.submit(complain, citizen) for citizen in citizens] + [pool.submit(double_click, double_clicker)]
        _done, pending = wait(runs, timeout=DEADLINE)
        elapsed = time.monotonic() - started
    finally:
        # Past the deadline nobody waits on: the stopped server ends the stragglers' requests.
        together.abort()
        pool.shutdown(wait=False, cancel_futures=True)
    assert not pending, f"{len(pending)} citizens had not finished after {DEADLINE} s"
    # The cause first: the others' BrokenBarrierError only says someone failed.
    failures = sorted((run.exception() for run in runs if run.exception() is not None),
                      key=lambda failure: isinstance(failure, threading.BrokenBarrierError))
    server_errors = [(label, status) for label, status, _seconds in recorder.requests if status >= 500]
    assert not server_errors, server_errors[:10]
    assert not failures, f"{len(failures)} citizens failed; first: {failures[0]!r}"
    receipts = {citizen.name: run.result() for citizen, run in zip(citizens, runs[:-1], strict=True)}
    twin_receipt = runs[-1].result()

    _report(recorder, elapsed)
    with psycopg.connect(**postgres_params(server.database)) as db:
        stored = db.execute("SELECT name, reference, channel FROM intake_henvendelse").fetchall()
        drafts = db.execute("SELECT data FROM intake_draft WHERE henvendelse_id IS NOT NULL").fetchall()
    by_name: dict[str, list[str]] = {}
    for name, reference, channel in stored:
        assert channel == "web"
        by_name.setdefault(name, []).append(reference)
    # None lost, none twice: each citizen's receipt names the one henvendelse stored for them ...
    assert len(stored) == CITIZENS + 1
    assert {name: [reference] for name, reference in receipts.items()} == {
        name: references for name, references in by_name.items() if name != double_clicker.name}
    # ... the double click gave one henvendelse, the one its receipt names ...
    assert by_name[double_clicker.name] == [twin_receipt]
    # ... and the reference numbers are distinct and run from 1 without a gap.
    references = [reference for _name, reference, _channel in stored]
    year = timezone.localdate().year  # the year of receipt, Copenhagen time
    assert sorted(references) == [f"BR-{year}-{number:05d}" for number in range(1, CITIZENS + 2)]
    # Every submitted draft has handed its answers to its henvendelse: none keeps a second copy.
    assert len(drafts) == CITIZENS + 1
    assert [json.loads(decrypt(data)) for (data,) in drafts] == [{}] * (CITIZENS + 1)


def _report(recorder: Recorder, elapsed: float) -> None:
    """Throughput and latency, for information (``-s`` shows it); the machine's load varies too much to assert."""
    seconds = [took for _label, _status, took in recorder.requests]
    submits = [took for label, _status, took in recorder.requests if label == "POST submit"]
    print(
        f"\n{len(seconds)} requests by {CITIZENS + 1} citizens in {elapsed:.1f} s: {len(seconds) / elapsed:.0f} req/s; "
        f"all p50 {_percentile(seconds, 0.5) * 1000:.0f} ms p95 {_percentile(seconds, 0.95) * 1000:.0f} ms; "
        f"submits p50 {_percentile(submits, 0.5) * 1000:.0f} ms p95 {_percentile(submits, 0.95) * 1000:.0f} ms"
    )
