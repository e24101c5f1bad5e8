"""Staff sign-in: password, then a TOTP code (or enrolment of one), then the staff start page
(what needs action now, gathered from the apps by ``start.py``).

Until the code is accepted the user is not signed in at all: the password step only records
who is halfway in the session (``PENDING_KEY``, for ``PENDING_SECONDS``). So no page, not even
one that asks only for ``login_required``, can be reached with a password alone. Wrong codes
count as failed sign-ins for django-axes, like wrong passwords: five of either for one username
from one address lock that pair out (settings.AXES_*; docs/accounts.md).
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib import admin, auth
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.signals import user_login_failed
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from borgerraad.accounts.decorators import staff_required
from borgerraad.accounts.forms import CodeForm, PasswordForm
from borgerraad.accounts.navigation import role_home
from borgerraad.accounts.roles import roles_of
from borgerraad.accounts.selectors import totp_device_confirmed, user_is_staff, user_is_verified, user_may_sign_in
from borgerraad.accounts.services import totp_enrolment_confirm, totp_enrolment_start, totp_qr_svg, totp_secret_text
from borgerraad.accounts.start import START_INTRO_ORDER, start_page
from borgerraad.core.calendar import local_today

PENDING_KEY = "accounts_pending"
PENDING_SECONDS = 10 * 60
# django_otp doubles a device's wait after each wrong code; a code typed during the wait is not
# checked and not counted as a failure.
THROTTLED = gettext_lazy("Vent et øjeblik efter en forkert kode, og prøv så igen med den kode, appen viser nu.")


def _next_url(request) -> str:
    candidate = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure(),
    ):
        return candidate
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _pending_user(request):
    """The user who gave the right password in this session in the last ``PENDING_SECONDS``, or None."""
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        request.session.pop(PENDING_KEY, None)
        return None
    user = auth.get_user_model()._default_manager.filter(pk=pending["user"]).first()
    if user is None or not user.is_active or not user_may_sign_in(user):
        return None
    user.backend = pending["backend"]
    return user


def _code_failed(request, user, step: str):
    """Count a wrong code as a failed sign-in (django-axes); returns the lockout page once locked."""
    credentials = {"username": user.get_username()}
    user_login_failed.send(sender=__name__, credentials=credentials, request=request, step=step)
    if getattr(request, "axes_locked_out", False):
        request.session.pop(PENDING_KEY, None)
        return get_lockout_response(request, None, credentials)
    return None


def _locked_out(request, user):
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_allowed(request, credentials):
        return None
    request.session.pop(PENDING_KEY, None)
    return get_lockout_response(request, None, credentials)


def _complete_sign_in(request, user, device):
    """Sign the user in with the device that accepted the code (django_otp marks the session verified)."""
    next_url = request.session[PENDING_KEY].get("next") or resolve_url(settings.LOGIN_REDIRECT_URL)
    del request.session[PENDING_KEY]
    user.otp_device = device  # django_otp's user_logged_in receiver stores it in the session
    auth.login(request, user)
    return HttpResponseRedirect(next_url)


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
def login(request):
    form = PasswordForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.get_user()
        if request.user.is_authenticated:
            auth.logout(request)  # someone else's session on this browser ends here
        else:
            request.session.cycle_key()  # a new session id once the password is known (session fixation)
        request.session[PENDING_KEY] = {
            "user": user.pk, "backend": user.backend, "at": time.time(), "next": _next_url(request),
        }
        if totp_device_confirmed(user=user) is None:
            return redirect("accounts:enrol")
        return redirect("accounts:verify")
    next_url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    return render(request, "accounts/login.html", {
        "form": form, "next": next_url, "council_member": _for_council_member(next_url),
    })


def _for_council_member(next_url: str) -> bool:
    """True when the sign-in leads to a council member's pages (their referrals): the page says so."""
    try:
        return resolve(urlsplit(next_url).path).namespace == "council"
    except Resolver404:
        return False


@sensitive_post_parameters("token")
@csrf_protect
@never_cache
def verify(request):
    user = _pending_user(request)
    if user is None:
        return redirect("accounts:login")
    device = totp_device_confirmed(user=user)
    if device is None:
        return redirect("accounts:enrol")
    if locked := _locked_out(request, user):
        return locked
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not device.verify_is_allowed()[0]:
            form.add_error("token", THROTTLED)
        elif device.verify_token(form.cleaned_data["token"]):
            return _complete_sign_in(request, user, device)
        elif locked := _code_failed(request, user, "totp"):
            return locked
        else:
            form.add_error("token", _("Koden er forkert eller for gammel. Prøv med den kode, appen viser nu."))
    return render(request, "accounts/verify.html", {"form": form})


@sensitive_post_parameters("token")
@csrf_protect
@never_cache
def enrol(request):
    user = _pending_user(request)
    if user is None:
        return redirect("accounts:login")
    if totp_device_confirmed(user=user) is not None:
        return redirect("accounts:verify")
    if locked := _locked_out(request, user):
        return locked
    device = totp_enrolment_start(user=user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not device.verify_is_allowed()[0]:
            form.add_error("token", THROTTLED)
        elif totp_enrolment_confirm(device=device, token=form.cleaned_data["token"]):
            device.refresh_from_db()
            return _complete_sign_in(request, user, device)
        elif locked := _code_failed(request, user, "totp-enrolment"):
            return locked
        else:
            form.add_error("token", _("Koden passer ikke. Skriv den kode, appen viser nu for Borgerrådgiveren."))
    return render(request, "accounts/enrol.html", {
        "form": form,
        "qr_svg": totp_qr_svg(device, label=_("QR-kode til godkendelses-appen")),
        "secret": totp_secret_text(device),
        "username": user.get_username(),
    })


@require_POST
@csrf_protect
def logout(request):
    auth.logout(request)
    return redirect("accounts:login")


def home(request):
    user = request.user
    # Council members have their own pages (registered by channels.council), not the staff front page.
    if user_is_verified(user) and not user_is_staff(user) and (own := role_home(roles_of(user))):
        return redirect(own)
    return _staff_home(request)


def _may_use_admin(request) -> bool:
    """The admin is offered only to users it lets in who can change something there (the administrator)."""
    site = admin.site
    return site.has_permission(request) and bool(site.get_app_list(request))


@staff_required
def _staff_home(request):
    """The start page: what needs action now, the user's cases, and for the leader the workload (``start.py``)."""
    today = local_today()
    page = start_page(user=request.user, today=today)
    rendered = [
        (panel.order, render_to_string(panel.template, {**panel.context, "today": today, "user": request.user},
                                       request=request))
        for panel in page.panels
    ]
    return render(request, "accounts/home.html", {
        "page": page, "today": today, "may_use_admin": _may_use_admin(request),
        "intro": [html for order, html in rendered if order < START_INTRO_ORDER],  # above the action items
        "panels": [html for order, html in rendered if order >= START_INTRO_ORDER],
    })
