"""The triage rules: one ordered table of named rules, each citing its source, and the trace they write.

The second step of the pipeline (docs/triage.md, "The pipeline"). Rules:

- ``RULES`` is applied in its order. A rule is a pure function ``(features, so_far) -> findings``: it
  reads the ``Features`` (fixed) and what the rules before it found (``Findings``, immutable), and
  returns NEW findings. It never changes what another rule found; a rule that takes something back
  says so with a finding of its own (``drop_ground``; a ``department`` finding of ``None``).
- Every finding carries the name of the rule that made it; together they are the trace. The answer
  (``Findings``: grounds, exclusions, refer_to, forvaltning, contact, verdict) is the trace folded in
  order, so the trace explains every field of the output.
- A rule's source is the seed (``docs/seed-borgerraadgiveren.md``), the contract
  (``docs/triage-contract.md``, with its rule number) or a section of ``docs/triage.md``.

The table in docs/triage.md ("The rules") is generated from ``RULES`` by ``rules_table()``; a test keeps
the two equal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from borgerraad.triage import lexicon
from borgerraad.triage.config import WORD_WEIGHT
from borgerraad.triage.features import Features
from borgerraad.triage.learned import BESIDE_EXCLUSIONS, BESIDE_GROUNDS, NO_AREA

IN_SCOPE = "in_scope"
CONTACT_UNIT_FIRST = "contact_unit_first"
OUT_OF_SCOPE = "out_of_scope"

GROUNDS = (
    "sagsbehandling", "adfaerd", "praktisk_opgave", "diskrimination",
    "forstaa_afgoerelse", "vejledning_om_klage", "forslag",
)
NEEDS_FIRST_CONTACT = frozenset({"sagsbehandling", "adfaerd", "praktisk_opgave"})
EXCLUSIONS = ("afgoerelse", "politisk", "ansaettelse", "anden_klageinstans", "ikke_kommunen", "over_et_aar")
CONTACTED_VALUES = frozenset({"yes_no_answer", "yes_answered"})
TOPIC_EXCLUSIONS = ("afgoerelse", "politisk", "ansaettelse")

# What a finding does to the answer when the trace is folded.
GROUND = "ground"  # adds a ground with its evidence
EXCLUSION = "exclusion"  # adds an exclusion with its evidence
REFER = "refer"  # adds a body to refer_to (kept when it is one of the configuration's bodies)
DROP_GROUND = "drop_ground"  # takes a ground back (its evidence says what it had)
DEPARTMENT = "department"  # sets forvaltning (code None: no department)
ALREADY = "already"  # the matter is already with another complaint body (contract rule 6)
CONTACT = "contact"  # first contact: not_yet, contacted or unknown
VERDICT = "verdict"  # the verdict; detail holds the contract rule that decided it

SEED = "seed"
CONTRACT = "docs/triage-contract.md"
DOCS = "docs/triage.md"


@dataclass(frozen=True, slots=True)
class Finding:
    """One entry of the trace: what a rule found, and the words (or scores) that showed it."""

    kind: str
    code: str | None
    evidence: tuple[str, ...] = ()
    rule: str = ""
    detail: Any = None

    def to_dict(self) -> dict[str, Any]:
        matched: Any = list(self.evidence) if self.evidence or self.detail is None else self.detail
        entry = {"rule": self.rule, "kind": self.kind, "code": self.code, "matched": matched}
        if self.detail is not None and self.evidence:
            entry["detail"] = self.detail
        return entry


@dataclass(frozen=True, slots=True)
class Findings:
    """The trace so far and what it adds up to. Immutable: ``plus`` returns a new one."""

    trace: tuple[Finding, ...] = ()
    grounds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exclusions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    refer: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # body code → why, in order found
    forvaltning: str | None = None
    already: bool = False
    contact: str = "unknown"
    verdict: str | None = None
    verdict_rule: int = 0

    def plus(self, new: Sequence[Finding]) -> Findings:
        """The trace with ``new`` appended, folded in order."""
        values: dict[str, Any] = {
            "grounds": dict(self.grounds), "exclusions": dict(self.exclusions), "refer": dict(self.refer),
            "forvaltning": self.forvaltning, "already": self.already, "contact": self.contact,
            "verdict": self.verdict, "verdict_rule": self.verdict_rule,
        }
        for finding in new:
            _fold(values, finding)
        return Findings(trace=self.trace + tuple(new), **values)


_EVIDENCE_TABLES = {GROUND: "grounds", EXCLUSION: "exclusions", REFER: "refer"}


def _fold(values: dict[str, Any], finding: Finding) -> None:
    table = _EVIDENCE_TABLES.get(finding.kind)
    if table:
        values[table][finding.code] = values[table].get(finding.code, ()) + finding.evidence
    elif finding.kind == DROP_GROUND:
        values["grounds"].pop(finding.code, None)
    elif finding.kind == DEPARTMENT:
        values["forvaltning"] = finding.code
    elif finding.kind == ALREADY:
        values["already"] = True
    elif finding.kind == CONTACT:
        values["contact"] = finding.code
    elif finding.kind == VERDICT:
        values["verdict"], values["verdict_rule"] = finding.code, finding.detail["rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    source: str
    apply: Callable[[Features, Findings], Sequence[Finding]]

    @property
    def summary(self) -> str:
        """The first line of the rule function's docstring."""
        return (self.apply.__doc__ or "").strip().splitlines()[0]


def _ground(code: str, evidence: Iterable[str]) -> list[Finding]:
    evidence = tuple(evidence)
    return [Finding(GROUND, code, evidence)] if evidence else []


def _exclusion(code: str, evidence: Iterable[str]) -> list[Finding]:
    evidence = tuple(evidence)
    return [Finding(EXCLUSION, code, evidence)] if evidence else []


def _appeal_refer(f: Features, code: str) -> Finding:
    """Refer to ``code`` as the decision's appeal body, with the text's appeal-body scores."""
    return Finding(REFER, code, ("klageinstans for afgørelsen",), detail=dict(f.appeal_scores))


def _drop_all(grounds: Mapping[str, tuple[str, ...]]) -> list[Finding]:
    return [Finding(DROP_GROUND, code, evidence) for code, evidence in sorted(grounds.items())]


# --- Department --------------------------------------------------------------------------------

def department_from_text(f: Features, so_far: Findings) -> list[Finding]:
    """The department with the highest keyword and area score; a tie goes to the one named first."""
    if f.text_department is None:
        return []
    keywords = f.department_scores[f.text_department].keywords
    return [Finding(DEPARTMENT, f.text_department, tuple(keywords),
                    detail={"keywords": dict(keywords), "areas": list(f.area_notes)})]


# --- Grounds -----------------------------------------------------------------------------------

def ground_sagsbehandling(f: Features, so_far: Findings) -> list[Finding]:
    """Case handling: no answer, delay, vejledning, partshøring, begrundelse, notes, aktindsigt, lost papers."""
    return _ground("sagsbehandling", f.sagsbehandling)


def ground_adfaerd(f: Features, so_far: Findings) -> list[Finding]:
    """Staff behaviour, not negated ("medarbejderen var ikke uhøflig" is none)."""
    return _ground("adfaerd", f.adfaerd)


def ground_praktisk_opgave(f: Features, so_far: Findings) -> list[Finding]:
    """A practical service and a problem in one sentence, or the service in the sentence before."""
    return _ground("praktisk_opgave", f.praktisk[0])


def ground_diskrimination(f: Features, so_far: Findings) -> list[Finding]:
    """Experienced discrimination by the municipality, not negated."""
    return _ground("diskrimination", f.diskrimination)


def ground_forstaa_afgoerelse(f: Features, so_far: Findings) -> list[Finding]:
    """Help to understand a decision; only when the text holds a decision."""
    return _ground("forstaa_afgoerelse", f.forstaa_afgoerelse) if f.has_decision else []


def ground_vejledning_om_klage(f: Features, so_far: Findings) -> list[Finding]:
    """Asking how or where to complain about a decision in the text (not a missing klagevejledning).

    Not asked in the sentence that says the unit has not yet been told ("Jeg har ikke skrevet til kørselskontoret
    endnu, ved ærligt talt ikke hvem man skal klage til"): that is where to take the complaint of the service."""
    if not f.has_decision:
        return []
    return _ground("vejledning_om_klage", [hit for hit in f.how_to_complain if not f.not_yet_beside(hit)])


def ground_manglende_klagevejledning(f: Features, so_far: Findings) -> list[Finding]:
    """A decision letter without klagevejledning, stated as a fact, is case handling."""
    if not f.has_decision:
        return []
    return _ground("sagsbehandling", [f"manglende klagevejledning: {f.norm[start:end].strip()}"
                                      for start, end in f.missing_guidance])


def ground_forslag(f: Features, so_far: Findings) -> list[Finding]:
    """A suggestion to improve case handling or service, not negated."""
    return _ground("forslag", f.forslag)


# --- Exclusions and where to go ----------------------------------------------------------------

def exclusion_already_elsewhere(f: Features, so_far: Findings) -> list[Finding]:
    """The matter is already with the tilsyn, the Ombudsman, a court or another body: out, whatever else."""
    found: list[Finding] = []
    for code, evidence in f.already_bodies.items():
        found += [Finding(EXCLUSION, "anden_klageinstans", (evidence,)), Finding(REFER, code, (evidence,))]
    if found and not (so_far.grounds and f.set_apart):
        # Rule 6 is about the same matter: a letter that sets the body's matter apart from its own complaint
        # ("det er ikke det jeg skriver om") keeps its grounds and verdict, the exclusion noted (rule 4).
        found.append(Finding(ALREADY, "anden_klageinstans", tuple(f.already_bodies)))
    return found


def _asks_about(f: Features, code: str) -> bool:
    """The citizen asks how or where to complain about a matter of body ``code`` not yet brought there."""
    return bool(f.complaint_questions) and code not in f.already_bodies


def exclusion_by_nature(f: Features, so_far: Findings) -> list[Finding]:
    """Treatment errors, personal data, compensation belong to another body; asking where is guidance."""
    found: list[Finding] = []
    for code, evidence in f.by_nature.items():
        found.append(Finding(REFER, code, tuple(evidence)))
        if _asks_about(f, code):
            found += _ground("vejledning_om_klage", f.complaint_questions)
        elif code == "patientklager" and so_far.forvaltning is None and "region" in f.outside_bodies:
            # A GP's or a hospital's treatment, no municipal unit: not the municipality's at all (the patient
            # complaints body hears it; ``exclusion_ikke_kommunen`` refers to it, not to the region).
            found += _exclusion("ikke_kommunen", evidence)
        else:
            found += _exclusion("anden_klageinstans", evidence)
    return found


def drop_praktisk_is_the_treatment(f: Features, so_far: Findings) -> list[Finding]:
    """A practical-task problem told in a treatment error's sentences, or only as its circumstance, is the treatment.

    A circumstance (what instead, how long, how bad) told anywhere in a letter whose only complaint it would be ("en
    blivende tand blev trukket ud i stedet for mælketanden") tells the error, as beside a decision
    (``drop_praktisk_is_the_decision``)."""
    where = f.praktisk[1]
    if (
        "praktisk_opgave" in so_far.grounds and "patientklager" in f.by_nature
        and not _asks_about(f, "patientklager")
        and (f.all_in_body_nature("patientklager", where) or _only_circumstances(f, so_far))
    ):
        return [Finding(DROP_GROUND, "praktisk_opgave", so_far.grounds["praktisk_opgave"])]
    return []


# The tenancy's own words, no landlord or dispute named (``exclusion_ikke_kommunen``); a rise in the rent told beside
# the benefit is its figure too ("my rent goes up in January").
_RENT_RISE = re.compile(lexicon.RENT_RISE)
RENT_AS_BENEFIT_DATA = frozenset({"husleje", "huslejen", "lejekontrakt", "lejekontrakten", "lejer", "lejere", "rent",
                                  "the rent", "tenant", "lease", "rental contract"})


def _outside_named(f: Features, so_far: Findings) -> dict[str, list[str]]:
    """The outside bodies the text names, and those two of whose keywords it holds when no department is found."""
    named = dict(f.outside_bodies)
    for code in lexicon.NOT_MUNICIPALITY_BODIES:
        score = f.body_scores.get(code)
        if (score and len(score.keywords) >= 2 and so_far.forvaltning is None and code not in f.not_complained_of
                # An owned home has no landlord: the rent tribunal is not found by its words ("nabo", "lejlighed").
                and not (code == "huslejenaevn" and f.owned_home)):
            named.setdefault(code, list(score.keywords))
    if "udbetaling_danmark" in named and all(hit in RENT_AS_BENEFIT_DATA or _RENT_RISE.fullmatch(hit)
                                             for hit in named.get("huslejenaevn", ("-",))):
        # Beside the housing benefit the rent and the lease are its figures ("de mangler oplysninger om min husleje,
        # men jeg HAR sendt min lejekontrakt"), not a dispute with a landlord, who is not named.
        del named["huslejenaevn"]
    if so_far.forvaltning is not None:
        # Beside a municipal unit, a landlord's or a utility's reminder over a bill paid late is what the unit's
        # failure cost ("my integration benefit comes late ... my landlord sent me a warning"), not a dispute.
        for code in [code for code in named if code in ("huslejenaevn", "") and f.outside_only_as_late_bill(code)]:
            del named[code]
    return named


def exclusion_ikke_kommunen(f: Features, so_far: Findings) -> list[Finding]:
    """A body outside the municipality named (or two of its keywords, no department): not the municipality's.

    Not when the matter already lies with a complaint body (contract rule 6 decides; an outside body named there sets
    the scene: "anbragt, efter at politiet havde været ude ... klaget til Ankestyrelsen")."""
    if so_far.already:
        return []
    named = _outside_named(f, so_far)
    if not named and not f.outside_by_nature:
        return []
    distinct = {hit for evidence in named.values() for hit in evidence}
    # Only a compound part pointing at a department ("ungdomspsykiatrien" → psykiatri) names none.
    department = so_far.forvaltning
    weak = department is None or f.department_weight_beside_private(department) < WORD_WEIGHT
    if not (weak or not so_far.grounds or len(distinct) >= 2):
        # Beside a municipal complaint, a body named once counts only when it made a decision in the text, or when
        # the complaint is told of it ("I applied at SIRI in February and still have no decision").
        # So does a body beside a municipality the citizen disowns ("a private friskole, not one run by the kommune")
        # or asks to overrule someone else ("I want the municipality to overrule my a-kasse").
        told_of_it = (all(f.told_of_outside_body(evidence, acting=True) for evidence in so_far.grounds.values())
                      or _outside_asked_of(f))
        named = {code: evidence for code, evidence in named.items() if told_of_it or f.outside_body_decides(code)}
    elif not weak and len(distinct) < 2:
        # A department named, one outside body once: it counts only when it is what the matter is about.
        asked = _outside_asked_of(f)
        named = {code: evidence for code, evidence in named.items() if asked or f.outside_body_acts(code)}
    # A matter that is the body's by its nature stays, whatever else the text names (a home's valuation).
    for code, evidence in f.outside_by_nature.items():
        named.setdefault(code, evidence)
    found: list[Finding] = []
    for code, evidence in named.items():
        found += _exclusion("ikke_kommunen", evidence)
        # The region as the provider of a treatment complained of: the patient complaints body hears it.
        if code and not (code == "region" and "patientklager" in so_far.refer):
            found.append(Finding(REFER, code, tuple(evidence)))
    return found


def _owned_by_private_place(f: Features, department: str) -> bool:
    """The department's words are all a private place's of its kind ("friskole": school, class, teacher)."""
    score = f.department_scores.get(department)
    return score is not None and f.department_weight_beside_private(department) < WORD_WEIGHT <= score.total


def _outside_asked_of(f: Features) -> bool:
    """The municipality is disowned, or asked to overrule or step in, or the outside body is what the citizen complains
    of: an outside body named is the matter."""
    return bool(f.municipality_disowned or f.intervention_asked or f.outside_complained_against)


def exclusion_afgoerelse(f: Features, so_far: Findings) -> list[Finding]:
    """A municipal decision and a wish to change it in its sentence or the two after it."""
    # Not the municipality's matter: the decision to change is the outside body's or goes with its matter (a private
    # parking company's fee, Skattestyrelsen's deduction; 567 of the 571 labelled letters with ikke_kommunen have no
    # afgoerelse), unless a sentence tells the municipality's own decision ("Jobcentret har også givet mig afslag").
    if not f.has_decision or ("ikke_kommunen" in so_far.exclusions and not f.municipal_decision_told):
        return []
    if f.employment_matter:  # the employer's act ("ønsker advarslen trukket tilbage") is employment
        return []
    if so_far.already:  # the matter, the decision with it, lies with another body already (contract rule 6)
        return []
    decided = [sentence for sentence, decision in zip(f.sentences, f.decision_sentences, strict=True) if decision]
    if decided and "patientklager" in f.by_nature and f.all_in_body_nature("patientklager", decided):
        return []  # the decision is the treatment ("lægen satte min dosis ned"): Styrelsen for Patientklager's
    if f.decisions_all_political:  # "The city council has voted to ... This decision should be reversed": politisk
        return []
    # Asking how or where to complain, a disagreement is the reason for the complaint (rule 7).
    wishes = f.decision_demands if "vejledning_om_klage" in so_far.grounds else f.decision_wishes + f.appeal_wishes
    return _exclusion("afgoerelse", wishes)


def drop_praktisk_is_the_decision(f: Features, so_far: Findings) -> list[Finding]:
    """A practical-task problem told only in the decision's sentences is the decision's content. So is a
    circumstance (how long, what instead, how bad) told anywhere in a letter whose only complaint it would be,
    beside a decision the citizen wants changed: "han har næsten ikke været i skole i 8 uger" is why the decision is
    wrong. A task left undone ("hjemmeplejen er ikke kommet tre gange") stays a complaint of its own."""
    if "afgoerelse" not in so_far.exclusions or "praktisk_opgave" not in so_far.grounds:
        return []
    if f.praktisk_is_the_decision(f.praktisk[1]) or _only_circumstances(f, so_far):
        return [Finding(DROP_GROUND, "praktisk_opgave", so_far.grounds["praktisk_opgave"])]
    return []


def _only_circumstances(f: Features, so_far: Findings) -> bool:
    """The letter's only complaint is a practical task, and every problem found tells a circumstance of it."""
    return set(so_far.grounds) == {"praktisk_opgave"} and f.praktisk_circumstances_only


def drop_praktisk_is_the_policy(f: Features, so_far: Findings) -> list[Finding]:
    """A practical-task problem told only in a political decision's sentences is that decision's content. So is a
    circumstance (how long, what instead, how bad) told anywhere in a letter whose only complaint it would be, beside
    a political decision the citizen objects to: "børnene skal i stedet gå i en ny stor institution" is why the
    closure is wrong, as beside a decision of the citizen's own (``drop_praktisk_is_the_decision``). So is a task
    told short beside a letter that holds no complaint of the staff ("jeg har intet at klage over dem ... de har kun 10
    minutter ... politikerne har skåret tiden ned"): the time given is the policy."""
    if "politisk" in so_far.exclusions and "praktisk_opgave" in so_far.grounds and (
            f.praktisk_is_the_policy() or _only_circumstances(f, so_far)
            or (f.no_complaint_beside and set(so_far.grounds) == {"praktisk_opgave"})):
        return [Finding(DROP_GROUND, "praktisk_opgave", so_far.grounds["praktisk_opgave"])]
    return []


def refer_appeal_body(f: Features, so_far: Findings) -> list[Finding]:
    """A decision to change, or a question how to complain: refer to the decision's appeal body."""
    if f.employment_matter:  # no appeal body for an employer's act
        return []
    if f.appeal and ("afgoerelse" in so_far.exclusions or "vejledning_om_klage" in so_far.grounds):
        return [_appeal_refer(f, f.appeal)]
    return []


def exclusion_politisk(f: Features, so_far: Findings) -> list[Finding]:
    """Political decisions: service level, closures, priorities; not political words that are only the background of
    a complaint found in the text, with no objection to the policy near them (``Features.politics_in_passing``; a
    politician's public statement is a matter of its own), nor of the citizen's own decision (``afgoerelse``) or an
    outside body's matter (``ikke_kommunen``)."""
    if so_far.grounds and f.politisk and not f.politician_statement and f.politics_in_passing:
        return []
    if {"afgoerelse", "ikke_kommunen"} & set(so_far.exclusions) and not f.politician_statement:
        # The citizen's own decision to change, the politics its background ("sat ned ... fordi politikerne skal
        # spare ... jeg vil have afgørelsen lavet om"): afgoerelse alone (none of the 282 labelled letters with
        # politisk has afgoerelse too). An outside body's matter: its deciders' politics, not the council's (the
        # region's politicians closing a hospital's emergency ward: ikke_kommunen alone).
        return []
    return _exclusion("politisk", f.politisk)


def drop_stock_reply_is_the_policy(f: Features, so_far: Findings) -> list[Finding]:
    """A stock reply that only restates a political decision the citizen objects to, the letter's only complaint of
    handling, is the policy again ("fik et standardsvar om at det er en politisk beslutning")."""
    return _handling_is_the_policy(so_far, f.stock_reply_is_the_policy)


def drop_not_consulted_is_the_policy(f: Features, so_far: Findings) -> list[Finding]:
    """Not being consulted before a political decision the citizen objects to, the letter's only complaint of
    handling, is part of the objection to the policy ("Nobody asked the parents about this. I think it is unfair"),
    not a complaint of the handling of the citizen's own case."""
    return _handling_is_the_policy(so_far, f.not_consulted_is_the_policy)


def _handling_is_the_policy(so_far: Findings, told_of_policy: Callable[[Iterable[str]], bool]) -> list[Finding]:
    """Beside a political decision, case handling as the letter's only ground, every piece of it told as the policy
    (``told_of_policy``): no ground of its own."""
    evidence = so_far.grounds.get("sagsbehandling")
    if "politisk" in so_far.exclusions and set(so_far.grounds) == {"sagsbehandling"} and told_of_policy(evidence):
        return [Finding(DROP_GROUND, "sagsbehandling", evidence)]
    return []


def drop_grounds_of_politician(f: Features, so_far: Findings) -> list[Finding]:
    """A politician's public statement, and what went wrong told only of them: no grounds ("I et interview sagde
    borgmesteren ... Det er så nedværdigende at høre fra en politiker"). A suggestion stays (rule 3)."""
    if f.politician_statement and so_far.grounds and "forslag" not in so_far.grounds and all(
            f.told_of_politician(evidence) for evidence in so_far.grounds.values()):
        return _drop_all(so_far.grounds)
    return []


def exclusion_ansaettelse(f: Features, so_far: Findings) -> list[Finding]:
    """Employment in the municipality; "min leder", "mine kolleger" only without signs of a benefit case.

    A suggestion from someone who only says where they work ("Jeg arbejder som socialrådgiver på et herberg og vil
    gerne komme med et forslag") is a suggestion: the job is the writer's role (``Features.employment_only_role``)."""
    if "forslag" in so_far.grounds and f.employment_only_role:
        return []
    return _exclusion("ansaettelse", f.ansaettelse)


def exclusion_legality(f: Features, so_far: Findings) -> list[Finding]:
    """Legality alone, with no ground: the kommunale tilsyn."""
    if so_far.grounds or "anden_klageinstans" in so_far.exclusions or not f.legality:
        return []
    return [*_exclusion("anden_klageinstans", f.legality), Finding(REFER, "tilsynet", tuple(f.legality))]


# --- Structured answers (the guide, the complaint form) ----------------------------------------

def answers_forvaltning(f: Features, so_far: Findings) -> list[Finding]:
    """The department the citizen chose wins over the text."""
    chosen = f.answers.get("forvaltning")
    if isinstance(chosen, str) and chosen in f.config.department_names and chosen != so_far.forvaltning:
        return [Finding(DEPARTMENT, chosen, ("answers.forvaltning",))]
    return []


def answers_topic(f: Features, so_far: Findings) -> list[Finding]:
    """The topic the citizen chose: a ground, or afgørelse, politisk, ansættelse."""
    topic = f.answers.get("topic")
    if topic in GROUNDS:
        return _ground(topic, ["answers.topic"])
    if topic in TOPIC_EXCLUSIONS:
        return _exclusion(topic, ["answers.topic"])
    return []


def answers_topic_appeal_body(f: Features, so_far: Findings) -> list[Finding]:
    """A chosen topic about a decision, and nowhere to refer yet: the decision's appeal body."""
    if f.answers.get("topic") in {"afgoerelse", "vejledning_om_klage"} and not so_far.refer and f.appeal:
        return [_appeal_refer(f, f.appeal)]
    return []


def answers_about_municipality(f: Features, so_far: Findings) -> list[Finding]:
    """The citizen says it is not about the municipality: the authority chosen, and no department."""
    if f.answers.get("about_municipality") != "no":
        return []
    found = [Finding(EXCLUSION, "ikke_kommunen", ("answers.about_municipality",))]
    authority = f.answers.get("other_authority")
    if authority in f.config.body_names:
        found.append(Finding(REFER, authority, ("answers.other_authority",)))
    chosen = f.answers.get("forvaltning")
    chose_department = isinstance(chosen, str) and chosen in f.config.department_names
    if not chose_department and so_far.forvaltning is not None:
        found.append(Finding(DEPARTMENT, None, ("answers.about_municipality",)))
    return found


def answers_already_with(f: Features, so_far: Findings) -> list[Finding]:
    """The citizen says the matter is already with a complaint body (a code, or "other")."""
    already_with = f.answers.get("already_with")
    if not already_with or already_with == "no":
        return []
    found = [Finding(EXCLUSION, "anden_klageinstans", ("answers.already_with",))]
    if already_with in f.config.body_names:
        found.append(Finding(REFER, already_with, ("answers.already_with",)))
    found.append(Finding(ALREADY, "anden_klageinstans", ("answers.already_with",)))
    return found


# --- Time limit, and what the exclusions take back ---------------------------------------------

def _outside_only(f: Features, so_far: Findings) -> bool:
    """Not the municipality's: an outside body's matter, and no department or every ground told of that body."""
    return "ikke_kommunen" in so_far.exclusions and not f.not_yet_with_unit and (
        so_far.forvaltning is None or _outside_asked_of(f)
        or _owned_by_private_place(f, so_far.forvaltning)
        or all(f.told_of_outside_body(evidence) for evidence in so_far.grounds.values()))


def exclusion_over_et_aar(f: Features, so_far: Findings) -> list[Finding]:
    """Beyond the time limit: the citizen's event_date, else conservative evidence in the text (not for a matter
    that is only an outside body's: the time limit is the advisor's own)."""
    if _outside_only(f, so_far):
        return []
    if f.event is not None:
        if (f.received - f.event).days > f.config.complaint_time_limit_days:
            return _exclusion("over_et_aar", [f"event_date {f.event.isoformat()}"])
        return []
    return _exclusion("over_et_aar", [f.old_event] if f.old_event else [])


def drop_grounds_ansaettelse(f: Features, so_far: Findings) -> list[Finding]:
    """Employment drops the grounds; discrimination at work goes to Ligebehandlingsnævnet."""
    if "ansaettelse" not in so_far.exclusions or not so_far.grounds:
        return []
    found = []
    if "diskrimination" in so_far.grounds and "ligebehandlingsnaevnet" in f.config.body_names:
        found.append(Finding(REFER, "ligebehandlingsnaevnet", so_far.grounds["diskrimination"]))
    return found + _drop_all(so_far.grounds)


def drop_grounds_ikke_kommunen(f: Features, so_far: Findings) -> list[Finding]:
    """Not the municipality, and no department or every ground told of the outside body: no grounds (Udbetaling
    Danmark's delay is not ours; "the woman at the transport booking line was rude" beside "I'm a wheelchair user")."""
    if so_far.grounds and _outside_only(f, so_far):
        return _drop_all(so_far.grounds)
    return []


def department_none_ikke_kommunen(f: Features, so_far: Findings) -> list[Finding]:
    """Not the municipality and no ground left: no department either."""
    if ("ikke_kommunen" in so_far.exclusions and not so_far.grounds and so_far.forvaltning is not None
            and not f.not_yet_with_unit):
        return [Finding(DEPARTMENT, None, ("ikke_kommunen",))]
    return []


# --- The learned component: advice where the rules found nothing --------------------------------

def learned_area(f: Features, so_far: Findings) -> list[Finding]:
    """No department found or chosen, and the matter the municipality's: the learned model's, if confident."""
    model = f.config.learned
    if (
        model is None or so_far.forvaltning is not None or f.answers.get("forvaltning")
        or {"ikke_kommunen", "ansaettelse"} & set(so_far.exclusions) or so_far.already
    ):
        return []
    prediction = model.area.predict(f.learned_features_for(model.area))
    if (
        prediction is None or prediction.code == NO_AREA or prediction.probability < model.area_threshold
        or prediction.probability - prediction.runner_up < model.area_margin
        or prediction.code not in f.config.department_names
    ):
        return []
    return [Finding(DEPARTMENT, prediction.code, prediction.words, detail=prediction.detail())]


def _rules_found_nothing(so_far: Findings) -> bool:
    """No ground and no exclusion but the one-year rule: where ``ground.default`` guesses."""
    return not so_far.grounds and not set(so_far.exclusions) - {"over_et_aar"}


def learned_exclusion(f: Features, so_far: Findings) -> list[Finding]:
    """No ground or exclusion found: the learned model's exclusion (a decision to change), if confident."""
    model = f.config.learned
    if model is None or model.exclusions is None or not _rules_found_nothing(so_far) or f.employment_matter:
        return []
    prediction = model.exclusions.predict(f.learned_features_for(model.exclusions))
    if prediction is None or prediction.probability < model.exclusion_threshold:
        return []
    if prediction.code == "ansaettelse" and f.private_workplace:  # the writer's private employer's, not ours
        return []
    found = [Finding(EXCLUSION, prediction.code, prediction.words or ("learned model",), detail=prediction.detail())]
    if prediction.code == "afgoerelse":
        # The decision's appeal body: the text's, else the department's (found by the text or the model).
        appeal = f.appeal or f.config.areas.department_body.get(so_far.forvaltning or "")
        if appeal in f.config.body_names:
            found.append(_appeal_refer(f, appeal))
    return found


def learned_beside(f: Features, so_far: Findings) -> list[Finding]:
    """A decision or a political choice to change and no ground: a complaint beside it, if the model is confident
    (the grounds head's best ground among those that can stand beside a decision). Not beside a politician's public
    statement: what the politician said is the matter, no choice to change; nor where the letter says it holds no
    complaint of the staff or the handling ("jeg klager ikke over nogen af de ansatte, det er beslutningen")."""
    model = f.config.learned
    if (
        model is None or model.beside is None or so_far.grounds or so_far.already or f.part
        or not set(BESIDE_EXCLUSIONS) & set(so_far.exclusions)
        or {"ikke_kommunen", "ansaettelse"} & set(so_far.exclusions) or f.politician_statement
        or f.no_complaint_beside
    ):
        return []
    prediction = model.beside.predict(f.learned_features_for(model.beside))
    if prediction is None or prediction.probability < model.beside_threshold:
        return []
    ground = model.grounds.predict(f.learned_features, among=BESIDE_GROUNDS)
    if ground is None:
        return []
    # The weight shown is the beside head's (is there a second matter?); the ground's own probability beside it.
    detail = {**prediction.detail(), "ground_probability": round(ground.probability, 3),
              "ground_words": list(ground.words)}
    return [Finding(GROUND, ground.code, prediction.words or ("learned model",), detail=detail)]


def learned_ground(f: Features, so_far: Findings) -> list[Finding]:
    """No ground or exclusion found, or only the body that has the matter: the learned model's ground, if confident.

    Else ``ground.default`` guesses. A matter already with another body stays out of scope (contract rule 6,
    "whatever grounds the text holds"); the answer still says what the complaint is about."""
    model = f.config.learned
    already_only = (so_far.already and not so_far.grounds
                    and not set(so_far.exclusions) - {"over_et_aar", "anden_klageinstans"})
    if model is None or not (_rules_found_nothing(so_far) or already_only):
        return []
    prediction = model.grounds.predict(f.learned_features)
    if prediction is None or prediction.probability < model.ground_threshold or (
            already_only and prediction.code == "vejledning_om_klage"):
        return []
    found = [Finding(GROUND, prediction.code, prediction.words or ("learned model",), detail=prediction.detail())]
    if prediction.code == "vejledning_om_klage" and f.appeal in f.config.body_names:
        # Asking where to complain about a decision: the decision's appeal body, as refer.appeal_body gives it when
        # the rules find the question (contract rule 7: in scope, with refer_to).
        found.append(_appeal_refer(f, f.appeal))
    return found


def ground_default(f: Features, so_far: Findings) -> list[Finding]:
    """Nothing found: a complaint about case handling, or about a practical task when one is named."""
    # A unit the citizen has not yet turned to ("I have not complained to Borgerservice yet") has a matter of its own
    # beside an outside body's.
    beside_outside = ("ikke_kommunen" in so_far.exclusions and not so_far.grounds
                      and not set(so_far.exclusions) - {"over_et_aar", "ikke_kommunen"} and f.not_yet_with_unit)
    if not (_rules_found_nothing(so_far) or beside_outside):
        return []
    # The one-year rule says nothing about what the complaint is about, so it gets a ground too.
    if f.practical_topic and not f.has_decision and not f.application:
        return [Finding(GROUND, "praktisk_opgave", (),
                        detail="no ground or exclusion found: read as a complaint about a practical task")]
    return [Finding(GROUND, "sagsbehandling", (),
                    detail="no ground or exclusion found: read as a complaint about case handling")]


# --- First contact and verdict -----------------------------------------------------------------

def contact_status(f: Features, so_far: Findings) -> list[Finding]:
    """Has the unit had its chance? The citizen's answer wins over the text; "not yet" over "asked"."""
    answer = f.answers.get("contacted_unit")
    if answer == "no":
        return [Finding(CONTACT, "not_yet", ("answers.contacted_unit",))]
    if answer in CONTACTED_VALUES:
        return [Finding(CONTACT, "contacted", ("answers.contacted_unit",))]
    not_yet, contacted = f.not_yet_contacted, f.contacted
    if not_yet and contacted and all(f.not_yet_above_unit(hit) for hit in not_yet):
        # "Har skrevet til sagsbehandleren fire gange ... har ikke klaget til lederen": the unit has
        # had its chance; going up to the manager is not needed first.
        return [Finding(CONTACT, "contacted", (*contacted, *(f"ikke til ledelsen: {hit}" for hit in not_yet)))]
    if not_yet:
        return [Finding(CONTACT, "not_yet", tuple(not_yet))]
    if contacted:
        return [Finding(CONTACT, "contacted", tuple(contacted))]
    if f.letter_contact and f.letter_contact[0] != "unknown":  # one matter of several: what the letter says of it
        return [Finding(CONTACT, f.letter_contact[0], tuple(f"brevet: {hit}" for hit in f.letter_contact[1]))]
    return [Finding(CONTACT, "unknown")]


def verdict(f: Features, so_far: Findings) -> list[Finding]:
    """The verdict, by the first contract rule that applies: 6, 5, 1, 3, 2, else 4."""
    grounds = so_far.grounds
    if so_far.already:
        decided = OUT_OF_SCOPE, 6
    elif "over_et_aar" in so_far.exclusions:
        decided = OUT_OF_SCOPE, 5
    elif not grounds:
        decided = OUT_OF_SCOPE, 1
    elif any(code not in NEEDS_FIRST_CONTACT for code in grounds):
        decided = IN_SCOPE, 3
    elif so_far.contact == "not_yet":
        decided = CONTACT_UNIT_FIRST, 2
    else:
        decided = IN_SCOPE, 4
    return [Finding(VERDICT, decided[0], (), detail={"rule": decided[1], "contact": so_far.contact})]


def letter_matters(f: Features, so_far: Findings) -> list[Finding]:
    """A letter of several matters: each is read alone, the letter by rule 4 (the engine joins them)."""
    # Nothing to do within one text: ``engine._letter`` writes this rule's findings after the matters' traces.
    return []


_NOT_THE_MUNICIPALITY = f"{DOCS} § Verdict: Not the municipality"
_LEARNED = f"issue 12; {DOCS} § The learned component"
RULES: tuple[Rule, ...] = (
    Rule("department.text", f"{DOCS} § How the text is read; § Department and appeal body", department_from_text),
    Rule("ground.sagsbehandling", f"{SEED}; {CONTRACT} § Codes", ground_sagsbehandling),
    Rule("ground.adfaerd", f"{SEED}; {DOCS} § How the text is read: Negation", ground_adfaerd),
    Rule("ground.praktisk_opgave", f"{SEED}; {DOCS} § How the text is read", ground_praktisk_opgave),
    Rule("ground.diskrimination", f"{SEED}; {CONTRACT} rule 3", ground_diskrimination),
    Rule("ground.forstaa_afgoerelse", f"{SEED}; {DOCS} § How the text is read", ground_forstaa_afgoerelse),
    Rule("ground.vejledning_om_klage", f"{SEED}; {CONTRACT} rule 7", ground_vejledning_om_klage),
    Rule("ground.manglende_klagevejledning", f"{DOCS} § How the text is read", ground_manglende_klagevejledning),
    Rule("ground.forslag", f"{SEED}; {CONTRACT} rule 3", ground_forslag),
    Rule("exclusion.already_elsewhere", f"{SEED}; {CONTRACT} rule 6", exclusion_already_elsewhere),
    Rule("exclusion.by_nature", f"{SEED}; {CONTRACT} rule 7; {DOCS} § How the text is read", exclusion_by_nature),
    Rule("drop.praktisk_is_the_treatment", f"{DOCS} § How the text is read", drop_praktisk_is_the_treatment),
    Rule("exclusion.ikke_kommunen", f"{CONTRACT} § Codes; {_NOT_THE_MUNICIPALITY}", exclusion_ikke_kommunen),
    Rule("exclusion.afgoerelse", f"{SEED}; {CONTRACT} rule 7", exclusion_afgoerelse),
    Rule("drop.praktisk_is_the_decision", f"{DOCS} § How the text is read", drop_praktisk_is_the_decision),
    Rule("refer.appeal_body", f"{CONTRACT} rule 7; {DOCS} § Department and appeal body", refer_appeal_body),
    Rule("exclusion.politisk", f"{SEED}", exclusion_politisk),
    Rule("drop.praktisk_is_the_policy", f"{DOCS} § How the text is read", drop_praktisk_is_the_policy),
    Rule("drop.stock_reply_is_the_policy", f"{DOCS} § How the text is read", drop_stock_reply_is_the_policy),
    Rule("drop.not_consulted_is_the_policy", f"{DOCS} § How the text is read", drop_not_consulted_is_the_policy),
    Rule("drop.grounds_of_politician", f"{SEED}; {DOCS} § How the text is read", drop_grounds_of_politician),
    Rule("exclusion.ansaettelse", f"{SEED}; {DOCS} § Verdict: Employment", exclusion_ansaettelse),
    Rule("exclusion.legality", f"{SEED}; {DOCS} § How the text is read", exclusion_legality),
    Rule("answers.forvaltning", f"{DOCS} § Structured answers", answers_forvaltning),
    Rule("answers.topic", f"{DOCS} § Structured answers", answers_topic),
    Rule("answers.topic_appeal_body", f"{DOCS} § Structured answers; {CONTRACT} rule 7", answers_topic_appeal_body),
    Rule("answers.about_municipality", f"{DOCS} § Structured answers", answers_about_municipality),
    Rule("answers.already_with", f"{DOCS} § Structured answers; {CONTRACT} rule 6", answers_already_with),
    Rule("exclusion.over_et_aar", f"{CONTRACT} rule 5; {DOCS} § How the text is read: One year",
         exclusion_over_et_aar),
    Rule("drop.grounds_ansaettelse", f"{DOCS} § Verdict: Employment", drop_grounds_ansaettelse),
    Rule("drop.grounds_ikke_kommunen", _NOT_THE_MUNICIPALITY, drop_grounds_ikke_kommunen),
    Rule("department.none_ikke_kommunen", _NOT_THE_MUNICIPALITY, department_none_ikke_kommunen),
    Rule("learned.area", _LEARNED, learned_area),
    Rule("learned.exclusion", _LEARNED, learned_exclusion),
    Rule("learned.beside", _LEARNED, learned_beside),
    Rule("learned.ground", _LEARNED, learned_ground),
    Rule("ground.default", f"{DOCS} § Verdict: Nothing found", ground_default),
    Rule("contact", f"{SEED}; {CONTRACT} rule 2; {DOCS} § How the text is read: First contact", contact_status),
    Rule("verdict", f"{CONTRACT} rules 1-6; {DOCS} § Verdict", verdict),
    Rule("letter.matters", f"{CONTRACT} rule 4; {DOCS} § Letters with several matters", letter_matters),
)


def rules_run(features: Features, rules: Sequence[Rule] = RULES) -> Findings:
    """Apply ``rules`` in order; each finding is stamped with the name of the rule that made it."""
    so_far = Findings()
    for rule in rules:
        new = rule.apply(features, so_far)
        if new:
            so_far = so_far.plus([Finding(item.kind, item.code, item.evidence, rule.name, item.detail) for item in new])
    return so_far


def rules_table() -> str:
    """The rules table of docs/triage.md, as markdown."""
    lines = ["| # | rule | what it finds | source |", "|---|---|---|---|"]
    for number, rule in enumerate(RULES, start=1):
        lines.append(f"| {number} | `{rule.name}` | {rule.summary} | {rule.source} |")
    return "\n".join(lines)
