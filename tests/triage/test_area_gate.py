"""``lexicon.WordHeadGate`` and ``areas.find_areas``: the gated areas find exactly what the plain lists find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borgerraad.triage import areas, features, lexicon  # noqa: F401 (features builds the gate)
from borgerraad.triage.gate import TEXT
from borgerraad.triage.text import normalise
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load

HERE = Path(__file__).resolve().parent
LABELLED = [DEV_CASES, EXTRA_CASES, *sorted((HERE / "train").glob("*.jsonl")),
            *sorted((HERE / "paraphrase").glob("*.jsonl"))]
EDGES = [
    "", "p-bøde", "en p-bøde", "xp-bøde", "_bpa", "bpa_", "3.klasse", "i 3. klasse", "rive det gamle hus ned",
    "jf. lokalplanen", "jf lokalplan", "folkebiblioteket", "svømmehallen", "plejefamilien", "demens og alzheimer",
    "støj, larm og røg", "søen ved skolen", "bygge et skur", "loan for the rent deposit", "help with a deposit",
    "ab-støj", "9støj", "løbestøj", "a\nstøj", "støj\n", "ﬁ støj",
]


def plain(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    """The definition: any of the patterns, the first that matches at a position wins."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def plain_areas(norm: str) -> list[tuple]:
    """``areas.find_areas`` as it was written before the gate: every list over the whole text."""
    hits = [(area, m.start(), m.end(), m.group().strip(), False)
            for area, patterns in lexicon.AREA_SERVICES.items() for m in plain(patterns).finditer(norm)]
    hits += [(area, m.start(), m.end(), m.group().strip(), True)
             for area, patterns in lexicon.AREA_MARKERS.items() for m in plain(patterns).finditer(norm)]
    return hits


def texts() -> list[str]:
    return [normalise(case["text"]) for path in LABELLED for case in load(path)] + EDGES


def test_the_gated_areas_find_the_same_hits_on_every_labelled_text():
    found = 0
    for norm in texts():
        TEXT.start(norm)
        hits = [(hit.area, hit.start, hit.end, hit.text, hit.marker) for hit in areas.find_areas(norm)]
        assert TEXT.open(norm) is not None
        assert hits == plain_areas(norm), norm[:80]
        found += len(hits)
    assert found > 1000


# The texts in shards, so that the parallel workers share the slowest check; together the shards read every text.
GATE_SHARDS = 4


@pytest.mark.parametrize("shard", range(GATE_SHARDS))
def test_every_gated_group_finds_what_its_plain_form_finds_in_the_triaged_text_and_its_parts(shard):
    """Each group behind ``gate.TEXT``, in the started text (whole, from a position, within a range) and in a
    sentence of it (not gated), against the plain alternation of its patterns."""
    assert len(TEXT.groups) >= 25
    slow = {key: plain(patterns, re.MULTILINE) for key, patterns in TEXT.groups.items()}
    keyed = {**{("service", area): p for area, p in areas._SERVICES.items()},
             **{("marker", area): p for area, p in areas._MARKERS.items()}, "AIDS": areas._AIDS}
    keyed |= {value.key: value for value in vars(features).values() if isinstance(value, lexicon.Keyed)}
    assert set(keyed) == set(TEXT.groups)
    shut = 0
    shard_texts = texts()[shard::GATE_SHARDS]
    for norm in shard_texts:
        TEXT.start(norm)
        middle = len(norm) // 3
        sentence = norm[:middle + 1].strip()
        for key, pattern in keyed.items():
            expected = slow[key]
            shut += key not in TEXT.open(norm)
            assert [m.span() for m in pattern.finditer(norm)] == [m.span() for m in expected.finditer(norm)], key
            assert [m.span() for m in pattern.finditer(norm, middle)] == [
                m.span() for m in expected.finditer(norm, middle)], key
            assert [m.span() for m in pattern.finditer(norm, 0, middle)] == [
                m.span() for m in expected.finditer(norm, 0, middle)], key
            found, wanted = pattern.search(norm, middle), expected.search(norm, middle)
            assert (found and found.span()) == (wanted and wanted.span()), key
            assert bool(pattern.search(sentence)) == bool(expected.search(sentence)), key
    assert shut > len(shard_texts) * 10  # the gate shuts most groups in most texts


def test_every_match_of_a_gated_group_begins_with_one_of_its_heads_or_holds_its_run():
    """The gate's reasoning, checked on each text: a group opens wherever it matches."""
    for norm in texts():
        opened = TEXT.gate.open(norm)
        for key, patterns in TEXT.groups.items():
            if plain(patterns, re.MULTILINE).search(norm):
                assert key in opened, (key, norm[:80])


def test_the_gate_answers_only_for_the_started_text():
    text = "jeg er ordblind og bor på et plejehjem"
    TEXT.start(text)
    assert ("marker", "aeldre") not in TEXT.open(text) and ("service", "aeldre") in TEXT.open(text)
    assert TEXT.open(text[:]) is not None  # the same object
    copy = "".join(list(text))
    assert copy == text and TEXT.open(copy) is None
    assert TEXT.open("ordblind") is None
    assert [m.group() for m in areas._SERVICES["aeldre"].finditer(copy)] == ["plejehjem"]


@pytest.mark.parametrize(("alternative", "heads"), [
    (r"\bstøj\w*", {"støj"}),
    (r"\b(ikke|aldrig) (fået )?svar", {"ikke fået svar", "ikke svar", "aldrig fået svar", "aldrig svar"}),
    (r"\bp-bøde\w*", {"p-bøde"}),
    (r"\bpile[- ]driv\w*", {"pile"}),
    (r"\b(?<!lån til )depositum\b", {"depositum"}),
    (r"\brive (\w+ ){0,3}ned\b", {"rive "}),
    (r"\b(ab)+c", {"ab"}),
    (r"\b(loan|help|grant) (for|with|towards) (the |a |my )?(rent )?deposit\b", {"loan", "help", "grant"}),
    (r"\b\w*bibliotek\w*", None),
    (r"\b\d{1,2}\. ?klasse\w*", None),
    (r"§ ?\d", None),
])
def test_word_heads(alternative, heads):
    found = lexicon.word_heads(alternative)
    assert (found if found is None else set(found)) == heads
    if heads is not None:  # every match begins with one of them
        text = ("ikke svar, aldrig fået svar, en p-bøde, pile-driving, depositum, rive det ned, ababc, "
                "help with a deposit")
        for m in re.finditer(alternative, text):
            assert any(text.startswith(head, m.start()) for head in found), m.group()


def test_the_gate_opens_a_group_at_the_shortest_head_and_at_the_longer_ones_there():
    gate = lexicon.WordHeadGate({
        "a": [r"\bsø\b"], "b": [r"\bsøen\w*"], "c": [r"\bsøer (og|eller) åer"], "d": [r"\b\w*bibliotek"],
        "e": [r"\bx\w*", r"\b\d+"],
    })
    assert gate.always == {"e"}
    assert gate.open("søen") == {"a", "b", "e"}  # "sø" stands at the word's start as well
    assert gate.open("en søer eller åer") == {"a", "c", "e"}
    assert gate.open("et søer-x") == {"a", "e"}
    assert gate.open("folkebiblioteket") == {"d", "e"}
    assert gate.open("asøen") == {"e"}
