from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "borgerraad.cases"
    label = "cases"
    verbose_name = _("Sager")

    def ready(self):
        # The case's own close-guard; apps built on cases register theirs in their ready() (hooks.py).
        from borgerraad.cases.hooks import CASE_CLOSE_CHECKS, hook_register
        from borgerraad.cases.workflow import every_point_has_an_outcome

        hook_register(CASE_CLOSE_CHECKS, every_point_has_an_outcome)
