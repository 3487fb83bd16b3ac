"""The server's side of a push: each group of events once, checked against
the shared rows, applied or rejected, in one PostgreSQL transaction.

A group's rows are checked as the domain would check them: a change to a
workflow row (an order, a batch, a pick line, a lot; ``tables.CHECKED``) made
from a version the server has since moved past is refused — every step of the
order state machine bumps the order's version, so "already weighed elsewhere"
shows up here. The common case goes in bulk (one statement per table); if
the database itself refuses (a unique key), the batch is redone one group at a
time so only the offending group is rejected.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import SYNC_LOCK
from app.db.models import Order
from app.services.parcel import done_by
from app.sync.messages import Change, Group, Outcome
from app.sync.rows import RowKey, chunks, write_rows
from app.sync.server_schema import sync_events
from app.sync.tables import CHECKED, table

log = logging.getLogger(__name__)

_ABSENT = object()


def apply_push(conn: Connection, station_id: str, groups: Sequence[Group]) -> list[Outcome]:
    """Apply ``groups`` (in the station's order) inside the caller's transaction."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SYNC_LOCK})
    known = _known_outcomes(conn, groups)
    fresh = [g for g in groups if g.tx_id not in known]
    verdicts = _check(conn, fresh)
    accepted = [g for g in fresh if verdicts[g.tx_id] is None]
    try:
        with conn.begin_nested():
            _write(conn, [c for g in accepted for c in g.changes])
    except IntegrityError:
        log.info("bulk apply refused by a constraint; applying group by group")
        for group in accepted:
            try:
                with conn.begin_nested():
                    _write(conn, group.changes)
            except IntegrityError as exc:
                verdicts[group.tx_id] = {
                    "code": "constraint",
                    "detail": str(exc.orig or exc).splitlines()[0][:300],
                }
    conflicts = {g.tx_id: _describe(conn, g, verdicts[g.tx_id]) for g in fresh if verdicts[g.tx_id]}
    _record(conn, station_id, fresh, conflicts)
    outcomes: list[Outcome] = []
    for group in groups:
        conflict = known[group.tx_id][1] if group.tx_id in known else conflicts.get(group.tx_id)
        applied = conflict is None
        rows = {} if applied else _server_rows(conn, group.changes)
        outcomes.append(Outcome(group.tx_id, applied, conflict, rows))
    return outcomes


def _known_outcomes(
    conn: Connection, groups: Sequence[Group]
) -> dict[str, tuple[str, dict[str, Any] | None]]:
    """Groups this server has seen already (a push repeated after a cut line).

    Looked up by the groups' event ids (``sync_events.id`` is unique, so
    indexed; ``tx_id`` is not, and a scan of every event ever pushed, under
    the sync lock, grew with the server's age). A group's events are recorded
    together, so any of them found names the group's outcome."""
    known: dict[str, tuple[str, dict[str, Any] | None]] = {}
    event_ids = [e.id for g in groups for e in g.events]
    for chunk in chunks(event_ids, 5000):
        rows = conn.execute(
            select(sync_events.c.tx_id, sync_events.c.outcome, sync_events.c.conflict).where(
                sync_events.c.id.in_(chunk)
            )
        )
        for row in rows:
            known[row.tx_id] = (row.outcome, row.conflict)
    return known


def _current(conn: Connection, groups: Iterable[Group]) -> dict[tuple[str, str], object]:
    """The server's version of every checked row the groups touch (under the
    sync lock). Rows of other tables take the last write: their versions
    decide nothing, so they are not read (one query less per table, while
    every other station waits for the lock)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        for change in group.changes:
            wanted[change.tbl].add(change.row_id)
    state: dict[tuple[str, str], object] = {}
    for name, ids in wanted.items():
        tbl = table(name)
        if name not in CHECKED:
            continue
        version = tbl.c.version if "version" in tbl.c else None
        columns = [tbl.c.id] + ([version] if version is not None else [])
        for chunk in chunks(sorted(ids), 5000):
            for row in conn.execute(select(*columns).where(tbl.c.id.in_(chunk))):
                state[(name, row[0])] = row[1] if version is not None else None
    return state


def _check(conn: Connection, groups: Sequence[Group]) -> dict[str, dict[str, Any] | None]:
    """Replay the groups in order against the server's versions; a group with a
    stale change to a checked row is refused whole."""
    state = _current(conn, groups)
    verdicts: dict[str, dict[str, Any] | None] = {}
    for group in groups:
        trial: dict[tuple[str, str], object] = {}
        verdict: dict[str, Any] | None = None
        for change in group.changes:
            key = (change.tbl, change.row_id)
            now = trial.get(key, state.get(key, _ABSENT))
            if change.tbl in CHECKED:
                if change.op == "I" and now is not _ABSENT:
                    verdict = {"code": "exists", "table": change.tbl, "row_id": change.row_id}
                elif change.op in "UD" and (now is _ABSENT or now != change.base_version):
                    verdict = {
                        "code": "changed_elsewhere",
                        "table": change.tbl,
                        "row_id": change.row_id,
                    }
                if verdict:
                    break
            trial[key] = _ABSENT if change.op == "D" else (change.data or {}).get("version")
        verdicts[group.tx_id] = verdict
        if verdict is None:
            state.update(trial)
    return verdicts


def _write(conn: Connection, changes: Sequence[Change]) -> None:
    """The final image of each row; parents before children, deletes last."""
    final: dict[RowKey, dict[str, Any] | None] = {}
    for change in changes:
        key = (change.tbl, change.row_id)
        final.pop(key, None)  # keep the order of the last write
        final[key] = None if change.op == "D" else change.data
    write_rows(conn, final)


def _describe(conn: Connection, group: Group, verdict: dict[str, Any] | None) -> dict[str, Any]:
    """The conflict in the user's terms: who did what, where and when."""
    assert verdict is not None
    described = dict(verdict)
    described["events"] = [e.type for e in group.events]
    if verdict.get("table") == "orders":
        with Session(bind=conn) as session:
            order = session.get(Order, verdict["row_id"])
            if order is not None:
                done = done_by(session, order)
                described.update(
                    code="already_done" if done.params["at"] else "changed_elsewhere",
                    order_no=order.platform_order_no,
                    status=order.status,
                    step=done.params["step"],
                    by=done.params["by"],
                    station=done.params["station"],
                    at=(done.params["at"] or order.updated_at).isoformat(),
                )
    return described


def _record(
    conn: Connection,
    station_id: str,
    groups: Sequence[Group],
    conflicts: dict[str, dict[str, Any]],
) -> None:
    received = datetime.now(UTC)
    rows = [
        {
            "id": e.id,
            "tx_id": g.tx_id,
            "station_id": e.station_id or station_id,
            "station_seq": e.local_seq,
            "type": e.type,
            "payload": e.payload,
            "user_id": e.user_id,
            "occurred_at": e.occurred_at,
            "received_at": received,
            "outcome": "rejected" if g.tx_id in conflicts else "applied",
            "conflict": conflicts.get(g.tx_id),
            "changes": len(g.changes) if i == 0 else 0,
        }
        for g in groups
        for i, e in enumerate(g.events)
    ]
    for chunk in chunks(rows, 1000):
        conn.execute(pg_insert(sync_events).on_conflict_do_nothing(index_elements=["id"]), chunk)


def _server_rows(
    conn: Connection, changes: Sequence[Change]
) -> dict[tuple[str, str], dict[str, Any] | None]:
    """How the server has the rows a rejected group touched."""
    rows: dict[tuple[str, str], dict[str, Any] | None] = {(c.tbl, c.row_id): None for c in changes}
    wanted: dict[str, list[str]] = defaultdict(list)
    for name, row_id in rows:
        wanted[name].append(row_id)
    for name, ids in wanted.items():
        query = text(f'SELECT id, to_jsonb(t) AS data FROM "{name}" t WHERE id IN :ids')
        query = query.bindparams(bindparam("ids", expanding=True))
        for chunk in chunks(ids, 5000):
            for row in conn.execute(query, {"ids": chunk}):
                rows[(name, row.id)] = row.data
    return rows
