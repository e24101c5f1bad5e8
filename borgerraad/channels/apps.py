from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "borgerraad.channels"
    label = "channels"
    verbose_name = _("Indgående kanaler")

    def ready(self):
        # What waits for staff shows on the start page after sign-in (accounts.start).
        from borgerraad.accounts.start import start_provider_register
        from borgerraad.channels.start import start_contribution

        start_provider_register(start_contribution)
