"""Benchmark of the complaint form's submit path against a bare Django view writing one row.

Run: ``.venv/bin/python bench/submit_bench.py [N]`` (default N=200).

Both are measured in the same run, through the same full stack (Django's test client: every
middleware, sessions, CSRF, CSP, the view, the ORM, a file SQLite database in a temporary folder,
or PostgreSQL when ``DATABASE_URL`` is set). The submit path is the final POST of ``/klag/``:
it validates all five steps, runs the triage engine, draws a reference number under a lock,
stores the henvendelse (encrypting the CPR number and texts), moves an attachment and enqueues
the receipt task. Each submit gets its own filled draft, prepared outside the timing. The bare
view inserts one session row. The ratio is what the form costs relative to the cheapest write,
so it means something on any machine.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_tmp = tempfile.mkdtemp(prefix="borgerraad-bench-")
os.environ.setdefault("DJANGO_DEBUG", "true")  # development settings: no production secrets needed
os.environ.setdefault("BORGERRAAD_VAR_DIR", _tmp)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_tmp}/bench.sqlite3")
os.environ["BORGERRAAD_MEDIA_ROOT"] = f"{_tmp}/media"
os.environ["BORGERRAAD_FORM_RATE_LIMIT"] = "100000000/h"
os.environ["BORGERRAAD_SUBMIT_RATE_LIMIT"] = "100000000/h"
os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgerraad.settings")

import django  # noqa: E402

django.setup()

from django.contrib.sessions.models import Session  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils import timezone  # noqa: E402

from borgerraad.core.models import Department  # noqa: E402
from borgerraad.intake import services  # noqa: E402
from borgerraad.intake.models import Henvendelse  # noqa: E402
from borgerraad.intake.views import COOKIE_NAME, COOKIE_SALT  # noqa: E402


def bare_view(request):
    Session.objects.create(session_key=uuid.uuid4().hex, session_data="x", expire_date=timezone.now())
    return HttpResponse("ok")


def _urlpatterns() -> list:
    from borgerraad.urls import urlpatterns as project

    return [path("bench/bare/", bare_view), *project]


urlpatterns = _urlpatterns()


def filled_draft() -> services.Draft:
    department = Department.objects.get(code="BIF")
    answers = {
        "submitter_kind": "citizen", "on_behalf": "self", "name": "Alice Jensen", "email": "alice@example.dk",
        "phone": "20 30 40 50", "preferred_channel": "email", "cpr": "120483-1234", "needs": ["large_print"],
        "address": "Nørregade 1, 1165 København K", "department": str(department.pk), "unit": "Jobcenter",
        "description": "Jeg har ventet otte uger på svar fra jobcentret på mine breve og har rykket to gange.",
        "event_date": "01.09.2026", "desired_outcome": "Svar.", "contacted_unit": "yes_no_answer",
        "contacted_unit_date": "15.09.2026",
    }
    draft = services.draft_create(answers=answers)
    services.draft_save_answers(draft=draft, answers={}, completed_step=1)
    for step in (2, 3, 4):
        services.draft_save_answers(draft=draft, answers={}, completed_step=step)
    services.draft_attachment_add(
        draft=draft, upload=SimpleUploadedFile("svar.pdf", b"%PDF-1.4\n%%EOF\n"), kind="answer",
    )
    return draft


def p95(timings: list[float]) -> float:
    return statistics.quantiles(timings, n=100)[94]


def measure(count: int) -> dict:
    client = Client()
    client.get("/klag/")  # warm up: templates, translations, triage configuration
    submit, bare = [], []
    drafts = [filled_draft() for _ in range(count)]
    signer_response = HttpResponse()
    for draft in drafts:
        signer_response.set_signed_cookie(COOKIE_NAME, str(draft.token), salt=COOKIE_SALT)
        client.cookies[COOKIE_NAME] = signer_response.cookies[COOKIE_NAME].value
        started = time.perf_counter()
        response = client.post("/klag/trin/5/", {"action": "submit", "consent": "yes"})
        submit.append(time.perf_counter() - started)
        assert response.status_code == 302 and response["Location"].endswith("/klag/kvittering/"), response
    for _ in range(count):
        started = time.perf_counter()
        response = client.post("/bench/bare/")
        bare.append(time.perf_counter() - started)
        assert response.status_code == 200
    assert Henvendelse.objects.count() >= count
    return {"submit": submit, "bare": bare}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    call_command("migrate", verbosity=0)
    with override_settings(ROOT_URLCONF=__name__):
        timings = measure(count)
    rows = {}
    for name, values in timings.items():
        rows[name] = {"rps": len(values) / sum(values), "p95_ms": p95(values) * 1000,
                      "median_ms": statistics.median(values) * 1000}
    print(f"database: {django.db.connection.vendor}, {count} requests each, sequential, Django test client")
    print(f"{'path':<28}{'req/s':>10}{'median ms':>12}{'p95 ms':>10}")
    for name, label in (("submit", "submit (/klag/trin/5/)"), ("bare", "bare view, one row")):
        row = rows[name]
        print(f"{label:<28}{row['rps']:>10.1f}{row['median_ms']:>12.2f}{row['p95_ms']:>10.2f}")
    ratio_rps = rows["bare"]["rps"] / rows["submit"]["rps"]
    ratio_p95 = rows["submit"]["p95_ms"] / rows["bare"]["p95_ms"]
    print(f"ratio: the bare view serves {ratio_rps:.1f}x the requests per second; submit p95 is {ratio_p95:.1f}x")
    print(json.dumps({"count": count, **{k: {m: round(v, 2) for m, v in r.items()} for k, r in rows.items()},
                      "ratio_rps": round(ratio_rps, 2), "ratio_p95": round(ratio_p95, 2)}))


if __name__ == "__main__":
    main()
