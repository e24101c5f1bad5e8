"""Bad input on the public complaint form gets a clear answer, never a crash or a flood.

Every attack goes through HTTP (Django's test client), the way a browser or a script would send it.
"""

from __future__ import annotations

import pytest

from borgerraad.intake.models import Henvendelse
from tests.intake.test_views import CONTACT, WHO, fill_all, post

pytestmark = pytest.mark.django_db


# --- CPR numbers with look-alike digits -----------------------------------------------------------


@pytest.mark.parametrize("cpr", [
    "¹²⁰⁴⁸³-¹²³⁴",  # superscripts: str.isdigit() is true, int() raises
    "①②⓪④⑧③-①②③④",  # circled digits
    "１２０４８３-１２３４",  # full-width
    "١٢٠٤٨٣-١٢٣٤",  # Arabic-Indic
    "²²²²²²²²²²",
])
def test_cpr_with_look_alike_digits_gets_a_clear_error_on_the_form(client, cpr):
    post(client, 1, WHO)
    response = post(client, 2, {**CONTACT, "cpr": cpr, "preferred_channel": "digital_post"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skriv CPR-nummeret med almindelige cifre 0-9" in content
    assert 'value="Alice Jensen"' in content  # the rest of the step is kept


def test_cpr_with_look_alike_digits_in_english(client):
    post(client, 1, WHO, HTTP_ACCEPT_LANGUAGE="en")
    response = client.post("/en/klag/trin/2/", {"action": "next", **CONTACT, "cpr": "１２０４８３-１２３４"})
    assert response.status_code == 200
    assert "Write the CPR number with the ordinary digits 0-9" in response.content.decode()


def test_a_draft_with_look_alike_digits_cannot_be_submitted(client):
    fill_all(client)
    response = post(client, 2, {**CONTACT, "cpr": "①②⓪④⑧③-①②③④"})
    assert response.status_code == 200
    response = post(client, 5, {"consent": "yes", "action": "submit"})
    assert response.status_code == 302 and "/klag/trin/2/" in response["Location"]
    assert not Henvendelse.objects.exists()
