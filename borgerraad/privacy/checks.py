"""System checks of the privacy app (``borgerraad check``, ``borgerraad check --deploy``).

- ``privacy.E001``: every key in ``FIELD_ENCRYPTION_KEYS`` must be a Fernet key. settings.py
  already refuses to start with a malformed ``BORGERRAAD_FIELD_KEYS``; the check also covers keys
  set some other way (a settings override) and says so in the deploy checklist's own output.
"""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register

from borgerraad.privacy.crypto import key_problems


@register(Tags.security, deploy=False)
def field_keys_check(app_configs=None, **kwargs) -> list[Error]:
    keys = list(getattr(settings, "FIELD_ENCRYPTION_KEYS", []) or [])
    return [
        Error(problem, hint="See docs/configuration.md, 'Encryption keys and key rotation'.", id="privacy.E001")
        for problem in key_problems(keys)
    ]
