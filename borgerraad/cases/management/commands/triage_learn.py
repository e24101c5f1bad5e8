"""``borgerraad triage_learn``: train the triage engine's learned component on-premise (docs/triage.md, "The
learned component" and "Adapting it to a municipality").

Rules:

- It learns from the repository's labelled sets (``triage.training.repository_examples``; never the held-out
  sets) and the office's own visitation decisions: every henvendelse whose case has klagepunkter, with the
  grounds staff gave them and their department (the most frequent one; none when no point names one). A point
  staff found outside the Borgerrådgiver's competence adds the department, no ground. The decisions record no
  exclusion, so the exclusion head learns from the labelled sets alone (none with ``--no-labelled``).
- It reports the cross-validated accuracy of both heads (``CV_FOLDS`` folds) and stores the model as a new
  ``triage.TrainedModel`` row, which the engine uses from then on when the setting ``TRIAGE_LEARNED`` is on.
- ``--write-default`` trains on the labelled sets alone and writes the shipped default model
  (``triage/default_model.json``) instead; a test keeps that file equal to what this produces.
- Bad input (no labelled sets where they should be, no examples, no database tables) stops with one line.
- Nothing but stems and their weights is stored: no text, no number (``triage.training``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from borgerraad.intake.screening import engine_text
from borgerraad.triage import training
from borgerraad.triage.learned import DEFAULT_MODEL_PATH, model_dumps
from borgerraad.triage.rules import GROUNDS


def office_examples() -> list[training.Example]:
    """The office's visitation decisions as examples: one per henvendelse with klagepunkter."""
    from borgerraad.cases.models import Klagepunkt

    points: dict[int, list[tuple[str, str | None]]] = {}
    texts: dict[int, str] = {}
    rows = Klagepunkt.objects.select_related("case__henvendelse", "department").order_by("case_id", "number")
    for point in rows:
        henvendelse = point.case.henvendelse
        if henvendelse.pk not in texts:
            texts[henvendelse.pk] = engine_text(description=henvendelse.description,
                                                desired_outcome=henvendelse.desired_outcome)
        points.setdefault(henvendelse.pk, []).append(
            (point.ground, point.department.code if point.department_id else None))
    examples = []
    for pk, decided in points.items():
        if not texts[pk].strip():
            continue
        grounds = tuple(dict.fromkeys(ground for ground, _ in decided if ground in GROUNDS))
        departments = Counter(code for _, code in decided if code)
        area = departments.most_common(1)[0][0] if departments else None
        examples.append(training.Example(text=texts[pk], grounds=grounds, area=area, source="office"))
    return examples


class Command(BaseCommand):
    help = "Train the triage engine's learned component on the labelled sets and the office's visitation decisions."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--write-default", action="store_true",
                            help="Train on the repository's labelled sets alone and write the shipped default model.")
        parser.add_argument("--no-labelled", action="store_true",
                            help="Learn from the office's decisions alone (an installation without the labelled sets).")
        parser.add_argument("--folds", type=int, default=training.CV_FOLDS,
                            help="Folds of the cross-validation reported (0: none).")
        parser.add_argument("--output", type=Path, default=DEFAULT_MODEL_PATH, help="Where --write-default writes.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["folds"] == 1 or options["folds"] < 0:
            raise CommandError("--folds must be 0 (no cross-validation) or at least 2")
        if options["write_default"] and options["no_labelled"]:
            raise CommandError("--write-default trains on the labelled sets: it cannot be given with --no-labelled")
        examples = self._labelled() if not options["no_labelled"] else []
        office = []
        if not options["write_default"]:
            try:
                office = office_examples()
            except DatabaseError as error:
                raise CommandError(
                    f"cannot read the visitation decisions ({error}); run 'borgerraad migrate' first") from None
        examples += office
        if not examples:
            raise CommandError("nothing to learn from: no labelled sets and no visitation decisions")
        try:
            model = training.model_train(examples, info={"office_decisions": len(office)})
            scores = training.cross_validate(examples, folds=options["folds"]) if options["folds"] else {}
        except ValueError as error:
            raise CommandError(f"cannot train: {error}") from None
        model["info"]["cv"] = scores
        cv = ", ".join(f"{head} {value:.3f}" for head, value in scores.items()) or "not measured"
        summary = (f"{len(examples)} examples ({len(office)} from the office's decisions), "
                   f"{model['info']['features']} features; cross-validated accuracy: {cv}")
        if options["write_default"]:
            options["output"].write_text(model_dumps(model), encoding="utf-8")
            self.stdout.write(f"Wrote {options['output']}: {summary}")
            return
        from borgerraad.triage.models import TrainedModel

        TrainedModel.objects.create(examples=len(examples), decisions=len(office), weights=model,
                                    cv_grounds=scores.get("grounds"), cv_area=scores.get("area"))
        self.stdout.write(f"Stored a new model: {summary}")

    def _labelled(self) -> list[training.Example]:
        missing = [str(path) for path in training.repository_sets().values() if not path.exists()]
        if missing or not (training.LABELLED / "train").is_dir():
            raise CommandError(f"the labelled sets are not here ({training.LABELLED}); give --no-labelled to learn "
                               "from the office's decisions alone")
        return training.repository_examples()
