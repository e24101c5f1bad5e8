"""What the triage engine reads in a henvendelse: its features, extracted once and then fixed.

The first step of the pipeline (docs/triage.md, "The pipeline"). ``features_extract`` reads the text,
the structured answers and the configuration into a ``Features`` object; the rules (``triage.rules``)
only read it. Each feature is a pure function of the input: the ones every rule needs (normalised
text, tokens, sentences, department and body scores, the area evidence, the appeal body) are computed
at once, the others (the hits of each lexicon group, with negation already applied; the decisions;
the one-year evidence) on first use and then kept, so a case pays only for what its rules ask.

Rules of reading (docs/triage.md, "How the text is read"):

- Lexicon groups (``lexicon.py``) match the normalised text; a negatable group ignores a match with a
  negation inside it or up to ``NEGATION_WINDOW`` characters before it (a hedged negation, "ikke
  nødvendigvis", reaches twice as far).
- A sentence holds a decision when it matches ``DECISION_CONTEXT``, or "har besluttet" without a
  political decider in it.
- A wish to change a decision counts in the decision's sentence and the ``DECISION_REACH`` sentences
  after it, unless it is negated or is the object of an application ("har søgt om at få ...").
- The one-year evidence in the text is read conservatively: an old date counts only when the text
  names no recent date and does not say the matter is ongoing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from borgerraad.privacy.cpr import contains_cpr
from borgerraad.triage import gate, lexicon, vocabulary
from borgerraad.triage.areas import AreaHit, appeal_body, apply_to_departments, find_areas
from borgerraad.triage.config import TriageConfig, UnitScore
from borgerraad.triage.learned import CONTENT, Head, content_features, text_features
from borgerraad.triage.text import Token, normalise, sentences, tokens

NEGATION_WINDOW = 14
DECISION_REACH = 3  # sentences after a decision in which a wish to change it still counts


# --- Compiled lexicon --------------------------------------------------------------------------

def _group(patterns: list[str]) -> re.Pattern[str]:
    return lexicon.compile_group(patterns, re.MULTILINE)


def _gated(key: str, patterns: list[str]) -> lexicon.Keyed:
    """A group most texts hold no word of: searched in the triaged text only when ``gate.TEXT`` opens it."""
    return gate.TEXT.add(key, patterns, re.MULTILINE)


_SAGSBEHANDLING = _group(lexicon.SAGSBEHANDLING)
_ADFAERD = _group(lexicon.ADFAERD)
_PRAKTISK_TOPIC = _group(lexicon.PRAKTISK_TOPIC)
_PRAKTISK_PROBLEM = _group(lexicon.PRAKTISK_PROBLEM)
_PRAKTISK_CIRCUMSTANCE = re.compile(lexicon.PRAKTISK_CIRCUMSTANCE)
_DISKRIMINATION = _gated("DISKRIMINATION", lexicon.DISKRIMINATION)
_PEOPLE_LIKE_YOU = _gated("PEOPLE_LIKE_YOU", lexicon.PEOPLE_LIKE_YOU)
# The trait class's own words for a remark about a group ("folk som jer", "your kind"): the remark, not its trait.
_REMARK_NOT_TRAIT = re.compile(r"(people like|folk som|jeres slags|your kind|flere af jer|børn som)\b")
_FORSTAA = _gated("FORSTAA", lexicon.FORSTAA_AFGOERELSE)
_FORSTAA_FINITE = _gated("FORSTAA_FINITE", [lexicon.FORSTAA_FINITE])
_FORSTAA_NEGATED_BEFORE = re.compile(lexicon.FORSTAA_NEGATED_BEFORE)
_VEJLEDNING = _gated("VEJLEDNING", lexicon.VEJLEDNING_OM_KLAGE)
_FORSLAG = _group(lexicon.FORSLAG)
_APPLICATION = _gated("APPLICATION", lexicon.APPLICATION)
_DECISION = _group(lexicon.DECISION_CONTEXT)
_DECIDED = _group(lexicon.DECIDED)
_WANTS_CHANGE = _group(lexicon.WANTS_CHANGE + lexicon.DISAGREES)
_DEMANDS_CHANGE = _group(lexicon.WANTS_CHANGE)
# "Jeg har søgt om at få min kontanthjælp udbetalt": the wish is the application, not a change of a decision.
_APPLIED_FOR = re.compile(r"\b(søgt|søgte|ansøgt|ansøgte|anmodet|anmodede|bedt|bad) (\w+ ){0,2}om (at )?$")
_APPLIED_FOR_ANYWHERE = re.compile(r"\b(søgt|søgte|ansøgt|ansøgte|anmodet|anmodede) (\w+ ){0,2}om (at )?")
_WANTS_TO_APPEAL = _group(lexicon.WANTS_TO_APPEAL)
_POLITISK = _gated("POLITISK", lexicon.POLITISK)
_COMMITTEE_DECISION = _group(lexicon.COMMITTEE_DECISION)
_POLITICIAN_STATEMENT = _group(lexicon.POLITICIAN_STATEMENT)
_POLITICIAN_COMPLAINED_OF = _group(lexicon.POLITICIAN_COMPLAINED_OF)
_STOCK_REPLY_POLICY = _group(lexicon.STOCK_REPLY_POLICY)
_POLICY_NOT_CONSULTED = _group(lexicon.POLICY_NOT_CONSULTED)
# Every match of it holds one of these (the plain search that decides whether to look for it at all).
_POLITICIAN_WORDS = ("politiker", "byrådsmedlem", "folkevalgt", "rådmand", "rådmænd", "politician", "councillor",
                     "council member")
# A complaint about the one named next ("klage over et medlem af ...", "complain about the"): the one complained of.
_COMPLAINED_OF = re.compile(r"\b(klage\w*|klager) over (en |et |den |det |denne |dette )?$"
                            r"|\bcomplain\w* (about|of|against) (a |an |the |this )?$")
_ANSAETTELSE = _group(lexicon.ANSAETTELSE)
_ANSAETTELSE_WEAK = _group(lexicon.ANSAETTELSE_WEAK)
_BENEFIT_CASE = _gated("BENEFIT_CASE", lexicon.BENEFIT_CASE)
_EMPLOYEE_OF_BENEFIT_UNIT = _group(lexicon.EMPLOYEE_OF_BENEFIT_UNIT)
_BUSINESS_CASE = _group(lexicon.BUSINESS_CASE)
_ON_BEHALF = _group(lexicon.ON_BEHALF)
_FIRST_PERSON = re.compile(r"(jeg|i|i'm|i am)\b")
_FIRST_PERSON_BEFORE = re.compile(r"\b(jeg|i|i'm|i am) $")
_ALREADY_OTHER = _gated("ALREADY_OTHER", lexicon.ALREADY_OTHER)
_ALREADY_SUED = _gated("ALREADY_SUED", lexicon.ALREADY_SUED)
_SET_APART = _group(lexicon.SET_APART)
UNIT_AS_DECIDER = 30  # characters from a sentence's start within which a unit's name stands as who decided
_EMPLOYMENT_ROLE = _group(lexicon.EMPLOYMENT_ROLE)
_EMPLOYER_AS_CONTEXT = _group(lexicon.EMPLOYER_AS_CONTEXT)
_ALREADY = {
    code: re.compile(
        # (After "the" a place's name may stand: "to the Copenhagen City Court". Not across what should have been:
        # "skrev at klagen skulle sendes til Ankestyrelsen".)
        "(?:" + lexicon.ALREADY_VERB + r"(?:(?!\b(?:skulle|should)\b)[^.!?\n]){0,60}?"
        r"\b(til|hos|ved|i|for|af|to|with|before|at) (\w+ )?"
        r"(the (?:\w+ )?|det )?"
        r"(\w+['’]s )?"  # a possessive: "to the parliament's ombudsman"
        r"(district |city |high |supreme |parliamentary |danish |building |state |local |nationale |national |probate |"
        r"uafhængige |independent ){0,2}"  # "to the Danish Parliamentary Ombudsman"
        + "|" + lexicon.ALREADY_WITH + ")(" + name + ")"
    )
    for code, name in lexicon.BODY_NAMES.items()
}
# The body's name, then what it does with the matter, also in a relative clause ("Ombudsmanden, som nu har sagen under
# behandling"; "Ankestyrelsen, hvor sagen verserer"), with a few words or a bracket between in the same sentence
# ("Ombudsmanden på Christiansborg har min klage", "(Datatilsynet) has the case now", "(Styrelsen for Patientklager) in
# October and they have confirmed they are handling it").
_ALREADY_HANDLING = {
    code: re.compile("(" + name + r")(?:\)|[^.!?\n]{0,40}?)?,? (?:(?:som|der|which|who) )?(?:"
                     + lexicon.ALREADY_HANDLING + ")")
    for code, name in lexicon.BODY_NAMES.items()}
# Nævnenes Hus houses both the building and the planning appeal boards: beside the planning board named, it is that one.
_BOTH_BOARDS_HOUSE = re.compile(r"\bnævnenes hus\b")
_ALREADY_BY_LANDLORD = re.compile("(?:" + lexicon.ALREADY_BY_LANDLORD + ")$", re.MULTILINE)
_BODY_NAME = {code: re.compile(name) for code, name in lexicon.BODY_NAMES.items()}
# All the names as one group, behind the gate: a text that names a body is rare.
_ANY_BODY_NAME = _gated("BODY_NAMES", list(lexicon.BODY_NAMES.values()))
_BY_NATURE = {code: _group(patterns) for code, patterns in lexicon.OTHER_BODY_BY_NATURE.items()}
# Behind the gate: few texts tell a home's valuation.
_VALUATION = _gated("VALUATION", lexicon.OUTSIDE_BY_NATURE["skatteankestyrelsen"])
# The state's student grant (SU) stopped or refused: few texts name it.
_STUDENT_GRANT = _gated("STUDENT_GRANT", lexicon.OUTSIDE_BY_NATURE[""])
_POLICE_BY_NATURE = _gated("POLICE_BY_NATURE", lexicon.OUTSIDE_BY_NATURE["politiet"])
_REGION_BY_NATURE = _gated("REGION_BY_NATURE", lexicon.OUTSIDE_BY_NATURE["region"])
_OUTSIDE_BY_NATURE = {"skatteankestyrelsen": _VALUATION, "": _STUDENT_GRANT, "politiet": _POLICE_BY_NATURE,
                      "region": _REGION_BY_NATURE}
# A neighbour's noise at night in an owned home: the police's (``lexicon.NEIGHBOUR_NUISANCE``).
_NEIGHBOUR_NUISANCE = _gated("NEIGHBOUR_NUISANCE", lexicon.NEIGHBOUR_NUISANCE)
_OWNED_HOME = _gated("OWNED_HOME", lexicon.OWNED_HOME)
# What a family is ("vi har fælles forældremyndighed", "efter min skilsmisse"), and a child placed in care, whose
# contact with its parents the municipality decides: neither is a matter for Familieretshuset
# (``Features._family_only``).
# Plain groups, searched only where Familieretshuset's words are found (their heads, "efter", "børn", are too common for
# the shared gate: every text would pay for them).
_FAMILY_STATUS = _group(lexicon.FAMILY_STATUS)
_PLACED_CHILD = _group(lexicon.PLACED_CHILD)
# The same by meaning (``vocabulary.py``): a body's matter told without its words.
_BY_NATURE_MEANING = {"patientklager": vocabulary.DOSING}
# How often a medicine is given ("hjemmesygepleje to gange dagligt til insulin", "twice a day"): a schedule.
_SCHEDULE = re.compile(r"\b(to|2|tre|3|twice|two|three) (gange? |times )?(dagligt|om dagen|daily|a day|om ugen|"
                       r"ugentligt|a week|weekly)\b")
_ANY_BY_NATURE = _gated("BY_NATURE",
                        [pattern for patterns in lexicon.OTHER_BODY_BY_NATURE.values() for pattern in patterns])
_LEGALITY = _gated("LEGALITY", lexicon.LEGALITY)
_NOT_MUNICIPALITY = {code: _group(patterns) for code, patterns in lexicon.NOT_MUNICIPALITY.items()}
_CREDITOR_REMINDER = _group([lexicon.CREDITOR_REMINDER])
_LATE_BILL = _group([lexicon.LATE_BILL])
_CHILD_REMOVED = _group([lexicon.CHILD_REMOVED])
_COMPLAINT_OF_THE_ABOVE = re.compile(r"\W*(det|dét|that|this) (vil|skal|ønsker|want|would like to|wish to)"
                                     r"( jeg| vi| i| we)?( gerne| også)? (klage|complain)")
_LIKE_EVERYONE = re.compile(r"\b(ligesom|som|like) (alle|everyone|everybody)\b")
_PERFECT_AUX = re.compile(r"\b(har|havde|have|has|had|haven|hasn|hadn)\b")
# All of them as one pattern: it matches somewhere exactly when one of them does, and one search for
# all of them is cheaper than one per body (most texts name none).
_ANY_NOT_MUNICIPALITY = _gated("NOT_MUNICIPALITY",
                               [pattern for patterns in lexicon.NOT_MUNICIPALITY.values() for pattern in patterns])
_INCIDENTAL = _group(lexicon.INCIDENTAL_OUTSIDE)
_INCIDENTAL_AFTER = _group(lexicon.INCIDENTAL_OUTSIDE_AFTER)
_ALREADY_DECLINED = re.compile(lexicon.ALREADY_DECLINED)
# The appeal bodies whose decision the citizen can only take on to Folketingets Ombudsmand (or a court).
_UPHOLDERS = ("ankestyrelsen", "klagenaevn", "byggeklage", "planklage", "miljoeklage", "specialundervisning")
_UPHOLDER_NAME = re.compile("|".join(lexicon.BODY_NAMES[code] for code in _UPHOLDERS))
_APPEAL_UPHELD = re.compile("(" + _UPHOLDER_NAME.pattern + ")" + lexicon.APPEAL_UPHELD)
_APPEAL_UPHELD_BY = re.compile("(?:" + lexicon.APPEAL_UPHELD_BY + ")$")
_COMPLAINED_OF = _group(lexicon.COMPLAINED_OF)
_NOT_COMPLAINED_OF = _group(lexicon.NOT_COMPLAINED_OF)
_COMPLAINT_AGAINST = _group(lexicon.COMPLAINT_AGAINST)
_MUNICIPALITY_DISOWNED = _group(lexicon.MUNICIPALITY_DISOWNED)
_PRIVATE_BUSINESS = _group(lexicon.PRIVATE_BUSINESS)
# Searched only in a text that names such a place (its heads, "i", "jeg", "my", are in every text).
_PRIVATE_WORKPLACE = _group(lexicon.PRIVATE_WORKPLACE)
_PRIVATE_PLACE = re.compile(r"\b(supermarked|supermarket|café|cafe|restaurant|shop|store|bar|hotel|warehouse|lager|"
                            r"butik|privat|private)\b")
# The municipality named as the employer: "ansat i kommunen", "I work for the municipality".
# The citizen's own benefit case told by its unit or benefit, not only by sick leave (``lexicon.SICK_LEAVE``).
_BENEFIT_UNIT = _group([pattern for pattern in lexicon.BENEFIT_CASE if pattern not in lexicon.SICK_LEAVE])
_MUNICIPAL_EMPLOYER = re.compile(r"\b(ansat|arbejder|arbejdede|work|works|worked|employed)( \w+){0,3} "
                                 r"(i|hos|ved|for|at|in|by) (kommunen|\w+ kommune|the (municipality|council|city))\b")
_INTERVENTION_ASKED = _group(lexicon.INTERVENTION_ASKED)
_PRIVATE_COUNTERPARTS = [(_group([place]), _group([words])) for place, words in lexicon.PRIVATE_COUNTERPARTS.values()]
_MUNICIPAL_KIND = _group(lexicon.MUNICIPAL_KIND)
_POLICY_DISOWNED = _group(lexicon.POLICY_DISOWNED)
_NO_COMPLAINT_BESIDE = _group(lexicon.NO_COMPLAINT_BESIDE)
# What the klagevejledning says of the appeal ("I klagevejledningen står der at ... det er Ankestyrelsen der behandler
# den"): where a complaint would go, not where the matter is.
_GUIDANCE_SAYS = re.compile(r"\bklagevejledning\w*|\b(the )?(complaints? )?guidance (says|said|states)\b")
# Where a person comes from, right before an outside body's name ("en p-vagt fra APCOA", "a caseworker at SIRI").
_FROM_BODY = re.compile(r"\w* (fra|hos|ved|from|at|of) (en |et |the |a )?")
# The head of every ``NOT_COMPLAINED_OF`` phrase: most texts say "klage" somewhere, few "ingen klage over".
_NOT_COMPLAINED_OF_GATE = re.compile(
    r"\b(ingen|ikke nogen|no|not any) (klage\w*|kritik|complaints?|criticism) (over|af|mod|about|of|against)\b"
    r"|\b((klager|klage|kritiserer) ikke|ikke (klage|klager|kritisere)) (over|af|mod)\b"
    r"|\b(not|don't|doesn't|didn't) (complaining|complain) (about|of|against)\b")
_NOT_YET = _group(lexicon.NOT_YET_CONTACTED)
_UNSURE = _group(lexicon.UNSURE)
# The municipality itself named ("kommunen", "the municipality", "Københavns Kommune").
_MUNICIPALITY = re.compile(r"\b(kommune\w*|municipal\w*|the city|the council)\b")
# An elected politician or the council as a person who speaks or decides (not a policy word such as "budget").
_POLITICIAN = re.compile(r"\b(\w*borgmester\w*|rådm[ae]nd\w*|folkevalgt\w*|politiker\w*|byråd\w*|kommunalbestyrelse\w*|"
                         r"mayor|politicians?|councillors?|city council)\b")
# The body's own conduct after its possessive: "klage over betjentenes opførsel" complains of the police (not "klage
# over politiets afgørelse i min sag", whose matter may be the municipality's too).
_CONDUCT_AFTER = re.compile(r" (opførsel|adfærd|optræden|behaviou?r|conduct)\b")
# The writer's own job as an aside to the matter: "Jeg er selv ansat i kommunen, så jeg ved godt at der er travlt", "I
# work for the city myself, so I know how busy it is".
_OWN_JOB_ASIDE = re.compile(r"\bså (jeg|vi) ved (godt|jo|udmærket)\b|\bso (i|we) (do )?(know|understand)\b"
                            # "Jeg er selv ansat i kommunen som sosu ... og kender godt travlheden".
                            r"|\b(og|and) (jeg |i )?(kender|ved|know|understand) (godt |jo |udmærket |well )?"
                            r"(travlheden|presset|vilkårene|systemet|how busy|the pressure|the system)\b")
# Seeking a job is what a benefit case asks of the citizen ("a job interview at a hotel the same day as my jobcentre
# meeting"), not employment in the municipality.
_JOB_SEEKING = re.compile(r"\bjob (interview|application)|\bansættelsessamtale|\bjobsamtale")
# In the citizen's own benefit case, a union representative who came along as a supporter ("TR var med som bisidder til
# et møde på Jobcenter København", "the shop steward came with him as a support person to the jobcentre"): a helper.
_UNION_REP = re.compile(r"\b(tillidsrepræsentant\w*|fagforening\w*|shop steward|union rep\w*)")
_UNION_REP_AS_SUPPORTER = re.compile(r"\bbisidder\w*|\b(as|som) (a |an |his |her )?support (person|worker)\b")
_CLAUSE_OR_SENTENCE_END = re.compile(r"[,;:.!?]\s|\n|\s(because|fordi|since|siden|as i|da jeg|da vi)\s")
# The citizen's own caseworker at a municipal centre ("min sagsbehandler", "sagsbehandleren i borgercentret").
_MUNICIPAL_CASEWORKER = re.compile(r"\b(sagsbehandler\w*|caseworker|borgercent\w*|rådgiver(en)?)\b")
# Anyone employed there ("når man er ansat i kommunen"), or a staff member named by the noun ("en ansat i kommunen skal
# ikke opføre sig sådan"): not the writer. ("I am a municipal employee" is the writer.)
_GENERIC_SUBJECT = re.compile(r"\b(man|one) (er|var|is|was) $|\b(en|den|ingen|enhver) $")
# Whom the citizen has not yet told, as a pronoun: "til hende", "them", "dem".
_PERSON_OBJECT = re.compile(r"\b(hende|ham|dem|her|him|them|de|they)\b")
_ABOVE_UNIT = re.compile(r"\b(leder\w*|chef\w*|ledelse\w*|direktør\w*)\b")
_EITHER = re.compile(r"\b(eller|or)\b")  # "til plejehjemmet eller lederen": the unit too
_CONTACTED = _group(lexicon.CONTACTED)
# "Der stod intet i brevet om, hvordan jeg kan klage": missing klagevejledning (case handling), not a question.
_NO_GUIDANCE = re.compile(
    r"\b(stod|står|fremgik|fremgår|nævnte|nævner|skrev|oplyste)\b (\w+ ){0,3}(intet|ikke noget|ingenting|ikke)"
    r"( \w+){0,4} om,? (hvordan|hvor|hvem)\b"
)


# A negation softened by a hedge reaches one word further: "ikke nødvendigvis uenig".
_HEDGED_NEGATION = re.compile(
    r"\b(ikke|not) (nødvendigvis|helt|specielt|særlig|egentlig|direkte|overhovedet|necessarily|really) $"
)


def _negated(text: str, match: re.Match[str]) -> bool:
    """A negation inside the match or in the few characters before it (a hedged one a little further)."""
    before = _this_sentence(text[max(0, match.start() - NEGATION_WINDOW):match.start()])
    if lexicon.NEGATION.search(before) or lexicon.NEGATION.search(match.group()):
        return True
    wider = text[max(0, match.start() - 2 * NEGATION_WINDOW):match.start()]
    return bool(_HEDGED_NEGATION.search(_this_sentence(wider)))


_NEXT_SENTENCE_END = re.compile(r"[.!?] |\n")
_SENTENCE_END = re.compile(r".*(?:" + _NEXT_SENTENCE_END.pattern + ")", re.DOTALL)  # the last one


def _this_sentence(before: str) -> str:
    """The part of ``before`` in the sentence of what follows it: a negation does not reach over a full stop
    ("det passer ikke. vi har sagsøgt dem" is a lawsuit)."""
    end = _SENTENCE_END.match(before)
    return before[end.end():] if end else before


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins and ends."""
    after = _NEXT_SENTENCE_END.search(text, end)
    return start - len(_this_sentence(text[:start])), after.start() if after else len(text)


def _reason_for_not_contacting(sentence: str) -> bool:
    """``sentence`` says the unit has not been told, and that the citizen does not know whom to tell ("Jeg har ikke
    klaget til dem, jeg ved ikke hvem man skal klage til derinde"): a question where to complain there is the reason,
    not a question where to complain about a decision (``lexicon.UNSURE``)."""
    return bool(_NOT_YET.search(sentence) and _UNSURE.search(sentence))


_CLAUSE_START = re.compile(r".*[.!?\n:;,\"'«»“”]", re.DOTALL)  # a sentence's, a clause's or a quotation's start


def _negated_in_clause(before: str) -> bool:
    """A negation in the clause that ``before`` ends ("han ikke har nogen klage over politiet")."""
    start = _CLAUSE_START.match(before)
    return bool(lexicon.NEGATION.search(before[start.end():] if start else before))


_POLITICAL_PERSON = re.compile(r"\b(politiker\w*|byråd\w*|kommunalbestyrelse\w*|borgmester\w*|rådmand\w*|"
                               r"politicians?|city council|council members?|mayor)\b")
TOLD_WINDOW = 5  # words before a politician's name in which a verb of contact makes them the one the citizen told


def _is_decision(sentence: str, council: re.Pattern[str] | None = None, *, in_text: bool = True) -> bool:
    """A decision in this sentence; "har besluttet" only when no political decider is named in it
    (``council``: the configured council's name with a decision, ``TriageConfig.council_decision``).
    ``in_text`` False: the decision phrases are known to match nowhere in the whole text (not searched again)."""
    if in_text and _DECISION.search(sentence):
        return True
    if not (_DECIDED.search(sentence) or vocabulary.decision_told(sentence)):
        return False
    return not _political(sentence, council)


def _political(sentence: str, council: re.Pattern[str] | None) -> bool:
    """A political word, a political decider with what it decided, a policy for everyone, or the configured council
    deciding (``council``), in ``sentence``."""
    return bool(_POLITISK.search(sentence) or vocabulary.POLITICAL_DECISION.find(sentence)
                or vocabulary.POLICY_FOR_EVERYONE.find(sentence) or (council and council.search(sentence)))


# An adverb opening the clause and a finite verb right before a body's name: Danish inversion ("så har
# Udbetaling Danmark sat ... ned", "nu vil Skattestyrelsen have"), not an object ("som ikke har forældremyndighed").
_VERB_BEFORE_NAME = re.compile(r"\b(så|nu|da|derefter|bagefter|senere) (har|havde|vil|skal|ville|skulle) $")
# The body as the agent of a passive, or applied to: "blev stoppet af to betjente", "was stopped by the police", "blev
# beskikket som hendes værge af Familieretshuset", "søgte vi Familieretshuset om værgemål", "applied to SIRI".
_AGENT_OR_APPLIED_TO = (r"\b(stoppet|standset|anholdt|visiteret|tilbageholdt|stopped|arrested|searched|detained) "
                        r"(af|by) (\w+ )?$"
                        r"|\b(beskikket|udpeget|udnævnt|appointed|afgjort|decided)( \w+){0,4} (af|by) (\w+ )?$"
                        r"|\b(søgte|ansøgte|applied)( (vi|jeg|hun|han|we|i|she|he))?( (hos|til|at|to|with))? $")
_BY_OR_APPLIED_TO = re.compile(_AGENT_OR_APPLIED_TO)
# Referred to a body: the matter now lies with it ("blev henvist til Børne- og Ungdomspsykiatrisk Center for at blive
# udredt", "our GP referred him to the child psychiatry"), as when the citizen turned to it.
# So does going there to raise it ("I went to the police station to report it", "jeg gik ned på politistationen").
_REFERRED_TO = re.compile(r"\b(henvist|henviste|visiteret|referred|refered)( \w+){0,2} (til|to) (\w+ )?$"
                          r"|\b(went|go|gone|gik|tog) (\w+ )?(ned |op |over |hen |down )?(til|på|to) (the |\w+ )?$|"
                          + _AGENT_OR_APPLIED_TO)
# What the body sent or imposed, told by its source: "en kontrolafgift fra et privat p-firma", "karantæne af
# håndboldforbundet", "a 795 kr parking charge from a private parking company", "a warning letter from the landlord".
_SENT_BY_NAME = re.compile(
    r"\b(bøde|afgift|kontrolafgift|p-afgift|regning|faktura|opkrævning|rykker|advarsel|karantæne|udelukkelse|"
    r"afslag|opsigelse|charge|fine|bill|invoice|reminder|warning|ban|suspension|refusal|eviction|notice)\w* "
    r"(\w+ ){0,2}(fra|from|af|by) (\w+ ){0,2}$")


# A deposit disputed: kept back, to be paid back, deducted for damage, after moving out.
_DEPOSIT_BACK = re.compile(
    r"\b(tilbage\w*|back|return\w*|refund\w*|fraflyt\w*|moved out|move out|beholde\w*|beholder|beholdt|keep\w*|kept|"
    r"trukket|trække\w*|deduct\w*|skade\w*|damage\w*|istandsætt\w*|huslejenævn\w*)\b")

_CLAUSE_END = re.compile(r"[,;:]")
_CLAUSE_BOUNDARY = re.compile(r"[,;:–]| men | but ")


def _last_service_clause(sentence: str) -> str:
    """The clause of ``sentence`` that names its last practical service ("... vil lukke biblioteksfilialen
    – men det vigtigste er hjemmehjælpen" is about the home help, in a clause of its own)."""
    services = list(_PRAKTISK_TOPIC.finditer(sentence))
    if not services:
        return sentence
    last = services[-1]
    starts = [m.end() for m in _CLAUSE_BOUNDARY.finditer(sentence, 0, last.start())]
    end = _CLAUSE_BOUNDARY.search(sentence, last.end())
    return sentence[starts[-1] if starts else 0:end.start() if end else len(sentence)]


def _acts(sentence: str, m: re.Match[str]) -> bool:
    """The body named at ``m`` acts in ``sentence``: a verb right after its name, or before it (inversion)."""
    after = sentence[m.end():m.end() + 40]
    if m.end() < len(sentence) and sentence[m.end()].isalnum():
        after = after.split(" ", 1)[1] if " " in after else ""  # the rest of the word ("læge|s")
    if after.startswith(("(", " (")):  # an apposition in brackets: "Familieretshuset (the Agency of Family Law) has"
        close = sentence.find(")", m.end())
        after = sentence[close + 1:close + 41] if close > 0 else after
    return vocabulary.acts_after(after) or bool(_VERB_BEFORE_NAME.search(sentence, max(0, m.start() - 20), m.start()))


def _word_at(text: str, at: int) -> str:
    """The whole word that holds position ``at`` ("friskole" for the "skole" in it)."""
    start = at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = at
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _hits(pattern: re.Pattern[str], text: str, *, negatable: bool = False) -> list[str]:
    return [m.group().strip() for m in pattern.finditer(text) if not (negatable and _negated(text, m))]


# --- One-year rule -----------------------------------------------------------------------------

_MONTHS = {
    name: number for number, names in enumerate((
        ("januar", "january"), ("februar", "february"), ("marts", "march"), ("april", "påske", "påsken", "easter"),
        ("maj", "may"), ("juni", "june"), ("juli", "july"), ("august",), ("september",), ("oktober", "october"),
        ("november",), ("december", "jul", "julen", "christmas"),
    ), start=1) for name in names
}  # Easter and Christmas read as their months ("omkring påske sidste år", "i julen 2024")
_NUMBER_WORDS = {"et": 1, "en": 1, "one": 1, "to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4,
                 "fem": 5, "five": 5, "seks": 6, "six": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}
# Most texts name no date. Every match of the date patterns below holds a month's name (``_ANY_MONTH``, searched
# once for both month patterns in ``_old_event_in_text``), a year ("19" or "20") or "år siden"/"year", so a text
# without one is not searched (``lexicon.Gated``: the same matches; tests/triage/test_lexicon.py checks it).
_ANY_MONTH = re.compile("|".join(_MONTHS))
_CENTURIES = ("19", "20")
_YEARS_AGO = lexicon.Gated(re.compile(
    r"\bfor (?P<over>over |mere end |omkring |ca\.? |cirka |næsten |godt )?"
    # Years and months: "for 1 år og 9 måneder siden", "a year and three months ago" (over a year).
    r"(?P<n>\d+|et|to|tre|fire|fem|seks|syv|otte|ni|ti) år(?P<and_months> og (\d+|en|et|to|tre|fire|fem|seks|syv|otte|"
    r"ni|ti|elleve|et halvt) (måned\w*|år))? siden"
    r"|\b(?P<over_en>over |more than |about |almost )?(?P<n_en>\d+|a|one|two|three|four|five|six) years?"
    r"(?P<and_months_en> and (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a half) (months?|years?))?"
    r" ago"
), (" år siden", " år og ", " year"))
_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + "|".join(_MONTHS) + r")(?: måned)? (?P<year>(19|20)\d\d|sidste år|last year)\b"
    # The year first: "sidste år i oktober", "last year in March".
    # "last year, around Easter", "sidste år omkring påske": the feast's month.
    r"|\b(?P<year_first>sidste år|last year),? (i|in|omkring|around|at) (?P<month_after>" + "|".join(_MONTHS)
    + r")\b"
)
_BARE_YEAR = re.compile(
    r"\b(?<!siden )(?<!født )(?<!since )(?<!born )(i|tilbage i|in|back in|år|foråret|sommeren|sensommeren|"
    r"forsommeren|efteråret|vinteren|"
    r"julen|påsken|starten af|begyndelsen af|slutningen af|udgangen af|spring|summer|autumn|winter|early|late) "
    r"(?P<year>(19|20)\d\d)\b"
)
_YEAR = lexicon.Gated(re.compile(r"\b(19|20)\d\d\b"), _CENTURIES)
_FULL_DATE = lexicon.Gated(  # "1/7 2025" too
    re.compile(r"\b(?P<d>\d{1,2})[./-](?P<m>\d{1,2})(?:[./-]| )(?P<y>(19|20)\d\d)\b"), _CENTURIES)
# A month named without a year ("i september", "den 1. juli", "on 3 November"): read against the received
# date it is the latest such month, so within the last twelve months: the matter is recent.
_BARE_MONTH = re.compile(
    r"(?<!sidste år )(?<!last year )(?<!sidste år, )(?<!last year, )"  # "sidste år i oktober": ``_MONTH_YEAR``'s
    r"\b(i|in|den \d{1,2}\.?|\d{1,2}\.?|\d{1,2}(st|nd|rd|th)|(start|slutning|begyndelse|midt)en af|"
    r"(start|end|beginning|middle) of|sidst i|først i|midt i) (?P<month>" + "|".join(_MONTHS) + r")\b"
    r"(?! (måned )?((19|20)\d\d|sidste år|last year|(det|samme) år|(that|the same) year|\d{1,2}\b))"  # "i marts det år"
)
# A decision named only by referring back to one told before: "this decision", "den afgørelse", "its decision".
_REFERS_BACK = re.compile(r"\b(this|that|the|their|its|her|his|denne|den|deres|dens|hans|hendes) (decision|afgørelse|"
                          r"beslutning)\b|\bafgørelsen\b|\bbeslutningen\b"
                          # "This is a terrible decision", "Det er en dårlig beslutning", "That is simply the wrong
                          # decision": the one told before.
                          r"|\b(this|that|it|det|dette)('s| is| was| er| var) (a |an |en |et )?(\w+ ){0,3}(decision|"
                          r"beslutning|afgørelse)\b"
                          # A letter about it: "Vi har fået et brev om det", "we got a letter about it".
                          r"|\b(et |a )?(brev|letter) (om|about) (det|it|this|that)\b")
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(\.|st|nd|rd|th)? $")  # the day before a month's name
# Born, right before a date ("født 01.02.2015"), or before a month named with its year and its day ("født den 8.
# september 1944", "born on 3 March 1950").
_BORN = re.compile(r"\b(født|f\.|born)( d\.| den| on)?( \d{1,2}(\.|st|nd|rd|th)?)? $")
_RECENT = re.compile(
    # "jeg synes stadig", "synes jeg stadig" are an opinion, "hun kæmper stadig med" a lasting consequence: not an
    # ongoing matter.
    r"\b(?<!synes )(?<!mener )(?<!tænker )(?<!føler )(?<!synes jeg )(?<!synes vi )(?<!mener jeg )(?<!mener vi )"
    r"(?<!kæmper )(?<!sidder )"
    # The wish or the question lasts, not the matter: "vi vil stadig gerne have sagen undersøgt", "Kan I stadig tage
    # den sag?", "we would still like it looked into", "can you still look at it?".
    r"(?<!vil )(?<!ville )(?<!kan i )(?<!kan man )(?<!kan du )(?<!er det )(?<!would )(?<!can you )"
    r"(?<!could you )(?<!is it )"
    # "sønnen er stadig ked af det", "it still bothers us": the feeling lasts, not the matter.
    r"(stadig(?! (\w+ )?(ked af|bange|vred|vrede|utryg|påvirket|berørt|rystet|klage|nå|utilfreds\w*|skuffe\w*|"
    r"frustrere\w*|forarge\w*|chokere\w*|uenig\w*|gerne|ikke (\w+ )?(tilfreds|enig)|"
    # "jeg har stadig den ubehagelige oplevelse siddende i kroppen": the experience stays with the citizen.
    r"(den |det |en |et )?(\w+ )?(oplevelse|følelse)\w*|"
    # "jeg går stadig og ærgrer mig", "som jeg stadig ikke kan slippe": the citizen cannot let it go.
    r"og (ærgre|tænke|spekulere|græmme)\w*|ikke (kan )?(slippe|glemme|komme over)\b|"
    # "på det plejehjem hvor min svigermor stadig bor": where someone lives, not the matter; "pædagogen er stadig på
    # fritidshjemmet", "hun arbejder stadig der": where the staff member still works.
    r"bor\b|boede\b|ansat\b|arbejder\b|(på|i) (\w+ )?(fritidshjem|skole|institution|børnehave|vuggestue|plejehjem|"
    r"afdeling)\w*))|"
    r"fortsat|fortsætter|endnu ikke|i går|i forgårs|i sidste uge|i sidste måned|denne måned|"
    r"i (mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags)|for (\w+ )?(uger|dage|uge|dag|måneder|måned) siden|"
    r"still(?! (bothers|upsets|hurts|affects|annoys|complain|appeal|upset|unhappy|angry|dissatisfied|disappointed|"
    r"struggles|struggling|find|finds|think|thinks|feel|feels|believe|believes|disagree|want|wants|would like|hope|"
    r"hopes|can't (forget|let go|get over)|cannot (forget|let go|get over)))|"
    r"ongoing|last week|last month|yesterday|recently|"
    # Still waiting: "nu har jeg ventet i over to et halvt år", "we have been waiting since 2024".
    # Not a wait before writing: "vi har ventet med at skrive, fordi der var begravelse", "I have waited to write".
    r"(har|have|has) ((jeg|vi|hun|han|i|we|she|he) )?(nu |now )?"
    r"(ventet(?! med (at )?(skrive|klage|henvende|kontakte|sende)\w*)|been waiting(?! to (write|complain|contact)\b))|"
    r"venter (stadig|fortsat|endnu)|"
    r"(weeks|days|months) ago|"
    # What happens every week goes on: "det er præcis det samme hver uge", "they skip us every Tuesday".
    r"hver (uge|dag|måned|morgen|aften|nat|gang|(man|tirs|ons|tors|fre|lør|søn)dag)|"
    r"every (week|day|month|morning|evening|night|time|(mon|tues|wednes|thurs|fri|satur|sun)day))\b"
)


def _years_ago(text: str) -> str | None:
    """"for to år siden", "for over et år siden", "two years ago": one year only with "over"; not a time in the
    citizen's background ("we moved here from Poland four years ago", ``_BACKGROUND_YEAR``)."""
    for m in _YEARS_AGO.finditer(text):
        if _in_background(text, m.start()):
            continue
        raw = m.group("n") or m.group("n_en")
        years = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        if (years >= 2 or m.group("over") in ("over ", "mere end ") or m.group("over_en") in ("over ", "more than ")
                or m.group("and_months") or m.group("and_months_en")):
            return m.group()
    return None


def _month_years(text: str, received: date, cutoff: date) -> tuple[str | None, bool]:
    """"i marts 2024", "maj sidste år": (the first old one, whether a recent one is named)."""
    old, recent = None, False
    for m in _MONTH_YEAR.finditer(text):
        if _BORN.search(text, max(0, m.start() - 20), m.start()):
            continue  # "født den 8. september 1944" is a birth date, not the event
        named_year = m.group("year") or m.group("year_first")
        year = received.year - 1 if not named_year[0].isdigit() else int(named_year)
        month = _MONTHS[m.group("month") or m.group("month_after")]
        month_end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        day = _DAY_BEFORE.search(text, max(0, m.start() - 5), m.start())
        if day:  # "den 20. november 2025", "20 November 2025": that day, not the month's end
            try:
                month_end = date(year, month, int(day.group(1)))
            except ValueError:
                pass
        if month_end < cutoff:
            old = old or m.group()
        else:
            recent = True
    return old, recent


def _full_dates(text: str, cutoff: date, received: date) -> tuple[str | None, bool]:
    """"3.4.2025": (the first old one, whether a recent one is named); a birth date does not count, nor the day the
    text was received ("Telefonnotat 05.10.2026": the note's own date, not the event)."""
    old, recent = None, False
    for m in _FULL_DATE.finditer(text):
        if _BORN.search(text, max(0, m.start() - 12), m.start()):
            continue  # "født 01.02.2015" is a birth date, not the event
        try:
            found = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        if found == received:
            continue
        if found < cutoff:
            old = old or m.group()
        else:
            recent = True
    return old, recent


# The last month of a period named with a year ("i foråret 2025" ended in May 2025).
_PERIOD_END = {"foråret": 5, "spring": 5, "forsommeren": 6, "sommeren": 8, "summer": 8, "sensommeren": 9,
               "efteråret": 11, "autumn": 11, "påsken": 4,
               "starten af": 3, "begyndelsen af": 3, "early": 3}
# What the municipality granted: "den plejeseng, jeg har fået bevilget", "the bed I was granted".
_GRANTED = re.compile(r"\b(bevilget|bevilgede|granted|approved)\b")
# A year in the citizen's background, not the event: "siden vi købte det i 1974", "kom til Danmark i 2023".
# "When I ..." right before the background verb: the time of the event told in the main clause.
_WHEN_SUBJECT = re.compile(r"\b(da|when) (jeg|vi|han|hun|de|i|we|he|she|they) $")
_BACKGROUND_YEAR = re.compile(
    r"\b(siden|since|købte|købt|flyttede|flyttet|kom til|kom fra|kom hertil|flygtede|flygtet|indvandrede|født|giftede|"
    r"blev gift|betalte|betalt|bought|moved|came to|came from|came here|fled|immigrated|arrived|born|paid)"
    r"\b[^.!?\n]{0,40}$"
)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Position ``at`` lies in one of ``spans`` (start, end)."""
    return any(start <= at < end for start, end in spans)


def _in_background(text: str, at: int) -> bool:
    """The time at ``at`` is told in the citizen's background (``_BACKGROUND_YEAR``), not as the event's; unless "when
    I ..." makes it the time of the event ("Da jeg flyttede hertil for 1 år og 9 måneder siden, sagde min
    sagsbehandler ...")."""
    background = _BACKGROUND_YEAR.search(text, max(0, at - 60), at)
    return bool(background) and not _WHEN_SUBJECT.search(text, max(0, background.start() - 12), background.start())


def _bare_years(text: str, received: date, cutoff: date) -> tuple[str | None, bool]:
    """"tilbage i 2023", "i foråret 2024": a period that ended before the cutoff is old (a bare year two
    years back; a season a year back when it ended before the cutoff), this year is recent; a year in the
    citizen's background ("siden vi købte det i 1974") is neither."""
    old, recent = None, False
    if not _YEAR.search(text):
        return old, recent  # every match holds a year; the check is many times faster than _BARE_YEAR
    for m in _BARE_YEAR.finditer(text):
        year = int(m.group("year"))
        if _in_background(text, m.start()):
            continue
        last_month = _PERIOD_END.get(m.group(1))
        ended_before = last_month is not None and date(year, last_month, 28) < cutoff
        if year <= received.year - 2 or ended_before:
            old = old or m.group().strip()
        elif year >= received.year:
            recent = True
    return old, recent


# A season with its year or "last year": "i foråret sidste år", "in the summer of 2025", "summer of last year".
_SEASON_YEAR = re.compile(
    r"\b(?P<season>foråret|forsommeren|sommeren|sensommeren|efteråret|påsken|spring|summer|autumn) (?:of )?"
    r"(?P<year>(19|20)\d\d|sidste år|last year|i fjor)\b")
# A past year named in a sentence: a bare month there is that year's ("i foråret sidste år, vist nok i april").
_THIS_YEAR = re.compile(r" (i år|this year)\b")
_PAST_YEAR_WORDS = re.compile(r"\b((19|20)\d\d|sidste år|last year|i fjor|året før|the year before)\b")


def _season_years(text: str, received: date, cutoff: date) -> tuple[str | None, bool]:
    """"i foråret sidste år", "in the summer of 2025": the season ended in its last month (``_PERIOD_END``)."""
    old, recent = None, False
    for m in _SEASON_YEAR.finditer(text):
        year_text = m.group("year")
        year = int(year_text) if year_text[0].isdigit() else received.year - 1
        if _in_background(text, m.start()):
            continue
        if date(year, _PERIOD_END[m.group("season")], 28) < cutoff:
            old = old or m.group()
        else:
            recent = True
    return old, recent


def _bare_month_named(text: str) -> bool:
    """A month without a year: within the year before the received date (docs/triage.md § One year); not one in a
    sentence that names a past year ("i foråret sidste år, det var vist nok i april")."""
    named = [(m.start(), _MONTHS[m.group("month") or m.group("month_after")]) for m in _MONTH_YEAR.finditer(text)]
    for m in _BARE_MONTH.finditer(text):
        start, end = _sentence_around(text, m.start(), m.end())
        if _PAST_YEAR_WORDS.search(text, start, end):
            continue
        # The story goes on, in the next sentence, in the year of the month named with its year before it, when this
        # month comes later in the year ("i september sidste år ... Sidst i oktober fik han at vide"); not a month
        # told as this year's ("i marts i år").
        previous = _sentence_around(text, max(0, start - 2), max(0, start - 1))[0] if start else start
        before = [month for at, month in named if previous <= at < m.start()]
        if before and before[-1] <= _MONTHS[m.group("month")] and not _THIS_YEAR.match(text, m.end()):
            continue
        return True
    return False


def _recent_told(text: str) -> bool:
    """A recent time or an ongoing matter told (``_RECENT``), not as part of a long time ago ("a year and five months
    ago" is over a year, not "months ago")."""
    long_ago = [m.span() for m in _YEARS_AGO.finditer(text) if m.group("and_months") or m.group("and_months_en")]
    return any(not _inside(m.start(), long_ago) for m in _RECENT.finditer(text))


def _old_event_in_text(text: str, received: date, limit_days: int) -> str | None:
    """Evidence in the text that the matter is older than the time limit, read conservatively."""
    cutoff = received - timedelta(days=limit_days)
    readings = _time_readings(text, received, cutoff)
    old = next((found for found, _ in readings if found), None)
    if not old or _recent_told(text):
        return None
    if any(recent for _, recent in readings):
        # A recent date counts only outside the unit's answer to the citizen's complaint ("i januar fik jeg et
        # standardsvar"): the answer ends the follow-up, it is not the matter (contract rule 5 counts from the event).
        rest = _without_answers(text)
        if rest == text or any(recent for _, recent in _time_readings(rest, received, cutoff)):
            return None
    return old


def _time_readings(text: str, received: date, cutoff: date) -> list[tuple[str | None, bool]]:
    """Each reading of time in ``text``: (the first old evidence, whether a recent time is named)."""
    month = _ANY_MONTH.search(text) is not None  # every match of both month patterns names one
    return [(_years_ago(text), False), _month_years(text, received, cutoff) if month else (None, False),
            _full_dates(text, cutoff, received), _bare_years(text, received, cutoff),
            _season_years(text, received, cutoff), (None, month and _bare_month_named(text))]


# The unit answered the citizen (affirmatively: "de har ikke svaret" is a matter of its own).
_ANSWERED = re.compile(
    r"\b(svarede|besvarede|fik (\w+ ){0,2}(svar|standardsvar|brev|undskyldning)|fik at vide|"
    r"(got|received|had) (\w+ ){0,2}(reply|answer|response|letter|apology)|replied|answered)\b")


def _without_answers(text: str) -> str:
    """``text`` without its sentences that tell the unit's answer to the citizen (and no negation)."""
    if not _ANSWERED.search(text):
        return text
    return " ".join(sentence for sentence in sentences(text)
                    if not (_ANSWERED.search(sentence) and not lexicon.NEGATION.search(sentence)))


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None




# --- Features ----------------------------------------------------------------------------------

def _best(scores: Mapping[str, UnitScore]) -> str | None:
    """Highest score; ties go to the unit mentioned first."""
    scored = [score for score in scores.values() if score.total > 0]
    if not scored:
        return None
    return min(scored, key=lambda score: (-score.total, score.first_position)).code


@dataclass(frozen=True, eq=False)
class Features:
    """Everything the rules read about one henvendelse. Never changed once made (see the module docstring).

    ``department_scores`` already hold the areas' evidence (``areas.apply_to_departments``, noted in
    ``area_notes``); ``text_department`` is the department the text names (the answers may choose
    another: rule ``answers.forvaltning``); ``appeal`` is the appeal body a decision in this text goes to.
    """

    text: str
    norm: str
    words: list[Token]
    sentences: list[str]
    answers: Mapping[str, Any]
    config: TriageConfig
    today: date
    received: date
    event: date | None
    department_scores: Mapping[str, UnitScore]
    body_scores: Mapping[str, UnitScore]
    area_hits: list[AreaHit]
    area_notes: list[str]
    text_department: str | None
    appeal: str | None
    appeal_scores: Mapping[str, float]
    # Set only in one matter of a letter that holds several (``matters.matters_split``): what the whole letter says of
    # first contact ("not_yet", "contacted" or "unknown"), with its words; a part that says nothing itself reads it
    # ("Moren har ikke klaget" may close the letter, after the last matter).
    letter_contact: tuple[str, tuple[str, ...]] | None = None

    @property
    def part(self) -> bool:
        """One matter of a letter that holds several: the letter's other matters are its other parts, read alone."""
        return self.letter_contact is not None

    def hits(self, pattern: re.Pattern[str], *, negatable: bool = False) -> list[str]:
        return _hits(pattern, self.norm, negatable=negatable)

    @cached_property
    def learned_features(self) -> frozenset[str]:
        """The learned component's features: the words' stems and neighbouring pairs (``learned.text_features``)."""
        return frozenset(text_features(word.stem for word in self.words))

    @cached_property
    def learned_content_features(self) -> frozenset[str]:
        """The same of the content words only: function words left out (``learned.content_features``)."""
        return frozenset(content_features((word.text, word.stem) for word in self.words))

    def learned_features_for(self, head: Head) -> frozenset[str]:
        """The features ``head`` reads: every stem and pair, or the content words' only."""
        return self.learned_content_features if head.features == CONTENT else self.learned_features

    @cached_property
    def cpr_found(self) -> bool:
        return contains_cpr(self.text, today=self.today)

    # Decisions ---------------------------------------------------------------------------------

    @cached_property
    def decision_sentences(self) -> tuple[bool, ...]:
        """For each sentence, whether it holds a municipal decision: not one an outside body made
        ("Familieretshuset har bestemt at ...", "Udbetaling Danmark har sat min boligstøtte ned": ``ikke_kommunen``)."""
        council = self.config.council_decision
        outside = bool(self.outside_bodies)
        in_text = self.decision_phrase_in_text
        return tuple(_is_decision(sentence, council, in_text=in_text)
                     and not (outside and self._outside_body_acts_in(sentence))
                     for sentence in self.sentences)

    @cached_property
    def decision_phrase_in_text(self) -> bool:
        """A decision phrase (``DECISION_CONTEXT``) anywhere in the text: searched once, so that the sentences
        of a text without one are not searched again."""
        return bool(_DECISION.search(self.norm))

    def _outside_body_acts_in(self, sentence: str, patterns: Iterable[re.Pattern[str]] = ()) -> bool:
        """An outside body (any, or one of ``patterns``) is the one acting in ``sentence``."""
        return any(_acts(sentence, m) for pattern in (patterns or _NOT_MUNICIPALITY.values())
                   for m in pattern.finditer(sentence))

    def outside_body_decides(self, code: str | None) -> bool:
        """Body ``code`` made a decision told in the text ("Familieretshuset har bestemt at ...", "så har
        udbetaling danmark sat min boligstøtte ned"): the matter is its, even beside a municipal complaint."""
        pattern = _NOT_MUNICIPALITY.get(code)
        if pattern is None:
            return False
        council = self.config.council_decision
        for sentence in self.sentences:
            for m in pattern.finditer(sentence):
                # The decision told in the body's own clause ("min udlejer har sendt mig en rykker, har jeg bedt
                # Ydelsesservice om ..." is the landlord's letter and the citizen's application).
                clause = _CLAUSE_END.split(sentence[m.start():], maxsplit=1)[0]
                if _acts(sentence, m) and _is_decision(clause, council):
                    return True
        return False

    @cached_property
    def municipal_decision_told(self) -> bool:
        """A sentence tells a decision, opens with one of the municipality's units as who decided, and names no outside
        body: the municipality's own decision ("Jobcentret har også givet mig afslag på kontanthjælp" beside Udbetaling
        Danmark's matter), not only the outside body's ("Skattestyrelsen har fjernet mit fradrag")."""
        outside = [start for start, _end, _acts in self._outside_spans]
        units = [at for score in self.department_scores.values() for at, _end, weight in score.spans if weight > 0]
        return any(
            decision and not any(start <= at < end for at in outside)
            and any(start <= at < start + UNIT_AS_DECIDER for at in units)
            for decision, (start, end) in zip(self.decision_sentences, self._sentence_spans, strict=True))

    @cached_property
    def decisions_all_political(self) -> bool:
        """Every municipal decision in the text is a political one: told with its political decider or as a service
        level for everyone, and the other decision sentences only refer back to it ("The city council has voted to
        bring paid parking to our whole area ... This decision is simply wrong and should be reversed")."""
        if not self.politisk:
            return False
        council = self.config.council_decision
        for sentence, municipal in zip(self.sentences, self.decision_sentences, strict=True):
            if not municipal or _political(sentence, council):
                continue
            if not _REFERS_BACK.search(sentence):  # "den beslutning bliver trukket tilbage" is about the one before
                return False
        return True

    @cached_property
    def has_decision(self) -> bool:
        return self.decision_phrase_in_text or any(self.decision_sentences)

    @cached_property
    def decision_wishes(self) -> list[str]:
        """Wishes to change a decision, disagreement included ("uenig", "urimelig")."""
        return self._decision_change(_WANTS_CHANGE, vocabulary.change_wish_in, vocabulary.DISAGREE.find,
                                     vocabulary.REFUSE_TO_PAY.find)

    @cached_property
    def decision_demands(self) -> list[str]:
        """Only explicit demands to change a decision ("det vil jeg have lavet om")."""
        return self._decision_change(_DEMANDS_CHANGE, vocabulary.change_wish_in)

    def _decision_change(self, pattern: re.Pattern[str], *by_meaning: Callable[[str], list[str]]) -> list[str]:
        """Wishes found in a sentence with a decision or one of the ``DECISION_REACH`` after it.

        Two, because a citizen often puts one sentence of circumstances between the decision and the
        wish ("... sat min hjemmehjælp ned. Jeg er 88 år og kan ikke selv. Det vil jeg have ændret.").
        """
        evidence: list[str] = []
        since_decision = DECISION_REACH + 1
        outside = self._outside_decision_sentences
        for sentence, decision, elsewhere in zip(self.sentences, self.decision_sentences, outside, strict=True):
            # A decision an outside body made ends the municipal decision's reach: a wish after it is about it.
            since_decision = 0 if decision else DECISION_REACH + 1 if elsewhere else since_decision + 1
            if since_decision <= DECISION_REACH:
                evidence.extend(
                    m.group().strip() for m in pattern.finditer(sentence)
                    if not _negated(sentence, m)
                    and not _APPLIED_FOR.search(sentence, max(0, m.start() - 40), m.start())
                )
                if not _APPLIED_FOR_ANYWHERE.search(sentence) and not self.politisk:
                    evidence.extend(hit for find in by_meaning for hit in find(sentence))
        return evidence

    @cached_property
    def _outside_decision_sentences(self) -> tuple[bool, ...]:
        """For each sentence, whether it tells a decision an outside body made ("Udbetaling Danmark har stoppet hans
        boligstøtte")."""
        if not self.outside_bodies:
            return (False,) * len(self.sentences)
        council = self.config.council_decision
        return tuple(not municipal and _is_decision(sentence, council) and self._outside_body_acts_in(sentence)
                     for sentence, municipal in zip(self.sentences, self.decision_sentences, strict=True))

    @cached_property
    def appeal_wishes(self) -> list[str]:
        return self.hits(_WANTS_TO_APPEAL, negatable=True)

    @cached_property
    def application(self) -> bool:
        return bool(_APPLICATION.search(self.norm))

    # Grounds -----------------------------------------------------------------------------------

    @cached_property
    def sagsbehandling(self) -> list[str]:
        lost = [hit for sentence in self.sentences for hit in vocabulary.lost_papers_in(sentence)] if (
            vocabulary.LOST_PAPERS.may_match(self.text_vocabulary)) else []
        return self.hits(_SAGSBEHANDLING) + self._by_meaning(vocabulary.LOST_AGAIN, vocabulary.NOT_TOLD,
                                                             vocabulary.NOT_HEARD, vocabulary.NO_REPLY,
                                                             vocabulary.STOCK_REPLY) + lost

    def _by_meaning(self, *classes: vocabulary.WordClass | vocabulary.Concept) -> list[str]:
        """The matches of synonym classes (``vocabulary.py``), sentence by sentence."""
        present = [word_class for word_class in classes if word_class.may_match(self.text_vocabulary)]
        if not present:
            return []
        # A class with none of its words in a sentence finds nothing there (``may_match``): not asked.
        found: list[str] = []
        for sentence in self.sentences:
            words = vocabulary.sentence_of(sentence).vocabulary
            found += [hit for word_class in present if word_class.may_match(words) for hit in word_class.find(sentence)]
        return found

    def _council_acts(self) -> list[str]:
        """The configured council named with a political act in one sentence ("Borgerrepræsentationen igen har
        sat prisen på beboerlicens op"): ``vocabulary.POLITICAL_DECISION`` with the municipality's own decider."""
        mention = self.config.council_mention
        if mention is None or not mention.search(self.norm):
            return []
        return [hit for sentence in self.sentences if mention.search(sentence)
                for hit in vocabulary.POLICY_ACT.find(sentence)]

    @cached_property
    def text_vocabulary(self) -> frozenset[str]:
        """Every word and lemma of the text: a synonym class with none of its words in it is not tried."""
        return frozenset().union(*(vocabulary.sentence_of(sentence).vocabulary for sentence in self.sentences))

    @cached_property
    def adfaerd(self) -> list[str]:
        return self.hits(_ADFAERD, negatable=True) + self._by_meaning(vocabulary.DEMEANING)

    @cached_property
    def practical_topic(self) -> bool:
        return bool(_PRAKTISK_TOPIC.search(self.norm))

    @cached_property
    def praktisk(self) -> tuple[list[str], list[str], list[str], list[str]]:
        """A practical service and a problem in one sentence (or the service in the sentence before):
        the evidence, the sentences the problems were in, the sentences that named each one's service, and the
        problems' own words."""
        evidence: list[str] = []
        where: list[str] = []
        services: list[str] = []
        problems: list[str] = []
        if not self.practical_topic:
            return evidence, where, services, problems  # no service named anywhere: none can pair with a problem
        previous_topic: re.Match[str] | None = None
        previous = ""
        for sentence in self.sentences:
            topic = _PRAKTISK_TOPIC.search(sentence)
            problem = _PRAKTISK_PROBLEM.search(sentence)
            if problem and (topic or previous_topic):
                evidence.append(f"{(topic or previous_topic).group()} … {problem.group()}")
                where.append(sentence)
                services.append(sentence if topic else previous)
                problems.append(problem.group())
            previous_topic = topic
            previous = sentence
        return evidence, where, services, problems

    @cached_property
    def diskrimination(self) -> list[str]:
        # A class none of whose words the text holds cannot match in one of its sentences (so for the others below).
        by_meaning = [hit for sentence in self.sentences for hit in vocabulary.discrimination_in(sentence)] if (
            vocabulary.DISCRIMINATION.may_match(self.text_vocabulary)) else []
        if vocabulary.DANES_BESIDE.may_match(self.text_vocabulary) and vocabulary.TRAIT.may_match(self.text_vocabulary):
            by_meaning += vocabulary.discrimination_compared(self.sentences)
        people_like_you = self.hits(_PEOPLE_LIKE_YOU, negatable=True)
        if people_like_you and not self._trait_named:
            people_like_you = []  # "folk som dig har altid en undskyldning": a demeaning remark, conduct
        return self.hits(_DISKRIMINATION, negatable=True) + people_like_you + by_meaning

    @cached_property
    def _trait_named(self) -> bool:
        """The text names a trait discrimination is about (origin, faith, skin, language, a visible disability), not
        only a remark about "people like you"."""
        return vocabulary.TRAIT.may_match(self.text_vocabulary) and any(
            not _REMARK_NOT_TRAIT.match(hit) for sentence in self.sentences for hit in vocabulary.TRAIT.find(sentence))

    @cached_property
    def forstaa_afgoerelse(self) -> list[str]:
        """Not understanding a decision; the finite verb only with a negation just before it ("Hverken hun eller jeg
        forstår hvad afgørelsen bygger på"), not told as understood ("jeg forstår godt hvad der står")."""
        text = self.norm
        finite = [m.group().strip() for m in _FORSTAA_FINITE.finditer(text)
                  if _FORSTAA_NEGATED_BEFORE.search(text, max(0, m.start() - 60), m.start())]
        return self.hits(_FORSTAA) + finite

    @cached_property
    def complaint_questions(self) -> list[str]:
        """Every question how or where to complain (``VEJLEDNING_OM_KLAGE``)."""
        return self.hits(_VEJLEDNING) + self._complaint_questions_by_meaning

    @cached_property
    def _complaint_questions_by_meaning(self) -> list[str]:
        """Questions how, where or to whom to complain, in any words, outside a missing klagevejledning."""
        concepts = [concept for concept in (vocabulary.COMPLAINT_QUESTION, vocabulary.COMPLAINT_TO_WHOM)
                    if concept.may_match(self.text_vocabulary)]
        return [
            hit for sentence in self.sentences if concepts and not _NO_GUIDANCE.search(sentence)
            and not _reason_for_not_contacting(sentence)
            for concept in concepts for hit in concept.find(sentence)
        ]

    @cached_property
    def missing_guidance(self) -> list[tuple[int, int]]:
        """Where the text says a letter held no klagevejledning: the span and 40 characters after it."""
        return [(m.start(), m.end() + 40) for m in _NO_GUIDANCE.finditer(self.norm)]

    @cached_property
    def how_to_complain(self) -> list[str]:
        """Questions how or where to complain, outside a statement that the klagevejledning was missing."""
        return [
            m.group().strip() for m in _VEJLEDNING.finditer(self.norm)
            if not any(start <= m.start() <= end for start, end in self.missing_guidance)
            and not _reason_for_not_contacting(self.norm[slice(*_sentence_around(self.norm, m.start(), m.end()))])
        ] + self._complaint_questions_by_meaning

    @cached_property
    def forslag(self) -> list[str]:
        # "Det ville være nemmere, hvis politikerne ...": addressed to a political decider, it is politics.
        classes = [word_class for word_class in (vocabulary.EASIER_IF, vocabulary.SAVES_IF)
                   if word_class.may_match(self.text_vocabulary)]
        return self.hits(_FORSLAG, negatable=True) + [
            hit for sentence in self.sentences if classes and not vocabulary.DECIDER.find(sentence)
            for word_class in classes for hit in word_class.find(sentence)
        ]

    # Exclusions and bodies ---------------------------------------------------------------------

    @cached_property
    def already_bodies(self) -> dict[str, str]:
        """Bodies the matter is already with (rule 6), each with the words that say so."""
        found: dict[str, str] = {}
        if not _ANY_BODY_NAME.search(self.norm):  # one search for all the names (most texts name none)
            return self._already_other(found)
        for code, pattern in _ALREADY.items():
            if not _BODY_NAME[code].search(self.norm):
                continue  # each pattern ends in the body's name: without the name, no match (and much faster)
            for m in (*pattern.finditer(self.norm), *_ALREADY_HANDLING[code].finditer(self.norm)):
                if self._with_the_body(m):
                    found.setdefault(code, m.group())
        if "tilsynet" in found:
            # "Det kommunale tilsyn i Ankestyrelsen" is the tilsyn.
            found.pop("ankestyrelsen", None)
        if "planklage" in found and _BOTH_BOARDS_HOUSE.search(found.get("byggeklage", "")):
            found.pop("byggeklage")
        board = found.pop("klagenaevn", None)
        if board and not found:
            # An appeal board the citizen does not name is the appeal body of the decision's area.
            found[self.appeal or "klagenaevn"] = board
        if not found and (upheld := self._appeal_upheld()):
            found["ombudsmanden"] = upheld
        return self._already_other(found)

    def _appeal_upheld(self) -> str | None:
        """The words that tell an appeal body upheld the municipality's decision (``lexicon.APPEAL_UPHELD``)."""
        for m in _APPEAL_UPHELD.finditer(self.norm):
            if not _negated(self.norm, m):
                return m.group()
        for m in _UPHOLDER_NAME.finditer(self.norm):
            if _APPEAL_UPHELD_BY.search(self.norm, max(0, m.start() - 40), m.start()):
                return self.norm[max(0, m.start() - 40):m.end()].split(" ", 1)[-1]
        return None

    def _with_the_body(self, m: re.Match[str]) -> bool:
        """The words at ``m`` say the matter is with the body: not negated, not a landlord's own case against the
        tenant, not one the body declined or sent back in that sentence or the next ("Jeg klagede direkte til
        Folketingets Ombudsmand. Men Ombudsmanden har skrevet tilbage at de ikke kan behandle min klage")."""
        text = self.norm
        sentence = _sentence_around(text, m.start(), m.end())
        following = _NEXT_SENTENCE_END.search(text, min(sentence[1] + 1, len(text)))
        told_back = (sentence[0], following.start() if following else len(text))
        return not (_negated(text, m) or _ALREADY_BY_LANDLORD.search(text, max(0, m.start() - 60), m.start())
                    or _ALREADY_DECLINED.search(text, *told_back) or _GUIDANCE_SAYS.search(text, *sentence))

    def _already_other(self, found: dict[str, str]) -> dict[str, str]:
        other = self.hits(_ALREADY_OTHER, negatable=True) + self.hits(_ALREADY_SUED, negatable=True)
        if other:
            found.setdefault("domstolene", other[0])
        return found

    @cached_property
    def set_apart(self) -> list[str]:
        """Words that set the matter already with another body apart from what the letter asks of the advisor
        ("det er ikke det jeg skriver om", "den del er allerede klaget over"): read only when a body has it."""
        return [m.group() for m in _SET_APART.finditer(self.norm)]

    @cached_property
    def by_nature(self) -> dict[str, list[str]]:
        """Matters another body handles by their nature (treatment errors, personal data, compensation)."""
        found: dict[str, list[str]] = {}
        for code, concept in _BY_NATURE_MEANING.items():  # told by what happened: a medication error
            # "to gange dagligt til insulin" is the schedule, not a dose given twice.
            if hits := [hit for hit in self._by_meaning(concept) if not _SCHEDULE.search(hit)]:
                found[code] = hits
        if not _ANY_BY_NATURE.search(self.norm):  # one search for all (a match exactly when one of them has one)
            return found
        for code, pattern in _BY_NATURE.items():
            evidence = self.hits(pattern, negatable=True)
            if code == "domstolene" and evidence and self.outside_bodies:
                # Compensation a company outside the municipality refuses ("Flyselskabet afviser at betale
                # erstatning"): the company's own matter, not a claim against the municipality for the courts.
                evidence = [hit for hit in evidence if not self._said_of_acting_outside_body(hit)]
            if evidence:
                found[code] = [*evidence, *found.get(code, ())]
        return found

    def all_in_body_nature(self, code: str, sentences: list[str]) -> bool:
        """Every one of ``sentences`` is about what body ``code`` handles by nature."""
        meaning = _BY_NATURE_MEANING.get(code)
        return all(_BY_NATURE[code].search(sentence) or (meaning is not None and meaning.find(sentence))
                   for sentence in sentences)

    @cached_property
    def outside_bodies(self) -> dict[str, list[str]]:
        """Bodies outside the municipality named in the text (not in passing: "endte på skadestuen")."""
        found: dict[str, list[str]] = {}
        if (m := _PRIVATE_BUSINESS.search(self.norm)) and self.municipality_disowned:
            # "It's not run by the city, it's a private company": the business the writer disowns the municipality for.
            found[""] = [m.group()]
        if not _ANY_NOT_MUNICIPALITY.search(self.norm):
            return found
        for code, pattern in _NOT_MUNICIPALITY.items():
            if code in self.not_complained_of:
                continue  # "Jeg har ingen klage over hospitalet, de har været fine": not the matter, wherever named
            matches = [m for m in pattern.finditer(self.norm)
                       if not self._incidental(m) and not self._deposit_not_disputed(m)]
            if code == "familieretshuset" and all(self._family_only(m) for m in matches):
                # Only what the family is: no matter of family law (with one, the family's words count beside it).
                continue
            evidence = [m.group().strip() for m in matches]
            if evidence:
                found[code] = [*evidence, *found.get(code, ())]
        return found

    @cached_property
    def outside_by_nature(self) -> dict[str, list[str]]:
        """Outside bodies whose matter the text tells, whoever the citizen thinks decided it
        (``lexicon.OUTSIDE_BY_NATURE``: "Kommunen har vurderet mit rækkehus" is Vurderingsstyrelsen's valuation)."""
        found: dict[str, list[str]] = {}
        for code, m in self._by_nature_matches:
            found.setdefault(code, []).append(m.group().strip())
        if self.private_workplace and self._employment_words and not _BENEFIT_UNIT.search(self.norm):
            # The writer's private employer and what it did to them ("I work at a supermarket ... my manager ...
            # fired me"), with no benefit case of their own named: the employer's matter, whatever else is named.
            found.setdefault("", []).extend(self.private_workplace)
        return found

    @cached_property
    def _by_nature_matches(self) -> tuple[tuple[str, re.Match[str]], ...]:
        """Where the text tells a matter that is an outside body's by its nature (``outside_by_nature``)."""
        found = [(code, m) for code, pattern in _OUTSIDE_BY_NATURE.items() if code not in self.not_complained_of
                 for m in pattern.finditer(self.norm) if not _negated(self.norm, m)]
        # A neighbour's noise in a home the citizens own is the police's ("min overbo holder fest ... ejerlejlighed").
        if self.owned_home and "politiet" not in self.not_complained_of:
            found += [("politiet", m) for m in _NEIGHBOUR_NUISANCE.finditer(self.norm)]
        return tuple(found)

    @cached_property
    def owned_home(self) -> list[str]:
        """The citizen's (or the neighbour's) home is owned, not rented ("ejerlejlighed", "we both own our flats"):
        no landlord, so no rent tribunal (``lexicon.OWNED_HOME``)."""
        return self.hits(_OWNED_HOME)

    def _family_only(self, m: re.Match[str]) -> bool:
        """Family-law words at ``m`` that only tell what the family is ("Vi har fælles forældremyndighed", "I share
        custody", "efter min skilsmisse"), or contact with a child placed in care ("anbragt i plejefamilie ... overvåget
        samvær"), which the municipality decides: not a matter for Familieretshuset."""
        if m.group().startswith("samvær") and _PLACED_CHILD.search(self.norm):
            return True
        return any(status.start() <= m.start() and m.end() <= status.end()
                   for status in _FAMILY_STATUS.finditer(self.norm))

    def _deposit_not_disputed(self, m: re.Match[str]) -> bool:
        """A deposit named with nothing of getting it back in its sentence: a deposit to pay (help towards it from the
        municipality, "depositum for danskundervisningen"), not a landlord's keeping it (Huslejenævnet)."""
        if not m.group().startswith("deposit"):
            return False
        return not _DEPOSIT_BACK.search(self.norm, *_sentence_around(self.norm, m.start(), m.end()))

    @cached_property
    def municipality_disowned(self) -> list[str]:
        """The citizen says the municipality is not what they complain of ("not one run by the kommune", "ikke det
        fra kommunen", "no issues with the municipality")."""
        return self.hits(_MUNICIPALITY_DISOWNED)

    def department_weight_beside_private(self, code: str) -> float:
        """Department ``code``'s score without the words of a private place of its kind named in the text ("friskole":
        school, class, teacher), unless the text names the municipal kind too ("kommunal skole", "folkeskole")."""
        score = self.department_scores.get(code)
        if score is None:  # chosen in the answers, not named in the text
            return 0.0
        kinds = [words for place, words in _PRIVATE_COUNTERPARTS if place.search(self.norm)]
        if not kinds or _MUNICIPAL_KIND.search(self.norm):
            return score.total
        # A unit's own name of several words ("Parkering København") is the municipality's, whatever its first word.
        return score.total - sum(added for start, end, added in score.spans
                                 if start >= 0 and end - start <= len(word := _word_at(self.norm, start))
                                 and any(words.fullmatch(word) for words in kinds))

    def outside_only_as_late_bill(self, code: str | None) -> bool:
        """Every sentence naming body ``code`` tells its reminder, warning or threat over a bill paid late ("Because of
        this my rent was late and my landlord sent me a warning"): what a municipal failure cost, not the matter."""
        pattern = _NOT_MUNICIPALITY.get(code)
        if pattern is None or not _CREDITOR_REMINDER.search(self.norm):
            return False
        naming = [sentence for sentence in self.sentences if pattern.search(sentence)]
        return bool(naming) and all(_CREDITOR_REMINDER.search(sentence) and _LATE_BILL.search(sentence)
                                    for sentence in naming)

    @cached_property
    def outside_complained_against(self) -> list[str]:
        """An outside body named as what the citizen complains of ("Vi vil gerne klage over politiet")."""
        return [self.norm[max(0, m.start() - 40):m.end()].strip() for code in self.outside_bodies
                for m in _NOT_MUNICIPALITY[code].finditer(self.norm)
                if (not m.group().endswith("s") or _CONDUCT_AFTER.match(self.norm, m.end()))
                and not _negated_in_clause(self.norm[max(0, m.start() - 40):m.start()])
                and _COMPLAINT_AGAINST.search(self.norm, max(0, m.start() - 40), m.start())]

    @cached_property
    def intervention_asked(self) -> list[str]:
        """The citizen asks the municipality to overrule or step in against someone else ("I want the municipality to
        overrule my a-kasse")."""
        return self.hits(_INTERVENTION_ASKED)

    @cached_property
    def not_complained_of(self) -> frozenset[str]:
        """Outside bodies the citizen says they do not complain of ("Jeg har ingen klage over hospitalet")."""
        if not _NOT_COMPLAINED_OF_GATE.search(self.norm):
            return frozenset()
        return frozenset(code for code, pattern in _NOT_MUNICIPALITY.items() if any(
            _NOT_COMPLAINED_OF.search(self.norm, max(0, m.start() - 50), m.end()) for m in pattern.finditer(self.norm)))

    def _incidental(self, m: re.Match[str]) -> bool:
        """The outside body named at ``m`` only sets the scene: where the citizen was discharged from or operated on,
        or what handed the matter over to the municipality or is praised, and not complained of in its sentence."""
        text = self.norm
        if _INCIDENTAL_AFTER.match(text, m.end(), m.end() + 80):
            return True
        if not _INCIDENTAL.search(text, max(0, m.start() - 40), m.start()):
            return False
        # A complaint told in the next sentence of what this one told ("... udskrevet fra Bispebjerg Hospital fredag
        # aften kl. 22. Det vil jeg gerne klage over.") is a complaint of it too.
        index = self._sentence_index(m.start())
        if index is not None and _COMPLAINT_OF_THE_ABOVE.match(text, self._sentence_spans[index][1]):
            return False
        return not _COMPLAINED_OF.search(text, *_sentence_around(text, m.start(), m.end()))

    @cached_property
    def _sentence_spans(self) -> tuple[tuple[int, int], ...]:
        """Where each sentence lies in the normalised text."""
        spans, at = [], 0
        for sentence in self.sentences:
            start = self.norm.find(sentence, at)
            spans.append((start, start + len(sentence)))
            at = start + len(sentence)
        return tuple(spans)

    @cached_property
    def _outside_spans(self) -> tuple[tuple[int, int, bool], ...]:
        """Where the outside bodies are named (not in passing), and whether the body acts there (a verb after it) or
        the citizen turned to it ("wrote to SIRI")."""
        found = []
        for code in self.outside_bodies:
            for m in _NOT_MUNICIPALITY[code].finditer(self.norm):
                if not self._incidental(m):
                    start, end = _sentence_around(self.norm, m.start(), m.end())
                    # The text up to the sentence's end holds the match where it stands.
                    acts = (_acts(self.norm[:end], m) or vocabulary.addressed_before(self.norm[start:m.start()])
                            or bool(_REFERRED_TO.search(self.norm, max(start, m.start() - 60), m.start())))
                    found.append((m.start(), m.end(), acts))
        # A matter that is an outside body's by its nature is told of that body where it begins (its first word:
        # "min overbo holder fest ... folk der råber på trappen" is the neighbour's party, not staff shouting).
        for _code, m in self._by_nature_matches:
            found.append((m.start(), m.start() + len(m.group().split()[0]), True))
        return tuple(found)

    def _names_municipality(self, start: int, end: int) -> bool:
        """The text between ``start`` and ``end`` names the municipality or one of its units or services: a
        department's keyword that is not part of an outside body's name ("regionens kørselskontor")."""
        if _MUNICIPALITY.search(self.norm, start, end):
            return True
        outside = self._outside_spans
        # Beside an outside body named in the same sentence, a topic (an area's word: "udredt for ADHD" at the
        # region's child psychiatry) is what the body works on, not a unit of the municipality.
        beside_outside = any(start <= at < end for at, _e, _acts in outside)
        return any(
            start <= at < end and not any(s <= at <= e + 1 for s, e, _acts in outside)
            and not self._of_outside_body(word_end, outside)
            and not (beside_outside and (at, word_end) in score.topics)
            for score in self.department_scores.values() for at, word_end, weight in score.spans if weight > 0)

    def _of_outside_body(self, end: int, outside: Sequence[tuple[int, int, bool]]) -> bool:
        """The unit word ending at ``end`` is one of an outside body's people, told by where they come from ("en
        p-vagt fra APCOA", "sagsbehandleren hos Udbetaling Danmark"), not the municipality's."""
        m = _FROM_BODY.match(self.norm, end)
        return bool(m) and any(s == m.end() for s, _e, _acts in outside)

    def told_of_outside_body(self, evidence: Iterable[str], *, acting: bool = False) -> bool:
        """Every piece of ``evidence`` is told of an outside body: the nearest sentence (its own, else the ones before
        it) that names the municipality, one of its units or services, or an outside body names only the outside
        body ("Personalet på regionens kørselskontor var afvisende", "Udbetaling Danmark ... Jeg har intet hørt").
        "Borgerservice asked me to send my passport again ... Since then I have had no reply" is the unit's.
        ``acting``: only a body that acts there or was turned to counts ("I have written to SIRI", not "a story about
        his divorce")."""
        tellers = self._tellers(evidence, acting)
        return bool(tellers) and all(teller == "outside" for teller in tellers)

    def _find(self, piece: str) -> int:
        """Where evidence ``piece`` stands in the normalised text: as written, else its words with anything but words
        between them (a word class's hit drops quotes: "kaldte ham doven" for 'kaldte ham "doven"')."""
        at = self.norm.find(piece)
        if at >= 0 or not piece.strip():
            return at
        m = re.search(r"\W+".join(re.escape(word) for word in piece.split()), self.norm)
        return m.start() if m else -1

    def not_yet_beside(self, piece: str) -> bool:
        """Evidence ``piece`` stands in a sentence that says, in the perfect, that the unit has not yet been told ("Jeg
        har ikke skrevet til kørselskontoret endnu"; not "jeg ved ikke om klagen skal sendes til ...")."""
        sentence = self._sentence_holding(piece)
        return bool(sentence) and any(hit in sentence and _PERFECT_AUX.search(hit) for hit in self.not_yet_contacted)

    def _sentence_holding(self, piece: str) -> str:
        """The sentence that holds evidence ``piece`` (empty when none does)."""
        index = self._sentence_index(self._find(piece))
        return "" if index is None else self.sentences[index]

    def _sentence_index(self, at: int) -> int | None:
        """The number of the sentence that holds position ``at`` (None when none does)."""
        return next((i for i, (start, end) in enumerate(self._sentence_spans) if start <= at < end), None)

    def _nearest_named(self, index: int | None, namers: Sequence[tuple[str, Callable[[int, int], bool]]],
                       ) -> str | None:
        """Going back from sentence ``index`` (its own first), the label of the first of ``namers`` that names
        someone in a sentence; None when no sentence up to it does."""
        for start, end in reversed(self._sentence_spans[:index + 1] if index is not None else ()):
            for label, names in namers:
                if names(start, end):
                    return label
        return None

    def _tellers(self, evidence: Iterable[str], acting: bool) -> list[str | None]:
        """For each piece of ``evidence``: who the nearest sentence naming someone names ("municipality", "outside",
        or None when no sentence up to it names either, or the piece is not found)."""
        outside = [at for at, _end, acts in self._outside_spans if acts or not acting]
        namers = (("municipality", self._names_municipality),
                  ("outside", lambda start, end: any(start <= where < end for where in outside)))
        tellers: list[str | None] = []
        for piece in (piece for hit in evidence for piece in hit.split(" … ")):
            at = self._find(piece)
            index = self._sentence_index(at) if at >= 0 else None
            # In the evidence's own sentence, what is named before the evidence ends comes first ("the officer at the
            # police station was rude ... impossible without MitID": the officer is the police's).
            before = index is not None and next((label for label, names in namers
                                                 if names(self._sentence_spans[index][0], at + len(piece))), None)
            tellers.append(before or self._nearest_named(index, namers))
        return tellers

    def stock_reply_is_the_policy(self, evidence: Iterable[str]) -> bool:
        """Every piece of ``evidence`` stands in a sentence whose stock reply only restates the political decision
        (``lexicon.STOCK_REPLY_POLICY``: "fik et standardsvar om at det er en politisk beslutning")."""
        return self._each_in_a_sentence(evidence, _STOCK_REPLY_POLICY)

    def not_consulted_is_the_policy(self, evidence: Iterable[str]) -> bool:
        """Every piece of ``evidence`` stands in a sentence that tells the citizens were not consulted
        (``lexicon.POLICY_NOT_CONSULTED``: "Nobody asked the parents about this")."""
        return self._each_in_a_sentence(evidence, _POLICY_NOT_CONSULTED)

    def _each_in_a_sentence(self, evidence: Iterable[str], pattern: re.Pattern[str]) -> bool:
        """Every piece of ``evidence`` is found, and the sentence around it matches ``pattern``."""
        pieces = [piece for hit in evidence for piece in hit.split(" … ")]
        spans = [(at, at + len(piece)) for piece in pieces if (at := self._find(piece)) >= 0]
        return bool(pieces) and len(spans) == len(pieces) and all(
            pattern.search(self.norm, *_sentence_around(self.norm, start, end)) for start, end in spans)

    def told_of_politician(self, evidence: Iterable[str]) -> bool:
        """Every piece of ``evidence`` is told of an elected politician or the council: the nearest sentence (its own,
        else the ones before it) that names a politician or the municipality names a politician ("Jeg læste et
        interview med overborgmesteren ... Det er dybt nedladende overfor os borgere")."""
        pieces = [piece for hit in evidence for piece in hit.split(" … ")]
        council = self.config.council_mention
        namers = (("politician", lambda start, end: bool(_POLITICIAN.search(self.norm, start, end) or (
                      council and council.search(self.norm, start, end)))),
                  ("municipality", self._names_municipality))
        return bool(pieces) and all(
            self.norm.find(piece) >= 0 and self._nearest_named(self._sentence_index(self.norm.find(piece)), namers)
            == "politician" for piece in pieces)

    def outside_body_acts(self, code: str | None) -> bool:
        """Body ``code`` (named in the text) is what the matter is about: it acts (a verb right after its
        name, or as the agent of a passive), the citizen complained or applied to it, or a sentence naming it tells a
        decision. "Min egen læges journal", "the metro", "sin egen skilsmisse" only set the scene."""
        pattern = _NOT_MUNICIPALITY.get(code)
        if pattern is None:
            return True
        for sentence, decision in zip(self.sentences, self.decision_sentences, strict=True):
            for m in pattern.finditer(sentence):
                if (decision or _acts(sentence, m) or vocabulary.addressed_before(sentence[:m.start()])
                        or _SENT_BY_NAME.search(sentence, max(0, m.start() - 70), m.start())
                        or _BY_OR_APPLIED_TO.search(sentence, max(0, m.start() - 60), m.start())):
                    return True
        return False

    def praktisk_is_the_policy(self) -> bool:
        """Every practical-task problem is told in a sentence of a political decision ("Udvalget har vedtaget nye
        skoledistrikter ... i stedet for skolen for enden af gaden"), or of a decision in a text that names a
        political one ("kommunen har bestemt at ældre kun kan få hjælp til bad én gang om ugen ... som politikerne
        har vedtaget"), or judges a service named only in such a sentence ("... at alle kun får gjort rent hver
        tredje uge. Det er ikke ordentligt."): the service is what was decided for everyone."""
        _evidence, where, services, _problems = self.praktisk
        return all(
            self._tells_policy(problem)
            or (service is not problem and self._tells_policy(_last_service_clause(service)))
            for problem, service in zip(where, services, strict=True))

    def _tells_policy(self, sentence: str) -> bool:
        return _political(sentence, None) or _is_decision(sentence, self.config.council_decision)

    @cached_property
    def praktisk_circumstances_only(self) -> bool:
        """Every practical-task problem found tells a circumstance (``lexicon.PRAKTISK_CIRCUMSTANCE``: "i 8 uger",
        "i stedet", "dårligt"), none a task left undone ("ikke kommet", "glemt")."""
        problems = self.praktisk[3]
        return bool(problems) and all(_PRAKTISK_CIRCUMSTANCE.search(problem) for problem in problems)

    def praktisk_is_the_decision(self, sentences: list[str]) -> bool:
        """Every one of ``sentences`` holds a decision or a wish to change one. A grant is not such a decision: a
        problem in delivering what was granted ("kom med den plejeseng, jeg har fået bevilget, og gik igen") is
        how the task was done, not the decision's content."""
        council = self.config.council_decision
        return all(_is_decision(_GRANTED.sub(" ", sentence), council) or _WANTS_CHANGE.search(sentence)
                   for sentence in sentences)

    @cached_property
    def politisk(self) -> list[str]:
        """Political words, and the configured council's name with a decision ("Borgerrepræsentationen har
        besluttet"), in the order they occur, then political decisions read by meaning: a decider with a policy act,
        or a policy act for everyone a service reaches ("indført i hele bydelen"). A committee's decision whose
        legality is doubted is the tilsyn's (``legality``), not politics."""
        by_meaning = [] if self.legality else (
            self._by_meaning(vocabulary.POLITICAL_DECISION, vocabulary.POLICY_FOR_EVERYONE) + self._council_acts()
            + [m.group().strip() for m in _COMMITTEE_DECISION.finditer(self.norm) if not _negated(self.norm, m)])
        council = self.config.council_decision
        found = [*(m for pattern in (_POLITISK, council) if pattern is not None for m in pattern.finditer(self.norm)),
                 *self._council_member_says, *self._politician_complained_of]
        words = [m.group().strip() for m in sorted(found, key=lambda m: m.start())
                 if not _negated(self.norm, m) and not self._told_to(m)]
        # "like everyone else" compares the citizen with others ("så må du jo sælge din iphone ligesom alle andre"):
        # no policy for everyone.
        by_meaning = [hit for hit in by_meaning if not _LIKE_EVERYONE.search(hit)]
        if _CHILD_REMOVED.search(self.norm):
            # A committee that decided one child's removal ("har tvangsfjernet hendes dreng, det var et udvalg der
            # besluttede det") decided a case, not a policy for everyone.
            return [hit for hit in words + by_meaning if not _CHILD_REMOVED.search(self._sentence_holding(hit))]
        return words + by_meaning

    @cached_property
    def politics_in_passing(self) -> bool:
        """Political words only as the background of another complaint: no sentence that holds one, nor one of the
        ``DECISION_REACH`` after it, objects to the policy or asks for it changed ("Der er for få hjælpere, fordi
        politikerne har sparet så meget. Min mor fik ikke sit bad i tre uger." is about the bath; "Det er en skandale,
        at I har lukket svømmehallen, og det bør laves om" objects). A sentence that says the complaint is not about
        the policy (``lexicon.POLICY_DISOWNED``: "klage over opførslen, ikke over besparelserne") neither counts as
        political nor objects."""
        council = self.config.council_decision
        political = [number for number, sentence in enumerate(self.sentences) if _political(sentence, council)]
        if not political:
            return False
        # A sentence that says the complaint is not about the policy ("klage over opførslen, ikke over besparelserne")
        # tells its political words as background, whatever else it says.
        disowned = [bool(_POLICY_DISOWNED.search(sentence)) for sentence in self.sentences]
        political = [number for number in political if not disowned[number]]
        if not political:
            return True
        near = {self.sentences[number] for first in political for number in range(first, first + DECISION_REACH + 1)
                if number < len(self.sentences) and not disowned[number]}
        return not any(vocabulary.POLICY_OBJECTION.find(sentence) or vocabulary.DISAGREE.find(sentence)
                       or vocabulary.change_wish_in(sentence) or _WANTS_CHANGE.search(sentence) for sentence in near)

    @cached_property
    def no_complaint_beside(self) -> bool:
        """The letter says it holds no complaint of the staff or the handling ("Vi har ikke noget at udsætte på de
        enkelte medarbejdere", ``lexicon.NO_COMPLAINT_BESIDE``); read only when the learned model would be asked."""
        return bool(_NO_COMPLAINT_BESIDE.search(self.norm))

    @cached_property
    def politician_statement(self) -> list[str]:
        """What an elected politician said in public ("borgmesteren sagde i et interview"; a member of the council by
        its configured name, ``TriageConfig.council_member_says``: "et medlem af Borgerrepræsentationen skrev på
        Facebook")."""
        found = [*_POLITICIAN_STATEMENT.finditer(self.norm), *self._council_member_says,
                 *self._politician_complained_of]
        return [m.group() for m in sorted(found, key=lambda m: m.start()) if not self._told_to(m)]

    @cached_property
    def _council_member_says(self) -> list[re.Match[str]]:
        """A council member's public words (``TriageConfig.council_member_says``), looked for only where the council's
        name stands in the text (a plain search)."""
        member, mention = self.config.council_member_says, self.config.council_mention
        if member is None or mention is None or not mention.search(self.norm):
            return []
        return list(member.finditer(self.norm))

    @cached_property
    def _politician_complained_of(self) -> list[re.Match[str]]:
        """A complaint about one politician (``lexicon.POLITICIAN_COMPLAINED_OF``), looked for only in a text that names
        one (a plain search for ``_POLITICIAN_WORDS``)."""
        if not any(word in self.norm for word in _POLITICIAN_WORDS):
            return []
        return list(_POLITICIAN_COMPLAINED_OF.finditer(self.norm))

    def _told_to(self, match: re.Match[str]) -> bool:
        """A politician or the council named at ``match`` (not a policy word: "besparelser") is the one the citizen
        told of the matter, not its decider: a verb of contact among the few words before it, in its clause ("Jeg
        har også talt med en af vores politikere om det", "I wrote to a politician about it"); not a question quoted
        after "spørger:", not "talt med naboerne, og politikerne burde"."""
        mention = self.config.council_mention
        if not _POLITICAL_PERSON.search(match.group()) and not (mention is not None and mention.search(match.group())):
            return False
        before = self.norm[max(0, match.start() - 80):match.start()]
        if _COMPLAINED_OF.search(before):
            return False  # complained of, not told ("Jeg vil klage over et medlem af Borgerrepræsentationen")
        start = _CLAUSE_START.match(before)
        return vocabulary.addressed_before(before[start.end():] if start else before, TOLD_WINDOW)

    @cached_property
    def ansaettelse(self) -> list[str]:
        """Employment words; the weak ones ("min leder", "ansat som") only without signs of a benefit case, and
        none in a sentence that names an employer outside the municipality (a volunteer organisation)."""
        # Working at the jobcentre is no benefit case of one's own ("Jeg arbejder selv i jobcentret").
        benefit_case = bool(_BENEFIT_CASE.search(self.norm)) and not _EMPLOYEE_OF_BENEFIT_UNIT.search(self.norm)
        found: list[str] = []
        employer = vocabulary.OUTSIDE_EMPLOYER
        named = employer.may_match(self.text_vocabulary)
        outside = [named and bool(employer.find(sentence)) for sentence in self.sentences]
        # Most texts name no outside employer: then the whole text at once (one scan, the same hits).
        texts = [self.norm] if not any(outside) else [
            sentence for sentence, named in zip(self.sentences, outside, strict=True) if not named]
        if self.business_case or self.private_workplace:
            # A business's own staff ("stoppe ansættelsen", "my boss emailed them"), or the writer's private employer
            # ("I work at a supermarket ... my manager"): not employment in the municipality.
            return []
        # A union representative who came along as a supporter is a helper in the citizen's own benefit case.
        supporter = benefit_case and bool(_UNION_REP_AS_SUPPORTER.search(self.norm))
        for sentence in texts:
            strong = _hits(_ANSAETTELSE, sentence, negatable=True)
            if benefit_case:  # "my employer reported my hours wrong", "I was fired and signed up with my a-kasse"
                strong = [hit for hit in strong if not vocabulary.OWN_WORKPLACE.find(hit)
                          and not vocabulary.LOST_JOB.find(hit) and not _JOB_SEEKING.search(hit)
                          and not (supporter and _UNION_REP.match(hit))]
                found += strong
                continue
            weak = _hits(_ANSAETTELSE_WEAK, sentence, negatable=True) + self._employed(sentence)
            if weak and self.outside_bodies:  # "Gældsstyrelsen trækker 20 % af min løn": the body's act, not the job
                weak = [hit for hit in weak if not self._said_of_acting_outside_body(hit)]
            if weak and any(outside):  # "a job in a software company ... my employer can't pay me": that employer
                weak = [hit for hit in weak if not vocabulary.OWN_WORKPLACE.find(hit)]
            found += strong + weak
        # Sentences that make an employment word context: the papers an employer gave ("bring documents from my
        # employer", "papirer fra min arbejdsgiver"), the writer's own job told as an aside ("Jeg er selv ansat i
        # kommunen, så jeg ved godt at der er travlt").
        for context in (_EMPLOYER_AS_CONTEXT, _OWN_JOB_ASIDE):
            if found and context.search(self.norm):
                told = [sentence for sentence in self.sentences if context.search(sentence)]
                found = [hit for hit in found if not any(hit in sentence for sentence in told)]
        if found and _ON_BEHALF.search(self.norm):
            # Written for someone else: the writer's own job is the writer's role ("jeg er socialrådgiver på et
            # herberg og skriver med samtykke fra en af vores beboere"), not the matter.
            found = [hit for hit in found if not self._said_of_writer(hit)]
        return found

    def _said_of_writer(self, hit: str) -> bool:
        """``hit`` tells of the writer: it begins with "jeg"/"I", or it is a role ("arbejder som pædagog på") with
        "jeg"/"I" right before it."""
        at = self.norm.find(hit)
        return bool(_FIRST_PERSON.match(hit)) or (at >= 0 and bool(_EMPLOYMENT_ROLE.match(hit)) and bool(
            _FIRST_PERSON_BEFORE.search(self.norm, max(0, at - 6), at)))

    def _said_of_acting_outside_body(self, hit: str) -> bool:
        """``hit`` lies in a sentence where an outside body acts or is turned to."""
        index = self._sentence_index(self.norm.find(hit))
        if index is None:
            return False
        start, end = self._sentence_spans[index]
        return any(start <= where < end and acts for where, _end, acts in self._outside_spans)

    @cached_property
    def private_workplace(self) -> list[str]:
        """The writer (or the one written for) works for a private business (``lexicon.PRIVATE_WORKPLACE``), and the
        municipality is not named as their employer."""
        norm = self.norm
        if not ("firma" in norm or "virksomhed" in norm or _PRIVATE_PLACE.search(norm)):
            return []
        found = self.hits(_PRIVATE_WORKPLACE)
        return [] if not found or _MUNICIPAL_EMPLOYER.search(self.norm) else found

    @cached_property
    def _employment_words(self) -> bool:
        """Words of employment anywhere in the text, whoever the employer, or a dismissal ("they dismissed me")."""
        return bool(_hits(_ANSAETTELSE, self.norm, negatable=True)
                    or _hits(_ANSAETTELSE_WEAK, self.norm, negatable=True) or vocabulary.LOST_JOB.find(self.norm))

    @cached_property
    def business_case(self) -> bool:
        """A business writing about its own matter with the municipality (a CVR number, "vores café")."""
        return bool(_BUSINESS_CASE.search(self.norm))

    def _employed(self, text: str) -> list[str]:
        """``EMPLOYED`` sentence by sentence (``text`` is one sentence or the whole normalised text)."""
        if not vocabulary.EMPLOYED.may_match(self.text_vocabulary):
            return []
        parts = self.sentences if text is self.norm else [text]
        # "når man er ansat i kommunen": anyone employed there (the p-vagt complained of), not the writer.
        return [hit for sentence in parts for hit in vocabulary.EMPLOYED.find(sentence)
                if not _GENERIC_SUBJECT.search(sentence[:max(0, sentence.find(hit))])]

    @cached_property
    def employment_only_role(self) -> bool:
        """Every employment hit tells the writer's job as who they are ("jeg arbejder som ... på"), none what an
        employer or colleague did (``lexicon.EMPLOYMENT_ROLE``)."""
        return bool(self.ansaettelse) and all(_EMPLOYMENT_ROLE.match(hit) for hit in self.ansaettelse)

    @cached_property
    def employment_matter(self) -> bool:
        """Employment in the municipality and no sign of the citizen's own benefit case: what the employer did
        (a warning, a dismissal, a job refused) is no administrative decision with an appeal body."""
        return bool(self.ansaettelse) and not _BENEFIT_CASE.search(self.norm)

    @cached_property
    def legality(self) -> list[str]:
        return self.hits(_LEGALITY, negatable=True) + self._by_meaning(vocabulary.NOT_LAWFUL)

    @cached_property
    def old_event(self) -> str | None:
        """Evidence in the text that the matter lies beyond the time limit (without ``event_date``)."""
        return _old_event_in_text(self.norm, self.received, self.config.complaint_time_limit_days)

    # First contact -----------------------------------------------------------------------------

    @cached_property
    def not_yet_contacted(self) -> list[str]:
        return self.hits(_NOT_YET) + [
            hit for sentence in self.sentences for hit in vocabulary.not_yet_contacted_in(sentence)
        ]

    @cached_property
    def contacted(self) -> list[str]:
        """The unit asked, not where that is the verb of a "not yet" ("hverken han eller jeg har taget det op med
        lederen": "har taget det op" is what neither did)."""
        hits = self.hits(_CONTACTED, negatable=True)
        if not hits or not self.not_yet_contacted:
            return hits
        spans = [(at, at + len(hit)) for hit in self.not_yet_contacted if (at := self.norm.find(hit)) >= 0]
        return [hit for hit in hits if not _inside(self.norm.find(hit), spans)]

    @cached_property
    def not_yet_with_unit(self) -> bool:
        """The citizen says they have not yet raised it with a municipal unit named in that sentence ("I have not
        complained to Borgerservice yet", "har endnu ikke taget det op med sagsbehandleren i borgercentret"): there is
        a municipal matter, whatever outside body the letter also names."""
        for hit in self.not_yet_contacted:
            at = self._find(hit)
            if at < 0:
                continue
            # Whom it was not raised with: the clause from the "not yet" on ("I haven't said anything to the hospital,
            # I thought the municipality ..." is the hospital).
            end = _CLAUSE_OR_SENTENCE_END.search(self.norm, at + len(hit))
            end = end.start() if end else len(self.norm)
            if any(at <= where < end for where, _end, _acts in self._outside_spans):
                continue
            if self._names_municipality(at, end) or _MUNICIPAL_CASEWORKER.search(self.norm, at, end):
                return True
            # "Jeg har ikke skrevet til hende om det endnu" after the sentences about the jobcentre's caseworker: the
            # one not yet told is whom the nearest sentence naming someone names.
            if _PERSON_OBJECT.search(self.norm, at, end) and self._tellers([hit], False) == ["municipality"]:
                return True
        return False

    def not_yet_above_unit(self, hit: str) -> bool:
        """The "not yet" is about the manager or the department above the unit ("ikke klaget til lederen"), not about
        the unit and its manager both ("endnu ikke klaget til plejehjemmet eller lederen")."""
        at = self.norm.find(hit)
        if at < 0:
            return False
        clause = self.norm[at:at + len(hit) + 30].split(".")[0]
        above = _ABOVE_UNIT.search(clause)
        return bool(above) and not _EITHER.search(clause, len(hit), above.start())


def features_extract(
    text: str, *, answers: Mapping[str, Any], config: TriageConfig, today: date,
    letter_contact: tuple[str, tuple[str, ...]] | None = None,
) -> Features:
    """Read one henvendelse: the text, the structured answers and the configuration."""
    norm = normalise(text)
    gate.TEXT.start(norm)
    words = tokens(norm)
    department_scores = config.department_index.match(words)
    body_scores = config.body_index.match(words)
    # The area of municipal work and the person affected add to the configured keywords (areas.py).
    area_hits = find_areas(norm)
    area_notes = apply_to_departments(
        norm, department_scores, area_hits, config.areas,
        lambda code, start: UnitScore(code=code, first_position=start),
    )
    text_department = _best(department_scores)
    appeal, appeal_scores = appeal_body(
        norm, body_scores, area_hits, config.areas, text_department,
        [code for code in lexicon.APPEAL_BODIES if code in config.body_names],
    )
    return Features(
        text=text, norm=norm, words=words, sentences=sentences(norm), answers=answers, config=config, today=today,
        received=_parse_date(answers.get("received_date")) or today, event=_parse_date(answers.get("event_date")),
        department_scores=department_scores, body_scores=body_scores, area_hits=area_hits, area_notes=area_notes,
        text_department=text_department, appeal=appeal, appeal_scores=appeal_scores, letter_contact=letter_contact,
    )


gate.TEXT.build()  # every group of the gate is added by now (here and in areas.py)
