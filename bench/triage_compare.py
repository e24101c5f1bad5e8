"""Compare the triage engine's answers with those of another commit, case by case.

Run: ``.venv/bin/python bench/triage_compare.py [--against <commit>]`` (default: the commit where this
branch left ``main``). For a change that must not
change behaviour (a restructuring, a speed-up): every labelled case that is not held out
(``tests/triage/data/dev_cases.jsonl``, ``tests/triage/extra_cases.jsonl``, ``tests/triage/train/*.jsonl``;
never ``tests/triage/heldout/``), each as written and once with each of a few structured answers from
the guide and the form (``ANSWER_VARIANTS``), goes through the engine of the working tree and through
the engine of ``--against`` (its ``borgerraad/`` extracted with ``git archive`` and run in a separate
process). Every field of ``TriageResult.to_dict()`` except the trace (``rules``) must be equal: verdict,
grounds, exclusions, refer_to, forvaltning, cpr_found, both explanations, verdict_rule and klagepunkter.
Exit 1 and list the differences when any field differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CASE_FILES = [
    REPO / "tests" / "triage" / "data" / "dev_cases.jsonl",
    REPO / "tests" / "triage" / "extra_cases.jsonl",
    *sorted((REPO / "tests" / "triage" / "train").glob("*.jsonl")),
]
TODAY = date(2026, 11, 27)  # fixed, so both runs read the one-year rule alike
# Structured answers that take the engine's other paths (topic, chosen department, another authority,
# already with a body, first contact, dates).
ANSWER_VARIANTS = [
    {"contacted_unit": "no"},
    {"contacted_unit": "yes_no_answer", "received_date": "2026-11-20"},
    {"event_date": "2025-06-01", "received_date": "2026-11-20"},
    {"topic": "afgoerelse"},
    {"topic": "vejledning_om_klage", "forvaltning": "BIF"},
    {"topic": "adfaerd", "contacted_unit": "no"},
    {"topic": "ansaettelse"},
    {"forvaltning": "SUF", "about_municipality": "no", "other_authority": "udbetaling_danmark"},
    {"about_municipality": "no"},
    {"already_with": "ankestyrelsen"},
    {"already_with": "other", "topic": "politisk"},
]


def load_cases() -> list[dict]:
    cases = []
    for path in CASE_FILES:
        assert "heldout" not in path.parts
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            cases.append({"id": case["id"], "text": case["text"], "channel": case.get("channel"),
                          "answers": case.get("answers")})
            for number, variant in enumerate(ANSWER_VARIANTS):
                cases.append({"id": f"{case['id']}/{number}", "text": case["text"], "channel": case.get("channel"),
                              "answers": {**(case.get("answers") or {}), **variant}})
    return cases


def answers_of(cases: list[dict]) -> list[dict]:
    """The engine's answers (without the trace), with the engine on ``sys.path`` as it is."""
    from borgerraad.core import defaults
    from borgerraad.triage.engine import TriageConfig, triage

    assert Path(sys.modules[triage.__module__].__file__).is_relative_to(sys.path[0]), "engine from elsewhere"
    config = TriageConfig.from_dicts(
        departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
        council_names=[defaults.OFFICE["council_name"]],
    )
    results = []
    for case in cases:
        result = triage(case["text"], answers=case["answers"], channel=case["channel"], config=config,
                        today=TODAY).to_dict()
        result.pop("rules")
        results.append(result)
    return results


def answers_at(ref: str, cases: list[dict]) -> list[dict]:
    """The answers of the engine at commit ``ref``, run in a separate process on its own sources."""
    archive = subprocess.run(["git", "archive", "--format=tar", ref, "borgerraad"], cwd=REPO, check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryDirectory() as root:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(root, filter="data")
        done = subprocess.run([sys.executable, __file__, "--emit", root], input=json.dumps(cases), text=True,
                              capture_output=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="the commit to compare with (default: where this branch left main)")
    parser.add_argument("--emit", metavar="ROOT", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.emit:
        sys.path.insert(0, options.emit)
        print(json.dumps(answers_of(json.load(sys.stdin)), ensure_ascii=False))
        return 0
    sys.path.insert(0, str(REPO))
    against = options.against or subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=REPO, check=True, capture_output=True, text=True,
    ).stdout.strip()
    cases = load_cases()
    old = answers_at(against, cases)
    new = answers_of(cases)
    differences = [
        (case["id"], key, before[key], after.get(key))
        for case, before, after in zip(cases, old, new, strict=True) for key in before
        if before[key] != after.get(key)
    ]
    for case_id, key, before, after in differences[:40]:
        print(f"{case_id} {key}: {before!r} -> {after!r}")
    print(f"{len(cases)} cases compared with {against}: "
          f"{len({case_id for case_id, *_ in differences})} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
