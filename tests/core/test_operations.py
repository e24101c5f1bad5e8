"""Start-up safety, the health endpoint, security headers and the set-up commands."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from borgerraad.core.models import ClosingDay, ComplaintBody, Department, Office, OpeningHours

ROOT = Path(__file__).resolve().parents[2]
FIELD_KEY = "q3v0bJ4S8cN0lWQ2kXx3r5m6Yq8dZ1fA0hJ9pT7uV2w="  # a valid Fernet key, for tests only


def import_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "-c", "import borgerraad.settings"],
        env={**clean, **env}, cwd=ROOT, capture_output=True, text=True, check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = import_settings(DJANGO_DEBUG="false", DJANGO_ALLOWED_HOSTS="br.example.dk")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = import_settings(DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_both_and_reads_secrets_from_files(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("s" * 50)
    result = import_settings(
        DJANGO_DEBUG="false", DJANGO_SECRET_KEY_FILE=str(secret), DJANGO_ALLOWED_HOSTS="br.example.dk",
        BORGERRAAD_FIELD_KEYS=FIELD_KEY, DATABASE_URL="postgres://borgerraad@db/borgerraad",
    )
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_field_encryption_keys():
    result = import_settings(
        DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="br.example.dk",
        DATABASE_URL="postgres://borgerraad@db/borgerraad",
    )
    assert result.returncode != 0
    assert "BORGERRAAD_FIELD_KEYS must be set" in result.stderr


def test_production_refuses_to_start_without_a_database_url():
    """No silent SQLite file in the project folder on a production server."""
    result = import_settings(
        DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="br.example.dk",
        BORGERRAAD_FIELD_KEYS=FIELD_KEY,
    )
    assert result.returncode != 0
    assert "DATABASE_URL must be set in production" in result.stderr


def test_production_is_the_default_when_nothing_is_set():
    """A server missing DJANGO_DEBUG does not run in debug mode with the development key."""
    assert "DJANGO_SECRET_KEY must be set" in import_settings().stderr
    development = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.DEBUG)"],
        env={"DJANGO_SETTINGS_MODULE": "borgerraad.settings", "DJANGO_SECRET_KEY": "x" * 50,
             "DJANGO_ALLOWED_HOSTS": "br.example.dk", "BORGERRAAD_FIELD_KEYS": FIELD_KEY,
             "DATABASE_URL": "postgres://borgerraad@db/borgerraad"},
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert development.stdout.strip() == "False", development.stderr


def test_a_command_without_its_settings_says_in_one_line_what_to_set(tmp_path):
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "borgerraad"), "migrate"], env={}, cwd=tmp_path,
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "borgerraad: The environment variable DJANGO_SECRET_KEY must be set. "
        "(docs/configuration.md; for development set DJANGO_DEBUG=true)"
    ]
    assert "Traceback" not in result.stderr


def test_a_malformed_boolean_is_refused_with_its_name():
    result = import_settings(DJANGO_DEBUG="maybe")
    assert "DJANGO_DEBUG must be true or false" in result.stderr


@pytest.mark.django_db
def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.django_db
def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_the_default_configuration_is_copenhagen():
    office = Office.objects.get()
    assert office.municipality == "Københavns Kommune"
    assert office.phone == "33 66 14 00"
    assert set(Department.objects.values_list("code", flat=True)) == {"OKF", "KFF", "BUF", "SUF", "SOF", "TMF", "BIF"}
    codes = set(ComplaintBody.objects.values_list("code", flat=True))
    assert {"ankestyrelsen", "tilsynet", "ombudsmanden", "udbetaling_danmark", "region"} <= codes
    # Phone Mon, Tue, Thu, Fri; in person every weekday.
    assert sorted(OpeningHours.objects.filter(channel="phone").values_list("weekday", flat=True)) == [0, 1, 3, 4]
    assert OpeningHours.objects.filter(channel="in_person").count() == 5


@pytest.mark.django_db
def test_demo_data_and_staff_user_are_idempotent(capsys):
    call_command("demo_data")
    call_command("demo_data")
    assert ClosingDay.objects.count() == 2
    call_command("ensure_staff", username="alice")
    first = capsys.readouterr().out
    assert "user: alice  password: " in first
    password = first.split("password: ")[1].strip()
    assert get_user_model().objects.get(username="alice").check_password(password)
    call_command("ensure_staff", username="alice")
    second = capsys.readouterr().out
    assert password not in second and "exists" in second


@pytest.mark.django_db
def test_load_defaults_keeps_edits_unless_told_to_overwrite():
    Department.objects.filter(code="BIF").update(email="jobcenter@example.dk")
    call_command("load_defaults")
    assert Department.objects.get(code="BIF").email == "jobcenter@example.dk"
    call_command("load_defaults", overwrite=True)
    assert Department.objects.get(code="BIF").email == "bif@kk.dk"


def test_the_console_command_wraps_django_management():
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "borgerraad"), "help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "migrate" in result.stdout and "ensure_staff" in result.stdout


@pytest.mark.django_db
def test_the_staff_login_points_at_the_address_make_run_serves(capsys):
    call_command("ensure_staff", username="bodil", site="http://127.0.0.1:8123")
    assert "Log in at http://127.0.0.1:8123/medarbejder/log-ind/" in capsys.readouterr().out
