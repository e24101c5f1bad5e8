"""``borgerraad demo_data``: a little demo data on top of the default configuration (idempotent)."""

from django.core.management.base import BaseCommand

from borgerraad.core.services import configuration_load_defaults, demo_data_load


class Command(BaseCommand):
    help = "Load the default configuration and a little demo data; running it again changes nothing."

    def handle(self, *args, **options):
        configuration_load_defaults()
        created = demo_data_load()
        self.stdout.write(f"Demo data: {created} new row(s).")
