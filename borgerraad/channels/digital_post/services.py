"""Writes of the Digital Post channel: one incoming MeMo message in, a henvendelse or a case reply.

Rules:

- Exactly-once through ``channels.services.inbound_register``, keyed on the content hash and the
  message's ``messageUUID``.
- A message whose ``ReplyData/caseID`` (or ``CaseID``) is one of our reference numbers joins that
  henvendelse and its case journal; any other message is a new henvendelse, channel ``digital_post``.
- The sender's CPR number (``idType`` CPR) is kept in the henvendelse's encrypted CPR field and the
  citizen is answered by Digital Post; a CVR sender is registered as a business.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from borgerraad.channels.digital_post.memo import memo_parse
from borgerraad.channels.models import InboundMessage
from borgerraad.channels.services import Inbound, InboundFile, inbound_register
from borgerraad.intake.models import Channel, Henvendelse
from borgerraad.intake.services import HenvendelseData


def digital_post_reply_target(*, case_ids: list[str]) -> Henvendelse | None:
    for case_id in case_ids:
        henvendelse = Henvendelse.objects.filter(reference=case_id.strip().upper()).first()
        if henvendelse is not None:
            return henvendelse
    return None


def digital_post_receive(*, xml: bytes) -> InboundMessage | None:
    """Register one MeMo message exactly once (``MemoError`` if invalid); ``None`` when seen before."""
    memo = memo_parse(xml)
    reply_to = digital_post_reply_target(case_ids=memo.referenced_case_ids)
    inbound = Inbound(
        channel=Channel.DIGITAL_POST, raw=xml, raw_extension=".xml", message_id=memo.message_uuid,
        sender=f"{memo.sender_id_type}:{memo.sender_label or '-'}", subject=memo.label, text=memo.text,
        files=[InboundFile(f.filename or "dokument", f.content) for f in memo.files],
    )
    submitted = None
    if reply_to is None:
        business = memo.sender_id_type == "CVR"
        digits = memo.sender_id.replace("-", "") if memo.sender_id.replace("-", "").isdigit() else ""
        submitted = HenvendelseData(
            name=(memo.sender_label or _("Afsender via Digital Post"))[:200],
            description=memo.text or _("(Beskeden havde ingen tekst; se bilagene.)"),
            submitter_kind="business" if business else "citizen",
            company_name=(memo.sender_label if business else "")[:200],
            cvr=digits if business and len(digits) == 8 else "",
            cpr=digits if memo.sender_id_type == "CPR" and len(digits) == 10 else "",
            preferred_channel="digital_post",
        )
    return inbound_register(inbound=inbound, submitted=submitted, reply_to=reply_to)
