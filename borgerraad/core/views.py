"""Public information pages and the health endpoint."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from borgerraad.core.links import page_links
from borgerraad.core.selectors import channel_statuses


def _channel_context() -> dict:
    """The live status of the channels with opening hours, by channel code."""
    return {"statuses": {status.channel: status for status in channel_statuses()}}


@never_cache
def home(request):
    """What the Borgerrådgiver can and cannot help with, and every way to get in touch."""
    return render(request, "core/home.html", _channel_context())


@never_cache
def council(request):
    """For council members: how to refer citizens and forward complaints securely."""
    return render(request, "core/council.html", {**_channel_context(), "council_links": page_links("council")})


@never_cache
def healthz(request):
    """Liveness and readiness in one: answers 200 only when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means not ready
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
