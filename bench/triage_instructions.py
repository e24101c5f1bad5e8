"""The triage engine over 300 labelled texts, ``repeat`` times: run under callgrind to count instructions.

Instruction counts do not move with the load of a shared machine. Run it twice and subtract, so that the
imports and the word list (start-up) cancel out::

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.0 .venv/bin/python bench/triage_instructions.py 0
    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.2 .venv/bin/python bench/triage_instructions.py 2

The difference of the two "Collected" totals over 600 is the instructions of one case (docs/triage.md, "Speed").
The texts are only run, never scored (the held-out sets among them stay unseen). Options after ``repeat``:
``--learned`` runs the engine with the shipped learned model (docs/triage.md, "The learned component"), and
``--no-heldout`` leaves the held-out sets' texts out (for a measurement that must not read them at all).
``--long`` takes the long fresh texts instead: every fourth line of the held-out sets and ``train14`` (720 texts with
fifteen held-out sets of 180; count them, ``len(cases)``, before dividing), with
the shipped learned model, the collector frozen after start-up and each answer made a dict, as the command does
(docs/triage.md, "Speed work of 4 December 2026, sixth round").
"""

from __future__ import annotations

import gc
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from borgerraad.core import defaults  # noqa: E402
from borgerraad.language.lemmas import lemma  # noqa: E402
from borgerraad.triage.engine import TriageConfig, triage  # noqa: E402
from borgerraad.triage.learned import default_model  # noqa: E402

TRIAGE = REPO / "tests" / "triage"
TRAIN_FILES = [TRIAGE / "data" / "dev_cases.jsonl", TRIAGE / "extra_cases.jsonl",
               *sorted((TRIAGE / "train").glob("*.jsonl"))]
COUNT = 300


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    long = "--long" in sys.argv
    if long:
        files = [*sorted((TRIAGE / "heldout").glob("*.jsonl")), TRIAGE / "train" / "train14.jsonl"]
    else:
        files = TRAIN_FILES + ([] if "--no-heldout" in sys.argv else sorted((TRIAGE / "heldout").glob("*.jsonl")))
    cases = [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    cases = cases[::4] if long else cases[::max(1, len(cases) // COUNT)][:COUNT]
    config = TriageConfig.from_dicts(departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
                                     council_names=[defaults.OFFICE["council_name"]],
                                     learned=default_model() if long or "--learned" in sys.argv else None)
    lemma("afslag")  # the word list is start-up
    if long:
        gc.freeze()  # as the command does after its start-up
    for _ in range(repeat):
        for case in cases:
            result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"), config=config,
                            today=date(2026, 11, 27))
            if long:
                result.to_dict()


if __name__ == "__main__":
    main()
