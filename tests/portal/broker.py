"""The local MitID broker: a real OIDC provider (tests/oidc_provider) in a subprocess, and a test client that
signs in at it the way a citizen's browser would, following the redirects through HTTP.

Its fixtures are made available to tests/portal by conftest.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.urls import reverse

from tests.processes import ROOT, free_port, wait_for

CLIENT_ID, CLIENT_SECRET = "borgerraad-test", "a-client-secret-for-the-test-broker"
CITIZEN, CITIZEN_CPR, CITIZEN_NAME = "alma", "0101901234", "Alma Jensen"
BUSINESS, BUSINESS_CVR = "firma", "12345678"
REDIRECT_URI = "http://127.0.0.1:8000/mine-sager/log-ind/retur/"  # BORGERRAAD_SITE_URL's default in tests
USERS = {
    CITIZEN: {"dk.cpr": CITIZEN_CPR, "name": CITIZEN_NAME},
    BUSINESS: {"dk.cvr": BUSINESS_CVR, "name": "Firma ApS"},
    "bo": {"dk.cpr": "1505801235", "name": "Bo Hansen"},
    "no-cpr": {"name": "Uden CPR"},
}


@dataclass
class Broker:
    issuer: str
    mode_file: Path

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def misbehave(self, mode: str) -> None:
        self.mode_file.write_text(mode)


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    with provider_process(tmp_path_factory.mktemp("oidc_provider"), REDIRECT_URI) as provider:
        yield provider


@contextmanager
def provider_process(folder: Path, redirect_uri: str) -> Iterator[Broker]:
    """The provider in a subprocess with ``redirect_uri`` registered for the portal (the browser tests
    register their live server's)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption(),
    ).decode()
    port = free_port()
    issuer = f"http://127.0.0.1:{port}/o"
    env = {
        **os.environ, "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings", "PYTHONPATH": str(ROOT),
        "OIDC_PROVIDER_DB": str(folder / "provider.sqlite3"), "OIDC_PROVIDER_RSA_KEY": key,
        "OIDC_PROVIDER_ISSUER": issuer, "OIDC_PROVIDER_USERS": json.dumps(USERS),
        "OIDC_PROVIDER_MODE_FILE": str(folder / "mode"),
    }
    log = (folder / "provider.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.oidc_provider", str(port), CLIENT_ID, CLIENT_SECRET, redirect_uri],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )

    def answers():
        assert process.poll() is None, (folder / "provider.log").read_text()
        try:
            return requests.get(f"{issuer}/.well-known/openid-configuration", timeout=1).ok
        except (requests.ConnectionError, requests.Timeout):  # not up yet, or still busy migrating
            return False

    try:
        wait_for(answers, "the test OIDC provider", timeout=120)  # it migrates its database first; CI is busy
        yield Broker(issuer=issuer, mode_file=folder / "mode")
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture
def broker(oidc_provider, settings):
    """The portal configured for the local broker as docs/citizen-portal.md describes, behaving well."""
    oidc_provider.misbehave("")
    configure(settings, oidc_provider)
    return oidc_provider


def configure(settings, provider: Broker) -> None:
    """The portal's settings for ``provider``, as docs/citizen-portal.md describes them."""
    settings.PORTAL_OIDC = {
        **settings.PORTAL_OIDC, "discovery_url": provider.discovery_url, "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "scopes": "openid profile mitid", "erhverv_scopes": "openid profile nemlogin",
        "cpr_claim": "dk.cpr", "cvr_claim": "dk.cvr", "name_claim": "name",
    }


def provider_sign_in(authorize_url: str, username: str) -> str:
    """What the citizen's browser does at the broker: sign in, consent is skipped; returns the callback URL
    the broker sends the browser back to (code and state in its query)."""
    browser = requests.Session()
    login = browser.get(authorize_url, timeout=10)  # the broker's login page, next= the authorization
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    answer = browser.post(login.url, data={
        "csrfmiddlewaretoken": token, "username": username, "password": username,
        "next": re.search(r'name="next" value="([^"]*)"', login.text).group(1).replace("&amp;", "&"),
    }, allow_redirects=False, timeout=10)
    while not answer.headers["Location"].startswith(REDIRECT_URI):
        location = answer.headers["Location"]
        if location.startswith("/"):
            location = f"{urlsplit(login.url).scheme}://{urlsplit(login.url).netloc}{location}"
        answer = browser.get(location, allow_redirects=False, timeout=10)
    return answer.headers["Location"]


def start(client, method_url: str = "portal:mitid", **params) -> str:
    """Press the MitID button in ``client``; returns the broker's authorization URL it redirects to."""
    response = client.get(reverse(method_url), params)
    assert response.status_code == 302, response.content
    return response["Location"]


def come_back(client, callback_url: str):
    """The broker's redirect back to the portal, through the test client (same session as ``start``)."""
    parts = urlsplit(callback_url)
    return client.get(f"{parts.path}?{parts.query}")
