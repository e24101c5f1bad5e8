from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "borgerraad.accounts"
    label = "accounts"
    verbose_name = _("Brugere")

    def ready(self):
        from borgerraad.accounts import audit

        audit.connect()

        # An error on a staff page leads back to the staff front page (core.links, core.errors).
        from borgerraad.accounts.navigation import staff_error_links
        from borgerraad.core.links import page_links_register

        page_links_register("staff_error", staff_error_links)
