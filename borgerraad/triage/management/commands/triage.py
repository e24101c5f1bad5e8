"""``borgerraad triage < cases.jsonl > verdicts.jsonl`` (docs/triage-contract.md).

Rules: one JSON line out per line in, same order and ``id``; a line that is not a JSON object
with a string ``text`` gets ``{"id": ..., "error": "..."}`` (``id`` null when unreadable) and the
run goes on; blank lines are skipped; exit 0 when every line was answered. The configuration is
read once per run, from the database or, without one, from the defaults. A letter with several matters
also gets ``matters`` (each matter's own answer; an extra key the contract allows). ``--timing`` writes the
lines answered and their CPU time to stderr at the end: the command's speed with start-up excluded, as
issue 12 measures it (docs/triage.md, "Speed").
"""

from __future__ import annotations

import gc
import json
import sys
import time
from typing import Any

from django.core.management.base import BaseCommand

from borgerraad.language.lemmas import lemma
from borgerraad.triage.engine import TriageConfig, triage
from borgerraad.triage.selectors import triage_config_get

GC_YOUNG_THRESHOLD = 70_000
CONTRACT_KEYS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning", "cpr_found", "explanation")


class Command(BaseCommand):
    help = "Triage henvendelser: JSON lines on stdin, one verdict line per case on stdout."
    # Tests pass a stream instead of the process's stdin.
    stealth_options = ("stdin",)

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--details", action="store_true",
            help="Also output the matched rules, klagepunkter and the English explanation.",
        )
        parser.add_argument(
            "--timing", action="store_true",
            help="At the end, write to stderr the lines answered and the CPU time they took, start-up excluded.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        config = triage_config_get()
        lemma("afslag")  # the lemmatiser's word list is read once, at start-up, not on the first case
        gc.freeze()  # what start-up built lives as long as the run: the garbage collector need not walk it again
        # A case leaves little cyclic garbage, but makes thousands of short-lived objects: with the default threshold
        # (700) the collector ran every few hundred of them, about 3 % of the time on long texts (docs/triage.md,
        # "Speed"); it still runs, a hundred times less often.
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        stdin = options.get("stdin") or sys.stdin
        out = self.stdout
        started, answered = time.process_time(), 0  # after start-up: settings, configuration, word list
        for raw in stdin:
            if not raw.strip():
                continue
            answer = self._answer(raw, config, details=options["details"])
            out.write(json.dumps(answer, ensure_ascii=False))
            answered += 1
        if options.get("timing"):
            out.flush()
            seconds = time.process_time() - started
            rate = f"{answered / seconds:,.0f} lines/s" if seconds > 0 else "too quick to measure"
            self.stderr.write(f"triage: {answered} lines in {seconds:.3f} s of CPU time ({rate}), start-up excluded")

    def _answer(self, raw: str, config: TriageConfig, *, details: bool) -> dict[str, Any]:
        try:
            case = json.loads(raw)
        except json.JSONDecodeError as error:
            return {"id": None, "error": f"not valid JSON: {error.msg}"}
        if not isinstance(case, dict):
            return {"id": None, "error": "a line must be a JSON object"}
        case_id = case.get("id")
        text = case.get("text")
        answers = case.get("answers")
        if not isinstance(text, str):
            return {"id": case_id, "error": "text is missing or not a string"}
        if answers is not None and not isinstance(answers, dict):
            return {"id": case_id, "error": "answers must be an object"}
        try:
            result = triage(text, answers=answers, channel=case.get("channel"), config=config).to_dict()
        except Exception as error:  # one bad case must not stop the run (CONTRACT)
            return {"id": case_id, "error": f"{type(error).__name__}: {error}"}
        keys = result.keys() if details else (*CONTRACT_KEYS, *(("matters",) if "matters" in result else ()))
        return {"id": case_id, **{key: result[key] for key in keys}}
