"""The client's address behind trusted reverse proxies (for rate limits).

With ``BORGERRAAD_TRUSTED_PROXIES=N`` the address is the N-th entry from the right of
``X-Forwarded-For`` (each trusted proxy appends the address it received from); with 0, the
default, it is ``REMOTE_ADDR``. Entries further left are written by the client and never trusted.
"""

from __future__ import annotations

from django.conf import settings


def client_ip(request) -> str:
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
