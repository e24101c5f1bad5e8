"""``borgerraad purge_drafts``: delete expired complaint-form drafts and their uploaded files.

Run it daily (cron or a scheduled task). Submitted henvendelser and their files are not touched.
"""

from django.core.management.base import BaseCommand

from borgerraad.intake.services import draft_delete_expired


class Command(BaseCommand):
    help = "Delete expired drafts of the complaint form and the files uploaded to them."

    def handle(self, *args, **options):
        self.stdout.write(f"{draft_delete_expired()} expired drafts deleted.")
