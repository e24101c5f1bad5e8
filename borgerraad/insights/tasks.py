"""Background work of insights (django.tasks; docs/adr/0003-background-tasks.md)."""

from __future__ import annotations

from django.tasks import task

from borgerraad.insights.aggregate import aggregate_refresh


@task()
def aggregate_refresh_now() -> int:
    """The leader's "Opdatér tallene nu": recount the days changed since the scheduler's last refresh.

    A fast path only: the scheduler's ``insights_refresh`` does the same every ten minutes, so a lost
    or failed task costs at most that wait. Safe to run beside it (one refresh at a time)."""
    return aggregate_refresh()
