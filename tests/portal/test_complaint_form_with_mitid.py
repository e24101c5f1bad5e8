"""The complaint form signed in with MitID (through the local broker): name and CPR number are MitID's,
shown as verified and not editable, and the draft is the person's, on any device and for nobody else."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from borgerraad.core.models import Department
from borgerraad.intake.models import Draft, Henvendelse
from tests.portal.broker import CITIZEN, CITIZEN_CPR, CITIZEN_NAME, come_back, provider_sign_in, start

pytestmark = pytest.mark.django_db

WHO = {"submitter_kind": "citizen", "on_behalf": "self"}
# What a citizen (or someone at their PC) types in the name and CPR fields is not what is kept.
CONTACT = {"name": "Mallory Falsk", "cpr": "120483-1234", "email": "alma@example.dk",
           "preferred_channel": "digital_post", "address": "Nørregade 1, 1165 København K"}
DOCUMENTS = {"contacted_unit": "yes_no_answer", "contacted_unit_date": "15.09.2026"}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def _about():
    return {"department": str(Department.objects.get(code="BIF").pk), "unit": "Jobcenter København",
            "description": "Jeg har ventet otte uger på svar fra jobcentret på mine breve.",
            "event_date": "01.09.2026", "desired_outcome": "Svar på mine breve."}


def _signed_in(client, username=CITIZEN):
    assert come_back(client, provider_sign_in(start(client), username)).status_code == 302
    return client


def _post(client, number, data):
    response = client.post(f"/klag/trin/{number}/", {"action": "next", **data})
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def test_name_and_cpr_come_from_mitid_verified_and_not_editable(broker, client):
    _signed_in(client)
    _post(client, 1, WHO)
    page = client.get("/klag/trin/2/").content.decode()
    assert "Bekræftet med MitID." in page and CITIZEN_NAME in page
    assert "010190-xxxx" in page and CITIZEN_CPR not in page and "010190-1234" not in page
    assert page.count("disabled") >= 2

    _post(client, 2, CONTACT)
    _post(client, 3, _about())
    _post(client, 4, DOCUMENTS)
    review = client.get("/klag/trin/5/").content.decode()
    assert CITIZEN_NAME in review and "Mallory" not in review and "010190-1234" not in review
    client.post("/klag/trin/5/", {"consent": "yes", "action": "submit"})
    henvendelse = Henvendelse.objects.get()
    assert (henvendelse.name, henvendelse.cpr) == (CITIZEN_NAME, "010190-1234")


def test_the_draft_follows_the_citizen_to_another_device(broker, client):
    _signed_in(client)
    _post(client, 1, WHO)
    _post(client, 2, CONTACT)
    draft = Draft.objects.get()
    assert len(draft.owner_key) == 64 and CITIZEN_CPR not in draft.owner_key

    phone = _signed_in(Client())  # the same person, another device: no cookie of the first one
    assert "Fortsæt, hvor du slap" in phone.get("/klag/").content.decode()
    assert phone.get("/klag/trin/3/").status_code == 200
    _post(phone, 3, _about())
    assert Draft.objects.count() == 1 and 3 in Draft.objects.get().completed_steps


def test_a_mitid_draft_opens_for_nobody_else_on_the_same_pc(broker, client):
    _signed_in(client)
    _post(client, 1, WHO)
    _post(client, 2, CONTACT)
    client.post(reverse("portal:sign_out"))

    # Signed out, the browser's draft cookie no longer opens the draft.
    assert client.get("/klag/trin/2/")["Location"] == "/klag/"
    assert "Fortsæt, hvor du slap" not in client.get("/klag/").content.decode()

    # The next person who signs in at this PC sees an empty form, not Alma's.
    _signed_in(client, "bo")
    assert client.get("/klag/trin/2/")["Location"] == "/klag/"
    _post(client, 1, WHO)
    page = client.get("/klag/trin/2/").content.decode()
    assert CITIZEN_NAME not in page and "Bo Hansen" in page and "150580-xxxx" in page


def test_an_anonymous_draft_becomes_the_citizens_when_they_sign_in(broker, client):
    _post(client, 1, WHO)
    assert Draft.objects.get().owner_key == ""
    _signed_in(client)
    page = client.get("/klag/trin/2/").content.decode()
    assert CITIZEN_NAME in page and "Bekræftet med MitID." in page
    assert Draft.objects.get().owner_key
