"""``borgerraad insights_refresh``: bring the statistics' aggregate up to date (``aggregate.py``), then
compute and store the leader's dashboard for the default period from it.

Run by ``borgerraad scheduler`` every ``BORGERRAAD_DASHBOARD_REFRESH_SECONDS`` (or cron). Safe to run
again and to overlap with another run: each run overwrites the stored figures with fresh ones
(``insights/snapshots.py``).
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from borgerraad.insights.aggregate import aggregate_refresh
from borgerraad.insights.snapshots import snapshots_refresh


class Command(BaseCommand):
    help = "Compute and store the leader's dashboard (the twelve months up to today) for the page."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="The period's last day, YYYY-MM-DD (default: today).")

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = dt.date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError("--today must be a date as YYYY-MM-DD.") from error
        days = aggregate_refresh()
        self.stdout.write("Aggregate recounted in full." if days < 0 else f"Aggregate: {days} day(s) recounted.")
        stored = snapshots_refresh(today=today)
        self.stdout.write(f"{stored} dashboards stored.")
