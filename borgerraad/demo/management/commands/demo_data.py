"""``borgerraad demo_data``: a little demo data on top of the default configuration (idempotent).

When there are no henvendelser yet, it also seeds a synthetic caseload over the past two years
(``demo.casework.seed_demo``: every channel, department, decision and outcome, høringer, forwarded
points with the unit's answer), so the statistics under /medarbejder/indsigt/ show a full year at
once, and three fresh henvendelser for the inbox; once any henvendelse exists it leaves casework
alone, so running it again adds nothing. The caseload takes a few seconds; then the statistics'
aggregate is counted in full (``insights_aggregate --full``), the registers get the entries of the
seeded suggestions and henstillinger (``registers_sync``), most of those due get the department's
answer (``registers_demo_answers``: efterlevet or not, adopted or not, some left overdue), and the
recurring problems are looked for
(``systemic_flags``), so the beretning's chapters on them have something to show at once.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from borgerraad.core.services import configuration_load_defaults
from borgerraad.demo.casework import DEMO_SUBMISSION_KEY_PREFIX, seed_demo, seed_inbox_demo
from borgerraad.demo.office import demo_data_load
from borgerraad.intake.models import Henvendelse

DEMO_HENVENDELSER = 800


class Command(BaseCommand):
    help = "Load the default configuration and a little demo data; running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--henvendelser", type=int, default=DEMO_HENVENDELSER,
            help="Synthetic henvendelser to create when there are none (0: none).",
        )

    def handle(self, *args, **options):
        configuration_load_defaults()
        created = demo_data_load()
        self.stdout.write(f"Demo data: {created} new row(s).")
        if options["henvendelser"] and not Henvendelse.objects.exists():
            seeded = seed_demo(henvendelser=options["henvendelser"])
            seeded += seed_inbox_demo()
            self.stdout.write(f"Demo casework: {seeded} synthetic henvendelser (see /medarbejder/indbakke/).")
            # Insights, by name (demo does not import insights): the statistics' aggregate counted in full,
            # the registers' entries of the bulk-written suggestions and henstillinger and the departments'
            # answers to them (only for the synthetic cases: their submission keys), the recurring problems.
            call_command("insights_aggregate", "--full", stdout=self.stdout)
            call_command("registers_sync", stdout=self.stdout)
            call_command("registers_demo_answers", "--submission-key-prefix", DEMO_SUBMISSION_KEY_PREFIX,
                         stdout=self.stdout)
            call_command("systemic_flags", stdout=self.stdout)
