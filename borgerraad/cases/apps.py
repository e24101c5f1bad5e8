from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "borgerraad.cases"
    label = "cases"
    verbose_name = _("Sager")

    def ready(self):
        # The start page after sign-in shows the user's cases and deadlines (accounts.start).
        from borgerraad.accounts.start import start_provider_register
        from borgerraad.cases.start import start_contribution

        start_provider_register(start_contribution)

        # One notion of receipt: the receipt e-mail acknowledges the henvendelse's case (intake.hooks).
        from borgerraad.cases.services import on_receipt_sent
        from borgerraad.intake.hooks import RECEIPT_SENT, hook_register

        hook_register(RECEIPT_SENT, on_receipt_sent)
