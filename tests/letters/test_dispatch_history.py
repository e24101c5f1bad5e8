"""Forsendelser keeps the history of what was sent, and a letter confirmed sent offers no second sending.

Rasmus posts Bo's kvittering in the print run and confirms it; the conclusion letter goes by e-mail
and the mail server accepts it. Rikke's restricted letter, also sent, stays out of Rasmus's history.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from borgerraad.letters import services
from tests.accounts.helpers import login_verified
from tests.cases.conftest import rikke  # noqa: F401
from tests.letters.test_dispatch_overview import dispatched, restricted_case  # noqa: F401

pytestmark = pytest.mark.django_db

OVERVIEW = reverse("letters:dispatches")


def test_the_history_lists_what_was_sent_with_when_and_by_whom(client, rasmus, rikke, concluded_case,  # noqa: F811
                                                               restricted_case):  # noqa: F811
    rasmus.first_name, rasmus.last_name = "Rasmus", "Rådgiver"
    rasmus.save()
    printed = dispatched(concluded_case, rasmus, kind="kvittering", channel="print")
    login_verified(client, rasmus)
    html = client.get(OVERVIEW).content.decode()
    assert "Der er ikke sendt nogen breve endnu." in html
    client.post(reverse("letters:print_run_confirm"), {"forsendelse": [printed.pk]})
    emailed = dispatched(concluded_case, rasmus, kind="afslutning", channel="email")
    hidden = dispatched(restricted_case, rikke, kind="kvittering", channel="print")
    services.dispatch_confirm(dispatch=hidden, by=rikke)

    html = client.get(OVERVIEW).content.decode()
    history = html[html.index('id="sendt"'):]
    rows = history.split("<tr>")[2:]
    assert len(rows) == 2  # newest first: the e-mail, then the print run
    assert "Afslutning med udfald" in rows[0] and "E-mail" in rows[0] and "Kanalen (automatisk)" in rows[0]
    assert "Kvittering" in rows[1] and "Rasmus Rådgiver" in rows[1]
    assert emailed.letter.case.reference in rows[0] and "Karen Fortrolig" not in history
    assert "Printkøen er tom." in html  # the confirmed letter left the queue for the history


def test_a_confirmed_letter_offers_no_send_form_and_refuses_a_second_channel(client, rasmus, concluded_case):
    dispatch = dispatched(concluded_case, rasmus, kind="afslutning", channel="email")
    letter = dispatch.letter
    login_verified(client, rasmus)
    page = client.get(reverse("letters:detail", args=[concluded_case.reference, letter.pk])).content.decode()
    assert "Send brevet</button>" not in page
    assert "Brevet er sendt med E-mail og bekræftet" in page
    response = client.post(reverse("letters:send", args=[concluded_case.reference, letter.pk]),
                           {"channel": "print"})
    assert response.status_code == 400
    assert "Brevet er allerede sendt med E-mail den" in response.content.decode()
    assert list(letter.dispatches.values_list("channel", flat=True)) == ["email"]
    with pytest.raises(ValidationError, match="allerede sendt"):
        services.letter_send(letter=letter, by=rasmus, channel="digital_post")


def test_a_letter_on_its_way_in_the_print_run_offers_no_second_channel(client, rasmus, concluded_case):
    dispatch = dispatched(concluded_case, rasmus, kind="afslutning", channel="print")
    letter = dispatch.letter
    assert dispatch.status == "handed_over"
    login_verified(client, rasmus)
    page = client.get(reverse("letters:detail", args=[concluded_case.reference, letter.pk])).content.decode()
    assert "Send brevet</button>" not in page
    assert "Brevet er på vej med Fysisk post. Det tæller som sendt, når forsendelsen er bekræftet." in page
    response = client.post(reverse("letters:send", args=[concluded_case.reference, letter.pk]),
                           {"channel": "email"})
    assert response.status_code == 400
    assert "Brevet er allerede på vej med Fysisk post og venter på bekræftelse." in response.content.decode()
    assert list(letter.dispatches.values_list("channel", flat=True)) == ["print"]
    assert services.letter_send(letter=letter, by=rasmus, channel="print") == dispatch  # the same one, once
