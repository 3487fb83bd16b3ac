"""Opening the station's database: migrate, register the station, and on the
embedded default fill an empty database with the demo warehouse. A station
that syncs joins its server first (its replica comes from there)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from app.config import Config
from app.db import migrate
from app.db.engine import Database
from app.errors import DatabaseUnavailable
from app.sync.client import SyncClient

log = logging.getLogger(__name__)


@dataclass
class Station:
    config: Config
    db: Database
    station_id: str
    demo_loaded: bool = False
    sync: SyncClient | None = None

    @property
    def shared_db(self) -> Database:
        """Where steps that need one truth for everyone run (auditing, cutting
        batches): the server when the station syncs, else its own database."""
        return self.sync.server if self.sync else self.db

    def refresh_replica(self) -> None:
        """After a step on the server: one sync round, so this station shows
        the result at once (call it off the GUI thread; never raises for an
        unreachable server)."""
        if self.sync:
            self.sync.round()

    def close(self) -> None:
        if self.sync:
            self.sync.server.dispose()
        self.db.dispose()


def open_database(config: Config) -> Database:
    """Open and migrate. Raises SchemaTooNew (database untouched) when the
    database was written by a newer program."""
    db = Database(config.database_url(), config.database.busy_timeout_ms)
    try:
        migrate.upgrade(db.engine)
    except OperationalError as exc:  # the environment's fault: unreachable, locked, full
        db.dispose()
        raise DatabaseUnavailable(f"{db.display_url}: {exc.orig or exc}") from exc
    except Exception:
        db.dispose()
        raise
    return db


def connect_sync(config: Config, db: Database) -> SyncClient:
    """The station's link to its server; joins on the first start.

    A station that joined before starts offline when the server is away; a
    new one cannot (it has no data yet) and says so.
    """
    from app.db.models import SyncState
    from app.sync.capture import watch_sessions
    from app.sync.settings import server_url
    from app.sync.shared import ServerDatabase

    server = ServerDatabase(
        server_url(config.sync).render_as_string(hide_password=False),
        connect_timeout_s=config.sync.connect_timeout_s,
    )
    client = SyncClient(
        db,
        server,
        station_id="",
        station_code=config.station.code,
        station_name=config.station.name,
        batch_events=config.sync.batch_events,
    )
    watch_sessions(db.write_sessions, capture=True)
    with db.read() as session:
        joined = session.scalar(select(SyncState.server_id).where(SyncState.id == 1))
    try:
        client.join()
    except (DBAPIError, DatabaseUnavailable) as exc:
        if not joined:
            server.dispose()
            raise DatabaseUnavailable(
                f"the first start of a station that syncs needs its server "
                f"({server.display_url}): {getattr(exc, 'orig', None) or exc}"
            ) from exc
        log.warning("server unreachable at start; working offline: %s", exc)
    except Exception:  # not a server this station can join: say so, leave nothing open
        server.dispose()
        raise
    return client


def open_station(config: Config, demo_if_empty: bool | None = None) -> Station:
    """Everything the GUI needs before the login screen.

    ``demo_if_empty`` defaults to True on the embedded default (no database
    URL and no server configured), so a newcomer's first start shows a
    working warehouse.
    """
    from app.demo import database_is_empty, load_demo
    from app.services.printers import ensure_embedded_printer
    from app.services.users import ensure_station
    from app.sync.capture import set_capture

    db = open_database(config)
    sync: SyncClient | None = None
    if config.sync.enabled:
        try:
            sync = connect_sync(config, db)
        except Exception:
            db.dispose()
            raise
        demo_if_empty = False
    elif db.backend == "sqlite":
        with db.engine.begin() as conn:
            set_capture(conn, False)  # a station that left its server stops recording
    if demo_if_empty is None:
        demo_if_empty = not config.database.url
    demo_loaded = False
    if demo_if_empty and database_is_empty(db):
        summary = load_demo(db)
        log.info("empty embedded database: demo data loaded (%s)", summary)
        demo_loaded = True
    station_id = ensure_station(
        db, config.station.code, config.station.name, config.station.warehouse
    )
    # With no printer configured the station prints PDFs into a folder.
    ensure_embedded_printer(db, station_id, str(config.print_folder()))
    if sync:
        sync.station_id = station_id
        sync.round()  # this station's own row reaches the server before its first step
    return Station(config=config, db=db, station_id=station_id, demo_loaded=demo_loaded, sync=sync)
