"""Alembic environment, run from code (app.db.migrate), never from an .ini file."""

from __future__ import annotations

from alembic import context

from app.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program always passes a connection
    raise RuntimeError("run migrations through app.db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
