"""Personas for "Mine sager": Alma Jensen and Bo Hansen each complained; Rasmus is the advisor.

Alma may never reach Bo's henvendelse, whichever way she signed in. ``citizen(client, ...)`` signs a
test client in as a portal identity the way the sign-in views do (``identity_sign_in``).
"""

from __future__ import annotations

import hashlib
import itertools

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import timezone, translation

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import case_open_from_henvendelse, message_send, visitation_record
from borgerraad.intake.services import attachment_store, henvendelse_register
from borgerraad.letters.models import Dispatch, Letter, LetterStatus
from borgerraad.portal.identity import identity_sign_in
from tests.cases.conftest import bo_data, point
from tests.intake.files import PDF

_keys = itertools.count(1)
ALMA_CPR, BO_CPR = "010190-1234", "120483-1234"


@pytest.fixture(autouse=True)
def danish():
    with translation.override("da"):
        yield


@pytest.fixture(autouse=True)
def media_and_letters(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LETTERS_DIR = tmp_path / "letters"


@pytest.fixture
def rasmus(db):
    user = User.objects.create_user(username="rasmus", email="rasmus@kk.example")
    user.groups.add(Group.objects.get_or_create(name=Role.RAADGIVER.value)[0])
    return user


def pdf_upload(name="min-kvittering.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def sent_letter(case, *, subject="Vi har modtaget din klage", body=b"%PDF-1.4 brev\n%%EOF\n") -> Letter:
    """A final letter to the citizen whose dispatch the channel confirmed, its PDF stored like letter_finalise."""
    path = f"{case.reference}-{next(_keys)}.pdf"
    (settings.LETTERS_DIR).mkdir(parents=True, exist_ok=True)
    (settings.LETTERS_DIR / path).write_bytes(body)
    letter = Letter.objects.create(
        case=case, kind="kvittering", language="da", status=LetterStatus.FINAL, channel="email",
        recipient_name=case.henvendelse.name, subject=subject, body="Tak for din klage.",
        finalised_at=timezone.now(), pdf_path=path, pdf_sha256=hashlib.sha256(body).hexdigest(),
    )
    Dispatch.objects.create(letter=letter, channel="email", status="sent", confirmed_at=timezone.now())
    return letter


def complaint(*, name, cpr, email, by):
    henvendelse = henvendelse_register(
        channel="web", submitted=bo_data(name=name, cpr=cpr, email=email, description="Ingen svar på min ansøgning."),
        submission_key=f"portal:{next(_keys)}",
    )
    attachment_store(upload=pdf_upload(), kind="other", already_bytes=0, henvendelse=henvendelse)
    case = case_open_from_henvendelse(henvendelse=henvendelse, by=by)
    visitation_record(case=case, points=[point()], by=by, reason="Tages op.")
    case.refresh_from_db()
    case.assigned_to = by
    case.save(update_fields=["assigned_to"])
    sent_letter(case)
    message_send(case=case, body="Har du afgørelsen fra jobcentret?", from_citizen=False, by=by,
                 uploads=[pdf_upload("vejledning.pdf")])
    return case


@pytest.fixture
def alma_case(db, rasmus):
    return complaint(name="Alma Jensen", cpr=ALMA_CPR, email="alma@example.dk", by=rasmus)


@pytest.fixture
def bo_case(db, rasmus):
    return complaint(name="Bo Hansen", cpr=BO_CPR, email="bo@example.dk", by=rasmus)


def citizen(client, **identity):
    request = RequestFactory().get("/")
    request.session = client.session
    identity_sign_in(request, **identity)
    request.session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = request.session.session_key
    return client


# The local MitID broker's fixtures (tests/portal/broker.py).
from tests.portal.broker import broker, oidc_provider  # noqa: E402, F401
