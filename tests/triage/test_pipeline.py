"""The engine as a pipeline: features fixed once, a table of named rules with sources, the answer from the trace."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from borgerraad.core import defaults
from borgerraad.triage.engine import EXCLUSIONS, GROUNDS, TriageConfig, triage
from borgerraad.triage.features import features_extract
from borgerraad.triage.rules import RULES, rules_run, rules_table
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load

TODAY = date(2026, 11, 25)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "triage.md"
EMPLOYEE = ("Jeg er ansat som pædagog i kommunen, og min leder har været uhøflig og råbt af mig. "
            "Jeg er blevet forbigået ved lønforhandlingen.")


@pytest.fixture(scope="module")
def config() -> TriageConfig:
    return TriageConfig.from_dicts(
        departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
        council_names=[defaults.OFFICE["council_name"]],
    )


def replay(trace: list[dict]) -> dict:
    """The answer a reader gets by folding the trace in order, as docs/triage.md ("Reading a trace") says."""
    grounds, exclusions, refer = {}, {}, {}
    answer = {"forvaltning": None, "verdict": None, "verdict_rule": None}
    for entry in trace:
        kind, code = entry["kind"], entry["code"]
        if kind in ("ground", "exclusion", "refer"):
            {"ground": grounds, "exclusion": exclusions, "refer": refer}[kind].setdefault(code, True)
        elif kind == "drop_ground":
            grounds.pop(code)
        elif kind == "department":
            answer["forvaltning"] = code
        elif kind == "verdict":
            answer["verdict"], answer["verdict_rule"] = code, entry["matched"]["rule"]
    answer["grounds"] = [code for code in GROUNDS if code in grounds]
    answer["exclusions"] = [code for code in EXCLUSIONS if code in exclusions]
    answer["refer"] = list(refer)
    return answer


@pytest.mark.parametrize("case", load(DEV_CASES) + load(EXTRA_CASES), ids=lambda case: case["id"])
def test_the_trace_explains_every_field_of_the_answer(case, config):
    result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"), config=config,
                    today=TODAY)
    replayed = replay(result.rules)
    assert (replayed["verdict"], replayed["verdict_rule"]) == (result.verdict, result.verdict_rule)
    assert replayed["grounds"] == result.grounds and replayed["exclusions"] == result.exclusions
    assert replayed["forvaltning"] == result.forvaltning
    assert [code for code in replayed["refer"] if code in config.body_names] == result.refer_to
    assert {entry["rule"] for entry in result.rules} <= {rule.name for rule in RULES}


def test_a_dropped_ground_is_a_finding_of_its_own(config):
    result = triage(EMPLOYEE, config=config, today=TODAY)
    assert result.grounds == [] and result.exclusions == ["ansaettelse"] and result.verdict == "out_of_scope"
    found = [(entry["rule"], entry["kind"], entry["code"]) for entry in result.rules]
    assert found.index(("ground.adfaerd", "ground", "adfaerd")) < found.index(
        ("drop.grounds_ansaettelse", "drop_ground", "adfaerd"))


def test_features_are_fixed_and_the_rules_pure(config):
    features = features_extract(EMPLOYEE, answers={}, config=config, today=TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        features.norm = "noget andet"
    first, second = rules_run(features), rules_run(features)
    assert first.trace == second.trace  # nothing a rule did changed what the next run sees
    halfway = rules_run(features, RULES[:20])
    before = (dict(halfway.grounds), dict(halfway.exclusions), halfway.trace)
    for rule in RULES[20:]:
        rule.apply(features, halfway)
    assert (dict(halfway.grounds), dict(halfway.exclusions), halfway.trace) == before


def test_every_rule_has_a_unique_name_and_a_source():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        assert any(source in rule.source for source in ("seed", "docs/triage-contract.md", "docs/triage.md"))
        assert rule.summary, rule.name


def test_the_rules_table_in_the_docs_is_the_one_in_the_code():
    assert rules_table() in DOCS.read_text(encoding="utf-8"), (
        "docs/triage.md's rules table differs from RULES; paste the output of "
        "`.venv/bin/python -c 'from borgerraad.triage.rules import rules_table; print(rules_table())'`"
    )
