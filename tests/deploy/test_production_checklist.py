"""The production checklist in docs/configuration.md, run as written, against what ships in deploy/.

In a temporary folder with production settings (DJANGO_DEBUG=false, a generated secret and field
key, allowed hosts, a database of its own: a SQLite file, or a fresh PostgreSQL database when the
suite runs on PostgreSQL): ``migrate``, ``collectstatic``, ``check --deploy`` with warnings as
errors, then gunicorn with ``deploy/gunicorn.conf.py`` on a free loopback port.
"""

from __future__ import annotations

import gzip
import http.client
import os
import re
import secrets
import subprocess
from pathlib import Path

import pytest
import yaml
from cryptography.fernet import Fernet
from django.db import connection

from tests.processes import BIN, ROOT, gunicorn_serving, postgres_database

HOST = "br.example.dk"
DEPLOY = ROOT / "deploy"


@pytest.fixture
def database_url(tmp_path):
    """A database of the checklist's own, on the engine the suite runs on."""
    if connection.vendor != "postgresql":
        yield f"sqlite:///{tmp_path / 'borgerraad.sqlite3'}"
        return
    with postgres_database("br_checklist") as url:
        yield url


@pytest.fixture
def production_env(tmp_path, database_url) -> dict[str, str]:
    """Only what the checklist exports, nothing inherited from the test run (no DJANGO_DEBUG)."""
    (tmp_path / "secret_key").write_text(secrets.token_urlsafe(50))
    (tmp_path / "field_keys").write_text(Fernet.generate_key().decode())
    return {
        "PATH": f"{BIN}:/usr/bin:/bin",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY_FILE": str(tmp_path / "secret_key"),
        "BORGERRAAD_FIELD_KEYS_FILE": str(tmp_path / "field_keys"),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "BORGERRAAD_VAR_DIR": str(tmp_path / "var"),
    }


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BIN / "borgerraad"), *args], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, f"borgerraad {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture
def gunicorn(production_env, tmp_path):
    """The checklist's commands in order, then gunicorn started exactly as the systemd unit and the
    container start it, on a free loopback port. Yields the port and the server's log file."""
    _run(production_env, "migrate", "--noinput", "-v", "0")
    _run(production_env, "collectstatic", "--noinput", "-v", "0")
    check = _run(production_env, "check", "--deploy", "--fail-level", "WARNING")
    assert "System check identified no issues" in check.stdout

    log_path = tmp_path / "gunicorn.log"
    with gunicorn_serving(production_env, workers=1, log_path=log_path) as port:
        yield port, log_path


def _get(port: int, path: str, **headers: str) -> tuple[http.client.HTTPResponse, bytes]:
    """One GET without following redirects (a redirect to https must show, not be hidden)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Host": HOST, **headers})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


@pytest.mark.every_database  # the checklist migrates a database of its own on the suite's engine
def test_the_production_checklist_runs_as_written(production_env, gunicorn):
    """migrate, collectstatic and check --deploy pass (in the fixture); then gunicorn serves."""
    port, log_path = gunicorn
    # The health check over plain HTTP, as a probe behind the TLS proxy asks (no X-Forwarded-Proto).
    response, body = _get(port, "/healthz?cpr=010203-1234")
    assert response.status == 200, (response.status, response.getheader("Location"))
    assert body == b'{"status": "ok", "database": "ok"}'

    # Every other page still goes to HTTPS ...
    response, _ = _get(port, "/")
    assert response.status == 301 and response.getheader("Location") == f"https://{HOST}/"
    # ... and through the proxy it is served, compressed when asked.
    response, body = _get(port, "/", **{"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    page = gzip.decompress(body).decode()
    assert "Borgerrådgiveren" in page and response.getheader("Strict-Transport-Security")

    # The stylesheet under its hashed name, from WhiteNoise's precompressed file.
    stylesheet = re.search(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"', page).group(1)
    response, body = _get(port, stylesheet, **{"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"})
    assert response.status == 200 and response.getheader("Content-Type").startswith("text/css")
    assert response.getheader("Content-Encoding") == "gzip"
    collected = Path(production_env["BORGERRAAD_VAR_DIR"]) / "static" / stylesheet.removeprefix("/static/")
    assert gzip.decompress(body) == collected.read_bytes()

    # The access log has the path but never the query string (search queries hold CPR numbers).
    log = log_path.read_text()
    assert '"GET /healthz HTTP/1.1" 200' in log
    assert "010203-1234" not in log


def test_deploy_ships_the_units_and_the_compose_file_the_checklist_names():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) >= {"web", "worker", "scheduler", "db", "redis", "migrate"}
    assert services["web"]["command"] == ["gunicorn", "-c", "deploy/gunicorn.conf.py"]
    assert services["worker"]["command"] == ["borgerraad", "worker"]
    assert services["scheduler"]["command"] == ["borgerraad", "scheduler"]
    assert services["migrate"]["command"] == ["borgerraad", "migrate", "--noinput"]
    assert services["web"]["environment"]["DJANGO_DEBUG"] == "false"
    assert services["db"]["image"].startswith("postgres:") and services["redis"]["image"].startswith("redis:")
    assert (DEPLOY / compose["services"]["web"]["build"]["dockerfile"].removeprefix("deploy/")).is_file()
    for secret in compose["secrets"].values():
        assert secret["file"].startswith("secrets/")

    units = {path.name: path.read_text() for path in (DEPLOY / "systemd").glob("*.service")}
    assert set(units) == {"borgerraad-web.service", "borgerraad-worker.service", "borgerraad-scheduler.service"}
    for text in units.values():
        assert "EnvironmentFile=/etc/borgerraad/borgerraad.env" in text and "Restart=always" in text
    assert "ExecStart=/opt/borgerraad/.venv/bin/gunicorn -c deploy/gunicorn.conf.py" in units["borgerraad-web.service"]
    assert "ExecStart=/opt/borgerraad/.venv/bin/borgerraad worker\n" in units["borgerraad-worker.service"]
    assert "ExecStart=/opt/borgerraad/.venv/bin/borgerraad scheduler\n" in units["borgerraad-scheduler.service"]

    # The commands the units and the compose file run exist.
    commands = subprocess.run(
        [str(BIN / "borgerraad"), "help", "--commands"], env={**os.environ, "DJANGO_DEBUG": "true"},
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert {"worker", "scheduler", "migrate", "collectstatic"} <= set(commands)
    assert (BIN / "gunicorn").is_file()
