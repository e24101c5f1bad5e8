"""The file-drop outbox: ``<dispatch uuid>.xml`` written atomically, the same name on every retry."""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings

from borgerraad.letters.dispatch.base import Receipt


def outbox_dir() -> Path:
    return Path(settings.LETTERS_DIR) / "digital-post-outbox"


def drop(*, memo: bytes, key: str) -> Receipt:
    directory = outbox_dir()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{key}.xml"
    temporary = directory / f".{key}.xml.tmp"
    temporary.write_bytes(memo)
    os.replace(temporary, target)  # atomic: the integration never sees half a file; a resend replaces it
    return Receipt(external_id=target.name, confirmed=False)
