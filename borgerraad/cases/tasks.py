"""Background work of casework (django.tasks; docs/adr/0003-background-tasks.md)."""

from __future__ import annotations

from django.tasks import task

from borgerraad.cases.services import deadline_reminders_run


@task()
def deadline_reminders_check() -> dict:
    """Send due høring reminders and escalations; safe to run twice or in parallel (each sends once)."""
    run = deadline_reminders_run()
    return {"sent": run.sent, "skipped": run.skipped, "failed": run.failed}
