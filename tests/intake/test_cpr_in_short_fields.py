"""A CPR number typed into a name, address, phone, unit or interpreter field of the complaint form is
refused with a message that says where it goes; everything else the citizen typed is kept."""

from __future__ import annotations

import pytest

from borgerraad.intake.models import Draft, Henvendelse

from .test_views import CONTACT, WHO, about, post

pytestmark = pytest.mark.django_db

CITIZEN_DA = "Skriv ikke et CPR-nummer her."
CITIZEN_EN = "Do not write a CPR number here."


@pytest.mark.parametrize(("field", "value"), [
    ("name", "Alice Jensen 120483-1234"),
    ("address", "Nørregade 1, 1165 København K, cpr:1204831234"),
    ("phone", "1204831234"),
    ("interpreter_language", "arabisk 120483-1234"),
])
def test_contact_fields_refuse_a_cpr_number_and_keep_the_rest(client, field, value):
    post(client, 1, WHO)
    data = {**CONTACT, "needs": ["interpreter"], "interpreter_language": "arabisk", field: value}
    response = post(client, 2, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert CITIZEN_DA in content and "“CPR-nummer”" in content
    assert f'href="#id_{field}"' in content  # the error summary points at the field
    assert 'value="alice@example.dk"' in content and 'value="120483-1234"' in content  # nothing else lost
    assert not Henvendelse.objects.exists()
    assert client.get("/klag/trin/3/").status_code == 302  # cannot go on before it is fixed


def test_who_fields_and_unit_refuse_a_cpr_number(client):
    response = post(client, 1, {"submitter_kind": "citizen", "on_behalf": "other", "relation": "parent_guardian",
                                "represented_name": "Mia, 0101101234"})
    assert response.status_code == 200 and CITIZEN_DA in response.content.decode()
    assert post(client, 1, WHO).status_code == 302
    assert post(client, 2, CONTACT).status_code == 302
    response = post(client, 3, {**about(), "unit": "Jobcenter x120483-1234y"})
    content = response.content.decode()
    assert response.status_code == 200 and CITIZEN_DA in content
    assert "Jeg har ventet otte uger på svar" in content  # the description is kept


def test_phone_numbers_and_house_numbers_are_not_cpr_numbers(client):
    post(client, 1, WHO)
    response = post(client, 2, {**CONTACT, "phone": "+45 20 30 40 50", "address": "Vej 1204, 2300 København S"})
    assert response.status_code == 302


def test_the_message_is_in_english_for_english_users(client):
    client.post("/en/klag/trin/1/", {"action": "next", **WHO})
    response = client.post("/en/klag/trin/2/", {"action": "next", **CONTACT, "name": "Alice 120483-1234"})
    content = response.content.decode()
    assert response.status_code == 200 and CITIZEN_EN in content and CITIZEN_DA not in content
    assert Draft.objects.count() == 1
