"""The migrations build exactly the schema the models describe, on SQLite and
PostgreSQL alike, and the printing revision goes down and up again cleanly."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.db import migrate
from app.db.engine import Database
from app.db.models import Base

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
PRINT_TABLES = {"printers", "printer_defaults", "print_jobs"}


def _database(backend: str, request: pytest.FixtureRequest) -> Database:
    fixture = "db" if backend == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database


def _diff(database: Database) -> list[object]:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrated_schema_equals_the_models(backend: str, request: pytest.FixtureRequest) -> None:
    database = _database(backend, request)
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert _diff(database) == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_printing_revision_downgrades_and_upgrades(
    backend: str, request: pytest.FixtureRequest
) -> None:
    database = _database(backend, request)
    cfg = migrate.alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert migrate.current_revision(database.engine) == "0001"
    assert not PRINT_TABLES & set(inspect(database.engine).get_table_names())
    assert migrate.upgrade(database.engine) == migrate.head_revision()
    assert set(inspect(database.engine).get_table_names()) >= PRINT_TABLES
    assert _diff(database) == []
