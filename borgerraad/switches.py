"""The words a true/false setting may be written with, for ``env.env_bool`` and for the modules that read a
setting without Django (``language.lemmas``): one list, so that every switch reads alike."""

from __future__ import annotations

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"0", "false", "no", "off", ""})


def switch_parse(value: str) -> bool | None:
    """True or False for a word of ``TRUE`` or ``FALSE`` (case and surrounding blanks ignored), else None."""
    lowered = value.strip().lower()
    if lowered in TRUE:
        return True
    if lowered in FALSE:
        return False
    return None
