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


def test_a_second_checkout_sharing_the_venv_is_scored_with_its_own_engine(tmp_path):
    # A checkout of another commit beside this one, sharing this one's .venv (whose editable install points here):
    # the script must run that checkout's engine, here one that answers "out_of_scope" to everything.
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "triage_score.py").write_text((REPO / "scripts" / "triage_score.py").read_text())
    (tmp_path / "tests" / "triage").mkdir(parents=True)
    for name in ("__init__.py", "triage/__init__.py", "triage/cases.py"):
        (tmp_path / "tests" / name).write_text((REPO / "tests" / name).read_text())
    (tmp_path / ".venv").symlink_to(REPO / ".venv")
    (tmp_path / "borgerraad").mkdir()
    (tmp_path / "borgerraad" / "__init__.py").write_text("")
    (tmp_path / "borgerraad" / "cli.py").write_text(
        "import json, sys\n"
        "def main():\n"
        "    for line in sys.stdin:\n"
        "        case = json.loads(line)\n"
        "        print(json.dumps({'id': case['id'], 'verdict': 'out_of_scope', 'grounds': [], 'exclusions': [],\n"
        "                          'refer_to': [], 'forvaltning': None, 'cpr_found': False}))\n"
        "    return 0\n")
    cases = REPO / "tests" / "triage" / "data" / "dev_cases.jsonl"
    done = subprocess.run([str(REPO / ".venv" / "bin" / "python"), str(tmp_path / "scripts" / "triage_score.py"),
                           str(cases)], capture_output=True, text=True, check=True,
                          env={**os.environ, "DJANGO_DEBUG": "true"})
    out_of_scope = sum('"verdict": "out_of_scope"' in line for line in cases.read_text().splitlines())
    assert f"verdict {out_of_scope / 45:.3f}" in done.stdout
