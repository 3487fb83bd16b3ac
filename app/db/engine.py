"""Engine and sessions: one short transaction per user action.

SQLite (the embedded default) runs in WAL mode with ``synchronous=FULL`` so a
scan the screen confirmed survives a power cut, a busy timeout so two writers
wait rather than fail, and writes open with ``BEGIN IMMEDIATE`` (a deferred
transaction that later writes fails at once with SQLITE_BUSY instead of
waiting). Reads use a plain deferred BEGIN so they never block a writer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

_READ_ONLY = "station_read_only"


def _is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _install_sqlite_pragmas(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(_READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_db_engine(url: str, busy_timeout_ms: int = 5000, connect_timeout_s: int = 5) -> Engine:
    """An engine for SQLite (file) or PostgreSQL (``postgresql+psycopg://``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ValueError("the station needs a SQLite file, not an in-memory database")
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": busy_timeout_ms / 1000}, pool_pre_ping=False
        )
        _install_sqlite_pragmas(engine, busy_timeout_ms)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(
        parsed,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": connect_timeout_s,
            "application_name": "warehouse-station",
            # A cable pulled mid-query is noticed in seconds, not hours.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
        },
    )
    _serialize_postgres_writes(engine)
    return engine


SYNC_LOCK = 715_100
# An execution option for writes to tables that are not synced (a station's
# contact): they need not wait for the sync lock.
NO_SYNC_LOCK = "no_sync_lock"


def _serialize_postgres_writes(engine: Engine) -> None:
    """Every write transaction on the shared database takes one advisory lock
    first. The sync log's sequence then follows commit order (a station pulling
    ``seq > last`` never skips a late commit), and two writers can never
    deadlock between their row locks and the log's lock."""

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if not (options.get(_READ_ONLY) or options.get(NO_SYNC_LOCK)):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SYNC_LOCK})")


class Database:
    """The station's database: hands out one session per user action."""

    def __init__(self, url: str, busy_timeout_ms: int = 5000, connect_timeout_s: int = 5) -> None:
        self.url = url
        self.engine = create_db_engine(url, busy_timeout_ms, connect_timeout_s)
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @property
    def write_sessions(self) -> sessionmaker[Session]:
        """The factory behind :meth:`write` (sync hooks its commits)."""
        return self._write

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, for the status bar and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with _translate_environment_errors(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look; never takes the write lock."""
        with _translate_environment_errors(), self._read() as session:
            yield session  # closing the session rolls the read transaction back

    def ping(self) -> bool:
        """True when the database answers (status bar)."""
        try:
            with self.engine.connect().execution_options(**{_READ_ONLY: True}) as conn:
                conn.exec_driver_sql("SELECT 1")
            return True
        except DBAPIError:
            return False

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translate_environment_errors() -> Iterator[None]:
    """The environment's faults (locked, disk full, unreachable) become
    :class:`DatabaseUnavailable` for the user; anything else is our bug and
    propagates as it is."""
    try:
        yield
    except OperationalError as exc:
        log.warning("database unavailable: %s", exc)
        raise DatabaseUnavailable(str(exc.orig or exc)) from exc
