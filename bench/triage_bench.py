"""Benchmark of the triage engine and the ``borgerraad triage`` command on ~1,000 cases.

Run: ``.venv/bin/python bench/triage_bench.py``. The cases are the labelled dev and extra cases,
varied (greetings, channel, answers, an extra sentence) up to 1,000. Speed is reported as cases
per second and as a ratio against a trivial baseline measured in the same run on the same texts
(lower-casing and splitting into words), so the figure means something on any machine. The whole
command (Django start-up included) is then timed once on the same 1,000 lines, and its CPU time with
start-up excluded (as ``borgerraad triage --timing`` counts it, best of three) gives its cases per second on
one core; the same on the held-out sets' texts (long fresh texts, only run and timed).
CPU time throughout (the machine may be shared); the load average is printed.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from borgerraad.core import defaults  # noqa: E402
from borgerraad.triage.engine import TriageConfig, triage  # noqa: E402
from borgerraad.triage.learned import default_model  # noqa: E402

HELDOUT = REPO / "tests" / "triage" / "heldout"
CASE_FILES = [REPO / "tests" / "triage" / "data" / "dev_cases.jsonl", REPO / "tests" / "triage" / "extra_cases.jsonl"]
GREETINGS = ["", "Hej. ", "Kære Borgerrådgiver\n", "Til rette vedkommende. "]
ENDINGS = ["", " Med venlig hilsen", " Jeg håber I kan hjælpe.", " Tak på forhånd!\nMvh. Anna"]
ANSWERS = [None, {"contacted_unit": "no"}, {"contacted_unit": "yes_no_answer"}, {"received_date": "2026-11-20"}]
COUNT = 1000


def load_cases() -> list[dict]:
    base = [json.loads(line) for path in CASE_FILES if path.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = []
    for number, (case, greeting, ending, answers) in enumerate(zip(
        cycle(base), cycle(GREETINGS), cycle(ENDINGS), cycle(ANSWERS[::-1] + ANSWERS), strict=False,
    )):
        if number == COUNT:
            break
        cases.append({"id": f"b{number}", "text": greeting + case["text"] + ending,
                      "channel": case.get("channel"), "answers": case.get("answers") or answers})
    return cases


def best_of(runs: int, work) -> float:
    """The least CPU time of ``runs`` runs of ``work`` (CPU time: other work on the machine counts little)."""
    timings = []
    for _ in range(runs):
        start = time.process_time()
        work()
        timings.append(time.process_time() - start)
    return min(timings)


def main() -> None:
    cases = load_cases()
    texts = [case["text"] for case in cases]
    config = TriageConfig.from_dicts(
        departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
        council_names=[defaults.OFFICE["council_name"]], learned=default_model(),
    )

    def engine() -> None:
        for case in cases:
            triage(case["text"], answers=case["answers"], channel=case["channel"], config=config)

    def baseline() -> None:
        for text in texts:
            text.lower().split()

    engine()  # warm the stem cache, as a long-running process would be
    engine_seconds = best_of(3, engine)
    baseline_seconds = best_of(3, baseline)
    print(f"cases: {len(cases)}")
    print(f"engine: {len(cases) / engine_seconds:,.0f} cases/s ({engine_seconds * 1000:.0f} ms for all)")
    print(f"baseline (lower + split): {len(cases) / baseline_seconds:,.0f} cases/s")
    print(f"engine / baseline time ratio: {engine_seconds / baseline_seconds:,.0f}x")

    stdin = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases)
    borgerraad = str(Path(sys.executable).parent / "borgerraad")
    with tempfile.TemporaryDirectory() as var_dir:
        env = {**os.environ, "DJANGO_DEBUG": "true", "BORGERRAAD_VAR_DIR": var_dir,
               "DATABASE_URL": f"sqlite:///{var_dir}/bench.sqlite3"}
        subprocess.run([borgerraad, "migrate", "--verbosity", "0"], env=env, check=True, cwd=REPO)
        start = time.perf_counter()
        done = subprocess.run([borgerraad, "triage"], input=stdin, env=env, capture_output=True, text=True,
                              cwd=REPO, check=True)
        command_seconds = time.perf_counter() - start
        # CPU time of the command on one core, start-up excluded: as the command itself counts it
        # (``--timing``: from the first line read to the last line written), best of three runs, so other
        # work on the machine counts as little as possible. The start-up alone: a run on no input.
        startup = min(child_cpu_seconds(borgerraad, "", env) for _ in range(3))
        counted = min(command_cpu_seconds(borgerraad, stdin, env) for _ in range(3))
        # The long fresh texts: every held-out set's texts (only run and timed, never scored), as issue 12's speed is
        # also read on them (docs/triage.md, "Speed").
        long_cases = [{key: case.get(key) for key in ("id", "text", "channel", "answers")}
                      for path in sorted(HELDOUT.glob("*.jsonl"))
                      for case in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if case]
        long_stdin = "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in long_cases)
        long_counted = min(command_cpu_seconds(borgerraad, long_stdin, env) for _ in range(3))
    answered = sum(1 for line in done.stdout.splitlines() if "verdict" in json.loads(line))
    print(f"command (Django start-up included): {answered} of {len(cases)} lines answered "
          f"in {command_seconds:.2f} s")
    print(f"command, start-up excluded: {len(cases) / counted:,.0f} cases/s on one core "
          f"(CPU time {counted:.2f} s, counted by --timing; start-up {startup:.2f} s)")
    average = sum(len(case["text"]) for case in long_cases) / len(long_cases)
    print(f"command on the held-out texts ({len(long_cases)} lines, {average:.0f} characters on average), start-up "
          f"excluded: {len(long_cases) / long_counted:,.0f} cases/s on one core (CPU time {long_counted:.2f} s)")
    print(f"load average: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


def command_cpu_seconds(borgerraad: str, stdin: str, env: dict) -> float:
    """The CPU time ``borgerraad triage --timing`` reports for its lines (start-up excluded)."""
    done = subprocess.run([borgerraad, "triage", "--timing"], input=stdin, env=env, capture_output=True, text=True,
                          cwd=REPO, check=True)
    return float(re.search(r"lines in ([0-9.]+) s of CPU time", done.stderr).group(1))


def child_cpu_seconds(borgerraad: str, stdin: str, env: dict) -> float:
    """User and system CPU time of one ``borgerraad triage`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([borgerraad, "triage"], input=stdin, env=env, capture_output=True, text=True, cwd=REPO,
                   check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


if __name__ == "__main__":
    main()
