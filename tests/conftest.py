"""Shared fixtures: a temporary station home and WAL database per test, and a
real PostgreSQL server for the session (started on first use)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.config import HOME_ENV, Config, Paths, load_config  # noqa: E402
from app.db import migrate  # noqa: E402
from app.db.engine import Database  # noqa: E402
from tests.pg_server import PgServer, running_pg_server  # noqa: E402


@pytest.fixture(autouse=True)
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, data and logs of the station under test live in a temp folder;
    Qt's settings too, so no test touches the real user's files."""
    home = tmp_path / "station-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return home


@pytest.fixture
def config(station_home: Path) -> Config:
    return load_config(paths=Paths.default())


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'station.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh, migrated SQLite (WAL) database file for one test."""
    database = Database(db_url)
    migrate.upgrade(database.engine)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    with running_pg_server() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """An empty database on the session's PostgreSQL server, dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = Database(pg_url)
    migrate.upgrade(database.engine)
    yield database
    database.dispose()
