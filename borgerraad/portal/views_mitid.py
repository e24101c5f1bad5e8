"""Citizen sign-in pages: choose MitID, MitID Erhverv or an e-mail code; the broker's callback; sign out.

No page here needs JavaScript: the MitID buttons are links (a form posting to the broker's address would be
stopped by the CSP's ``form-action 'self'`` on the redirect). Every page is ``no-store``: the shared-computer
case, where the next person must not see the last person's sign-in in the browser's history or cache.
"""

from __future__ import annotations

import logging

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from borgerraad.portal.identity import identity_current, identity_sign_out
from borgerraad.portal.oidc import SignInRefused, oidc_begin, oidc_complete, oidc_methods

logger = logging.getLogger(__name__)

NEXT_KEY = "portal_next"
LANGUAGE_KEY = "portal_language"  # the broker returns to the one (Danish) address; answer in the citizen's language


def _landing_url() -> str:
    """Where a citizen goes after signing in without asking for a page: "Mine sager"."""
    return reverse("portal:home")


def _safe_next(request) -> str:
    candidate = request.GET.get("next", "")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure(),
    ):
        return candidate
    return ""


def sign_in_context(request) -> dict:
    """What the sign-in page shows: the MitID methods configured, the e-mail code, who is signed in."""
    return {
        "identity": identity_current(request),
        "methods": oidc_methods(),
        "next": _safe_next(request),
        "email_code_url": reverse("portal:email_code"),
        "signed_out": request.GET.get("logget-ud") == "1",
    }


@never_cache
@require_GET
def sign_in(request):
    return render(request, "portal/sign_in.html", sign_in_context(request))

@never_cache
@require_GET
def mitid_start(request, method: str):
    if method not in oidc_methods():
        raise Http404
    next_url = _safe_next(request)
    try:
        response = oidc_begin(request, method=method)
    except SignInRefused as refused:
        logger.warning("MitID sign-in could not start: %s", refused.reason)
        return render(request, "portal/sign_in_refused.html", {"unreachable": True}, status=503)
    request.session[NEXT_KEY] = next_url or _landing_url()
    request.session[LANGUAGE_KEY] = translation.get_language()
    return response


@never_cache
@require_GET
def oidc_callback(request):
    next_url = request.session.pop(NEXT_KEY, "") or _landing_url()
    with translation.override(request.session.pop(LANGUAGE_KEY, None) or translation.get_language()):
        return _callback(request, next_url)


def _callback(request, next_url: str):
    if request.GET.get("error") == "access_denied":
        # The citizen pressed "cancel" at MitID: not an attack, just back to the choice.
        request.session.pop("portal_oidc_method", None)
        return HttpResponseRedirect(reverse("portal:sign_in"))
    try:
        oidc_complete(request)
    except SignInRefused as refused:
        identity_sign_out(request)
        logger.warning("MitID sign-in refused: %s", refused.reason)
        return render(request, "portal/sign_in_refused.html", {"unreachable": False}, status=400)
    return HttpResponseRedirect(next_url)
