"""``prefilter.gate``: a gated pattern finds exactly what the pattern finds, only faster where it cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borgerraad.triage import areas, features, prefilter
from borgerraad.triage.text import normalise, sentences
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load

HERE = Path(__file__).resolve().parent
TRAIN = sorted((HERE / "train").glob("*.jsonl"))
# Every third labelled text (all of them take minutes for a hundred patterns), with its sentences and a piece:
# the engine searches whole texts, their sentences and pieces of them (the words before a match).
NORMS = [normalise(case["text"]) for path in [DEV_CASES, EXTRA_CASES, *TRAIN] for case in load(path)][::3]
STRINGS = NORMS + [sentence for norm in NORMS for sentence in sentences(norm)] + [
    norm[max(0, len(norm) // 2 - 14):len(norm) // 2] for norm in NORMS
]


def gated_patterns() -> dict[str, prefilter.Gated]:
    """Every gated pattern of the engine."""
    found = {}
    for module in (features, areas):
        for name, value in vars(module).items():
            items = value.items() if isinstance(value, dict) else [(None, value)]
            for key, pattern in items:
                if isinstance(pattern, prefilter.Gated):
                    found[f"{module.__name__}.{name}" + (f"[{key}]" if key is not None else "")] = pattern
    return found


GATED = gated_patterns()


def test_the_lexicon_groups_are_gated():
    # The groups that cost most when searched in vain (docs/triage.md, "Speed") are behind the test.
    for name in ("_SAGSBEHANDLING", "_DECISION", "_PRAKTISK_TOPIC", "_FORSLAG", "_NOT_YET", "_AIDS_MATTER"):
        module = areas if name == "_AIDS_MATTER" else features
        assert isinstance(getattr(module, name), prefilter.Gated), name
    assert len(GATED) > 60


@pytest.mark.parametrize("name", sorted(GATED))
def test_gated_pattern_finds_what_the_pattern_finds(name):
    gated = GATED[name]
    plain = gated.pattern_object
    for string in STRINGS:
        assert [m.span() for m in gated.finditer(string)] == [m.span() for m in plain.finditer(string)], string
        found, expected = gated.search(string), plain.search(string)
        assert (found and found.span()) == (expected and expected.span()), string


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\b(ikke|aldrig) fået svar", "har aldrig fået svar"),
    (r"\b\w*kørestol\w*", "min elkørestol er i stykker"),  # the word's start is unknown: "kørestol" is needed
    (r"\bsag(en)? ", "sagen er"),
    (r"^forslag\b", "tak\nforslag: flere bænke"),  # the start of a line starts a word
    (r"\bp-afgift", "en p-afgift"),
    (r"\b(?:ab|cd)|\B(?:§)", "jf. § 85"),  # a character that is no letter is needed as it is
])
def test_gate_lets_matching_texts_through(pattern, text):
    gated = prefilter.gate(re.compile(pattern, re.MULTILINE))
    assert isinstance(gated, prefilter.Gated)
    assert gated.search(text) is not None
    assert [m.group() for m in gated.finditer(text)] == [m.group() for m in re.finditer(pattern, text, re.M)]


def test_gate_skips_texts_without_the_words():
    gated = prefilter.gate(re.compile(r"\b(ikke|aldrig) fået svar"))
    assert gated.starts == frozenset({"ikk", "ald"})
    assert gated.search("jeg har fået svar, men det var forkert") is None
    assert list(gated.finditer("ingen ord her")) == []


@pytest.mark.parametrize("pattern", [r"\w+ a", r"(?i)\bklage", r"\b\w\w", r"er\b", r"\Bab"])
def test_pattern_whose_start_cannot_be_known_is_not_gated(pattern):
    # Without \b a match may start inside a word; \w and "er" say too little to skip a text by.
    assert prefilter.gate(re.compile(pattern)).__class__ is re.Pattern
