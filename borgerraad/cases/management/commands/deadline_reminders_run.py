"""``borgerraad deadline_reminders_run``: send due høring reminders and escalations (run from cron)."""

from django.core.management.base import BaseCommand

from borgerraad.cases.services import deadline_reminders_run


class Command(BaseCommand):
    help = "Send every due høring reminder and escalation once; safe to run from several machines."

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Queue the check for the worker instead.")

    def handle(self, *args, **options):
        if options["enqueue"]:
            from borgerraad.cases.tasks import deadline_reminders_check

            result = deadline_reminders_check.enqueue()
            self.stdout.write(f"Queued: {result.id}")
            return
        run = deadline_reminders_run()
        self.stdout.write(f"Sent {run.sent}, skipped {run.skipped}, failed {run.failed}.")
