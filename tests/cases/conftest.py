"""Personas for the casework tests.

Rasmus and Rikke are advisors (rådgivere), Lene leads the office, Sanne is the secretary and
Anders the system administrator. Bo Hansen's complaint about his slow housing case is the case
most tests work on.
"""

from __future__ import annotations

import itertools

import pytest
from django.contrib.auth.models import Group, User
from django.utils import translation

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import KlagepunktInput, case_open_from_henvendelse, visitation_record
from borgerraad.core.models import Department
from borgerraad.intake.services import HenvendelseData, henvendelse_register

_keys = itertools.count(1)


@pytest.fixture(autouse=True)
def danish():
    with translation.override("da"):
        yield


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _user(username: str, role: Role | None) -> User:
    user = User.objects.create_user(username=username, email=f"{username}@kk.example")
    if role is not None:
        user.groups.add(Group.objects.get_or_create(name=role.value)[0])
    return user


@pytest.fixture
def rasmus(db):
    return _user("rasmus", Role.RAADGIVER)


@pytest.fixture
def rikke(db):
    return _user("rikke", Role.RAADGIVER)


@pytest.fixture
def lene(db):
    return _user("lene", Role.LEDER)


@pytest.fixture
def sanne(db):
    return _user("sanne", Role.SEKRETAER)


@pytest.fixture
def anders(db):
    return _user("anders", Role.ADMINISTRATOR)


def bo_data(**overrides) -> HenvendelseData:
    values = {
        "name": "Bo Hansen",
        "email": "bo@example.dk",
        "description": "Klagerne over min sag om boligindretning er ikke besvaret. Jobcentret har ikke svaret i fire "
        "måneder. Mit CPR-nummer er 120483-1234.",
        "department": Department.objects.get(code="BIF"),
        "contacted_unit": "yes_no_answer",
        "consent": True,
    }
    values.update(overrides)
    return HenvendelseData(**values)


def make_case(*, by=None, **overrides):
    henvendelse = henvendelse_register(channel="web", submitted=bo_data(**overrides), submission_key=f"t:{next(_keys)}")
    return case_open_from_henvendelse(henvendelse=henvendelse, by=by)


def point(**overrides) -> KlagepunktInput:
    values = {
        "ground": "sagsbehandling",
        "theme": "sagsbehandlingstid",
        "description": "Ingen svar på breve i fire måneder.",
        "decision": "case",
        "department": Department.objects.get(code="BIF"),
        "unit": "Jobcenter København",
    }
    values.update(overrides)
    return KlagepunktInput(**values)


@pytest.fixture
def case(db, rasmus):
    return make_case(by=rasmus)


@pytest.fixture
def visited_case(case, rasmus):
    visitation_record(case=case, points=[point()], by=rasmus, reason="Tages op.")
    case.refresh_from_db()
    return case


def conclusion_letter_confirmed(case, by) -> None:
    """The state the letters flow leaves when the conclusion letter went out (a final *Afslutning med
    udfald* with a confirmed dispatch), written directly: closing a case with a point taken up asks
    for it (letters/casework.py). The flow itself is tested through the services in tests/letters."""
    from django.utils import timezone

    from borgerraad.letters.models import Dispatch, DispatchStatus, Letter

    now = timezone.now()
    letter = Letter.objects.create(
        case=case, kind="afslutning", language="da", status="final", channel="email", recipient_name="Bo Hansen",
        subject="Afgørelse", body="Vi har afsluttet din sag.", created_by=by, finalised_at=now, finalised_by=by,
    )
    Dispatch.objects.create(letter=letter, channel="email", status=DispatchStatus.SENT, confirmed_at=now,
                            created_by=by)


@pytest.fixture
def send_conclusion_letter(settings, tmp_path):
    """Send a case's conclusion letter through the letters services: draft, final, e-mail, accepted."""
    settings.LETTERS_DIR = tmp_path / "letters"
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}

    def send(case, by):
        from borgerraad.letters import services as letters

        letter = letters.letter_draft(case=case, kind="afslutning", language="da", by=by)
        letter = letters.letter_update(letter=letter, by=by, subject=letter.subject, body=letter.body, channel="email")
        letter = letters.letter_finalise(letter=letter, by=by)
        dispatch = letters.letter_send(letter=letter, by=by)
        assert letters.dispatch_attempt(dispatch_id=dispatch.pk)
        return letter

    return send
