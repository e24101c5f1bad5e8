"""Plain-language explanations of a triage verdict (Danish for the citizen, English alongside).

Rules: one or two sentences a citizen can read without knowing the codes; say what the
Borgerrådgiver can help with, what it cannot and where to go instead, and, when the unit must be
asked first, that no answer or an unsatisfying answer opens the way back to us (the seed).
When we can help with part of it and another body decides the rest (a decision that can be
appealed and its handling complained about), both are said, the other body first (its deadline
runs), and never "instead". The English text calls the office "the Citizens' Advisor", as the
English pages do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from borgerraad.triage.rules import NEEDS_FIRST_CONTACT

GROUND_DA = {
    "sagsbehandling": "kommunens sagsbehandling",
    "adfaerd": "personalets adfærd",
    "praktisk_opgave": "måden en praktisk opgave er udført på",
    "diskrimination": "oplevet diskrimination i kommunen",
    "forstaa_afgoerelse": "at forstå afgørelsen og se på, om den er blevet til på den rigtige måde",
    "vejledning_om_klage": "vejledning om, hvordan og hvor du klager over afgørelsen",
    "forslag": "dit forslag til, hvordan kommunen kan blive bedre",
}
GROUND_EN = {
    "sagsbehandling": "the municipality's case handling",
    "adfaerd": "staff behaviour",
    "praktisk_opgave": "how a practical task was carried out",
    "diskrimination": "discrimination you experienced in the municipality",
    "forstaa_afgoerelse": "understanding the decision and checking how it was made",
    "vejledning_om_klage": "advice on how and where to complain about the decision",
    "forslag": "your suggestion for improving the municipality's service",
}
EXCLUSION_DA = {
    "afgoerelse": "selve indholdet af kommunens afgørelse",
    "politisk": "politiske beslutninger, fx om serviceniveauet",
    "ansaettelse": "ansættelsesforhold i kommunen",
    "anden_klageinstans": "forhold, som en anden klageinstans tager sig af",
    "ikke_kommunen": "forhold, som ikke hører under kommunen",
    "over_et_aar": "forhold, der ligger mere end et år tilbage",
}
EXCLUSION_EN = {
    "afgoerelse": "the content of the municipality's decision",
    "politisk": "political decisions, e.g. about the level of service",
    "ansaettelse": "employment in the municipality",
    "anden_klageinstans": "matters handled by another complaint body",
    "ikke_kommunen": "matters that are not the municipality's",
    "over_et_aar": "matters that lie more than a year back",
}


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def explain(
    *, verdict: str, grounds: list[str], exclusions: list[str], refer_to: list[str],
    forvaltning: str | None, already: bool, department_names: Mapping[str, str], body_names: Mapping[str, str],
    part: bool = False,
) -> tuple[str, str]:
    """The citizen's explanation in Danish and in English; ``part``: of one matter of a letter with several,
    where another part may be ours (so never "instead")."""
    bodies = [body_names[code] for code in refer_to]
    refer_da = f" Du kan i stedet henvende dig til {_join(bodies, 'eller')}." if bodies else ""
    refer_en = f" You can turn to {_join(bodies, 'or')} instead." if bodies else ""
    if part and bodies:
        refer_da = f" Den del kan du klage over hos {_join(bodies, 'eller')}."
        refer_en = f" You can complain about that part to {_join(bodies, 'or')}."
    unit_da = f" ({department_names[forvaltning]})" if forvaltning in department_names else ""
    unit_en = f" ({department_names[forvaltning]})" if forvaltning in department_names else ""
    grounds_da = _join([GROUND_DA[code] for code in grounds], "og")
    grounds_en = _join([GROUND_EN[code] for code in grounds], "and")
    excl_da = _join([EXCLUSION_DA[code] for code in exclusions], "eller")
    excl_en = _join([EXCLUSION_EN[code] for code in exclusions], "or")

    if verdict == "contact_unit_first":
        # A part that another body decides (a decision beside a practical problem) is said too, first.
        other_da = f"Klag over {excl_da} til {_join(bodies, 'eller')}. " if exclusions and bodies else ""
        other_en = f"Complain about {excl_en} to {_join(bodies, 'or')}. " if exclusions and bodies else ""
        return (
            f"{other_da}Du skal først klage til det sted i kommunen, der har din sag{unit_da}, så de kan nå at svare. "
            f"Får du ikke svar, eller er du utilfreds med svaret, kan Borgerrådgiveren hjælpe med {grounds_da}.",
            f"{other_en}Please first complain to the part of the municipality handling your case{unit_en} so they can "
            f"answer. If they do not answer, or you are unhappy with the answer, "
            f"the Citizens' Advisor can help with {grounds_en}.",
        )
    if verdict == "in_scope":
        da = f"Borgerrådgiveren kan hjælpe med {grounds_da}."
        en = f"The Citizens' Advisor can help with {grounds_en}."
        if exclusions and bodies:
            # Both, the other body first: its deadline runs while we look at the rest.
            da = (f"Klag over {excl_da} til {_join(bodies, 'eller')}. "
                  f"Derudover kan Borgerrådgiveren hjælpe med {grounds_da}.")
            en = (f"Complain about {excl_en} to {_join(bodies, 'or')}. "
                  f"Besides that, the Citizens' Advisor can help with {grounds_en}.")
        elif exclusions:
            da += f" Vi kan ikke tage stilling til {excl_da}."
            en += f" We cannot rule on {excl_en}."
        return da, en
    if already:
        return (
            f"Sagen er allerede hos en anden klageinstans, og så kan Borgerrådgiveren ikke gå ind i den.{refer_da}",
            f"The matter is already with another complaint body, so the Citizens' Advisor cannot take it up.{refer_en}",
        )
    if "over_et_aar" in exclusions:
        return (
            "Det, du klager over, ligger mere end et år tilbage, og en klage skal som udgangspunkt komme inden "
            "for et år. Skriv til os, hvis der er særlige grunde til, at du først klager nu.",
            "What you complain about lies more than a year back, and a complaint should as a rule come within "
            "a year. Write to us if there are special reasons why you complain only now.",
        )
    return (
        f"Borgerrådgiveren kan ikke behandle {excl_da}.{refer_da}",
        f"The Citizens' Advisor cannot handle {excl_en}.{refer_en}",
    )


def klagepunkter(
    *, grounds: Mapping[str, list[str]], exclusions: Mapping[str, list[str]], contact: str, refer_to: list[str],
) -> list[dict[str, Any]]:
    """Each point of the henvendelse on its own: what it is, who handles it and the words that showed it."""
    points: list[dict[str, Any]] = []
    for code, evidence in grounds.items():
        first = code in NEEDS_FIRST_CONTACT and contact == "not_yet"
        points.append({
            "kind": "ground", "code": code, "handled_by": "unit_first" if first else "borgerraadgiveren",
            "evidence": evidence[:5],
        })
    for code, evidence in exclusions.items():
        points.append({"kind": "exclusion", "code": code, "handled_by": refer_to, "evidence": evidence[:5]})
    return points


LEARNED_KINDS = ("ground", "department", "exclusion")  # what the learned rules find (the refer they add is not one)


def learned_weights(trace: Iterable[Mapping[str, Any]]) -> list[float]:
    """The probabilities of the learned component's findings in a trace (``TriageResult.rules``), in order."""
    weights = []
    for entry in trace:
        if str(entry.get("rule", "")).startswith("learned.") and entry.get("kind") in LEARNED_KINDS:
            detail = entry.get("detail") if isinstance(entry.get("detail"), Mapping) else entry.get("matched")
            if isinstance(detail, Mapping) and "probability" in detail:
                weights.append(float(detail["probability"]))
    return weights


def learned_clause(trace: Iterable[Mapping[str, Any]]) -> tuple[str, str]:
    """One clause (Danish, English) saying that the learned model helped, with its weight; empty when it did not."""
    weights = learned_weights(trace)
    if not weights:
        return "", ""
    da = _join([f"{weight:.2f}".replace(".", ",") for weight in weights], "og")
    en = _join([f"{weight:.2f}" for weight in weights], "and")
    return (f" En lært model har hjulpet med dette forslag (vægt {da}).",
            f" A learned model helped with this suggestion (weight {en}).")
