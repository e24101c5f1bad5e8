"""MitID through the OIDC broker, against a real provider (tests/oidc_provider): the sign-in works, and every
forged, replayed or stale answer is refused with a polite page and nothing signed in."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from borgerraad.portal.identity import MITID, MITID_ERHVERV, identity_current
from tests.portal.broker import (
    BUSINESS,
    BUSINESS_CVR,
    CITIZEN,
    CITIZEN_CPR,
    CITIZEN_NAME,
    come_back,
    provider_sign_in,
    start,
)

pytestmark = pytest.mark.django_db


def _identity(client):
    request = type("Request", (), {"session": client.session})()
    return identity_current(request)


def _assert_refused(response, client):
    assert response.status_code == 400
    page = response.content.decode()
    assert "Du blev ikke logget ind" in page and "Prøv at logge ind igen" in page
    assert "no-store" in response["Cache-Control"]
    assert _identity(client) is None
    assert CITIZEN_CPR not in page


def test_a_citizen_signs_in_with_mitid_and_the_cpr_is_kept_encrypted(broker, client, caplog):
    caplog.set_level(logging.DEBUG)
    sign_in_page = client.get(reverse("portal:sign_in"))
    assert "Log ind med MitID" in sign_in_page.content.decode()
    assert "no-store" in sign_in_page["Cache-Control"]
    session_before = client.session.session_key

    authorize_url = start(client, next="/klag/")
    query = parse_qs(urlsplit(authorize_url).query)
    assert authorize_url.startswith(broker.issuer)
    assert query["code_challenge_method"] == ["S256"] and query["nonce"] and query["state"]
    response = come_back(client, provider_sign_in(authorize_url, CITIZEN))

    assert response.status_code == 302 and response["Location"] == "/klag/"
    identity = _identity(client)
    assert (identity.method, identity.cpr, identity.name) == (MITID, CITIZEN_CPR, CITIZEN_NAME)
    assert client.session.session_key != session_before
    assert CITIZEN_CPR not in str(dict(client.session))
    page = client.get(reverse("portal:sign_in")).content.decode()
    assert "Du er logget ind med MitID." in page and CITIZEN_CPR not in page
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert query["code_challenge"][0] not in logged and CITIZEN_CPR not in logged
    assert "eyJ" not in logged  # no JWT (ID or access token) in the log


def test_a_business_signs_in_with_mitid_erhverv(broker, client):
    response = come_back(client, provider_sign_in(start(client, "portal:mitid_erhverv"), BUSINESS))
    assert response.status_code == 302
    identity = _identity(client)
    assert (identity.method, identity.cvr, identity.cpr) == (MITID_ERHVERV, BUSINESS_CVR, "")


def test_signing_out_forgets_the_identity(broker, client):
    come_back(client, provider_sign_in(start(client), CITIZEN))
    response = client.post(reverse("portal:sign_out"), follow=True)
    assert "Du er nu logget ud." in response.content.decode()
    assert _identity(client) is None


def test_an_answer_for_another_browser_is_refused_wrong_state(broker, client):
    """Login CSRF: an attacker's own callback (code and state) opened in the victim's browser."""
    attacker = Client()
    attackers_callback = provider_sign_in(start(attacker), CITIZEN)
    start(client)  # the victim started a sign-in of their own: another state
    _assert_refused(come_back(client, attackers_callback), client)


def test_a_changed_state_is_refused(broker, client):
    callback = provider_sign_in(start(client), CITIZEN)
    state = parse_qs(urlsplit(callback).query)["state"][0]
    _assert_refused(come_back(client, callback.replace(state, state[:-2] + "xx")), client)


def test_a_stolen_code_is_refused_pkce_verifier_mismatch(broker, client):
    """A code intercepted from the victim's redirect, used in the attacker's own session with its valid state:
    the broker refuses, because the attacker's PKCE verifier is not the one the code was issued for."""
    victims_callback = provider_sign_in(start(Client()), CITIZEN)
    attackers_state = parse_qs(urlsplit(start(client)).query)["state"][0]
    code = parse_qs(urlsplit(victims_callback).query)["code"][0]
    response = client.get(reverse("portal:oidc_callback"), {"code": code, "state": attackers_state})
    _assert_refused(response, client)


@pytest.mark.parametrize("mode", ["wrong-nonce", "expired", "tampered-signature"])
def test_an_untrustworthy_id_token_is_refused(broker, client, mode):
    broker.misbehave(mode)
    _assert_refused(come_back(client, provider_sign_in(start(client), CITIZEN)), client)


def test_an_answer_without_a_cpr_number_is_refused(broker, client):
    _assert_refused(come_back(client, provider_sign_in(start(client), "no-cpr")), client)


def test_the_refusal_is_in_english_for_an_english_citizen(broker, client):
    assert client.get("/en" + reverse("portal:mitid")).status_code == 302
    response = client.get(reverse("portal:oidc_callback"), {"code": "x", "state": "forged"})
    assert response.status_code == 400
    assert "You were not signed in" in response.content.decode()


def test_without_a_broker_there_is_no_mitid_button_only_the_e_mail_code(client, settings):
    settings.PORTAL_OIDC = {**settings.PORTAL_OIDC, "discovery_url": ""}
    page = client.get(reverse("portal:sign_in")).content.decode()
    assert "Log ind med MitID" not in page and "Få en kode på e-mail" in page
    assert client.get(reverse("portal:mitid")).status_code == 404
