"""``borgerraad insights_aggregate [--full]``: bring the statistics' aggregate up to date.

Recounts the days the database's triggers marked since the last refresh; ``--full`` (or when it
was never built, or last built in full over a day ago) recounts everything. ``insights_refresh``
(the scheduler's job) does the same before storing the leader's dashboard; ``demo_data`` runs it
after seeding. Safe to run again and to overlap with another run: one refresh at a time.
"""

from django.core.management.base import BaseCommand

from borgerraad.insights.aggregate import aggregate_refresh


class Command(BaseCommand):
    help = "Recount the statistics' aggregate: the changed days, or everything with --full."

    def add_arguments(self, parser):
        parser.add_argument("--full", action="store_true", help="Recount every day, not only the changed ones.")

    def handle(self, *args, **options):
        days = aggregate_refresh(full=options["full"])
        self.stdout.write("Aggregate recounted in full." if days < 0 else f"Aggregate: {days} day(s) recounted.")
