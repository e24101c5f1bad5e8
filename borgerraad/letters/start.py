"""The letters part of the staff start page (``accounts.start``), registered in ``LettersConfig.ready``.

For users who may work on letters (rådgiver, leder): every dispatch of the cases they may see
that waits for staff — a print run or a Digital Post hand-over to confirm, or a failed dispatch —
the same rows as the Forsendelser page (``selectors.dispatch_overview``).
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts.start import ActionItem, StartContribution
from borgerraad.letters.policies import may_work_on_letters
from borgerraad.letters.selectors import dispatch_overview


def start_contribution(*, user, today: dt.date) -> StartContribution:
    if not may_work_on_letters(user):
        return StartContribution()
    overview = dispatch_overview(user=user)
    url = reverse("letters:dispatches")
    groups = [
        ("print_run", _("Brev i printkørslen venter på bekræftelse"), overview.print_run),
        ("outbox", _("Brev til Digital Post venter på bekræftelse"), overview.outbox),
        ("dispatch_failed", _("Forsendelse af brev fejlet"), overview.failed),
    ]
    return StartContribution(actions=[
        ActionItem(kind=kind, label=label, subject=dispatch.letter.case.reference, url=url,
                   detail=f"{dispatch.letter.get_kind_display()} · {dispatch.get_status_display()}")
        for kind, label, dispatches in groups for dispatch in dispatches
    ])
