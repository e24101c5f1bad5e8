"""Score labelled cases through ``borgerraad triage`` (the contract's command), field by field."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.triage.cases import load, mismatches  # noqa: E402

FIELDS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found")
SET_DIRS = (REPO / "tests/triage/train", REPO / "tests/triage/heldout", REPO / "tests/triage/incoming",
            REPO / "tests/triage/data")


def set_path(name: str) -> Path:
    """A path as given, or a set's name: ``train9`` is ``tests/triage/train/train9.jsonl``."""
    path = Path(name)
    if path.exists():
        return path
    for folder in SET_DIRS:
        if (folder / f"{name}.jsonl").exists():
            return folder / f"{name}.jsonl"
    raise SystemExit(f"no such file or labelled set: {name}")


def pair_line(cases: list[dict], results: dict[str, dict]) -> str:
    """For sets whose situations are told twice (ids ``…a``, ``…b``): how often both get the same verdict."""
    verdicts: dict[str, set[str]] = {}
    tellings: dict[str, int] = {}
    for case in cases:
        situation = case["id"][:-1]
        verdicts.setdefault(situation, set()).add(results[case["id"]]["verdict"])
        tellings[situation] = tellings.get(situation, 0) + 1
    pairs = [situation for situation, count in tellings.items() if count == 2]
    if not pairs or not all(case["id"][-1] in "ab" for case in cases):
        return ""
    same = sum(len(verdicts[situation]) == 1 for situation in pairs)
    return f"  pair verdict stability {same / len(pairs):.3f} ({len(pairs)} situations)"


def command_env() -> dict[str, str]:
    """The command's environment: this checkout's code first. A second checkout (a ``git worktree`` of an older commit,
    to score the engine before a change) often shares the first one's ``.venv``, whose editable install points at the
    first checkout; without this, both would score the same engine."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH"))))}


def score(path: Path, *, failures: bool) -> tuple[list[dict], dict[str, dict], dict[str, int], int]:
    """Run the command on one set: its cases, the answers by id, the wrong count per field and the fully right."""
    cases = load(path)
    inputs = "".join(json.dumps({k: v for k, v in case.items() if k != "expect"}, ensure_ascii=False) + "\n"
                     for case in cases)
    run = subprocess.run([str(REPO / ".venv/bin/borgerraad"), "triage"], input=inputs, capture_output=True,
                         text=True, check=True, env=command_env())
    results = {line["id"]: line for line in map(json.loads, run.stdout.splitlines())}
    wrong = dict.fromkeys(FIELDS, 0)
    fully = 0
    for case in cases:
        problems = mismatches(results[case["id"]], case["expect"])
        for problem in problems:
            wrong[problem.split(" ", 1)[0]] += 1
        fully += not problems
        if problems and failures:
            print(f"{case['id']}: {'; '.join(problems)}")
    return cases, results, wrong, fully


def line(label: str, cases: list[dict], results: dict[str, dict], wrong: dict[str, int], fully: int) -> str:
    return (f"{label} ({len(cases)} cases): fully right {fully / len(cases):.3f}  "
            + "  ".join(f"{field} {1 - wrong[field] / len(cases):.3f}" for field in FIELDS)
            + pair_line(cases, results))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", type=set_path, nargs="+", metavar="path",
                        help=".jsonl files, or sets' names (train10, train30, heldout_2026_12v); several: each and all "
                        "together")
    parser.add_argument("--failures", action="store_true", help="list every case with a wrong field")
    args = parser.parse_args()
    pooled_cases: list[dict] = []
    pooled_results: dict[str, dict] = {}
    pooled_wrong = dict.fromkeys(FIELDS, 0)
    pooled_fully = 0
    for path in args.paths:
        cases, results, wrong, fully = score(path, failures=args.failures)
        print(line(str(path), cases, results, wrong, fully))
        pooled_cases += cases
        pooled_results.update(results)
        pooled_fully += fully
        for field in FIELDS:
            pooled_wrong[field] += wrong[field]
    if len(args.paths) > 1:
        print(line(f"all {len(args.paths)} sets", pooled_cases, pooled_results, pooled_wrong, pooled_fully))
    return 0


if __name__ == "__main__":
    sys.exit(main())
