"""The complaint form knows the citizen the portal signed in with MitID (intake.citizen, registered by
the portal), and only such a citizen: name and CPR number are shown as verified; signed in with an
e-mail code, or not at all, the form is the ordinary one."""

from __future__ import annotations

import pytest

from borgerraad.portal.identity import EMAIL_CODE, MITID
from tests.portal.conftest import citizen

pytestmark = pytest.mark.django_db

WHO = {"submitter_kind": "citizen", "on_behalf": "self", "action": "next"}


def _contact_page(client) -> str:
    assert client.post("/klag/trin/1/", WHO).status_code == 302
    return client.get("/klag/trin/2/").content.decode()


def test_a_citizen_signed_in_with_mitid_finds_name_and_cpr_verified(client):
    page = _contact_page(citizen(client, method=MITID, cpr="010190-1234", name="Alma Jensen"))
    assert "Bekræftet med MitID." in page and "Alma Jensen" in page
    assert "010190-xxxx" in page and "010190-1234" not in page


@pytest.mark.parametrize("signed_in", [
    pytest.param({"method": EMAIL_CODE, "email": "alma@example.dk"}, id="e-mail-code"),
    pytest.param(None, id="not-signed-in"),
])
def test_without_mitid_the_form_asks_for_name_and_cpr(client, signed_in):
    if signed_in:
        citizen(client, **signed_in)
    page = _contact_page(client)
    assert "Bekræftet med MitID." not in page and "Alma Jensen" not in page
