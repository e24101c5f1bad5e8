"""``borgerraad henstilling_reminders_run``: remind advisors of overdue henstilling follow-ups, once each."""

from django.core.management.base import BaseCommand

from borgerraad.insights.registers import henstilling_reminders_run


class Command(BaseCommand):
    help = "Bring the registers of suggestions and henstillinger up to date and e-mail each overdue follow-up's " \
           "advisor once; safe to run from several machines."

    def handle(self, *args, **options):
        run = henstilling_reminders_run()
        self.stdout.write(f"Sent {run.sent}, skipped {run.skipped}, failed {run.failed}.")
