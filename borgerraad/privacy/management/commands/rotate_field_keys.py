"""``borgerraad rotate_field_keys``: re-encrypt every encrypted field under the first key.

Key rotation (docs/configuration.md): put the new key first in ``BORGERRAAD_FIELD_KEYS``, keep
the old keys after it, restart, run this command, then remove the old keys. ``--new-key``
prints a fresh key to put first. Keyed digests (``privacy/digests.py``, e.g. ``Henvendelse.cpr_digest``)
follow the first key and are recomputed at the end; so are the keyed look-up hashes (``KeyedHashField``),
which until then try every key.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from borgerraad.privacy import crypto
from borgerraad.privacy.digests import digests_refresh
from borgerraad.privacy.fields import encrypted_fields, keyed_hash_fields

BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt all encrypted fields under the first key in BORGERRAAD_FIELD_KEYS."

    def add_arguments(self, parser):
        parser.add_argument("--new-key", action="store_true", help="Print a new key and do nothing else.")

    def handle(self, *args, new_key: bool = False, **options):
        if new_key:
            self.stdout.write(crypto.generate_key())
            return
        for model, names in encrypted_fields():
            count = 0
            pks = list(model._default_manager.values_list("pk", flat=True).order_by("pk"))
            for start in range(0, len(pks), BATCH):
                with transaction.atomic():
                    # Reading decrypts with any key; ``update`` encrypts under the first key.
                    rows = model._default_manager.select_for_update().filter(pk__in=pks[start:start + BATCH])
                    for pk, *values in rows.values_list("pk", *names):
                        model._default_manager.filter(pk=pk).update(**dict(zip(names, values, strict=True)))
                        count += 1
            self.stdout.write(f"{model._meta.label}: {count} rows re-encrypted ({', '.join(names)}).")
        for label, count in digests_refresh().items():
            self.stdout.write(f"{label}: {count} keyed digests recomputed.")
        for model, hashed in keyed_hash_fields():
            count = 0
            sources = [field.source for field in hashed]
            pks = list(model._default_manager.values_list("pk", flat=True).order_by("pk"))
            for start in range(0, len(pks), BATCH):
                with transaction.atomic():
                    rows = model._default_manager.select_for_update().filter(pk__in=pks[start:start + BATCH])
                    for pk, *values in rows.values_list("pk", *sources):
                        model._default_manager.filter(pk=pk).update(**{
                            field.attname: field.hash_of(value) for field, value in zip(hashed, values, strict=True)
                        })
                        count += 1
            names = ", ".join(field.name for field in hashed)
            self.stdout.write(f"{model._meta.label}: {count} look-up hashes rewritten ({names}).")
