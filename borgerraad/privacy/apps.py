from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "borgerraad.privacy"
    label = "privacy"
    verbose_name = _("Persondata")

    def ready(self) -> None:
        from borgerraad.privacy import checks  # noqa: F401 - registers the system checks
