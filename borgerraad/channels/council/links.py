"""The council's links from lower apps' pages: the council page's sign-in and referral form
(``core.links``), and the council members' own front page after sign-in (``accounts.navigation``)."""

from __future__ import annotations

from urllib.parse import quote

from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.core.links import PageLink
from borgerraad.core.selectors import office_get


def council_page_links() -> list[PageLink]:
    office = office_get()
    council = (office.council_name if office else "") or "Borgerrepræsentationen"
    sign_in = f"{reverse('accounts:login')}?next={quote(reverse('council:referrals'))}"
    return [
        PageLink(_("Log ind som medlem af %(council)s") % {"council": council}, sign_in),
        PageLink(_("Henvis en borger med formularen"), reverse("council:referral_new")),
    ]


def council_members_home() -> str:
    """Where a council member lands after sign-in: their referrals (``accounts.navigation.role_home``)."""
    return reverse("council:referrals")
