"""The triage (competence) engine: can the Borgerrådgiver handle a henvendelse, and if not, where to?

Pure Python: the engine reads a ``TriageConfig`` (departments and complaint bodies with their
keywords, built from the database by ``triage.selectors.triage_config_get``) and never imports
Django. Input and output follow ``docs/triage-contract.md``; the rules it applies:

1. Only exclusions, no ground → ``out_of_scope``, with ``refer_to`` naming where to go.
2. A ground needing first contact (``sagsbehandling``, ``adfaerd``, ``praktisk_opgave``) and the
   citizen has not yet raised it with the unit (``contacted_unit`` = ``no``, or the text says so) →
   ``contact_unit_first``. When ``contacted_unit`` is absent and the text says nothing either way,
   the engine assumes the unit has had its chance (the citizen came to us with a complaint).
3. ``diskrimination``, ``forstaa_afgoerelse``, ``vejledning_om_klage`` and ``forslag`` need no first
   contact: one of them makes the verdict ``in_scope``.
4. Otherwise a ground → ``in_scope``; exclusions found beside it are still reported with ``refer_to``.
5. ``over_et_aar`` makes the verdict ``out_of_scope`` (the grounds are still listed for staff).
6. The matter already with the kommunale tilsyn, the Ombudsman, a court or another complaint body →
   ``out_of_scope`` whatever the grounds.
7. Asking how/where to complain about a decision is ``vejledning_om_klage``; wanting the decision
   changed is ``afgoerelse``.

Further decisions (docs/triage.md explains them):

- An employment matter (``ansaettelse``) is out as a whole: its behaviour or process complaints are
  the employee's, not a citizen's, so its grounds are dropped.
- A matter that is not the municipality's (``ikke_kommunen``) and names no municipal department
  keeps no grounds either: a slow answer from Udbetaling Danmark is not the municipality's case handling.
- A text with no ground and no exclusion at all is read as a general complaint about case handling
  (``sagsbehandling``, marked as assumed in ``rules``), so staff look at it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from borgerraad.privacy.cpr import contains_cpr
from borgerraad.triage import lexicon
from borgerraad.triage.areas import AreaMap, appeal_body, apply_to_departments, find_areas
from borgerraad.triage.explain import explain, klagepunkter
from borgerraad.triage.text import COMPOUND_MIN, Token, normalise, sentences, stem, stem_phrase, tokens

IN_SCOPE = "in_scope"
CONTACT_UNIT_FIRST = "contact_unit_first"
OUT_OF_SCOPE = "out_of_scope"

GROUNDS = (
    "sagsbehandling", "adfaerd", "praktisk_opgave", "diskrimination",
    "forstaa_afgoerelse", "vejledning_om_klage", "forslag",
)
NEEDS_FIRST_CONTACT = frozenset({"sagsbehandling", "adfaerd", "praktisk_opgave"})
EXCLUSIONS = ("afgoerelse", "politisk", "ansaettelse", "anden_klageinstans", "ikke_kommunen", "over_et_aar")
CONTACTED_VALUES = frozenset({"yes_no_answer", "yes_answered"})

# Keyword weights: a department's own name is decisive, a phrase is specific, a compound part is weak.
NAME_WEIGHT = 3.0
PHRASE_WEIGHT = 1.5
WORD_WEIGHT = 1.0
COMPOUND_WEIGHT = 0.6
REPEAT_BONUS = 0.2
NEGATION_WINDOW = 14
DECISION_REACH = 2  # sentences after a decision in which a wish to change it still counts
# Function words never match a keyword by stem alone ("dem" is the stem of "demens").
STOPWORDS = frozenset(
    "de dem den det der du han hun jeg vi i man mig os sig sin sit sine min mit mine din dit dine hans hendes "
    "deres vores er var har en et og at på til fra med om som for af ikke the a an and or to of in on it is".split()
)


# --- Configuration -----------------------------------------------------------------------------

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


class KeywordIndex:
    """Stemmed, phrase-aware keyword matching with Danish compound parts (see ``text``)."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._by_first: dict[str, list[_Entry]] = {}
        self._compound: dict[str, list[_Entry]] = {}
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
        stems = [word.stem for word in words]
        for position, word in enumerate(words):
            found: list[tuple[_Entry, float]] = []
            if word.text in STOPWORDS and word.stem != word.text:
                continue
            after_subject = position > 0 and words[position - 1].text in _SUBJECT_PRONOUNS
            verb_slot = _verb_slot(words, position)
            for entry in self._by_first.get(word.stem, ()):
                if word.text in STOPWORDS and len(entry.stems) == 1 and entry.keyword.lower() != word.text:
                    continue
                if after_subject and len(entry.stems) == 1 and entry.weight < NAME_WEIGHT:
                    continue
                if verb_slot and len(entry.stems) == 1 and entry.keyword.lower() != word.text:
                    continue
                if tuple(stems[position:position + len(entry.stems)]) == entry.stems:
                    found.append((entry, entry.weight))
            if not found and "-" in word.text:
                # "bpa-timer", "sfo-lederen": a hyphen joins a compound; each part may be a keyword.
                found = [
                    (entry, COMPOUND_WEIGHT * entry.weight) for part in word.text.split("-") if part
                    for entry in self._by_first.get(stem(part), ()) if len(entry.stems) == 1
                ]
            if not found:
                found = [(entry, COMPOUND_WEIGHT * entry.weight) for entry in self._compound_parts(word.stem)]
            for entry, weight in found:
                score = scores.setdefault(entry.owner, UnitScore(code=entry.owner, first_position=word.start))
                last = words[min(position + len(entry.stems), len(words)) - 1]
                end = last.start + len(last.text)
                score.add(entry.keyword, weight, word.start, end)
        return scores

    def _compound_parts(self, word_stem: str) -> list[_Entry]:
        for size in range(len(word_stem) - 1, COMPOUND_MIN - 1, -1):
            for part in (word_stem[:size], word_stem[-size:]):
                if part in self._compound:
                    return self._compound[part]
        return []


@dataclass(slots=True)
class UnitScore:
    code: str
    first_position: int  # character offset of the first match: ties go to the unit mentioned first
    total: float = 0.0
    keywords: dict[str, float] = field(default_factory=dict)
    spans: list[tuple[int, int, float]] = field(default_factory=list)  # (start, end, what it added)

    def add(self, keyword: str, weight: float, start: int = -1, end: int = -1) -> None:
        added = REPEAT_BONUS if keyword in self.keywords else weight
        self.keywords.setdefault(keyword, weight)
        self.total += added
        self.spans.append((start, end, added))

    def remove_span(self, start: int, end: int) -> float:
        """Take back what matches overlapping ``start:end`` added; returns how much."""
        removed = sum(weight for s, e, weight in self.spans if s < end and start < e)
        if removed:
            self.spans = [(s, e, weight) for s, e, weight in self.spans if not (s < end and start < e)]
            self.total -= removed
        return removed


class TriageConfig:
    """A municipality's departments and complaint bodies, compiled for matching once."""

    def __init__(
        self, *, departments: Iterable[Unit], bodies: Iterable[Unit], complaint_time_limit_days: int = 365,
    ) -> None:
        self.departments = tuple(departments)
        self.bodies = tuple(bodies)
        self.complaint_time_limit_days = complaint_time_limit_days
        self.department_index = KeywordIndex(self.departments)
        self.body_index = KeywordIndex(self.bodies)
        self.department_names = {unit.code: unit.name for unit in self.departments}
        self.body_names = {unit.code: unit.name for unit in self.bodies}
        self.areas = AreaMap(self.department_index, self.body_names)

    @classmethod
    def from_dicts(
        cls, *, departments: Iterable[Mapping[str, Any]], bodies: Iterable[Mapping[str, Any]],
        complaint_time_limit_days: int = 365,
    ) -> TriageConfig:
        """Build from plain dicts with ``code``, ``name`` and ``keywords`` (as in ``core/defaults.py``)."""
        return cls(
            departments=[Unit(d["code"], d["name"], tuple(d.get("keywords", ()))) for d in departments],
            bodies=[Unit(b["code"], b["name"], tuple(b.get("keywords", ()))) for b in bodies],
            complaint_time_limit_days=complaint_time_limit_days,
        )


# --- Result ------------------------------------------------------------------------------------

@dataclass(slots=True)
class TriageResult:
    verdict: str
    grounds: list[str]
    exclusions: list[str]
    refer_to: list[str]
    forvaltning: str | None
    cpr_found: bool
    explanation: str
    explanation_en: str
    rules: list[dict[str, Any]]
    klagepunkter: list[dict[str, Any]]
    verdict_rule: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict, "grounds": self.grounds, "exclusions": self.exclusions,
            "refer_to": self.refer_to, "forvaltning": self.forvaltning, "cpr_found": self.cpr_found,
            "explanation": self.explanation, "explanation_en": self.explanation_en,
            "verdict_rule": self.verdict_rule, "klagepunkter": self.klagepunkter, "rules": self.rules,
        }


# --- Compiled lexicon --------------------------------------------------------------------------

def _group(patterns: list[str]) -> re.Pattern[str]:
    return lexicon.compile_group(patterns, re.MULTILINE)


_SAGSBEHANDLING = _group(lexicon.SAGSBEHANDLING)
_ADFAERD = _group(lexicon.ADFAERD)
_PRAKTISK_TOPIC = _group(lexicon.PRAKTISK_TOPIC)
_PRAKTISK_PROBLEM = _group(lexicon.PRAKTISK_PROBLEM)
_DISKRIMINATION = _group(lexicon.DISKRIMINATION)
_FORSTAA = _group(lexicon.FORSTAA_AFGOERELSE)
_VEJLEDNING = _group(lexicon.VEJLEDNING_OM_KLAGE)
_FORSLAG = _group(lexicon.FORSLAG)
_APPLICATION = _group(lexicon.APPLICATION)
_NOT_A_COMPLAINT = _group(lexicon.NOT_A_COMPLAINT)
_SUGGESTS = _group(lexicon.SUGGESTS)
_DECISION = _group(lexicon.DECISION_CONTEXT)
_DECIDED = _group(lexicon.DECIDED)
_WANTS_CHANGE = _group(lexicon.WANTS_CHANGE + lexicon.DISAGREES)
_DEMANDS_CHANGE = _group(lexicon.WANTS_CHANGE)
# "Jeg har søgt om at få min kontanthjælp udbetalt": the wish is the application, not a change of a decision.
_APPLIED_FOR = re.compile(r"\b(søgt|søgte|ansøgt|ansøgte|anmodet|anmodede|bedt|bad) (\w+ ){0,2}om (at )?$")
_WANTS_TO_APPEAL = _group(lexicon.WANTS_TO_APPEAL)
_POLITISK = _group(lexicon.POLITISK)
_ANSAETTELSE = _group(lexicon.ANSAETTELSE)
_ANSAETTELSE_WEAK = _group(lexicon.ANSAETTELSE_WEAK)
_BENEFIT_CASE = _group(lexicon.BENEFIT_CASE)
_ALREADY_OTHER = _group(lexicon.ALREADY_OTHER)
_ALREADY = {
    code: re.compile(
        "(?:" + lexicon.ALREADY_VERB + r"[^.!?\n]{0,60}?\b(til|hos|ved|i|for|af|to|with|before|at) (\w+ )?(the |det )?"
        + "|" + lexicon.ALREADY_WITH + ")(" + name + ")"
    )
    for code, name in lexicon.BODY_NAMES.items()
}
_BY_NATURE = {code: _group(patterns) for code, patterns in lexicon.OTHER_BODY_BY_NATURE.items()}
_LEGALITY = _group(lexicon.LEGALITY)
_NOT_MUNICIPALITY = {code: _group(patterns) for code, patterns in lexicon.NOT_MUNICIPALITY.items()}
_INCIDENTAL = _group(lexicon.INCIDENTAL_OUTSIDE)
_NOT_YET = _group(lexicon.NOT_YET_CONTACTED)
_ABOVE_UNIT = re.compile(r"\b(leder\w*|chef\w*|ledelse\w*|direktør\w*)\b")
_CONTACTED = _group(lexicon.CONTACTED)
# "Der stod intet i brevet om, hvordan jeg kan klage": missing klagevejledning (case handling), not a question.
_NO_GUIDANCE = re.compile(
    r"\b(stod|står|fremgik|fremgår|nævnte|nævner|skrev|oplyste)\b (\w+ ){0,3}(intet|ikke noget|ingenting|ikke)"
    r"( \w+){0,4} om,? (hvordan|hvor|hvem)\b"
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


def _verb_slot(words: list[Token], position: int) -> bool:
    if position > 0 and words[position - 1].text in _ARTICLE_SUBJECTS:
        return True
    if not words[position].text.endswith("e"):
        return False
    for back in range(1, 4):
        if position - back < 0:
            return False
        previous = words[position - back].text
        if previous in _MODALS:
            return True
        if previous not in _ADVERBS:
            return False
    return False


# A negation softened by a hedge reaches one word further: "ikke nødvendigvis uenig".
_HEDGED_NEGATION = re.compile(
    r"\b(ikke|not) (nødvendigvis|helt|specielt|særlig|egentlig|direkte|overhovedet|necessarily|really) $"
)


def _negated(text: str, match: re.Match[str]) -> bool:
    """A negation inside the match or in the few characters before it (a hedged one a little further)."""
    before = text[max(0, match.start() - NEGATION_WINDOW):match.start()]
    if lexicon.NEGATION.search(before) or lexicon.NEGATION.search(match.group()):
        return True
    return bool(_HEDGED_NEGATION.search(text[max(0, match.start() - 2 * NEGATION_WINDOW):match.start()]))


def _is_decision(sentence: str) -> bool:
    """A decision in this sentence; "har besluttet" only when no political decider is named in it."""
    return bool(_DECISION.search(sentence) or (_DECIDED.search(sentence) and not _POLITISK.search(sentence)))


def _hits(pattern: re.Pattern[str], text: str, *, negatable: bool = False) -> list[str]:
    return [m.group().strip() for m in pattern.finditer(text) if not (negatable and _negated(text, m))]


# --- One-year rule -----------------------------------------------------------------------------

_MONTHS = {
    name: number for number, names in enumerate((
        ("januar", "january"), ("februar", "february"), ("marts", "march"), ("april",), ("maj", "may"),
        ("juni", "june"), ("juli", "july"), ("august",), ("september",), ("oktober", "october"),
        ("november",), ("december",),
    ), start=1) for name in names
}
_NUMBER_WORDS = {"et": 1, "en": 1, "one": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4,
                 "fem": 5, "five": 5, "seks": 6, "six": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}
_YEARS_AGO = re.compile(
    r"\bfor (?P<over>over |mere end |omkring |ca\.? |cirka |næsten |godt )?"
    r"(?P<n>\d+|et|to|tre|fire|fem|seks|syv|otte|ni|ti) år siden"
    r"|\b(?P<over_en>over |more than |about |almost )?(?P<n_en>\d+|a|one|two|three|four|five|six) years? ago"
)
_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + "|".join(_MONTHS) + r")(?: måned)? (?P<year>(19|20)\d\d|sidste år|last year)\b"
)
_BARE_YEAR = re.compile(
    r"(?<!siden )(?<!født )(?<!since )(?<!born )\b(i|tilbage i|in|back in|år|foråret|sommeren|efteråret|vinteren|"
    r"julen|påsken|starten af|begyndelsen af|slutningen af|udgangen af|spring|summer|autumn|winter|early|late) "
    r"(?P<year>(19|20)\d\d)\b"
)
_FULL_DATE = re.compile(r"\b(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(19|20)\d\d)\b")
_BORN = re.compile(r"\b(født|f\.|born)( d\.| den| on)? $")
_RECENT = re.compile(
    r"\b(?<!synes )(?<!mener )(?<!tænker )(?<!føler )"  # "jeg synes stadig" is an opinion, not an ongoing matter
    r"(stadig|fortsat|fortsætter|endnu ikke|i går|i forgårs|i sidste uge|i sidste måned|denne måned|"
    r"i (mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags)|for (\w+ )?(uger|dage|uge|dag|måneder|måned) siden|"
    r"still|ongoing|last week|last month|yesterday|recently|(weeks|days|months) ago)\b"
)


def _old_event_in_text(text: str, received: date, limit_days: int) -> str | None:
    """Evidence in the text that the matter is older than the time limit, read conservatively."""
    cutoff = received - timedelta(days=limit_days)
    recent_dates = False
    old: str | None = None
    for m in _YEARS_AGO.finditer(text):
        raw = m.group("n") or m.group("n_en")
        years = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        if years >= 2 or m.group("over") in ("over ", "mere end ") or m.group("over_en") in ("over ", "more than "):
            old = old or m.group()
    for m in _MONTH_YEAR.finditer(text):
        year = received.year - 1 if not m.group("year")[0].isdigit() else int(m.group("year"))
        month = _MONTHS[m.group("month")]
        month_end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        if month_end < cutoff:
            old = old or m.group()
        elif month_end >= cutoff:
            recent_dates = True
    for m in _FULL_DATE.finditer(text):
        if _BORN.search(text, max(0, m.start() - 12), m.start()):
            continue  # "født 01.02.2015" is a birth date, not the event
        try:
            found = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if found < cutoff:
            old = old or m.group()
        else:
            recent_dates = True
    for m in _BARE_YEAR.finditer(text):
        if int(m.group("year")) <= received.year - 2:
            old = old or m.group().strip()
        elif int(m.group("year")) >= received.year:
            recent_dates = True
    if old and not recent_dates and not _RECENT.search(text):
        return old
    return None


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


# --- The engine --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Findings:
    grounds: dict[str, list[str]] = field(default_factory=dict)
    exclusions: dict[str, list[str]] = field(default_factory=dict)
    refer: dict[str, list[str]] = field(default_factory=dict)  # body code → why
    rules: list[dict[str, Any]] = field(default_factory=list)
    praktisk_sentences: list[str] = field(default_factory=list)  # where each praktisk_opgave hit was seen

    def ground(self, code: str, evidence: list[str]) -> None:
        if evidence:
            self.grounds.setdefault(code, []).extend(evidence)

    def exclude(self, code: str, evidence: list[str]) -> None:
        if evidence:
            self.exclusions.setdefault(code, []).extend(evidence)

    def note(self, rule: str, detail: Any) -> None:
        self.rules.append({"rule": rule, "matched": detail})


def triage(
    text: str, *, answers: Mapping[str, Any] | None = None, channel: str | None = None,
    config: TriageConfig, today: date | None = None,
) -> TriageResult:
    """Triage one henvendelse. ``answers`` and ``channel`` as in CONTRACT.md; ``today`` for tests."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    answers = answers or {}
    today = today or date.today()
    received = _parse_date(answers.get("received_date")) or today
    event = _parse_date(answers.get("event_date"))
    norm = normalise(text)
    words = tokens(norm)
    found = _Findings()

    department_scores = config.department_index.match(words)
    body_scores = config.body_index.match(words)
    # The area of municipal work and the person affected add to the configured keywords (areas.py).
    area_hits = find_areas(norm)
    area_notes = apply_to_departments(
        norm, department_scores, area_hits, config.areas,
        lambda code, start: UnitScore(code=code, first_position=start),
    )
    if area_notes:
        found.note("areas", area_notes)
    forvaltning = _best(department_scores)
    if forvaltning:
        found.note("forvaltning", {forvaltning: department_scores[forvaltning].keywords})
    appeal, appeal_scores = appeal_body(
        norm, body_scores, area_hits, config.areas, forvaltning,
        [code for code in lexicon.APPEAL_BODIES if code in config.body_names],
    )

    has_decision = bool(_DECISION.search(norm)) or (
        bool(_DECIDED.search(norm)) and any(_is_decision(sentence) for sentence in sentences(norm))
    )
    _find_grounds(norm, has_decision, found)
    already = _find_exclusions(norm, has_decision, forvaltning, department_scores, body_scores, appeal, found)
    if appeal and appeal in found.refer:
        found.note("appeal_body", appeal_scores)

    forvaltning, guided_already = _apply_guided_answers(answers, forvaltning, config, appeal, found)
    already = already or guided_already

    # One-year rule: the citizen's date first, else conservative evidence in the text.
    limit = config.complaint_time_limit_days
    if event is not None:
        if (received - event).days > limit:
            found.exclude("over_et_aar", [f"event_date {event.isoformat()}"])
    else:
        old = _old_event_in_text(norm, received, limit)
        if old:
            found.exclude("over_et_aar", [old])

    if (
        "ikke_kommunen" in found.exclusions and forvaltning is not None and not answers.get("forvaltning")
        and department_scores.get(forvaltning) and department_scores[forvaltning].total < WORD_WEIGHT
    ):
        # Only a compound part pointed at a department ("psykiatriske" → psykiatri): too weak
        # beside an outside body named in the text.
        found.note("ikke_kommunen_weak_department", forvaltning)
        forvaltning = None
    if "ansaettelse" in found.exclusions and found.grounds:
        if "diskrimination" in found.grounds and "ligebehandlingsnaevnet" in config.body_names:
            # Discrimination at work or in hiring: Ligebehandlingsnævnet decides it.
            found.refer.setdefault("ligebehandlingsnaevnet", []).extend(found.grounds["diskrimination"])
        found.note("ansaettelse_drops_grounds", sorted(found.grounds))
        found.grounds.clear()
    if "ikke_kommunen" in found.exclusions and forvaltning is None and found.grounds:
        found.note("ikke_kommunen_drops_grounds", sorted(found.grounds))
        found.grounds.clear()
    if "ikke_kommunen" in found.exclusions and not found.grounds:
        forvaltning = None
    if not found.grounds and not set(found.exclusions) - {"over_et_aar"}:
        # The one-year rule says nothing about what the complaint is about, so it gets a ground too.
        # A complaint that names a practical service and no decision or application is read as one
        # about how the task is carried out; anything else as one about case handling.
        if _PRAKTISK_TOPIC.search(norm) and not has_decision and not _APPLICATION.search(norm):
            found.grounds["praktisk_opgave"] = []
            found.note("default_ground", "no ground or exclusion found: read as a complaint about a practical task")
        else:
            found.grounds["sagsbehandling"] = []
            found.note("default_ground", "no ground or exclusion found: read as a complaint about case handling")

    contact = _contact_status(norm, answers, found)
    grounds = [code for code in GROUNDS if code in found.grounds]
    exclusions = [code for code in EXCLUSIONS if code in found.exclusions]
    verdict, rule = _verdict(grounds, exclusions, already, contact)
    refer_to = [code for code in found.refer if code in config.body_names]
    for code, evidence in found.grounds.items():
        found.note(f"ground.{code}", evidence)
    for code, evidence in found.exclusions.items():
        found.note(f"exclusion.{code}", evidence)
    found.note("verdict", {"rule": rule, "contact": contact})

    explanation, explanation_en = explain(
        verdict=verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to,
        forvaltning=forvaltning, already=already,
        department_names=config.department_names, body_names=config.body_names,
    )
    return TriageResult(
        verdict=verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to, forvaltning=forvaltning,
        cpr_found=contains_cpr(text, today=today), explanation=explanation, explanation_en=explanation_en,
        rules=found.rules, verdict_rule=rule,
        klagepunkter=klagepunkter(
            grounds={code: found.grounds[code] for code in grounds},
            exclusions={code: found.exclusions[code] for code in exclusions},
            contact=contact, refer_to=refer_to,
        ),
    )


def _apply_guided_answers(
    answers: Mapping[str, Any], forvaltning: str | None, config: TriageConfig,
    appeal: str | None, found: _Findings,
) -> tuple[str | None, bool]:
    """Structured answers from the guide and the complaint form, beside the free text.

    ``topic`` (a ground or exclusion code the citizen chose), ``forvaltning`` (a department code
    the citizen chose; it wins over the text), ``about_municipality`` = ``no`` with
    ``other_authority`` (a body code), and ``already_with`` (a body code, or ``other``: rule 6).
    Unknown values are ignored, so old drafts and other channels cannot break the engine.
    Returns the department and whether the matter is already with another body.
    """
    chosen = answers.get("forvaltning")
    if isinstance(chosen, str) and chosen in config.department_names:
        if chosen != forvaltning:
            found.note("answers.forvaltning", chosen)
        forvaltning = chosen
    topic = answers.get("topic")
    if topic in GROUNDS:
        found.ground(topic, ["answers.topic"])
    elif topic in {"afgoerelse", "politisk", "ansaettelse"}:
        found.exclude(topic, ["answers.topic"])
    if topic in {"afgoerelse", "vejledning_om_klage"} and not found.refer and appeal:
        found.refer.setdefault(appeal, []).append("klageinstans for afgørelsen")
    if answers.get("about_municipality") == "no":
        found.exclude("ikke_kommunen", ["answers.about_municipality"])
        authority = answers.get("other_authority")
        if authority in config.body_names:
            found.refer.setdefault(authority, []).append("answers.other_authority")
        if not isinstance(chosen, str) or chosen not in config.department_names:
            forvaltning = None
    already_with = answers.get("already_with")
    if not already_with or already_with == "no":
        return forvaltning, False
    found.exclude("anden_klageinstans", ["answers.already_with"])
    if already_with in config.body_names:
        found.refer.setdefault(already_with, []).append("answers.already_with")
    return forvaltning, True


def _best(scores: Mapping[str, UnitScore]) -> str | None:
    """Highest score; ties go to the department mentioned first."""
    scored = [score for score in scores.values() if score.total > 0]
    if not scored:
        return None
    return min(scored, key=lambda score: (-score.total, score.first_position)).code


def _find_grounds(norm: str, has_decision: bool, found: _Findings) -> None:
    found.ground("sagsbehandling", _hits(_SAGSBEHANDLING, norm))
    found.ground("adfaerd", _hits(_ADFAERD, norm, negatable=True))
    praktisk: list[str] = []
    previous_topic: re.Match[str] | None = None
    for sentence in sentences(norm):
        topic = _PRAKTISK_TOPIC.search(sentence)
        problem = _PRAKTISK_PROBLEM.search(sentence)
        if problem and (topic or previous_topic):
            praktisk.append(f"{(topic or previous_topic).group()} … {problem.group()}")
            found.praktisk_sentences.append(sentence)
        previous_topic = topic
    found.ground("praktisk_opgave", praktisk)
    found.ground("diskrimination", _hits(_DISKRIMINATION, norm, negatable=True))
    if has_decision:
        found.ground("forstaa_afgoerelse", _hits(_FORSTAA, norm))
        missing = [(m.start(), m.end() + 40) for m in _NO_GUIDANCE.finditer(norm)]
        asks = [
            m.group().strip() for m in _VEJLEDNING.finditer(norm)
            if not any(start <= m.start() <= end for start, end in missing)
        ]
        found.ground("vejledning_om_klage", asks)
        found.ground("sagsbehandling", [f"manglende klagevejledning: {norm[start:end].strip()}"
                                        for start, end in missing])
    found.ground("forslag", _hits(_FORSLAG, norm, negatable=True))
    if "forslag" not in found.grounds and _NOT_A_COMPLAINT.search(norm) and _hits(_SUGGESTS, norm, negatable=True):
        # "Ikke en klage, men ... burde" is a suggestion; the negation there denies the complaint.
        found.ground("forslag", _hits(_NOT_A_COMPLAINT, norm))


def _find_exclusions(
    norm: str, has_decision: bool, forvaltning: str | None, department_scores: Mapping[str, UnitScore],
    body_scores: Mapping[str, UnitScore], appeal: str | None, found: _Findings,
) -> bool:
    """Record exclusions and the bodies they point to; True when the matter is already elsewhere."""
    # Already with another complaint body (rule 6). "Det kommunale tilsyn i Ankestyrelsen" is the tilsyn.
    already_bodies: dict[str, str] = {}
    for code, pattern in _ALREADY.items():
        for m in pattern.finditer(norm):
            if not _negated(norm, m):
                already_bodies.setdefault(code, m.group())
    if "tilsynet" in already_bodies:
        already_bodies.pop("ankestyrelsen", None)
    other = _hits(_ALREADY_OTHER, norm, negatable=True)
    if other:
        already_bodies.setdefault("domstolene", other[0])
    for code, evidence in already_bodies.items():
        found.exclude("anden_klageinstans", [evidence])
        found.refer.setdefault(code, []).append(evidence)
    asks_where = _hits(_VEJLEDNING, norm)
    for code, pattern in _BY_NATURE.items():
        evidence = _hits(pattern, norm, negatable=True)
        if not evidence:
            continue
        found.refer.setdefault(code, []).extend(evidence)
        if asks_where and code not in already_bodies:
            # "Hvor kan jeg klage over, at de har videregivet mine oplysninger?": guidance (rule 7).
            found.ground("vejledning_om_klage", asks_where)
        else:
            found.exclude("anden_klageinstans", evidence)
            if code == "patientklager" and found.praktisk_sentences and all(
                pattern.search(sentence) for sentence in found.praktisk_sentences
            ):
                # "gav hende forkert medicin, så hun blev dårlig": the "problem" is the treatment itself.
                found.note("praktisk_is_the_treatment", found.grounds.pop("praktisk_opgave", []))

    # Not the municipality: the lexicon's names, or two keywords of such a body and no department.
    not_municipality: dict[str, list[str]] = {}
    for code, pattern in _NOT_MUNICIPALITY.items():
        evidence = [
            m.group().strip() for m in pattern.finditer(norm)
            if not _INCIDENTAL.search(norm, max(0, m.start() - 30), m.start())
        ]
        if evidence:
            not_municipality[code] = evidence
    for code in lexicon.NOT_MUNICIPALITY_BODIES:
        score = body_scores.get(code)
        if score and len(score.keywords) >= 2 and forvaltning is None:
            not_municipality.setdefault(code, list(score.keywords))
    distinct = {hit for evidence in not_municipality.values() for hit in evidence}
    # Only a compound part pointing at a department ("ungdomspsykiatrien" → psykiatri) names none.
    weak = forvaltning is None or department_scores[forvaltning].total < WORD_WEIGHT
    if not_municipality and (weak or not found.grounds or len(distinct) >= 2):
        for code, evidence in not_municipality.items():
            found.exclude("ikke_kommunen", evidence)
            if code:
                found.refer.setdefault(code, []).extend(evidence)
    municipal_decision = "ikke_kommunen" not in found.exclusions or forvaltning is not None

    # The content of a decision: a decision, and a wish to change it in the same or next sentence.
    if has_decision and municipal_decision:
        # Asking how or where to complain, a disagreement is the reason for the complaint (rule 7).
        wants = _decision_change(norm, disagreement="vejledning_om_klage" not in found.grounds)
        appeals = _hits(_WANTS_TO_APPEAL, norm, negatable=True)
        if appeals and "vejledning_om_klage" not in found.grounds:
            wants.extend(appeals)
        if wants:
            found.exclude("afgoerelse", wants)
    if "afgoerelse" in found.exclusions and found.praktisk_sentences and all(
        _is_decision(sentence) or _WANTS_CHANGE.search(sentence) for sentence in found.praktisk_sentences
    ):
        # "Kommunen har sat mine timer ned ... Det er forkert og farligt": the "problem" is the
        # decision's content, not how a task is carried out.
        found.note("praktisk_is_the_decision", found.grounds.pop("praktisk_opgave", []))
    if ("afgoerelse" in found.exclusions or "vejledning_om_klage" in found.grounds) and appeal:
        found.refer.setdefault(appeal, []).append("klageinstans for afgørelsen")

    found.exclude("politisk", _hits(_POLITISK, norm, negatable=True))
    found.exclude("ansaettelse", _hits(_ANSAETTELSE, norm, negatable=True))
    if not _BENEFIT_CASE.search(norm):
        found.exclude("ansaettelse", _hits(_ANSAETTELSE_WEAK, norm, negatable=True))
    if not found.grounds and "anden_klageinstans" not in found.exclusions:
        legality = _hits(_LEGALITY, norm, negatable=True)
        if legality:
            found.exclude("anden_klageinstans", legality)
            found.refer.setdefault("tilsynet", []).extend(legality)
    return bool(already_bodies)


def _decision_change(norm: str, *, disagreement: bool = True) -> list[str]:
    """Wishes to change a decision found in a sentence with a decision or one of the two after it.

    Two, because a citizen often puts one sentence of circumstances between the decision and the
    wish ("... sat min hjemmehjælp ned. Jeg er 88 år og kan ikke selv. Det vil jeg have ændret.").
    """
    evidence: list[str] = []
    since_decision = DECISION_REACH + 1
    pattern = _WANTS_CHANGE if disagreement else _DEMANDS_CHANGE
    for sentence in sentences(norm):
        since_decision = 0 if _is_decision(sentence) else since_decision + 1
        if since_decision <= DECISION_REACH:
            evidence.extend(
                m.group().strip() for m in pattern.finditer(sentence)
                if not _negated(sentence, m) and not _APPLIED_FOR.search(sentence, max(0, m.start() - 40), m.start())
            )
    return evidence


def _contact_status(norm: str, answers: Mapping[str, Any], found: _Findings) -> str:
    """``not_yet``, ``contacted`` or ``unknown``: the citizen's answer wins over the text."""
    answer = answers.get("contacted_unit")
    if answer == "no":
        return "not_yet"
    if answer in CONTACTED_VALUES:
        return "contacted"
    not_yet = _hits(_NOT_YET, norm)
    contacted = _hits(_CONTACTED, norm, negatable=True)
    if not_yet and contacted and all(_not_yet_above_unit(norm, hit) for hit in not_yet):
        # "Har skrevet til sagsbehandleren fire gange ... har ikke klaget til lederen": the unit has
        # had its chance; going up to the manager is not needed first.
        found.note("contact.contacted", contacted + [f"ikke til ledelsen: {hit}" for hit in not_yet])
        return "contacted"
    if not_yet:
        found.note("contact.not_yet", not_yet)
        return "not_yet"
    if contacted:
        found.note("contact.contacted", contacted)
        return "contacted"
    return "unknown"


def _not_yet_above_unit(norm: str, hit: str) -> bool:
    """The "not yet" is about the manager or the department above the unit ("ikke klaget til lederen")."""
    at = norm.find(hit)
    return at >= 0 and bool(_ABOVE_UNIT.search(norm[at:at + len(hit) + 30].split(".")[0]))


def _verdict(grounds: list[str], exclusions: list[str], already: bool, contact: str) -> tuple[str, int]:
    """The verdict and the number of the CONTRACT rule that decided it."""
    if already:
        return OUT_OF_SCOPE, 6
    if "over_et_aar" in exclusions:
        return OUT_OF_SCOPE, 5
    if not grounds:
        return OUT_OF_SCOPE, 1
    if any(code not in NEEDS_FIRST_CONTACT for code in grounds):
        return IN_SCOPE, 3
    if contact == "not_yet":
        return CONTACT_UNIT_FIRST, 2
    return IN_SCOPE, 4
