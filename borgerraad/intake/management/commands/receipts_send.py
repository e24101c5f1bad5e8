"""``borgerraad receipts_send``: send the receipt e-mails that are due and unsent (ADR 0003).

The scheduler runs it every two minutes; a receipt is never sent twice (``henvendelse_receipt_send``).
"""

from django.core.management.base import BaseCommand

from borgerraad.intake.services import receipts_send_due


class Command(BaseCommand):
    help = "Send the receipt e-mails whose task failed or never finished; a sent receipt is never resent."

    def handle(self, *args, **options):
        result = receipts_send_due()
        self.stdout.write(f"Sent {result['sent']}, still failing {result['failed']}.")
