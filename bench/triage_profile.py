"""Where the triage engine spends its CPU time, over every labelled text: a sampling profile.

Run: ``.venv/bin/python bench/triage_profile.py [passes]``. The engine runs over every line of the
labelled sets (dev, extra, train, held-out, paraphrases; only timed, never scored) once to warm the caches,
then ``passes`` times (default 3) while a CPU-time timer (``ITIMER_PROF``) samples the stack.
Unlike cProfile, it adds no cost per call, and the time spent inside a regular expression or another C
function counts for the line of the engine that called it. Printed: the engine's lines where the samples
fell, and each function's share including what it called (docs/triage.md, "Speed").
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from borgerraad.core import defaults  # noqa: E402
from borgerraad.language.lemmas import lemma  # noqa: E402
from borgerraad.triage.engine import TriageConfig, triage  # noqa: E402
from borgerraad.triage.learned import default_model  # noqa: E402

TRIAGE = REPO / "tests" / "triage"
CASE_FILES = [TRIAGE / "data" / "dev_cases.jsonl", TRIAGE / "extra_cases.jsonl",
              *sorted((TRIAGE / "train").glob("*.jsonl")), *sorted((TRIAGE / "heldout").glob("*.jsonl")),
              *sorted((TRIAGE / "paraphrase").glob("*.jsonl"))]
INTERVAL = 0.0005  # seconds of CPU between samples asked for (the kernel's tick may space them wider)
OWN = ("/borgerraad/triage/", "/borgerraad/language/")


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    cases = [json.loads(line) for path in CASE_FILES for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    config = TriageConfig.from_dicts(departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
                                     council_names=[defaults.OFFICE["council_name"]], learned=default_model())
    lemma("afslag")  # the word list is read before the samples start

    def run() -> None:
        for case in cases:
            triage(case["text"], answers=case.get("answers"), channel=case.get("channel"), config=config,
                   today=date(2026, 11, 27))

    run()
    lines: Counter[str] = Counter()
    functions: Counter[str] = Counter()
    samples = 0

    def sample(_signal, frame) -> None:
        nonlocal samples
        samples += 1
        seen: set[str] = set()
        innermost = True
        while frame is not None:
            code = frame.f_code
            if any(part in code.co_filename for part in OWN):
                name = f"{Path(code.co_filename).name}:{code.co_name}"
                if innermost:
                    lines[f"{name}:{frame.f_lineno}"] += 1
                    innermost = False
                if name not in seen:
                    functions[name] += 1
                    seen.add(name)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    for _ in range(passes):
        run()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    seconds = time.process_time() - start
    print(f"{len(cases)} cases, {passes} passes, {seconds:.2f} s CPU ({len(cases) * passes / seconds:,.0f} cases/s), "
          f"{samples} samples; load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}")
    print("--- lines (innermost engine line of each sample)")
    for name, count in lines.most_common(40):
        print(f"{count / samples * 100:5.1f} %  {name}")
    print("--- functions, with what they call")
    for name, count in functions.most_common(50):
        print(f"{count / samples * 100:5.1f} %  {name}")


if __name__ == "__main__":
    main()
