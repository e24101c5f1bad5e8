"""The triage (competence) engine: can the Borgerrådgiver handle a henvendelse, and if not, where to?

Pure Python: the engine reads a ``TriageConfig`` (departments and complaint bodies with their
keywords, built from the database by ``triage.selectors.triage_config_get``) and never imports
Django. It is a pipeline (docs/triage.md, "The pipeline"): the features of the henvendelse are
extracted once (``triage.features``), an ordered table of named rules writes a trace of findings
(``triage.rules.RULES``), and the answer below is that trace folded in order. Input and output follow
``docs/triage-contract.md``; the rules it applies:

1. Only exclusions, no ground → ``out_of_scope``, with ``refer_to`` naming where to go.
2. A ground needing first contact (``sagsbehandling``, ``adfaerd``, ``praktisk_opgave``) and the
   citizen has not yet raised it with the unit (``contacted_unit`` = ``no``, or the text says so) →
   ``contact_unit_first``. When ``contacted_unit`` is absent and the text says nothing either way,
   the engine assumes the unit has had its chance (the citizen came to us with a complaint).
3. ``diskrimination``, ``forstaa_afgoerelse``, ``vejledning_om_klage`` and ``forslag`` need no first
   contact: one of them makes the verdict ``in_scope``.
4. Otherwise a ground → ``in_scope``; exclusions found beside it are still reported with ``refer_to``.
5. ``over_et_aar`` makes the verdict ``out_of_scope`` (the grounds are still listed for staff).
6. The matter already with the kommunale tilsyn, the Ombudsman, a court or another complaint body →
   ``out_of_scope`` whatever the grounds.
7. Asking how/where to complain about a decision is ``vejledning_om_klage``; wanting the decision
   changed is ``afgoerelse``.

Further decisions (docs/triage.md explains them):

- An employment matter (``ansaettelse``) is out as a whole: its behaviour or process complaints are
  the employee's, not a citizen's, so its grounds are dropped.
- A matter that is not the municipality's (``ikke_kommunen``) and names no municipal department
  keeps no grounds either: a slow answer from Udbetaling Danmark is not the municipality's case handling.
- A text with no ground and no exclusion at all is read as a general complaint about case handling
  (``sagsbehandling``, marked as assumed in ``rules``), so staff look at it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from borgerraad.triage.config import TriageConfig, Unit
from borgerraad.triage.explain import explain, klagepunkter
from borgerraad.triage.features import Features, features_extract
from borgerraad.triage.rules import (
    CONTACT_UNIT_FIRST,
    EXCLUSIONS,
    GROUNDS,
    IN_SCOPE,
    NEEDS_FIRST_CONTACT,
    OUT_OF_SCOPE,
    Findings,
    rules_run,
)

__all__ = [
    "CONTACT_UNIT_FIRST", "EXCLUSIONS", "GROUNDS", "IN_SCOPE", "NEEDS_FIRST_CONTACT", "OUT_OF_SCOPE",
    "TriageConfig", "TriageResult", "Unit", "triage",
]


# --- Result ------------------------------------------------------------------------------------

@dataclass(slots=True)
class TriageResult:
    verdict: str
    grounds: list[str]
    exclusions: list[str]
    refer_to: list[str]
    forvaltning: str | None
    cpr_found: bool
    explanation: str
    explanation_en: str
    rules: list[dict[str, Any]]
    klagepunkter: list[dict[str, Any]]
    verdict_rule: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict, "grounds": self.grounds, "exclusions": self.exclusions,
            "refer_to": self.refer_to, "forvaltning": self.forvaltning, "cpr_found": self.cpr_found,
            "explanation": self.explanation, "explanation_en": self.explanation_en,
            "verdict_rule": self.verdict_rule, "klagepunkter": self.klagepunkter, "rules": self.rules,
        }


# --- The engine --------------------------------------------------------------------------------

def triage(
    text: str, *, answers: Mapping[str, Any] | None = None, channel: str | None = None,
    config: TriageConfig, today: date | None = None,
) -> TriageResult:
    """Triage one henvendelse. ``answers`` and ``channel`` as in CONTRACT.md; ``today`` for tests."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    features = features_extract(text, answers=answers or {}, config=config, today=today or date.today())
    return _answer(features, rules_run(features))


def _answer(features: Features, findings: Findings) -> TriageResult:
    """The answer: the trace folded in order (``findings``), in the contract's order of codes."""
    config = features.config
    grounds = [code for code in GROUNDS if code in findings.grounds]
    exclusions = [code for code in EXCLUSIONS if code in findings.exclusions]
    refer_to = [code for code in findings.refer if code in config.body_names]
    explanation, explanation_en = explain(
        verdict=findings.verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to,
        forvaltning=findings.forvaltning, already=findings.already,
        department_names=config.department_names, body_names=config.body_names,
    )
    return TriageResult(
        verdict=findings.verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to,
        forvaltning=findings.forvaltning, cpr_found=features.cpr_found, explanation=explanation,
        explanation_en=explanation_en, rules=[finding.to_dict() for finding in findings.trace],
        verdict_rule=findings.verdict_rule,
        klagepunkter=klagepunkter(
            grounds={code: list(findings.grounds[code]) for code in grounds},
            exclusions={code: list(findings.exclusions[code]) for code in exclusions},
            contact=findings.contact, refer_to=refer_to,
        ),
    )
