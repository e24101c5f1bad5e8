"""Background work of letters (django.tasks; docs/adr/0003-background-tasks.md)."""

from __future__ import annotations

from django.tasks import task

from borgerraad.letters.services import dispatch_attempt, dispatches_retry


@task()
def dispatch_send(*, dispatch_id: int) -> bool:
    """Attempt one dispatch; safe to run twice (the claim makes a sent dispatch a no-op)."""
    return dispatch_attempt(dispatch_id=dispatch_id)


@task()
def dispatches_retry_due() -> dict:
    """Retry every queued or failed dispatch whose backoff has passed."""
    return dispatches_retry()
