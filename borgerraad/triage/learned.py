"""The triage engine's learned component: a small linear model that advises on grounds and area (issue 12).

Rules (docs/triage.md, "The learned component"):

- Pure Python, like the rest of the engine: a trained model is plain weights (feature → one weight per
  class, an intercept per class), and scoring a text is a sparse dot product over dictionary look-ups.
  Training (scikit-learn) lives in ``triage.training`` and never runs inside the engine.
- The features of a text are the Snowball stems of its words (``text.tokens``, which the engine has
  already computed) and the pairs of neighbouring stems. A word holding a digit (a CPR or phone number, a
  date, an amount) is no feature and breaks the pairs around it, so no number is ever stored.
- Two heads: ``grounds`` (one-vs-rest: each ground's probability on its own, a sigmoid) and ``area``
  (multinomial over the department codes and ``-`` for none: a softmax). The model only advises: the
  rules ``learned.ground`` and ``learned.area`` (``triage.rules``) use it where the rules found nothing,
  and only above the thresholds stored with the weights.
- A model is a dict that ``LearnedModel.from_dict`` reads and ``training.model_train`` writes; the shipped
  default (trained on the repository's labelled sets alone) is ``default_model.json`` beside this file.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 1
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "default_model.json"
NO_AREA = "-"  # the area head's class for "no department"
TOP_WORDS = 5  # words shown in a finding's detail


def text_features(stems: Iterable[str]) -> set[str]:
    """The features of a text from its words' stems in order: each stem and each pair of neighbours.

    A stem holding a digit is left out and breaks the pairs around it."""
    found: set[str] = set()
    previous = None
    for word in stems:
        if any(char.isdigit() for char in word):
            previous = None
            continue
        found.add(word)
        if previous is not None:
            found.add(f"{previous} {word}")
        previous = word
    return found


@dataclass(frozen=True, slots=True)
class Prediction:
    """A head's best class, its probability, and the features that weighed most for it."""

    code: str
    probability: float
    words: tuple[str, ...]

    def detail(self) -> dict[str, Any]:
        return {"model": "learned", "probability": round(self.probability, 3), "words": list(self.words)}


@dataclass(frozen=True, slots=True)
class Head:
    """One linear classifier: ``weights[feature][i]`` is the feature's weight for ``classes[i]``."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]
    multinomial: bool

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Head:
        classes = tuple(data["classes"])
        weights = {feature: tuple(row) for feature, row in data["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()) or len(data["intercepts"]) != len(classes):
            raise ValueError("every weight row and the intercepts must have one value per class")
        return cls(classes=classes, intercepts=tuple(data["intercepts"]), weights=weights,
                   multinomial=bool(data["multinomial"]))

    def to_dict(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "intercepts": list(self.intercepts), "multinomial": self.multinomial,
                "weights": {feature: list(row) for feature, row in sorted(self.weights.items())}}

    def probabilities(self, features: Iterable[str]) -> tuple[list[float], list[str]]:
        """Each class's probability, and the features of the text the model knows."""
        scores = list(self.intercepts)
        known = []
        weights = self.weights
        for feature in features:
            row = weights.get(feature)
            if row is not None:
                known.append(feature)
                for index, weight in enumerate(row):
                    scores[index] += weight
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
        probability, code = max(ranked)
        index = self.classes.index(code)
        strongest = sorted(known, key=lambda feature: (-self.weights[feature][index], feature))[:TOP_WORDS]
        return Prediction(code, probability, tuple(f for f in strongest if self.weights[f][index] > 0))


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1 / (1 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1 + exp)


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """The trained model: the two heads, the thresholds chosen by cross-validation, and what it was trained on."""

    grounds: Head
    area: Head
    ground_threshold: float
    area_threshold: float
    info: Mapping[str, Any]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LearnedModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown model format {data.get('format')!r} (expected {FORMAT})")
        return cls(
            grounds=Head.from_dict(data["grounds"]), area=Head.from_dict(data["area"]),
            ground_threshold=float(data["thresholds"]["ground"]), area_threshold=float(data["thresholds"]["area"]),
            info=dict(data.get("info", {})),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "info": dict(self.info),
            "thresholds": {"ground": self.ground_threshold, "area": self.area_threshold},
            "grounds": self.grounds.to_dict(), "area": self.area.to_dict(),
        }


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
