"""Reads for council members: their referrals with a status and nothing of the case's contents.

The member sees three states (received, under behandling, afsluttet). The case's text, documents and
decisions stay with the office unless the citizen consented to share more (``consent_to_share``), and
then only what the citizen wrote in the referral.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from borgerraad.cases.models import CaseStatus
from borgerraad.channels.council.policies import referral_policy
from borgerraad.channels.models import Referral

RECEIVED = _("Modtaget")
IN_PROGRESS = _("Under behandling")
CLOSED = _("Afsluttet")


@dataclass(frozen=True)
class ReferralRow:
    referral: Referral
    reference: str
    name: str
    status: str
    shared_text: str  # empty unless the citizen consented to share


def referral_status(referral: Referral) -> str:
    case = getattr(referral.henvendelse, "case", None)
    if case is None:
        return RECEIVED
    if case.status == CaseStatus.AFSLUTTET:
        return CLOSED
    return IN_PROGRESS


def referral_list(*, user) -> list[ReferralRow]:
    referrals = referral_policy.visible(user).select_related("henvendelse", "henvendelse__case")
    return [
        ReferralRow(
            referral=referral, reference=referral.henvendelse.reference, name=referral.henvendelse.name,
            status=referral_status(referral),
            shared_text=referral.henvendelse.description_masked if referral.consent_to_share else "",
        )
        for referral in referrals
    ]
