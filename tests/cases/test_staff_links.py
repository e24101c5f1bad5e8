"""The staff links come from the apps that own the pages (accounts.navigation, cases.hooks.CASE_PAGE):
each role sees in the casework menu and on the start page the links it may follow, the current page
is marked, and the case page still offers the letters' functions without cases naming their URLs."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from borgerraad.channels.models import FailedMail
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db


def _links(html: str, opening: str) -> list[str]:
    """The link texts of the list that follows ``opening`` (up to its closing </ul>)."""
    block = html[html.index(opening):]
    block = block[:block.index("</ul>")]
    return [re.sub(r"<[^>]+>", "", text).strip() for text in re.findall(r"<a [^>]*>(.*?)</a>", block, re.S)]


def _menu(client) -> list[str]:
    return _links(client.get(reverse("cases:inbox")).content.decode(), 'class="casework-nav"')


def _start(client) -> list[str]:
    return _links(client.get(reverse("accounts:home")).content.decode(), 'id="staff-links-heading"')


def test_the_advisor_gets_casework_dispatches_and_own_statistics_but_not_the_audit_log(client, rasmus):
    login_verified(client, rasmus)
    assert _menu(client) == ["Indbakke", "Registrér henvendelse", "Søg", "Frister", "Forsendelser", "Indsigt"]
    assert _start(client) == ["Indbakke", "Registrér henvendelse", "Søg", "Frister", "Forsendelser", "Indsigt"]
    inbox = client.get(reverse("cases:inbox")).content.decode()
    assert f'<a href="{reverse("cases:inbox")}" aria-current="page">Indbakke</a>' in inbox
    assert inbox.count('aria-current="page"') == 1


def test_the_leader_also_gets_the_audit_log_and_the_statistics(client, lene):
    login_verified(client, lene)
    assert _menu(client) == ["Indbakke", "Registrér henvendelse", "Søg", "Frister", "Forsendelser", "Adgangslog",
                             "Indsigt"]
    assert "Adgangslog" not in _start(client)  # the audit log is in the menu only
    assert "Indsigt" in _start(client)
    audit = client.get(reverse("cases:audit")).content.decode()
    assert f'<a href="{reverse("cases:audit")}" aria-current="page">Adgangslog</a>' in audit


def test_the_secretary_gets_no_letters_and_no_statistics(client, sanne):
    login_verified(client, sanne)
    start = _start(client)
    assert "Registrér henvendelse" in start
    assert "Forsendelser" not in start and "Indsigt" not in start


def test_failed_mail_is_on_the_start_page_of_those_who_may_read_it(client, rasmus, sanne):
    now = timezone.now()
    FailedMail.objects.create(sha256="a" * 64, raw_file="fejlet/x.eml", error_kind="UnicodeDecodeError",
                              attempts=3, first_failed_at=now, last_failed_at=now)
    login_verified(client, rasmus)
    home = client.get(reverse("accounts:home")).content.decode()
    assert f'<a href="{reverse("email_channel:failed_mail")}">Fejlet post: 1 e-mail kunne ikke registreres</a>' in home
    assert not any("Fejlet post" in link for link in _menu(client))
    client.logout()
    login_verified(client, sanne)
    assert "Fejlet post" not in client.get(reverse("accounts:home")).content.decode()


def test_the_case_page_offers_the_letters_functions(client, rasmus, visited_case):
    login_verified(client, rasmus)
    page = client.get(reverse("cases:case", args=[visited_case.reference])).content.decode()
    export = reverse("letters:case_export", args=[visited_case.reference])
    assert f'<a class="function-link" href="{export}">Hent hele sagen som PDF</a>' in page
    assert 'id="breve"' in page and "Nyt brev fra skabelon" in page
    assert f'action="{reverse("letters:new", args=[visited_case.reference])}"' in page
