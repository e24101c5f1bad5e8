from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _mitid_citizen(request):
    """The complaint form's signed-in citizen (intake.citizen): a MitID identity's name and CPR number."""
    from borgerraad.intake.citizen import VerifiedCitizen
    from borgerraad.portal.identity import MITID, identity_current

    identity = identity_current(request)
    if identity is None or identity.method != MITID:
        return None
    return VerifiedCitizen(cpr=identity.cpr, name=identity.name)


def _messages_url():
    """Where a citizen reads the office's messages (cases.hooks.CITIZEN_MESSAGES_URL): *Mine sager*."""
    from django.urls import reverse

    return [reverse("portal:home")]


class PortalConfig(AppConfig):
    name = "borgerraad.portal"
    verbose_name = _("Borgerens egne sager")

    def ready(self):
        # The complaint form (intake, below the portal) prefills name and CPR from a MitID sign-in.
        from borgerraad.intake.citizen import mitid_citizen_reader_register

        mitid_citizen_reader_register(_mitid_citizen)

        # The e-mail cases sends when the office writes to a citizen names Mine sager (cases.hooks).
        from borgerraad.cases.hooks import CITIZEN_MESSAGES_URL, hook_register

        hook_register(CITIZEN_MESSAGES_URL, _messages_url)

        # The audit details the portal writes, in words on the audit log pages (privacy.audit_words).
        from borgerraad.portal import audit_text
        from borgerraad.privacy.audit_words import audit_phrases_register

        audit_phrases_register(audit_text.PHRASES)
