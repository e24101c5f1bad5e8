"""The office's staff, one per role, for the policy and sign-in tests.

Rita is a rådgiver, Lene the leder, Sune the sekretær, Alf the administrator and Bent a
borgerrepræsentant. Everyone shares the test password from helpers.PASSWORD.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import translation

from borgerraad.accounts.roles import Role
from tests.accounts.helpers import staff_user


@pytest.fixture(autouse=True)
def danish():
    with translation.override("da"):
        yield


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rita(db):
    return staff_user("rita", Role.RAADGIVER, first_name="Rita", last_name="Rådgiver")


@pytest.fixture
def lene(db):
    return staff_user("lene", Role.LEDER)


@pytest.fixture
def sune(db):
    return staff_user("sune", Role.SEKRETAER)


@pytest.fixture
def alf(db):
    return staff_user("alf", Role.ADMINISTRATOR)


@pytest.fixture
def bent(db):
    return staff_user("bent", Role.BORGERREPRAESENTANT, is_staff=False)
