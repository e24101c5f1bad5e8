from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "borgerraad.insights"
    verbose_name = _("Indsigt")

    def ready(self):
        # Registers: a suggestion point gets its register entry, a henstilling its follow-up (cases.hooks).
        from borgerraad.cases.hooks import KLAGEPUNKT_CLOSED, KLAGEPUNKT_DECIDED, hook_register
        from borgerraad.insights.registers import on_klagepunkt_closed, on_klagepunkt_decided

        hook_register(KLAGEPUNKT_DECIDED, on_klagepunkt_decided)
        hook_register(KLAGEPUNKT_CLOSED, on_klagepunkt_closed)

        # Henstilling follow-ups due show on the start page after sign-in (accounts.start).
        from borgerraad.accounts.start import start_provider_register
        from borgerraad.insights.start import start_contribution

        start_provider_register(start_contribution)

        # Indsigt in the staff menu and on the start page (accounts.navigation).
        from borgerraad.accounts.navigation import staff_links_register
        from borgerraad.insights.navigation import staff_links

        staff_links_register(staff_links)

        # The audit details insights writes, in words on the audit log pages (privacy.audit_words).
        from borgerraad.insights import audit_text
        from borgerraad.privacy.audit_words import audit_phrases_register

        audit_phrases_register(audit_text.PHRASES)

        # The statistics' aggregate: triggers mark the days a change touches (insights/triggers.py).
        from django.db.models.signals import post_migrate

        from borgerraad.insights.triggers import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="insights_triggers")
