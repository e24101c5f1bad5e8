"""Writes of the council channel: a member of Borgerrepræsentationen refers a citizen's henvendelse.

Rules:

- The member must confirm that the citizen consented to the referral; without it nothing is stored.
- The henvendelse is registered through ``intake.services.henvendelse_register`` with channel
  ``br_referral`` and a ``Referral`` naming the member, in one transaction. The form's one-time
  token is the submission key, so a double click registers once.
- The citizen's receipt says that a council member referred the case (intake's receipt template).
- Files pass the web form's content checks; the form refuses a file that does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from borgerraad.channels.models import Referral
from borgerraad.channels.services import InboundFile, attachments_checked
from borgerraad.intake.models import Channel
from borgerraad.intake.services import HenvendelseData, henvendelse_register


@dataclass
class ReferralData:
    name: str
    description: str
    citizen_consented: bool
    consent_to_share: bool = False
    email: str = ""
    phone: str = ""
    address: str = ""


def referral_create(*, member, data: ReferralData, token: str, files: list[InboundFile] = ()) -> Referral:
    if not data.citizen_consented:
        raise ValidationError("The citizen must consent to the referral.", code="consent")
    existing = Referral.objects.filter(henvendelse__submission_key=f"br-referral:{token}").first()
    if existing is not None:
        return existing
    stored: list = []
    try:
        with transaction.atomic():
            problems: list[str] = []
            attachments = attachments_checked(list(files), problems)
            stored = [attachment.file for attachment in attachments]
            if problems:
                raise ValidationError(problems, code="attachment")
            henvendelse = henvendelse_register(
                channel=Channel.BR_REFERRAL,
                submitted=HenvendelseData(
                    name=data.name, description=data.description, email=data.email, phone=data.phone,
                    address=data.address, consent=data.consent_to_share,
                    preferred_channel="email" if data.email else ("phone" if data.phone else "letter"),
                ),
                submission_key=f"br-referral:{token}",
                attachments=attachments,
            )
            referral, _ = Referral.objects.get_or_create(
                henvendelse=henvendelse,
                defaults={"member": member, "member_email": member.email, "consent_to_share": data.consent_to_share},
            )
    except BaseException:
        for file in stored:
            file.delete(save=False)
        raise
    return referral
