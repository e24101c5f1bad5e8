"""Real processes for the tests that start them: free loopback ports, polling with a deadline, a
PostgreSQL database of a test's own, and gunicorn started with the shipped ``deploy/gunicorn.conf.py``.

Used by the production checklist (tests/deploy), the fault tests and the load test (tests/core).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition: Callable, what: str, timeout: float = 30):
    """``condition()``'s first truthy value, polled every 50 ms; fails after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if value := condition():
            return value
        time.sleep(0.05)
    raise AssertionError(f"Timed out waiting for {what}")


def postgres_params(dbname: str = "postgres") -> dict:
    """psycopg connection arguments for the PostgreSQL server the suite runs on."""
    server = settings.DATABASES["default"]
    return {"host": server["HOST"] or "127.0.0.1", "port": server["PORT"] or 5432, "user": server["USER"],
            "password": server["PASSWORD"] or None, "dbname": dbname}


@contextmanager
def postgres_database(prefix: str) -> Iterator[str]:
    """A new, empty database ``<prefix>_<random>`` on the suite's PostgreSQL server; yields its URL
    and drops it afterwards (closing any connection a server left open)."""
    import psycopg

    params = {**postgres_params(), "autocommit": True}
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(**params) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    server = settings.DATABASES["default"]
    password = f":{server['PASSWORD']}" if server["PASSWORD"] else ""
    try:
        yield f"postgres://{server['USER']}{password}@{params['host']}:{params['port']}/{name}"
    finally:
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def gunicorn_serving(env: dict[str, str], *, workers: int, log_path: Path, timeout: float = 60) -> Iterator[int]:
    """gunicorn started as the systemd unit and the container start it (``gunicorn -c
    deploy/gunicorn.conf.py``) on a free loopback port with ``workers`` workers; yields the port once
    it listens, and stops it (SIGTERM, then SIGKILL after 30 s) afterwards."""
    port = free_port()
    env = {**env, "BORGERRAAD_BIND": f"127.0.0.1:{port}", "BORGERRAAD_WORKERS": str(workers)}
    with log_path.open("w") as log:
        process = subprocess.Popen([str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py"], env=env, cwd=ROOT,
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while True:
                assert process.poll() is None, log_path.read_text()
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1):
                        break
                except OSError:
                    assert time.monotonic() < deadline, f"gunicorn did not start listening within {timeout} s"
                    try:
                        process.wait(timeout=0.1)  # the poll's pace; returns at once if gunicorn exits
                    except subprocess.TimeoutExpired:
                        pass
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
