from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "borgerraad.portal"
    verbose_name = _("Borgerens egne sager")
