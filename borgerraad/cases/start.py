"""The cases part of the staff start page (``accounts.start``), registered in ``CasesConfig.ready``.

- Who may list cases sees how many henvendelser wait in the inbox.
- Who may read case contents (rådgiver, leder) sees their own open cases with status and next
  deadline, and as action items: acknowledgements due or overdue, høringer past their deadline,
  forwarded points whose follow-up is due, and own targets passed. Henstilling follow-ups come
  from the register in insights, which knows whether the department has answered.
- The leader (``WORKLOAD``) also sees every advisor's open, new and overdue cases, the cases
  without an advisor and the henvendelser without a case.

Each kind lists its first ``ACTIONS_PER_KIND`` items and is counted up to ``COUNT_CAP``
(``selectors.deadlines_of_kinds``), so the page costs the same for 50 open cases or 50,000; the
Frister page lists each kind page by page. An advisor's høringer and follow-ups are read from the
advisor stored on them (``Hoering.advisor``, ``Klagepunkt.open_case_advisor``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from django.urls import reverse

from borgerraad.accounts import start
from borgerraad.accounts.policies import VIEW
from borgerraad.accounts.start import ActionItem, KindCount, StartContribution, StartPanel
from borgerraad.cases import selectors
from borgerraad.cases.models import CaseStatus
from borgerraad.cases.policies import VIEW_CONTENTS, WORKLOAD, CasePolicy
from borgerraad.cases.templatetags.casework import DEADLINE_KINDS

# Deadlines that make an action item while still ahead (the rest only once passed).
_DUE_SOON_KINDS = ("acknowledgement", "forward_follow_up")
_OVERDUE_KINDS = ("acknowledgement", "forward_follow_up", "hoering", "target")


def case_url_of() -> Callable[[str], str]:
    """The case page's address of a reference: from one reversed prefix (not ``reverse`` per row); a reference
    with a character an address would quote is reversed as it is."""
    prefix, suffix = reverse("cases:case", args=[_MARK]).split(_MARK)

    def url(reference: str) -> str:
        if _PLAIN.fullmatch(reference):
            return f"{prefix}{reference}{suffix}"
        return reverse("cases:case", args=[reference])

    return url


_MARK = "REFERENCE"
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")  # never quoted by reverse (nor "." / "..")


def _actions(*, user, today: dt.date) -> tuple[list[ActionItem], list[KindCount]]:
    horizon = selectors.due_soon_until(today)
    yesterday = today - dt.timedelta(days=1)
    until = {kind: horizon if kind in _DUE_SOON_KINDS else yesterday for kind in _OVERDUE_KINDS}
    kinds = selectors.deadlines_of_kinds(user=user, advisor=user, today=today, until=until,
                                         limit=start.ACTIONS_PER_KIND, cap=start.COUNT_CAP)
    url = reverse("cases:deadlines")
    case_url = case_url_of()
    # Each label translated once per page, not once per item (up to 50 items of each kind); the rows are
    # values, so an item is a few string joins.
    kind_labels = {kind.kind: str(DEADLINE_KINDS[kind.kind]) for kind in kinds}
    status_labels = {value: str(label) for value, label in CaseStatus.choices}
    items = [
        ActionItem(kind=kind.kind, label=kind_labels[kind.kind], subject=row.reference,
                   url=case_url(row.reference) + "#frister", due=row.due,
                   detail=status_labels.get(row.status, row.status))
        for kind in kinds for row in kind.rows
    ]
    counts = [KindCount(kind.kind, kind_labels[kind.kind], kind.count, kind.overdue, url) for kind in kinds]
    return items, counts


def start_contribution(*, user, today: dt.date) -> StartContribution:
    policy = CasePolicy()
    result = StartContribution()
    if not policy.can(user, VIEW):
        return result
    result.panels.append(StartPanel(0, "cases/start/inbox.html", {"inbox_count": selectors.inbox_count(user=user)}))
    if policy.can(user, VIEW_CONTENTS):
        result.actions, result.counts = _actions(user=user, today=today)
        my_cases, my_total = selectors.cases_open_of_advisor(user=user, advisor=user, today=today)
        case_url = case_url_of()
        result.panels.append(StartPanel(10, "cases/start/my_cases.html", {
            "my_cases": [(row, case_url(row.reference)) for row in my_cases], "my_total": my_total,
        }))
    if policy.can(user, WORKLOAD):
        unassigned, without_case = selectors.cases_unassigned(user=user)
        result.panels.append(StartPanel(20, "cases/start/workload.html", {
            "workload": selectors.workload_per_advisor(user=user, today=today),
            "unassigned": unassigned, "without_case": without_case,
        }))
    return result
