"""``server init``: an empty PostgreSQL database made ready for stations."""

from __future__ import annotations

from app.db import migrate
from app.db.engine import Database
from app.errors import AlreadyExists
from app.roles import Role
from app.sync import server_schema


def init_server(
    url: str,
    *,
    supervisor: tuple[str, str, str, str | None] | None = None,
    demo: bool = False,
) -> str:
    """Migrate, install the sync log and its triggers, then add the first
    supervisor (username, full name, PIN, badge) or the demo warehouse.

    Refuses a database that already has users: it is someone's warehouse.
    """
    from app.demo import database_is_empty, load_demo
    from app.services.users import add_user_from_console

    db = Database(url)
    try:
        if db.backend != "postgresql":
            raise ValueError("the shared database must be PostgreSQL (postgresql://…)")
        migrate.upgrade(db.engine)
        if not database_is_empty(db):
            raise AlreadyExists(
                f"{db.display_url} already has data; server init prepares an empty database",
                url=db.display_url,
            )
        with db.engine.begin() as conn:
            server_schema.install(conn)
        if demo:
            summary = load_demo(db)
            return f"{db.display_url}: ready for stations; demo loaded ({summary})"
        assert supervisor is not None
        username, name, pin, badge = supervisor
        add_user_from_console(db, username, name, pin, [Role.SUPERVISOR], badge)
        return f"{db.display_url}: ready for stations; supervisor {username} added"
    finally:
        db.dispose()
