"""The triage engine's learned component: a small linear model that advises on grounds, area and exclusions (issue 12).

Rules (docs/triage.md, "The learned component"):

- Pure Python, like the rest of the engine: a trained model is plain weights (feature → one weight per
  class, an intercept per class), and scoring a text is a sparse dot product over dictionary look-ups.
  Training (scikit-learn) lives in ``triage.training`` and never runs inside the engine.
- The features of a text are the Snowball stems of its words (``text.tokens``, which the engine has
  already computed) and the pairs of neighbouring stems. A word holding a digit (a CPR or phone number, a
  date, an amount) is no feature and breaks the pairs around it, so no number is ever stored.
- The area head reads content words only: a function word (``STOP_WORDS``, Snowball's Danish and English
  stop lists) is no feature for it and breaks the pairs around it, like a number, so that no department is
  guessed from "i", "den", "gang i". A head says which features it reads (``Head.features``).
- Three heads: ``grounds`` (one-vs-rest: each ground's probability on its own, a sigmoid), ``area``
  (multinomial over the department codes and ``-`` for none: a softmax) and ``exclusions`` (one-vs-rest over
  the exclusions it was trained for: a decision the citizen wants changed). The model only advises: the
  rules ``learned.area``, ``learned.exclusion`` and ``learned.ground`` (``triage.rules``) use it where the
  rules found nothing, and only above the thresholds stored with the weights (and, for the area, by a margin
  over the runner-up). A model without an ``exclusions`` head (an older one) never advises on exclusions.
- A model is a dict that ``LearnedModel.from_dict`` reads and ``training.model_train`` writes; the shipped
  default (trained on the repository's labelled sets alone) is ``default_model.json`` beside this file.
- A fourth head, ``beside`` (one class, a sigmoid), reads letters in which the rules found a decision or a
  political choice to change and no ground: is there also a complaint the office can take (a delay, a remark, a
  task left undone) beside it? Trained on the labelled letters with such an exclusion, the ones with a ground as
  its positives. The rule ``learned.beside`` then takes the grounds head's best ground among the grounds that can
  stand beside a decision (``BESIDE_GROUNDS``), above the head's threshold.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import reduce
from operator import add
from pathlib import Path
from typing import Any

FORMAT = 1
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "default_model.json"
NO_AREA = "-"  # the area head's class for "no department"
# The exclusions whose letters the beside head reads (trained on, and asked about): a decision or a political choice.
BESIDE_EXCLUSIONS = ("afgoerelse", "politisk")
# The grounds a complaint beside a decision can have: how the matter was handled, not the decision's content.
BESIDE_GROUNDS = ("sagsbehandling", "adfaerd", "praktisk_opgave", "diskrimination")
TOP_WORDS = 5  # words shown in a finding's detail
ALL = "all"  # a head reading every stem and pair (``text_features``)
CONTENT = "content"  # a head reading content words only (``content_features``)

# Function words, as written (lower case), never a feature of a head that reads content words. The Snowball
# project's stop lists for Danish (94 words) and English (127 words), as published with the Snowball stemmers
# (snowballstem.org/algorithms/danish/stop.txt and english/stop.txt, BSD licence; the same lists PostgreSQL
# ships as tsearch_data/danish.stop and english.stop). The engine's stems are Snowball's Danish stems.
STOP_WORDS = frozenset("""
og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun
nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog
noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine
vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
it its itself they them their theirs themselves what which who whom this that these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while of at by for with
about against between into through during before after above below to from up down in out on off over under
again further then once here there when where why how all any both each few more most other some such no nor not
only own same so than too very s t can will just don should now
""".split()) | {"dens", "dets", "dennes"}  # possessives of "den", "det", "denne": not on the Danish list


def text_features(stems: Iterable[str]) -> set[str]:
    """The features of a text from its words' stems in order: each stem and each pair of neighbours.

    A stem holding a digit is left out and breaks the pairs around it; so does an empty one (a word left out:
    ``content_features``)."""
    found: set[str] = set()
    previous = None
    for word in stems:
        if not word or any(map(str.isdigit, word)):  # ``map``: no generator frame per word
            previous = None
            continue
        found.add(word)
        if previous is not None:
            found.add(f"{previous} {word}")
        previous = word
    return found


def content_features(words: Iterable[tuple[str, str]]) -> set[str]:
    """``text_features`` of the content words: ``words`` are (word as written, stem) in order; a function word
    (``STOP_WORDS``) is left out and breaks the pairs around it."""
    return text_features("" if word in STOP_WORDS else stem for word, stem in words)


@dataclass(frozen=True, slots=True)
class Prediction:
    """A head's best class, its probability, the runner-up's, and the features that weighed most for it."""

    code: str
    probability: float
    words: tuple[str, ...]
    runner_up: float = 0.0

    def detail(self) -> dict[str, Any]:
        return {"model": "learned", "probability": round(self.probability, 3), "words": list(self.words)}


@dataclass(frozen=True, slots=True)
class Head:
    """One linear classifier: ``weights[feature][i]`` is the feature's weight for ``classes[i]``."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    multinomial: bool
    features: str = ALL  # which features it reads: ALL (text_features) or CONTENT (content_features)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Head:
        classes = tuple(data["classes"])
        weights = {feature: tuple(row) for feature, row in data["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()) or len(data["intercepts"]) != len(classes):
            raise ValueError("every weight row and the intercepts must have one value per class")
        features = data.get("features", ALL)
        if features not in (ALL, CONTENT):
            raise ValueError(f"unknown features {features!r} (expected {ALL!r} or {CONTENT!r})")
        return cls(classes=classes, intercepts=tuple(data["intercepts"]), weights=weights,
                   multinomial=bool(data["multinomial"]), features=features)

    def to_dict(self) -> dict[str, Any]:
        data = {"classes": list(self.classes), "intercepts": list(self.intercepts), "multinomial": self.multinomial,
                "weights": {feature: list(row) for feature, row in sorted(self.weights.items())}}
        if self.features != ALL:
            data["features"] = self.features
        return data

    def probabilities(self, features: Iterable[str]) -> tuple[list[float], list[str]]:
        """Each class's probability, and the features of the text the model knows."""
        weights = self.weights
        known = [feature for feature in features if feature in weights]
        # Each class's score is its intercept plus the known features' weights added one by one in the features'
        # order (``reduce``, a left fold in C, not ``sum``, whose compensated summation would round otherwise):
        # the same sums, bit for bit, as adding row by row.
        if known:
            columns = zip(*map(weights.__getitem__, known), strict=True)  # a row has one weight per class
            scores = [reduce(add, column, start) for start, column in zip(self.intercepts, columns, strict=True)]
        else:
            scores = list(self.intercepts)
        if self.multinomial:
            top = max(scores)
            exps = [math.exp(score - top) for score in scores]
            total = sum(exps)
            return [value / total for value in exps], known
        return [_sigmoid(score) for score in scores], known

    def predict(self, features: Iterable[str], *, among: Iterable[str] | None = None) -> Prediction | None:
        """The most probable class (of ``among`` when given), with the words that weighed most for it."""
        probabilities, known = self.probabilities(features)
        allowed = set(self.classes if among is None else among)
        ranked = [(p, code) for p, code in zip(probabilities, self.classes, strict=True) if code in allowed]
        if not ranked:
            return None
        ranked.sort(reverse=True)
        probability, code = ranked[0]
        index = self.classes.index(code)
        strongest = sorted(known, key=lambda feature: (-self.weights[feature][index], feature))[:TOP_WORDS]
        return Prediction(code, probability, tuple(f for f in strongest if self.weights[f][index] > 0),
                          runner_up=ranked[1][0] if len(ranked) > 1 else 0.0)


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1 / (1 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1 + exp)


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """The trained model: the heads, the thresholds chosen by cross-validation, and what it was trained on.

    ``area_margin``: the area's probability must exceed the runner-up's (``-`` among them) by at least this.
    ``exclusions`` is None in a model trained before it existed (or with no labelled exclusions); so is ``beside``
    (a model without it never finds a second matter beside a decision)."""

    grounds: Head
    area: Head
    ground_threshold: float
    area_threshold: float
    info: Mapping[str, Any]
    area_margin: float = 0.0
    exclusions: Head | None = None
    exclusion_threshold: float = 1.0
    beside: Head | None = None
    beside_threshold: float = 1.0

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LearnedModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown model format {data.get('format')!r} (expected {FORMAT})")
        thresholds = data["thresholds"]
        return cls(
            grounds=Head.from_dict(data["grounds"]), area=Head.from_dict(data["area"]),
            ground_threshold=float(thresholds["ground"]), area_threshold=float(thresholds["area"]),
            area_margin=float(thresholds.get("area_margin", 0.0)),
            exclusions=Head.from_dict(data["exclusions"]) if data.get("exclusions") else None,
            exclusion_threshold=float(thresholds.get("exclusion", 1.0)),
            beside=Head.from_dict(data["beside"]) if data.get("beside") else None,
            beside_threshold=float(thresholds.get("beside", 1.0)),
            info=dict(data.get("info", {})),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT, "info": dict(self.info),
            "thresholds": {"ground": self.ground_threshold, "area": self.area_threshold},
            "grounds": self.grounds.to_dict(), "area": self.area.to_dict(),
        }
        if self.area_margin:
            data["thresholds"]["area_margin"] = self.area_margin
        if self.exclusions is not None:
            data["exclusions"] = self.exclusions.to_dict()
            data["thresholds"]["exclusion"] = self.exclusion_threshold
        if self.beside is not None:
            data["beside"] = self.beside.to_dict()
            data["thresholds"]["beside"] = self.beside_threshold
        return data


_NUMBER_LIST = re.compile(r"\[[^\[\]{}\"]*\]")
_SPACE = re.compile(r"\s+")


def model_dumps(model: Mapping[str, Any]) -> str:
    """A model dict as the stable JSON text of the shipped file (sorted keys, one line a feature)."""
    text = json.dumps(model, ensure_ascii=False, sort_keys=True, indent=1)
    return _NUMBER_LIST.sub(lambda match: _SPACE.sub("", match.group()), text) + "\n"


def default_model() -> LearnedModel | None:
    """The shipped model (trained on the repository's labelled sets), or None when the file is missing."""
    try:
        data = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return LearnedModel.from_dict(data)
