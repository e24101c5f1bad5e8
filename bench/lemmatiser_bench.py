"""Which Danish lemmatiser: simplemma, lemmy or the Snowball stemmer (docs/adr/0007-danish-lemmatiser.md).

Run: ``.venv/bin/python bench/lemmatiser_bench.py`` (``--errors`` also lists each candidate's wrong
lemmas and wrong merges). A candidate whose library is not installed is skipped with a note;
``uv pip install --python .venv/bin/python lemmy`` adds it for a measurement without making it a
dependency. Everything runs offline, on one core, in this process (load times in a fresh one).

What it measures, on Danish text from the labelled cases (tests/triage: train, extra, dev and
paraphrase sets; never the held-out set):

- **speed**: words per second, (1) cold, every distinct word of the cases once with no cache: the
  cost of a word never seen before; (2) running text, every word of every case through a
  ``functools.lru_cache`` as a long-running process would; each as a time ratio against ``str.lower``
  on the same words in the same run, so the figure means something on any machine; (3) cases per
  second, every case text split into words and lemmatised from an empty cache; and the time to
  load the library and answer its first word in a fresh interpreter, with the memory that takes.
- **quality** on the hand-written gold list ``bench/data/danish_lemma_gold.tsv``: accuracy (the key is
  the gold lemma; lemmatisers only, a stemmer gives no lemma), and grouping over the forms with one
  reading: recall (of the pairs of forms with one lemma, the share given one key) and precision (of the
  pairs given one key, the share with one lemma), plus the pairs merged across word families
  (unrelated words, e.g. "lov" and "love").
- **coverage** on the case texts: the share of words the candidate changes, and the share it does not
  know: not in its dictionary and left as they were, so not even taken apart as a compound (simplemma;
  lemmy and Snowball have no dictionary to miss). English words in the few English cases count as unknown.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from borgerraad.language import lemmas as chosen  # noqa: E402
from borgerraad.language.lemmas import words  # noqa: E402

CASE_FILES = sorted((REPO / "tests" / "triage" / "train").glob("*.jsonl")) + [
    REPO / "tests" / "triage" / "extra_cases.jsonl",
    REPO / "tests" / "triage" / "data" / "dev_cases.jsonl",
    REPO / "tests" / "triage" / "paraphrase" / "paraphrases.jsonl",
]
GOLD = REPO / "bench" / "data" / "danish_lemma_gold.tsv"
TARGET_CASES_PER_SECOND = 1000


@dataclass
class Candidate:
    name: str
    key: Callable[[str], str]  # word -> grouping key (the lemma; the stem for Snowball)
    fresh_key: Callable[[], Callable[[str], str]]  # a new instance without any cache of its own
    load_code: str  # Python that loads the library and answers one word (timed in a fresh process)
    is_lemmatiser: bool = True
    known: Callable[[str], bool] | None = None
    choices: Callable[[str], list[str]] | None = None  # every lemma offered (lemmy), for the note


def candidates() -> tuple[list[Candidate], list[str]]:
    found: list[Candidate] = []
    missing: list[str] = []

    import snowballstemmer

    def snowball() -> Callable[[str], str]:
        return snowballstemmer.stemmer("danish").stemWord

    found.append(Candidate(
        "snowball (stems)", snowball(), snowball,
        "import snowballstemmer; snowballstemmer.stemmer('danish').stemWord('afgørelserne')",
        is_lemmatiser=False,
    ))

    try:
        import simplemma
        from simplemma.strategies import DefaultStrategy
    except ImportError:
        missing.append("simplemma")
    else:
        for greedy, low_memory in ((False, False), (False, True), (True, False)):
            def fresh(greedy: bool = greedy, low_memory: bool = low_memory) -> Callable[[str], str]:
                strategy = DefaultStrategy(greedy=greedy, low_memory=low_memory)
                lemmatizer = simplemma.Lemmatizer(cache_max_size=0, lemmatization_strategy=strategy)
                return lambda word: lemmatizer.lemmatize(word, lang="da")
            found.append(Candidate(
                f"simplemma {simplemma.__version__}{' greedy' if greedy else ''}{' low_memory' if low_memory else ''}",
                fresh(), fresh,
                "import simplemma; from simplemma.strategies import DefaultStrategy; simplemma.Lemmatizer("
                f"lemmatization_strategy=DefaultStrategy(greedy={greedy}, low_memory={low_memory}))"
                ".lemmatize('afgørelserne', lang='da')",
                known=lambda word: simplemma.is_known(word, lang="da"),
            ))
        found.append(Candidate(
            "borgerraad.language.lemmas (the choice: simplemma low_memory and its table)",
            chosen.lemma.__wrapped__, lambda: chosen.lemma.__wrapped__,
            f"import sys; sys.path.insert(0, {str(REPO)!r}); from borgerraad.language.lemmas import lemma; "
            "lemma('afgørelserne')",
            known=lambda word: simplemma.is_known(word, lang="da"),
        ))

    try:
        import lemmy
    except ImportError:
        missing.append("lemmy")
    else:
        model = lemmy.load("da")
        offered = lambda word: model.lemmatize("", word)  # noqa: E731 - no POS tags: the engine has none
        picks = (("first", lambda options: options[0]), ("shortest", lambda options: min(options, key=len)))
        for pick_name, pick in picks:
            found.append(Candidate(
                f"lemmy {metadata.version('lemmy')} ({pick_name} of its lemmas)",
                lambda word, pick=pick: pick(offered(word)), lambda pick=pick: (lambda word: pick(offered(word))),
                "import lemmy; lemmy.load('da').lemmatize('', 'afgørelserne')",
                choices=offered,
            ))
    return found, missing


def load_cases() -> list[str]:
    return [json.loads(line)["text"] for path in CASE_FILES
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_gold() -> list[tuple[str, tuple[str, ...], str]]:
    rows = []
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert lines[0] == "form\tlemma\tfamily", "gold header changed"
    for line in lines[1:]:
        form, lemma, family = line.split("\t")
        rows.append((form, tuple(lemma.split("|")), family))
    return rows


def timed(work: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def load_cost(code: str) -> tuple[float, float]:
    """Seconds to import and answer one word in a fresh interpreter (best of 3), and the megabytes of
    memory that adds (resident set before and after; ``ru_maxrss`` would count the parent's memory)."""
    probe = (
        "import re, time\n"
        "def rss(): return int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
        "before = rss()\n"
        "start = time.perf_counter()\n"
        f"{code}\n"
        "print(time.perf_counter() - start, (rss() - before) / 1024)\n"
    )
    results = [subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.split()
               for _ in range(3)]
    return min(float(seconds) for seconds, _ in results), max(float(megabytes) for _, megabytes in results)


def grouping(keys: list[str], lemmas: list[str], families: list[str]) -> tuple[float, float, list[tuple[int, int]]]:
    same_lemma = same_key = both = 0
    unrelated = []
    for i, j in combinations(range(len(keys)), 2):
        lemma_match = lemmas[i] == lemmas[j]
        key_match = keys[i] == keys[j]
        same_lemma += lemma_match
        same_key += key_match
        both += lemma_match and key_match
        if key_match and families[i] != families[j]:
            unrelated.append((i, j))
    return both / same_lemma, both / same_key if same_key else 1.0, unrelated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list each candidate's wrong lemmas and merges")
    args = parser.parse_args()

    texts = load_cases()
    running = [word for text in texts for word in words(text)]
    distinct = sorted(set(running))
    alphabetic = [word for word in running if not any(ch.isdigit() for ch in word)]
    gold = load_gold()
    single = [(form, lemmas[0], family) for form, lemmas, family in gold if len(lemmas) == 1]
    found, missing = candidates()

    print(f"case texts: {len(texts)} ({len(running):,} words, {len(distinct):,} distinct); "
          f"gold: {len(gold)} forms ({len(single)} with one reading, "
          f"{len({lemma for _, lemma, _ in single})} lemmas)")
    for name in missing:
        print(f"not installed, skipped: {name} (uv pip install --python .venv/bin/python {name})")

    print("ratios: the candidate's time over str.lower's on the same words, measured right before it (the machine's")
    print("load changes during a run, so the words/s vary more than the ratios)")
    header = ("candidate", "new words/s", "x lower", "text words/s", "x lower", "cases/s", "load s", "MB",
              "accuracy", "recall", "precision", "unrelated", "changed", "unknown")
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for candidate in found:
        fresh = candidate.fresh_key()
        fresh("og")  # loads the dictionary or rules (the load is timed apart)
        baseline_distinct = timed(lambda: [word.lower() for word in distinct])
        cold = timed(lambda fresh=fresh: [fresh(word) for word in distinct])  # no cache: every run is cold
        cached = lru_cache(maxsize=65536)(fresh)
        for word in distinct:
            cached(word)
        baseline_running = timed(lambda: [word.lower() for word in running])
        warm = timed(lambda cached=cached: [cached(word) for word in running])

        def first_pass(fresh=fresh) -> None:
            lookup = lru_cache(maxsize=65536)(fresh)
            for text in texts:
                [lookup(word) for word in words(text)]
        per_case = timed(first_pass)
        load_seconds, megabytes = load_cost(candidate.load_code)

        keys = [candidate.key(form) for form, _, _ in gold]
        accuracy = sum(key in lemmas for key, (_, lemmas, _) in zip(keys, gold, strict=True)) / len(gold)
        single_keys = [candidate.key(form) for form, _, _ in single]
        recall, precision, unrelated = grouping(single_keys, [lemma for _, lemma, _ in single],
                                                [family for _, _, family in single])
        changed = sum(cached(word) != word for word in alphabetic) / len(alphabetic)
        unknown = "-"
        if candidate.known:
            missed = sum(not candidate.known(word) and cached(word) == word for word in alphabetic)
            unknown = f"{missed / len(alphabetic):.1%}"
        print(" | ".join([
            candidate.name,
            f"{len(distinct) / cold:,.0f}", f"{cold / baseline_distinct:,.0f}",
            f"{len(running) / warm:,.0f}", f"{warm / baseline_running:,.1f}",
            f"{len(texts) / per_case:,.0f}",
            f"{load_seconds:.2f}", f"{megabytes:.0f}",
            f"{accuracy:.1%}" if candidate.is_lemmatiser else "-",
            f"{recall:.1%}", f"{precision:.1%}", str(len(unrelated)), f"{changed:.1%}", unknown,
        ]))
        if args.errors:
            if candidate.is_lemmatiser:
                for key, (form, lemmas, _) in zip(keys, gold, strict=True):
                    if key not in lemmas:
                        offered = f" (offered {candidate.choices(form)})" if candidate.choices else ""
                        print(f"    wrong: {form} -> {key}, not {'|'.join(lemmas)}{offered}")
            for i, j in unrelated:
                print(f"    unrelated merge: {single[i][0]} ({single[i][1]}) + {single[j][0]} ({single[j][1]})"
                      f" -> {single_keys[i]}")

    print()
    print("new words/s: each distinct word once, no cache; text words/s: every word of the cases, warm cache;")
    print("cases/s: the case texts split into words and lemmatised once, starting from an empty cache (as one run")
    print(f"of `borgerraad triage` would), load excluded; the command's target is {TARGET_CASES_PER_SECOND:,} cases/s "
          "for the whole engine.")


if __name__ == "__main__":
    main()
