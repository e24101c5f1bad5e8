"""pytest plugin (``-p tests.development_mode`` in pyproject.toml): the suite runs in development mode.

``DJANGO_DEBUG`` defaults to false (production), so the tests ask for development mode
themselves, before pytest-django loads the settings (a conftest.py would be too late). Explicit
values win, and subprocesses the tests start inherit it. pytest-django still runs each test with
``settings.DEBUG = False``, so error pages are the production ones.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "true")
