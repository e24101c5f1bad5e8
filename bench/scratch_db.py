"""A benchmark's own PostgreSQL database on the server ``DATABASE_URL`` points at (or the local one)."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

PG_DEFAULT = "postgres://postgres@127.0.0.1:5432/postgres"


def admin_url() -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    return url if url.startswith("postgres") else PG_DEFAULT


def url(name: str) -> str:
    return urlunsplit(urlsplit(admin_url())._replace(path=f"/{name}"))


def prepare(name: str, *, reuse: bool) -> None:
    """Create the database ``name`` afresh, or keep the one there with ``reuse``."""
    import psycopg

    with psycopg.connect(admin_url(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and reuse:
            return
        if exists:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")


def drop(name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
