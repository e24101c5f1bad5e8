"""Background work through django.tasks on the real backends: the database (default) and RQ on Redis.

The receipt e-mail of a henvendelse is the task: enqueued when the henvendelse is committed,
run by a worker, and sent once however often it runs.
"""

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import call_command

from borgerraad.intake.models import Henvendelse
from tests.intake.factories import make_henvendelse

ROOT = Path(__file__).resolve().parents[2]
BORGERRAAD = str(Path(sys.executable).parent / "borgerraad")


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_sends_the_receipt_once():
    henvendelse = make_henvendelse(email="alice@example.dk")
    assert mail.outbox == []  # enqueued, not sent in the request
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert len(mail.outbox) == 1 and henvendelse.reference in mail.outbox[0].subject
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert len(mail.outbox) == 1
    henvendelse.refresh_from_db()
    assert henvendelse.receipt_sent_at is not None


@pytest.mark.django_db
@pytest.mark.own_database  # the worker's SQLite file, not the suite's engine
def test_the_rq_worker_runs_the_same_task_from_redis(tmp_path):
    """The whole path in separate processes, as in production: web process, Redis, RQ worker.

    ``make test`` provides Redis (scripts/with-redis); run alone, it expects one on 127.0.0.1:6379.
    """
    base_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15").rsplit("/", 1)[0]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")},
        "DJANGO_DEBUG": "true",
        # A database of its own, so runs side by side on one Redis do not share a queue.
        "REDIS_URL": f"{base_url}/{random.randint(1, 15)}",
        "BORGERRAAD_TASKS_BACKEND": "rq",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'rq.sqlite3'}",
        "BORGERRAAD_VAR_DIR": str(tmp_path),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }

    def run(*args: str) -> str:
        result = subprocess.run([BORGERRAAD, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return result.stdout

    run("migrate", "-v", "0")
    # The web process: an empty queue, one henvendelse received (its receipt queued), the queue counted.
    queued = run("shell", "-c", (
        "import django_rq; from tests.intake.factories import make_henvendelse; "
        "django_rq.get_queue('default').empty(); "
        "make_henvendelse(email='bob@example.dk', key='rq-test'); "
        "print(django_rq.get_queue('default').count)"
    ))
    assert queued.strip().endswith("1")
    run("rqworker", "default", "--burst", "--job-class", "django_tasks_rq.Job")
    sent = run("shell", "-c", (
        "from borgerraad.intake.models import Henvendelse; "
        "print(Henvendelse.objects.get().receipt_sent_at is not None)"
    ))
    assert sent.strip().endswith("True")
    assert not Henvendelse.objects.exists()  # the test's own database was never touched
