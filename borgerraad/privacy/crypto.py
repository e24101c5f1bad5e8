"""Field-level encryption of personal data at rest (CPR numbers, free text that may hold them).

Rules:

- Values are encrypted with Fernet (AES-128-CBC + HMAC-SHA256, from ``cryptography``) under the
  keys in ``settings.FIELD_ENCRYPTION_KEYS``: the **first key encrypts**, every key decrypts.
  Rotation is therefore: put a new key first, keep the old ones after it, run
  ``borgerraad rotate_field_keys``, then drop the old keys (docs/configuration.md).
- Production refuses to start without ``BORGERRAAD_FIELD_KEYS`` (settings.py), and every
  environment refuses to start when one of its keys is not a Fernet key (``keys_validate``; the
  system check ``privacy.E001`` says the same in ``borgerraad check --deploy``). Messages name the
  variable and the key's position, never the key. In development without keys, a key is derived
  from ``SECRET_KEY`` so the project runs with no set-up.
- Encrypted values carry the prefix ``fernet:``, so a value can never be mistaken for plain text
  and a raw database dump shows at a glance that the column is encrypted.
- Encryption is randomised: the same CPR number gives a different token each time, so encrypted
  columns cannot be searched or compared in SQL. Nothing here logs a value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "fernet:"


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key (the key was dropped too early)."""


def derive_development_key(secret: str) -> str:
    """A stable Fernet key derived from ``SECRET_KEY``, for development only."""
    digest = hashlib.sha256(f"borgerraad-field-encryption:{secret}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


def generate_key() -> str:
    return Fernet.generate_key().decode()


KEYS_VARIABLE = "BORGERRAAD_FIELD_KEYS"


def key_problems(keys: list[str] | tuple[str, ...]) -> list[str]:
    """What is wrong with ``keys`` as Fernet keys, one message per problem; never the key itself.

    Called by settings.py at start-up and by the system check (``borgerraad check --deploy``), so a
    malformed key stops the service before the first submission instead of failing it.
    """
    if not keys:
        return [f"{KEYS_VARIABLE} is empty: set at least one Fernet key."]
    problems = []
    for number, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode("utf-8"))
        except (ValueError, TypeError, UnicodeError):
            problems.append(
                f"{KEYS_VARIABLE}: key {number} of {len(keys)} is not a Fernet key (it must be 32 url-safe "
                "base64-encoded bytes, 44 characters; make one with `borgerraad rotate_field_keys --new-key`)."
            )
    return problems


def keys_validate(keys: list[str]) -> list[str]:
    """``keys`` when every one is a Fernet key; otherwise ImproperlyConfigured naming the variable."""
    problems = key_problems(keys)
    if problems:
        raise ImproperlyConfigured(" ".join(problems))
    return keys


@lru_cache(maxsize=8)
def _multi_fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS is empty: set BORGERRAAD_FIELD_KEYS.")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "BORGERRAAD_FIELD_KEYS holds a key that is not a Fernet key "
            "(32 url-safe base64-encoded bytes; make one with `borgerraad rotate_field_keys --new-key`)."
        ) from exc


def _fernet() -> MultiFernet:
    return _multi_fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def is_encrypted(value: str) -> bool:
    return value.startswith(PREFIX)


def encrypt(value: str) -> str:
    return PREFIX + _fernet().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(value: str) -> str:
    if not is_encrypted(value):
        # Rows written before a column was encrypted; the next save or rotation encrypts them.
        return value
    try:
        return _fernet().decrypt(value[len(PREFIX):].encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise DecryptionError("No configured key decrypts this value.") from exc


def rotate(value: str) -> str:
    """Re-encrypt ``value`` (encrypted or plain) under the first key."""
    if not is_encrypted(value):
        return encrypt(value)
    try:
        return PREFIX + _fernet().rotate(value[len(PREFIX):].encode("ascii")).decode("ascii")
    except InvalidToken as exc:
        raise DecryptionError("No configured key decrypts this value.") from exc


# --- Keyed hashes for look-ups (ADR 0006) -----------------------------------------------------------
#
# Encrypted columns cannot be compared in SQL, but staff must find a citizen's earlier henvendelser
# by CPR number. A keyed hash (HMAC-SHA256) of the normalised value is stored beside the encrypted
# value and compared instead. Its key is derived from a field key, so it is as secret as the keys
# and a database dump alone cannot test guessed CPR numbers against it (the CPR space is small
# enough to enumerate; a plain hash would give every number away).
#
# Rotation: a hash is written under the first key; a look-up compares with the hashes under every
# configured key (``keyed_hashes``), so rows hashed under an older key keep being found during a
# rotation, and ``borgerraad rotate_field_keys`` rewrites every hash under the new first key.


def _lookup_key(field_key: str) -> bytes:
    return hashlib.sha256(b"borgerraad-keyed-lookup\x00" + field_key.encode("utf-8")).digest()


def _keyed_hash(value: str, field_key: str) -> str:
    return hmac.new(_lookup_key(field_key), value.encode("utf-8"), hashlib.sha256).hexdigest()


def keyed_hash(value: str) -> str:
    """The look-up hash of ``value`` (already normalised) under the first key; "" for an empty value."""
    if not value:
        return ""
    return _keyed_hash(value, settings.FIELD_ENCRYPTION_KEYS[0])


def keyed_hashes(value: str) -> list[str]:
    """The look-up hashes of ``value`` under every configured key (the first key's first)."""
    if not value:
        return []
    return [_keyed_hash(value, key) for key in settings.FIELD_ENCRYPTION_KEYS]
