"""The inbox for staff: overdue acknowledgements stand out, each row shows its advisor and the inbox
filters by advisor, and the engine's suggestion is explained to staff (the deciding rule, grounds,
exclusions, bodies), not in the words written to the citizen."""

from __future__ import annotations

import pytest
from django.urls import reverse

from borgerraad.cases.services import case_assign
from tests.accounts.helpers import login_verified

from .conftest import make_case

pytestmark = pytest.mark.django_db

INBOX = reverse("cases:inbox")


def test_overdue_rows_stand_out_and_show_their_advisor(client, rasmus, rikke, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    old = make_case(by=rasmus, name="Gammel Sag")
    case_assign(case=old, assigned_to=rasmus, by=rasmus)
    time_machine.move_to("2026-03-30 10:00 +02:00", tick=False)
    make_case(by=rikke, name="Ny Sag")
    login_verified(client, rasmus)
    html = client.get(INBOX).content.decode()
    old_row = html[:html.index("Gammel Sag")].rsplit("<tr", 1)[1] + html[html.index("Gammel Sag"):].split("</tr>")[0]
    new_row = html[:html.index("Ny Sag")].rsplit("<tr", 1)[1] + html[html.index("Ny Sag"):].split("</tr>")[0]
    assert 'class="casework-overdue"' in old_row and "Overskredet" in old_row and "rasmus" in old_row
    assert "casework-overdue" not in new_row and "Overskredet" not in new_row and "Ingen" in new_row


def test_the_inbox_filters_by_advisor(client, rasmus, rikke):
    mine = make_case(by=rasmus, name="Rasmus Borger")
    case_assign(case=mine, assigned_to=rasmus, by=rasmus)
    theirs = make_case(by=rikke, name="Rikke Borger")
    case_assign(case=theirs, assigned_to=rikke, by=rikke)
    nobodys = make_case(by=rasmus, name="Ingens Borger")
    login_verified(client, rasmus)
    html = client.get(INBOX, {"raadgiver": rasmus.pk}).content.decode()
    assert mine.reference in html and theirs.reference not in html and nobodys.reference not in html
    html = client.get(INBOX, {"raadgiver": "ingen"}).content.decode()
    assert nobodys.reference in html and mine.reference not in html and theirs.reference not in html
    html = client.get(INBOX, {"raadgiver": "999999"}).content.decode()  # no such advisor: everything, no error
    assert all(case.reference in html for case in (mine, theirs, nobodys))


def test_the_engine_is_explained_to_staff_not_to_the_citizen(client, rasmus):
    case = make_case(by=rasmus, contacted_unit="no",
                     description="Sagsbehandleren på jobcentret har ikke svaret på mine breve i fire måneder.")
    triage = case.henvendelse.triage
    assert triage["verdict"] == "contact_unit_first", triage
    login_verified(client, rasmus)
    html = client.get(INBOX).content.decode()
    assert triage["explanation"] not in html  # "Du skal først ..." is written to the citizen
    assert "Borgeren har ikke klaget til enheden først" in html and "(regel 2)" in html
    assert "Grundlag: Sagsbehandling." in html
    html = client.get(reverse("cases:case", args=[case.reference])).content.decode()
    assert "Borgeren har ikke klaget til enheden først" in html and triage["explanation"] not in html


def test_staff_see_each_matters_verdict_of_a_letter_with_two_matters(client, rasmus):
    # A political closure and a staff member's behaviour (issue 12): each part has its own verdict.
    case = make_case(by=rasmus, description=(
        "Jeg har to ting. Politikerne har besluttet at lukke vores lokale bibliotek, og det er helt forkert. "
        "Den anden ting er, at en medarbejder på biblioteket råbte ad mig og smed røret på, da jeg ringede."
    ))
    assert len(case.henvendelse.triage["matters"]) == 2
    login_verified(client, rasmus)
    for url in (INBOX, reverse("cases:case", args=[case.reference])):
        html = client.get(url).content.decode()
        assert "Henvendelsen har 2 dele, vurderet hver for sig:" in html
        assert "Del 1: Uden for kompetence (en politisk beslutning)." in html
        assert "Del 2: Kan behandles (Personalets adfærd)." in html
