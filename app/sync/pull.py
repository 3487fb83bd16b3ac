"""The station's side of the pull: everyone's changes into the local replica."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, select, text, update

from app.db.models import SyncState
from app.sync.capture import set_capture
from app.sync.rows import RowKey, write_rows
from app.sync.server_schema import sync_log
from app.sync.tables import replicated_tables

_state = cast(Table, SyncState.__table__)


@dataclass(frozen=True)
class Pulled:
    rows: dict[RowKey, dict[str, Any] | None]
    last_seq: int
    count: int  # log entries read


def fetch(server: Connection, after_seq: int, limit: int = 5000) -> Pulled:
    """Log entries after ``after_seq``, each row's last image kept."""
    rows: dict[RowKey, dict[str, Any] | None] = {}
    last = after_seq
    count = 0
    for entry in server.execute(
        select(sync_log).where(sync_log.c.seq > after_seq).order_by(sync_log.c.seq).limit(limit)
    ):
        key = (entry.tbl, entry.row_id)
        rows.pop(key, None)
        rows[key] = None if entry.op == "D" else entry.data
        last = entry.seq
        count += 1
    return Pulled(rows, last, count)


def snapshot(server: Connection, chunk: int = 5000) -> tuple[int, Iterator[Pulled]]:
    """Every synced row and the log position they reflect, in one snapshot,
    streamed in chunks (a year of a warehouse does not fit in memory at once).

    The caller's transaction must be REPEATABLE READ: writers hold the sync
    lock until they commit, so the newest sequence number visible here is
    exactly where this picture ends. Tables come parents first.
    """
    last = int(server.scalar(text("SELECT coalesce(max(seq), 0) FROM sync_log")) or 0)

    def chunks() -> Iterator[Pulled]:
        for tbl in replicated_tables():
            result = server.execution_options(yield_per=chunk).execute(
                text(f'SELECT id, to_jsonb(t) AS data FROM "{tbl.name}" t')
            )
            for part in result.partitions():
                rows: dict[RowKey, dict[str, Any] | None] = {
                    (tbl.name, row.id): row.data for row in part
                }
                yield Pulled(rows, last, len(rows))

    return last, chunks()


def join_snapshot(local: Connection, server: Connection, now: datetime) -> tuple[int, int]:
    """A new replica from the server's snapshot, in the caller's local
    transaction (all or nothing). Returns (rows, log position)."""
    last, parts = snapshot(server)
    set_capture(local, False)
    count = 0
    for part in parts:
        write_rows(local, part.rows)
        count += part.count
    local.execute(
        update(_state).where(_state.c.id == 1).values(last_server_seq=last, last_pull_at=now)
    )
    return count, last


def apply(local: Connection, pulled: Pulled, now: datetime) -> int:
    """Write the pulled rows, except rows with local changes still to push
    (the server's answer to those decides them). Returns rows written."""
    pending = {
        (row.tbl, row.row_id) for row in local.execute(text("SELECT tbl, row_id FROM sync_changes"))
    }
    rows = {key: data for key, data in pulled.rows.items() if key not in pending}
    set_capture(local, False)
    write_rows(local, rows)
    set_capture(local, True)
    local.execute(
        update(_state)
        .where(_state.c.id == 1)
        .values(last_server_seq=pulled.last_seq, last_pull_at=now)
    )
    return len(rows)
