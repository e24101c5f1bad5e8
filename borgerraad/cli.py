"""The ``borgerraad`` console command: Django's management commands under the product's name.

``borgerraad migrate``, ``borgerraad runserver``, ``borgerraad triage`` ... all go through
here, so operators never need to know about ``manage.py``.

Rules:

- The settings default to production (``DJANGO_DEBUG`` off). A command that cannot start because
  a variable is missing or malformed stops with one line naming it, not a traceback. Help and
  the version still work without settings.
- ``borgerraad triage`` serves nothing and stores nothing, so it runs with no environment at all:
  development settings unless ``DJANGO_DEBUG`` says otherwise, and when there is no database yet
  (a fresh checkout before ``migrate``) an empty in-memory one, so the engine answers from the
  built-in Copenhagen configuration (``triage/selectors.py``) instead of failing. ``borgerraad triage_learn``
  starts the same way: ``--write-default`` needs no database, and without one the command says in one line
  to run ``migrate`` first.
"""

import os
import sys
from pathlib import Path

_HELP = {"help", "--help", "-h", "version", "--version"}


def _triage_without_environment() -> None:
    os.environ.setdefault("DJANGO_DEBUG", "true")
    from django.conf import settings

    database = settings.DATABASES["default"]
    name = str(database.get("NAME") or "")
    if database["ENGINE"].endswith("sqlite3") and name != ":memory:" and not Path(name).is_file():
        # Nothing to read, and a query must not create the file (or fail on its missing folder).
        database["NAME"] = ":memory:"


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgerraad.settings")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else argv)
    args[0] = "borgerraad"
    command = args[1] if len(args) > 1 else "help"
    try:
        if command in ("triage", "triage_learn"):
            _triage_without_environment()
        settings.INSTALLED_APPS  # noqa: B018 - loads the settings, which validate the environment
    except ImproperlyConfigured as error:
        if command not in _HELP:
            sys.exit(f"borgerraad: {error} (docs/configuration.md; for development set DJANGO_DEBUG=true)")
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
