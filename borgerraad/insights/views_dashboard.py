"""The statistics pages: the dashboard, its CSV exports, and engine versus staff (docs/insights.md).

Every view is behind ``staff_required`` and ``InsightsPolicy``: the leader sees every case's
figures and may filter by advisor; an advisor sees their own cases' figures; everyone else gets 403.
The figures come from ``statistics.py``: read from the statistics' aggregate when it is built
(``aggregate.py``; as of its last refresh by the scheduler, which the page says), else counted from the
cases on the request ("beregnet nu"). The leader's default view is computed and stored by the scheduler
(``snapshots.py``); the page then says when its numbers were computed. A filter
that does not parse is shown again with its error and the typed value; the page never fails on it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from borgerraad.accounts.decorators import staff_required
from borgerraad.accounts.policies import VIEW
from borgerraad.core.calendar import local_today
from borgerraad.insights import aggregate, charts, snapshots, statistics, survey
from borgerraad.insights.exports import table_csv, table_xlsx
from borgerraad.insights.forms_dashboard import DashboardFilterForm, default_period
from borgerraad.insights.policies import BERETNING, VIEW_AGREEMENT, VIEW_ALL, insights_policy


def _filters(request):
    """The bound filter form and the selection it gives (the default period when the form has errors)."""
    user = request.user
    if not insights_policy.can(user, VIEW):
        raise PermissionDenied
    today = local_today()
    may_choose_advisor = insights_policy.can(user, VIEW_ALL)
    form = DashboardFilterForm(request.GET or None, today=today, may_choose_advisor=may_choose_advisor)
    selection = {"period": default_period(today), "department": None, "advisor": None}
    if form.is_bound and form.is_valid():
        selection = {
            "period": form.cleaned_data["period"],
            "department": form.cleaned_data.get("forvaltning"),
            "advisor": form.cleaned_data.get("raadgiver"),
        }
    return form, selection, may_choose_advisor


def _chart_of(table: statistics.Table):
    if table.chart == "bar":
        return charts.bar_chart(table)
    if table.chart == "line":
        return charts.line_chart(table)
    return None


@staff_required
def dashboard(request):
    form, selection, may_choose_advisor = _filters(request)
    today = local_today()
    overview = snapshots.snapshot_get(**selection, may_see_all=may_choose_advisor, today=today)
    stored = overview is not None
    if overview is None:
        overview = statistics.insights_overview(user=request.user, **selection)
    satisfaction = survey.satisfaction(user=request.user, **selection)  # insights/survey.py
    satisfaction_table = satisfaction.table() if satisfaction else None
    return render(request, "insights/dashboard/dashboard.html", {
        "form": form, "overview": overview, "selection": selection, "own_view": not may_choose_advisor,
        "stored": stored, "refresh_minutes": settings.INSIGHTS_DASHBOARD_REFRESH_SECONDS // 60,
        "aggregate_minutes": aggregate.refresh_minutes(),
        "tables": [(table, _chart_of(table)) for table in overview.tables if table.slug != "noegletal"],
        "key_table": overview.table("noegletal"),
        "may_see_agreement": insights_policy.can(request.user, VIEW_AGREEMENT),
        "may_make_beretning": insights_policy.can(request.user, BERETNING),
        "query": request.GET.urlencode(), "nav": "insights",
        "satisfaction": satisfaction, "satisfaction_table": satisfaction_table,
        # The share answering "ja" per question, beside the table of every count and share.
        "satisfaction_chart": charts.bar_chart(satisfaction_table, column=1) if satisfaction_table else None,
    })


@staff_required
def agreement(request):
    form, selection, _may = _filters(request)
    if not insights_policy.can(request.user, VIEW_AGREEMENT):
        raise PermissionDenied
    result = statistics.visitation_agreement(user=request.user, **selection)
    tables = result.tables()
    return render(request, "insights/dashboard/agreement.html", {
        "form": form, "agreement": result, "selection": selection, "summary": tables[0],
        "chart": charts.bar_chart(tables[0], column=2), "disagreements": tables[1],
        "query": request.GET.urlencode(), "nav": "insights",
    })


@staff_required
def export_csv(request, slug: str):
    """One table as CSV, with the same filters as the page it was exported from."""
    return _export(request, slug, "csv")


@staff_required
def export_xlsx(request, slug: str):
    """One table as an Excel workbook (XLSX), with the same filters as the page it was exported from."""
    return _export(request, slug, "xlsx")


_FORMATS = {
    "csv": (table_csv, "text/csv; charset=utf-8"),
    "xlsx": (table_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def _export(request, slug: str, kind: str):
    form, selection, _may = _filters(request)
    agreement = slug in ("enighed", "uenighed")
    if agreement and not insights_policy.can(request.user, VIEW_AGREEMENT):
        raise PermissionDenied
    if form.errors:
        # Never the default period in place of the one asked for: back to the page, which says what is wrong.
        page = reverse("insights:agreement" if agreement else "insights:dashboard")
        return redirect(f"{page}?{request.GET.urlencode()}")
    if agreement:
        tables = statistics.visitation_agreement(user=request.user, **selection).tables()
    elif slug == "tilfredshed":  # shown only to the leader, and only with enough answers (insights/survey.py)
        answers = survey.satisfaction(user=request.user, **selection)
        tables = [table for table in (answers.table() if answers else None,) if table is not None]
    else:
        tables = statistics.insights_overview(user=request.user, **selection).tables
    table = next((table for table in tables if table.slug == slug), None)
    if table is None:
        raise Http404
    period = selection["period"]
    render, content_type = _FORMATS[kind]
    response = HttpResponse(render(table), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{slug}-{period.start:%Y%m%d}-{period.end:%Y%m%d}.{kind}"'
    )
    return response
