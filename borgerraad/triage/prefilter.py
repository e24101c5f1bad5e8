"""A cheap test before a regular expression runs: what a match needs that a text may lack.

Python's matcher has no fast scan for a pattern that starts with ``\\b`` and an alternation: it tries
the pattern at every character of the text, so a group of phrases costs about as much on a text that
holds none of its words as on one that does.

``gate(pattern)`` reads the pattern once (at import) and finds, for every way a match can begin, either
the first one to three letters of the word it begins with (``\\b(ikke|aldrig) fået svar`` begins with a
word starting "ikk" or "ald"), or, where that word's start is unknown, a run of plain characters every
such match holds (``\\b\\w*kørestol`` holds "kørestol", ``§`` holds "§"). A text none of whose words starts
so and that holds none of those runs cannot match: the gated pattern answers at once (no match) without
running the expression; otherwise it runs the expression itself, so every match is the same as before.
A pattern for which this cannot be known (a match may begin inside a word, ``\\w+ a``) is not gated.

The test is exact: a match that starts with ``\\b`` (or ``^``) and a letter starts at the beginning of a
run of word characters (``\\w+``) in the text, and its first letters are that run's first letters. Only
calls on a whole string are gated; a call with ``pos``/``endpos`` (the text seen through a window) runs
the expression directly. ``tests/triage/test_prefilter.py`` checks every gated pattern of the engine
against the pattern itself on the labelled texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:
    from re import _constants as _sre
    from re import _parser
except ImportError:  # another Python: every pattern runs ungated
    _sre = _parser = None

KEY_LENGTH = 3  # letters of a word's start that are compared
_MAX_KEYS = 4000  # a pattern with more starts than this is not gated (it would not be cheaper)
_WORD_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_CACHE_LIMIT = 4096  # strings whose word starts are remembered (the text and its sentences, case by case)
_starts_cache: dict[str, frozenset[str]] = {}


def word_starts(string: str) -> frozenset[str]:
    """The first one, two and three characters of every run of word characters in ``string``."""
    found = _starts_cache.get(string)
    if found is None:
        runs = _WORD_RUN.findall(string)
        found = frozenset([run[:KEY_LENGTH] for run in runs] + [run[:2] for run in runs] + [run[:1] for run in runs])
        if len(_starts_cache) >= _CACHE_LIMIT:
            _starts_cache.clear()
        _starts_cache[string] = found
    return found


class Gated:
    """``pattern`` behind the test; otherwise used as the compiled pattern itself."""

    __slots__ = ("pattern_object", "starts", "substrings")

    def __init__(self, pattern: re.Pattern[str], starts: frozenset[str], substrings: tuple[str, ...]) -> None:
        self.pattern_object = pattern
        self.starts = starts
        self.substrings = substrings

    def _absent(self, string: str) -> bool:
        """No match can be in ``string``: none of its words starts as one must, and no needed substring is in it."""
        if not self.starts.isdisjoint(word_starts(string)):
            return False
        return not any(substring in string for substring in self.substrings)

    def search(self, string: str, *window: int) -> re.Match[str] | None:
        if not window and self._absent(string):
            return None
        return self.pattern_object.search(string, *window)

    def finditer(self, string: str, *window: int) -> Iterator[re.Match[str]]:
        if not window and self._absent(string):
            return iter(())
        return self.pattern_object.finditer(string, *window)

    def findall(self, string: str, *window: int) -> list[Any]:
        return self.pattern_object.findall(string, *window)

    def __getattr__(self, name: str) -> Any:  # match, sub, split, pattern, flags, groupindex ...
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"Gated({self.pattern_object!r}, {len(self.starts)} word starts, {len(self.substrings)} substrings)"


def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | Gated:
    """``pattern`` gated by what its matches need, or ``pattern`` itself when that cannot be known."""
    needs = match_needs(pattern)
    return pattern if needs is None else Gated(pattern, *needs)


def match_needs(pattern: re.Pattern[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """What every match of ``pattern`` needs: it begins a word starting with one of the first (up to
    ``KEY_LENGTH``) letters, or it holds one of the substrings. None when that cannot be known."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.ASCII | re.VERBOSE):
        return None
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    needs = _Needs()
    if not needs.sequence(items) or needs.too_many():
        return None
    return frozenset(needs.starts), tuple(sorted(needs.substrings, key=len, reverse=True))


_STOP = ("stop", None)  # what follows a repeat's first round: not read further


class _Needs:
    """What the matches of one pattern need, collected over every way a match can begin."""

    def __init__(self) -> None:
        self.starts: set[str] = set()
        self.substrings: set[str] = set()

    def too_many(self) -> bool:
        return len(self.starts) + len(self.substrings) > _MAX_KEYS

    def sequence(self, items: list, prefix: str = "", bounded: bool = False) -> bool:
        """Add what a match of the sequence ``items`` needs (``prefix``: the letters of its first word read so
        far; ``bounded``: a word starts here). False when it cannot be known."""
        if self.too_many():
            return False
        for index, (op, value) in enumerate(items):
            if len(prefix) >= KEY_LENGTH:
                break
            if op is _sre.AT:
                if prefix:
                    break  # a boundary or line end after letters: the word (or what is known of it) ends here
                # After \b, or at the start of a line (after a newline, no word character), a letter starts a word.
                bounded = bounded or value in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
            elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
                continue  # zero width: ignoring it only lets more texts through
            elif op is _sre.LITERAL and _WORD_CHAR.match(chr(value)) and (prefix or bounded):
                prefix += chr(value)
            elif prefix:
                return self._item(op, value, items[index + 1:], prefix, bounded, after_prefix=True)
            else:
                return self._item(op, value, items[index + 1:], prefix, bounded, after_prefix=False) or (
                    self.substring(items[index:]))
        if not prefix:
            return False
        self.starts.add(prefix[:KEY_LENGTH])
        return True

    def _item(self, op: Any, value: Any, rest: list, prefix: str, bounded: bool, *, after_prefix: bool) -> bool:
        """A group, an alternation, a repeat or a character class at this point of the sequence."""
        if op is _sre.IN:
            chars = _class_chars(value)
            if chars is not None and all(_WORD_CHAR.match(char) for char in chars) and (prefix or bounded):
                return all(self.sequence(rest, prefix + char, bounded) for char in chars)
        elif op is _sre.SUBPATTERN and not (value[1] or value[2]):  # a group without flags of its own
            return self.sequence(list(value[3].data) + rest, prefix, bounded)
        elif op is _sre.BRANCH:
            return all(self.sequence(list(branch.data) + rest, prefix, bounded) for branch in value[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, sub = value
            if not prefix and self.substring(rest):
                return True  # "\\w*kørestol": the word's start is unknown, "kørestol" is not
            once = self.sequence([*sub.data, _STOP], prefix, bounded)
            return once and (low >= 1 or self.sequence(rest, prefix, bounded))
        if after_prefix:  # anything else (\w, ., a letter that is no word character): the word ends or goes on
            self.starts.add(prefix[:KEY_LENGTH])
            return True
        return False

    def substring(self, items: list) -> bool:
        """The longest run of plain characters in the sequence ``items``: every match holds it."""
        runs, run = [], ""
        for op, value in items:
            if op is _sre.LITERAL:
                run += chr(value)
            else:
                runs.append(run)
                run = ""
        runs.append(run)
        best = max(runs, key=len)
        if len(best) < _SUBSTRING_MIN and not (best and not any(_WORD_CHAR.match(char) for char in best)):
            return False
        self.substrings.add(best)
        return True


_SUBSTRING_MIN = 3  # a shorter one ("er") is in nearly every text; a character that is no letter ("§") is enough


def _class_chars(items: list) -> list[str] | None:
    chars: list[str] = []
    for op, value in items:
        if op is _sre.LITERAL:
            chars.append(chr(value))
        elif op is _sre.RANGE and value[1] - value[0] < 16:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return chars if len(chars) <= 16 else None
