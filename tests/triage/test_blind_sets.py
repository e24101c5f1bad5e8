"""Blind sets: cases written before the engine was read, by the contract's rules.

The engine is measured on cases written by other people; these sets stand in for them. Each was
written by a different author before looking at the engine, and its failures were fixed with
general rules afterwards (docs/triage.md gives each set's blind baseline):

- ``heldout_cases.jsonl`` (h001-h120): varied authors and styles;
- ``blind2_cases.jsonl`` (b001-b100): deliberately unlike the dev cases (one-liners, long letters,
  implied contact, hedges);
- ``blind3_cases.jsonl`` (c001-c100): imitating the external test authors, in the dev cases' registers;
- ``data/blind4.jsonl`` (e001-e066): the department by the person affected (child, adult, elderly) and
  the appeal body by the kind of decision when the text does not name it;
- ``data/blind5.jsonl`` (f001-f037): the same two gaps in new words, written after the rules for
  blind4 and scored once before they were tuned (docs/triage.md gives both baselines);
- ``data/blind6.jsonl`` (g001-g025): the same gaps again, written after all tuning and scored untuned
  (64 %); the next round tuned on it (general rules only), so it is no longer blind;
- ``data/blind7.jsonl`` (k001-k036): written before that round, over all verdicts and departments (a few
  in English, some misspelt), scored before and after it and NOT tuned on: its floors are its score
  after the round less one case, the honest estimate for unseen text. Write a new set rather than
  fitting this one.

Each set has a floor per field, set from its figure after tuning less a small margin: the verdict must
be right in at least 9 of 10 cases of the first three sets; blind4 and blind5 also hold ``refer_to``
and ``forvaltning``, the fields they were written for. Run with ``-s`` to see the table and every
failing case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get
from tests.triage.cases import load, mismatches

HERE = Path(__file__).resolve().parent
SETS = {"heldout_cases.jsonl": 120, "blind2_cases.jsonl": 100, "blind3_cases.jsonl": 100,
        "data/blind4.jsonl": 66, "data/blind5.jsonl": 37, "data/blind6.jsonl": 25,
        "data/blind7.jsonl": 36}
# Floors per set and field: the figure after tuning less a margin (blind4 and blind5: 1.000 after).
FLOORS = {
    "heldout_cases.jsonl": {"verdict": 0.9},
    "blind2_cases.jsonl": {"verdict": 0.9},
    "blind3_cases.jsonl": {"verdict": 0.9},
    "data/blind4.jsonl": {"verdict": 0.95, "refer_to": 0.95, "forvaltning": 0.95},
    "data/blind5.jsonl": {"verdict": 0.95, "refer_to": 0.92, "forvaltning": 0.92},
    # blind6: untuned 0.88/0.68/0.84, tuned on after it: 1.000/1.000/1.000; floors less one case (of 25).
    "data/blind6.jsonl": {"verdict": 0.96, "refer_to": 0.96, "forvaltning": 0.96},
    # blind7: untuned, before 0.917/0.889/0.972, after 0.944/0.917/0.944; floors less one case (of 36).
    "data/blind7.jsonl": {"verdict": 0.91, "refer_to": 0.88, "forvaltning": 0.91},
}
TODAY = date(2026, 11, 27)
FIELDS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found")


def score(path: Path, config) -> tuple[dict[str, float], list[tuple[str, list[str]]]]:
    cases = load(path)
    wrong = dict.fromkeys(FIELDS, 0)
    failures = []
    for case in cases:
        result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"),
                        config=config, today=TODAY).to_dict()
        problems = mismatches(result, case["expect"])
        for problem in problems:
            wrong[problem.split(" ", 1)[0]] += 1
        if problems:
            failures.append((case["id"], problems))
    return {name: 1 - wrong[name] / len(cases) for name in FIELDS}, failures


@pytest.mark.parametrize(("name", "size"), SETS.items())
def test_the_set_is_complete(name, size):
    assert len(load(HERE / name)) == size


@pytest.mark.django_db
@pytest.mark.parametrize("name", SETS)
def test_the_set_meets_its_floors(name):
    scores, failures = score(HERE / name, triage_config_get())
    print()
    for case_id, problems in failures:
        print(f"  {case_id}: {'; '.join(problems)}")
    print("  " + "  ".join(f"{field}={value:.3f}" for field, value in scores.items()))
    below = {field: scores[field] for field, floor in FLOORS[name].items() if scores[field] < floor}
    assert not below, (below, scores)
