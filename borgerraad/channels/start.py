"""The channels part of the staff start page (``accounts.start``), registered in ``ChannelsConfig.ready``.

E-mails that could not be registered, for those who may see them (``failed_mail_policy``:
rådgiver and leder), so someone reads them and registers the henvendelse by hand.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts.start import ActionItem, StartContribution
from borgerraad.channels.email.policies import failed_mail_policy


def start_contribution(*, user, today: dt.date) -> StartContribution:
    if not failed_mail_policy.can(user, "view"):
        return StartContribution()
    url = reverse("email_channel:failed_mail")
    return StartContribution(actions=[
        ActionItem(kind="failed_mail", label=_("E-mail kunne ikke registreres"),
                   subject=_("E-mail modtaget %(date)s") % {"date": f"{failed.first_failed_at:%d.%m.%Y}"},
                   url=url, detail=_("%(attempts)d forsøg") % {"attempts": failed.attempts})
        for failed in failed_mail_policy.visible(user).only("pk", "first_failed_at", "attempts")
    ])
