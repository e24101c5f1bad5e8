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
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from borgerraad.core.calendar import local_today
from borgerraad.triage.config import TriageConfig, Unit
from borgerraad.triage.explain import explain, klagepunkter, learned_clause
from borgerraad.triage.features import Features, features_extract
from borgerraad.triage.matters import matters_split
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
    # A letter with several matters (docs/triage.md, "Letters with several matters"): each matter's own
    # answer (``matter_dict``); empty for a letter about one thing.
    matters: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        answer = {
            "verdict": self.verdict, "grounds": self.grounds, "exclusions": self.exclusions,
            "refer_to": self.refer_to, "forvaltning": self.forvaltning, "cpr_found": self.cpr_found,
            "explanation": self.explanation, "explanation_en": self.explanation_en,
            "verdict_rule": self.verdict_rule, "klagepunkter": self.klagepunkter, "rules": self.rules,
        }
        if self.matters:
            answer["matters"] = self.matters
        return answer

    def matter_dict(self, number: int, text: str) -> dict[str, Any]:
        """This answer as one matter of a letter: its number, the words that open it, and its own answer."""
        return {
            "number": number, "opening": text[:80], "verdict": self.verdict, "grounds": self.grounds,
            "exclusions": self.exclusions, "refer_to": self.refer_to, "forvaltning": self.forvaltning,
            "verdict_rule": self.verdict_rule, "explanation": self.explanation, "explanation_en": self.explanation_en,
        }


# --- The engine --------------------------------------------------------------------------------

def triage(
    text: str, *, answers: Mapping[str, Any] | None = None, channel: str | None = None,
    config: TriageConfig, today: date | None = None,
) -> TriageResult:
    """Triage one henvendelse. ``answers`` and ``channel`` as in CONTRACT.md; ``today`` for tests."""
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    answers, today = answers or {}, today or local_today()  # Copenhagen's today, whatever the server's zone
    features = features_extract(text, answers=answers, config=config, today=today)
    result = _answer(features, rules_run(features))
    parts = matters_split(features.norm)
    if not parts:
        return result
    matters = []
    # The topic and department the citizen chose are about the whole letter: each part is read by its text.
    part_answers = {key: value for key, value in answers.items() if key not in ("topic", "forvaltning")}
    contact = next(((entry["code"], tuple(entry["matched"])) for entry in result.rules if entry["kind"] == "contact"),
                   ("unknown", ()))
    for part in parts:
        part_features = features_extract(part, answers=part_answers, config=config, today=today, letter_contact=contact)
        matters.append(_answer(part_features, rules_run(part_features)))
    return _letter(result, matters, parts, config)


# In-scope wins over "contact the unit first", which wins over out of scope (contract rule 4).
_VERDICT_ORDER = {IN_SCOPE: 0, CONTACT_UNIT_FIRST: 1, OUT_OF_SCOPE: 2}


def _letter(whole: TriageResult, matters: list[TriageResult], parts: list[str], config: TriageConfig) -> TriageResult:
    """A letter of several matters: each keeps its own answer (``matters``). When their verdicts differ,
    the letter gets the verdict of the matter we can do most with, with the grounds of the matters not out
    of scope and the exclusions and bodies of all of them noted (contract rule 4)."""
    whole.matters = [matter.matter_dict(number, part) for number, (matter, part)
                     in enumerate(zip(matters, parts, strict=True), start=1)]
    for matter in whole.matters:  # each part explained as a part: another may be ours, so never "instead"
        matter["explanation"], matter["explanation_en"] = explain(
            verdict=matter["verdict"], grounds=matter["grounds"], exclusions=matter["exclusions"],
            refer_to=matter["refer_to"], forvaltning=matter["forvaltning"], already=matter["verdict_rule"] == 6,
            department_names=config.department_names, body_names=config.body_names, part=True,
        )
    if len({matter.verdict for matter in matters}) == 1:
        return whole
    winner = min(matters, key=lambda matter: _VERDICT_ORDER[matter.verdict])
    kept = [matter for matter in matters if matter.verdict != OUT_OF_SCOPE]
    grounds = [code for code in GROUNDS if any(code in matter.grounds for matter in kept)]
    exclusions = [code for code in EXCLUSIONS if any(code in matter.exclusions for matter in matters)]
    refer_to = list(dict.fromkeys(code for matter in matters for code in matter.refer_to))
    # A municipal matter that names no department of its own ("Og mens jeg er i gang: bruserne i omklædningen er
    # kolde") is the letter's department's (the swimming bath named before the turn).
    department = (winner.forvaltning if winner.forvaltning is not None or "ikke_kommunen" in winner.exclusions
                  else whole.forvaltning)
    explanation, explanation_en = explain(
        verdict=winner.verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to,
        forvaltning=department, already=False, department_names=config.department_names,
        body_names=config.body_names,
    )
    trace = _letter_trace(matters, winner, grounds, department)
    learned_da, learned_en = learned_clause(trace) if config.learned else ("", "")
    return TriageResult(
        verdict=winner.verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to,
        forvaltning=department, cpr_found=whole.cpr_found, explanation=explanation + learned_da,
        explanation_en=explanation_en + learned_en, verdict_rule=winner.verdict_rule, matters=whole.matters,
        klagepunkter=[point for matter in matters for point in matter.klagepunkter],
        rules=trace,
    )


def _letter_trace(matters: list[TriageResult], winner: TriageResult, grounds: list[str],
                  department: str | None) -> list[dict[str, Any]]:
    """The matters' traces in order (each entry marked with its matter), then the letter's own findings:
    the grounds only an out-of-scope matter had are dropped, the verdict is the winner's and the department
    the winner's (the whole letter's when the winner, a municipal matter, names none). Folded in order, it
    gives the letter's answer, as every trace does."""
    trace = [{**entry, "matter": number} for number, matter in enumerate(matters, start=1) for entry in matter.rules]
    found = {code for matter in matters for code in matter.grounds}
    letter = "letter.matters"
    trace += [{"rule": letter, "kind": "drop_ground", "code": code, "matched": ["out-of-scope matter"]}
              for code in GROUNDS if code in found and code not in grounds]
    trace.append({"rule": letter, "kind": "department", "code": department,
                  "matched": ["in-scope matter" if department == winner.forvaltning else "the whole letter"]})
    trace.append({"rule": letter, "kind": "verdict", "code": winner.verdict,
                  "matched": {"rule": winner.verdict_rule, "matters": [matter.verdict for matter in matters]}})
    return trace


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
    trace = [finding.to_dict() for finding in findings.trace]
    # The learned component's advice, with its weight (only a configuration with a model can have any).
    learned_da, learned_en = learned_clause(trace) if config.learned else ("", "")
    return TriageResult(
        verdict=findings.verdict, grounds=grounds, exclusions=exclusions, refer_to=refer_to,
        forvaltning=findings.forvaltning, cpr_found=features.cpr_found, explanation=explanation + learned_da,
        explanation_en=explanation_en + learned_en, rules=trace,
        verdict_rule=findings.verdict_rule,
        klagepunkter=klagepunkter(
            grounds={code: list(findings.grounds[code]) for code in grounds},
            exclusions={code: list(findings.exclusions[code]) for code in exclusions},
            contact=findings.contact, refer_to=refer_to,
        ),
    )
