"""The channels part of the staff start page (``accounts.start``), registered in ``ChannelsConfig.ready``.

E-mails that could not be registered, for those who may see them (``failed_mail_policy``:
rådgiver and leder), so someone reads them and registers the henvendelse by hand: the first
``ACTIONS_PER_KIND`` in the order of the Fejlet post page, which lists them all, and how many there are.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts import start
from borgerraad.accounts.start import ActionItem, KindCount, StartContribution
from borgerraad.channels.email.policies import failed_mail_policy

KIND = "failed_mail"


def start_contribution(*, user, today: dt.date) -> StartContribution:
    if not failed_mail_policy.can(user, "view"):
        return StartContribution()
    url = reverse("email_channel:failed_mail")
    label = _("E-mail kunne ikke registreres")
    failed = failed_mail_policy.visible(user).only("pk", "first_failed_at", "attempts")
    count = start.count_capped(failed)
    return StartContribution(
        actions=[
            ActionItem(kind=KIND, label=label,
                       subject=_("E-mail modtaget %(date)s") % {"date": f"{mail.first_failed_at:%d.%m.%Y}"},
                       url=url, detail=_("%(attempts)d forsøg") % {"attempts": mail.attempts})
            for mail in (failed[:start.ACTIONS_PER_KIND] if count else [])
        ],
        counts=[KindCount(KIND, label, count, 0, url)],
    )
