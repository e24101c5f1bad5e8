"""``scripts/triage-score``: the figures docs/triage.md reports, per set and pooled over several sets."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_several_sets_are_scored_each_and_pooled():
    done = subprocess.run([str(REPO / "scripts" / "triage-score"), "dev_cases", "train5"], capture_output=True,
                          text=True, check=True, env={**os.environ, "DJANGO_DEBUG": "true"})
    lines = done.stdout.splitlines()
    assert lines[0].startswith(str(REPO / "tests/triage/data/dev_cases.jsonl") + " (45 cases): fully right")
    assert lines[1].startswith(str(REPO / "tests/triage/train/train5.jsonl") + " (37 cases): fully right")
    assert lines[2].startswith("all 2 sets (82 cases): fully right") and "verdict" in lines[2]
