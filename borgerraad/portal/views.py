"""Pages of "Mine sager": the e-mail code sign-in and the citizen's own henvendelser.

Every page asks ``identity_current`` and reaches data only through ``portal.selectors``, which start from
the identity: a reference, letter, file or message id of someone else gives 404, the same as one that
does not exist. Reading a case is written to the audit log.
"""

from __future__ import annotations

import functools

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from borgerraad.cases import selectors as case_selectors
from borgerraad.cases import services as case_services
from borgerraad.cases.forms import MessageForm
from borgerraad.intake.services import henvendelse_consent_set
from borgerraad.intake.uploads import safe_download
from borgerraad.letters.services import letter_pdf_bytes
from borgerraad.portal import selectors, services, views_mitid
from borgerraad.portal.forms import CodeForm, ConsentForm, EmailForm, SurveyForm, WithdrawForm
from borgerraad.portal.identity import EMAIL_CODE, identity_current, identity_sign_in, identity_sign_out
from borgerraad.privacy import crypto
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

PENDING_EMAIL = "portal_code_email"


def _limited(request, group: str, rate: str, key="ip") -> bool:
    return is_ratelimited(request, group=group, key=key, rate=rate, method="POST", increment=True)


# --- The one-time code by e-mail ---------------------------------------------------------------------


@never_cache
def email_code(request):
    """Step 1: the e-mail address (the same answer whether it is known or not); step 2: the code."""
    pending = request.session.get(PENDING_EMAIL)
    email_form, code_form, status = EmailForm(), CodeForm(), 200
    if request.method == "POST" and "code" in request.POST and pending:
        code_form = CodeForm(request.POST)
        if _limited(request, "portal-code", settings.PORTAL_RATE_LIMIT):
            return render(request, "portal/rate_limited.html", status=429)
        if code_form.is_valid():
            email = crypto.decrypt(pending)
            if services.email_code_verify(email=email, code=code_form.cleaned_data["code"]):
                request.session.pop(PENDING_EMAIL, None)
                identity_sign_in(request, method=EMAIL_CODE, email=email)
                return redirect("portal:home")
            code_form.add_error("code", _(
                "Koden passer ikke, eller den er udløbet eller prøvet for mange gange. "
                "Prøv igen, eller bed om en ny kode."
            ))
        status = 400
    elif request.method == "POST":
        email_form = EmailForm(request.POST)
        if email_form.is_valid():
            email = services.email_normalised(email_form.cleaned_data["email"])
            if _limited(request, "portal-code", settings.PORTAL_RATE_LIMIT) or _limited(
                request, "portal-code-address", settings.PORTAL_EMAIL_CODE_RATE,
                key=lambda group, request: services.email_digest(email),
            ):
                return render(request, "portal/rate_limited.html", status=429)
            services.email_code_request(email=email)
            request.session[PENDING_EMAIL] = crypto.encrypt(email)
            return redirect("portal:email_code")
        status = 400
    return render(request, "portal/email_code.html", {
        "pending": bool(pending) and not email_form.is_bound, "email_form": email_form, "code_form": code_form,
        "minutes": settings.PORTAL_EMAIL_CODE_MINUTES,
    }, status=status)


@never_cache
def email_code_restart(request):
    request.session.pop(PENDING_EMAIL, None)
    return redirect("portal:email_code")


@require_POST
def sign_out(request):
    identity_sign_out(request)
    request.session.cycle_key()
    return HttpResponseRedirect(reverse("portal:sign_in") + "?logget-ud=1")


# --- Mine sager ----------------------------------------------------------------------------------------


def _citizen(view):
    """The signed-in identity and its henvendelse ``reference`` (404 when not its own)."""

    @functools.wraps(view)
    @never_cache
    def wrapper(request, reference: str, *args, **kwargs):
        identity = identity_current(request)
        if identity is None:
            return redirect("portal:home")
        henvendelse = selectors.henvendelse_for(identity, reference=reference)
        if henvendelse is None:
            raise Http404
        return view(request, henvendelse, *args, **kwargs)

    return wrapper


@never_cache
def home(request):
    identity = identity_current(request)
    if identity is None:
        return render(request, "portal/sign_in.html", views_mitid.sign_in_context(request))
    rows = [
        (h, case_selectors.case_timeline(henvendelse=h, case=getattr(h, "case", None) if h.case_opened else None))
        for h in selectors.henvendelser_for(identity)
    ]
    return render(request, "portal/home.html", {"identity": identity, "rows": rows})


def _detail_context(henvendelse, **bound) -> dict:
    case = getattr(henvendelse, "case", None) if henvendelse.case_opened else None
    return {
        "henvendelse": henvendelse, "case": case, "reference": henvendelse.reference,
        "timeline": case_selectors.case_timeline(henvendelse=henvendelse, case=case),
        "klagepunkter": list(case.klagepunkter.all()) if case else [],
        "letters": list(selectors.letters_for_citizen(henvendelse)),
        "documents": selectors.documents_for_citizen(henvendelse),
        "case_messages": selectors.messages_for_citizen(henvendelse),
        "message_form": bound.get("message_form") or MessageForm(),
        "withdraw_form": bound.get("withdraw_form") or WithdrawForm(),
        "consent_form": ConsentForm(initial={"consent": henvendelse.consent}),
        "survey_form": bound.get("survey_form") or SurveyForm(),
        "survey_offered": selectors.survey_offered(henvendelse),
        "errors": bound.get("errors", []),
    }


def _page(request, henvendelse, status=200, **bound):
    audit_record(user=None, action=AuditAction.VIEW, obj=henvendelse, detail="mine sager")
    case = getattr(henvendelse, "case", None) if henvendelse.case_opened else None
    context = _detail_context(henvendelse, **bound)
    if case is not None and status == 200:
        case_services.messages_mark_read(case=case, from_citizen=False)
    return render(request, "portal/case.html", context, status=status)


@_citizen
def case_detail(request, henvendelse):
    return _page(request, henvendelse)


@_citizen
def letter_pdf(request, henvendelse, letter_id: int):
    letter = selectors.letter_for_citizen(henvendelse, letter_id=letter_id)
    if letter is None:
        raise Http404
    audit_record(user=None, action=AuditAction.DOWNLOAD, obj=henvendelse, detail=f"mine sager: letter {letter.pk}")
    try:
        data = letter_pdf_bytes(letter)
    except (PermissionDenied, OSError):
        raise Http404 from None
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="brev-{henvendelse.reference}-{letter.pk}.pdf"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@_citizen
def attachment(request, henvendelse, attachment_id):
    found = selectors.attachment_for_citizen(henvendelse, attachment_id=attachment_id)
    if found is None:
        raise Http404
    audit_record(user=None, action=AuditAction.DOWNLOAD, obj=henvendelse, detail=f"mine sager: bilag {found.pk}")
    served = safe_download(found.content_type)
    response = FileResponse(
        found.file.open("rb"), as_attachment=True, filename=f"bilag-{found.pk.hex[:8]}{served.extension}",
        content_type=served.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


def _case_or_refuse(request, henvendelse):
    case = getattr(henvendelse, "case", None) if henvendelse.case_opened else None
    if case is None:
        messages.error(request, _(
            "Din henvendelse er ikke oprettet som sag endnu. Prøv igen senere, eller ring til os."
        ))
    return case


def _back(henvendelse, anchor: str = ""):
    return redirect(reverse("portal:case", args=[henvendelse.reference]) + (f"#{anchor}" if anchor else ""))


@require_POST
@_citizen
def message(request, henvendelse):
    if _limited(request, "portal-message", settings.PORTAL_RATE_LIMIT):
        return render(request, "portal/rate_limited.html", status=429)
    case = _case_or_refuse(request, henvendelse)
    if case is None:
        return _back(henvendelse)
    form = MessageForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            case_services.message_send(
                case=case, body=form.cleaned_data["body"], from_citizen=True, uploads=form.cleaned_data["files"] or [],
            )
        except ValidationError as error:
            return _page(request, henvendelse, status=400, message_form=form, errors=error.messages)
        messages.success(request, _("Tak. Din besked er sendt til Borgerrådgiveren."))
        return _back(henvendelse, "beskeder")
    return _page(request, henvendelse, status=400, message_form=form)


@require_POST
@_citizen
def withdraw(request, henvendelse):
    case = _case_or_refuse(request, henvendelse)
    if case is None:
        return _back(henvendelse)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return _page(request, henvendelse, status=400, withdraw_form=form)
    try:
        case_services.case_withdraw(case=case)
    except ValidationError as error:
        return _page(request, henvendelse, status=400, errors=error.messages)
    messages.success(request, _("Du har trukket din klage tilbage. Vi afslutter sagen og sender dig et brev."))
    return _back(henvendelse)


@require_POST
@_citizen
def consent(request, henvendelse):
    form = ConsentForm(request.POST)
    form.is_valid()
    given = bool(form.cleaned_data.get("consent"))
    henvendelse_consent_set(henvendelse=henvendelse, consent=given)
    messages.success(request, _("Du har givet samtykke.") if given else _("Du har trukket dit samtykke tilbage."))
    return _back(henvendelse, "samtykke")


@require_POST
@_citizen
def survey(request, henvendelse):
    case = getattr(henvendelse, "case", None) if henvendelse.case_opened else None
    if not selectors.survey_offered(henvendelse):
        raise Http404
    if "nej-tak" in request.POST:
        services.survey_answer(case=case)
        return _back(henvendelse)
    form = SurveyForm(request.POST)
    if not form.is_valid():
        return _page(request, henvendelse, status=400, survey_form=form)
    services.survey_answer(case=case, **form.cleaned_data)
    messages.success(request, _("Tak for dine svar. De bruges kun til statistik og kan ikke føres tilbage til dig."))
    return _back(henvendelse)
