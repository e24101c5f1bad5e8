"""The public guide: one question per page, then the answer (see ``guide.py``)."""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from borgerraad.core.selectors import channel_statuses, complaint_body_list, department_list
from borgerraad.triage import guide
from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get


def _answers(request) -> dict:
    return guide.guide_answers_load(request.session)


def _initial(step: guide.Step, answers: dict) -> dict:
    initial = {name: answers.get(name) for name in step.form_class.base_fields if name in answers}
    if initial.get("event_date"):
        initial["event_date"] = dt.date.fromisoformat(initial["event_date"])
    return initial


@never_cache
def start(request):
    """The guide's front page; 'Start forfra' clears earlier answers."""
    if request.method == "POST":
        guide.guide_answers_save(request.session, {})
        return redirect("triage:step", slug=guide.STEPS[0].slug)
    return render(request, "triage/start.html", {"first_step": guide.STEPS[0], "answers": _answers(request)})


@never_cache
def step(request, slug: str):
    current = guide.STEPS_BY_SLUG.get(slug)
    if current is None:
        raise Http404
    answers = _answers(request)
    if request.method == "POST":
        form = current.form_class(request.POST)
        if form.is_valid():
            for name, value in form.cleaned_data.items():
                answers[name] = value.isoformat() if isinstance(value, dt.date) else value
            guide.guide_answers_save(request.session, answers)
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


@never_cache
def answer(request):
    answers = _answers(request)
    missing = guide.first_unanswered(answers)
    if missing is not None:
        return redirect("triage:step", slug=missing.slug)
    text, engine_answers = guide.engine_input(answers)
    result = triage(text, answers=engine_answers, channel="web", config=triage_config_get())
    departments = {department.code: department for department in department_list()}
    bodies = {body.code: body for body in complaint_body_list()}
    english = (get_language() or "da").startswith("en")
    return render(request, "triage/answer.html", {
        "result": result,
        "explanation": result.explanation_en if english else result.explanation,
        "department": departments.get(result.forvaltning or ""),
        "departments": list(departments.values()),
        "bodies": [bodies[code] for code in result.refer_to if code in bodies],
        "statuses": {status.channel: status for status in channel_statuses()},
        "answers": answers,
    })
