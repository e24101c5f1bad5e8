"""Loading labelled triage cases and comparing a result with a case's ``expect`` (CONTRACT.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# The contract's labelled development cases (docs/triage-contract.md), copied into the repository.
DEV_CASES = Path(__file__).resolve().parent / "data" / "dev_cases.jsonl"
EXTRA_CASES = Path(__file__).resolve().parent / "extra_cases.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def mismatches(result: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """Every expected field that the result does not meet.

    ``grounds_any`` needs one shared code; ``exclusions`` and ``refer_to`` must be equal as sets;
    ``forvaltning`` and ``cpr_found`` must be equal. Fields absent from ``expect`` are not checked.
    """
    problems = []
    if result["verdict"] != expect["verdict"]:
        problems.append(f"verdict {result['verdict']} != {expect['verdict']}")
    if expect.get("grounds_any") and not set(expect["grounds_any"]) & set(result["grounds"]):
        problems.append(f"grounds {result['grounds']} share nothing with {expect['grounds_any']}")
    for key in ("exclusions", "refer_to"):
        if key in expect and set(result[key]) != set(expect[key]):
            problems.append(f"{key} {result[key]} != {expect[key]}")
    for key in ("forvaltning", "cpr_found"):
        if key in expect and result[key] != expect[key]:
            problems.append(f"{key} {result[key]} != {expect[key]}")
    return problems
