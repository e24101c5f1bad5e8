"""The triage engine's result in words for staff: why the engine suggests what it does.

The engine's own ``explanation`` is written to the citizen ("Du skal først klage ..."); staff need
the reasoning: which verdict rule of docs/triage-contract.md decided, the grounds and exclusions
found, the department, and the complaint bodies to guide to. Built from the stored result alone
(``Henvendelse.triage``), so it holds for every henvendelse already registered, and translated
with Django's i18n (Danish, English when chosen).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from borgerraad.cases.models import Ground

EXCLUSIONS = {
    "afgoerelse": gettext_lazy("indholdet af en afgørelse"),
    "politisk": gettext_lazy("en politisk beslutning"),
    "ansaettelse": gettext_lazy("et ansættelsesforhold"),
    "anden_klageinstans": gettext_lazy("sagen er hos en anden klageinstans"),
    "ikke_kommunen": gettext_lazy("ikke kommunens område"),
    "over_et_aar": gettext_lazy("over et år siden (etårsreglen)"),
}

# The verdict rules of docs/triage-contract.md, in staff words.
RULES = {
    1: gettext_lazy("Kun forhold uden for kompetence, intet grundlag (regel 1)."),
    2: gettext_lazy("Borgeren har ikke klaget til enheden først; enheden skal have haft mulighed for at svare "
                    "(regel 2)."),
    3: gettext_lazy("Et grundlag, der ikke kræver første kontakt med enheden (regel 3)."),
    4: gettext_lazy("Grundlag fundet, og enheden har haft mulighed for at svare (regel 4)."),
    5: gettext_lazy("Hændelsen ligger over et år tilbage; etårsreglen kan fraviges (regel 5)."),
    6: gettext_lazy("Borgeren oplyser, at sagen allerede er hos en anden klageinstans (regel 6)."),
}


# The verdicts in staff words (the same words as the inbox's badges).
VERDICTS = {
    "in_scope": gettext_lazy("Kan behandles"),
    "contact_unit_first": gettext_lazy("Kontakt enheden først"),
    "out_of_scope": gettext_lazy("Uden for kompetence"),
}


def _labels(codes, names: Mapping[str, Any]) -> str:
    return ", ".join(str(names.get(code, code)) for code in codes)


def staff_explanation(triage: Mapping[str, Any] | None, *, body_names: Mapping[str, str]) -> list[str]:
    """Sentences for staff: the deciding rule, grounds, exclusions, department and bodies to guide to."""
    triage = triage or {}
    if not triage.get("verdict"):
        return []
    lines = []
    rule = RULES.get(triage.get("verdict_rule"))
    if rule:
        lines.append(str(rule))
    grounds = [code for code in triage.get("grounds") or [] if isinstance(code, str)]
    if grounds:
        lines.append(_("Grundlag: %(grounds)s.") % {"grounds": _labels(grounds, dict(Ground.choices))})
    exclusions = [code for code in triage.get("exclusions") or [] if isinstance(code, str)]
    if exclusions:
        lines.append(_("Uden for kompetence: %(exclusions)s.") % {"exclusions": _labels(exclusions, EXCLUSIONS)})
    if triage.get("forvaltning"):
        lines.append(_("Forvaltning: %(code)s.") % {"code": triage["forvaltning"]})
    bodies = [code for code in triage.get("refer_to") or [] if isinstance(code, str)]
    if bodies:
        lines.append(str(format_lazy(_("Vejled om: {bodies}."), bodies=_labels(bodies, body_names))))
    return lines + _matters(triage, body_names=body_names)


def _codes(value: Any) -> list[str]:
    return [code for code in value or [] if isinstance(code, str)]


def _matters(triage: Mapping[str, Any], *, body_names: Mapping[str, str]) -> list[str]:
    """A letter with several matters (docs/triage.md, "Letters with several matters"): each matter's verdict,
    with its grounds, exclusions and the bodies to guide to, so staff see which part goes where."""
    matters = [matter for matter in triage.get("matters") or [] if isinstance(matter, dict)]
    if len(matters) < 2:
        return []
    lines = [_("Henvendelsen har %(count)d dele, vurderet hver for sig:") % {"count": len(matters)}]
    for number, matter in enumerate(matters, start=1):
        details = [_labels(_codes(matter.get("grounds")), dict(Ground.choices)),
                   _labels(_codes(matter.get("exclusions")), EXCLUSIONS)]
        bodies = _codes(matter.get("refer_to"))
        if bodies:
            details.append(str(format_lazy(_("vejled om {bodies}"), bodies=_labels(bodies, body_names))))
        verdict = VERDICTS.get(matter.get("verdict"), matter.get("verdict"))
        text = "; ".join(detail for detail in details if detail)
        lines.append(_("Del %(number)d: %(verdict)s (%(details)s).") % {
            "number": number, "verdict": verdict, "details": text,
        })
    return lines
