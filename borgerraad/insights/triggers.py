"""The triggers that keep the statistics' aggregate honest (``aggregate.py``, docs/insights.md).

Every insert, update and delete of a case, klagepunkt, høring or henvendelse writes the days whose
counts it may change as ``AggregateDirtyDay`` rows, in the same transaction: the case's day of
receipt and, for a case, the local day of its conclusion (before and after the change). Triggers,
not signals, so that nothing escapes: ``QuerySet.update``, imports and SQL seeding are counted too.
A refresh recounts those days. Over-marking (a change that moves no figure) only costs a recount.

They are created after every ``migrate`` (``post_migrate``, from ``InsightsConfig.ready``): SQLite
drops a table's triggers when a migration rebuilds the table. When one was missing, the aggregate
is forgotten until it is rebuilt in full, as changes may have gone unmarked meanwhile.
"""

from __future__ import annotations

from django.db import connections

from borgerraad.core.calendar import TZ

DIRTY = "insights_aggregatedirtyday"

# table: (name, SQL giving the days of receipt of row R, where R is NEW or OLD)
_TABLES = {
    "cases_case": "SELECT R.received_on",
    "cases_klagepunkt": "SELECT received_on FROM cases_case WHERE id = R.case_id",
    "cases_hoering": "SELECT received_on FROM cases_case WHERE id = R.case_id",
    "intake_henvendelse": "SELECT received_on FROM cases_case WHERE henvendelse_id = R.id",
}


def _pg_function(table: str, days: str) -> str:
    closed = ""
    if table == "cases_case":
        closed = (f"INSERT INTO {DIRTY} (day) SELECT (R.closed_at AT TIME ZONE '{TZ.key}')::date "
                  "WHERE R.closed_at IS NOT NULL;")
    body = f"INSERT INTO {DIRTY} (day) {days}; {closed}"
    return f"""
CREATE OR REPLACE FUNCTION insights_dirty_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN {body.replace("R.", "OLD.")} END IF;
  IF TG_OP <> 'DELETE' THEN {body.replace("R.", "NEW.")} END IF;
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER insights_dirty AFTER INSERT OR UPDATE OR DELETE ON {table}
  FOR EACH ROW EXECUTE FUNCTION insights_dirty_{table}();
"""


def _sqlite_triggers(table: str, days: str) -> list[tuple[str, str]]:
    """(name, SQL) per event; the local day of a conclusion is the UTC day or the next (UTC+1 or +2)."""
    found = []
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        body = []
        for row in rows:
            body.append(f"INSERT INTO {DIRTY} (day) {days.replace('R.', row + '.')};")
            if table == "cases_case":
                for shift in ("", ", '+1 day'"):
                    body.append(f"INSERT INTO {DIRTY} (day) SELECT date({row}.closed_at{shift}) "
                                f"WHERE {row}.closed_at IS NOT NULL;")
        name = f"insights_dirty_{table}_{event.lower()}"
        found.append((name, f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} "
                            f"BEGIN {' '.join(body)} END;"))
    return found


def triggers_ensure(using: str = "default") -> bool:
    """Create the triggers where missing; True when all were there already."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    if DIRTY not in tables or not set(_TABLES) <= tables:
        return True  # before the migrations that create them
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'insights_dirty'")
            present = cursor.fetchone()[0] == len(_TABLES)
            for table, days in _TABLES.items():
                cursor.execute(_pg_function(table, days))
            return present
        if connection.vendor != "sqlite":
            return True
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        existing = {row[0] for row in cursor.fetchall()}
        wanted = [trigger for table, days in _TABLES.items() for trigger in _sqlite_triggers(table, days)]
        for _name, sql in wanted:
            cursor.execute(sql)
        return {name for name, _sql in wanted} <= existing


def triggers_drop(connection) -> None:
    """Remove the triggers (migrating back past the aggregate: they would write to a table that is gone)."""
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for table in _TABLES:
            if connection.vendor == "postgresql":
                if table in tables:
                    cursor.execute(f"DROP TRIGGER IF EXISTS insights_dirty ON {table}")
                cursor.execute(f"DROP FUNCTION IF EXISTS insights_dirty_{table}()")
            elif connection.vendor == "sqlite":
                for name, _sql in _sqlite_triggers(table, _TABLES[table]):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def on_post_migrate(sender, using="default", **kwargs) -> None:
    """After ``migrate``: create missing triggers; forget the aggregate when one was missing."""
    if not triggers_ensure(using):
        from borgerraad.insights.models import AggregateState

        AggregateState.objects.using(using).update(built_at=None)
