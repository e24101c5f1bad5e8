"""Pages for council members (borgerrepræsentanter): refer a citizen, see the status of own referrals.

Access is decided by ``council.policies.referral_policy``; these pages never show a case's contents.
"""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from borgerraad.accounts.selectors import user_is_verified
from borgerraad.channels.council.forms import ReferralForm
from borgerraad.channels.council.policies import CREATE, VIEW, referral_policy
from borgerraad.channels.council.selectors import referral_list
from borgerraad.channels.council.services import ReferralData, referral_create
from borgerraad.channels.services import InboundFile


def _member_gate(request, action: str):
    user = request.user
    if not (user.is_authenticated and user_is_verified(user)):
        return redirect_to_login(request.get_full_path())
    if not referral_policy.can(user, action):
        raise PermissionDenied
    return None


@never_cache
def referrals(request):
    if (gate := _member_gate(request, VIEW)) is not None:
        return gate
    return render(request, "channels/council/referrals.html", {"rows": referral_list(user=request.user)})


@never_cache
def referral_new(request):
    if (gate := _member_gate(request, CREATE)) is not None:
        return gate
    form = ReferralForm(request.POST or None, request.FILES or None, initial={"token": uuid.uuid4().hex})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        files = [InboundFile(upload.name, upload.read()) for upload in data["files"]]
        try:
            referral = referral_create(
                member=request.user, token=data["token"], files=files,
                data=ReferralData(
                    name=data["name"], description=data["description"], email=data["email"], phone=data["phone"],
                    address=data["address"], citizen_consented=data["citizen_consented"],
                    consent_to_share=data["consent_to_share"],
                ),
            )
        except ValidationError as error:
            form.add_error("files", error)
        else:
            messages.success(request, _("Tak. Henvendelsen er modtaget med referencenummer %(reference)s.")
                             % {"reference": referral.henvendelse.reference})
            return redirect("council:referrals")
    return render(request, "channels/council/referral_form.html", {"form": form})
