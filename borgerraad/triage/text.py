"""Text handling for the triage engine: normalising, sentences, tokens and Danish stems.

Rules:

- Matching is case-insensitive on a normalised copy of the text: lower case, typographic quotes
  and dashes made plain, whitespace collapsed, and the common chat spellings of "ikke"
  ("ikk", "ik") written out, so that negations are seen.
- Tokens are runs of letters and digits; a hyphen inside a word keeps it whole (``p-afgift``),
  a trailing hyphen (``social- og sundhedsassistent``) does not.
- Stems come from the Snowball Danish stemmer, applied alike to keywords and to the text, so a
  keyword in one form finds the others (``jobcenter``/``jobcentret``, ``vuggestue``/``vuggestuen``).
- Danish writes compounds as one word. A single-word keyword with a stem of at least
  ``COMPOUND_MIN`` letters therefore also matches as the first or last part of a compound
  (``bibliotek`` in ``folkebiblioteket``, ``vuggestue`` in ``vuggestuepladser``), at a lower weight.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

COMPOUND_MIN = 5

_TOKEN = re.compile(r"[0-9a-zæøåéèäöüß]+(?:-[0-9a-zæøåéèäöüß]+)*")
# No sentence ends after a common abbreviation ("510 kr. fra Parkering København", "tlf. 33 ...", "pr. 1.
# oktober"), inside a date ("af 24. september 2026"), or after a list's number at the start of a line ("1. Det er
# skandaløst ..."): the number opens its sentence (``matters.py`` cuts a letter's matters there).
#
# The ends as first written (tests/triage/test_sentence_of.py keeps it):
#   (?<=[.!?])(?<!\bkr\.)…(?<!\n\d\d\.)(?!(?<=\d\.)\s+(?:jan|…|dec))\s+ | \n+ | (?<=[:;])\s+(?=[a-zæøå]) | \s+-{2,}\s+
# Every one begins with a blank, so it is written here with that blank first and the look-behinds moved past it
# (``\s(?<!\bkr\.\s)``): Python's matcher then skips to the next blank in C instead of trying the look-behinds at
# every character. The same ends, so the same sentences (about three times as fast).
_SENTENCE_END = re.compile(
    r"\s(?:(?<=[.!?]\s)(?<!\bkr\.\s)(?<!\bnr\.\s)(?<!\bca\.\s)(?<!\bfx\.\s)(?<!\bkl\.\s)(?<!\bjf\.\s)"
    r"(?<!\btlf\.\s)(?<!\bevt\.\s)(?<!\bstk\.\s)(?<!\bbl\.a\.\s)(?<!\bf\.eks\.\s)(?<!\bpr\.\s)(?<!^\d\.\s)"
    r"(?<!\n\d\.\s)(?<!^\d\d\.\s)(?<!\n\d\d\.\s)(?!(?<=\d\.\s)\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|"
    # An ordinal before its noun ("hver 3. uge", "i 2. klasse", "på 4. sal"): no sentence ends there.
    r"uge|dag|klasse|sal|gang|time|måned|kvartal|halvår|semester|etage|plads|år\b))\s*"
    r"|(?<=\n)\n*|(?<=[:;]\s)\s*(?=[a-zæøå])|\s*-{2,}\s+)"
)
_TRANSLATE = str.maketrans({
    "’": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "\u00a0": " ",
})
# Most texts hold none of these characters, and ``str.translate`` with a table reads every character of a text
# in Python's slow path: one search for any of them first (the same text; about 4 % of a case).
_TO_TRANSLATE = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
_CHAT_IKKE = re.compile(r"\b(ikk|ik)\b(?!\.)")
# Every run of blanks becomes one space: a single space is left as it is, so only longer runs and the other
# blanks are replaced (the same text as replacing every run, with far fewer replacements).
_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")
_stemmer = snowballstemmer.stemmer("danish")


def normalise(text: str) -> str:
    """Lower-cased, plain-punctuation copy of ``text`` with single spaces (newlines kept)."""
    lowered = (text.translate(_TRANSLATE) if _TO_TRANSLATE.search(text) else text).lower()
    if "ik" in lowered:  # every chat spelling holds "ik"; most texts have none, and the test is cheap
        lowered = _CHAT_IKKE.sub("ikke", lowered)
    return _SPACES.sub(" ", lowered).strip()


def sentences(normalised: str) -> list[str]:
    """Split normalised text into sentences (roughly: good enough for co-occurrence rules)."""
    return [part.strip() for part in _SENTENCE_END.split(normalised) if part and part.strip()]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


class Token(NamedTuple):
    """A word of the normalised text: as written, its stem, and where it starts.

    A named tuple rather than a frozen dataclass: a text has hundreds of words, and a tuple is made
    several times faster."""

    text: str
    stem: str
    start: int


def tokens(normalised: str, _make=tuple.__new__) -> list[Token]:
    # ``tuple.__new__`` makes the named tuple without the Python-level ``__new__`` of ``NamedTuple``: a
    # quarter of this function's time, on every word of every text.
    return [_make(Token, (word, stem(word), m.start())) for m in _TOKEN.finditer(normalised) for word in (m.group(),)]


def stem_phrase(phrase: str) -> tuple[str, ...]:
    """The stems of a keyword or phrase as written in the configuration."""
    return tuple(token.stem for token in tokens(normalise(phrase)))
