"""The periodic jobs run without cron: each job's command really runs, a failing job is logged
without its message and does not stop the others, and a running scheduler runs the jobs."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from django.core.management import CommandError, call_command
from django.utils import timezone

from borgerraad.core import scheduler as jobs
from borgerraad.intake import services as intake
from borgerraad.intake.models import Draft


def expired_draft() -> Draft:
    draft = intake.draft_create(answers={"name": "Alice"})
    Draft.objects.filter(pk=draft.pk).update(expires_at=timezone.now() - dt.timedelta(hours=1))
    return draft


def test_every_job_is_a_command_that_exists():
    from django.core.management import get_commands

    assert {job.command for job in jobs.JOBS} <= set(get_commands())


@pytest.mark.django_db
def test_once_runs_the_chosen_jobs(caplog):
    expired_draft()
    call_command("scheduler", "--once", "--only", "purge_drafts")
    assert not Draft.objects.exists()
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("scheduler", "--once", "--only", "purge_everything")


@pytest.mark.django_db
def test_a_failing_job_is_logged_by_type_and_the_others_still_run(monkeypatch, caplog):
    expired_draft()
    real = jobs.call_command

    def failing(name, **kwargs):
        if name == "letters_retry":
            raise RuntimeError("Bo Hansen 120483-1234")  # a message that must not reach the log
        return real(name, **kwargs)

    monkeypatch.setattr(jobs, "call_command", failing)
    with pytest.raises(CommandError, match="Failed: letters_retry"):
        call_command("scheduler", "--once", "--skip", "mail_poll", "--skip", "digital_post_poll")
    assert not Draft.objects.exists()  # purge_drafts ran after the failure
    assert "letters_retry failed (RuntimeError)" in caplog.text
    assert "120483" not in caplog.text and "Bo Hansen" not in caplog.text


@pytest.mark.django_db(transaction=True)
def test_a_running_scheduler_runs_its_jobs(monkeypatch):
    ran = threading.Event()
    real = jobs.job_run

    def recording(command):
        result = real(command)
        ran.set()
        return result

    monkeypatch.setattr(jobs, "job_run", recording)
    expired_draft()
    scheduler = jobs.scheduler_build(BackgroundScheduler(), jobs.jobs_selected(only=["purge_drafts"]))
    [job] = scheduler.get_jobs()
    assert job.trigger.interval == dt.timedelta(days=1) and job.max_instances == 1
    scheduler.start()
    try:
        assert ran.wait(timeout=30)
    finally:
        scheduler.shutdown(wait=True)
    assert not Draft.objects.exists()


@pytest.mark.django_db
def test_expired_sessions_are_cleared_daily():
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    [job] = jobs.jobs_selected(only=["clearsessions"])
    assert job.seconds == 86400
    expired, current = SessionStore(), SessionStore()
    for store in (expired, current):
        store["triage_guide"] = "fernet:..."
        store.save()
    Session.objects.filter(session_key=expired.session_key).update(expire_date=timezone.now() - dt.timedelta(days=1))
    call_command("scheduler", "--once", "--only", "clearsessions")
    assert list(Session.objects.values_list("session_key", flat=True)) == [current.session_key]
