"""The letters part of the staff start page (``accounts.start``), registered in ``LettersConfig.ready``.

For users who may work on letters (rådgiver, leder): the dispatches of the cases they may see
that wait for staff — a print run or a Digital Post hand-over to confirm, or a failed dispatch —
the same rows as the Forsendelser page (``selectors.dispatches_waiting``): the first
``ACTIONS_PER_KIND`` of each, and how many there are.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts import start
from borgerraad.accounts.start import ActionItem, KindCount, StartContribution
from borgerraad.letters.policies import may_work_on_letters
from borgerraad.letters.selectors import dispatches_waiting


def start_contribution(*, user, today: dt.date) -> StartContribution:
    if not may_work_on_letters(user):
        return StartContribution()
    waiting = dispatches_waiting(user=user, limit=start.ACTIONS_PER_KIND)
    url = reverse("letters:dispatches")
    labels = {
        "print_run": _("Brev i printkørslen venter på bekræftelse"),
        "outbox": _("Brev til Digital Post venter på bekræftelse"),
        "dispatch_failed": _("Forsendelse af brev fejlet"),
    }
    return StartContribution(
        actions=[
            ActionItem(kind=kind, label=labels[kind], subject=dispatch.letter.case.reference, url=url,
                       detail=f"{dispatch.letter.get_kind_display()} · {dispatch.get_status_display()}")
            for kind, (dispatches, _count) in waiting.items() for dispatch in dispatches
        ],
        counts=[KindCount(kind, labels[kind], count, 0, url) for kind, (_dispatches, count) in waiting.items()],
    )
