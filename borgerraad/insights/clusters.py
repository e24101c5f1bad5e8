"""Recurring problems: klagepunkter alike in text against one unit, on one ground, within a window.

The method (pure Python; scikit-learn is not a dependency and is not needed at this size):

1. **Terms.** A klagepunkt's description (decrypted by its model field), with CPR numbers masked, is
   cut into words of letters only (no digits: no CPR, phone or case numbers), lower-cased; words
   shorter than ``MIN_WORD`` letters and the Snowball project's Danish stop words are dropped; the
   rest are stemmed with Snowball's Danish stemmer, so "ansøgning", "ansøgningen" and
   "ansøgninger" are one term.
2. **Weights.** TF-IDF over every klagepunkt in the window: ``tf = 1 + ln(count)``,
   ``idf = ln((1 + N) / (1 + df)) + 1`` (smoothed, as scikit-learn's default), and each vector scaled
   to length 1, so the cosine similarity of two klagepunkter is the dot product of their vectors
   (0: no term in common; 1: the same terms in the same proportions). Words nearly every complaint
   uses weigh little; the words that set a group of complaints apart weigh most.
3. **Groups.** Klagepunkter are compared only within one forvaltning, one unit (compared without
   regard to case and spacing) and one ground: alike texts about different units are not one
   unit's recurring problem. Within a group the words of the unit's own name are left out of the
   vectors (which are scaled to length 1 again): every complaint against "Hjemmeplejen" may name
   Hjemmeplejen, and that says nothing about whether they complain about the same thing.
4. **Clusters.** Average-link agglomerative clustering within each group: the two clusters whose
   mean pairwise similarity is highest are merged, as long as that mean is at least the threshold
   (``BORGERRAAD_SYSTEMIC_SIMILARITY``). Unlike single link, average link does not chain unlike
   texts together through a series of pairwise resemblances.
5. **Flags.** A cluster with klagepunkter from at least ``BORGERRAAD_SYSTEMIC_MIN_CASES`` different
   cases is flagged (one citizen's five points are not a pattern). It is explained by its shared
   words: the terms found in at least half of its klagepunkter (and at least two), ranked by their
   summed weight, each shown in the form the complaints use most.

Complexity, for n klagepunkter in the window and a group of g of them: the terms cost the length of
the texts; the similarities of a group go through an inverted index, at most O(g² · t) for t terms
per text, and only pairs sharing a term cost anything; the clustering keeps a heap of candidate
pairs, O(g² log g) time and O(g²) memory in the worst case. Only klagepunkter of cases received in
the window are read (``BORGERRAAD_SYSTEMIC_WINDOW_DAYS``), so the archive's size does not matter.

The job, ``flags_refresh`` (daily in the scheduler, and ``borgerraad systemic_flags``), records the
clusters as ``Flag`` rows. Its rules:

- Klagepunkter already held by a dismissed flag or by one under investigation are left out: the
  leader's decision covers what they saw, and a new flag needs enough *new* cases of its own.
- A cluster sharing a klagepunkt with an open flag of its group updates that flag: its new
  klagepunkter are added (an open flag never loses one), its words, score and period recomputed.
  A cluster that joins two open flags merges them into the older one.
- Any other cluster becomes a new open flag under a stable key, so a second run, or two runs at
  once, update rather than duplicate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import snowballstemmer
from django.conf import settings
from django.db import transaction

from borgerraad.cases.selectors import klagepunkter_received_between
from borgerraad.core.calendar import local_today
from borgerraad.insights.models import Flag, FlagStatus
from borgerraad.privacy.cpr import mask_cpr

MIN_WORD = 3
EXPLAIN_WORDS = 8

# The Snowball project's Danish stop word list (snowballstem.org/algorithms/danish/stop.txt).
STOP_WORDS = frozenset(
    "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde "
    "ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne "
    "ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden "
    "hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi "
    "jer sådan".split()
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_stemmer = snowballstemmer.stemmer("danish")

type Vector = dict[str, float]


# --- The method (pure functions) -----------------------------------------------------------------------


def terms(text: str) -> list[tuple[str, str]]:
    """The (stem, word) pairs of ``text`` in order, without stop words, short words or numbers."""
    words = [word for word in _WORD.findall(mask_cpr(text).lower()) if len(word) >= MIN_WORD]
    return [(_stemmer.stemWord(word), word) for word in words if word not in STOP_WORDS]


def tfidf(documents: Sequence[list[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors of ``documents`` (each a list of terms), as sparse dicts."""
    df = Counter(term for document in documents for term in set(document))
    n = len(documents)
    idf = {term: math.log((1 + n) / (1 + count)) + 1 for term, count in df.items()}
    vectors = []
    for document in documents:
        weights = {term: (1 + math.log(count)) * idf[term] for term, count in Counter(document).items()}
        length = math.sqrt(sum(weight * weight for weight in weights.values()))
        vectors.append({term: weight / length for term, weight in weights.items()} if length else {})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """Cosine similarity of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def _pair_sums(vectors: Sequence[Vector]) -> dict[tuple[int, int], float]:
    """The similarity of every pair (i < j) sharing at least one term, through an inverted index."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((index, weight))
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for posting in postings.values():
        for position, (i, weight_i) in enumerate(posting):
            for j, weight_j in posting[position + 1:]:
                sums[(i, j)] += weight_i * weight_j
    return sums


@dataclass(frozen=True)
class Cluster:
    members: tuple[int, ...]  # indices into the vectors, ascending
    score: float  # mean pairwise similarity (1.0 for a single member)


def average_link(vectors: Sequence[Vector], threshold: float) -> list[Cluster]:
    """Average-link agglomerative clustering: merge while the best pair's mean similarity ≥ ``threshold``.

    Only pairs whose mean similarity is at least the threshold ever need to be on the heap: the
    mean of a merged cluster with another is a weighted mean of its parts' means, so it reaches
    the threshold only if one part's did. Ties are broken by the clusters' ids, so the result does
    not depend on dictionary order. Clusters come back largest first, then by first member.
    """
    members: dict[int, list[int]] = {index: [index] for index in range(len(vectors))}
    within: dict[int, float] = dict.fromkeys(members, 0.0)
    between: dict[int, dict[int, float]] = defaultdict(dict)
    heap: list[tuple[float, int, int]] = []
    for (i, j), total in _pair_sums(vectors).items():
        between[i][j] = between[j][i] = total
        if total >= threshold:
            heap.append((-total, i, j))
    heapq.heapify(heap)
    next_id = len(vectors)
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged since this pair was pushed
        new = next_id
        next_id += 1
        members[new] = members.pop(a) + members.pop(b)
        within[new] = within.pop(a) + within.pop(b) + between[a].get(b, 0.0)
        links_a, links_b = between.pop(a), between.pop(b)
        for other in (set(links_a) | set(links_b)) - {a, b}:
            total = links_a.get(other, 0.0) + links_b.get(other, 0.0)
            between[other].pop(a, None)
            between[other].pop(b, None)
            between[new][other] = between[other][new] = total
            mean = total / (len(members[new]) * len(members[other]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(new, other), max(new, other)))
    clusters = []
    for cluster_id, indices in members.items():
        size = len(indices)
        pairs = size * (size - 1) / 2
        clusters.append(Cluster(tuple(sorted(indices)), within[cluster_id] / pairs if pairs else 1.0))
    return sorted(clusters, key=lambda cluster: (-len(cluster.members), cluster.members))


def shared_words(documents: Sequence[list[tuple[str, str]]], vectors: Sequence[Vector] | Mapping[int, Vector],
                 members: Sequence[int], limit: int = EXPLAIN_WORDS) -> list[str]:
    """The words that explain a cluster: terms in at least half its members (at least two), by weight."""
    needed = max(2, math.ceil(len(members) / 2))
    presence: Counter[str] = Counter()
    weight: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for index in members:
        presence.update(set(vectors[index]))
        weight.update(vectors[index])
        for stem, word in documents[index]:
            forms[stem][word] += 1
    shared = [term for term, count in presence.items() if count >= needed]
    shared.sort(key=lambda term: (-weight[term], term))
    return [min(forms[term].items(), key=lambda item: (-item[1], item[0]))[0] for term in shared[:limit]]


# --- The job ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """One klagepunkt as the job sees it."""

    pk: int
    case_id: int
    department_id: int
    unit: str
    ground: str
    received_on: dt.date
    text: str


@dataclass(frozen=True)
class Found:
    """A cluster worth a flag: its group, its klagepunkter, its score and its shared words."""

    department_id: int
    unit: str
    ground: str
    points: tuple[Point, ...]
    score: float
    words: tuple[str, ...]


def without_terms(vector: Vector, dropped: frozenset[str]) -> Vector:
    """``vector`` without the ``dropped`` terms, scaled to length 1 again (empty when nothing is left)."""
    if not dropped & vector.keys():
        return vector
    kept = {term: weight for term, weight in vector.items() if term not in dropped}
    length = math.sqrt(sum(weight * weight for weight in kept.values()))
    return {term: weight / length for term, weight in kept.items()} if length else {}


def unit_key(unit: str) -> str:
    """Units are compared without regard to case and spacing ("Jobcenter  amager" = "Jobcenter Amager")."""
    return " ".join(unit.split()).casefold()


def clusters_find(points: Sequence[Point], *, min_cases: int, threshold: float) -> list[Found]:
    """The clusters among ``points`` that make flags. Weights are computed over all of ``points``."""
    documents = [terms(point.text) for point in points]
    vectors = tfidf([[stem for stem, _word in document] for document in documents])
    groups: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for index, point in enumerate(points):
        groups[(point.department_id, unit_key(point.unit), point.ground)].append(index)
    found = []
    for (department_id, unit, ground), indices in sorted(groups.items()):
        if len({points[index].case_id for index in indices}) < min_cases:
            continue
        unit_terms = frozenset(stem for stem, _word in terms(unit))
        group_vectors = {index: without_terms(vectors[index], unit_terms) for index in indices}
        for cluster in average_link([group_vectors[index] for index in indices], threshold):
            chosen = [indices[member] for member in cluster.members]
            if len({points[index].case_id for index in chosen}) < min_cases:
                continue
            units = Counter(points[index].unit.strip() for index in chosen)
            found.append(Found(
                department_id=department_id,
                unit=min(units.items(), key=lambda item: (-item[1], item[0]))[0],
                ground=ground,
                points=tuple(points[index] for index in chosen),
                score=round(cluster.score, 4),
                words=tuple(shared_words(documents, group_vectors, chosen)),
            ))
    return found


def flag_key(found: Found) -> str:
    """The stable key of a new flag: its group and its first klagepunkt (no personal data)."""
    first = min(point.pk for point in found.points)
    raw = f"{found.department_id}|{unit_key(found.unit)}|{found.ground}|{first}"
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class RefreshResult:
    created: int
    updated: int
    merged: int
    examined: int


def flags_refresh(*, today: dt.date | None = None) -> RefreshResult:
    """Find the clusters in the window ending ``today`` and record them as flags (see the module's rules)."""
    today = today or local_today()
    window = settings.INSIGHTS_SYSTEMIC_WINDOW_DAYS
    start = today - dt.timedelta(days=window - 1)
    decided = set(
        Flag.klagepunkter.through.objects.exclude(flag__status=FlagStatus.OPEN).values_list("klagepunkt_id", flat=True)
    )
    rows = (
        klagepunkter_received_between(start=start, end=today)
        .filter(department__isnull=False)
        .order_by("pk")
        .values_list("pk", "case_id", "department_id", "unit", "ground", "case__received_on", "description")
    )
    points = [Point(*row) for row in rows if row[0] not in decided]
    found = clusters_find(
        points, min_cases=settings.INSIGHTS_SYSTEMIC_MIN_CASES, threshold=settings.INSIGHTS_SYSTEMIC_SIMILARITY,
    )
    created = updated = merged = 0
    for cluster in found:
        outcome, absorbed = _flag_record(cluster, window=window)
        created += outcome == "created"
        updated += outcome == "updated"
        merged += absorbed
    return RefreshResult(created=created, updated=updated, merged=merged, examined=len(points))


def _flag_record(found: Found, *, window: int) -> tuple[str, int]:
    """Create or update the flag of ``found``: ("created" | "updated" | "unchanged", flags merged into it)."""
    pks = {point.pk for point in found.points}
    with transaction.atomic():
        sharing = Flag.objects.filter(klagepunkter__in=pks).values("pk")  # FOR UPDATE cannot take DISTINCT
        candidates = (
            Flag.objects.select_for_update()
            .filter(pk__in=sharing, status=FlagStatus.OPEN, department_id=found.department_id, ground=found.ground)
            .order_by("pk")
        )
        overlapping = [flag for flag in candidates if unit_key(flag.unit) == unit_key(found.unit)]
        fields = {"words": " ".join(found.words), "score": found.score, "window_days": window}
        if not overlapping:
            flag, created = Flag.objects.get_or_create(key=flag_key(found), defaults={
                "department_id": found.department_id, "unit": found.unit, "ground": found.ground,
                "first_received_on": min(point.received_on for point in found.points),
                "last_received_on": max(point.received_on for point in found.points), **fields,
            })
            if created:
                flag.klagepunkter.set(pks)
                return "created", 0
            overlapping = [flag]
        target, others = overlapping[0], overlapping[1:]
        held = set(target.klagepunkter.values_list("pk", flat=True))
        for other in others:
            pks |= set(other.klagepunkter.values_list("pk", flat=True))
            other.delete()
        target.klagepunkter.add(*(pks - held))
        dates = list(target.klagepunkter.values_list("case__received_on", flat=True))
        wanted = {**fields, "first_received_on": min(dates), "last_received_on": max(dates)}
        if pks <= held and all(getattr(target, name) == value for name, value in wanted.items()):
            return "unchanged", 0
        for name, value in wanted.items():
            setattr(target, name, value)
        target.save()
        return "updated", len(others)
