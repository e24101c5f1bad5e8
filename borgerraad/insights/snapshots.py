"""The leader's dashboard, stored: computed by the scheduler, read by the page (docs/insights.md, "Performance").

At a million klagepunkter a bare ``COUNT`` over a year's klagepunkter alone takes a few hundred
milliseconds, so the leader's dashboard (some twenty aggregates over the year and the year
before) cannot be computed on every request within 300 ms. ``insights_refresh`` (a scheduler job,
every ``INSIGHTS_DASHBOARD_REFRESH_SECONDS``) therefore computes the page the leader opens most:
the default period (the twelve months up to today), for all forvaltninger and for each one, in
every language, over every case (what ``InsightsPolicy`` shows the leader), and stores it in the
cache. The page serves a stored overview only to a user who sees every case (``VIEW_ALL``), for
exactly that period and forvaltning, without an advisor filter, and only while it is younger than
two refresh intervals; it then says when the numbers were computed. Every other selection (another
period, an advisor, an advisor's own view) is computed on the request, as before.

The stored figures are the same ``statistics.insights_overview`` gives the leader (counted once
from the aggregate, ``aggregate.py``, when it is built, and labelled in every language); they hold counts, codes
and labels only (no personal data), and the cache is the one production already shares between
processes (``BORGERRAAD_CACHE_URL``).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation

from borgerraad.cases.models import Case
from borgerraad.core.calendar import local_today
from borgerraad.core.models import Department
from borgerraad.insights import aggregate
from borgerraad.insights.forms_dashboard import default_period
from borgerraad.insights.statistics import Overview, Period, cases_narrowed, counts_of_cases, overview_build

_VERSION = 1


def _key(period: Period, department: Department | None, language: str) -> str:
    code = department.code if department is not None else "*"
    return f"insights:dashboard:v{_VERSION}:{period.start}:{period.end}:{code}:{language}"


def _max_age() -> int:
    return 2 * settings.INSIGHTS_DASHBOARD_REFRESH_SECONDS


def snapshots_refresh(*, today: dt.date | None = None) -> int:
    """Compute and store the leader's dashboard for the default period; returns how many were stored."""
    if not settings.INSIGHTS_DASHBOARD_REFRESH_SECONDS:
        return 0
    today = today or local_today()
    period = default_period(today)
    stored = 0
    for department in [None, *Department.objects.order_by("code")]:
        # Counted once (from the aggregate when built), labelled in every language.
        counts = aggregate.counts_over(advisor=aggregate.ALL, period=period, department=department, today=today)
        if counts is None:
            cases = cases_narrowed(Case.objects.all(), department=department)
            counts = counts_of_cases(cases=cases, period=period, department=department, today=today)
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                overview = overview_build(counts, period=period)
            cache.set(_key(period, department, language), overview, timeout=_max_age())
            stored += 1
    return stored


def snapshot_get(*, period: Period, department: Department | None, advisor, may_see_all: bool,
                 today: dt.date) -> Overview | None:
    """The stored overview for this selection, or None when it must be computed on the request."""
    if not (settings.INSIGHTS_DASHBOARD_REFRESH_SECONDS and may_see_all and advisor is None):
        return None
    if period != default_period(today):
        return None
    overview = cache.get(_key(period, department, translation.get_language() or settings.LANGUAGE_CODE))
    if overview is None or timezone.now() - overview.computed_at > dt.timedelta(seconds=_max_age()):
        return None
    return overview
