"""Leave-one-set-out cross-validation of the triage engine's learned component (docs/triage.md, "The learned
component").

For each labelled set S of the repository (train1-train14, dev, extra; never the held-out sets), the model is
trained on all the others and their retellings (``training.repository_examples(leave_out={S})``), and the engine
runs on S with and without it. Printed per set and pooled: the share right per field (verdict, grounds,
exclusions, refer_to, forvaltning) and fully right, and how often each learned rule fired. The settings are
given on the command line; several thresholds are tried on one training per fold::

    .venv/bin/python bench/triage_learned_cv.py                       # the settings in training.py
    .venv/bin/python bench/triage_learned_cv.py --c-grounds 0.3 1 3 --ground-threshold 0.4 0.5 0.6 --pooled-only
    .venv/bin/python bench/triage_learned_cv.py --area-features all content --area-margin 0 0.1 --pooled-only
    .venv/bin/python bench/triage_learned_cv.py --exclusions none afgoerelse --exclusion-threshold 0.5 0.7 --pooled-only
    .venv/bin/python bench/triage_learned_cv.py --beside none afgoerelse,politisk --beside-threshold 0.5 0.7

Training settings (C, the area's features and "no department" weight, the exclusion head's codes) multiply the
trainings; the thresholds and the area margin only the runs of the engine.

Model selection (features, C, thresholds, which rule uses it) is made only with this script.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from borgerraad.core import defaults  # noqa: E402
from borgerraad.triage import learned, training  # noqa: E402
from borgerraad.triage.engine import TriageConfig, triage  # noqa: E402
from borgerraad.triage.learned import LearnedModel  # noqa: E402
from tests.triage.cases import load, mismatches  # noqa: E402

FIELDS = ("verdict", "grounds", "exclusions", "refer_to", "forvaltning")
# The day each set's cases were written (the one-year rule counts from it), as tests/triage/test_train_sets.py.
TODAY = {"train8": date(2026, 12, 2), "train9": date(2026, 12, 3), "train10": date(2026, 12, 3),
         "train11": date(2026, 12, 3), "train12": date(2026, 12, 4), "train13": date(2026, 12, 4),
         "train14": date(2026, 12, 4), "train15": date(2026, 12, 4), "train16": date(2026, 12, 4),
         "train17": date(2026, 12, 5), "train18": date(2026, 12, 4), "train19": date(2026, 12, 4),
         "train20": date(2026, 12, 5), "train21": date(2026, 12, 5), "train22": date(2026, 12, 5)}
TRAIN_TODAY = date(2026, 11, 27)
LABEL = ("C {} / {}, area {} (no-department weight {}), exclusions {} (C {}, alone {}, features {}), "
         "beside {} (C {}), thresholds {} / {} (margin {}) / {} / beside {}")


def config_with(model: LearnedModel | None) -> TriageConfig:
    return TriageConfig.from_dicts(departments=defaults.DEPARTMENTS, bodies=defaults.COMPLAINT_BODIES,
                                   council_names=[defaults.OFFICE["council_name"]], learned=model)


def run(cases: list[dict], config: TriageConfig, today: date) -> tuple[Counter, int, Counter]:
    """Wrong answers per field, the cases fully right, and how often each learned rule changed an answer."""
    wrong: Counter = Counter()
    fully = 0
    fired: Counter = Counter()
    for case in cases:
        result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"), config=config,
                        today=today).to_dict()
        problems = mismatches(result, case["expect"])
        wrong.update(problem.split(" ", 1)[0] for problem in problems)
        fully += not problems
        fired.update({entry["rule"] for entry in result["rules"] if entry["rule"].startswith("learned.")})
    return wrong, fully, fired


def line(name: str, size: int, wrong: Counter, fully: int) -> str:
    return (f"| {name} | {size} | {fully / size:.3f} | "
            + " | ".join(f"{1 - wrong[field] / size:.3f}" for field in FIELDS) + " |")


def counts(size: int, wrong: Counter, fully: int) -> str:
    """The cases right, fully and per field, as counts: differences of one case show."""
    return f"fully {fully}, " + ", ".join(f"{field} {size - wrong[field]}" for field in FIELDS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--c-grounds", type=float, nargs="+", default=[training.C_GROUNDS])
    parser.add_argument("--c-area", type=float, nargs="+", default=[training.C_AREA])
    parser.add_argument("--ground-threshold", type=float, nargs="+", default=[training.GROUND_THRESHOLD])
    parser.add_argument("--area-threshold", type=float, nargs="+", default=[training.AREA_THRESHOLD])
    parser.add_argument("--area-features", nargs="+", default=[training.AREA_FEATURES],
                        choices=[learned.ALL, learned.CONTENT], help="the area head's features")
    parser.add_argument("--no-area-weight", type=float, nargs="+", default=[training.NO_AREA_WEIGHT],
                        help="the weight of the area head's 'no department' class in training")
    parser.add_argument("--area-margin", type=float, nargs="+", default=[training.AREA_MARGIN],
                        help="the area's probability over the runner-up's")
    parser.add_argument("--exclusions", nargs="+", default=[",".join(training.EXCLUSIONS) or "none"],
                        help="the exclusion head's codes, comma-separated ('none': no exclusion head)")
    parser.add_argument("--c-exclusions", type=float, nargs="+", default=[training.C_EXCLUSIONS])
    parser.add_argument("--exclusion-alone", nargs="+", default=[training.EXCLUSION_ALONE],
                        type=lambda value: value.lower() in ("1", "true", "yes"),
                        help="true: the head learns an exclusion with no ground; false: any exclusion")
    parser.add_argument("--exclusion-features", nargs="+", default=[training.EXCLUSION_FEATURES],
                        choices=[learned.ALL, learned.CONTENT], help="the exclusion head's features")
    parser.add_argument("--exclusion-threshold", type=float, nargs="+", default=[training.EXCLUSION_THRESHOLD])
    parser.add_argument("--beside", nargs="+", default=[",".join(training.BESIDE) or "none"],
                        help="the exclusions whose letters the beside head learns from, comma-separated ('none': none)")
    parser.add_argument("--c-beside", type=float, nargs="+", default=[training.C_BESIDE])
    parser.add_argument("--beside-threshold", type=float, nargs="+", default=[training.BESIDE_THRESHOLD])
    parser.add_argument("--pooled-only", action="store_true", help="print only the pooled line of each setting")
    args = parser.parse_args()

    sets = {name: load(path) for name, path in training.repository_sets().items()}
    baseline = config_with(None)
    base = {name: run(cases, baseline, TODAY.get(name, TRAIN_TODAY)) for name, cases in sets.items()}
    thresholds = list(itertools.product(args.ground_threshold, args.area_threshold, args.area_margin,
                                        args.exclusion_threshold, args.beside_threshold))
    trainings = list(itertools.product(args.c_grounds, args.c_area, args.area_features, args.no_area_weight,
                                       args.exclusions, args.c_exclusions, args.exclusion_alone,
                                       args.exclusion_features, args.beside, args.c_beside))
    results: dict[tuple, dict[str, tuple[Counter, int, Counter]]] = {}
    for (c_grounds, c_area, area_features, no_area_weight, exclusions, c_exclusions, alone, exclusion_features, beside,
         c_beside) in trainings:
        codes = () if exclusions == "none" else tuple(exclusions.split(","))
        beside_codes = () if beside == "none" else tuple(beside.split(","))
        for name, cases in sets.items():
            model = training.model_train(training.repository_examples(leave_out={name}),
                                         c_grounds=c_grounds, c_area=c_area, area_features=area_features,
                                         no_area_weight=no_area_weight, exclusions=codes, c_exclusions=c_exclusions,
                                         exclusion_alone=alone, exclusion_features=exclusion_features,
                                         beside=beside_codes, c_beside=c_beside)
            for ground_t, area_t, margin, exclusion_t, beside_t in thresholds:
                model["thresholds"] = {"ground": ground_t, "area": area_t, "area_margin": margin,
                                       "exclusion": exclusion_t, "beside": beside_t}
                config = config_with(LearnedModel.from_dict(model))
                setting = (c_grounds, c_area, area_features, no_area_weight, exclusions, c_exclusions, alone,
                           exclusion_features, beside, c_beside, ground_t, area_t, margin, exclusion_t,
                           beside_t)
                results.setdefault(setting, {})[name] = run(cases, config, TODAY.get(name, TRAIN_TODAY))

    header = "| set | cases | fully right | " + " | ".join(FIELDS) + " |"
    total = sum(len(cases) for cases in sets.values())

    def pooled(per_set: dict[str, tuple[Counter, int, Counter]]) -> tuple[Counter, int, Counter]:
        wrong, fully, fired = Counter(), 0, Counter()
        for set_wrong, set_fully, set_fired in per_set.values():
            wrong.update(set_wrong)
            fully += set_fully
            fired.update(set_fired)
        return wrong, fully, fired

    base_wrong, base_fully, _ = pooled(base)
    print(header.replace("| set |", "| setting |"))
    print("|---" * (len(FIELDS) + 3) + "|")
    print(line("rules alone", total, base_wrong, base_fully) + f" right: {counts(total, base_wrong, base_fully)}")
    for setting, per_set in results.items():
        wrong, fully, fired = pooled(per_set)
        label = LABEL.format(*setting)
        print(line(f"with model: {label}", total, wrong, fully) + f" fired: {dict(sorted(fired.items()))}"
              + f" right: {counts(total, wrong, fully)}")
    if args.pooled_only:
        return 0
    for setting, per_set in results.items():
        print(f"\nPer set, {LABEL.format(*setting)}:")
        print(header)
        print("|---" * (len(FIELDS) + 3) + "|")
        for name, cases in sets.items():
            print(line(f"{name} rules alone", len(cases), *base[name][:2]))
            wrong, fully, fired = per_set[name]
            print(line(f"{name} with model", len(cases), wrong, fully) + f" fired: {dict(sorted(fired.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
