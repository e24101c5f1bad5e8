"""Training the triage engine's learned component on-premise (docs/triage.md, "The learned component").

Rules:

- Examples are texts with the grounds and the department (or none) they should get: the repository's
  labelled sets (``repository_examples``: the train sets, the dev and extra cases and the retellings, never
  the held-out sets) and the office's own visitation decisions (``borgerraad triage_learn`` reads them from
  the klagepunkter). Nothing else: no hosted model, no download.
- Features are ``learned.text_features`` of the engine's own stems; only features found in at least
  ``MIN_DF`` texts are kept (a word of one letter alone, a name, is never stored), and none holds a digit.
- Three heads, scikit-learn's ``LogisticRegression`` with a fixed ``random_state`` and deterministic solvers,
  so training twice on the same examples gives the same weights: one binary model per ground (trained on
  the examples with a ground), one multinomial model for the area (every example; ``-`` is none; content
  words only, ``learned.content_features``) and one binary model per exclusion in ``EXCLUSIONS`` (trained on
  the examples whose exclusions are known: the labelled sets, not the office's decisions, which record none).
- A fourth head, ``beside``: one binary model trained on the examples with a decision or a political choice to
  change (``BESIDE``), positive when they also have a ground (``learned``'s docstring).
- The settings (``C_GROUNDS``, ``C_AREA``, the area's features and margin, the exclusions, the thresholds)
  were chosen by leave-one-set-out cross-validation over the labelled sets (``bench/triage_learned_cv.py``),
  never on a held-out set.
- The result is the plain dict that ``learned.LearnedModel.from_dict`` reads; weights are rounded to
  ``DIGITS`` decimals and a feature whose weights all round to zero is left out.

Imports scikit-learn, so it is not part of the pure engine: the engine only ever reads the weights.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borgerraad.triage.learned import (
    ALL,
    BESIDE_EXCLUSIONS,
    CONTENT,
    FORMAT,
    NO_AREA,
    content_features,
    text_features,
)
from borgerraad.triage.rules import GROUNDS
from borgerraad.triage.text import normalise, tokens

MIN_DF = 2
DIGITS = 4
RANDOM_STATE = 0
# Chosen by leave-one-set-out cross-validation (bench/triage_learned_cv.py; docs/triage.md).
C_GROUNDS = 1.0
C_AREA = 1.0
GROUND_THRESHOLD = 0.5
AREA_THRESHOLD = 0.25
AREA_FEATURES = CONTENT  # no department guessed from function words ("i", "den", "gang i")
AREA_MARGIN = 0.2  # the department's probability over the runner-up's, "no department" among them
NO_AREA_WEIGHT = 1.0  # the "no department" class's weight in the area head's training (2 and 3 did not help)
EXCLUSIONS = ("afgoerelse", "ansaettelse")  # the exclusions the exclusion head predicts (none: no head)
C_EXCLUSIONS = 1.0
EXCLUSION_THRESHOLD = 0.2
# What the exclusion head learns: an exclusion and no ground (what its rule then answers), or any exclusion.
EXCLUSION_ALONE = True
EXCLUSION_FEATURES = ALL
# The beside head: which exclusions make a letter one of its examples (none: no head), its C and threshold.
BESIDE = BESIDE_EXCLUSIONS
C_BESIDE = 1.0
BESIDE_THRESHOLD = 0.4
CV_FOLDS = 5

REPO = Path(__file__).resolve().parents[2]
LABELLED = REPO / "tests" / "triage"


@dataclass(frozen=True, slots=True)
class Example:
    """A text with what it should get: its grounds (any of them is right), its department (None: none) and its
    exclusions (None: not known, as for the office's decisions, which record no exclusion)."""

    text: str
    grounds: tuple[str, ...]
    area: str | None
    source: str = ""  # where it came from: a set's name, or "office"
    group: str = ""  # examples of one group stay in one fold of the cross-validation (a case and its retellings)
    exclusions: tuple[str, ...] | None = None


def example_features(text: str) -> set[str]:
    return text_features(token.stem for token in tokens(normalise(text)))


def example_content_features(text: str) -> set[str]:
    return content_features((token.text, token.stem) for token in tokens(normalise(text)))


def repository_sets() -> dict[str, Path]:
    """The labelled sets the model may learn from, by name: train/*, dev, extra (never heldout/)."""
    sets = {path.stem: path for path in sorted((LABELLED / "train").glob("*.jsonl"))}
    sets["dev"] = LABELLED / "data" / "dev_cases.jsonl"
    sets["extra"] = LABELLED / "extra_cases.jsonl"
    return sets


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def case_example(case: dict[str, Any], source: str) -> Example:
    expect = case["expect"]
    grounds = tuple(code for code in expect.get("grounds_any") or () if code in GROUNDS)
    return Example(text=case["text"], grounds=grounds, area=expect.get("forvaltning"), source=source,
                   group=case.get("source", case["id"]), exclusions=tuple(expect.get("exclusions") or ()))


def repository_examples(leave_out: Iterable[str] = ()) -> list[Example]:
    """The repository's labelled cases and their retellings as examples, without the sets named in ``leave_out``
    (and without the retellings of their cases)."""
    leave_out = set(leave_out)
    examples: list[Example] = []
    set_of: dict[str, str] = {}
    for name, path in repository_sets().items():
        for case in _read(path):
            set_of[case["id"]] = name
            if name not in leave_out:
                examples.append(case_example(case, name))
    for case in _read(LABELLED / "paraphrase" / "paraphrases.jsonl"):
        name = set_of.get(case["source"])
        if name is None:
            raise ValueError(f"retelling {case['id']} of an unknown case {case['source']}")
        if name not in leave_out:
            examples.append(case_example(case, f"{name} retold"))
    return examples


# --- Training ----------------------------------------------------------------------------------

def vocabulary(documents: Sequence[set[str]], min_df: int = MIN_DF) -> list[str]:
    counts = Counter(feature for document in documents for feature in document)
    return sorted(feature for feature, count in counts.items() if count >= min_df)


def _matrix(documents: Sequence[set[str]], index: dict[str, int]):
    from scipy.sparse import csr_matrix

    rows, columns = [], []
    for row, document in enumerate(documents):
        for column in sorted(index[feature] for feature in document if feature in index):
            rows.append(row)
            columns.append(column)
    return csr_matrix(([1.0] * len(rows), (rows, columns)), shape=(len(documents), len(index)))


def _fit_grounds(matrix, labels: Sequence[tuple[str, ...]], c: float,
                 codes: Sequence[str] = GROUNDS) -> tuple[list[list[float]], list[float]]:
    """One binary logistic regression per code (a ground): (weights per feature and code, intercepts)."""
    from sklearn.linear_model import LogisticRegression

    columns, intercepts = [], []
    for code in codes:
        target = [int(code in grounds) for grounds in labels]
        if len(set(target)) < 2:  # never (or always) seen: a constant, never above a threshold when never seen
            columns.append([0.0] * matrix.shape[1])
            intercepts.append(-10.0 if not any(target) else 10.0)
            continue
        model = LogisticRegression(C=c, solver="liblinear", random_state=RANDOM_STATE, max_iter=1000)
        model.fit(matrix, target)
        columns.append(model.coef_[0].tolist())
        intercepts.append(float(model.intercept_[0]))
    return [list(row) for row in zip(*columns, strict=True)], intercepts


def _fit_area(matrix, labels: Sequence[str], c: float,
              no_area_weight: float = 1.0) -> tuple[list[str], list[list[float]], list[float]]:
    from sklearn.linear_model import LogisticRegression

    weights = {NO_AREA: no_area_weight} if no_area_weight != 1.0 and NO_AREA in labels else None
    model = LogisticRegression(C=c, solver="lbfgs", random_state=RANDOM_STATE, max_iter=2000, class_weight=weights)
    model.fit(matrix, labels)
    classes = [str(code) for code in model.classes_]
    if len(classes) == 2:  # one row for the second class: a softmax over (0, score) is the same sigmoid
        return classes, [[0.0, weight] for weight in model.coef_[0].tolist()], [0.0, float(model.intercept_[0])]
    return classes, model.coef_.T.tolist(), model.intercept_.tolist()


def _head(classes: Sequence[str], rows: Sequence[Sequence[float]], intercepts: Sequence[float],
          features: Sequence[str], multinomial: bool) -> dict[str, Any]:
    weights = {}
    for feature, row in zip(features, rows, strict=True):
        rounded = [round(float(weight), DIGITS) + 0.0 for weight in row]
        if any(rounded):
            weights[feature] = rounded
    return {"classes": list(classes), "intercepts": [round(float(value), DIGITS) for value in intercepts],
            "multinomial": multinomial, "weights": weights}


def _vocabulary_index(documents: Sequence[set[str]]) -> tuple[list[str], dict[str, int]]:
    features = vocabulary(documents)
    return features, {feature: position for position, feature in enumerate(features)}


def _add_exclusion_head(model: dict[str, Any], examples: Sequence[Example], documents: Sequence[set[str]],
                        codes: Sequence[str], *, c: float, threshold: float, alone: bool, features: str) -> None:
    """The exclusion head, trained on the examples whose exclusions are known (none known: no head)."""
    known = [position for position, example in enumerate(examples) if example.exclusions is not None]
    if not known:
        return
    labels = [() if alone and examples[position].grounds else examples[position].exclusions for position in known]
    if features == CONTENT:
        known_documents = [example_content_features(examples[position].text) for position in known]
    else:
        known_documents = [documents[position] for position in known]
    names, index = _vocabulary_index(known_documents)
    rows, intercepts = _fit_grounds(_matrix(known_documents, index), labels, c, codes=codes)
    model["exclusions"] = _head(codes, rows, intercepts, names, multinomial=False)
    if features != ALL:
        model["exclusions"]["features"] = features
    model["thresholds"]["exclusion"] = threshold
    model["info"].update({"with_exclusions": len(known), "c_exclusions": c, "exclusion_alone": alone})


def _add_beside_head(model: dict[str, Any], examples: Sequence[Example], documents: Sequence[set[str]],
                     exclusions: Sequence[str], *, c: float, threshold: float) -> None:
    """The beside head: of the examples with one of ``exclusions`` (a decision or a political choice to change),
    which also have a ground (a complaint the office can take beside it). Too few of either: no head."""
    wanted = set(exclusions)
    known = [position for position, example in enumerate(examples)
             if example.exclusions is not None and wanted & set(example.exclusions)]
    labels = [("beside",) if examples[position].grounds else () for position in known]
    if len({bool(label) for label in labels}) < 2:
        return
    known_documents = [documents[position] for position in known]
    names, index = _vocabulary_index(known_documents)
    rows, intercepts = _fit_grounds(_matrix(known_documents, index), labels, c, codes=("beside",))
    model["beside"] = _head(("beside",), rows, intercepts, names, multinomial=False)
    model["thresholds"]["beside"] = threshold
    model["info"].update({"with_beside": len(known), "beside_positive": sum(map(bool, labels)), "c_beside": c,
                          "beside_exclusions": list(exclusions)})


def model_train(
    examples: Sequence[Example], *, c_grounds: float = C_GROUNDS, c_area: float = C_AREA,
    ground_threshold: float = GROUND_THRESHOLD, area_threshold: float = AREA_THRESHOLD,
    area_features: str = AREA_FEATURES, area_margin: float = AREA_MARGIN, no_area_weight: float = NO_AREA_WEIGHT,
    exclusions: Sequence[str] = EXCLUSIONS, c_exclusions: float = C_EXCLUSIONS,
    exclusion_threshold: float = EXCLUSION_THRESHOLD, exclusion_alone: bool = EXCLUSION_ALONE,
    exclusion_features: str = EXCLUSION_FEATURES, beside: Sequence[str] = BESIDE, c_beside: float = C_BESIDE,
    beside_threshold: float = BESIDE_THRESHOLD, info: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train the heads on ``examples``; the model as a plain dict (``learned.LearnedModel.from_dict``).

    The exclusion head (when ``exclusions`` names any) learns from the examples whose exclusions are known; with
    ``exclusion_alone`` an example counts for an exclusion only when it has no ground (a decision to change and a
    delay in the same letter is no matter to answer with the exclusion alone)."""
    if not examples:
        raise ValueError("no examples to train on")
    documents = [example_features(example.text) for example in examples]
    features, index = _vocabulary_index(documents)
    with_grounds = [position for position, example in enumerate(examples) if example.grounds]
    if not with_grounds:
        raise ValueError("no example has a ground")
    grounds_matrix = _matrix([documents[position] for position in with_grounds], index)
    ground_rows, ground_intercepts = _fit_grounds(
        grounds_matrix, [examples[position].grounds for position in with_grounds], c_grounds)
    areas = [example.area or NO_AREA for example in examples]
    if len(set(areas)) < 2:
        raise ValueError("the examples must name at least two areas (departments, or none)")
    area_documents = documents
    if area_features == CONTENT:
        area_documents = [example_content_features(example.text) for example in examples]
    area_names, area_index = _vocabulary_index(area_documents)
    area_classes, area_rows, area_intercepts = _fit_area(_matrix(area_documents, area_index), areas, c_area,
                                                         no_area_weight)
    area = _head(area_classes, area_rows, area_intercepts, area_names, multinomial=True)
    if area_features != ALL:
        area["features"] = area_features
    model = {
        "format": FORMAT,
        "info": {"examples": len(examples), "with_grounds": len(with_grounds), "features": len(features),
                 "min_df": MIN_DF, "c_grounds": c_grounds, "c_area": c_area, **(info or {})},
        "thresholds": {"ground": ground_threshold, "area": area_threshold},
        "grounds": _head(GROUNDS, ground_rows, ground_intercepts, features, multinomial=False),
        "area": area,
    }
    if area_margin:
        model["thresholds"]["area_margin"] = area_margin
    if exclusions:
        _add_exclusion_head(model, examples, documents, exclusions, c=c_exclusions, threshold=exclusion_threshold,
                            alone=exclusion_alone, features=exclusion_features)
    if beside:
        _add_beside_head(model, examples, documents, beside, c=c_beside, threshold=beside_threshold)
    return model


def _predictions(model: dict[str, Any], examples: Sequence[Example]) -> tuple[int, int, int, int]:
    from borgerraad.triage.learned import LearnedModel

    learned = LearnedModel.from_dict(model)
    grounds_right = grounds_total = area_right = 0
    for example in examples:
        features = example_features(example.text)
        if example.grounds:
            grounds_total += 1
            grounds_right += learned.grounds.predict(features).code in example.grounds
        if learned.area.features == CONTENT:
            features = example_content_features(example.text)
        area_right += learned.area.predict(features).code == (example.area or NO_AREA)
    return grounds_right, grounds_total, area_right, len(examples)


def cross_validate(examples: Sequence[Example], *, folds: int = CV_FOLDS, **settings: Any) -> dict[str, float]:
    """Accuracy of each head in ``folds``-fold cross-validation (a group's examples in one fold): the share of
    examples with grounds whose most probable ground is one of them, and of examples whose area is right."""
    from sklearn.model_selection import GroupKFold

    groups = [example.group or f"#{position}" for position, example in enumerate(examples)]
    if len(set(groups)) < folds:
        raise ValueError(f"{folds}-fold cross-validation needs at least {folds} examples")
    totals = [0, 0, 0, 0]
    for train, test in GroupKFold(n_splits=folds).split(examples, groups=groups):
        model = model_train([examples[position] for position in train], **settings)
        for position, value in enumerate(_predictions(model, [examples[position] for position in test])):
            totals[position] += value
    grounds_right, grounds_total, area_right, area_total = totals
    return {"grounds": grounds_right / grounds_total if grounds_total else 0.0, "area": area_right / area_total}
