"""One station's sync: join the server, then push and pull in rounds.

No Qt here: the window runs :meth:`SyncClient.round` on a worker thread, and
``main.py sync`` runs it in a loop. Each round pushes everything waiting
(push before pull, so the pull never brings back an older copy of a row the
station just changed), then pulls until it has caught up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import cast

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.exc import DBAPIError

from app import __version__
from app.db.engine import NO_SYNC_LOCK, Database
from app.db.models import OutboxEvent, SyncState
from app.errors import DatabaseUnavailable, DomainError
from app.sync import outbox, pull, server_schema
from app.sync.capture import set_capture
from app.sync.conflicts import open_conflicts
from app.sync.server_apply import apply_push
from app.sync.server_schema import station_contacts

log = logging.getLogger(__name__)

_state = cast(Table, SyncState.__table__)
CONTACT_EVERY = timedelta(seconds=10)
_events = cast(Table, OutboxEvent.__table__)


class ServerNotPrepared(DomainError):
    """The URL names a database that ``server init`` has not prepared."""

    code = "server_not_prepared"


class WrongServer(DomainError):
    """The local replica belongs to another shared database."""

    code = "wrong_server"


class StationHasOwnData(DomainError):
    """A station that worked alone cannot join: its rows are not the server's."""

    code = "station_has_own_data"


@dataclass(frozen=True)
class SyncStatus:
    online: bool | None = None  # None: not tried yet
    backlog: int = 0
    conflicts: int = 0  # refused events nobody has looked at yet
    last_sync_at: datetime | None = None
    error: str = ""
    pushed: int = 0  # groups sent in the last round
    pulled: int = 0  # rows written locally in the last round


class SyncClient:
    def __init__(
        self,
        local: Database,
        server: Database,
        station_id: str,
        *,
        station_code: str = "",
        station_name: str = "",
        batch_events: int = 500,
    ) -> None:
        self.local = local
        self.server = server
        self.station_id = station_id
        self.station_code = station_code
        self.station_name = station_name
        self.batch_events = batch_events
        self.status = SyncStatus()
        self._joined = False
        self._contact: tuple[datetime, int, int] | None = None
        self._lock = threading.Lock()  # one round at a time

    @contextmanager
    def _local_read(self) -> Iterator[Connection]:
        """A look at the replica that never takes SQLite's write lock."""
        with self.local.read() as session:
            yield session.connection()

    # -- joining ---------------------------------------------------------

    def join(self) -> bool:
        """Copy the server's rows into a new replica; True when it did.

        A replica that already belongs to this server is left as it is.
        """
        if self._joined:
            return False
        with self.server.read() as session:
            conn = session.connection()
            if not server_schema.is_server(conn):
                raise ServerNotPrepared(
                    f"{self.server.display_url} is not prepared: run "
                    "'python main.py server init --db URL' first"
                )
            server = server_schema.server_id(conn)
        with self._local_read() as conn:
            joined = conn.scalar(select(_state.c.server_id).where(_state.c.id == 1)) or ""
        if joined == server:
            self._joined = True
            return False
        if joined:
            raise WrongServer(
                "this station's database belongs to another server; "
                "start it with a new local database to join this one",
                server=self.server.display_url,
            )
        self._refuse_own_data()
        with (
            # A reader: it must not hold the writers' sync lock while it copies.
            self.server.engine.connect().execution_options(
                isolation_level="REPEATABLE READ", **{NO_SYNC_LOCK: True}
            ) as remote,
            remote.begin(),
            self.local.engine.begin() as conn,
        ):
            rows, last = pull.join_snapshot(conn, remote, datetime.now(UTC))
            conn.execute(update(_state).where(_state.c.id == 1).values(server_id=server))
            set_capture(conn, True)
        self._joined = True
        log.info("joined %s: %d rows, log at %d", self.server.display_url, rows, last)
        return True

    def _refuse_own_data(self) -> None:
        from app.db.models import Order, User

        with self.local.read() as session:
            users = session.scalar(select(func.count()).select_from(User)) or 0
            orders = session.scalar(select(func.count()).select_from(Order)) or 0
        if users or orders:
            raise StationHasOwnData(
                "this station's database already has users or orders of its own; "
                "a station joins a server with a new local database",
                users=users,
                orders=orders,
            )

    # -- rounds ----------------------------------------------------------

    def push(self) -> int:
        """Send everything waiting, batch by batch; returns groups sent."""
        sent = 0
        while True:
            with self._local_read() as conn:
                groups = outbox.pending_groups(conn, self.batch_events)
            if not groups:
                return sent
            with self.server.engine.begin() as conn:
                outcomes = apply_push(conn, self.station_id, groups)
            with self.local.engine.begin() as conn:
                outbox.settle(conn, outcomes, datetime.now(UTC))
            rejected = [o for o in outcomes if not o.applied]
            for outcome in rejected:
                log.warning("server refused %s: %s", outcome.tx_id, outcome.conflict)
            sent += len(groups)

    def pull(self, limit: int = 5000) -> int:
        """Bring the replica up to the server's newest change; returns rows written."""
        written = 0
        while True:
            with self._local_read() as conn:
                after = int(conn.scalar(select(_state.c.last_server_seq)) or 0)
            with self.server.read() as session:
                pulled = pull.fetch(session.connection(), after, limit)
            if pulled.count == 0:
                return written
            with self.local.engine.begin() as conn:
                written += pull.apply(conn, pulled, datetime.now(UTC))
            if pulled.count < limit:
                return written

    def round(self) -> SyncStatus:
        """Push, pull and report; never raises for an unreachable server."""
        with self._lock:
            try:
                self.join()
                pushed = self.push()
                pulled = self.pull()
                self._report_contact()
            except (DBAPIError, DatabaseUnavailable) as exc:
                reason = str(getattr(exc, "orig", None) or exc).strip()
                log.info("sync: server unreachable: %s", reason)
                self.status = replace(self._local_status(), online=False, error=reason[:300])
                return self.status
            except DomainError as exc:  # reachable, but not a server this station can use
                log.warning("sync: %s", exc)
                self.status = replace(self._local_status(), online=False, error=exc.code)
                return self.status
            self.status = replace(
                self._local_status(),
                online=True,
                last_sync_at=datetime.now(UTC),
                error="",
                pushed=pushed,
                pulled=pulled,
            )
            return self.status

    def _local_status(self) -> SyncStatus:
        with self._local_read() as conn:
            waiting = outbox.backlog(conn)
            conflicts = open_conflicts(conn)
        return replace(self.status, backlog=waiting, conflicts=conflicts)

    def _report_contact(self) -> None:
        """Tell the server this station is alive: at once when its backlog
        changed, else every ``CONTACT_EVERY``."""
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        now = datetime.now(UTC)
        with self._local_read() as conn:
            waiting = outbox.backlog(conn)
            seen = int(conn.scalar(select(_state.c.last_server_seq)) or 0)
        if self._contact is not None:
            last_at, last_waiting, _ = self._contact
            # The pull position moves all the time with many stations: only a
            # changed backlog is news before the next regular contact.
            if waiting == last_waiting and now - last_at < CONTACT_EVERY:
                return
        values = {
            "station_id": self.station_id,
            "code": self.station_code,
            "name": self.station_name,
            "last_contact_at": now,
            "backlog": waiting,
            "last_seen_seq": seen,
            "program_version": __version__,
        }
        stmt = pg_insert(station_contacts).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["station_id"],
            set_={k: v for k, v in values.items() if k != "station_id"},
        )
        # station_contacts is not synced: no need to queue behind the sync lock.
        with self.server.engine.execution_options(**{NO_SYNC_LOCK: True}).begin() as conn:
            conn.execute(stmt)
        self._contact = (now, waiting, seen)

    def run(self, stop: threading.Event, interval_ms: int, retry_max_ms: int) -> None:
        """Rounds until ``stop`` is set; backs off while the server is away."""
        pause_ms = interval_ms
        while not stop.is_set():
            status = self.round()
            pause_ms = interval_ms if status.online else min(max(pause_ms * 2, 1000), retry_max_ms)
            stop.wait(pause_ms / 1000)
