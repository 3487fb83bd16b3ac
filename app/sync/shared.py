"""The shared database as the steps that need it see it.

Auditing, cutting batches and stock hand-overs run on the server itself (one
truth for everyone, never a guess from a stale replica); when it cannot be
reached they fail with :class:`ServerNeeded`, which says so plainly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import InterfaceError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.errors import DatabaseUnavailable, ServerNeeded


class ServerDatabase(Database):
    """A :class:`Database` on the shared server whose failures to connect are
    :class:`ServerNeeded` (the user's words: this step needs the server)."""

    @contextmanager
    def write(self) -> Iterator[Session]:
        with _needs_server(self), super().write() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _needs_server(self), super().read() as session:
            yield session


@contextmanager
def _needs_server(db: Database) -> Iterator[None]:
    """The base class turns an unreachable server (OperationalError) into
    DatabaseUnavailable; here it becomes the step's own refusal."""
    try:
        yield
    except ServerNeeded:
        raise
    except DatabaseUnavailable as exc:
        raise ServerNeeded(str(exc), server=db.display_url) from exc
    except InterfaceError as exc:  # the connection broke under the driver
        raise ServerNeeded(str(exc.orig or exc), server=db.display_url) from exc
