"""The staff letter pages under /medarbejder/sager/<reference>/breve/: draft, edit, preview,
finalise, send, and follow a dispatch; and /medarbejder/forsendelser/, every dispatch that needs
staff action (the print run, the Digital Post outbox, failures) and the history of what was sent.

Every view is behind ``staff_required`` and the case's policy (``policies.may_work_on_letters``);
a case outside the user's ``visible()`` is 404. The overview lists only dispatches of such cases
(``selectors.dispatch_overview``) and is refused (403) to users who may not work on letters. Views
parse forms and call ``services``; opening a letter and fetching the print run are logged (they
hold personal data).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from borgerraad.accounts.decorators import staff_required
from borgerraad.cases import selectors as case_selectors
from borgerraad.core.calendar import local_date, local_now, local_today
from borgerraad.letters import forms, selectors, services
from borgerraad.letters.dispatch import channel_get
from borgerraad.letters.models import DISPATCH_ON_ITS_WAY, DispatchStatus, LetterKind
from borgerraad.letters.policies import may_work_on_letters
from borgerraad.letters.rendering import body_html, hoering_merge_fields
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record


def _case(request, reference: str):
    case = case_selectors.case_for_work(user=request.user, reference=reference)
    if case is None:
        raise Http404
    if not may_work_on_letters(request.user, case):
        raise PermissionDenied
    return case


def _letter(request, reference: str, letter_id: int):
    case = _case(request, reference)
    letter = selectors.letter_for_case(case=case, letter_id=letter_id)
    if letter is None:
        raise Http404
    return case, letter


def _errors(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


def _hoering_facts(letter) -> dict:
    """For a høringsbrev: whether its høring is sent, and a warning when a draft's deadline is stale."""
    hoering = letter.hoering
    if hoering is None or letter.kind != LetterKind.HOERING:
        return {}
    facts = {"hoering": hoering}
    today = local_today()
    drafted = local_date(letter.created_at)
    if not letter.is_final and hoering.sent_at is None and drafted < today:
        facts["stale_deadline"] = {
            "drafted": drafted,
            "frist": hoering_merge_fields(hoering, language=letter.language, today=today)["frist"],
        }
    return facts


def _page(request, case, letter, *, form=None, errors=None, status=200):
    dispatches = list(letter.dispatches.select_related("confirmed_by"))
    edit_form = form or forms.LetterEditForm(initial={
        "subject": letter.subject, "body": letter.body, "channel": letter.channel,
    })
    return render(request, "letters/letter.html", {
        **_hoering_facts(letter),
        "case": case, "letter": letter, "form": edit_form, "errors": errors or [],
        "preview": body_html(letter.body),
        "send_form": forms.SendForm(initial={"channel": letter.channel}),
        "dispatches": dispatches,
        # Sent once confirmed: no second sending is offered (services.letter_send refuses it too).
        "sent": next((dispatch for dispatch in dispatches if dispatch.status == DispatchStatus.SENT), None),
        # On its way (queued, or handed over and awaiting confirmation): no sending by another channel either.
        "on_its_way": next((dispatch for dispatch in dispatches if dispatch.status in DISPATCH_ON_ITS_WAY), None),
        "channel_problem": channel_get(letter.channel).problem(letter),
        "nav": "inbox",
    }, status=status)


@staff_required
@require_POST
def letter_new(request, reference: str):
    case = _case(request, reference)
    form = forms.DraftForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Vælg slags brev og sprog."))
        return redirect(reverse("cases:case", args=[case.reference]) + "#breve")
    hoering = None
    if form.cleaned_data["hoering"]:
        hoering = case.hoeringer.select_related("department").filter(pk=form.cleaned_data["hoering"]).first()
        if hoering is None:
            raise Http404
    try:
        letter = services.letter_draft(
            case=case, kind=form.cleaned_data["kind"], language=form.cleaned_data["language"], by=request.user,
            hoering=hoering,
        )
    except ValidationError as error:
        for message in _errors(error):
            messages.error(request, message)
        return redirect(reverse("cases:case", args=[case.reference]) + "#breve")
    messages.success(request, _("Brevudkastet er oprettet. Ret teksten, og gør brevet endeligt."))
    return redirect("letters:detail", reference=case.reference, letter_id=letter.pk)


@staff_required
def letter_detail(request, reference: str, letter_id: int):
    case, letter = _letter(request, reference, letter_id)
    if request.method == "POST":
        form = forms.LetterEditForm(request.POST)
        if not form.is_valid():
            return _page(request, case, letter, form=form, status=400)
        try:
            services.letter_update(letter=letter, by=request.user, subject=form.cleaned_data["subject"],
                                   body=form.cleaned_data["body"], channel=form.cleaned_data["channel"])
        except ValidationError as error:
            return _page(request, case, letter, form=form, errors=_errors(error), status=400)
        messages.success(request, _("Brevet er gemt. Se forhåndsvisningen nedenfor."))
        return redirect(reverse("letters:detail", args=[case.reference, letter.pk]) + "#forhaandsvisning")
    audit_record(user=request.user, action=AuditAction.VIEW, obj=case, detail=f"letter {letter.pk}")
    return _page(request, case, letter)


@staff_required
def letter_pdf_download(request, reference: str, letter_id: int):
    case, letter = _letter(request, reference, letter_id)
    audit_record(user=request.user, action=AuditAction.DOWNLOAD, obj=case, detail=f"letter {letter.pk} pdf")
    response = HttpResponse(services.letter_pdf_bytes(letter), content_type="application/pdf")
    kind = "endelig" if letter.is_final else "udkast"
    response["Content-Disposition"] = f'inline; filename="brev-{case.reference}-{letter.pk}-{kind}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


@staff_required
@require_POST
def letter_finalise(request, reference: str, letter_id: int):
    case, letter = _letter(request, reference, letter_id)
    try:
        services.letter_finalise(letter=letter, by=request.user)
    except ValidationError as error:
        return _page(request, case, letter, errors=_errors(error), status=400)
    messages.success(request, _("Brevet er endeligt og gemt i journalen. Nu kan det sendes."))
    return redirect("letters:detail", reference=case.reference, letter_id=letter.pk)


@staff_required
@require_POST
def letter_discard(request, reference: str, letter_id: int):
    case, letter = _letter(request, reference, letter_id)
    try:
        services.letter_discard(letter=letter, by=request.user)
    except ValidationError as error:
        return _page(request, case, letter, errors=_errors(error), status=400)
    messages.success(request, _("Brevudkastet er slettet."))
    return redirect(reverse("cases:case", args=[case.reference]) + "#breve")


@staff_required
@require_POST
def letter_send(request, reference: str, letter_id: int):
    case, letter = _letter(request, reference, letter_id)
    form = forms.SendForm(request.POST)
    if not form.is_valid():
        return _page(request, case, letter, errors=[_("Vælg en kanal.")], status=400)
    try:
        services.letter_send(letter=letter, by=request.user, channel=form.cleaned_data["channel"])
    except ValidationError as error:
        return _page(request, case, letter, errors=_errors(error), status=400)
    messages.success(request, _("Brevet er sat i kø til afsendelse. Status vises her."))
    return redirect("letters:detail", reference=case.reference, letter_id=letter.pk)


# The overview's forms post here with this marker, to come back to the overview afterwards.
_BACK_TO_OVERVIEW = "forsendelser"


@staff_required
@require_POST
def dispatch_action(request, reference: str, letter_id: int, dispatch_id: int, action: str):
    case, letter = _letter(request, reference, letter_id)
    dispatch = letter.dispatches.filter(pk=dispatch_id).first()
    if dispatch is None or action not in ("bekraeft", "proev-igen"):
        raise Http404
    back_to_overview = request.POST.get("tilbage") == _BACK_TO_OVERVIEW
    try:
        if action == "bekraeft":
            services.dispatch_confirm(dispatch=dispatch, by=request.user)
            messages.success(request, _("Forsendelsen er bekræftet: brevet er sendt."))
        else:
            services.dispatch_retry_now(dispatch=dispatch, by=request.user)
            messages.success(request, _("Forsendelsen prøves igen."))
    except ValidationError as error:
        if back_to_overview:
            for message in _errors(error):
                messages.error(request, f"{case.reference}: {message}")
            return redirect("letters:dispatches")
        return _page(request, case, letter, errors=_errors(error), status=400)
    if back_to_overview:
        return redirect("letters:dispatches")
    return redirect("letters:detail", reference=case.reference, letter_id=letter.pk)


# --- Forsendelser: the print run, the Digital Post outbox, failures -------------------------------------


def _may_work_on_letters(request) -> None:
    if not may_work_on_letters(request.user):
        raise PermissionDenied


def _ids(values: list[str]) -> list[int]:
    return [int(value) for value in values if value.isascii() and value.isdigit() and len(value) < 19]


@staff_required
@require_GET
def dispatches(request):
    _may_work_on_letters(request)
    overview = selectors.dispatch_overview(user=request.user)
    try:
        page = max(int(request.GET.get("side", "1")), 1)
    except ValueError:
        page = 1
    return render(request, "letters/dispatches.html", {
        "overview": overview,
        "sent": Paginator(selectors.dispatches_sent(user=request.user), 25).get_page(page),
        "print_run_query": urlencode([("id", dispatch.pk) for dispatch in overview.print_run]),
        "back": _BACK_TO_OVERVIEW, "nav": "dispatches",
    })


@staff_required
@require_GET
def print_run_download(request):
    """The listed print dispatches (``?id=``; all in the print run without) as one PDF, logged per case."""
    _may_work_on_letters(request)
    ids = _ids(request.GET.getlist("id"))
    run = selectors.print_run_dispatches(user=request.user, ids=ids or None)
    if not run:
        raise Http404
    response = HttpResponse(services.print_run_pdf(dispatches=run, by=request.user), content_type="application/pdf")
    stamp = local_now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="printkoersel-{stamp}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


@staff_required
@require_POST
def print_run_confirm(request):
    """Confirm exactly the print dispatches the page listed: one queued since then stays in the queue."""
    _may_work_on_letters(request)
    ids = set(_ids(request.POST.getlist("forsendelse")))
    run = selectors.print_run_dispatches(user=request.user, ids=list(ids)) if ids else []
    confirmed, problems = services.print_run_confirm(dispatches=run, by=request.user)
    messages.success(request, ngettext(
        "%(count)d brev fra printkørslen er bekræftet sendt.",
        "%(count)d breve fra printkørslen er bekræftet sendt.", confirmed,
    ) % {"count": confirmed})
    gone = len(ids) - len(run)
    if gone:
        messages.warning(request, ngettext(
            "%(count)d brev var allerede bekræftet eller er ikke længere i printkøen.",
            "%(count)d breve var allerede bekræftet eller er ikke længere i printkøen.", gone,
        ) % {"count": gone})
    for problem in problems:
        messages.error(request, problem)
    return redirect("letters:dispatches")
