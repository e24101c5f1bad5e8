"""Danish words and their lemmas, the dictionary forms (docs/adr/0007-danish-lemmatiser.md).

Rules:

- A word is a run of letters and digits in lower case; a hyphen inside a word keeps it whole
  (``p-afgift``), a trailing hyphen (``social- og sundhedsassistent``) does not. These are the
  words the triage engine sees.
- ``lemma`` gives the word's dictionary form from simplemma's Danish word list: inflections
  (``afgørelserne`` → ``afgørelse``), irregular verbs (``gik``, ``gået`` → ``gå``), irregular nouns
  (``børnene`` → ``barn``) and compounds the list lacks, taken apart at a known last part
  (``bostøttemedarbejderen`` → ``bostøttemedarbejder``). A word it cannot place, a name or an English word,
  comes back as it was, in lower case. Without the sentence it cannot choose between two readings:
  ``klager`` is ``klage`` whether it meant "complains" or "complainants".
- Before the word list, a short table of Danish full forms that the list reads the rare way or
  lacks, each frequent in complaints (counted in the labelled cases): ``borger`` the noun (the list
  says the rare verb "borge"), ``forælder`` likewise, ``rykket`` of "rykke" (not the noun "ryk"), and
  the declension of "center" (``centret``, ``centeret``, ``centre``, ``centrene``), also at the end of
  a compound (``jobcentret`` → ``jobcenter``), which the list reads as "centrum" or misses. The table
  holds general Danish, never a keyword's inflections; a form is added only with its count and a test.
- Everything runs offline: the word list ships inside the simplemma package (no download). It is
  read on the first call, not on import, and the answers are kept in a cache of 65,536 words, so a
  long-running process looks each word up once.
- The full form of the list is the default: about 0.7 s to read and 90 MB more memory than the
  low-memory form, which gives the same lemmas but looks a new word up ten times slower (a fresh text is
  mostly new words: on 180 unseen cases that was a fifth of the triage's time). ``BORGERRAAD_LEMMAS_LOW_MEMORY=true``
  chooses the low-memory form for a small machine (docs/adr/0007-danish-lemmatiser.md).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy

from borgerraad.switches import switch_parse

WORD = re.compile(r"[0-9a-zæøåéèäöüß]+(?:-[0-9a-zæøåéèäöüß]+)*")


def _low_memory(value: str | None) -> bool:
    """``BORGERRAAD_LEMMAS_LOW_MEMORY`` read with the words of every switch (``borgerraad.switches``); this module
    imports no Django (the triage engine is pure Python), so a malformed value is a ValueError naming it."""
    parsed = False if value is None else switch_parse(value)
    if parsed is None:
        raise ValueError(f"BORGERRAAD_LEMMAS_LOW_MEMORY must be true or false, not {value!r}.")
    return parsed


LOW_MEMORY = _low_memory(os.environ.get("BORGERRAAD_LEMMAS_LOW_MEMORY"))
# simplemma's own cache is switched off: the lru_cache on ``lemma`` is the one cache.
_lemmatizer = Lemmatizer(cache_max_size=0, lemmatization_strategy=DefaultStrategy(low_memory=LOW_MEMORY))
# Times in the labelled cases: borger 158, rykket 57, forælder 13; jobcentret 131, borgercentret 11.
_FULL_FORMS = {"borger": "borger", "forælder": "forælder", "rykket": "rykke"}
_CENTER = re.compile(r"(.*)cent(?:ret|eret|re|rene)s?")


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case, in order."""
    return WORD.findall(text.lower())


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The Danish dictionary form of ``word`` (lower case); an unknown word lower-cased as it was."""
    word = word.lower()
    if not word:
        return word
    if word in _FULL_FORMS:
        return _FULL_FORMS[word]
    if center := _CENTER.fullmatch(word):
        return center.group(1) + "center"
    return _lemmatizer.lemmatize(word, lang="da")


def lemmas(text: str) -> list[str]:
    """The lemma of each word of ``text``, in order (see ``words``)."""
    return [lemma(word) for word in words(text)]
