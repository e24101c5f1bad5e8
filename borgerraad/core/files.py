"""Where the files the system keeps are stored (under ``MEDIA_ROOT``, outside the web root).

One rule for every kind: ``<folder>/<year>/<month>/<random name><extension>``. The name a file came
with (a citizen's upload, an e-mail's attachment) may hold personal data, a CPR number or a name,
so it is never part of the stored name; the month folders keep directories small.
"""

from __future__ import annotations

import uuid

from django.utils import timezone


def stored_file_name(folder: str, extension: str) -> str:
    """A new stored name under ``folder`` for a file of ``extension`` (with its dot: ``.pdf``)."""
    return f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"
