"""The register pages under /medarbejder/indsigt/: suggestions (forslag/) and henstillinger (henstillinger/).

Every view is behind ``staff_required`` and the registers' policies (``registers_policies.py``):
the lists and the CSV hold the entries the user may see; an entry outside them is answered with
404, so a page never tells whether a restricted case's entry exists. Opening an entry (it shows
what the citizen and the department wrote) and every entry in a CSV download are written to the
audit log by the selectors. Views hold no rules: they parse forms, call ``registers`` and
redirect after a POST.
"""

from __future__ import annotations

import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from borgerraad.accounts.decorators import staff_required
from borgerraad.accounts.policies import VIEW
from borgerraad.core.calendar import local_today
from borgerraad.insights import registers
from borgerraad.insights.forms_registers import (
    HenstillingAnswerForm,
    HenstillingFilterForm,
    SuggestionCreateForm,
    SuggestionEditForm,
    SuggestionFilterForm,
)
from borgerraad.insights.models import Adoption
from borgerraad.insights.registers_policies import CHANGE, CREATE, EXPORT, henstilling_policy, suggestion_policy

PER_PAGE = 50
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _page_number(request) -> int:
    try:
        return max(int(request.GET.get("side", "1")), 1)
    except ValueError:
        return 1


def _messages_of(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _date(value) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


# --- Suggestions -------------------------------------------------------------------------------------------


def _suggestion_filters(request) -> tuple[SuggestionFilterForm, dict]:
    form = SuggestionFilterForm(request.GET or None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        return form, {"adoption": data["adoption"], "department": data["department"], "start": data["start"],
                      "end": data["end"]}
    return form, {}


@staff_required
def suggestion_list(request):
    suggestion_policy.check(request.user, VIEW)
    form, filters = _suggestion_filters(request)
    entries = None if form.is_bound and not form.is_valid() else registers.suggestion_list(
        user=request.user, **filters)
    page = Paginator(entries, PER_PAGE).get_page(_page_number(request)) if entries is not None else None
    query = request.GET.copy()
    query.pop("side", None)
    return render(request, "insights/registers/suggestions.html", {
        "form": form, "page": page, "query": query.urlencode(),
        "can_create": suggestion_policy.can(request.user, CREATE), "nav": "insights", "subnav": "suggestions",
    })


@staff_required
def suggestion_export(request):
    """The filtered list as CSV (semicolon-separated, UTF-8 with BOM, as Danish Excel opens it)."""
    suggestion_policy.check(request.user, EXPORT)
    form, filters = _suggestion_filters(request)
    if form.is_bound and not form.is_valid():
        return suggestion_list(request)
    entries = list(registers.suggestion_list(user=request.user, **filters))
    registers.suggestions_audit_export(user=request.user, entries=entries)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="forslag-{local_today():%Y-%m-%d}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow([
        _("Nummer"), _("Modtaget"), _("Kanal"), _("Sag"), _("Klagepunkt"), _("Forvaltning"), _("Forslaget"),
        _("Sendt til forvaltningen"), _("Svar modtaget"), _("Forvaltningens svar"), _("Gennemført"),
    ])
    for entry in entries:
        point = entry.klagepunkt
        writer.writerow([_cell(value) for value in (
            entry.pk, _date(entry.received_on), entry.get_channel_display() or _("Anden vej"),
            point.case.reference if point else "", point.number if point else "",
            entry.department.code if entry.department else "", entry.text, _date(entry.sent_on),
            _date(entry.answer_received_on), entry.answer_text, entry.get_adoption_display(),
        )])
    return response


@staff_required
def suggestion_new(request):
    suggestion_policy.check(request.user, CREATE)
    form = SuggestionCreateForm(request.POST or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            suggestion = registers.suggestion_create(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            errors = _messages_of(error)
        else:
            messages.success(request, _("Forslaget er registreret."))
            return redirect("insights:suggestion", pk=suggestion.pk)
    return render(request, "insights/registers/suggestion_new.html", {
        "form": form, "errors": errors, "nav": "insights", "subnav": "suggestions",
    })


@staff_required
def suggestion_detail(request, pk: int):
    suggestion = registers.suggestion_get(user=request.user, pk=pk)
    if suggestion is None:
        raise Http404
    can_change = suggestion_policy.can(request.user, CHANGE, suggestion)
    errors: list[str] = []
    if request.method == "POST":
        suggestion_policy.check(request.user, CHANGE, suggestion)
        form = SuggestionEditForm(request.POST)
        if form.is_valid():
            try:
                registers.suggestion_update(suggestion=suggestion, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                errors = _messages_of(error)
            else:
                messages.success(request, _("Forslaget er gemt."))
                return redirect("insights:suggestion", pk=suggestion.pk)
    else:
        form = SuggestionEditForm(initial={
            "text": suggestion.text, "department": suggestion.department_id, "sent_on": suggestion.sent_on,
            "answer_received_on": suggestion.answer_received_on, "answer_text": suggestion.answer_text,
            "adoption": suggestion.adoption or Adoption.AFVENTER,
        })
    return render(request, "insights/registers/suggestion.html", {
        "suggestion": suggestion, "form": form if can_change else None, "errors": errors,
        "nav": "insights", "subnav": "suggestions",
    })


# --- Henstillinger ------------------------------------------------------------------------------------------


@staff_required
def henstilling_list(request):
    henstilling_policy.check(request.user, VIEW)
    form = HenstillingFilterForm(request.GET or None)
    department = form.cleaned_data["department"] if form.is_bound and form.is_valid() else None
    today = local_today()
    return render(request, "insights/registers/henstillinger.html", {
        "form": form, "open": registers.henstillinger_open(user=request.user, department=department, today=today),
        "answered": Paginator(registers.henstillinger_answered(user=request.user, department=department),
                              PER_PAGE).get_page(_page_number(request)),
        "today": today, "nav": "insights", "subnav": "henstillinger",
    })


@staff_required
def henstilling_detail(request, pk: int):
    entry = registers.henstilling_get(user=request.user, pk=pk)
    if entry is None:
        raise Http404
    can_change = henstilling_policy.can(request.user, CHANGE, entry)
    errors: list[str] = []
    if request.method == "POST":
        henstilling_policy.check(request.user, CHANGE, entry)
        form = HenstillingAnswerForm(request.POST)
        if form.is_valid():
            try:
                registers.henstilling_answer_register(follow_up=entry, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                errors = _messages_of(error)
            else:
                messages.success(request, _("Forvaltningens svar er registreret."))
                return redirect("insights:henstilling", pk=entry.pk)
    else:
        form = HenstillingAnswerForm(initial={
            "compliance": entry.compliance or None, "received_on": entry.answer_received_on or local_today(),
            "answer_text": entry.answer_text,
        })
    return render(request, "insights/registers/henstilling.html", {
        "entry": entry, "point": entry.klagepunkt, "form": form if can_change else None, "errors": errors,
        "today": local_today(), "nav": "insights", "subnav": "henstillinger",
    })
