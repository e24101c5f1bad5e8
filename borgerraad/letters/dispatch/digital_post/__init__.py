"""Digital Post: the letter as a MeMo message, sent by SF1601 or dropped in an outbox.

With ``BORGERRAAD_SF1601_URL`` set, the message goes to KOMBIT Serviceplatformen's
``KombiPostAfsend`` (``sf1601.py``) and is sent when the service answers with success. Without it,
the message is written to ``LETTERS_DIR/digital-post-outbox/<dispatch uuid>.xml`` for the
municipality's own integration to pick up (``outbox.py``); that is a hand-over, not a
confirmation: staff confirm the dispatch when the integration has delivered it.
The notification holds no personal data (DOMAIN.md §5).
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from borgerraad.letters.dispatch.base import Channel, DispatchError, Outgoing, Receipt
from borgerraad.letters.dispatch.digital_post import outbox, sf1601
from borgerraad.letters.memo import MemoMessage, memo_build


def memo_for(outgoing: Outgoing, *, version: str | None = None) -> bytes:
    letter, office = outgoing.letter, outgoing.office
    with translation.override(letter.language):
        label = _("Brev fra %(office)s") % {"office": office.name}
        notification = _("Du har fået et brev fra %(office)s.") % {"office": office.name}
    return memo_build(MemoMessage(
        message_uuid=outgoing.key,
        sender_cvr=office.municipality_cvr,
        sender_label=f"{office.name}, {office.municipality}",
        recipient_id=letter.recipient_id,
        recipient_id_type=letter.recipient_id_type,
        label=label,
        notification=notification,
        case_reference=letter.case.reference,
        pdf=outgoing.pdf,
        filename=f"brev-{letter.case.reference}.pdf",
        language=letter.language,
        created=letter.finalised_at or timezone.now(),
    ), version=version or settings.LETTERS_MEMO_VERSION)


class DigitalPostChannel(Channel):
    name = "digital_post"
    label = "Digital Post"

    def problem(self, letter) -> str:
        if not letter.recipient_id or letter.recipient_id_type not in ("CPR", "CVR"):
            return _("Digital Post kræver modtagerens CPR- eller CVR-nummer.")
        return ""

    def send(self, outgoing: Outgoing) -> Receipt:
        if not outgoing.office.municipality_cvr:
            raise DispatchError("no_sender_cvr")
        xml = memo_for(outgoing)
        if settings.LETTERS_SF1601_URL:
            return sf1601.SF1601Client.from_settings().send(memo=xml, message_uuid=outgoing.key)
        return outbox.drop(memo=xml, key=outgoing.key)
