"""The guide's answers, the citizen's own words among them, are never readable in the session table."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session

from borgerraad.privacy import crypto

from .test_guide import walk

pytestmark = pytest.mark.django_db

TEXT = "Min søn Mikkel har ADHD, og skolen har ikke svaret. Hans cpr er 120412-4321."


def _session_row(client) -> Session:
    return Session.objects.get(session_key=client.session.session_key)


def test_the_session_row_holds_no_part_of_the_text_and_no_cpr(client):
    html = walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_no_answer",
                already_with="no", forvaltning="BUF", description=TEXT)
    assert "Borgerrådgiveren kan hjælpe dig" in html
    row = _session_row(client)
    decoded = str(row.get_decoded())  # what anyone with the database and SECRET_KEY could read
    for stored in (row.session_data, decoded):
        assert "Mikkel" not in stored and "ADHD" not in stored and "skolen" not in stored
        assert "120412" not in stored and "4321" not in stored
    assert "fernet:" in decoded


def test_the_guides_text_reaches_the_complaint_form(client):
    walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="yes_no_answer",
         already_with="no", forvaltning="BUF", description="Skolen svarer ikke på mine mails.")
    assert "Dine svar fra guiden" in client.get("/klag/?fra=guide").content.decode()
    client.post("/klag/trin/1/", {"action": "next", "submitter_kind": "citizen", "on_behalf": "self"})
    client.post("/klag/trin/2/", {"action": "next", "name": "Alice Jensen", "email": "alice@example.dk",
                                  "preferred_channel": "email"})
    assert "Skolen svarer ikke på mine mails." in client.get("/klag/trin/3/").content.decode()


def test_answers_that_can_no_longer_be_decrypted_start_the_guide_over(client, settings):
    walk(client, about_municipality="yes", topic="sagsbehandling", contacted_unit="no", already_with="no")
    settings.FIELD_ENCRYPTION_KEYS = [crypto.generate_key()]  # the old key was dropped
    response = client.get("/kan-vi-hjaelpe/svar/")
    assert response.status_code == 302 and response["Location"].endswith("/kan-vi-hjaelpe/kommunen/")
