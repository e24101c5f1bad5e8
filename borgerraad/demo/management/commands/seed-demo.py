"""``borgerraad seed-demo --henvendelser N``: synthetic casework shaped like Copenhagen's figures."""

from django.core.management.base import BaseCommand

from borgerraad.core.services import configuration_load_defaults
from borgerraad.demo.casework import seed_demo


class Command(BaseCommand):
    help = "Create N synthetic henvendelser with cases and klagepunkter (made-up names, no real CPR numbers)."

    def add_arguments(self, parser):
        parser.add_argument("--henvendelser", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=2026, help="Random seed, for repeatable data.")

    def handle(self, *args, **options):
        configuration_load_defaults()
        created = seed_demo(
            henvendelser=options["henvendelser"], seed=options["seed"],
            progress=lambda n: self.stdout.write(f"  {n} ...") if n % 10000 == 0 else None,
        )
        self.stdout.write(f"Created {created} synthetic henvendelser with cases.")
