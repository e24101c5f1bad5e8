"""The public complaint form (``/klag/``) and the permission-checked attachment download.

Rules:

- Post/redirect/get: a valid step redirects; an invalid one is shown again with a DKFDS error
  summary and every answer kept (re-rendered from the POST itself).
- No draft and no session for a visit: a GET stores nothing. The draft is created by the first
  valid answer (step 1, or answers carried over from the guide); an invalid first step stores
  nothing at all. Once a draft exists, every button press saves the page's answers in it first,
  but only what fits the fields' limits (``wizard.raw_answers``).
- Files are checked and kept with the draft as soon as they arrive, even when another field on
  the step is wrong, so nobody is asked for them twice (on the first step: once it is valid).
- Rate limited: the page says truthfully that this page's answers were not saved, shows them
  again so nothing typed is lost, and mentions the draft only when one exists.
- The draft's token is in a signed, long-lived cookie (and in the session), so a reload or a
  browser restart continues where the citizen left off. Signed in with MitID (portal/), the draft is
  the person's (a keyed hash of the CPR number): it follows them to another device, opens for nobody
  else, and carries the name and CPR number MitID verified, which the form shows but does not let
  anyone change.
- Abuse protection without a CAPTCHA: CSRF, a honeypot field, and a rate limit per client IP on
  every POST (a stricter one on the final submit). No personal data in logs: the views log only
  reference numbers, and the form's POST fields are marked sensitive for error reports.
"""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from borgerraad.accounts.decorators import staff_required
from borgerraad.core.calendar import local_today
from borgerraad.core.dates import date_parse
from borgerraad.core.models import Department
from borgerraad.core.selectors import complaint_body_list, department_list, office_get
from borgerraad.intake import forms as intake_forms
from borgerraad.intake import screening, services, wizard
from borgerraad.intake.citizen import mitid_citizen
from borgerraad.intake.models import Attachment, AttachmentKind, Draft
from borgerraad.intake.policies import VIEW_CONTENTS, henvendelse_policy
from borgerraad.intake.selectors import (
    acknowledgement_deadline,
    draft_attachments,
    draft_get,
    draft_of_owner,
    henvendelse_get,
)
from borgerraad.intake.uploads import check_size, detect_type, safe_download
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record
from borgerraad.triage.guide import guide_answers_for_form
from borgerraad.triage.selectors import bodies_for_answer, explain_with_local_names

logger = logging.getLogger(__name__)

COOKIE_NAME = "br_klage"
COOKIE_SALT = "borgerraad.intake.draft"
SESSION_DRAFT = "intake_draft"
SESSION_RECEIPT = "intake_receipt"
HONEYPOT = "website"
SENSITIVE = ("cpr", "description", "desired_outcome", "name", "address", "email", "phone", "represented_name")
# A little over the total upload limit: room for the form fields themselves.
_BODY_MARGIN = 1024 * 1024


def _mitid_citizen(request) -> tuple[str, dict]:
    """For a citizen signed in with MitID: their drafts' owner key and the answers MitID verified; else ("", {})."""
    citizen = mitid_citizen(request)
    if citizen is None:
        return "", {}
    answers = {wizard.MITID_CPR: citizen.cpr, wizard.MITID_NAME: citizen.name}
    return services.draft_owner_key(cpr=citizen.cpr), answers


def _draft_from_request(request) -> Draft | None:
    """This browser's draft, or, signed in with MitID, the person's own draft from any device.

    A draft that belongs to a MitID citizen opens only for them: not after they signed out on a shared PC,
    not for the next person who signs in there. An anonymous draft becomes the signed-in citizen's.
    """
    token = request.get_signed_cookie(COOKIE_NAME, default=None, salt=COOKIE_SALT)
    draft = draft_get(token=token) or draft_get(token=request.session.get(SESSION_DRAFT))
    owner_key, verified = _mitid_citizen(request)
    if draft is not None and draft.owner_key and draft.owner_key != owner_key:
        draft = None
    if owner_key and draft is None:
        draft = draft_of_owner(owner_key=owner_key)
    return _claimed(draft, owner_key, verified)


def _claimed(draft: Draft | None, owner_key: str, verified: dict) -> Draft | None:
    if draft is None or not owner_key or draft.henvendelse_id is not None:
        return draft
    answers = services.draft_answers(draft)
    if draft.owner_key != owner_key or any(answers.get(key) != value for key, value in verified.items()):
        services.draft_claim(draft=draft, owner_key=owner_key, answers=verified)
    return draft


def _new_draft(request, answers: dict | None = None) -> Draft:
    draft = services.draft_create(session_key=request.session.session_key or "", answers=answers)
    owner_key, verified = _mitid_citizen(request)
    return _claimed(draft, owner_key, verified)


def _remember(response, request, draft: Draft):
    request.session[SESSION_DRAFT] = str(draft.token)
    response.set_signed_cookie(
        COOKIE_NAME, str(draft.token), salt=COOKIE_SALT, max_age=settings.INTAKE_DRAFT_HOURS * 3600,
        httponly=True, samesite="Lax", secure=not settings.DEBUG,
    )
    return response


def _forget(response, request):
    request.session.pop(SESSION_DRAFT, None)
    response.delete_cookie(COOKIE_NAME, samesite="Lax")
    return response


def _limited(request, *, submit: bool = False) -> bool:
    limited = is_ratelimited(
        request, group="intake-form", key="ip", rate=settings.INTAKE_RATE_LIMIT, method="POST", increment=True,
    )
    if submit:
        limited = is_ratelimited(
            request, group="intake-submit", key="ip", rate=settings.INTAKE_SUBMIT_RATE_LIMIT, method="POST",
            increment=True,
        ) or limited
    return limited


def _too_many(request):
    return render(request, "intake/rate_limited.html", {"draft": _draft_from_request(request)}, status=429)


def _honeypot_filled(request) -> bool:
    if request.POST.get(HONEYPOT):
        logger.warning("Complaint form: honeypot field filled in; the request was refused.")
        return True
    return False


def _refused(request):
    return render(request, "intake/refused.html", status=400)


def _body_too_large(request) -> bool:
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return length > settings.INTAKE_UPLOAD_MAX_TOTAL_BYTES + _BODY_MARGIN


def _guide_answers(request) -> dict:
    """The guide's answers in the form's terms (``/kan-vi-hjaelpe/`` → ``/klag/?fra=guide``)."""
    guide = guide_answers_for_form(request.session)
    answers: dict = {}
    if guide.get("description"):
        answers["description"] = guide["description"]
    if guide.get("contacted_unit"):
        answers["contacted_unit"] = guide["contacted_unit"]
    if guide.get("event_date"):
        try:
            answers["event_date"] = dt.date.fromisoformat(guide["event_date"]).strftime("%d.%m.%Y")
        except ValueError:
            pass
    if guide.get("forvaltning"):
        department = Department.objects.filter(code=guide["forvaltning"], active=True).first()
        if department is not None:
            answers["department"] = str(department.pk)
    return answers


def _attachment_kinds(draft: Draft) -> set[str]:
    return set(draft.attachments.values_list("kind", flat=True))


@never_cache
def start(request):
    """The form's front page: what you need, how long it takes; continue a saved draft."""
    draft = _draft_from_request(request)
    if draft is not None and draft.henvendelse_id is not None:
        draft = None
    from_guide = request.GET.get("fra") == "guide"
    if from_guide:
        guide = _guide_answers(request)
        if draft is None:
            # The guide's answers are the first answers: worth a draft. A bare visit is not.
            if guide:
                draft = _new_draft(request, answers=guide)
        else:
            current = services.draft_answers(draft)
            services.draft_save_answers(
                draft=draft, answers={key: value for key, value in guide.items() if not current.get(key)},
            )
    response = render(request, "intake/start.html", {
        "draft": draft,
        "from_guide": from_guide,
        "continue_step": wizard.first_open_step(draft.completed_steps) if draft else 1,
        "total": wizard.TOTAL,
        "max_file_mb": settings.INTAKE_UPLOAD_MAX_FILE_BYTES // (1024 * 1024),
    })
    return _remember(response, request, draft) if draft is not None else response


@require_POST
def restart(request):
    """Throw the saved draft away and start again."""
    if _limited(request):
        return _too_many(request)
    return _forget(redirect("intake:step", number=1), request)


def _process_uploads(request, draft: Draft, form_class) -> dict[str, list[str]]:
    """Keep every acceptable file with the draft now; return the refusals per field."""
    errors: dict[str, list[str]] = {}
    for field_name, kind in intake_forms.FILE_FIELDS.items():
        if field_name not in form_class.base_fields:
            continue
        for upload in request.FILES.getlist(field_name):
            try:
                services.draft_attachment_add(draft=draft, upload=upload, kind=kind)
            except ValidationError as exc:
                errors.setdefault(field_name, []).extend(exc.messages)
    return errors


def _step_context(request, draft: Draft | None, step: wizard.Step, form, *, return_to_review: bool) -> dict:
    answers = services.draft_answers(draft) if draft is not None else {}
    context = {
        "draft": draft,
        "step": step,
        "steps": wizard.STEPS,
        "total": wizard.TOTAL,
        "form": form,
        "attachments": draft_attachments(draft=draft) if draft is not None else [],
        "return_to_review": return_to_review,
        "honeypot": HONEYPOT,
        "max_file_mb": settings.INTAKE_UPLOAD_MAX_FILE_BYTES // (1024 * 1024),
        "max_total_mb": settings.INTAKE_UPLOAD_MAX_TOTAL_BYTES // (1024 * 1024),
        "draft_hours": settings.INTAKE_DRAFT_HOURS,
    }
    if step.number >= 4 and answers.get("description"):
        triage = _screen_answers(answers)
        context["triage"] = triage
        context["triage_bodies"], context["triage"] = _triage_bodies(triage)
    if step.number == wizard.REVIEW:
        context["summary"] = wizard.summary(answers, attachment_kinds=_attachment_kinds(draft))
    return context


def _triage_bodies(triage: dict) -> tuple[list, dict]:
    """The bodies the form's hint names, as the public guide names them (``triage.selectors.bodies_for_answer``):
    for a police officer's conduct Den Uafhængige Politiklagemyndighed instead of the police, in the list and in
    the explanation."""
    bodies = {body.code: body for body in complaint_body_list()}
    shown = bodies_for_answer(triage.get("refer_to") or [], triage.get("rules") or [], bodies)
    if any(shown[code] is not bodies[code] for code in shown):
        departments = {department.code: department for department in department_list()}
        explanation_da, explanation_en = explain_with_local_names(triage, departments=departments, bodies=bodies,
                                                                  shown=shown)
        triage = {**triage, "explanation": explanation_da, "explanation_en": explanation_en}
    return list(dict.fromkeys(shown.values())), triage


def _screen_answers(answers: dict) -> dict:
    contacted = answers.get("contacted_unit", "")
    return screening.screen(
        text=screening.engine_text(
            description=answers.get("description", ""), desired_outcome=answers.get("desired_outcome", ""),
        ),
        contacted_unit=contacted if contacted in dict(intake_forms.ContactedUnit.choices) else "",
        event_date=date_parse(answers.get("event_date", "")),
        received_date=local_today(),
    )


@never_cache
@sensitive_post_parameters(*SENSITIVE)
def step(request, number: int):
    current = wizard.step_get(number)
    if current is None:
        raise Http404
    if request.method == "POST":
        refused = _post_refused(request, number, current)
        if refused is not None:
            return refused
    draft = _draft_from_request(request)
    if draft is not None and draft.henvendelse_id is not None:
        if request.method == "POST" and number == wizard.REVIEW:
            # A second click on "Send": the same henvendelse, one receipt.
            request.session[SESSION_RECEIPT] = draft.henvendelse.reference
            return _forget(redirect("intake:receipt"), request)
        draft = None
    if draft is None:
        return _step_without_draft(request, number, current)
    if not wizard.may_open(number, draft.completed_steps):
        return _remember(redirect("intake:step", number=wizard.first_open_step(draft.completed_steps)), request, draft)

    return_to_review = request.GET.get("retur") == "gennemse" or request.POST.get("retur") == "gennemse"
    answers = services.draft_answers(draft)
    if request.method == "POST":
        return _step_post(request, draft, current, answers, return_to_review=return_to_review)
    return _step_show(request, draft, current, answers, return_to_review=return_to_review)


def _post_refused(request, number: int, current: wizard.Step):
    """A POST refused before anything is read or stored: too large, rate-limited or a bot; else None."""
    # The size check comes first: it must not read (parse) an oversized body.
    if _body_too_large(request):
        return render(request, "intake/too_large.html", {
            "max_total_mb": settings.INTAKE_UPLOAD_MAX_TOTAL_BYTES // (1024 * 1024), "number": number,
        }, status=413)
    if _limited(request, submit=number == wizard.REVIEW and request.POST.get("action") == "submit"):
        return _step_rate_limited(request, current)
    if _honeypot_filled(request):
        return _refused(request)
    return None


def _step_without_draft(request, number: int, current: wizard.Step):
    """No draft yet (or it was sent): only the first step opens, and its first valid answer creates one."""
    if request.method == "POST" and number == wizard.REVIEW and request.session.get(SESSION_RECEIPT):
        return redirect("intake:receipt")
    if number != 1:
        return redirect("intake:start")
    if request.method == "POST":
        return _first_step_post(request, current)
    form = current.form_class(**wizard.form_kwargs(current, {}, attachment_kinds=set()))
    return render(request, "intake/step.html", _step_context(request, None, current, form, return_to_review=False))


def _step_show(request, draft: Draft, current: wizard.Step, answers: dict, *, return_to_review: bool):
    """A step of a draft, filled with its answers (``?tjek=1`` shows their errors)."""
    kinds = _attachment_kinds(draft)
    kwargs = wizard.form_kwargs(current, answers, attachment_kinds=kinds)
    if request.GET.get("tjek") == "1":
        form = wizard.bound_form(current, answers, attachment_kinds=kinds)
        form.is_valid()
    else:
        form = current.form_class(initial=answers, **kwargs)
    if current.number == wizard.REVIEW:
        invalid = wizard.invalid_step(answers, attachment_kinds=kinds)
        if invalid is not None:
            return _remember(redirect(f"{reverse('intake:step', args=[invalid])}?tjek=1"), request, draft)
    response = render(request, "intake/step.html", _step_context(request, draft, current, form,
                                                                 return_to_review=return_to_review))
    return _remember(response, request, draft)


def _step_rate_limited(request, current: wizard.Step):
    """The step again with what was POSTed (nothing saved), and the truth about it, as a 429."""
    draft = _draft_from_request(request)
    if draft is not None and draft.henvendelse_id is not None:
        draft = None
    answers = services.draft_answers(draft) if draft is not None else {}
    kinds = _attachment_kinds(draft) if draft is not None else set()
    form = current.form_class(data=request.POST, **wizard.form_kwargs(current, answers, attachment_kinds=kinds))
    context = _step_context(request, draft, current, form, return_to_review=request.POST.get("retur") == "gennemse")
    context["rate_limited"] = True
    return render(request, "intake/step.html", context, status=429)


def _upload_refusals(request, form_class) -> dict[str, list[str]]:
    """The files of a POST checked by content and size without storing them (the first step, before a draft)."""
    errors: dict[str, list[str]] = {}
    total = 0
    for field_name in intake_forms.FILE_FIELDS:
        if field_name not in form_class.base_fields:
            continue
        for upload in request.FILES.getlist(field_name):
            try:
                check_size(upload, already_bytes=total)
                detect_type(upload)
            except ValidationError as exc:
                errors.setdefault(field_name, []).extend(exc.messages)
            else:
                total += upload.size
    return errors


def _first_step_post(request, current: wizard.Step):
    """Step 1 without a draft: the draft is created only when the answers are valid; otherwise nothing is stored."""
    if request.POST.get("action") == "back":
        return redirect("intake:start")
    kinds = {AttachmentKind.POWER_OF_ATTORNEY} if request.FILES.getlist("power_of_attorney") else set()
    form = current.form_class(data=request.POST, files=request.FILES,
                              **wizard.form_kwargs(current, {}, attachment_kinds=kinds))
    valid = form.is_valid()
    upload_errors = _upload_refusals(request, current.form_class)
    for field_name, messages in upload_errors.items():
        for message in messages:
            form.add_error(field_name, message)
    if not valid or upload_errors:
        return render(request, "intake/step.html", _step_context(request, None, current, form, return_to_review=False))
    draft = _new_draft(request)
    answers = wizard.raw_answers(form, request.POST)
    services.draft_save_answers(draft=draft, answers=answers)
    answers = services.draft_answers(draft)
    return _step_post(request, draft, current, answers, return_to_review=False)


def _step_post(request, draft: Draft, current: wizard.Step, answers: dict, *, return_to_review: bool):
    action = request.POST.get("action", "next")
    remove = request.POST.get("remove_attachment")
    probe = current.form_class(**wizard.form_kwargs(current, answers, attachment_kinds=set()))
    typed = wizard.raw_answers(probe, request.POST)
    services.draft_save_answers(draft=draft, answers=typed)
    answers.update(typed)
    upload_errors = _process_uploads(request, draft, current.form_class)

    if remove:
        services.draft_attachment_remove(draft=draft, attachment_id=remove)
        return _remember(redirect(request.get_full_path()), request, draft)
    if action == "back" and not upload_errors:
        target = reverse("intake:step", args=[current.number - 1]) if current.number > 1 else reverse("intake:start")
        return _remember(redirect(target), request, draft)

    kinds = _attachment_kinds(draft)
    form = current.form_class(
        data=request.POST, files=request.FILES, **wizard.form_kwargs(current, answers, attachment_kinds=kinds),
    )
    valid = form.is_valid()
    for field_name, messages in upload_errors.items():
        for message in messages:
            form.add_error(field_name, message)
    if not valid or upload_errors:
        response = render(request, "intake/step.html", _step_context(
            request, draft, current, form, return_to_review=return_to_review,
        ))
        return _remember(response, request, draft)

    if current.number < wizard.REVIEW:
        services.draft_save_answers(draft=draft, answers={}, completed_step=current.number)
        if return_to_review and wizard.may_open(wizard.REVIEW, draft.completed_steps):
            target = wizard.REVIEW
        else:
            target = current.number + 1
        return _remember(redirect("intake:step", number=target), request, draft)

    invalid = wizard.invalid_step(answers, attachment_kinds=kinds)
    if invalid is not None:
        return _remember(redirect(f"{reverse('intake:step', args=[invalid])}?tjek=1"), request, draft)
    submitted = wizard.submission_from_answers(
        answers, consent=form.cleaned_data["consent"] == "yes", attachment_kinds=kinds,
        language=get_language() or settings.LANGUAGE_CODE,
    )
    henvendelse = services.draft_submit(draft=draft, submitted=submitted)
    request.session[SESSION_RECEIPT] = henvendelse.reference
    return _forget(redirect("intake:receipt"), request)


@never_cache
def receipt(request):
    reference = request.session.get(SESSION_RECEIPT)
    henvendelse = henvendelse_get(reference=reference) if reference else None
    if henvendelse is None:
        return redirect("intake:start")
    office = office_get()
    return render(request, "intake/receipt.html", {
        "henvendelse": henvendelse,
        "office": office,
        "deadline": acknowledgement_deadline(received_at=henvendelse.received_at, office=office),
    })


@staff_required
def attachment_download(request, attachment_id):
    """Staff who may read the henvendelse's contents: the file as a download, never rendered inline.

    Served as ``bilag-<8 hex>.<extension of the detected type>`` with the detected content type and
    ``nosniff``; the citizen's own (masked) file name is shown on the page only.
    """
    attachment = get_object_or_404(Attachment, pk=attachment_id, henvendelse__isnull=False)
    henvendelse_policy.check(request.user, VIEW_CONTENTS, attachment.henvendelse)
    audit_record(user=request.user, action=AuditAction.DOWNLOAD, obj=attachment.henvendelse,
                 detail=f"bilag {attachment.pk}")
    # A safe ASCII name with the extension of the detected type, never the sender's name or extension.
    served = safe_download(attachment.content_type)
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=f"bilag-{attachment.pk.hex[:8]}{served.extension}",
        content_type=served.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


