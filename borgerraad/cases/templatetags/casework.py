"""Template helpers for the casework pages: the triage result and deadline kinds in words."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

register = template.Library()

VERDICTS = {
    "in_scope": _("Kan behandles"),
    "contact_unit_first": _("Kontakt enheden først"),
    "out_of_scope": _("Uden for kompetence"),
}
VERDICT_BADGES = {"in_scope": "badge-success", "contact_unit_first": "badge-warning", "out_of_scope": "badge-error"}
DEADLINE_KINDS = {
    "acknowledgement": _("Kvittering"),
    "target": _("Egen frist"),
    "hoering": _("Høringssvar"),
    "forward_follow_up": _("Opfølgning på videresendelse"),
    "henstilling_follow_up": _("Opfølgning på henstilling"),
}


@register.filter
def verdict_label(triage) -> str:
    verdict = (triage or {}).get("verdict", "")
    return str(VERDICTS.get(verdict, _("Ingen vurdering")))


@register.filter
def verdict_badge(triage) -> str:
    return VERDICT_BADGES.get((triage or {}).get("verdict", ""), "badge-info")


@register.simple_tag(takes_context=True)
def triage_for_staff(context, triage) -> list[str]:
    """The engine's reasoning in staff words (``triage_staff``), not its explanation to the citizen."""
    from borgerraad.cases.triage_staff import staff_explanation
    from borgerraad.core.selectors import complaint_body_list

    request = context.get("request")
    names = getattr(request, "_complaint_body_names", None)
    if names is None:  # read once per request: the inbox shows 25 results
        english = get_language() == "en"
        names = {body.code: (body.name_en if english and body.name_en else body.name)
                 for body in complaint_body_list(active_only=False)}
        if request is not None:
            request._complaint_body_names = names
    return staff_explanation(triage, body_names=names)


def _matched(value) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key}" + (f" ({_matched(item)})" if isinstance(item, dict | list) else "")
                         for key, item in value.items())
    if isinstance(value, list):
        return ", ".join(_matched(item) for item in value)
    return str(value)


@register.filter
def triage_rules(triage) -> list[str]:
    """The rules that fired, each with what matched (the engine's evidence, CPR already masked)."""
    return [f"{rule.get('rule', '?')}: {_matched(rule.get('matched', ''))}" for rule in (triage or {}).get("rules", [])
            if isinstance(rule, dict)]


@register.filter
def triage_grounds(triage) -> str:
    from borgerraad.cases.models import Ground

    codes = (triage or {}).get("grounds") or []
    return ", ".join(Ground.label_of(code) for code in codes)


@register.filter
def engine_point(point) -> str:
    """One of the engine's klagepunkter in words: its ground, or what puts it outside competence."""
    from borgerraad.cases.models import Ground
    from borgerraad.cases.triage_staff import EXCLUSIONS

    point = point if isinstance(point, dict) else {}
    code = str(point.get("code") or "")
    if point.get("kind") == "exclusion":
        return f"{Ground.UDEN_FOR_KOMPETENCE.label}: {EXCLUSIONS.get(code, code)}"
    return str(Ground(code).label) if code in Ground.values else code


@register.filter
def deadline_kind(kind: str) -> str:
    return str(DEADLINE_KINDS.get(kind, kind))


@register.filter
def audit_detail(detail: str) -> str:
    """An audit log detail in words in the reader's language (``privacy.audit_words``)."""
    from borgerraad.privacy.audit_words import audit_detail_text

    return audit_detail_text(detail or "")
