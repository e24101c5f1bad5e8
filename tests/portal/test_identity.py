"""The citizen's identity in the session: encrypted, expiring, and gone when it cannot be read."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import RequestFactory

from borgerraad.portal.identity import EMAIL_CODE, MITID, identity_current, identity_sign_in

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


def _request():
    request = RequestFactory().get("/mine-sager/")
    request.session = SessionStore()
    request.session.create()
    return request


@time_machine.travel(NOW, tick=False)
def test_the_identity_is_kept_encrypted_and_the_session_key_changes():
    request = _request()
    before = request.session.session_key
    identity_sign_in(request, method=MITID, cpr="0101901234", name="Alma Jensen")
    request.session.save()
    assert request.session.session_key != before
    raw = Session.objects.get(session_key=request.session.session_key).session_data
    decoded = str(SessionStore(session_key=request.session.session_key).load())
    assert "0101901234" not in raw and "0101901234" not in decoded and "Alma" not in decoded
    assert identity_current(request).cpr == "0101901234"
    assert identity_current(request).verified_by_mitid


def test_an_e_mail_code_sign_in_lasts_a_shorter_time(settings):
    settings.PORTAL_SESSION_MINUTES, settings.PORTAL_EMAIL_SESSION_MINUTES = 30, 15
    request = _request()
    with time_machine.travel(NOW, tick=False):
        identity_sign_in(request, method=EMAIL_CODE, email=" Alma@Example.DK ")
        assert identity_current(request).email == "alma@example.dk"
    with time_machine.travel(NOW + dt.timedelta(minutes=16), tick=False):
        assert identity_current(request) is None
    with time_machine.travel(NOW, tick=False):
        identity_sign_in(request, method=MITID, cpr="0101901234")
    with time_machine.travel(NOW + dt.timedelta(minutes=16), tick=False):
        assert identity_current(request) is not None
    with time_machine.travel(NOW + dt.timedelta(minutes=31), tick=False):
        assert identity_current(request) is None


def test_a_tampered_identity_signs_the_citizen_out():
    request = _request()
    identity_sign_in(request, method=MITID, cpr="0101901234")
    request.session["portal_identity"] = "fernet:not-a-token"
    assert identity_current(request) is None
    assert "portal_identity" not in request.session


def test_an_unknown_method_is_refused():
    with pytest.raises(ValueError):
        identity_sign_in(_request(), method="password")
