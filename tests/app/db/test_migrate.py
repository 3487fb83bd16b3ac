"""Migrations on an empty SQLite file and on a real PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from app.db import migrate
from app.db.engine import Database
from app.errors import SchemaTooNew

TABLES = {
    "users",
    "user_roles",
    "stations",
    "warehouses",
    "locations",
    "products",
    "product_barcodes",
    "couriers",
    "orders",
    "order_lines",
    "stock_lots",
    "stock_movements",
    "outbox_events",
    "audit_log",
}


def test_upgrade_empty_sqlite_creates_every_table(db_url: str) -> None:
    database = Database(db_url)
    assert migrate.current_revision(database.engine) is None
    assert migrate.upgrade(database.engine) == migrate.head_revision()
    assert set(inspect(database.engine).get_table_names()) >= TABLES
    # upgrading twice is harmless
    assert migrate.upgrade(database.engine) == migrate.head_revision()
    database.dispose()


@pytest.mark.postgres
def test_upgrade_empty_postgres_creates_every_table(pg_url: str) -> None:
    database = Database(pg_url)
    assert migrate.upgrade(database.engine) == migrate.head_revision()
    assert set(inspect(database.engine).get_table_names()) >= TABLES
    database.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_newer_schema_is_refused_and_left_untouched(
    backend: str, request: pytest.FixtureRequest
) -> None:
    database: Database = request.getfixturevalue("db" if backend == "sqlite" else "pg_db")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaTooNew) as caught:
        migrate.upgrade(database.engine)
    assert "newer version" in str(caught.value)
    assert caught.value.params["revision"] == "9999_future"
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
