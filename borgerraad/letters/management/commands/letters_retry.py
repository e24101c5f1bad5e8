"""``borgerraad letters_retry``: retry due letter dispatches (run from cron every few minutes)."""

from django.core.management.base import BaseCommand

from borgerraad.letters.services import dispatches_retry


class Command(BaseCommand):
    help = "Attempt every queued or failed letter dispatch whose backoff has passed; a sent one is never resent."

    def handle(self, *args, **options):
        result = dispatches_retry()
        self.stdout.write(f"Sent {result['sent']}, still failing {result['failed']}.")
