"""The staff casework pages under /medarbejder/: inbox, henvendelse, case, registration, search,
deadlines and the audit log.

Every view is behind ``staff_required`` (signed in with a second factor) and ``CasePolicy`` /
``HenvendelsePolicy``: a record outside the user's ``visible()`` is answered with 404, so a page
never tells whether a restricted case exists; a visible record the user may not work on is 403.
Views hold no rules: they parse forms, call ``services``/``selectors`` and redirect after a POST.
Opening a case page is logged by ``selectors.case_get``; a henvendelse page logs its own read.
"""

from __future__ import annotations

import datetime as dt
import math
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from borgerraad.accounts import start
from borgerraad.accounts.decorators import staff_required
from borgerraad.accounts.policies import VIEW
from borgerraad.accounts.start import KindCount
from borgerraad.cases import forms, selectors, services
from borgerraad.cases.hooks import CASE_PAGE, CasePagePart, hook_collect
from borgerraad.cases.models import Case, CaseStatus, Decision, Hoering
from borgerraad.cases.policies import REGISTER, VIEW_CONTENTS, CasePolicy
from borgerraad.cases.templatetags.casework import DEADLINE_KINDS
from borgerraad.cases.workflow import allowed_next, case_close_checks
from borgerraad.core.calendar import TZ, local_today
from borgerraad.intake.policies import REVEAL_CPR, henvendelse_policy
from borgerraad.intake.policies import VIEW_CONTENTS as HENVENDELSE_CONTENTS
from borgerraad.intake.services import HenvendelseData
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

PER_PAGE = 25
INBOX_PER_PAGE = 25  # the same page size as search; rendering dominates the inbox time (docs/cases.md)
policy = CasePolicy()


class CappedPaginator(Paginator):
    """A paginator over the keys of at most ``selectors.SEARCH_COUNT_CAP + 1`` cases, in order; ``capped``
    when there are more than the cap.

    The keys are read once (``selectors.case_search_keys``); the count is their number and a page's
    cases are read by key.
    """

    @property
    def keys(self) -> list[int]:
        return self.object_list

    @cached_property
    def count(self) -> int:
        return len(self.keys)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(selectors.cases_by_keys(self.keys[bottom:bottom + self.per_page]), number, self)

    @property
    def capped(self) -> bool:
        return self.count > selectors.SEARCH_COUNT_CAP

    @property
    def cap(self) -> str:
        return number_format(selectors.SEARCH_COUNT_CAP, force_grouping=True)


def _page_number(request) -> int:
    try:
        return max(int(request.GET.get("side", "1")), 1)
    except ValueError:
        return 1


def _messages_of(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


# --- Inbox -------------------------------------------------------------------------------------------


@staff_required
def inbox(request):
    policy.check(request.user, VIEW)
    page = _page_number(request)
    form = forms.InboxFilterForm(request.GET or None, caseworkers=selectors.caseworkers())
    advisor, unassigned = form.advisor()
    items, total = selectors.inbox_page(user=request.user, page=page, per_page=INBOX_PER_PAGE,
                                        advisor=advisor, unassigned=unassigned)
    pages = max(math.ceil(total / INBOX_PER_PAGE), 1)
    query = request.GET.copy()
    query.pop("side", None)
    return render(request, "cases/inbox.html", {
        "items": items, "total": total, "page": page, "pages": pages, "form": form, "query": query.urlencode(),
        "filtered": advisor is not None or unassigned,
        "can_contents": policy.can(request.user, VIEW_CONTENTS),
        "can_register": policy.can(request.user, REGISTER),
        "today": local_today(), "nav": "inbox",
    })


# --- A henvendelse without a case yet ------------------------------------------------------------------


def _henvendelse_or_404(request, reference: str):
    henvendelse = selectors.henvendelse_for_staff(user=request.user, reference=reference)
    if henvendelse is None:
        raise Http404
    return henvendelse


@staff_required
def henvendelse_detail(request, reference: str):
    henvendelse = _henvendelse_or_404(request, reference)
    if hasattr(henvendelse, "case"):
        return redirect("cases:case", reference=henvendelse.case.reference)
    can_contents = henvendelse_policy.can(request.user, HENVENDELSE_CONTENTS, henvendelse)
    if can_contents:
        audit_record(user=request.user, action=AuditAction.VIEW, obj=henvendelse)
    return render(request, "cases/henvendelse.html", {
        "henvendelse": henvendelse, "can_contents": can_contents,
        "attachments": list(henvendelse.attachments.all()) if can_contents else [],
        "can_open": policy.can(request.user, "change"),
        "can_reveal": henvendelse_policy.can(request.user, REVEAL_CPR, henvendelse), "nav": "inbox",
    })


@staff_required
@require_POST
def henvendelse_open(request, reference: str):
    henvendelse = _henvendelse_or_404(request, reference)
    policy.check(request.user, "change")
    case = services.case_open_from_henvendelse(henvendelse=henvendelse, by=request.user, assigned_to=request.user)
    messages.success(request, _("Sagen er oprettet og tildelt dig."))
    return redirect("cases:case", reference=case.reference)


@staff_required
@require_POST
def cpr_reveal(request, reference: str):
    """Show the full CPR number on its own page to a user the policy allows; every reveal is logged."""
    henvendelse = _henvendelse_or_404(request, reference)
    henvendelse_policy.check(request.user, REVEAL_CPR, henvendelse)
    audit_record(user=request.user, action=AuditAction.VIEW_CPR, obj=henvendelse)
    case = getattr(henvendelse, "case", None)
    return render(request, "cases/cpr.html", {"henvendelse": henvendelse, "case": case})


# --- The case page -----------------------------------------------------------------------------------


def _case_for_work(request, reference: str, action: str) -> Case:
    case = selectors.case_for_work(user=request.user, reference=reference)
    if case is None:
        raise Http404
    policy.check(request.user, action, case)
    return case


def _case_page_parts(request, case: Case, *, can_work: bool, hoeringer) -> dict:
    """What the apps built on cases show on the page (``hooks.CASE_PAGE``): links, sections, høring rows."""
    parts = hook_collect(CASE_PAGE, request=request, case=case, can_work=can_work)
    in_rows: dict[int, list[str]] = {}
    for part in parts:
        if part.place == CasePagePart.HOERING:
            in_rows.setdefault(part.hoering_id, []).append(part.html)
    return {
        "page_links": [part for part in parts if part.place == CasePagePart.LINK],
        "page_sections": [part.html for part in parts if part.place == CasePagePart.SECTION],
        "hoering_rows": [(hoering, explanation, in_rows.get(hoering.pk, [])) for hoering, explanation in hoeringer],
    }


def _case_context(request, case: Case, bound: dict | None = None) -> dict:
    """Everything the case page shows, with blank forms unless ``bound`` holds the failed one."""
    bound = bound or {}
    user = request.user
    allowed = policy.permissions(user, case, (VIEW_CONTENTS, "change", "view_audit"))  # one visibility read
    can_contents = VIEW_CONTENTS in allowed
    can_work = can_contents and "change" in allowed
    selectors.case_prefetch(case=case, contents=can_contents)
    context = {
        "case": case, "henvendelse": case.henvendelse, "can_contents": can_contents, "can_work": can_work,
        "can_reveal": can_contents and henvendelse_policy.can(user, REVEAL_CPR, case.henvendelse),
        "can_audit": "view_audit" in allowed,
        "status_changes": list(case.status_changes.all()),
        "today": local_today(),
        "errors": bound.get("errors", []),
        "failed_form": bound.get("form"),
        "nav": "inbox",
    }
    if not can_contents:
        return context
    klagepunkter = selectors.case_klagepunkter(case=case)
    hoeringer = list(case.hoeringer.all())
    case_deadlines = selectors.case_deadlines(case=case)
    context.update({
        "klagepunkter": klagepunkter,
        "attachments": list(case.henvendelse.attachments.all()),
        "deadlines": case_deadlines,
        "hoeringer": case_deadlines["hoeringer"],
        "journal": selectors.case_journal(case=case),
        "case_messages": selectors.case_messages(case=case),
        "allowed": [CaseStatus(value) for value in sorted(services.case_statuses_offered(case=case),
                                                          key=CaseStatus.values.index)],
    })
    context.update(_case_page_parts(request, case, can_work=can_work, hoeringer=case_deadlines["hoeringer"]))
    if can_work:
        office = services._office()
        open_points = [p for p in klagepunkter if p.decision == Decision.CASE and not p.outcome]
        open_hoeringer = [h for h in hoeringer if h.awaits_answer]
        context.update({
            "transition_form": bound.get("transition") or forms.TransitionForm(
                allowed=services.case_statuses_offered(case=case)),
            "hoering_form": (bound.get("hoering") or forms.HoeringForm(initial={
                "weeks": office.hoering_weeks,
                "department": case.henvendelse.department_id,
            })) if services.hoering_may_be_created(case=case) else None,
            "close_checks": case_close_checks(case=case) if CaseStatus.AFSLUTTET in allowed_next(case.status) else [],
            "note_form": bound.get("note") or forms.NoteForm(),
            "message_form": bound.get("message") or forms.MessageForm(),
            "assign_form": bound.get("assign") or forms.AssignForm(
                caseworkers=selectors.caseworkers(),
                initial={"assigned_to": case.assigned_to_id, "restricted": case.restricted},
            ),
            "extend_form": bound.get("extend") or forms.ExtensionForm(prefix="sag"),
            "close_forms": [
                (point, bound.get(f"close-{point.pk}") or forms.CloseKlagepunktForm(prefix=f"punkt{point.number}"))
                for point in open_points
            ],
            "forward_forms": [
                (point, bound.get(f"forward-{point.pk}")
                 or forms.ForwardAnswerForm(prefix=f"videresendt{point.number}"))
                for point in klagepunkter if point.decision == Decision.FORWARD and not point.forward_result
            ],
            "answer_forms": [
                (hoering, bound.get(f"answer-{hoering.pk}") or forms.HoeringAnswerForm(
                    prefix=f"svar{hoering.pk}",
                    initial={"received_on": local_today()},
                ), bound.get(f"hextend-{hoering.pk}") or forms.ExtensionForm(prefix=f"forlaeng{hoering.pk}"))
                for hoering in open_hoeringer
            ],
            "can_visitate": case.status in services._VISITABLE,
        })
    return context


@staff_required
def case_detail(request, reference: str):
    try:
        case = selectors.case_get(user=request.user, reference=reference)
    except PermissionDenied:
        raise Http404 from None
    context = _case_context(request, case)
    if context["can_work"]:
        # The count of new messages is shown before they are marked read by this visit.
        context["unread_messages"] = sum(1 for m in context["case_messages"] if m.from_citizen and not m.read_at)
        services.messages_mark_read(case=case, from_citizen=True, by=request.user)
    return render(request, "cases/case.html", context)


def _failed(request, case: Case, name: str, form=None, error: ValidationError | None = None, key: str | None = None):
    """Show the case page again with the failed form and its messages in an error summary."""
    errors = _messages_of(error) if error is not None else []  # the form's own errors: the summary shows them
    bound = {"errors": errors, "form": form}
    if form is not None:
        bound[key or name] = form
    return render(request, "cases/case.html", _case_context(request, case, bound))


def _done(case: Case, anchor: str = ""):
    return redirect(reverse("cases:case", args=[case.reference]) + (f"#{anchor}" if anchor else ""))


@staff_required
@require_POST
def case_transition(request, reference: str):
    case = _case_for_work(request, reference, "transition")
    form = forms.TransitionForm(request.POST, allowed=allowed_next(case.status))
    if not form.is_valid():
        return _failed(request, case, "transition", form)
    try:
        services.case_transition(
            case=case, to_status=form.cleaned_data["to_status"], by=request.user, reason=form.cleaned_data["reason"],
        )
    except ValidationError as error:
        return _failed(request, case, "transition", form, error)
    messages.success(request, _("Sagen har nu status “%(status)s”.") % {"status": CaseStatus(case.status).label})
    if case.status == CaseStatus.AFSLUTTET:
        for check in case_close_checks(case=case):  # only warnings are left: a refusal stopped the closing
            messages.warning(request, check.message)
    return _done(case)


@staff_required
@require_POST
def case_hoering(request, reference: str):
    """A new høring: drafted as a høringsbrev to send from here, or registered as sent elsewhere."""
    case = _case_for_work(request, reference, "hoering")
    form = forms.HoeringForm(request.POST, received_on=case.received_on)
    if not form.is_valid():
        return _failed(request, case, "hoering", form)
    data = form.cleaned_data
    fields = {"case": case, "department": data["department"], "questions": data["questions"], "by": request.user,
              "recipient_email": data["recipient_email"], "weeks": data["weeks"]}
    try:
        if data["sent_on"]:
            today = local_today()
            sent_at = timezone.now() if data["sent_on"] == today else dt.datetime.combine(
                data["sent_on"], dt.time(12), TZ)
            hoering = services.hoering_send(**fields, sent_at=sent_at)
        else:
            hoering, made = services.hoering_request(**fields)
    except ValidationError as error:
        return _failed(request, case, "hoering", form, error)
    if data["sent_on"]:
        messages.success(request, _("Høringen er registreret med svarfrist %(date)s.")
                         % {"date": f"{hoering.deadline:%d.%m.%Y}"})
        return _done(case, "hoeringer")
    messages.success(request, _(
        "Høringen er oprettet, og høringsbrevet er klar som udkast. Svarfristen begynder at løbe, "
        "når brevet er bekræftet sendt."
    ))
    if made:  # the høringsbrev drafted by the letters app (hooks.HOERING_PREPARED)
        return redirect(made[0].get_absolute_url())
    return _done(case, "hoeringer")


def _hoering_of(case: Case, hoering_id: int) -> Hoering:
    return get_object_or_404(Hoering, pk=hoering_id, case=case)


@staff_required
@require_POST
def hoering_answer(request, reference: str, hoering_id: int):
    case = _case_for_work(request, reference, "hoering")
    hoering = _hoering_of(case, hoering_id)
    form = forms.HoeringAnswerForm(request.POST, prefix=f"svar{hoering.pk}")
    key = f"answer-{hoering.pk}"
    if not form.is_valid():
        return _failed(request, case, key, form)
    try:
        services.hoering_answer_register(
            hoering=hoering, by=request.user, received_on=form.cleaned_data["received_on"],
            answer_text=form.cleaned_data["answer_text"],
        )
    except ValidationError as error:
        return _failed(request, case, key, form, error)
    messages.success(request, _("Svaret fra %(department)s er registreret.") % {"department": hoering.department.code})
    return _done(case, "hoeringer")


@staff_required
@require_POST
def hoering_cancel(request, reference: str, hoering_id: int):
    case = _case_for_work(request, reference, "hoering")
    hoering = _hoering_of(case, hoering_id)
    try:
        services.hoering_cancel(hoering=hoering, by=request.user)
    except ValidationError as error:
        return _failed(request, case, "hoering", None, error)
    messages.success(request, _("Høringen til %(department)s er annulleret; den blev aldrig sendt.")
                     % {"department": hoering.department.code})
    return _done(case, "hoeringer")


@staff_required
@require_POST
def hoering_extend(request, reference: str, hoering_id: int):
    case = _case_for_work(request, reference, "extend")
    hoering = _hoering_of(case, hoering_id)
    form = forms.ExtensionForm(request.POST, prefix=f"forlaeng{hoering.pk}")
    key = f"hextend-{hoering.pk}"
    if not form.is_valid():
        return _failed(request, case, key, form)
    try:
        services.hoering_extend(hoering=hoering, by=request.user, **form.cleaned_data)
    except ValidationError as error:
        return _failed(request, case, key, form, error)
    messages.success(request, _("Høringsfristen er forlænget til %(date)s.") % {"date": f"{hoering.deadline:%d.%m.%Y}"})
    return _done(case, "hoeringer")


@staff_required
@require_POST
def case_extend(request, reference: str):
    case = _case_for_work(request, reference, "extend")
    form = forms.ExtensionForm(request.POST, prefix="sag")
    if not form.is_valid():
        return _failed(request, case, "extend", form)
    try:
        services.case_extend(case=case, by=request.user, **form.cleaned_data)
    except ValidationError as error:
        return _failed(request, case, "extend", form, error)
    messages.success(
        request, _("Sagens egen frist er forlænget til %(date)s.") % {"date": f"{case.target_date:%d.%m.%Y}"},
    )
    return _done(case, "frister")


@staff_required
@require_POST
def case_note(request, reference: str):
    case = _case_for_work(request, reference, "note")
    form = forms.NoteForm(request.POST)
    if not form.is_valid():
        return _failed(request, case, "note", form)
    try:
        services.note_add(case=case, author=request.user, text=form.cleaned_data["text"],
                          kind=form.cleaned_data["kind"])
    except ValidationError as error:
        return _failed(request, case, "note", form, error)
    messages.success(request, _("Notatet er gemt."))
    return _done(case, "journal")


@staff_required
@require_POST
def case_message(request, reference: str):
    """The advisor answers the citizen from the case page; the citizen reads it in "Mine sager"."""
    case = _case_for_work(request, reference, "message")
    form = forms.MessageForm(request.POST, request.FILES)
    if not form.is_valid():
        return _failed(request, case, "message", form)
    try:
        services.message_send(
            case=case, body=form.cleaned_data["body"], from_citizen=False, by=request.user,
            uploads=form.cleaned_data["files"] or [],
        )
    except ValidationError as error:
        return _failed(request, case, "message", form, error)
    messages.success(request, _("Beskeden er sendt til borgeren."))
    return _done(case, "beskeder")


@staff_required
@require_POST
def case_assign(request, reference: str):
    case = _case_for_work(request, reference, "assign")
    form = forms.AssignForm(request.POST, caseworkers=selectors.caseworkers())
    if not form.is_valid():
        return _failed(request, case, "assign", form)
    services.case_assign(
        case=case, assigned_to=form.cleaned_data["assigned_to"], by=request.user,
        restricted=form.cleaned_data["restricted"],
    )
    messages.success(request, _("Tildelingen er gemt."))
    if selectors.case_for_work(user=request.user, reference=case.reference) is None:
        return redirect("cases:inbox")  # a restricted case assigned to someone else is out of sight now
    return _done(case)


@staff_required
@require_POST
def klagepunkt_close(request, reference: str, number: int):
    case = _case_for_work(request, reference, "close")
    point = get_object_or_404(case.klagepunkter, number=number)
    form = forms.CloseKlagepunktForm(request.POST, prefix=f"punkt{point.number}")
    key = f"close-{point.pk}"
    if not form.is_valid():
        return _failed(request, case, key, form)
    data = form.cleaned_data
    try:
        services.klagepunkt_close(
            klagepunkt=point, by=request.user, outcome=data["outcome"], reason=data["reason"],
            kritik_degree=data["kritik_degree"], henstilling_follow_up=data["henstilling_follow_up"],
        )
    except ValidationError as error:
        return _failed(request, case, key, form, error)
    messages.success(request, _("Klagepunkt %(n)d har fået et resultat.") % {"n": point.number})
    return _done(case, "klagepunkter")


@staff_required
@require_POST
def klagepunkt_forward_answer(request, reference: str, number: int):
    """The unit's answer to a forwarded point: its date and whether the citizen got medhold."""
    case = _case_for_work(request, reference, "close")
    point = get_object_or_404(case.klagepunkter, number=number)
    form = forms.ForwardAnswerForm(request.POST, prefix=f"videresendt{point.number}")
    key = f"forward-{point.pk}"
    if not form.is_valid():
        return _failed(request, case, key, form)
    try:
        services.klagepunkt_forward_answer_record(
            klagepunkt=point, by=request.user, answered_on=form.cleaned_data["answered_on"],
            result=form.cleaned_data["result"],
        )
    except ValidationError as error:
        return _failed(request, case, key, form, error)
    messages.success(request, _("Enhedens svar på klagepunkt %(n)d er registreret.") % {"n": point.number})
    return _done(case, "klagepunkter")


# --- Visitation --------------------------------------------------------------------------------------


@staff_required
def case_visitation(request, reference: str):
    """Split the henvendelse into klagepunkter; a formset that works without JavaScript.

    The rows are prefilled from the henvendelse (department, unit) and the engine's points
    (``services.visitation_prefill``). *Tilføj en række* is a submit button: the page comes back
    with one row more and everything typed kept. Every row's problems are shown at their fields.
    """
    case = _case_for_work(request, reference, "visitate")
    prefill = services.visitation_prefill(case=case)
    errors: list[str] = []
    existing = selectors.case_klagepunkter(case=case)
    reason = request.POST.get("reason", "") if request.method == "POST" else ""
    if request.method == "POST":
        formset = forms.visitation_formset(0)(request.POST, prefix="punkt", prefill=prefill)
        if "add_row" in request.POST:
            typed = formset.typed_rows()
            rows = min(len(typed) + 1, forms.VISITATION_MAX_ROWS)
            formset = forms.visitation_formset(rows)(prefix="punkt", prefill=[
                *typed, *prefill[len(typed):], *[{key: prefill[-1].get(key) for key in ("department", "unit")}],
            ][:rows])
            if len(typed) >= forms.VISITATION_MAX_ROWS:
                errors.append(_(
                    "Der kan højst være %(n)d rækker ad gangen. Gem visitationen, og tilføj resten bagefter."
                ) % {"n": forms.VISITATION_MAX_ROWS})
        elif formset.is_valid():
            changed = [form for form in formset.forms if form.has_changed()]
            points = [services.KlagepunktInput(**form.cleaned_data) for form in changed]
            for index, field, message in services.visitation_problems(points):
                changed[index].add_error(field, message)
            if not formset.total_error_count():
                try:
                    services.visitation_record(case=case, points=points, by=request.user, reason=reason)
                except ValidationError as error:
                    errors = _messages_of(error)
                else:
                    messages.success(request, _("Visitationen er gemt: %(n)d klagepunkt(er).") % {"n": len(points)})
                    return _done(case, "klagepunkter")
        errors += [str(error) for error in formset.non_form_errors()] if formset.is_bound else []
    else:
        formset = forms.visitation_formset(len(prefill))(prefix="punkt", prefill=prefill)
    return render(request, "cases/visitation.html", {
        "case": case, "henvendelse": case.henvendelse, "formset": formset, "errors": errors, "reason": reason,
        "existing": existing, "offset": len(existing), "nav": "inbox",
        "can_visitate": case.status in services._VISITABLE,
        "can_add_row": formset.total_form_count() < forms.VISITATION_MAX_ROWS,
    })


# --- Manual registration -------------------------------------------------------------------------------


@staff_required
def register(request):
    """A phone call, visit or letter, typed in by staff (sekretær, rådgiver, leder)."""
    policy.check(request.user, REGISTER)
    form = forms.ManualRegistrationForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        received_at = None
        if data["received_on"]:
            received_at = dt.datetime.combine(data["received_on"], dt.time(12), TZ)
        submitted = HenvendelseData(
            name=data["name"], description=data["description"], address=data["address"], email=data["email"],
            phone=data["phone"], preferred_channel=data["preferred_channel"], cpr=data["cpr"],
            department=data["department"], unit=data["unit"], desired_outcome=data["desired_outcome"],
            contacted_unit=data["contacted_unit"], consent=data["consent"],
        )
        try:
            case = services.henvendelse_register_manual(
                channel=data["channel"], submitted=submitted, registered_by=request.user,
                uploads=[data["scan"]] if data["scan"] else [], received_at=received_at,
            )
        except ValidationError as error:
            errors = _messages_of(error)
        else:
            messages.success(
                request, _("Henvendelsen er registreret som %(reference)s.") % {"reference": case.reference},
            )
            if policy.can(request.user, VIEW_CONTENTS, case):
                return redirect("cases:case", reference=case.reference)
            return redirect("cases:register")
    return render(request, "cases/register.html", {"form": form, "errors": errors, "nav": "register"})


# --- Search and deadlines ---------------------------------------------------------------------------------


@staff_required
def search(request):
    policy.check(request.user, VIEW)
    can_contents = policy.can(request.user, VIEW_CONTENTS)
    form = forms.SearchForm(request.GET or None, caseworkers=selectors.caseworkers(), contents=can_contents)
    results = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        keys = selectors.case_search_keys(
            user=request.user, query=data["q"], status=data["status"] or None, department=data["department"],
            ground=data.get("ground") or None, advisor=data["advisor"], channel=data["channel"] or None,
            deadline_before=data["deadline_before"],
        )
        results = CappedPaginator(keys, PER_PAGE).get_page(_page_number(request))
    query = request.GET.copy()
    query.pop("side", None)
    return render(request, "cases/search.html", {
        "form": form, "results": results, "query": query.urlencode(),
        "can_contents": can_contents, "nav": "search",
    })


# The Frister page reads the first this many deadlines of each kind in each section and shows the first this
# many of them all in date order (as the start page); a kind's own list is paged by as many ("Vis flere"):
# bounded at any number of cases (docs/cases.md "Performance").
DEADLINES_PER_KIND = 50


def _deadline_section(request, kinds: list[selectors.DeadlineKind], *, show_all: bool) -> dict:
    """A section of the Frister page: the first ``DEADLINES_PER_KIND`` deadlines of all kinds in date order, and
    each kind's count with a link to its own list when not all of it is shown."""
    items = sorted((item for kind in kinds for item in kind.items), key=lambda item: (item.due, item.case.reference))
    items = items[:DEADLINES_PER_KIND]
    counts = []
    for kind in kinds:
        if not kind.count:
            continue
        query = {"slags": kind.kind, **({"vis": "alle"} if show_all else {})}
        counts.append(KindCount(kind.kind, str(DEADLINE_KINDS[kind.kind]), kind.count, kind.overdue,
                                f"{reverse('cases:deadlines')}?{urlencode(query)}",
                                shown=sum(item.kind == kind.kind for item in items)))
    return {"items": items, "counts": counts}


@staff_required
def deadlines(request):
    """Overdue and due-soon deadlines: the user's own cases, or everyone's for the leader. Each section shows
    its first ``DEADLINES_PER_KIND`` with a count per kind; ``?slags=`` lists one kind page by page."""
    policy.check(request.user, VIEW)
    may_see_all = policy.can(request.user, "view_audit")
    show_all = may_see_all and request.GET.get("vis") == "alle"
    advisor = None if show_all else request.user
    today = local_today()
    horizon = selectors.due_soon_until(today)
    context = {"show_all": show_all, "may_see_all": may_see_all, "nav": "deadlines", "today": today}
    kind = request.GET.get("slags", "")
    if kind in selectors.DEADLINE_KIND_ORDER:
        page = _page_number(request)
        items, more = selectors.deadlines_of_kind_page(user=request.user, advisor=advisor, kind=kind, until=horizon,
                                                       page=page, per_page=DEADLINES_PER_KIND)
        query = request.GET.copy()
        query.pop("side", None)
        context.update({"kind": kind, "kind_label": DEADLINE_KINDS[kind], "items": items, "page": page,
                        "more": more, "query": query.urlencode(),
                        "back_query": urlencode({"vis": "alle"} if show_all else {})})
        return render(request, "cases/deadlines_kind.html", context)
    sections = {
        "overdue": selectors.deadlines_between(user=request.user, advisor=advisor, since=None,
                                               until=today - dt.timedelta(days=1), today=today,
                                               limit=DEADLINES_PER_KIND, cap=start.COUNT_CAP),
        "due_soon": selectors.deadlines_between(user=request.user, advisor=advisor, since=today, until=horizon,
                                                today=today, limit=DEADLINES_PER_KIND, cap=start.COUNT_CAP),
    }
    context.update({name: _deadline_section(request, kinds, show_all=show_all) for name, kinds in sections.items()})
    return render(request, "cases/deadlines.html", context)


# --- The audit log (leder) --------------------------------------------------------------------------------


@staff_required
def audit_case(request, reference: str):
    case = selectors.case_for_work(user=request.user, reference=reference)
    if case is None:
        raise Http404
    policy.check(request.user, "view_audit", case)
    events = Paginator(selectors.audit_for_case(case=case), 50).get_page(_page_number(request))
    return render(request, "cases/audit.html", {"events": events, "case": case, "nav": "audit"})


@staff_required
def audit_user(request, username: str):
    policy.check(request.user, "view_audit")
    subject = get_object_or_404(get_user_model(), username=username)
    events = Paginator(selectors.audit_for_user(user=subject), 50).get_page(_page_number(request))
    return render(request, "cases/audit.html", {"events": events, "subject": subject, "nav": "audit"})


@staff_required
def audit_index(request):
    policy.check(request.user, "view_audit")
    reference = request.GET.get("sag", "").strip()
    username = request.GET.get("bruger", "").strip()
    if reference:
        return redirect("cases:audit_case", reference=reference)
    if username:
        return redirect("cases:audit_user", username=username)
    return render(request, "cases/audit_index.html", {
        "users": get_user_model().objects.order_by("username"), "nav": "audit",
    })
