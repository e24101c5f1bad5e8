"""Seeding for the recurring-problems tests: cases and klagepunkter written straight to the database.

The clustering reads klagepunkter, not the way they got there, so the cases are made without the
registration service (fast: a test seeds some 30 of them). Lene leads the office, Rasmus is an
advisor and Sanne the secretary. ``TODAY`` is the frozen date of every test.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import Case, Klagepunkt
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.intake.models import Henvendelse

TODAY = dt.date(2026, 6, 30)
NOW = dt.datetime(2026, 6, 30, 10, 0, tzinfo=TZ)
JOBCENTER = "Jobcenter København"

_numbers = itertools.count(1)


def seeded_case(*, received_on: dt.date, restricted: bool = False, assigned_to=None) -> Case:
    number = next(_numbers)
    reference = f"BR-2026-{number:05d}"
    henvendelse = Henvendelse.objects.create(
        reference=reference, channel="web", received_at=dt.datetime.combine(received_on, dt.time(12), TZ),
        submitter_kind="citizen", name=f"Borger {number}", preferred_channel="email",
        description="Se klagepunkterne.", submission_key=f"systemic:{number}",
    )
    return Case.objects.create(
        henvendelse=henvendelse, reference=reference, received_on=received_on, acknowledgement_due=received_on,
        target_working_days=30, target_date=received_on + dt.timedelta(days=42), restricted=restricted,
        assigned_to=assigned_to,
    )


def seeded_point(*, text: str, received_on: dt.date = TODAY, case: Case | None = None, unit: str = JOBCENTER,
                 ground: str = "sagsbehandling", department: str = "BIF") -> Klagepunkt:
    """One klagepunkt in a case of its own (or in ``case``)."""
    case = case or seeded_case(received_on=received_on)
    return Klagepunkt.objects.create(
        case=case, number=case.klagepunkter.count() + 1, ground=ground,
        department=Department.objects.get(code=department), unit=unit, description=text, decision="case",
        decided_at=timezone.now(),
    )


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def _user(username: str, role: Role) -> User:
    user = User.objects.create_user(username=username, first_name=username.title())
    user.groups.add(Group.objects.get_or_create(name=role.value)[0])
    return user


@pytest.fixture
def lene(db):
    return _user("lene", Role.LEDER)


@pytest.fixture
def rasmus(db):
    return _user("rasmus", Role.RAADGIVER)


@pytest.fixture
def sanne(db):
    return _user("sanne", Role.SEKRETAER)
