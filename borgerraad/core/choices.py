"""What staff read for a stored code of a set of choices: its label in the active language."""

from __future__ import annotations

from django.db import models


def choice_label(choices: type[models.TextChoices], code: str) -> str:
    """The label of ``code`` in ``choices``, or the code itself when it is not one of them (an old code)."""
    return str(choices(code).label) if code in choices.values else str(code)
