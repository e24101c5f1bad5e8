"""The council page's links (``core.links``): sign in as a council member, and the referral form."""

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
