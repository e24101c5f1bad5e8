"""Shared fixtures: the default configuration is in every test database (data migration), and
``admin_client`` is signed in with a second factor, as the admin requires."""

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; the live server's ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _office_language():
    """Every test starts in the office's language (Danish). A request to an English page activates English
    in the test's thread (LocaleMiddleware), and without this the next test in that worker would inherit it."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _data_from_migrations(request):
    """Give transactional tests the rows the data migrations made.

    pytest-django empties every table after a transactional test (``transaction=True``,
    ``transactional_db``, ``live_server``), so the next one would start without Copenhagen's
    configuration, the role groups or the letter templates. Reload them before each such test.
    """
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(request.fixturenames)
    )
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    from borgerraad.accounts.services import roles_ensure
    from borgerraad.core.services import configuration_load_defaults
    from borgerraad.letters.defaults import letter_templates_load_defaults

    configuration_load_defaults()
    roles_ensure()
    letter_templates_load_defaults()


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's admin_client, signed in with a second factor as the admin requires."""
    from tests.accounts.helpers import login_verified

    login_verified(client, admin_user)
    return client


def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgresql`` run in the PostgreSQL pass of ``make test`` only (deselected on SQLite)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    selected = [item for item in items if item.get_closest_marker("postgresql") is None]
    deselected = [item for item in items if item.get_closest_marker("postgresql") is not None]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected
