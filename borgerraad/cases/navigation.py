"""The casework links in the staff menu and on the start page (``accounts.navigation``), per ``CasePolicy``."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.accounts.navigation import MENU, StaffLink
from borgerraad.cases.policies import CasePolicy


def staff_links(*, user, place: str) -> list[StaffLink]:
    policy = CasePolicy()
    links = []
    if policy.can(user, "view"):
        links += [
            StaffLink("inbox", _("Indbakke"), reverse("cases:inbox"), 10),
            StaffLink("search", _("Søg"), reverse("cases:search"), 30),
            StaffLink("deadlines", _("Frister"), reverse("cases:deadlines"), 40),
        ]
    if policy.can(user, "register"):
        links.append(StaffLink("register", _("Registrér henvendelse"), reverse("cases:register"), 20))
    if policy.can(user, "view_audit"):
        links.append(StaffLink("audit", _("Adgangslog"), reverse("cases:audit"), 60, places=frozenset({MENU})))
    return links
