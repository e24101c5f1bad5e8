"""``/medarbejder/sager/<reference>/eksport/``: the whole case as one PDF (``case_export.py``).

For users who may read the case's contents (``CasePolicy``: 404 outside ``visible()``, 403 for
the sekretær); served as a download named by the reference only, never cached (core middleware),
and logged in the audit log as an export of the case.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from borgerraad.accounts.decorators import staff_required
from borgerraad.cases import selectors as case_selectors
from borgerraad.cases.policies import VIEW_CONTENTS, CasePolicy
from borgerraad.letters.case_export import case_export_pdf
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record


@staff_required
@require_GET
def case_export(request, reference: str):
    case = case_selectors.case_for_work(user=request.user, reference=reference)
    if case is None:
        raise Http404
    if not CasePolicy().can(request.user, VIEW_CONTENTS, case):
        raise PermissionDenied
    pdf = case_export_pdf(case=case, by=request.user, language="en" if get_language() == "en" else "da")
    audit_record(user=request.user, action=AuditAction.EXPORT, obj=case, detail="whole case as PDF")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sag-{case.reference}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
