"""Private information of the kinds that should not travel by ordinary e-mail.

The special categories of databeskyttelsesforordningen art. 9 (health, ethnic origin, religion,
trade-union membership, sex life and sexual orientation) plus criminal matters (art. 10) and the
social matters the seed names as "oplysninger om private forhold". The words are Danish word
stems and some English ones, matched at word starts so compounds count ("sygemelding",
"psykiatrisk"). Used to warn a citizen that e-mail is not secure; it decides nothing about a case.
"""

from __future__ import annotations

import re

CATEGORIES: dict[str, tuple[str, ...]] = {
    "helbred": (
        "diagnose", "sygdom", "sygemeld", "kræft", "cancer", "depression", "angst", "psykiat", "psykisk",
        "psykolog", "medicin", "handicap", "autis", "adhd", "skizofren", "demens", "gravid", "abort",
        "sclerose", "diabetes", "indlagt", "indlæggelse", "lægeerklæring", "diagnosis", "illness",
        "mental health", "medication", "disabilit", "pregnan",
    ),
    "misbrug": ("misbrug", "alkohol", "narko", "stofmisbrug", "addiction"),
    "strafbare forhold": ("straffeattest", "straffedom", "dømt", "fængsel", "sigtet", "tiltalt", "kriminal",
                          "criminal record", "convicted"),
    "seksualitet": ("seksuel", "homoseksuel", "biseksuel", "transkøn", "sexual orientation"),
    "religion og etnicitet": ("religi", "muslim", "jødisk", "etnisk", "ethnic"),
    "fagforening": ("fagforening", "trade union"),
    "sociale forhold": ("anbring", "underretning", "tvangsfjern", "børnesag", "placement"),
}

_PATTERNS = {
    category: re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")", re.IGNORECASE)
    for category, stems in CATEGORIES.items()
}


def sensitive_categories(text: str) -> list[str]:
    """The categories of private information the text mentions, in a fixed order."""
    return [category for category, pattern in _PATTERNS.items() if pattern.search(text or "")]
