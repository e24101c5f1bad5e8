"""Score labelled cases through ``borgerraad triage`` (the contract's command), field by field."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.triage.cases import load, mismatches  # noqa: E402

FIELDS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--failures", action="store_true", help="list every case with a wrong field")
    args = parser.parse_args()
    cases = load(args.path)
    inputs = "".join(json.dumps({k: v for k, v in case.items() if k != "expect"}, ensure_ascii=False) + "\n"
                     for case in cases)
    run = subprocess.run([str(REPO / ".venv/bin/borgerraad"), "triage"], input=inputs, capture_output=True,
                         text=True, check=True)
    results = {line["id"]: line for line in map(json.loads, run.stdout.splitlines())}
    wrong = dict.fromkeys(FIELDS, 0)
    fully = 0
    for case in cases:
        problems = mismatches(results[case["id"]], case["expect"])
        for problem in problems:
            wrong[problem.split(" ", 1)[0]] += 1
        fully += not problems
        if problems and args.failures:
            print(f"{case['id']}: {'; '.join(problems)}")
    print(f"{args.path} ({len(cases)} cases): fully right {fully / len(cases):.3f}  "
          + "  ".join(f"{field} {1 - wrong[field] / len(cases):.3f}" for field in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
