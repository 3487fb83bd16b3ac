"""Capturing the station's own writes for the push (SQLite triggers).

Triggers on every synced table copy each written row, as it looks afterwards,
into ``sync_changes``; the commit tags the untagged rows with the
transaction's first event. Triggers catch every path (ORM, bulk Core inserts,
guarded ``UPDATE ... WHERE version = ?``), so no service has to remember.

Capture is off on a station that does not sync (nothing would ever read the
copies) and while the pull writes what the server sent (those rows are the
server's already).
"""

from __future__ import annotations

import logging

from sqlalchemy import JSON, Connection, LargeBinary, Table, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app.services.journal import TX_KEY
from app.sync.tables import replicated_tables

log = logging.getLogger(__name__)

_ON = "(SELECT capture FROM sync_state WHERE id = 1) = 1"
# SQLite passes at most 127 arguments to a function: json_object takes a
# name and a value per column.
_MAX_COLUMNS = 63


def _image(tbl: Table, alias: str) -> str:
    parts: list[str] = []
    for column in tbl.columns:
        value = f"{alias}.{column.name}"
        if isinstance(column.type, JSON):
            value = f"json({value})"
        elif isinstance(column.type, LargeBinary):
            raise ValueError(f"{tbl.name}.{column.name}: binary columns are not synced")
        parts.append(f"'{column.name}', {value}")
    if len(tbl.columns) > _MAX_COLUMNS:
        raise ValueError(f"{tbl.name} has too many columns for one json_object")
    return "json_object(" + ", ".join(parts) + ")"


def _trigger_sql(tbl: Table) -> list[str]:
    name = tbl.name
    version = "OLD.version" if "version" in tbl.c else "NULL"
    return [
        f"CREATE TRIGGER sync_{name}_i AFTER INSERT ON {name} WHEN {_ON} BEGIN "
        f"INSERT INTO sync_changes (tbl, op, row_id, base_version, data) "
        f"VALUES ('{name}', 'I', NEW.id, NULL, {_image(tbl, 'NEW')}); END",
        f"CREATE TRIGGER sync_{name}_u AFTER UPDATE ON {name} WHEN {_ON} BEGIN "
        f"INSERT INTO sync_changes (tbl, op, row_id, base_version, data) "
        f"VALUES ('{name}', 'U', NEW.id, {version}, {_image(tbl, 'NEW')}); END",
        f"CREATE TRIGGER sync_{name}_d AFTER DELETE ON {name} WHEN {_ON} BEGIN "
        f"INSERT INTO sync_changes (tbl, op, row_id, base_version, data) "
        f"VALUES ('{name}', 'D', OLD.id, {version}, NULL); END",
    ]


def drop_triggers(conn: Connection) -> None:
    """Before migrations: a schema change is not a station's change to push."""
    names = conn.execute(
        text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 5) = 'sync_'"
        )
    ).scalars()
    for name in list(names):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def install_triggers(conn: Connection) -> None:
    """(Re)create the triggers from the current tables' columns."""
    drop_triggers(conn)
    present = set(inspect(conn).get_table_names())
    for tbl in replicated_tables():
        if tbl.name not in present:
            continue  # a table a later migration makes
        for statement in _trigger_sql(tbl):
            conn.exec_driver_sql(statement)


def set_capture(conn: Connection, on: bool) -> None:
    conn.execute(text("UPDATE sync_state SET capture = :on WHERE id = 1"), {"on": int(on)})


def capture_is_on(conn: Connection) -> bool:
    return bool(conn.scalar(text("SELECT capture FROM sync_state WHERE id = 1")))


def tag_changes(session: Session) -> None:
    """Give this transaction's captured rows to its first event.

    A transaction that wrote synced rows but recorded no event gets a
    ``rows.changed`` event, so nothing written is left behind by the push.
    """
    session.flush()
    tx_id = session.info.get(TX_KEY)
    if tx_id is None:
        untagged = session.scalar(text("SELECT count(*) FROM sync_changes WHERE event_id IS NULL"))
        if not untagged:
            return
        from app.services.journal import record_event

        tables = session.execute(
            text("SELECT DISTINCT tbl FROM sync_changes WHERE event_id IS NULL")
        ).scalars()
        record_event(session, None, "rows.changed", {"tables": sorted(tables)})
        session.flush()
        tx_id = session.info[TX_KEY]
    session.execute(
        text("UPDATE sync_changes SET event_id = :tx WHERE event_id IS NULL"), {"tx": tx_id}
    )


def watch_sessions(factory: sessionmaker[Session], capture: bool) -> None:
    """Forget the transaction's first event at its end; on a syncing station,
    tag captured rows at every commit of sessions from ``factory``."""
    if capture:

        @event.listens_for(factory, "before_commit")
        def _before_commit(session: Session) -> None:
            tag_changes(session)

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        session.info.pop(TX_KEY, None)

    @event.listens_for(factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(TX_KEY, None)


def captured_rows(conn: Connection) -> int:
    """Rows waiting to be pushed (for the status and tests)."""
    return int(conn.scalar(text("SELECT count(*) FROM sync_changes")) or 0)
