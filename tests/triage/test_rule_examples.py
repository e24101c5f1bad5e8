"""Each rule of ``triage/rules.py`` decides at least two labelled situations (issue 12).

A rule written for one test sentence is the thing issue 12 forbids. Here every rule of ``RULES`` is taken out
of the table in turn and the labelled cases that are not held out (dev, extra, train and their retellings, and
the retired held-out sets waiting in ``incoming/``) are answered again: the rule's examples are the cases
whose answer (verdict, grounds, exclusions, refer_to, forvaltning) changes without it. A rule must change the
answer of at least two different situations (a retelling counts as its source's situation; ``…a`` and ``…b``
tellings as one). Each case is read once (the features are fixed); only the rules that found something in it
run again without them, so the test is quick.

Two kinds of rule are shown differently, because the labelled texts alone never reach them:
- ``answers.*`` read the structured answers of the guide and the form: the dev and extra texts are answered
  with each of ``bench/triage_compare.py``'s structured-answer variants.
- ``letter.matters`` is written by the engine after the matters' own traces: its examples are the labelled
  letters whose matters get different verdicts, so the letter's answer is the matters' joined one.
- ``learned.*`` take the advice of the learned component, which an office can switch off: they are taken out
  of an engine configured with the shipped model (docs/triage.md, "The learned component"), and the other
  rules out of one without it, so that their examples do not depend on the setting.

The failure message lists the situations a rule was seen to decide, and a rule's examples are printed
with ``-s``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from borgerraad.core import defaults
from borgerraad.triage.engine import TriageConfig, triage
from borgerraad.triage.features import features_extract
from borgerraad.triage.learned import default_model
from borgerraad.triage.matters import matters_split
from borgerraad.triage.rules import RULES, Findings, rules_run
from borgerraad.triage.text import normalise
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LABELLED = [DEV_CASES, EXTRA_CASES, *sorted((HERE / "train").glob("*.jsonl")),
            *sorted((HERE / "incoming").glob("*.jsonl")), HERE / "paraphrase" / "paraphrases.jsonl"]
TODAY = date(2026, 12, 3)
LETTER_RULE = "letter.matters"
LEARNED_RULES = "learned."
MINIMUM = 2


def answer_variants() -> list[dict]:
    """The structured answers of ``bench/triage_compare.py`` (read from its source: bench is not a package)."""
    source = (REPO / "bench" / "triage_compare.py").read_text(encoding="utf-8")
    block = re.search(r"^ANSWER_VARIANTS = \[\n(.*?)^\]", source, re.S | re.M).group(1)
    return [json.loads(line.strip().rstrip(",")) for line in block.splitlines() if line.strip().startswith("{")]


def situation(case: dict) -> str:
    """The situation a case tells: a retelling's source, a pair's id without its ``a``/``b``."""
    return re.sub(r"(?<=\d)[ab]$", "", case.get("source") or case["id"])


def folded(findings: Findings, config) -> tuple:
    return (findings.verdict, tuple(sorted(findings.grounds)), tuple(sorted(findings.exclusions)),
            tuple(code for code in findings.refer if code in config.body_names), findings.forvaltning)


@pytest.fixture(scope="module")
def config():
    return TriageConfig.from_dicts(departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
                                   council_names=[defaults.OFFICE["council_name"]])


@pytest.fixture(scope="module")
def examples(config) -> dict[str, dict[str, list[str]]]:
    """Rule name → situation → the ids of its cases whose answer changes without the rule."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

    def ablate(case: dict, answers: dict, label: str, engine=config, prefix: str = "") -> None:
        """Take out each rule whose name starts with ``prefix`` in turn (from ``engine``'s answer)."""
        features = features_extract(case["text"], answers=answers, config=engine, today=TODAY)
        findings = rules_run(features)
        whole = folded(findings, engine)
        # A rule that found nothing left the findings as they were (rules read the features and the findings so far,
        # and change nothing else), so without it every later rule sees the same: only the rules that found
        # something are taken out.
        fired = {finding.rule for finding in findings.trace}
        for number, rule in enumerate(RULES):
            if rule.name.startswith(prefix) and rule.name in fired and folded(
                    rules_run(features, RULES[:number] + RULES[number + 1:]), engine) != whole:
                found[rule.name][situation(case)].append(label)

    labelled = [case for path in LABELLED for case in load(path)]
    for case in labelled:
        ablate(case, case.get("answers") or {}, case["id"])
    learned = TriageConfig.from_dicts(departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
                                      council_names=[defaults.OFFICE["council_name"]], learned=default_model())
    for case in labelled:
        ablate(case, case.get("answers") or {}, case["id"], engine=learned, prefix=LEARNED_RULES)
    for case in (case for path in (DEV_CASES, EXTRA_CASES) for case in load(path)):
        for variant in answer_variants():
            ablate(case, {**(case.get("answers") or {}), **variant}, f"{case['id']} with {variant}")
    for case in labelled:
        if matters_split(normalise(case["text"])):
            result = triage(case["text"], answers=case.get("answers"), config=config, today=TODAY)
            if len({matter["verdict"] for matter in result.matters}) > 1:
                found[LETTER_RULE][situation(case)].append(case["id"])
    return found


def test_every_rule_decides_two_labelled_situations(examples):
    # One test for all the rules, not one per rule: the examples are found in one pass over the labelled texts,
    # which a test per rule would repeat in each parallel worker that ran one of them.
    too_few = []
    for name in [rule.name for rule in RULES]:
        seen = examples.get(name, {})
        listed = {key: ids[:3] for key, ids in sorted(seen.items())[:12]}
        print(f"{name}: {len(seen)} situations, e.g. {listed}")
        if len(seen) < MINIMUM:
            too_few.append(f"the rule {name} changes the answer of {len(seen)} labelled situation(s) when it is "
                           f"taken out ({listed}); a rule needs two independent examples")
    assert not too_few, "\n".join(too_few)


def test_the_answer_variants_are_read(config):
    """The variants come from bench/triage_compare.py; an empty list would let the answers rules pass unseen."""
    variants = answer_variants()
    assert len(variants) >= 10 and all(isinstance(variant, dict) and variant for variant in variants)
