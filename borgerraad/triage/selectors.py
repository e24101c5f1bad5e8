"""The triage configuration, read from the municipality's departments, complaint bodies and office.

Rules: only active rows count; the compiled configuration (stems, phrase index) is cached per
process and keyed by the rows' content, so an edit in the admin takes effect on the next call
without a restart; with no usable database (no tables yet, or none configured) the engine falls
back to Copenhagen's defaults in ``core/defaults.py``. The learned component (docs/triage.md, "The learned
component") is read only when the setting ``TRIAGE_LEARNED`` is on: the newest ``TrainedModel`` row, else the
shipped default model; a model is parsed once per process per row. Bodies that are another body's conduct body are
left out (the engine keeps the contract's codes; the guide shows them, see ``bodies_for_answer``).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError

from borgerraad.core import defaults
from borgerraad.triage.engine import TriageConfig, Unit
from borgerraad.triage.explain import explain, learned_clause
from borgerraad.triage.learned import LearnedModel, default_model

logger = logging.getLogger(__name__)

_cache: dict[tuple, TriageConfig] = {}
_models: dict[tuple, LearnedModel | None] = {}


def _rows_from_db() -> tuple:
    from borgerraad.core.models import ComplaintBody, Department, Office

    # Sorted by code here, not by the database's collation, so that every engine orders them alike.
    departments = tuple(sorted(
        (row.code, row.name, tuple(row.keyword_list)) for row in Department.objects.filter(active=True)
    ))
    bodies = tuple(sorted(
        (row.code, row.name, tuple(row.keyword_list))
        # A body that is another's conduct body (Den Uafhængige Politiklagemyndighed) is not the engine's to
        # name: it refers to the police, and the guide shows the conduct body (``conduct_body_swap``).
        for row in ComplaintBody.objects.filter(active=True, conduct_for__isnull=True).distinct()
    ))
    office = Office.objects.only("complaint_time_limit_days", "council_name").first()
    limit = office.complaint_time_limit_days if office else defaults.OFFICE["complaint_time_limit_days"]
    council = office.council_name if office else defaults.OFFICE["council_name"]
    return departments, bodies, limit, (council,)


def _rows_from_defaults() -> tuple:
    # In the database's order (by code), so that an office running on the defaults gets the very configuration
    # the command line gets without a database (one compiled configuration, the same answers).
    departments = tuple(sorted((d["code"], d["name"], tuple(d["keywords"])) for d in defaults.DEPARTMENTS))
    bodies = tuple(sorted((b["code"], b["name"], tuple(b["keywords"])) for b in defaults.COMPLAINT_BODIES))
    return departments, bodies, defaults.OFFICE["complaint_time_limit_days"], (defaults.OFFICE["council_name"],)


def _learned_key(use_database: bool) -> tuple:
    """Which learned model the engine uses: none (switched off), the newest trained row, or the shipped default."""
    if not settings.TRIAGE_LEARNED:
        return ("off",)
    if use_database:
        from borgerraad.triage.models import TrainedModel

        try:
            row = TrainedModel.objects.values_list("pk", "trained_at").first()
        except DatabaseError:
            row = None
        if row:
            return ("row", row[0], row[1].isoformat())
    return ("default",)


def learned_model_get(key: tuple) -> LearnedModel | None:
    """The learned model named by ``_learned_key``, parsed once per process."""
    if key not in _models:
        if key[0] == "row":
            from borgerraad.triage.models import TrainedModel

            model = LearnedModel.from_dict(TrainedModel.objects.values_list("weights", flat=True).get(pk=key[1]))
        else:
            model = default_model() if key[0] == "default" else None
        _models.clear()
        _models[key] = model
    return _models[key]


def triage_config_get(*, use_database: bool = True) -> TriageConfig:
    """The current triage configuration (from the database, else the defaults), with the learned model if on."""
    rows, database = None, False
    if use_database:
        try:
            rows, database = _rows_from_db(), True
        except DatabaseError:
            logger.warning("No triage configuration in the database; using the default configuration.")
    if not rows or not rows[0]:
        rows = _rows_from_defaults()
    learned = _learned_key(database)
    config = _cache.get((rows, learned))
    if config is None:
        departments, bodies, limit, council_names = rows
        config = TriageConfig(
            departments=[Unit(*row) for row in departments],
            bodies=[Unit(*row) for row in bodies],
            complaint_time_limit_days=limit, council_names=council_names, learned=learned_model_get(learned),
        )
        _cache.clear()
        _cache[(rows, learned)] = config
    return config


CONDUCT_GROUND = "adfaerd"
ALREADY_ELSEWHERE_RULE = 6  # docs/triage.md, "Verdict": the matter is already with another body


def conduct_referrals(trace: list[dict]) -> set[str]:
    """The bodies the engine refers to in a matter whose conduct ground it dropped as not the municipality's
    (a police officer's conduct: the text's words or the guide's topic, then ``drop.grounds_ikke_kommunen``).

    Read from the trace (docs/triage.md, "Reading a trace"), matter by matter in a letter with several:
    conduct in one matter does not make another matter's referral a conduct complaint. A conduct ground the
    engine kept is a municipal employee's conduct, so a body referred to beside it keeps its own card."""
    dropped_in = {entry.get("matter") for entry in trace
                  if entry.get("kind") == "drop_ground" and entry.get("code") == CONDUCT_GROUND}
    return {entry["code"] for entry in trace if entry.get("kind") == "refer" and entry.get("matter") in dropped_in}


def bodies_for_answer(refer_to: list[str], trace: list[dict], bodies: dict) -> dict:
    """The bodies to show for the engine's ``refer_to``, by its codes and in its order: a body's active conduct
    body (``ComplaintBody.conduct_body``: the police's is Den Uafhængige Politiklagemyndighed) stands in for
    it when the matter is its staff's conduct (``conduct_referrals``); otherwise the body itself. ``bodies``
    are the active bodies by code; a code without a body is left out."""
    by_id = {body.pk: body for body in bodies.values()}
    conduct = conduct_referrals(trace)
    shown = {}
    for code in refer_to:
        body = bodies.get(code)
        if body is None:
            continue
        if code in conduct and body.conduct_body_id in by_id:
            body = by_id[body.conduct_body_id]
        shown[code] = body
    return shown


def explain_with_local_names(answer: dict, *, departments: dict, bodies: dict, shown: dict) -> tuple[str, str]:
    """The engine's explanation (Danish, English) of ``answer`` (``TriageResult.to_dict()`` or the intake's
    screening) with the departments' and bodies' names in the current language, and the bodies as shown
    (``bodies_for_answer``: a conduct body in its body's place). ``departments`` and ``bodies`` by code."""
    da, en = explain(
        verdict=answer["verdict"], grounds=answer.get("grounds") or [], exclusions=answer.get("exclusions") or [],
        refer_to=answer.get("refer_to") or [], forvaltning=answer.get("forvaltning"),
        already=answer.get("verdict_rule") == ALREADY_ELSEWHERE_RULE,
        department_names={code: department.local_name for code, department in departments.items()},
        body_names={code: body.local_name for code, body in {**bodies, **shown}.items()},
    )
    learned_da, learned_en = learned_clause(answer.get("rules") or [])
    return da + learned_da, en + learned_en
