from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo and load-test data (``borgerraad demo_data``, ``borgerraad seed-demo``); no models of its own.

    It sits on top of the apps it fills (core, intake, cases), so none of them imports it.
    """

    name = "borgerraad.demo"
    label = "demo"
    verbose_name = _("Demodata")
