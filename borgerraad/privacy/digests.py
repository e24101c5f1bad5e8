"""Keyed digests: find a row by an encrypted value (a CPR number) without decrypting every row.

Encryption is randomised (``crypto.py``), so an encrypted CPR column cannot be compared in SQL. A row
that must be found by its CPR number keeps, beside the encrypted value, an HMAC-SHA256 of the normalised
value (the ten digits, no dash) under a key derived from the **first** field key with HKDF-SHA256 and a
fixed label per use (``CPR_DIGEST_LABEL``). Without the field key the digest cannot be recomputed from
the 10^10 possible CPR numbers, which a plain hash could be in minutes.

Rules:

- One label per purpose, so two digests of the same CPR number in different tables differ unless they
  share the label on purpose.
- The key follows the first field key: after a key rotation every digest is recomputed
  (``rotate_field_keys`` calls ``digests_refresh``). Apps say which columns hold digests with
  ``digest_source_register`` in their ``AppConfig.ready``, so privacy imports none of them.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import transaction

CPR_DIGEST_LABEL = b"borgerraad:cpr-digest:v1"
BATCH = 500


@lru_cache(maxsize=8)
def _key(first_field_key: str, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(first_field_key.encode("utf-8"))


def keyed_digest(value: str, *, label: bytes) -> str:
    """HMAC-SHA256 (hex) of ``value`` under the key derived from the first field key and ``label``."""
    key = _key(settings.FIELD_ENCRYPTION_KEYS[0], label)
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def cpr_digest(cpr: str) -> str:
    """The digest of a CPR number typed with or without dash and spaces; empty for anything else."""
    digits = re.sub(r"[\s\-–]", "", cpr or "")
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return ""
    return keyed_digest(digits, label=CPR_DIGEST_LABEL)


@dataclass(frozen=True)
class DigestSource:
    model: type
    digest_field: str
    source_field: str
    digest: Callable[[str], str]


_sources: list[DigestSource] = []


def digest_source_register(model, *, digest_field: str, source_field: str, digest: Callable[[str], str]) -> None:
    source = DigestSource(model, digest_field, source_field, digest)
    if source not in _sources:
        _sources.append(source)


def digests_refresh() -> dict[str, int]:
    """Recompute every registered digest column under the current first key; rows per model."""
    counts: dict[str, int] = {}
    for source in _sources:
        manager = source.model._base_manager
        pks = list(manager.order_by("pk").values_list("pk", flat=True))
        count = 0
        for start in range(0, len(pks), BATCH):
            with transaction.atomic():
                for pk, value in manager.filter(pk__in=pks[start:start + BATCH]).values_list("pk", source.source_field):
                    manager.filter(pk=pk).update(**{source.digest_field: source.digest(value or "")})
                    count += 1
        counts[source.model._meta.label] = counts.get(source.model._meta.label, 0) + count
    return counts
