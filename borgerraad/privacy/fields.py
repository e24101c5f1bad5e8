"""Model fields that keep their value encrypted in the database (see ``privacy/crypto.py``).

An ``EncryptedTextField`` reads and writes plain ``str`` in Python and stores ``fernet:...``
in the database. Empty strings are stored as empty strings (nothing to protect). The column
cannot be filtered on (only ``isnull``), ordered meaningfully or indexed.
"""

from __future__ import annotations

from django.db import migrations, models
from django.db.models import Value

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


def encrypt_existing_rows(app_label: str, model_name: str, names: list[str], *, clean=None) -> migrations.RunPython:
    """The data migration that follows turning ``names`` into ``EncryptedTextField``: rows in clear get encrypted.

    Forwards, each value is read (a value stored in clear reads as itself) and written back through
    the field, which encrypts it; ``clean`` may change it on the way (e.g. mask CPR numbers).
    Backwards, the plain text is written back, so the column can become a plain one again.
    """

    def rows(apps):
        model = apps.get_model(app_label, model_name)
        manager = model._base_manager
        # The keys first, then batches: no cursor stays open on the table being written (SQLite).
        pks = list(manager.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), 500):
            for pk, *values in manager.filter(pk__in=pks[start:start + 500]).values_list("pk", *names):
                yield manager.filter(pk=pk), dict(zip(names, values, strict=True))

    def forwards(apps, schema_editor):
        for row, values in rows(apps):
            row.update(**{name: clean(value) if clean else value for name, value in values.items() if value})

    def backwards(apps, schema_editor):
        for row, values in rows(apps):
            row.update(**{name: Value(value, output_field=models.TextField()) for name, value in values.items()
                          if value})

    return migrations.RunPython(forwards, backwards, elidable=False)


def cpr_lookup_value(value: str) -> str:
    """A CPR number as the ten ASCII digits its look-up hash is computed from; "" when it is not ten digits."""
    digits = "".join(char for char in value or "" if char.isascii() and char.isdigit())
    return digits if len(digits) == 10 else ""


class KeyedHashField(models.CharField):
    """The keyed look-up hash (``crypto.keyed_hash``) of the encrypted field ``source``, kept in step on save.

    Encrypted columns cannot be compared in SQL; this one can: filter with
    ``<name>__in=crypto.keyed_hashes(normalised)``, which finds rows hashed under any configured key.
    Computed in ``pre_save`` (so ``save``, ``create`` and ``bulk_create`` all set it); a
    ``QuerySet.update`` of the source must set it too. ``rotate_field_keys`` rewrites it under the
    new first key. The only normaliser today is ``cpr_lookup_value`` (the ten digits).
    """

    description = "Keyed hash of an encrypted field, for look-ups"

    def __init__(self, *args, source: str = "", **kwargs):
        self.source = source
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        return name, path, args, kwargs

    def hash_of(self, value: str) -> str:
        return crypto.keyed_hash(cpr_lookup_value(value))

    def pre_save(self, model_instance, add):
        value = self.hash_of(getattr(model_instance, self.source))
        setattr(model_instance, self.attname, value)
        return value


def keyed_hash_fields() -> list[tuple[type[models.Model], list[KeyedHashField]]]:
    """Every installed model with keyed look-up hashes, and those fields (for key rotation)."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        hashed = [field for field in model._meta.get_fields() if isinstance(field, KeyedHashField)]
        if hashed:
            found.append((model, hashed))
    return found
