"""Opening the station's database: migrate, register the station, and on the
embedded default fill an empty database with the demo warehouse."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import OperationalError

from app.config import Config
from app.db import migrate
from app.db.engine import Database
from app.errors import DatabaseUnavailable

log = logging.getLogger(__name__)


@dataclass
class Station:
    config: Config
    db: Database
    station_id: str
    demo_loaded: bool = False


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


def open_station(config: Config, demo_if_empty: bool | None = None) -> Station:
    """Everything the GUI needs before the login screen.

    ``demo_if_empty`` defaults to True on the embedded default (no database
    URL configured), so a newcomer's first start shows a working warehouse.
    """
    from app.demo import database_is_empty, load_demo
    from app.services.printers import ensure_embedded_printer
    from app.services.users import ensure_station

    db = open_database(config)
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
    return Station(config=config, db=db, station_id=station_id, demo_loaded=demo_loaded)
