"""Lockout after failed sign-ins: per username and address, and per address alone (password spraying).

django-axes counts failures per username and address (``AXES_LOCKOUT_PARAMETERS``) and locks that
pair after ``BORGERRAAD_LOGIN_FAILURE_LIMIT``. One password tried across many usernames never
reaches that limit, so ``AddressLimitHandler`` also counts every failure from the address, whatever
the username, within the same cool-off window, and locks the whole address once it reaches the
higher ``BORGERRAAD_LOGIN_FAILURE_LIMIT_PER_ADDRESS``. Both limits count wrong passwords and wrong
codes alike; an administrator lifts an address's lockout with ``borgerraad axes_reset_ip ADDRESS``.
"""

from __future__ import annotations

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def address_failures(request) -> int:
    """Failed sign-ins from the request's address within the cool-off window, over every username."""
    address = getattr(request, "axes_ip_address", None)
    if not address:
        return 0
    attempts = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=get_cool_off_threshold(request))
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def address_locked(request) -> bool:
    return address_failures(request) >= settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS


class AddressLimitHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials: dict | None = None) -> int:
        """The username-and-address count; at least axes' limit once the address itself is over its own."""
        failures = super().get_failures(request, credentials)
        if address_locked(request):
            return max(failures, get_failure_limit(request, credentials))
        return failures
