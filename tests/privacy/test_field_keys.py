"""A malformed BORGERRAAD_FIELD_KEYS stops start-up and ``check --deploy``, never the first submission."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from borgerraad.privacy import crypto

GOOD = crypto.generate_key()
# A key one character short, a key that is not base64, and base64 of the wrong length.
MALFORMED = [GOOD[:-1], "ikke-en-nøgle-men-en-adgangskode-0123456789!", "c2hvcnQ="]


def _start(keys: str, *, debug: bool, command: str = "import django; django.setup()"):
    env = {
        **os.environ, "DJANGO_DEBUG": "true" if debug else "false", "DJANGO_SECRET_KEY": "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "example.dk", "BORGERRAAD_FIELD_KEYS": keys,
        "DJANGO_SETTINGS_MODULE": "borgerraad.settings", "DATABASE_URL": "sqlite://:memory:",
    }
    return subprocess.run([sys.executable, "-c", command], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("bad", MALFORMED, ids=["one-character-short", "not-base64", "wrong-length"])
def test_a_malformed_key_stops_production_start_up_without_printing_it(bad):
    result = _start(f"{GOOD},{bad}", debug=False)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "BORGERRAAD_FIELD_KEYS: key 2 of 2 is not a Fernet key" in result.stderr
    assert bad not in result.stderr and GOOD not in result.stderr


def test_a_malformed_key_stops_development_start_up_too():
    result = _start("not-a-key", debug=True)
    assert result.returncode != 0
    assert "key 1 of 1 is not a Fernet key" in result.stderr


def test_check_deploy_refuses_a_malformed_key():
    result = _start(f"{GOOD},{MALFORMED[0]}", debug=False, command=(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['borgerraad', 'check', '--deploy'])"
    ))
    assert result.returncode != 0
    assert "BORGERRAAD_FIELD_KEYS: key 2 of 2" in result.stderr
    assert MALFORMED[0] not in result.stderr


def test_good_keys_start():
    assert _start(f"{GOOD},{crypto.generate_key()}", debug=False).returncode == 0


@pytest.mark.django_db  # the model checks ask the database what it supports (JSON fields)
def test_the_system_check_reports_keys_set_after_start_up(settings):
    settings.FIELD_ENCRYPTION_KEYS = [GOOD, "kort"]
    with pytest.raises(SystemCheckError) as error:
        call_command("check")
    assert "privacy.E001" in str(error.value) and "key 2 of 2" in str(error.value)
    assert "kort" not in str(error.value)
    settings.FIELD_ENCRYPTION_KEYS = [GOOD]
    call_command("check", stdout=open(os.devnull, "w"))
