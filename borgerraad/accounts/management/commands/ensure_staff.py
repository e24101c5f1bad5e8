"""``borgerraad ensure_staff``: create the first staff user and print its login once.

The user has no second factor yet: at the first sign-in the log-in page shows a QR code to scan
with an authenticator app (docs/accounts.md).
"""

from django.core.management.base import BaseCommand

from borgerraad.accounts.services import staff_user_ensure


class Command(BaseCommand):
    help = "Create the first staff user (if missing) and print its login once."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="raadgiver")
        parser.add_argument("--email", default="")
        parser.add_argument("--site", default="http://127.0.0.1:8000", help="the address the server answers on")

    def handle(self, *args, username, email, site, **options):
        _, password = staff_user_ensure(username=username, email=email)
        if password is None:
            self.stdout.write(
                f"Staff user '{username}' exists (its password was printed when it was created; "
                f"set a new one with 'borgerraad changepassword {username}')."
            )
        else:
            self.stdout.write(
                f"Log in at {site.rstrip('/')}/medarbejder/log-ind/ and scan the QR code with an "
                "authenticator app (first sign-in only):"
            )
            self.stdout.write(self.style.SUCCESS(f"Staff login - user: {username}  password: {password}"))
