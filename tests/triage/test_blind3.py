"""A third blind set: 100 cases (c001-c100) written before the engine was read, imitating the
external test authors: the dev cases' registers and mix, with new wording and topics.

The engine is measured on cases written by other people; these cases stand in for them. The
verdict must be right in at least 9 of 10 cases; the other fields are reported per field
(run with ``-s`` to see the table and every failing case).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get
from tests.triage.cases import load, mismatches

BLIND3_CASES = Path(__file__).resolve().parent / "blind3_cases.jsonl"
TODAY = date(2026, 11, 27)
FIELDS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found")


def _field(problem: str) -> str:
    return problem.split(" ", 1)[0]


def score(config) -> tuple[dict[str, float], list[tuple[str, list[str]]]]:
    cases = load(BLIND3_CASES)
    wrong = {name: 0 for name in FIELDS}
    failures = []
    for case in cases:
        result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"),
                        config=config, today=TODAY).to_dict()
        problems = mismatches(result, case["expect"])
        for problem in problems:
            wrong[_field(problem)] += 1
        if problems:
            failures.append((case["id"], problems))
    return {name: 1 - wrong[name] / len(cases) for name in FIELDS}, failures


@pytest.fixture
def config(db):
    return triage_config_get()


def test_blind3_cases_are_there():
    assert len(load(BLIND3_CASES)) == 100


def test_blind3_accuracy(config):
    scores, failures = score(config)
    print()
    for case_id, problems in failures:
        print(f"  {case_id}: {'; '.join(problems)}")
    print("  " + "  ".join(f"{name}={value:.3f}" for name, value in scores.items()))
    assert scores["verdict"] >= 0.9, scores
