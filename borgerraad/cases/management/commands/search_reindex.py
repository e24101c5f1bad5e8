"""``borgerraad search_reindex``: rebuild the case search index (e.g. after moving to PostgreSQL)."""

from django.core.management.base import BaseCommand

from borgerraad.cases.services import search_index_rebuild


class Command(BaseCommand):
    help = "Rebuild the search index of every henvendelse (or only missing ones with --missing)."

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true")

    def handle(self, *args, **options):
        count = search_index_rebuild(missing_only=options["missing"])
        self.stdout.write(f"Indexed {count} henvendelse(r).")
