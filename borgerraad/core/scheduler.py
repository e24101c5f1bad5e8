"""The periodic jobs, run by ``borgerraad scheduler`` without cron (APScheduler, in one process).

Every job is a management command that is safe to run again and to overlap with another run
(each one claims its rows: docs/intake.md, docs/cases.md, docs/letters.md), so a second scheduler
on another machine costs work, not correctness. A job that fails is logged with its traceback
(frames and exception types; the messages, which may hold personal data, are withheld by
``privacy.logs``) and runs again at its next time; it never stops the others. Cron or systemd
timers calling the same commands remain an alternative.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connections
from django.utils import timezone

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    command: str
    seconds: int
    why: str


JOBS: tuple[Job, ...] = (
    Job("mail_poll", 120, "read the office's mailbox"),
    Job("digital_post_poll", 300, "read incoming Digital Post"),
    Job("letters_retry", 120, "retry failed letter dispatches"),
    Job("receipts_send", 120, "send receipt e-mails whose task failed or crashed"),
    Job("deadline_reminders_run", 3600, "høring reminders and escalations"),
    Job("henstilling_reminders_run", 3600, "reminders of overdue henstilling follow-ups (insights)"),
    Job("purge_drafts", 86400, "delete expired drafts of the complaint form"),
    Job("clearsessions", 86400, "delete expired sessions (Django's own command)"),
    Job("systemic_flags", 86400, "flag recurring problems among the klagepunkter (insights/clusters.py)"),
    Job("insights_refresh", 600, "store the leader's dashboard for the default period (insights/snapshots.py)"),
)


def _connections_refresh() -> None:
    """Drop broken or expired database connections between jobs (as Django does between requests),
    but never one inside a transaction (``close_old_connections`` would close it)."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()


def job_run(command: str) -> bool:
    """Run one job's command; True when it finished. Never raises."""
    _connections_refresh()
    try:
        call_command(command, stdout=io.StringIO())
    except Exception as error:  # noqa: BLE001 - one failing job must not stop the scheduler
        logger.exception("Scheduled job %s failed (%s); it runs again at its next time.", command,
                         type(error).__name__)
        return False
    finally:
        _connections_refresh()
    logger.info("Scheduled job %s done.", command)
    return True


def jobs_selected(*, only: list[str] | None = None, skip: list[str] | None = None) -> list[Job]:
    names = {job.command for job in JOBS}
    unknown = sorted((set(only or []) | set(skip or [])) - names)
    if unknown:
        raise ValueError(f"Unknown job(s): {', '.join(unknown)}. Jobs: {', '.join(sorted(names))}.")
    return [job for job in JOBS if (not only or job.command in only) and job.command not in (skip or [])]


def scheduler_build(scheduler, jobs: list[Job]):
    """Add ``jobs`` to an APScheduler ``scheduler``: each runs at start and then every ``seconds``."""
    start = timezone.now() + dt.timedelta(seconds=1)
    for job in jobs:
        scheduler.add_job(
            job_run, "interval", args=[job.command], seconds=job.seconds, id=job.command, name=job.why,
            max_instances=1, coalesce=True, next_run_time=start, misfire_grace_time=job.seconds,
        )
    return scheduler
