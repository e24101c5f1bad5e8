"""Moving the test database between migration states, and always back to every app's latest."""

from __future__ import annotations

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_to(*targets: tuple[str, str]) -> None:
    """Migrate to ``targets``; migrating an app back also unapplies the migrations of the apps built on it."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(list(targets))


def migrate_to_latest() -> None:
    """Every app's last migration, so a test that went back leaves the schema as the next test expects it."""
    migrate_to(*MigrationExecutor(connection).loader.graph.leaf_nodes())
