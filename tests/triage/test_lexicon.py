"""``lexicon.compile_group``: the fast form of a group matches exactly where the plain alternation does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borgerraad.triage import lexicon
from borgerraad.triage.text import normalise
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load

HERE = Path(__file__).resolve().parent
TRAIN = sorted((HERE / "train").glob("*.jsonl"))


def plain(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    """The definition: any of the patterns, the first that matches at a position wins."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def groups() -> dict[str, list[str]]:
    """Every group of patterns in the lexicon, and the combinations the engine compiles."""
    found = {}
    for name, value in vars(lexicon).items():
        if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            found[name] = value
        elif isinstance(value, dict):
            for key, items in value.items():
                if isinstance(items, list) and items and all(isinstance(item, str) for item in items):
                    found[f"{name}[{key}]"] = items
    found["WANTS_CHANGE+DISAGREES"] = lexicon.WANTS_CHANGE + lexicon.DISAGREES
    found["AIDS_MATTER+"] = lexicon.DECISION_CONTEXT + lexicon.DECIDED + lexicon.APPLICATION + lexicon.AIDS_MATTER
    # One search for all the bodies or markers before the search for each (features.py, areas.py).
    for name in ("NOT_MUNICIPALITY", "OTHER_BODY_BY_NATURE", "AREA_MARKERS"):
        found[f"{name}[all]"] = [pattern for patterns in getattr(lexicon, name).values() for pattern in patterns]
    return found


TEXTS = [normalise(case["text"]) for path in [DEV_CASES, EXTRA_CASES, *TRAIN] for case in load(path)] + [
    "forslag: flere bænke. § 85 og paragraf 3", "xab ab a§b", "ikke en klage, men et forslag\nforslag til jer",
]


# "^" or "$" outside a character class: the only places where ``re.MULTILINE`` changes what a pattern matches.
_ANCHOR = re.compile(r"(?<!\[)\^|\$")


# The slowest groups (patterns that begin with "\w*", tried at every position) are checked in shards of the texts, so
# that the parallel workers share them; together the shards read every text.
SHARDS = {"INCIDENTAL_OUTSIDE_AFTER": 4, "NOT_MUNICIPALITY[all]": 2}


def _shards(names) -> list:
    return [pytest.param(name, shard, SHARDS.get(name, 1), id=name if name not in SHARDS else f"{name}-{shard}")
            for name in names for shard in range(SHARDS.get(name, 1))]


@pytest.mark.parametrize(("name", "shard", "shards"),
                         _shards(sorted(n for n in groups() if not n.startswith(("AREA_ANCHORS", "AGE")))))
def test_the_fast_form_finds_the_same_matches(name, shard, shards):
    patterns = groups()[name]
    # Without an anchor the two flags give the same matches (Python's ``re``: MULTILINE changes only "^" and "$").
    for flags in (0, re.MULTILINE) if any(_ANCHOR.search(pattern) for pattern in patterns) else (0,):
        fast, slow = lexicon.compile_group(patterns, flags), plain(patterns, flags)
        # A gate of plain strings in front of the very same pattern: where the gate opens, the matches are the
        # pattern's own; where it stays shut, the plain form must find nothing. (One run of the pattern, not two.)
        gated = (isinstance(fast, lexicon.Gated) and fast.compiled.pattern == slow.pattern
                 and fast.compiled.flags == slow.flags)
        for text in TEXTS[shard::shards]:
            expected = [m.span() for m in slow.finditer(text)]
            if gated:
                found = expected if fast._open(text, 0, len(text)) else []
            else:
                found = [m.span() for m in fast.finditer(text)]
            assert found == expected, text[:80]


@pytest.mark.parametrize(("patterns", "text", "expected"), [
    # The first alternative that matches at a position wins, with or without a word boundary there.
    ([r"\bab", r"a\w"], "xab ab", ["ab", "ab"]),
    ([r"a\w", r"\bab\w*"], "abc", ["ab"]),
    ([r"\bparagraf\w*|§", r"\bstk"], "jf. §3 stk. 2, paragraf 85", ["§", "stk", "paragraf"]),
    ([r"^forslag\b|\bforslag ?:", r"\bide"], "forslag: x\nny ide\nforslag her", ["forslag", "ide", "forslag"]),
    ([r"\b[|(]x", r"\b[]|]y"], "a|x b]y (x", ["|x", "]y"]),
])
def test_order_of_preference_and_awkward_syntax(patterns, text, expected):
    flags = re.MULTILINE
    assert [m.group() for m in lexicon.compile_group(patterns, flags).finditer(text)] == expected
    assert [m.group() for m in plain(patterns, flags).finditer(text)] == expected


def test_alternatives_split_only_at_the_top_level():
    split = lexicon._top_level_alternatives
    assert split(r"\ba|\bb(c|d)|[|]e|\|f|[]|]g") == [r"\ba", r"\bb(c|d)", "[|]e", r"\|f", "[]|]g"]


def test_a_large_group_is_dispatched_by_first_letter_and_keeps_its_order():
    # 20 alternatives, most starting with a group, one with a look-ahead (which the letter-first form cannot
    # write): compiled behind one look-ahead per first letter.
    patterns = [r"\b(ab|x)c", r"\bab", r"\b(ikke|aldrig) svar\w*", r"\b(?=ik)ikke\b"]
    patterns += [rf"\b(ord|word){n}\b" for n in range(16)]
    fast = lexicon.compile_group(patterns, re.MULTILINE)
    assert "(?=a)" in fast.pattern and "(?=i)" in fast.pattern
    text = "ab abc xc aldrig svaret ikke ord3 ikke svar"
    expected = ["ab", "abc", "xc", "aldrig svaret", "ikke", "ord3", "ikke svar"]
    assert [m.group() for m in fast.finditer(text)] == expected
    assert [m.group() for m in plain(patterns, re.MULTILINE).finditer(text)] == expected


LETTER_FIRST = [
    # (patterns, text): each alternative taken apart by its first letter, with its look-behind moved past it.
    ([r"\b(ikke|aldrig) (fået )?svar\w*", r"\bikke\b", r"\bab"],
     "ikke svar, aldrig fået svaret. xikke svar 1ikke _ikke ikke. ab xab æab"),
    ([r"\b(?<!bus )forsink\w*", r"\b(?<!lån til )(?<!loan for the )\w*depositum"],
     "bus forsinkelse, en forsinkelse. lån til depositum, et depositum, huslejedepositum"),
    ([r"\b[a-c]x", r"\b(ab){2,3}c", r"\bx+y", r"\b(k(a|o)|ø)l\w*"],
     "ax bx dx ababc abababc abc xxy xy kal kol øl xkal ål"),
    ([r"\bparagraf\w*|§", r"\bafslag\w*"], "§ 85, paragraf 3, a§b, afslaget§ x§§ §afslag"),
    ([r"\b(budget )?cuts\b", r"\b(keeps? )??(losing|loses)\b", r"\b(the )?(the )?end"],
     "budget cuts and cuts, keeps losing, keep loses, loses. the the end, the end, end"),
    ([r"\b(ikke|aldrig) ((\w+ ){0,2})svar", r"\bnot (been )?answer\w*"],
     "ikke noget svar\naldrig et eneste svar. not answered, not been answered"),
]


@pytest.mark.parametrize(("patterns", "text"), LETTER_FIRST)
def test_the_letter_first_form_finds_the_same_matches(patterns, text):
    for flags in (0, re.MULTILINE):
        fast = lexicon.compile_group(patterns, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain(patterns, flags).finditer(text)]


def test_groups_that_start_with_letters_take_the_letter_first_form():
    """Built from the parsed pattern (no source text): Python's matcher then skips in C to a position whose
    letter can start a match, instead of entering the pattern at every character."""
    assert lexicon.compile_group([r"\b(ikke|aldrig) svar", r"\b(?<!bus )forsink\w*"]).pattern is None
    assert lexicon.compile_group([r"\bparagraf\w*|§", r"\bafslag\w*"]).pattern is None  # "§" joins: not a letter
    # Not taken where it cannot be written: a class of unknown letters, a named group, no word boundary
    # before a letter.
    for patterns in ([r"\b\w*lærer"], [r"\b(?P<n>\d+) år"], [r"\bab", r"^forslag"], [r"\bab", r"forslag"]):
        assert lexicon.compile_group(patterns, re.MULTILINE).pattern is not None, patterns


@pytest.mark.parametrize(("pattern", "letters"), [
    (r"(ikke|aldrig) svar", {"i", "a"}), (r"[a-c]x", {"a", "b", "c"}), (r"(?<!bus )forsink\w*", {"f"}),
    (r"(the )?x", {"t", "x"}), (r"(the )?", None), (r"\w*lærer", None), (r"[^a]", None), (r"(?i:a)", None),
])
def test_first_letters(pattern, letters):
    assert lexicon._first_letters(pattern, 0) == (frozenset(letters) if letters else None)


def test_a_group_that_cannot_go_letter_first_is_gated_by_its_plain_runs():
    """``\\w*hjælpemid\\w*`` begins with any letter: the group is run only where one of its runs of plain
    letters stands, with the same matches through every method, also within a part of the text."""
    patterns = [r"\b\w*hjælpemid\w*", r"\b(special|hospital) (bed|chair)\b", r"\b[\w-]*kørestol\w*"]
    gated, slow = lexicon.compile_group(patterns), plain(patterns)
    assert isinstance(gated, lexicon.Gated) and set(gated.needles) == {"hjælpemid", "kørestol", "special", "hospital"}
    text = "min elkørestol og et hjælpemiddel. a hospital bed, a special chair; specialist"
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in slow.finditer(text)]
    assert [m.span() for m in gated.finditer(text, 10, 40)] == [m.span() for m in slow.finditer(text, 10, 40)]
    assert gated.search(text, 40).span() == slow.search(text, 40).span()
    assert gated.search("ingen af ordene her") is None and gated.findall("ingen") == []
    assert gated.findall("et hjælpemiddel") == slow.findall("et hjælpemiddel") != []
    assert gated.match(text, 4).group() == "elkørestol" and gated.match(text, 4, 8) is None
    assert gated.pattern == gated.compiled.pattern and gated.groups == slow.groups  # the compiled pattern's own
    # An alternative with no run of three plain letters anywhere leaves the group ungated.
    assert not isinstance(lexicon.compile_group([r"\b\w*hjælpemid\w*", r"\bcp\b"]), lexicon.Gated)


def test_a_group_with_a_few_alternatives_that_cannot_go_letter_first_is_split():
    """Most alternatives letter-first, a few not (``\\w*lærer\\w*``, ``^forslag``): the two parts are searched
    apart, and where both match at one position the plain alternation decides (here "lærerværelset" is
    ``\\w*lærer\\w*``, which comes first, not ``lærerværelse``). The same matches through every method."""
    patterns = [r"\bab\w*", r"\b\w*lærer\w*", r"\bxy", r"\b(cd|ef) gh", r"\blærerværelse", r"^forslag\b", r"\bkl"]
    text = "ab lærerværelset, xy cd gh. klasselærer\nforslag: kl abc lærer ef gh xforslag forslag"
    for flags in (0, re.MULTILINE):
        split, slow = lexicon.compile_group(patterns, flags), plain(patterns, flags)
        assert isinstance(split, lexicon.Split)
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in slow.finditer(text)]
        assert [m.span() for m in split.finditer(text, 5, 60)] == [m.span() for m in slow.finditer(text, 5, 60)]
        for pos in range(len(text) + 1):
            found, expected = split.search(text, pos), slow.search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), pos
            found, expected = split.match(text, pos), slow.match(text, pos)
            assert (found and found.span()) == (expected and expected.span()), pos
        assert split.findall(text) == slow.findall(text) and split.pattern == slow.pattern
    # Too few alternatives go letter-first: the plain form, as before.
    assert not isinstance(lexicon.compile_group([r"\b\w*lærer\w*", r"\bab", r"\bxy"]), lexicon.Split)


DATES = ["for to år siden", "for over et år siden", "two years ago", "about 3 years ago", "1/7 2025", "3.4.2024",
         "i marts 2024", "maj sidste år", "tilbage i 2023", "i foråret 2024", "den 3. juli", "on 3rd may", "i 1974"]


def test_the_date_patterns_are_searched_only_where_their_plain_strings_stand():
    """Every match of a gated date pattern holds one of its plain strings, and every match of the two month
    patterns a month's name (``features._ANY_MONTH``): the text without them is not searched."""
    from borgerraad.triage import features

    gated = [value for value in vars(features).values() if isinstance(value, lexicon.Gated)]
    assert len(gated) >= 3
    matched = 0
    for text in TEXTS + DATES:
        for pattern in gated:
            for m in pattern.compiled.finditer(text):
                matched += 1
                assert any(needle in m.group() for needle in pattern.needles), (m.group(), text[:80])
        for pattern in (features._MONTH_YEAR, features._BARE_MONTH):
            for m in pattern.finditer(text):
                matched += 1
                assert features._ANY_MONTH.search(m.group()), (m.group(), text[:80])
    assert matched > len(DATES)


def test_a_group_without_word_boundaries_goes_line_start_first():
    """A group none of whose alternatives begins with ``\\b`` (a Split's rest) is the plain alternation, an
    alternative at a line's start written letter-first (``h(?<![^\\n]h)ar``): the same matches at every position."""
    patterns = [r"^har (endnu )?ikke \w+", r"^forslag\b", r"(^|\s)1[.)] ", r"^a?b"]
    text = "har ikke klaget\nhar endnu ikke skrevet. har ikke\nforslag: 1. x\n1) y xforslag\nforslag\nb ab\nab"
    assert lexicon._line_start_first(r"^har ikke", re.MULTILINE) == r"h(?<![^\n]h)ar ikke"
    assert lexicon._line_start_first(r"^a?b", re.MULTILINE) == r"^a?b"  # a letter with a repeat: as it is
    for flags in (0, re.MULTILINE):
        fast, slow = lexicon.compile_group(patterns, flags), plain(patterns, flags)
        compiled = fast.compiled if isinstance(fast, lexicon.Gated) else fast
        assert compiled.pattern.startswith(r"(?:h(?<!") and r"\B" not in compiled.pattern
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + 12):
                found = [m.span() for m in fast.finditer(text, pos, endpos)]
                assert found == [m.span() for m in slow.finditer(text, pos, endpos)], (flags, pos, endpos)
                found, expected = fast.match(text, pos, endpos), slow.match(text, pos, endpos)
                assert (found and found.span()) == (expected and expected.span()), (flags, pos)
