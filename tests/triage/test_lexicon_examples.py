"""Each pattern of ``triage/lexicon.py`` enters with two examples in different wording (issue 12).

``lexicon.ex(pattern, *examples)`` records a pattern's examples beside it. For every pattern in the
lexicon's groups, every top-level alternative (``a|b`` outside parentheses) must be matched by at least
two of the pattern's examples that differ in wording after normalising: an alternative written for one
sentence cannot stay. The test lists each entry's examples in its failure message.
"""

from __future__ import annotations

import re

import pytest

from borgerraad.triage import lexicon
from borgerraad.triage.text import normalise

# Module-level values that are not patterns of a group, with the reason.
NOT_GROUPS = {
    "W": "a filler word used inside patterns",
    "WH": "a filler word used inside patterns",
    "NOT_MUNICIPAL": "a look-ahead used inside patterns",
    "EXAMPLES": "the examples themselves",
    "AREA_ANCHORS": "words matched against the departments' own keywords (configuration), not the text",
    "AGE_UNITS": "number words with their values", "AGE_TEENS": "number words with their values",
    "AGE_TENS": "number words with their values",
    "APPEAL_BODIES": "codes of complaint bodies", "NOT_MUNICIPALITY_BODIES": "codes of complaint bodies",
    "AREA_APPEAL_BODY": "the code of the complaint body for each area",
}


def patterns() -> dict[str, str]:
    """Every pattern of the lexicon, by a readable name (group, key and position)."""
    found: dict[str, str] = {}

    def add(name: str, value: object) -> None:
        if isinstance(value, str):
            found.setdefault(value, name)
        elif isinstance(value, re.Pattern):
            found.setdefault(value.pattern, name)
        elif isinstance(value, (list, tuple)) and value and all(isinstance(item, str) for item in value):
            for index, item in enumerate(value):
                found.setdefault(item, f"{name}[{index}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                add(f"{name}[{key!r}]", item)

    for name, value in vars(lexicon).items():
        if name.isupper() and not name.startswith("_") and name not in NOT_GROUPS:
            add(name, value)
    return {name: pattern for pattern, name in found.items()}


PATTERNS = patterns()


def differ(examples: list[str]) -> bool:
    return len({" ".join(normalise(example).split()) for example in examples}) >= 2


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_alternative_has_two_examples_in_different_wording(name):
    pattern = PATTERNS[name]
    examples = lexicon.EXAMPLES.get(pattern, ())
    texts = [normalise(example) for example in examples]
    for alternative in lexicon._top_level_alternatives(pattern):
        compiled = re.compile(alternative, re.MULTILINE)
        matching = [example for example, text in zip(examples, texts, strict=True) if compiled.search(text)]
        assert differ(matching), (
            f"{name}: the alternative {alternative!r} needs two examples in different wording that it matches; "
            f"the pattern's examples are {list(examples)!r}"
        )


def test_no_examples_for_patterns_that_are_gone():
    assert set(lexicon.EXAMPLES) <= set(PATTERNS.values())
