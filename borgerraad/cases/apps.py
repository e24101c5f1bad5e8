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

        # The casework links in the staff menu and on the start page (accounts.navigation).
        from borgerraad.accounts.navigation import staff_links_register
        from borgerraad.cases.navigation import staff_links

        staff_links_register(staff_links)

        # A henvendelse with a case is read as its case (intake.policies; intake does not import cases).
        from borgerraad.cases.policies import HenvendelseCaseAccess
        from borgerraad.intake.policies import case_access_register

        case_access_register(HenvendelseCaseAccess())

        # One notion of receipt: the receipt e-mail acknowledges the henvendelse's case (intake.hooks).
        from borgerraad.cases.services import on_receipt_sent
        from borgerraad.intake.hooks import RECEIPT_SENT, hook_register

        hook_register(RECEIPT_SENT, on_receipt_sent)

        # The case's own close-guard; apps built on cases register theirs in their ready() (hooks.py).
        from borgerraad.cases.hooks import CASE_CLOSE_CHECKS, hook_register
        from borgerraad.cases.workflow import every_point_has_an_outcome

        hook_register(CASE_CLOSE_CHECKS, every_point_has_an_outcome)

        # The audit details cases writes, in words on the audit log pages (privacy.audit_words).
        from borgerraad.cases import audit_text
        from borgerraad.privacy.audit_words import audit_phrases_register

        audit_phrases_register(audit_text.PHRASES)
