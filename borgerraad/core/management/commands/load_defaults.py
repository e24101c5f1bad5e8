"""``borgerraad load_defaults``: load Copenhagen's default configuration (again)."""

from django.core.management.base import BaseCommand

from borgerraad.core.services import configuration_load_defaults


class Command(BaseCommand):
    help = "Load Københavns Kommune's default configuration; --overwrite resets edited rows to the defaults."

    def add_arguments(self, parser):
        parser.add_argument("--overwrite", action="store_true", help="Reset existing rows to the defaults.")

    def handle(self, *args, overwrite, **options):
        configuration_load_defaults(overwrite=overwrite)
        self.stdout.write("Default configuration loaded.")
