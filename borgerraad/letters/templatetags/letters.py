"""``{% case_letters %}``: the "Breve" section of the case page (letters of the case, draft form)."""

from __future__ import annotations

from django import template

from borgerraad.letters import forms, selectors
from borgerraad.letters.policies import may_work_on_letters

register = template.Library()


@register.inclusion_tag("letters/case_letters.html", takes_context=True)
def case_letters(context):
    case = context["case"]
    user = context["request"].user
    initial_language = "en" if case.henvendelse.language == "en" else "da"
    return {
        "case": case,
        "letters": selectors.letters_for_case(case=case),
        "can_letters": may_work_on_letters(user, case),
        "draft_form": forms.DraftForm(initial={"kind": "afslutning", "language": initial_language}),
        "csrf_token": context.get("csrf_token"),
    }
