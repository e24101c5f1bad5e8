"""Field encryption: values are encrypted at rest, keys rotate, production needs keys."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.db import connection

from borgerraad.privacy import crypto
from tests.intake.factories import make_henvendelse

OLD_KEY = crypto.generate_key()
NEW_KEY = crypto.generate_key()


def test_round_trip_and_randomised(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    first, second = crypto.encrypt("120483-1234"), crypto.encrypt("120483-1234")
    assert first.startswith("fernet:") and "120483" not in first
    assert first != second  # randomised: equal values cannot be matched in the database
    assert crypto.decrypt(first) == crypto.decrypt(second) == "120483-1234"


def test_every_key_decrypts_and_the_first_encrypts(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    old_token = crypto.encrypt("hemmelig")
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    assert crypto.decrypt(old_token) == "hemmelig"
    rotated = crypto.rotate(old_token)
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]
    assert crypto.decrypt(rotated) == "hemmelig"
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt(old_token)


def _raw(column: str, table: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_cpr_and_free_text_are_not_stored_in_plain_text():
    henvendelse = make_henvendelse(
        with_cpr=True, description="Min søns cpr er 0101101234, og sagen er gået i stå hos jobcentret.",
    )
    raw_cpr = _raw("cpr", "intake_henvendelse", henvendelse.pk)
    raw_text = _raw("description", "intake_henvendelse", henvendelse.pk)
    assert raw_cpr.startswith("fernet:") and "120483" not in raw_cpr and "1234" not in raw_cpr
    assert raw_text.startswith("fernet:") and "0101101234" not in raw_text
    henvendelse.refresh_from_db()
    assert henvendelse.cpr == "120483-1234"
    assert henvendelse.cpr_masked == "120483-xxxx"
    assert henvendelse.text_has_cpr
    assert "010110-xxxx" in henvendelse.description_masked and "0101101234" not in henvendelse.description_masked


@pytest.mark.django_db
def test_rotate_field_keys_re_encrypts_every_row(settings):
    settings.FIELD_ENCRYPTION_KEYS = [OLD_KEY]
    henvendelse = make_henvendelse(with_cpr=True)
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]
    call_command("rotate_field_keys", stdout=open(os.devnull, "w"))
    settings.FIELD_ENCRYPTION_KEYS = [NEW_KEY]  # the old key is gone: everything must still read
    henvendelse.refresh_from_db()
    assert henvendelse.cpr == "120483-1234"
    assert henvendelse.description.startswith("Min sag")


def test_production_refuses_to_start_without_keys(tmp_path):
    env = {
        **os.environ, "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "example.dk", "BORGERRAAD_FIELD_KEYS": "", "DATABASE_URL": "sqlite://:memory:",
        "DJANGO_SETTINGS_MODULE": "borgerraad.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert "BORGERRAAD_FIELD_KEYS" in result.stderr
    env["BORGERRAAD_FIELD_KEYS"] = NEW_KEY
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
