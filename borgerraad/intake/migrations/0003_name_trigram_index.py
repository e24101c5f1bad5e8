"""A trigram index for the staff search's name match (``name__icontains``), on PostgreSQL only.

``icontains`` compiles to ``UPPER(name) LIKE UPPER('%...%')``: the index is on ``UPPER(name)``
with ``gin_trgm_ops``, so the match no longer reads every henvendelse (bench/casework_bench.py).
``pg_trgm`` is a trusted extension (PostgreSQL 13+): the database owner may create it. Where it
is not available the index is skipped and the search still works, by a scan.
"""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        if cursor.fetchone() is None:
            return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS intake_henv_name_upper_trgm ON intake_henvendelse "
        "USING gin (UPPER(name) gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS intake_henv_name_upper_trgm")


class Migration(migrations.Migration):
    dependencies = [("intake", "0002_performance_indexes")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
