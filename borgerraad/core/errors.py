"""The error pages: 403, 404, 429, 500 and 503, in the public layout, Danish or English.

Rules:

- Every error page says what happened in plain words, offers a way back (the front page, or the
  staff front page on staff pages) and the office's contact details.
- They render without the database: when the office's row cannot be read, the contact details
  come from ``settings.OFFICE_FALLBACK`` (``office_contact()``).
- A rate limit (django-ratelimit's ``Ratelimited``, a kind of 403) answers 429. The complaint
  form has its own 429 page (``intake/rate_limited.html``) saying that its answers are kept.
- The database unavailable (``OperationalError``/``InterfaceError`` anywhere in the request) answers
  503 with ``Retry-After``, not 500: nothing is wrong with the request, and what was saved is kept
  (the complaint form's draft is written before the submit and survives a failed one).
- The 500 page is rendered without anything that may itself have failed: if the page with the
  request's context cannot be rendered, it is rendered again from the template alone.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.csrf import requires_csrf_token
from django_ratelimit.exceptions import Ratelimited

from borgerraad.core.links import page_links
from borgerraad.core.selectors import office_get

RETRY_AFTER_SECONDS = 60
STAFF_PREFIX = "medarbejder/"


@dataclass(frozen=True)
class OfficeContact:
    """The office's contact details from the settings, for pages shown when the database is down."""

    name: str
    municipality: str
    phone: str
    email: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    accessibility_statement_url: str = ""


def office_fallback() -> OfficeContact:
    return OfficeContact(**settings.OFFICE_FALLBACK)


def office_contact():
    """The office (its row), or its contact details from the settings when the database fails."""
    try:
        return office_get()
    except DatabaseError:
        return office_fallback()


def _way_back(request, status: int) -> tuple[str, bool]:
    """The page to go back to and whether it is the staff front page (not after a 403: it may be that)."""
    path = request.path.lstrip("/")
    staff = status != 403 and (path.startswith(STAFF_PREFIX) or path.partition("/")[2].startswith(STAFF_PREFIX))
    try:
        # The staff front page belongs to accounts, above core: accounts registers it (core.links).
        staff_home = next(iter(page_links("staff_error")), None) if staff else None
        return (staff_home.url, True) if staff_home else (reverse("core:home"), False)
    except Exception:  # an error page must not fail on its link
        return "/", False


def _page(request, template: str, status: int, **context) -> HttpResponse:
    back_url, staff = _way_back(request, status)
    context.update({"back_url": back_url, "back_to_staff": staff})  # the office: context_processors.office
    return render(request, template, context, status=status)


@requires_csrf_token
def permission_denied(request, exception=None):
    if isinstance(exception, Ratelimited):
        return too_many_requests(request, exception)
    return _page(request, "403.html", 403)


@requires_csrf_token
def csrf_failure(request, reason: str = ""):
    """A form sent without a valid security token: most often a page left open too long."""
    return _page(request, "403.html", 403, csrf=True)


@requires_csrf_token
def too_many_requests(request, exception=None):
    return _page(request, "429.html", 429)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _page(request, "404.html", 404)


@requires_csrf_token
def service_unavailable(request):
    response = _page(request, "503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@requires_csrf_token
def server_error(request):
    """500, or 503 when the exception being handled is the database being unavailable."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return service_unavailable(request)
    try:
        return _page(request, "500.html", 500)
    except Exception:  # the page must come out, whatever else is broken
        html = render_to_string("500.html", {"office": office_fallback(), "back_url": "/"})
        return HttpResponse(html, status=500)
