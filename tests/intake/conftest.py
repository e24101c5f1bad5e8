"""Fixtures for the intake tests: uploads in a temporary folder, a fresh rate-limit cache, and
Alice, a citizen whose complaint about a slow jobcentre runs through most tests."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.utils import translation

from borgerraad.core.models import Department
from borgerraad.intake.services import HenvendelseData


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def danish():
    """Messages are asserted in Danish, whatever language an earlier test left active."""
    with translation.override("da"):
        yield


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def alice() -> HenvendelseData:
    """Alice waited eight weeks for the jobcentre to answer her letters; she complained there first."""
    return HenvendelseData(
        name="Alice Jensen",
        address="Nørregade 1, 1165 København K",
        email="alice@example.dk",
        phone="20 30 40 50",
        preferred_channel="email",
        cpr="120483-1234",
        department=Department.objects.get(code="BIF"),
        unit="Jobcenter København",
        description="Jeg har ventet otte uger på svar fra jobcentret på mine breve og har rykket to gange.",
        desired_outcome="Jeg vil have svar på mine breve.",
        event_date=dt.date(2026, 9, 1),
        contacted_unit="yes_no_answer",
        consent=True,
    )
