from django.core.management.base import BaseCommand

from borgerraad.channels.registry import poll_channel


class Command(BaseCommand):
    help = "Read the office's mailbox (IMAP) and register new e-mails as henvendelser, once each."

    def handle(self, *args, **options):
        result = poll_channel("email")
        self.stdout.write(f"registered={result.registered} duplicates={result.duplicates} failed={result.failed}")
