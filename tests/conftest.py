"""Shared fixtures: the default configuration is in every test database (data migration), and
``admin_client`` is signed in with a second factor, as the admin requires."""

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; the live server's ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    """Test users' passwords are hashed with a fast hasher: PBKDF2's 1.5 million rounds cost a third of a second
    for every user a fixture creates and every sign-in, minutes over the suite (Django's testing docs advise this).
    The production settings keep PBKDF2 (``tests/deploy`` runs them in a subprocess of their own)."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
        if marker is not None or "db" in request.fixturenames:
            _reload_if_emptied(request)
        return
    request.getfixturevalue("transactional_db")
    _reload_defaults()


def _reload_if_emptied(request) -> None:
    """A test in a transaction normally finds the migrations' rows, as pytest-django runs the transactional
    tests (which empty the tables) last in each worker. Should xdist hand a worker one afterwards, load them
    again inside the test's transaction (rolled back with it)."""
    request.getfixturevalue("db")
    from django.contrib.auth.models import Group

    if not Group.objects.exists():
        _reload_defaults()


def _reload_defaults() -> None:
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


# The fixtures through which a test reaches the test database (pytest-django's).
_DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences",
                      "django_db_serialized_rollback"}


def _uses_the_database(item) -> bool:
    """Whether ``item`` runs against the suite's database engine, so its outcome may differ between them.

    A test reaches the database through ``django_db`` or a database fixture, or is marked
    ``every_database`` (it reads ``connection.vendor`` to start a server of its own on the same engine).
    """
    return bool(item.get_closest_marker("django_db") or item.get_closest_marker("every_database")
                or _DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))


def _deselect(config, items, keep) -> None:
    deselected = [item for item in items if not keep(item)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if keep(item)]


def pytest_collection_modifyitems(config, items):
    """Which tests this pass runs.

    - Tests marked ``postgresql`` run in the PostgreSQL pass only (deselected on SQLite).
    - ``make test`` runs the suite twice, on SQLite and then on PostgreSQL. Its second pass sets
      ``BORGERRAAD_TESTS_DATABASE_ONLY=1``: a test that never touches the database engine (the triage
      engine, the lexicon, the calendar, CPR checks, parsers, subprocesses on a SQLite file of their own)
      gives the same result on both, so it runs once, in the first pass. Run alone, every test runs.
    - The real-browser tests (``browser``) check what a person sees and does; they run once, on the
      production engine: the first pass sets ``BORGERRAAD_TESTS_BROWSER=0``. Everything they reach
      through the database is tested on both engines by the rest of the suite.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        _deselect(config, items, lambda item: item.get_closest_marker("postgresql") is None)
    if os.environ.get("BORGERRAAD_TESTS_BROWSER") == "0":
        _deselect(config, items, lambda item: item.get_closest_marker("browser") is None)
    if os.environ.get("BORGERRAAD_TESTS_DATABASE_ONLY") == "1":
        _deselect(config, items, lambda item: _uses_the_database(item)
                  and item.get_closest_marker("own_database") is None)
