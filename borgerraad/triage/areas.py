"""Areas of municipal work and the person affected: which department, which appeal body.

The configuration's keywords name departments and bodies in the words a municipality chose. A
citizen writes about the matter in their own words, and often about someone else: "min søn på 10
har autisme og har brug for aflastning", "min mor på 86 har søgt om et gangstativ". This module
reads three things the keywords alone do not:

- **the area** of municipal work the text is about (``lexicon.AREA_SERVICES``, ``AREA_MARKERS``):
  word families beyond the configured keywords (familieafdelingen, tvangsfjernet, mad bragt ud,
  anneks, brændeovn ...). Each area is bound to the department whose own keywords match the
  area's anchor words best (``AreaMap``), so another municipality's departments work unchanged;
- **the person affected**: an age next to a person ("min far på 79", "jeg er 38", "12-årige",
  "my son (9)") or a word that says child or elderly (baby, 6. klasse, mormor, pensionist).
  Aids and housing adaptation go to elderly care for a citizen of 65 or more and to the disability
  area for a child or an adult of working age;
- **the appeal body** of a decision: the body whose keywords match, plus the body the law gives
  each area found (``lexicon.AREA_APPEAL_BODY``); when the text names no area, the body of the
  department's own areas, if they all lead to one.

Evidence from a word family only counts where no configured keyword of the same department (or
body) already matched, so the same word is never counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from borgerraad.triage import lexicon
from borgerraad.triage.gate import TEXT
from borgerraad.triage.text import normalise, sentences, tokens

SERVICE_WEIGHT = 1.0  # a word naming the service or the decision's subject: as much as a keyword
MARKER_WEIGHT = 0.6  # a word naming the person's condition: context, weaker than the matter itself
AIDS_WEIGHT = 1.0  # an aid routed by the person's age (at least what a keyword there had given)
NO_BODY = ""  # the appeal "body" of areas that have none


# Behind one search for the words every service list and marker begins with (``gate.TEXT``): a list is searched
# only in a text where one of its words begins a word (most texts hold words of two or three of the seventeen).
_SERVICES = {area: TEXT.add(("service", area), patterns) for area, patterns in lexicon.AREA_SERVICES.items()}
_MARKERS = {area: TEXT.add(("marker", area), patterns) for area, patterns in lexicon.AREA_MARKERS.items()}
_AIDS = TEXT.add("AIDS", lexicon.AIDS)
# An aid is the matter when its sentence holds a decision, an application or a need for it; otherwise
# it only describes the citizen ("jeg sidder i kørestol og ville til et foredrag").
_AIDS_MATTER = lexicon.compile_group(
    lexicon.DECISION_CONTEXT + lexicon.DECIDED + lexicon.APPLICATION + lexicon.AIDS_MATTER,
)
_AGES = [re.compile(pattern) for pattern in lexicon.AGES + lexicon.AGE_IN_WORDS]
_CHILD = lexicon.compile_group(lexicon.CHILD_WORDS)
_ELDERLY = lexicon.compile_group(lexicon.ELDERLY_WORDS)


@dataclass(frozen=True, slots=True)
class AreaHit:
    area: str
    start: int
    end: int
    text: str
    weight: float
    marker: bool = False  # the person's condition, not the matter


@dataclass(frozen=True, slots=True)
class Person:
    start: int
    category: str  # "child", "adult" or "elderly"
    text: str


class AreaMap:
    """Each area's department in this configuration, found through the departments' own keywords."""

    def __init__(self, department_index, body_names: Iterable[str]) -> None:
        self.department: dict[str, str] = {}
        for area, anchors in lexicon.AREA_ANCHORS.items():
            votes: dict[str, float] = {}
            for anchor in anchors:
                for code, score in department_index.match(tokens(normalise(anchor))).items():
                    votes[code] = votes.get(code, 0.0) + score.total
            if votes:
                best = max(votes.values())
                winners = [code for code, vote in votes.items() if vote == best]
                if len(winners) == 1:
                    self.department[area] = winners[0]
        bodies = set(body_names)
        self.body = {area: body for area, body in lexicon.AREA_APPEAL_BODY.items() if body in bodies}
        # A department's own areas, and the one appeal body they lead to (None: none, or several).
        areas_of: dict[str, set[str]] = {}
        for area, code in self.department.items():
            areas_of.setdefault(code, set()).add(area)
        self.department_body: dict[str, str] = {}
        for code, areas in areas_of.items():
            outcomes = {self.body.get(area) for area in areas}
            if len(outcomes) == 1 and None not in outcomes:
                self.department_body[code] = outcomes.pop()


def find_areas(norm: str) -> list[AreaHit]:
    """Every service word and marker of every area, area by area, in the order of the lexicon."""
    hits = [
        AreaHit(area, m.start(), m.end(), m.group().strip(), SERVICE_WEIGHT)
        for area, pattern in _SERVICES.items() for m in pattern.finditer(norm)
    ]
    hits += [
        AreaHit(area, m.start(), m.end(), m.group().strip(), MARKER_WEIGHT, marker=True)
        for area, pattern in _MARKERS.items() for m in pattern.finditer(norm)
    ]
    return hits


def _sentence_spans(norm: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for sentence in sentences(norm):
        start = norm.find(sentence, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return spans


def aids_mentions(norm: str, hits: list[AreaHit]) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Aids mentioned as the matter (in a sentence with a decision, an application or a need), and
    aids that only describe the citizen ("jeg sidder i kørestol og ville til et foredrag")."""
    if not _AIDS.search(norm):
        return [], []
    protected = [(hit.start, hit.end) for hit in hits if hit.area == "handicap"]
    matter, described = [], []
    for start, end in _sentence_spans(norm):
        is_matter = bool(_AIDS_MATTER.search(norm[start:end]))
        for m in _AIDS.finditer(norm, start, end):
            if is_matter and not any(s <= m.start() < e for s, e in protected):
                matter.append(m)
            else:
                described.append(m)
    return matter, described


def find_people(norm: str) -> list[Person]:
    """Every person whose age group the text gives, in order of appearance."""
    people: list[Person] = []
    for pattern in _AGES:
        for m in pattern.finditer(norm):
            age = int(m.group("age")) if "age" in pattern.groupindex else lexicon.age_from_words(m.group("words"))
            if "unit" in pattern.groupindex and m.group("unit") and m.group("unit").strip().startswith("m"):
                category = "child"  # "på 8 måneder"
            elif age < lexicon.CHILD_AGE_LIMIT:
                category = "child"
            elif age < lexicon.AIDS_AGE_LIMIT:
                category = "adult"
            else:
                category = "elderly"
            if age <= 110:
                people.append(Person(m.start(), category, m.group()))
    people += [Person(m.start(), "child", m.group()) for m in _CHILD.finditer(norm)]
    people += [Person(m.start(), "elderly", m.group()) for m in _ELDERLY.finditer(norm)]
    return sorted(people, key=lambda person: person.start)


def nearest(people: list[Person], position: int) -> Person | None:
    return min(people, key=lambda person: abs(person.start - position), default=None)


def aids_area(start: int, people: list[Person], hits: list[AreaHit]) -> str | None:
    """The area an aid at ``start`` belongs to: elderly care or disability, by the person affected."""
    person = nearest(people, start)
    if person is not None:
        return "aeldre" if person.category == "elderly" else "handicap"
    if any(hit.area == "handicap" for hit in hits):
        return "handicap"
    return None


def _covered(spans: Iterable[tuple[int, int, float]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


def apply_to_departments(
    norm: str, scores: dict, hits: list[AreaHit], area_map: AreaMap, make_score,
) -> list[str]:
    """Add the areas' evidence to the department scores; route aids by the person. Returns notes."""
    notes: list[str] = []

    def add(code: str, label: str, weight: float, start: int, end: int) -> None:
        score = scores.get(code)
        if score is None:
            score = scores[code] = make_score(code, start)
        if _covered(score.spans, start, end):
            return
        score.first_position = min(score.first_position, start)
        score.add(label, weight, start, end)
        notes.append(f"{code}: {label}")

    for hit in hits:
        code = area_map.department.get(hit.area)
        if code and not hit.marker:
            add(code, f"≈{hit.text}", hit.weight, hit.start, hit.end)
    matter, described = aids_mentions(norm, hits)
    notes += _drop_described_aids(described, scores)
    _route_aids(norm, matter, scores, hits, area_map, add)
    if not any(score.total > 0 for score in scores.values()):
        # Only the person's condition points anywhere ("min bror har skizofreni ..."): let it decide.
        for hit in hits:
            code = area_map.department.get(hit.area)
            if code and hit.marker:
                add(code, f"≈{hit.text}", hit.weight, hit.start, hit.end)
    return notes


def _drop_described_aids(described: list[re.Match[str]], scores: dict) -> list[str]:
    """An aid that describes the citizen is not what the complaint is about: it names no department."""
    notes = []
    for m in described:
        for score in scores.values():
            if score.remove_span(m.start(), m.end()):
                notes.append(f"{score.code}: -{m.group().strip()} (beskriver borgeren)")
    return notes


def _route_aids(norm: str, matter: list[re.Match[str]], scores: dict, hits: list[AreaHit], area_map: AreaMap,
                add) -> None:
    """Each aid that is the matter goes to the area of the person it is for; other departments' weight moves."""
    people = find_people(norm) if matter else []
    for m in matter:
        area = aids_area(m.start(), people, hits)
        code = area_map.department.get(area or "")
        if not code:
            continue
        moved = 0.0
        for other, score in scores.items():
            if other != code:
                moved += score.remove_span(m.start(), m.end())
        add(code, f"≈{m.group().strip()} ({area})", max(moved, AIDS_WEIGHT), m.start(), m.end())


def appeal_body(
    norm: str, body_scores: Mapping, hits: list[AreaHit], area_map: AreaMap, forvaltning: str | None,
    candidates: Iterable[str],
) -> tuple[str | None, dict[str, float]]:
    """The appeal body for a decision in this text, and the scores it was chosen from."""
    candidates = set(candidates)
    totals: dict[str, float] = {}
    first: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int, float]]] = {}
    for code, score in body_scores.items():
        if code in candidates:
            totals[code] = score.total
            first[code] = score.first_position
            spans[code] = list(score.spans)

    def add(code: str | None, weight: float, start: int, end: int) -> None:
        if code not in candidates or _covered(spans.get(code, ()), start, end):
            return
        totals[code] = totals.get(code, 0.0) + weight
        first[code] = min(first.get(code, start), start)
        spans.setdefault(code, []).append((start, end, weight))

    # Areas without an appeal body (a parking fine, a health visitor) compete as "no body": a
    # parking fine issued outside a nursing home is still a parking fine.
    candidates.add(NO_BODY)
    _add_area_evidence(norm, hits, area_map, add, totals)
    if totals:
        best = min(totals, key=lambda code: (-totals[code], first[code]))
        return best or None, totals
    fallback = area_map.department_body.get(forvaltning or "")
    if fallback in candidates:
        return fallback, {fallback: 0.0}
    return None, {}


def _add_area_evidence(norm: str, hits: list[AreaHit], area_map: AreaMap, add, totals: dict[str, float]) -> None:
    """The body the law gives each area found, and aids (Ankestyrelsen); markers only when nothing else."""
    for hit in hits:
        if not hit.marker:
            add(area_map.body.get(hit.area, NO_BODY), hit.weight, hit.start, hit.end)
    for m in _AIDS.finditer(norm):
        add(area_map.body.get("hjaelpemidler"), AIDS_WEIGHT, m.start(), m.end())
    if not totals:
        for hit in hits:
            add(area_map.body.get(hit.area), hit.weight, hit.start, hit.end)
