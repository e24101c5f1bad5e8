"""Paraphrase stability: the same facts told in other words must get the same answer.

``paraphrase/paraphrases.jsonl`` retells every labelled training case twice (the dev, extra and train
sets: 575 cases, 1,150 retellings), written on 2026-12-02 by three writers who had not seen the engine:
``-p1`` plainly in the same language, ``-p2`` in another register (messy, told by a relative or as a staff
note, or in English for about one case in six), with the facts the labels depend on kept. Each line names
its ``source`` case and carries the source's ``expect``.

The test compares the engine's answer on each retelling with its answer on the source case. The floors
are the first measurement (docs/triage.md, "Paraphrase stability"), rounded down: they may rise, never
fall. Run with ``-s`` to list the retellings whose verdict differs from their source's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get
from tests.triage.cases import DEV_CASES, EXTRA_CASES, load, mismatches

HERE = Path(__file__).resolve().parent
PARAPHRASES = HERE / "paraphrase" / "paraphrases.jsonl"
# train8 (the held-out set of stop 10, a training set since) has no retellings yet.
SOURCES = [DEV_CASES, EXTRA_CASES, *sorted((HERE / "train").glob("train[1-7].jsonl"))]
TODAY = date(2026, 11, 27)
# First measurement, 2026-12-02 (engine of stop 9): verdict 0.916, refer_to 0.915, forvaltning 0.963,
# all three 0.851; retellings right on every labelled field 0.797.
# After the synonym classes by lemma (triage/vocabulary.py), 2026-12-02: verdict 0.945, refer_to 0.957,
# forvaltning 0.963, all three 0.898, labels 0.851.
# After the triage v2 round (2026-12-03): verdict 0.956, refer_to 0.957, forvaltning 0.963, all three 0.907,
# labels 0.861.
# After the triage v3 round (tuned on train9, 2026-12-03): verdict 0.957, refer_to 0.958, forvaltning 0.962,
# all three 0.907, labels 0.862.
# After the triage v4 round (tuned on train10, 2026-12-03): verdict 0.957, refer_to 0.959, forvaltning 0.966,
# all three 0.912, labels 0.867.
# After the triage v5 and v6 rounds (tuned on train11 and the training sets, 2026-12-04): verdict 0.957, refer_to
# 0.960, forvaltning 0.968, all three 0.915, labels 0.868.
# After the triage v8 round and the model retrained with train12 (2026-12-04): verdict 0.967, refer_to 0.964,
# forvaltning 0.975, all three 0.930, labels 0.915 (the retellings are among the model's training examples, so
# "labels" is not an unseen-text figure).
# At the end of the v8 round (train12 and train13, model retrained with both): verdict 0.979, refer_to 0.971,
# forvaltning 0.976, all three 0.940, labels 0.926.
# After the triage v17 round (2026-12-06, stop 30; the same since the v14 round): verdict 0.981, refer_to 0.980,
# forvaltning 0.974, all three 0.948, labels 0.934. Floors raised to these figures, rounded down.
# After the triage v22 round (2026-12-06, stop 35): verdict 0.984, refer_to 0.980, forvaltning 0.975, all three 0.951,
# labels 0.938. "All three" raised to 0.95.
FLOORS = {"verdict": 0.98, "refer_to": 0.98, "forvaltning": 0.97, "all three": 0.95, "labels": 0.93}


def _answer(case, config) -> dict:
    return triage(case["text"], answers=case.get("answers"), channel=case.get("channel"), config=config,
                  today=TODAY).to_dict()


def test_every_training_case_is_retold_twice_with_its_labels():
    sources = {case["id"]: case for path in SOURCES for case in load(path)}
    retold = load(PARAPHRASES)
    assert sorted(case["id"] for case in retold) == sorted(f"{i}-p{n}" for i in sources for n in (1, 2))
    for case in retold:
        source = sources[case["source"]]
        assert case["expect"] == source["expect"], case["id"]
        assert case["text"] != source["text"], case["id"]


def test_retellings_get_the_same_answer_as_their_source():
    # Copenhagen's defaults without a database: the same configuration as the migrated database's
    # (test_selectors.py), so this runs once, not again on each database engine.
    config = triage_config_get(use_database=False)
    sources = {case["id"]: case for path in SOURCES for case in load(path)}
    retold = load(PARAPHRASES)
    same = dict.fromkeys(("verdict", "refer_to", "forvaltning", "all three", "labels"), 0)
    differing = []
    for case in retold:
        original, answer = _answer(sources[case["source"]], config), _answer(case, config)
        verdict = original["verdict"] == answer["verdict"]
        refer_to = set(original["refer_to"]) == set(answer["refer_to"])
        forvaltning = original["forvaltning"] == answer["forvaltning"]
        same["verdict"] += verdict
        same["refer_to"] += refer_to
        same["forvaltning"] += forvaltning
        same["all three"] += verdict and refer_to and forvaltning
        same["labels"] += not mismatches(answer, case["expect"])
        if not verdict:
            differing.append(f"{case['id']}: {original['verdict']} -> {answer['verdict']}")
    shares = {name: count / len(retold) for name, count in same.items()}
    print("\n  " + "\n  ".join(differing))
    print("  " + "  ".join(f"{name}={share:.3f}" for name, share in shares.items()))
    below = {name: share for name, share in shares.items() if share < FLOORS[name]}
    assert not below, below
