"""The beretning page under /medarbejder/indsigt/beretning/ (the leader's; everyone else 403).

Choose the period, write the texts (every save a new version), preview either edition as the HTML
document it is, and download it as PDF or HTML. The views parse and call ``beretning.py``; a
period or version that does not parse is shown again on the page with its error and the typed
value, never a 500. The figures are the statistics' aggregate as the scheduler's last refresh left them
(the page and the document say when); "Opdatér tallene nu" has the changed days recounted in the background
(``tasks.aggregate_refresh_now``). The preview is served with a CSP of its own: the document carries its styles
(it must also work as a downloaded file), so its one <style> is allowed by nonce, nothing else.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.csp import CSP
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_POST

from borgerraad.accounts.decorators import staff_required
from borgerraad.core.calendar import local_today
from borgerraad.core.models import Department
from borgerraad.insights import aggregate
from borgerraad.insights import beretning as service
from borgerraad.insights.forms_beretning import (
    BeretningPeriodForm,
    BeretningTextsForm,
    default_period,
    remark_field_name,
)
from borgerraad.insights.policies import BERETNING, insights_policy
from borgerraad.insights.tasks import aggregate_refresh_now

NAV = "insights"
PREVIEW_CSP = {
    "default-src": [CSP.NONE],
    "style-src": [CSP.NONCE],
    "img-src": ["data:"],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}


def _selection(request):
    """The bound period form and what it selects (the default period when it has errors)."""
    insights_policy.check(request.user, BERETNING)
    form = BeretningPeriodForm(request.GET or None, today=local_today())
    selection = {"period": default_period(local_today()), "edition": service.INTERNAL, "version": None}
    if form.is_bound and form.is_valid():
        selection = {"period": form.cleaned_data["period"], "edition": form.cleaned_data["udgave"],
                     "version": form.cleaned_data["version"]}
    return form, selection


def _query(period, **extra) -> str:
    return urlencode({"fra": f"{period.start:%d.%m.%Y}", "til": f"{period.end:%d.%m.%Y}",
                      **{key: value for key, value in extra.items() if value}})


def _departments() -> list[Department]:
    return list(Department.objects.order_by("name"))


def _page(request, form, selection, texts_form=None, status=200):
    period = selection["period"]
    versions = service.beretning_versions(user=request.user, period=period)
    numbers = {version.number for version in versions}
    shown = selection["version"] if selection["version"] in numbers else None
    if texts_form is None:
        texts = service.beretning_texts(user=request.user, period=period, number=shown)
        initial = {"forord": texts.foreword, "temaer": texts.themes}
        for department in _departments():
            initial[remark_field_name(department)] = texts.remarks.get(department.code, "")
        texts_form = BeretningTextsForm(initial=initial, departments=_departments())
    errors = []
    if selection["version"] is not None and shown is None and not form.errors:
        errors.append(_("Den valgte version findes ikke for perioden. Den nyeste vises."))
    links = {
        edition: {kind: reverse(f"insights:beretning_{kind}") + "?" + _query(period, udgave=edition, version=shown)
                  for kind in ("preview", "pdf", "html")}
        for edition in service.EDITIONS
    }
    return render(request, "insights/beretning/page.html", {
        "form": form, "texts_form": texts_form, "period": period, "versions": versions, "shown": shown,
        "errors": errors, "links": links, "save_url": reverse("insights:beretning") + "?" + _query(period),
        "page_url": reverse("insights:beretning") + "?" + _query(period),
        "below": settings.INSIGHTS_BERETNING_SUPPRESS_BELOW, "nav": NAV, **_freshness(period),
    }, status=status)


def _freshness(period) -> dict:
    """How fresh the beretning's figures are: the aggregate's last refresh, and whether cases of the period
    (or the one before, which the changes are measured against) changed since."""
    refreshed = aggregate.refreshed_at()
    return {
        "refreshed": refreshed, "refresh_minutes": aggregate.refresh_minutes(),
        "refresh_url": reverse("insights:beretning_refresh") + "?" + _query(period),
        "pending": refreshed is not None and aggregate.changed_since_refresh([period.previous(), period]),
    }


@staff_required
def beretning_page(request):
    form, selection = _selection(request)
    if request.method != "POST":
        return _page(request, form, selection)
    texts_form = BeretningTextsForm(request.POST, departments=_departments())
    if form.errors or not texts_form.is_valid():
        return _page(request, form, selection, texts_form=texts_form, status=400)
    version = service.beretning_texts_save(
        user=request.user, period=selection["period"], foreword=texts_form.cleaned_data["forord"],
        themes=texts_form.cleaned_data["temaer"], remarks=texts_form.remarks(),
    )
    messages.success(request, _("Teksterne er gemt som version %(n)d.") % {"n": version.number})
    return redirect(reverse("insights:beretning") + "?" + _query(selection["period"]))


@staff_required
@require_POST
def beretning_refresh(request):
    """The leader's "Opdatér tallene nu": the days changed since the last refresh are recounted in the background
    (the scheduler would within ten minutes); the page then shows the new time of the figures."""
    _form, selection = _selection(request)
    aggregate_refresh_now.enqueue()
    messages.success(request, _("Tallene bliver opdateret fra sagerne i baggrunden. Det tager normalt under et "
                                "minut; genindlæs derefter siden for at se tidspunktet for de nye tal."))
    return redirect(reverse("insights:beretning") + "?" + _query(selection["period"]))


def _report_or_back(request):
    """The report the query asks for, or a redirect to the page, which shows what is wrong with the query."""
    form, selection = _selection(request)
    version = selection["version"]
    if form.errors or (version is not None and version not in {
        v.number for v in service.beretning_versions(user=request.user, period=selection["period"])
    }):
        return None, redirect(reverse("insights:beretning") + "?" + request.GET.urlencode())
    report = service.beretning_report(user=request.user, period=selection["period"], edition=selection["edition"],
                                      version=version)
    return report, None


@staff_required
@csp_override(PREVIEW_CSP)
def beretning_preview(request):
    report, back = _report_or_back(request)
    if back is not None:
        return back
    response = HttpResponse(service.beretning_html(report, csp_nonce=str(get_nonce(request))))
    response["Cache-Control"] = "no-store"
    return response


def _download(request, extension: str):
    report, back = _report_or_back(request)
    if back is not None:
        return back
    if extension == "pdf":
        response = HttpResponse(service.beretning_pdf(report), content_type="application/pdf")
    else:
        response = HttpResponse(service.beretning_html(report), content_type="text/html; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{service.beretning_filename(report, extension)}"'
    response["Cache-Control"] = "no-store"
    return response


@staff_required
def beretning_pdf(request):
    return _download(request, "pdf")


@staff_required
def beretning_html(request):
    return _download(request, "html")
