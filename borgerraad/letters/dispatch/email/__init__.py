"""E-mail through Django's mailer (SMTP in production).

E-mail is not secure (DOMAIN.md §5): the subject and text say only that there is a letter from the
office, never a name, a CPR number or the case. The PDF goes along only when the office allows it
(``Office.email_pdf_allowed``). The Message-ID is derived from the dispatch key, so a receiving
system can recognise a resend after a crash as the same message.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from borgerraad.letters.dispatch.base import Channel, DispatchError, Outgoing, Receipt


def notification_text(*, office, with_pdf: bool) -> tuple[str, str]:
    subject = _("Du har fået et brev fra %(office)s") % {"office": office.name}
    if with_pdf:
        body = _("Du har fået et brev fra %(office)s. Brevet er vedhæftet som PDF.")
    else:
        body = _(
            "Du har fået et brev fra %(office)s. Af hensyn til dit privatliv sender vi ikke selve brevet med "
            "e-mail. Ring til os på %(phone)s, hvis du vil have det på en anden måde."
        )
    body = body % {"office": office.name, "phone": office.phone}
    body += "\n\n" + _("Venlig hilsen\n%(office)s\n%(address)s") % {
        "office": office.name, "address": office.address_line,
    }
    return subject, body


class EmailChannel(Channel):
    name = "email"
    label = "E-mail"

    def problem(self, letter) -> str:
        return "" if letter.recipient_email else _("Modtageren har ingen e-mailadresse.")

    def send(self, outgoing: Outgoing) -> Receipt:
        letter, office = outgoing.letter, outgoing.office
        with_pdf = bool(getattr(office, "email_pdf_allowed", False))
        with translation.override(letter.language):
            subject, body = notification_text(office=office, with_pdf=with_pdf)
        domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "borgerraad"
        message_id = f"<{outgoing.key}@{domain}>"
        message = EmailMessage(
            subject=subject, body=body, to=[letter.recipient_email], headers={"Message-ID": message_id},
        )
        if with_pdf:
            message.attach(f"brev-{letter.case.reference}.pdf", outgoing.pdf, "application/pdf")
        try:
            sent = message.send()
        except OSError as error:
            raise DispatchError(f"SMTP: {type(error).__name__}") from error
        if not sent:
            raise DispatchError("The mail server did not accept the message.")
        return Receipt(external_id=message_id, confirmed=True)
