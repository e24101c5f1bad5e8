"""Manual registration refuses bad input with a clear message and keeps what was typed.

Sanne (sekretær) types in a letter: look-alike digits in the CPR number and received dates that
cannot be right (1900, 2099, the day after tomorrow) are refused on the field, never a 500.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.intake.models import Henvendelse
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db

LETTER = {"channel": "letter", "name": "Karen Brev", "preferred_channel": "letter",
          "description": "Jobcentret har ikke svaret på mine breve i fire måneder."}


@pytest.fixture
def registering(client, sanne):
    login_verified(client, sanne)
    return client


@pytest.mark.parametrize("cpr", [
    "¹²⁰⁴⁸³-¹²³⁴",  # superscripts: str.isdigit() is true, int() raises
    "①②⓪④⑧③-①②③④",  # circled digits
    "１２０４８３-１２３４",  # full-width
    "١٢٠٤٨٣-١٢٣٤",  # Arabic-Indic
    "120483-12³4",  # one look-alike among ASCII digits
])
def test_cpr_with_look_alike_digits_is_refused_clearly(registering, cpr):
    response = registering.post(reverse("cases:register"), {**LETTER, "cpr": cpr})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skriv CPR-nummeret med almindelige cifre 0-9" in content
    assert "Jobcentret har ikke svaret på mine breve" in content  # nothing typed is lost
    assert not Henvendelse.objects.exists()


def test_an_ascii_cpr_is_still_accepted(registering):
    response = registering.post(reverse("cases:register"), {**LETTER, "cpr": "120483 1234"})
    assert response.status_code == 302
    assert Henvendelse.objects.get().cpr == "120483-1234"


@pytest.mark.parametrize(("received_on", "message"), [
    ("01.01.1900", "højst ligge 2 år tilbage"),
    ("15.03.2024", "højst ligge 2 år tilbage"),
    ("01.01.2099", "kan ikke ligge i fremtiden"),
    ("28.11.2026", "kan ikke ligge i fremtiden"),
])
def test_received_dates_outside_the_window_are_refused(registering, time_machine, received_on, message):
    time_machine.move_to(dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC), tick=False)
    response = registering.post(reverse("cases:register"), {**LETTER, "received_on": received_on})
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content and f'value="{received_on}"' in content
    assert not Henvendelse.objects.exists()


@pytest.mark.parametrize("received_on", ["27.11.2026", "28.11.2024", "02.01.2025"])
def test_received_dates_inside_the_window_are_registered(registering, time_machine, received_on):
    time_machine.move_to(dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC), tick=False)
    response = registering.post(reverse("cases:register"), {**LETTER, "received_on": received_on})
    assert response.status_code == 302
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.received_at.date() == dt.datetime.strptime(received_on, "%d.%m.%Y").date()
