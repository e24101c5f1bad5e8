"""A municipality's departments and complaint bodies, compiled once for the triage engine.

Rules (docs/triage.md, "How the text is read"):

- A unit (department or complaint body) is found by its keywords from the admin, stemmed on both
  sides (Snowball Danish), a keyword of several words as a phrase. Keywords that are one word to the
  stemmer ("skole", "skolen") count once.
- Weights: the unit's own name 3, a phrase 1.5, a word 1, a compound part 0.6 (a one-word keyword of
  ``COMPOUND_MIN`` letters or more as the first or last part of a word, or a part of a hyphenated
  word), a repeat 0.2. The highest total wins; a tie goes to the unit mentioned first.
- A function word never matches a one-word keyword through its stem alone ("dem" is the stem of
  "demens"); a word right after a subject pronoun, after "det/der/den" in another form than the
  keyword's own, or an infinitive after a modal verb is read as a verb and matches no one-word keyword.

Pure Python, no Django: ``triage.selectors.triage_config_get`` builds the configuration from the
database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from borgerraad.triage import lexicon
from borgerraad.triage.areas import AreaMap
from borgerraad.triage.learned import LearnedModel
from borgerraad.triage.text import COMPOUND_MIN, Token, normalise, stem, stem_phrase

NAME_WEIGHT = 3.0
PHRASE_WEIGHT = 1.5
WORD_WEIGHT = 1.0
COMPOUND_WEIGHT = 0.6
REPEAT_BONUS = 0.2
# Function words never match a keyword by stem alone ("dem" is the stem of "demens").
STOPWORDS = frozenset(
    "de dem den det der du han hun jeg vi i man mig os sig sin sit sine min mit mine din dit dine hans hendes "
    "deres vores er var har en et og at på til fra med om som for af ikke the a an and or to of in on it is".split()
)
# A word right after a subject pronoun is a verb, not the noun keyword ("jeg bad om", not "bad").
_SUBJECT_PRONOUNS = frozenset({"jeg", "vi", "du", "han", "hun", "man", "we", "they", "he", "she", "you"})
# A verb where a keyword's stem would match: "det passer ikke", "kan ikke passe ham" are not "pas".
# After "det/der/den" any other form than the keyword's own is read as a verb ("det pas" still matches);
# after a modal verb (with an adverb or two) an infinitive in -e is ("kan skolen ikke ..." still matches).
_ARTICLE_SUBJECTS = frozenset({"det", "der", "den"})
_MODALS = frozenset({"kan", "kunne", "skal", "skulle", "vil", "ville", "må", "måtte", "tør", "turde", "gider",
                     "bør", "burde"})
_ADVERBS = frozenset({"ikke", "også", "selv", "godt", "gerne", "bare", "altid", "aldrig", "heller", "jo", "nok",
                      "lige", "ofte", "tit", "sjældent", "stadig", "nu", "så"})
# A keyword's word in a fixed phrase that names no such thing: the way as a distance, not a road ("48 km hver vej",
# "en time hver vej", "han græd hele vejen hjem", "begge veje"). ("på vej" was one too, until it moved a held-out set
# under its floor: docs/triage.md, "The triage v26 round".)
_IDIOMS = frozenset({("hver", "vej"), ("begge", "veje"), ("hele", "vejen")})
# Doing one's job as an idiom of doing what one should ("make the police do their job", "let him do his job"): no job
# of the citizen's (the employment and jobcentre keyword "job").
_DO = frozenset({"do", "does", "doing", "did", "done"})
_POSSESSIVES = frozenset({"their", "his", "her", "your", "its", "my", "our"})
# Where one was going is no unit of the matter ("på vej til vuggestuen var cykelstien bare is", "on the way to
# school the bus did not come"): the words right after the journey.
_JOURNEY = (("på", "vej", "til"), ("hele", "vejen", "til"), ("on", "the", "way", "to"), ("on", "my", "way", "to"))
# A Danish keyword that is also an English adjective, after an English word that goes before an adjective ("with bad
# pains", "a very bad tooth", "it was bad"): the English word, not the Danish noun ("bad": a bath).
_ENGLISH_ADJECTIVES = frozenset({"bad"})
_ENGLISH_BEFORE_ADJECTIVE = frozenset({"a", "with", "very", "so", "too", "really", "is", "was", "were", "are", "not",
                                       "pretty", "quite", "that", "this", "such", "how", "and", "or", "as", "of",
                                       "extremely", "terribly"})
_COMPOUND_MEMO_LIMIT = 100_000  # distinct stems remembered per index (a long-running process stays bounded)


@dataclass(frozen=True, slots=True)
class Unit:
    """A department (forvaltning) or a complaint body: a code, a name and keywords."""

    code: str
    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Entry:
    owner: str
    keyword: str
    stems: tuple[str, ...]
    weight: float


@dataclass(slots=True)
class UnitScore:
    code: str
    first_position: int  # character offset of the first match: ties go to the unit mentioned first
    total: float = 0.0
    keywords: dict[str, float] = field(default_factory=dict)
    spans: list[tuple[int, int, float]] = field(default_factory=list)  # (start, end, what it added)
    # Where an area of work (a topic: "ADHD", "boligstøtte"; keywords "≈...") added, not a unit's own keyword.
    # (A tuple, empty by default: most scores hold none, and a score is made per text and department.)
    topics: tuple[tuple[int, int], ...] = ()

    def add(self, keyword: str, weight: float, start: int = -1, end: int = -1) -> None:
        added = REPEAT_BONUS if keyword in self.keywords else weight
        self.keywords.setdefault(keyword, weight)
        self.total += added
        self.spans.append((start, end, added))
        if keyword.startswith("≈"):
            self.topics += ((start, end),)

    def remove_span(self, start: int, end: int) -> float:
        """Take back what matches overlapping ``start:end`` added; returns how much."""
        removed = sum(weight for s, e, weight in self.spans if s < end and start < e)
        if removed:
            self.spans = [(s, e, weight) for s, e, weight in self.spans if not (s < end and start < e)]
            self.total -= removed
        return removed


def _verb_slot(words: list[Token], position: int) -> bool:
    if position > 0 and words[position - 1].text in _ARTICLE_SUBJECTS:
        return True
    # Back over an adverb or two to the word that decides: a subject pronoun there makes this the verb of a
    # subordinate clause ("sagde at han ikke gad forklare det", "fordi jeg altid bad om hjælp"), not the noun keyword
    # "gade" or "bad"; a modal verb there makes an infinitive in -e one ("kan ikke passe ham").
    back = 1
    while back <= 2 and position - back >= 0 and words[position - back].text in _ADVERBS:
        back += 1
    if position - back < 0:
        return False
    before = words[position - back].text
    if back > 1 and before in _SUBJECT_PRONOUNS:
        return True
    return words[position].text.endswith("e") and before in _MODALS


def _after_journey(words: list[Token], position: int) -> bool:
    """The word at ``position`` comes right after "på vej til", "on the way to" (``_JOURNEY``)."""
    return any(position >= len(journey) and tuple(w.text for w in words[position - len(journey):position]) == journey
               for journey in _JOURNEY)


class KeywordIndex:
    """Stemmed, phrase-aware keyword matching with Danish compound parts (see ``text``)."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._by_first: dict[str, list[_Entry]] = {}
        self._compound: dict[str, list[_Entry]] = {}
        self._compound_memo: dict[str, list[_Entry]] = {}
        self._parts_memo: dict[str, list[tuple[_Entry, float]]] = {}
        # Words that can match nothing here, wherever they stand: a function word that only its stem would
        # match, or a word whose stem begins no keyword and which holds no keyword as a compound part.
        self._idle: set[str] = set()
        for unit in units:
            entries = [(unit.name, NAME_WEIGHT)] + [(keyword, WORD_WEIGHT) for keyword in unit.keywords]
            seen: set[tuple[str, ...]] = set()
            for keyword, weight in entries:
                stems = stem_phrase(keyword)
                if not stems or stems in seen:
                    # "skole" and "skolen" are one keyword to the stemmer: one word counts once.
                    continue
                seen.add(stems)
                if len(stems) > 1 and weight == WORD_WEIGHT:
                    weight = PHRASE_WEIGHT
                entry = _Entry(owner=unit.code, keyword=keyword, stems=stems, weight=weight)
                self._by_first.setdefault(stems[0], []).append(entry)
                if len(stems) == 1 and len(stems[0]) >= COMPOUND_MIN:
                    self._compound.setdefault(stems[0], []).append(entry)

    def match(self, words: list[Token]) -> dict[str, UnitScore]:
        scores: dict[str, UnitScore] = {}
        idle = self._idle
        # Most words of a text can match nothing (``_idle``, which depends on the word alone): passed over at once.
        candidates = [position for position, word in enumerate(words) if word.text not in idle]
        if not candidates:
            return scores
        stems = [word.stem for word in words]
        by_first, parts_memo = self._by_first, self._parts_memo
        for position in candidates:
            word = words[position]
            if word.text in STOPWORDS and word.stem != word.text:
                idle.add(word.text)
                continue
            found = self._whole(words, stems, position) if word.stem in by_first else None
            if not found:
                # A word's compound parts depend on the word alone: looked up once per word.
                found = parts_memo.get(word.text)
                if found is None:
                    if len(parts_memo) >= _COMPOUND_MEMO_LIMIT:
                        parts_memo.clear()
                        idle.clear()
                    found = parts_memo[word.text] = self._parts(word)
                if not found and word.stem not in by_first:
                    idle.add(word.text)
            for entry, weight in found:
                score = scores.setdefault(entry.owner, UnitScore(code=entry.owner, first_position=word.start))
                last = words[min(position + len(entry.stems), len(words)) - 1]
                score.add(entry.keyword, weight, word.start, last.start + len(last.text))
        return scores

    def _whole(self, words: list[Token], stems: list[str], position: int) -> list[tuple[_Entry, float]]:
        """Keywords (and phrases) starting at ``position``, at their full weight."""
        word = words[position]
        entries = self._by_first.get(word.stem)
        if not entries:
            return []
        before = words[position - 1].text if position > 0 else ""
        after_subject = before in _SUBJECT_PRONOUNS
        verb_slot = _verb_slot(words, position)
        idiom = ((before, word.text) in _IDIOMS or (before in ("til", "to") and _after_journey(words, position))
                 or (word.text == "job" and before in _POSSESSIVES and position > 1
                     and words[position - 2].text in _DO)
                 or (word.text in _ENGLISH_ADJECTIVES and before in _ENGLISH_BEFORE_ADJECTIVE))
        found = []
        for entry in entries:
            single = len(entry.stems) == 1
            if single and (
                (word.text in STOPWORDS and entry.keyword.lower() != word.text)
                or (after_subject and entry.weight < NAME_WEIGHT)
                or (verb_slot and entry.keyword.lower() != word.text) or idiom
            ):
                continue
            if tuple(stems[position:position + len(entry.stems)]) == entry.stems:
                found.append((entry, entry.weight))
        return found

    def _parts(self, word: Token) -> list[tuple[_Entry, float]]:
        """One-word keywords inside ``word``, at the compound weight: "bpa-timer", "folkebiblioteket"."""
        if "-" in word.text:
            found = [
                (entry, COMPOUND_WEIGHT * entry.weight) for part in word.text.split("-") if part
                for entry in self._by_first.get(stem(part), ()) if len(entry.stems) == 1
            ]
            if found:
                return found
        return [(entry, COMPOUND_WEIGHT * entry.weight) for entry in self._compound_parts(word.stem)]

    def _compound_parts(self, word_stem: str) -> list[_Entry]:
        memo = self._compound_memo.get(word_stem)
        if memo is not None:
            return memo
        found: list[_Entry] = []
        for size in range(len(word_stem) - 1, COMPOUND_MIN - 1, -1):
            part = word_stem[:size] if word_stem[:size] in self._compound else word_stem[-size:]
            if part in self._compound:
                found = self._compound[part]
                break
        if len(self._compound_memo) >= _COMPOUND_MEMO_LIMIT:
            self._compound_memo.clear()
        self._compound_memo[word_stem] = found
        return found


class TriageConfig:
    """A municipality's departments and complaint bodies, compiled for matching once."""

    def __init__(
        self, *, departments: Iterable[Unit], bodies: Iterable[Unit], complaint_time_limit_days: int = 365,
        council_names: Iterable[str] = (), learned: LearnedModel | None = None,
    ) -> None:
        self.departments = tuple(departments)
        # The learned component (docs/triage.md, "The learned component"): None when it is switched off.
        self.learned = learned
        self.bodies = tuple(bodies)
        self.complaint_time_limit_days = complaint_time_limit_days
        self.council_names = tuple(name for name in council_names if name.strip())
        self.council_decision = _council_decision(self.council_names)
        self.council_mention = _council_mention(self.council_names)
        self.council_member_says = _council_member_says(self.council_names)
        self.department_index = KeywordIndex(self.departments)
        self.body_index = KeywordIndex(self.bodies)
        self.department_names = {unit.code: unit.name for unit in self.departments}
        self.body_names = {unit.code: unit.name for unit in self.bodies}
        self.areas = AreaMap(self.department_index, self.body_names)

    @classmethod
    def from_dicts(
        cls, *, departments: Iterable[Mapping[str, Any]], bodies: Iterable[Mapping[str, Any]],
        complaint_time_limit_days: int = 365, council_names: Iterable[str] = (), learned: LearnedModel | None = None,
    ) -> TriageConfig:
        """Build from plain dicts with ``code``, ``name`` and ``keywords`` (as in ``core/defaults.py``)."""
        return cls(
            departments=[Unit(d["code"], d["name"], tuple(d.get("keywords", ()))) for d in departments],
            bodies=[Unit(b["code"], b["name"], tuple(b.get("keywords", ()))) for b in bodies],
            complaint_time_limit_days=complaint_time_limit_days, council_names=council_names, learned=learned,
        )


def _name_alternatives(names: tuple[str, ...]) -> str:
    """The council's names as regex alternatives, normalised as the text is, the longest first ("" for none)."""
    return "|".join(re.escape(normalise(name)) for name in sorted(names, key=len, reverse=True))


def _council_decision(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The council's name followed by a decision ("Borgerrepræsentationen har besluttet"), or None."""
    if not (alternatives := _name_alternatives(names)):
        return None
    return re.compile(rf"\b(?:{alternatives})" + lexicon.COUNCIL_DECIDES
                      + rf"|{lexicon.COUNCIL_DECIDES_BEFORE}(?:{alternatives})\b", re.MULTILINE)


def _council_member_says(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """A member of the council by its name, and what the member said or wrote in public ("et medlem af
    Borgerrepræsentationen skrev på Facebook", "en politiker i Byrådet kaldte os"), or None."""
    if not (alternatives := _name_alternatives(names)):
        return None
    return re.compile(lexicon.COUNCIL_MEMBER_BEFORE + rf"(?:{alternatives})\b" + lexicon.COUNCIL_MEMBER_SAYS)


def _council_mention(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The council's name anywhere ("Borgerrepræsentationen igen har sat prisen op"): a political decider."""
    if not (alternatives := _name_alternatives(names)):
        return None
    return re.compile(rf"\b(?:{alternatives})\b")
