"""Staff pages of the e-mail channel: the e-mails that could not be registered, and their raw copies.

Access through ``policies.failed_mail_policy``; every download of a raw message is in the audit log.
"""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from borgerraad.accounts.decorators import staff_required
from borgerraad.channels.email.policies import DOWNLOAD, failed_mail_policy
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record


@never_cache
@staff_required
def failed_mail_list(request):
    failed_mail_policy.check(request.user, "view")
    rows = list(failed_mail_policy.visible(request.user)[:200])
    return render(request, "channels/email/failed_mail.html", {
        "rows": rows, "count": failed_mail_policy.visible(request.user).count(),
    })


@never_cache
@staff_required
def failed_mail_download(request, pk: int):
    failure = failed_mail_policy.visible(request.user).filter(pk=pk).first()
    if failure is None:
        raise Http404
    failed_mail_policy.check(request.user, DOWNLOAD, failure)
    try:
        handle = failure.raw_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    audit_record(user=request.user, action=AuditAction.DOWNLOAD, obj=failure, detail="raw e-mail")
    return FileResponse(handle, as_attachment=True, filename=f"fejlet-post-{failure.pk}.eml",
                        content_type="message/rfc822")
