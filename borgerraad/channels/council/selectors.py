"""Reads for council members: their referrals with a status and nothing of the case's contents.

The member sees three states (received, under behandling, afsluttet) with their dates, drawn by the
same timeline as the citizen's "Mine sager" (``cases/includes/timeline.html``). The case's text, documents and
decisions stay with the office unless the citizen consented to share more (``consent_to_share``), and
then only what the citizen wrote in the referral.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from borgerraad.cases.models import CaseStatus
from borgerraad.cases.selectors import Timeline, TimelineStep
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
    timeline: Timeline  # the three states with their dates, drawn by the citizens' timeline (cases/includes)


def referral_status(referral: Referral) -> str:
    case = getattr(referral.henvendelse, "case", None)
    if case is None:
        return RECEIVED
    if case.status == CaseStatus.AFSLUTTET:
        return CLOSED
    return IN_PROGRESS


def referral_timeline(referral: Referral) -> Timeline:
    """Received, under behandling, afsluttet: the dates the case reached each, nothing of its contents."""
    henvendelse = referral.henvendelse
    steps = [TimelineStep("received", str(RECEIVED), henvendelse.received_at)]
    case = getattr(henvendelse, "case", None)
    if case is not None:
        steps.append(TimelineStep("working", str(IN_PROGRESS), case.created_at))
        if case.status == CaseStatus.AFSLUTTET:
            steps.append(TimelineStep("closed", str(CLOSED), case.closed_at or case.updated_at))
    last = steps[-1]
    steps[-1] = TimelineStep(last.key, last.label, last.at, True)
    return Timeline(steps)


def referral_list(*, user) -> list[ReferralRow]:
    referrals = referral_policy.visible(user).select_related("henvendelse", "henvendelse__case")
    return [
        ReferralRow(
            referral=referral, reference=referral.henvendelse.reference, name=referral.henvendelse.name,
            status=referral_status(referral),
            shared_text=referral.henvendelse.description_masked if referral.consent_to_share else "",
            timeline=referral_timeline(referral),
        )
        for referral in referrals
    ]
