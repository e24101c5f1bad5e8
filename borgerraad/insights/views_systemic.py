"""The leader's pages about recurring problems, under /medarbejder/indsigt/tilbagevendende/.

The open flags (and the decided ones), a flag with the klagepunkter behind it, dismissing it with
a reason, turning it into an *egen drift-undersøgelse* (the form comes prefilled from the flag), and
the investigations with their findings and recommendations. Every view is behind
``staff_required`` and ``policies_systemic`` (the leader; others get 403); a record the user may
not see is 404. Reading the cases behind a flag or an investigation's texts is logged
(``selectors_systemic``); decisions and changes are logged by ``services_systemic``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from borgerraad.accounts.decorators import staff_required
from borgerraad.accounts.policies import VIEW
from borgerraad.cases.models import Ground
from borgerraad.cases.policies import CasePolicy
from borgerraad.core.calendar import local_today
from borgerraad.insights import selectors_systemic as selectors
from borgerraad.insights import services_systemic as services
from borgerraad.insights.forms_systemic import DismissForm, InvestigationForm
from borgerraad.insights.models import Flag, FlagStatus, Investigation
from borgerraad.insights.policies_systemic import (
    CHANGE,
    CREATE,
    DISMISS,
    INVESTIGATE,
    flag_policy,
    investigation_policy,
)
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

NAV = "insights"


def _flag_or_404(request, pk: int) -> Flag:
    flag = selectors.flag_get(user=request.user, pk=pk)
    if flag is None:
        raise Http404
    return flag


def _investigation_or_404(request, pk: int) -> Investigation:
    investigation = selectors.investigation_get(user=request.user, pk=pk)
    if investigation is None:
        raise Http404
    return investigation


@staff_required
def flags(request):
    flag_policy.check(request.user, VIEW)
    status = request.GET.get("status", FlagStatus.OPEN)
    if status not in FlagStatus.values:
        status = FlagStatus.OPEN
    return render(request, "insights/systemic/flags.html", {
        "flags": selectors.flags_list(user=request.user, status=status), "status": FlagStatus(status),
        "statuses": FlagStatus, "window": settings.INSIGHTS_SYSTEMIC_WINDOW_DAYS,
        "min_cases": settings.INSIGHTS_SYSTEMIC_MIN_CASES, "nav": NAV, "subnav": "flags",
    })


def _flag_page(request, flag: Flag, *, form=None, errors=None):
    can_decide = flag.status == FlagStatus.OPEN and flag_policy.can(request.user, DISMISS, flag)
    return render(request, "insights/systemic/flag.html", {
        "flag": flag, "points": selectors.flag_klagepunkter(user=request.user, flag=flag),
        "form": form or DismissForm(), "errors": errors or [], "can_decide": can_decide,
        "can_investigate": can_decide and flag_policy.can(request.user, INVESTIGATE, flag),
        "nav": NAV, "subnav": "flags",
    })


@staff_required
def flag_detail(request, pk: int):
    return _flag_page(request, _flag_or_404(request, pk))


@staff_required
@require_POST
def flag_dismiss(request, pk: int):
    flag = _flag_or_404(request, pk)
    flag_policy.check(request.user, DISMISS, flag)
    form = DismissForm(request.POST)
    if not form.is_valid():
        return _flag_page(request, flag, form=form)
    try:
        services.flag_dismiss(flag=flag, by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        return _flag_page(request, flag, form=form, errors=list(error.messages))
    messages.success(request, _("Problemet er afvist. Begrundelsen er gemt."))
    return redirect("insights:flags")


def _initial_from_flag(request, flag: Flag) -> dict:
    references = [case.reference for case in selectors.flag_cases(user=request.user, flag=flag)]
    where = flag.unit or flag.department.name
    return {
        "title": _("%(ground)s: %(where)s") % {"ground": Ground(flag.ground).label, "where": where},
        "department": flag.department_id,
        "scope": _(
            "Tilbagevendende problem: %(points)d klagepunkter i %(cases)d sager modtaget %(first)s-%(last)s. "
            "Fælles ord: %(words)s."
        ) % {"points": flag.points, "cases": flag.cases, "first": f"{flag.first_received_on:%d.%m.%Y}",
             "last": f"{flag.last_received_on:%d.%m.%Y}", "words": ", ".join(flag.word_list)},
        "cases": "\n".join(references),
        "started_on": local_today(),
    }


@staff_required
def investigation_create(request):
    """A new investigation, from scratch or from a flag (``?problem=<id>``, kept as a hidden field)."""
    investigation_policy.check(request.user, CREATE)
    flag = None
    flag_id = request.POST.get("problem") or request.GET.get("problem")
    if flag_id:
        if not flag_id.isdigit():
            raise Http404
        flag = _flag_or_404(request, int(flag_id))
        flag_policy.check(request.user, INVESTIGATE, flag)
    errors: list[str] = []
    if request.method == "POST":
        form = InvestigationForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                investigation = services.investigation_create(data=form.data_object(), by=request.user, flag=flag)
            except ValidationError as error:
                errors = list(error.messages)
            else:
                messages.success(request, _("Undersøgelsen er oprettet."))
                return redirect("insights:investigation", pk=investigation.pk)
    else:
        form = InvestigationForm(user=request.user, initial=_initial_from_flag(request, flag) if flag else {
            "started_on": local_today(),
        })
    return render(request, "insights/systemic/investigation_form.html", {
        "form": form, "errors": errors, "flag": flag, "investigation": None, "can_change": True, "nav": NAV,
        "subnav": "investigations",
    })


@staff_required
def investigations(request):
    investigation_policy.check(request.user, VIEW)
    return render(request, "insights/systemic/investigations.html", {
        "investigations": selectors.investigations_list(user=request.user),
        "can_create": investigation_policy.can(request.user, CREATE), "nav": NAV, "subnav": "investigations",
    })


@staff_required
def investigation_detail(request, pk: int):
    """An investigation with its cases, and the form to edit it (POST saves)."""
    investigation = _investigation_or_404(request, pk)
    can_change = investigation_policy.can(request.user, CHANGE, investigation)
    errors: list[str] = []
    if request.method == "POST":
        investigation_policy.check(request.user, CHANGE, investigation)
        form = InvestigationForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.data_object()
            # Linked cases this user cannot see stay linked: they could not have been removed knowingly.
            data.cases += list(investigation.cases.exclude(pk__in=[case.pk for case in data.cases])
                               .exclude(pk__in=CasePolicy().visible(request.user).values("pk")))
            try:
                services.investigation_update(investigation=investigation, data=data, by=request.user)
            except ValidationError as error:
                errors = list(error.messages)
            else:
                messages.success(request, _("Undersøgelsen er gemt."))
                return redirect("insights:investigation", pk=investigation.pk)
    else:
        audit_record(user=request.user, action=AuditAction.VIEW, obj=investigation)
        cases = selectors.investigation_cases(user=request.user, investigation=investigation)
        form = InvestigationForm(user=request.user, initial={
            "title": investigation.title, "department": investigation.department_id, "scope": investigation.scope,
            "cases": "\n".join(case.reference for case in cases), "status": investigation.status,
            "started_on": investigation.started_on, "concluded_on": investigation.concluded_on,
            "findings": investigation.findings, "recommendations": investigation.recommendations,
        })
    return render(request, "insights/systemic/investigation_form.html", {
        "form": form, "errors": errors, "investigation": investigation, "can_change": can_change,
        "cases": selectors.investigation_cases(user=request.user, investigation=investigation),
        "flags": list(investigation.flags.all()), "nav": NAV, "subnav": "investigations",
    })
