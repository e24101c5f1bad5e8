"""The one-time code by e-mail through HTTP: same answer for a known and an unknown address, a code that
works once, expires, allows five wrong guesses, is rate-limited, and an e-mail that holds only the code."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from borgerraad.portal.models import EmailCode
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.django_db
URL = "/mine-sager/log-ind/kode/"


@pytest.fixture(autouse=True)
def _fresh(settings):
    cache.clear()
    settings.PORTAL_RATE_LIMIT = "100/h"
    yield
    cache.clear()


@pytest.fixture
def alma(db):
    return make_henvendelse(name="Alma Jensen", email="alma@example.dk", with_cpr=True)


def _ask(client, email, capture):
    with capture(execute=True):
        response = client.post(URL, {"email": email})
    assert response.status_code == 302
    return client.get(URL).content.decode()


def _code() -> str:
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def test_the_url_and_name():
    assert reverse("portal:email_code") == URL


def test_a_known_and_an_unknown_address_get_the_same_answer(client, alma, django_capture_on_commit_callbacks):
    known = _ask(client, "Alma@Example.dk", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    other = client.__class__()
    unknown = _ask(other, "nobody@example.dk", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    strip = lambda page: re.sub(r'(csrfmiddlewaretoken" value=|CSRFToken": )"[^"]+"', "", page)  # noqa: E731
    assert strip(known) == strip(unknown)


def test_the_e_mail_holds_the_code_and_nothing_about_the_person(client, alma, django_capture_on_commit_callbacks):
    _ask(client, "alma@example.dk", django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    text = message.subject + message.body
    assert _code() in text
    for secret in ("Alma", alma.reference, "120483", "Jensen"):
        assert secret not in text
    assert not EmailCode.objects.filter(code_digest__contains=_code()).exists()
    assert "alma" not in EmailCode.objects.get().email_digest


def test_the_right_code_signs_in_to_that_addresses_henvendelser_and_works_once(
    client, alma, django_capture_on_commit_callbacks,
):
    _ask(client, "alma@example.dk", django_capture_on_commit_callbacks)
    code = _code()
    response = client.post(URL, {"code": f" {code[:3]} {code[3:]} "})
    assert response["Location"] == reverse("portal:home")
    assert alma.reference in client.get(reverse("portal:home")).content.decode()
    other = client.__class__()
    other.post(URL, {"email": "alma@example.dk"})
    mail.outbox.clear()
    # The code is spent: a second browser cannot use it (a new one was not sent: on_commit not run).
    assert other.post(URL, {"code": code}).status_code == 400


def test_a_wrong_code_says_so_politely_and_keeps_the_page(client, alma, django_capture_on_commit_callbacks):
    _ask(client, "alma@example.dk", django_capture_on_commit_callbacks)
    wrong = "000000" if _code() != "000000" else "111111"
    response = client.post(URL, {"code": wrong})
    assert response.status_code == 400
    assert "Koden passer ikke" in response.content.decode()
    assert alma.reference not in client.get(reverse("portal:home")).content.decode()


def test_an_expired_code_does_not_work(client, alma, django_capture_on_commit_callbacks):
    now = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(now, tick=False):
        _ask(client, "alma@example.dk", django_capture_on_commit_callbacks)
    with time_machine.travel(now + dt.timedelta(minutes=11), tick=False):
        response = client.post(URL, {"code": _code()})
    assert response.status_code == 400 and "Koden passer ikke" in response.content.decode()


def test_after_five_wrong_guesses_even_the_right_code_fails(client, alma, django_capture_on_commit_callbacks):
    _ask(client, "alma@example.dk", django_capture_on_commit_callbacks)
    code = _code()
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for _ in range(5):
        assert client.post(URL, {"code": wrong}).status_code == 400
    assert client.post(URL, {"code": code}).status_code == 400
    assert alma.reference not in client.get(reverse("portal:home")).content.decode()


def test_codes_for_one_address_are_rate_limited(client, alma, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_EMAIL_CODE_RATE = "2/h"
    for _ in range(2):
        _ask(client.__class__(), "alma@example.dk", django_capture_on_commit_callbacks)
    response = client.__class__().post(URL, {"email": "alma@example.dk"})
    assert response.status_code == 429 and "For mange forsøg" in response.content.decode()
    assert len(mail.outbox) == 2


def test_guesses_from_one_connection_are_rate_limited(client, alma, settings, django_capture_on_commit_callbacks):
    settings.PORTAL_RATE_LIMIT = "3/h"
    _ask(client, "alma@example.dk", django_capture_on_commit_callbacks)
    client.post(URL, {"code": "123456"})
    client.post(URL, {"code": "123457"})
    assert client.post(URL, {"code": _code()}).status_code == 429


def test_a_malformed_address_is_refused_politely(client):
    response = client.post(URL, {"email": "ikke en adresse"})
    assert response.status_code == 400 and "Der er et problem" in response.content.decode()
    assert "ikke en adresse" in response.content.decode()
