"""Schema migrations, applied on start.

The Alembic ``Config`` is built in code with ``script_location`` inside the
package, so a frozen build needs no ``alembic.ini``. A database stamped with a
revision this program does not know was written by a newer program: it is
refused with :class:`SchemaTooNew` and left untouched.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from app.errors import SchemaTooNew

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    """Raise :class:`SchemaTooNew` if the database's revision is unknown to us."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(current)
    except CommandError:
        known = None
    if known is None:
        raise SchemaTooNew(
            f"the database schema is at revision {current}, which this program "
            f"does not know (it knows up to {head_revision()}); it was written by a "
            "newer version of Warehouse Station. Update the program; the database "
            "was not touched.",
            revision=current,
            known_head=head_revision(),
        )
    return current


def upgrade(engine: Engine) -> str:
    """Bring the schema to the head revision; returns the revision now in place."""
    from app.sync import capture, server_schema

    before = check_not_newer(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            capture.drop_triggers(conn)  # a migration is not a change to push
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if sqlite:
            capture.install_triggers(conn)
        elif server_schema.is_server(conn):
            server_schema.install(conn)  # new tables and columns get their trigger
    after = head_revision()
    if before != after:
        log.info("database schema upgraded from %s to %s", before or "empty", after)
    return after
