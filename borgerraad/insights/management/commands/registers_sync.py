"""``borgerraad registers_sync``: add the register entries of klagepunkter written without the services.

Visitation and closing a klagepunkt add a suggestion or a henstilling's follow-up record at once;
klagepunkter written in bulk (imports, ``seed-demo``, ``demo_data``) do not pass through them. The
hourly ``henstilling_reminders_run`` does the same before reminding; this runs it alone, without
sending any reminder.
"""

from django.core.management.base import BaseCommand

from borgerraad.insights.registers import registers_sync


class Command(BaseCommand):
    help = "Add the missing register entries of suggestion points and henstillinger (sends no reminder)."

    def handle(self, *args, **options):
        suggestions, follow_ups = registers_sync()
        self.stdout.write(f"Registers: {suggestions} suggestion(s) and {follow_ups} henstilling follow-up(s) added.")
