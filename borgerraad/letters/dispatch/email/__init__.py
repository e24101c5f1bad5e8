"""E-mail through Django's mailer (SMTP in production).

E-mail is not secure (DOMAIN.md §5): the subject and text say only that there is a letter from the
office, never a name, a CPR number or the case. The PDF goes along only when the office allows it
(``Office.email_pdf_allowed``). The Message-ID is derived from the dispatch key, so a receiving
system can recognise a resend after a crash as the same message.

Letters to a department (høringsbrev, rykker) are useless without the letter itself: they go to the
department's mailbox with the PDF when that mailbox is in the municipality's own mail system
(``Office.internal_mail_domains``, secure internal mail); to any other address only if the office
allows PDFs by e-mail at all, and otherwise the channel refuses them (``problem``) before sending.
The text names only the case's reference number, as the høring reminders do.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from borgerraad.core.selectors import office_get
from borgerraad.letters.dispatch.base import Channel, DispatchError, Outgoing, Receipt
from borgerraad.letters.models import DEPARTMENT_KINDS


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


def department_notification_text(*, office, reference: str) -> tuple[str, str]:
    subject = _("Brev fra %(office)s i sag %(reference)s") % {"office": office.name, "reference": reference}
    body = _(
        "%(office)s sender jer det vedhæftede brev i sag %(reference)s.\n\n"
        "Svar venligst via sikker post, og oplys sagens referencenummer."
    ) % {"office": office.name, "reference": reference}
    body += "\n\n" + _("Venlig hilsen\n%(office)s\n%(address)s") % {
        "office": office.name, "address": office.address_line,
    }
    return subject, body


class EmailChannel(Channel):
    name = "email"
    label = "E-mail"

    @staticmethod
    def _pdf_allowed(letter, office) -> bool:
        if office is None:
            return False
        if letter.kind in DEPARTMENT_KINDS and office.is_internal_mail(letter.recipient_email):
            return True
        return bool(office.email_pdf_allowed)

    def problem(self, letter) -> str:
        if not letter.recipient_email:
            return _("Modtageren har ingen e-mailadresse.")
        if letter.kind in DEPARTMENT_KINDS and not self._pdf_allowed(letter, office_get()):
            return _(
                "%(address)s er ikke i kommunens interne maildomæner, så brevet kan ikke sendes sikkert med "
                "e-mail. Ret modtageren, eller få en leder til at tilføje domænet under Admin → Kontor."
            ) % {"address": letter.recipient_email}
        return ""

    def send(self, outgoing: Outgoing) -> Receipt:
        letter, office = outgoing.letter, outgoing.office
        with_pdf = self._pdf_allowed(letter, office)
        with translation.override(letter.language):
            if letter.kind in DEPARTMENT_KINDS:
                if not with_pdf:
                    raise DispatchError("department_needs_secure_mail")
                subject, body = department_notification_text(office=office, reference=letter.case.reference)
            else:
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
            raise DispatchError("smtp_unreachable", error=type(error).__name__) from error
        if not sent:
            raise DispatchError("smtp_refused")
        return Receipt(external_id=message_id, confirmed=True)
