from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    name = "borgerraad.intake"
    label = "intake"
    verbose_name = _("Henvendelser")

    def ready(self):
        from borgerraad.intake.models import Henvendelse
        from borgerraad.privacy.digests import cpr_digest, digest_source_register

        # The portal finds a MitID user's henvendelser by this keyed hash of the CPR number (privacy/digests.py).
        digest_source_register(Henvendelse, digest_field="cpr_digest", source_field="cpr", digest=cpr_digest)

        # The audit details intake writes, in words on the audit log pages (privacy.audit_words).
        from borgerraad.intake import audit_text
        from borgerraad.privacy.audit_words import audit_phrases_register

        audit_phrases_register(audit_text.PHRASES)
