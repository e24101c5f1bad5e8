from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LettersConfig(AppConfig):
    name = "borgerraad.letters"
    label = "letters"
    verbose_name = _("Breve")

    def ready(self):
        # What waits for staff shows on the start page after sign-in (accounts.start).
        from borgerraad.accounts.start import start_provider_register
        from borgerraad.letters.start import start_contribution

        start_provider_register(start_contribution)

        # Forsendelser in the staff menu and on the start page (accounts.navigation).
        from borgerraad.accounts.navigation import staff_links_register
        from borgerraad.letters.navigation import staff_links

        staff_links_register(staff_links)

        # Letters builds on cases: its close-guards, journal entries and høringsbrev come in through cases.hooks.
        from borgerraad.cases.hooks import (
            CASE_CLOSE_CHECKS,
            CASE_JOURNAL,
            CASE_PAGE,
            HOERING_CANCELLING,
            HOERING_PREFETCH,
            HOERING_PREPARED,
            hook_register,
        )
        from borgerraad.letters import casework

        hook_register(CASE_CLOSE_CHECKS, casework.close_checks)
        hook_register(CASE_JOURNAL, casework.journal_entries)
        hook_register(HOERING_PREPARED, casework.hoering_letter_draft)
        hook_register(HOERING_CANCELLING, casework.hoering_letters_discard)
        hook_register(CASE_PAGE, casework.case_page_parts)
        hook_register(HOERING_PREFETCH, casework.hoering_prefetch)

        # The audit details letters writes, in words on the audit log pages (privacy.audit_words).
        from borgerraad.letters import audit_text
        from borgerraad.privacy.audit_words import audit_phrases_register

        audit_phrases_register(audit_text.PHRASES)
