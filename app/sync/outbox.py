"""The station's side of the push: what waits, and settling the server's answer."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, select, update

from app.db.models import OutboxEvent, SyncChange, SyncState
from app.sync.capture import set_capture
from app.sync.messages import Change, Event, Group, Outcome
from app.sync.rows import RowKey, chunks, write_rows

_events = cast(Table, OutboxEvent.__table__)
_changes = cast(Table, SyncChange.__table__)
_state = cast(Table, SyncState.__table__)


def backlog(conn: Connection) -> int:
    """Events not yet accepted or refused by the server."""
    return int(
        conn.scalar(select(func.count()).select_from(_events).where(_events.c.pushed_at.is_(None)))
        or 0
    )


def pending_groups(conn: Connection, max_events: int = 500) -> list[Group]:
    """The oldest unsent transactions, whole, in the order they were made."""
    tx = func.coalesce(_events.c.tx_id, _events.c.id)
    rows = list(
        conn.execute(
            select(_events, tx.label("tx"))
            .where(_events.c.pushed_at.is_(None))
            .order_by(_events.c.local_seq)
            .limit(max_events)
        )
    )
    if not rows:
        return []
    last_tx = rows[-1].tx
    seen = {row.id for row in rows}
    rows += [
        row
        for row in conn.execute(
            select(_events, tx.label("tx"))
            .where(_events.c.pushed_at.is_(None), tx == last_tx)
            .order_by(_events.c.local_seq)
        )
        if row.id not in seen
    ]
    groups: dict[str, Group] = {}
    for row in rows:
        group = groups.setdefault(row.tx, Group(row.tx))
        group.events.append(
            Event(
                id=row.id,
                local_seq=row.local_seq,
                type=row.type,
                payload=row.payload or {},
                user_id=row.user_id,
                station_id=row.station_id,
                occurred_at=row.occurred_at,
            )
        )
    for chunk in chunks(list(groups), 500):
        for change in conn.execute(
            select(_changes).where(_changes.c.event_id.in_(chunk)).order_by(_changes.c.seq)
        ):
            groups[change.event_id].changes.append(
                Change(change.tbl, change.op, change.row_id, change.base_version, change.data)
            )
    return list(groups.values())


def settle(conn: Connection, outcomes: list[Outcome], now: datetime) -> None:
    """Mark the groups the server answered; put back the rows of refused ones.

    Runs in one local transaction: a station killed before it ends pushes the
    same groups again, and the server answers them from its record.
    """
    tx = func.coalesce(_events.c.tx_id, _events.c.id)
    restore: dict[RowKey, dict[str, Any] | None] = {}
    by_outcome: dict[bool, list[str]] = defaultdict(list)
    for outcome in outcomes:
        by_outcome[outcome.applied].append(outcome.tx_id)
        if not outcome.applied:
            conn.execute(
                update(_events)
                .where(tx == outcome.tx_id)
                .values(pushed_at=now, outcome="rejected", conflict=outcome.conflict)
            )
            restore.update(outcome.rows)
    for chunk in chunks(by_outcome[True], 500):
        conn.execute(update(_events).where(tx.in_(chunk)).values(pushed_at=now, outcome="applied"))
    for chunk in chunks([o.tx_id for o in outcomes], 500):
        conn.execute(delete(_changes).where(_changes.c.event_id.in_(chunk)))
    if restore:
        set_capture(conn, False)
        write_rows(conn, restore)
        set_capture(conn, True)
    conn.execute(update(_state).where(_state.c.id == 1).values(last_push_at=now))
