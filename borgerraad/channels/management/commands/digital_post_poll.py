from django.core.management.base import BaseCommand

from borgerraad.channels.registry import poll_channel


class Command(BaseCommand):
    help = "Read incoming Digital Post (MeMo) and register new messages as henvendelser, once each."

    def handle(self, *args, **options):
        result = poll_channel("digital_post")
        self.stdout.write(f"registered={result.registered} duplicates={result.duplicates} failed={result.failed}")
