"""``borgerraad systemic_flags``: flag recurring problems among the klagepunkter in the window.

Run daily by ``borgerraad scheduler`` (or cron). Safe to run again and to overlap with another run:
flags have stable keys (``insights.clusters``).
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from borgerraad.insights.clusters import flags_refresh


class Command(BaseCommand):
    help = "Flag recurring problems: alike klagepunkter against one unit on one ground within the window."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="The window's last day, YYYY-MM-DD (default: today).")

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = dt.date.fromisoformat(options["today"])
            except ValueError as error:
                raise CommandError("--today must be a date as YYYY-MM-DD.") from error
        result = flags_refresh(today=today)
        self.stdout.write(
            f"{result.examined} klagepunkter examined: {result.created} new flags, {result.updated} updated, "
            f"{result.merged} merged."
        )
