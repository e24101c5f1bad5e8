"""The public guide: one question per page, then the answer (see ``guide.py``)."""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from borgerraad.core.selectors import channel_statuses, complaint_body_list, department_list
from borgerraad.triage import guide
from borgerraad.triage.engine import CONTACT_UNIT_FIRST, IN_SCOPE, triage
from borgerraad.triage.selectors import bodies_for_answer, explain_with_local_names, triage_config_get


def _answers(request) -> dict:
    return guide.guide_answers_load(request.session)


def _initial(step: guide.Step, answers: dict) -> dict:
    initial = {name: answers.get(name) for name in step.form_class.base_fields if name in answers}
    if initial.get("event_date"):
        initial["event_date"] = dt.date.fromisoformat(initial["event_date"])
    return initial


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def start(request):
    """The guide's front page; 'Start forfra' clears earlier answers."""
    if request.method == "POST":
        guide.guide_answers_save(request.session, {})
        return redirect("triage:step", slug=guide.STEPS[0].slug)
    return render(request, "triage/start.html", {"first_step": guide.STEPS[0], "answers": _answers(request)})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def step(request, slug: str):
    current = guide.STEPS_BY_SLUG.get(slug)
    if current is None:
        raise Http404
    answers = _answers(request)
    if request.method == "POST":
        form = current.form_class(request.POST)
        if form.is_valid():
            guide.guide_answers_save(request.session, guide.guide_answers_update(answers, form.cleaned_data))
            following = guide.next_step(slug, answers)
            if following is None:
                return redirect("triage:answer")
            return redirect("triage:step", slug=following.slug)
    else:
        form = current.form_class(initial=_initial(current, answers))
    steps = guide.steps_for(answers)
    slugs = [s.slug for s in steps]
    number = slugs.index(slug) + 1 if slug in slugs else 1
    previous = guide.previous_step(slug, answers)
    return render(request, "triage/step.html", {
        "form": form, "step": current, "number": number, "total": len(steps),
        "previous_url": reverse("triage:step", args=[previous.slug]) if previous else reverse("triage:start"),
        "topics": guide.TOPICS,
    })


TWO_PLACES = frozenset({"in_scope_and_elsewhere", "contact_unit_first_and_appeal"})


def _kind(result, bodies: list) -> str:
    """Which answer the page gives (the template's sections follow it).

    A part another body decides (a decision to appeal, even when its appeal body is not known and the
    unit that made it must be asked) beside a part for us or for the unit first: "Du kan klage to steder",
    that part and its deadline first, never "kan hjælpe dig" beside "i stedet" (issue 12)."""
    elsewhere = bool(result.exclusions) and (bool(bodies) or "afgoerelse" in result.exclusions)
    if result.verdict == IN_SCOPE:
        if result.grounds == ["forslag"] and not result.exclusions:
            return "suggestion"
        return "in_scope_and_elsewhere" if elsewhere else "in_scope"
    if result.verdict == CONTACT_UNIT_FIRST:
        return "contact_unit_first_and_appeal" if elsewhere else "contact_unit_first"
    return "political" if "politisk" in result.exclusions else "out_of_scope"


@never_cache
@require_http_methods(["GET", "HEAD"])
def answer(request):
    answers = _answers(request)
    missing = guide.first_unanswered(answers)
    if missing is not None:
        return redirect("triage:step", slug=missing.slug)
    text, engine_answers = guide.engine_input(answers)
    result = triage(text, answers=engine_answers, channel="web", config=triage_config_get())
    departments = {department.code: department for department in department_list()}
    bodies = {body.code: body for body in complaint_body_list()}
    # A police officer's conduct: Den Uafhængige Politiklagemyndighed's card instead of the police's (issue 12).
    shown = bodies_for_answer(result.refer_to, result.rules, bodies)
    referred = list(dict.fromkeys(shown.values()))
    english = (get_language() or "da").startswith("en")
    # The engine explains with the Danish names; the page explains in its own language's names.
    explanation_da, explanation_en = explain_with_local_names(result.to_dict(), departments=departments,
                                                              bodies=bodies, shown=shown)
    kind = _kind(result, referred)
    return render(request, "triage/answer.html", {
        "result": result,
        "kind": kind,
        "two_places": kind in TWO_PLACES,
        "explanation": explanation_en if english else explanation_da,
        "department": departments.get(result.forvaltning or ""),
        "departments": list(departments.values()),
        "bodies": referred,
        "statuses": {status.channel: status for status in channel_statuses()},
        "answers": answers,
        "cpr_masked": bool(answers.get(guide.CPR_MASKED)),
        # A letter with several matters: each part's own answer, in the page's language.
        "matters": [matter["explanation_en" if english else "explanation"] for matter in result.matters],
    })
