"""The case file pages: documents of a case, corrections of a henvendelse, related henvendelser.

Like every casework view: behind ``staff_required``; a case or henvendelse outside the user's
``visible()`` is 404, a visible one the user may not read or work on is 403. Opening a page is
logged as a read of the case (``selectors.case_get``) or the henvendelse. Views parse forms, call
the services and redirect after a successful POST; a refused POST shows the page again with
everything typed and the reason in the error summary.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from borgerraad.accounts.decorators import staff_required
from borgerraad.cases import forms_casefile, selectors, selectors_casefile, services_casefile
from borgerraad.cases.models import Case
from borgerraad.cases.policies import VIEW_CONTENTS, CasePolicy
from borgerraad.cases.views import _case_for_work, _henvendelse_or_404, _messages_of
from borgerraad.core.calendar import local_today
from borgerraad.intake.policies import VIEW_CONTENTS as HENVENDELSE_CONTENTS
from borgerraad.intake.policies import henvendelse_policy
from borgerraad.intake.services import HenvendelseCorrectionInput, henvendelse_correct
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

policy = CasePolicy()


def _case_to_read(request, reference: str) -> Case:
    """The case for a page of its contents: 404 if not visible, 403 without contents; the read is logged."""
    try:
        case = selectors.case_get(user=request.user, reference=reference)
    except PermissionDenied:
        raise Http404 from None
    policy.check(request.user, VIEW_CONTENTS, case)
    return case


# --- Documents -------------------------------------------------------------------------------------------


@staff_required
def case_documents(request, reference: str):
    """The documents added to the case, and (for those who work on it) the form to add one."""
    if request.method == "POST":
        case = _case_for_work(request, reference, "change")
    else:
        case = _case_to_read(request, reference)
    can_work = policy.can(request.user, "change", case)
    today = local_today()
    form = forms_casefile.DocumentForm(initial={"received_on": today})
    errors: list[str] = []
    if request.method == "POST":
        form = forms_casefile.DocumentForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                document = services_casefile.document_add(
                    case=case, upload=data["file"], kind=data["kind"], received_on=data["received_on"],
                    by=request.user,
                )
            except ValidationError as error:
                errors = _messages_of(error)
            else:
                messages.success(request, _("Dokumentet “%(name)s” er tilføjet sagen. %(text)s") % {
                    "name": document.attachment.name_masked, "text": document.get_text_status_display(),
                })
                return redirect("cases:documents", reference=case.reference)
    return render(request, "cases/documents.html", {
        "case": case, "documents": selectors_casefile.case_documents(case=case), "form": form, "errors": errors,
        "can_work": can_work, "nav": "inbox",
    })


# --- Corrections -----------------------------------------------------------------------------------------


def _may_correct(request, henvendelse) -> bool:
    case = getattr(henvendelse, "case", None)
    if case is not None:
        return policy.can(request.user, VIEW_CONTENTS, case) and policy.can(request.user, "change", case)
    return henvendelse_policy.can(request.user, HENVENDELSE_CONTENTS, henvendelse) and policy.can(
        request.user, "change")


def _in_a_sentence(label: str) -> str:
    """A field's label inside a sentence: "Navn" becomes "navn", an abbreviation ("CPR-nummer") stays."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


@staff_required
def henvendelse_correct_view(request, reference: str):
    """Correct name, address, CPR number, preferred channel, department and unit, with a reason."""
    henvendelse = _henvendelse_or_404(request, reference)
    if not _may_correct(request, henvendelse):
        raise PermissionDenied
    case = getattr(henvendelse, "case", None)
    masked = henvendelse.cpr_masked
    initial = {
        "name": henvendelse.name, "address": henvendelse.address, "preferred_channel": henvendelse.preferred_channel,
        "department": henvendelse.department_id, "unit": henvendelse.unit,
    }
    form = forms_casefile.CorrectionForm(request.POST or None, initial=initial, current_cpr_masked=masked)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        cpr = "" if data.get("cpr_remove") else (data["cpr"] or henvendelse.cpr)
        try:
            rows = henvendelse_correct(henvendelse=henvendelse, by=request.user, corrected=HenvendelseCorrectionInput(
                name=data["name"], address=data["address"], cpr=cpr, preferred_channel=data["preferred_channel"],
                department=data["department"], unit=data["unit"], reason=data["reason"],
            ))
        except ValidationError as error:
            errors = _messages_of(error)
        else:
            messages.success(request, _("Oplysningerne er rettet: %(fields)s.") % {
                "fields": ", ".join(_in_a_sentence(str(row.get_field_display())) for row in rows),
            })
            return redirect("cases:correct", reference=henvendelse.reference)
    if request.method == "GET":
        audit_record(user=request.user, action=AuditAction.VIEW, obj=henvendelse, detail="rettelser")
    return render(request, "cases/correct.html", {
        "henvendelse": henvendelse, "case": case, "form": form, "errors": errors,
        "corrections": selectors_casefile.henvendelse_corrections(henvendelse=henvendelse), "nav": "inbox",
    })


# --- Related henvendelser and merged duplicates ---------------------------------------------------------------


def _related_page(request, case: Case, *, errors=None, link_form=None, merge_form=None):
    return render(request, "cases/related.html", {
        "case": case, "henvendelse": case.henvendelse, **selectors_casefile.case_related(user=request.user, case=case),
        "can_work": policy.can(request.user, "change", case), "errors": errors or [],
        "failed_form": link_form or merge_form,
        "link_form": link_form or forms_casefile.ReferenceForm(prefix="knyt"),
        "merge_form": merge_form or forms_casefile.ReferenceForm(prefix="dublet"),
        "nav": "inbox",
    })


@staff_required
def case_related(request, reference: str):
    """The citizen's other henvendelser (by CPR number, e-mail, or name and address), links and merges."""
    return _related_page(request, _case_to_read(request, reference))


def _other_henvendelse(request, reference: str):
    """The henvendelse named in the form, if the user may see and work on it; else a ValidationError."""
    other = selectors.henvendelse_for_staff(user=request.user, reference=reference)
    if other is None or not _may_correct(request, other):
        raise ValidationError(
            _("Der er ingen henvendelse %(reference)s, du har adgang til.") % {"reference": reference},
        )
    return other


@staff_required
@require_POST
def case_link(request, reference: str):
    case = _case_for_work(request, reference, "change")
    form = forms_casefile.ReferenceForm(request.POST, prefix="knyt")
    if not form.is_valid():
        return _related_page(request, case, link_form=form)
    try:
        other = _other_henvendelse(request, form.cleaned_data["reference"])
        services_casefile.henvendelse_link(case=case, other=other, by=request.user)
    except ValidationError as error:
        return _related_page(request, case, errors=_messages_of(error), link_form=form)
    messages.success(request, _("%(reference)s er knyttet til sagen som relateret.") % {"reference": other.reference})
    return redirect(reverse("cases:related", args=[case.reference]))


@staff_required
@require_POST
def case_merge(request, reference: str):
    case = _case_for_work(request, reference, "change")
    form = forms_casefile.ReferenceForm(request.POST, prefix="dublet")
    if not form.is_valid():
        return _related_page(request, case, merge_form=form)
    try:
        other = _other_henvendelse(request, form.cleaned_data["reference"])
        services_casefile.case_merge(
            duplicate=other, original=case, by=request.user, reason=form.cleaned_data["reason"],
        )
    except ValidationError as error:
        return _related_page(request, case, errors=_messages_of(error), merge_form=form)
    messages.success(request, _("%(reference)s er lagt sammen med denne sag som dublet. Intet er slettet.")
                     % {"reference": other.reference})
    return redirect(reverse("cases:related", args=[case.reference]))
