"""The shared database's sync objects (PostgreSQL only).

- ``sync_log``: every row written on the server, in commit order, as the row
  looks afterwards (``to_jsonb``). Stations pull ``seq > last_seen``.
  A trigger fills it; writers take one advisory lock first, so sequence order
  is commit order and a puller never skips a row committed late.
- ``sync_events``: every event a station pushed, keyed by its uuid (a repeat
  is a no-op), with its outcome: applied, or rejected and why.
- ``station_contacts``: each station's last contact and backlog.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB

from app.db.base import UTCDateTime, new_id
from app.db.engine import SYNC_LOCK
from app.sync.tables import replicated_tables

server_metadata = MetaData()

sync_log = Table(
    "sync_log",
    server_metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=True),
    Column("tbl", String(64), nullable=False),
    Column("op", String(1), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("data", JSONB),
)

sync_events = Table(
    "sync_events",
    server_metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("tx_id", String(36), nullable=False),
    Column("station_id", String(36), index=True),
    Column("station_seq", Integer, nullable=False),
    Column("type", String(64), nullable=False),
    Column("payload", JSON),
    Column("user_id", String(36)),
    Column("occurred_at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime, nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("conflict", JSON),
    Column("changes", Integer, nullable=False, default=0),
)

station_contacts = Table(
    "station_contacts",
    server_metadata,
    Column("station_id", String(36), primary_key=True),
    Column("code", String(32), nullable=False, default=""),
    Column("name", String(100), nullable=False, default=""),
    Column("last_contact_at", UTCDateTime),
    Column("last_push_at", UTCDateTime),
    Column("backlog", Integer, nullable=False, default=0),
    Column("last_seen_seq", BigInteger, nullable=False, default=0),
    Column("program_version", String(32), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
)

sync_meta = Table(
    "sync_meta",
    server_metadata,
    Column("key", String(32), primary_key=True),
    Column("value", Text, nullable=False),
)

_CAPTURE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION sync_capture() RETURNS trigger AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({SYNC_LOCK});
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_log (tbl, op, row_id, data)
        VALUES (TG_TABLE_NAME, 'D', OLD.id, NULL);
    ELSE
        INSERT INTO sync_log (tbl, op, row_id, data)
        VALUES (TG_TABLE_NAME, left(TG_OP, 1), NEW.id, to_jsonb(NEW));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def is_server(conn: Connection) -> bool:
    """True when this PostgreSQL database was prepared for stations to sync."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.scalar(text("SELECT to_regclass('sync_log') IS NOT NULL")))


def install(conn: Connection) -> None:
    """Create the sync tables, the capture function and a trigger per synced
    table. Idempotent: run after every migration of the shared database."""
    server_metadata.create_all(conn)
    conn.execute(
        text(
            "INSERT INTO sync_meta (key, value) VALUES ('server_id', :id) "
            "ON CONFLICT (key) DO NOTHING"
        ),
        {"id": new_id()},
    )
    conn.exec_driver_sql(_CAPTURE_FUNCTION)
    for tbl in replicated_tables():
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS sync_capture ON "{tbl.name}"')
        conn.exec_driver_sql(
            f'CREATE TRIGGER sync_capture AFTER INSERT OR UPDATE OR DELETE ON "{tbl.name}" '
            "FOR EACH ROW EXECUTE FUNCTION sync_capture()"
        )


def server_id(conn: Connection) -> str:
    """The shared database's identity: a station's replica belongs to one
    server and refuses to be pointed at another silently."""
    return str(conn.scalar(text("SELECT value FROM sync_meta WHERE key = 'server_id'")))
