"""A shared database prepared by ``server init`` with a picked demo day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import migrate
from app.db.engine import Database
from app.sync import server_schema
from app.sync.server_init import init_server
from tests.e2e.floor import Day, picked_day


@pytest.fixture
def server_url(pg_url: str) -> str:
    """An empty database made ready for stations (no users yet)."""
    init_server(pg_url, supervisor=("zhuguan", "王主管", "8888", "BADGE-BOSS"))
    return pg_url


@pytest.fixture
def server_day(pg_url: str) -> Iterator[Day]:
    """The shared database with 12 demo orders audited, batched and picked
    there (the steps that need the server), ready to verify at the stations."""
    db = Database(pg_url)
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        server_schema.install(conn)
    day = picked_day(db, orders=12)
    yield day
    db.dispose()
