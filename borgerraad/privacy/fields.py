"""Model fields that keep their value encrypted in the database (see ``privacy/crypto.py``).

An ``EncryptedTextField`` reads and writes plain ``str`` in Python and stores ``fernet:...``
in the database. Empty strings are stored as empty strings (nothing to protect). The column
cannot be filtered on (only ``isnull``), ordered meaningfully or indexed.
"""

from __future__ import annotations

from django.db import models

from borgerraad.privacy import crypto


class EncryptedTextField(models.TextField):
    description = "Text encrypted at rest"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return crypto.decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return crypto.encrypt(value)

    def get_lookup(self, lookup_name):
        # Randomised encryption makes every comparison with a value meaningless (it would
        # silently never match): only ``isnull`` is offered.
        if lookup_name != "isnull":
            return None
        return super().get_lookup(lookup_name)


def encrypted_fields() -> list[tuple[type[models.Model], list[str]]]:
    """Every installed model with encrypted fields, and their names (for key rotation)."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        names = [field.name for field in model._meta.get_fields() if isinstance(field, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found
