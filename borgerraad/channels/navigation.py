"""*Fejlet post* on the start page: how many e-mails could not be registered, for those who may see them."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import ngettext

from borgerraad.accounts.navigation import START, StaffLink
from borgerraad.channels.email.policies import failed_mail_policy


def staff_links(*, user, place: str) -> list[StaffLink]:
    if place != START or not failed_mail_policy.can(user, "view"):
        return []
    failed = failed_mail_policy.visible(user).count()
    if not failed:
        return []
    label = ngettext("Fejlet post: %(counter)s e-mail kunne ikke registreres",
                     "Fejlet post: %(counter)s e-mails kunne ikke registreres", failed) % {"counter": failed}
    return [StaffLink("failed_mail", label, reverse("email_channel:failed_mail"), 55, places=frozenset({START}))]
