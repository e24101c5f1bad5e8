from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "borgerraad.accounts"
    label = "accounts"
    verbose_name = _("Brugere")

    def ready(self):
        from borgerraad.accounts import audit

        audit.connect()
