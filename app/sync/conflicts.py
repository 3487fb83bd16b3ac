"""Steps the server refused: listed at the station until someone has looked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select, update

from app.db.engine import Database
from app.db.models import OutboxEvent, Station, User
from app.services.context import Actor

_events = cast(Table, OutboxEvent.__table__)
_tx = func.coalesce(_events.c.tx_id, _events.c.id)


@dataclass(frozen=True)
class Conflict:
    """One refused local transaction: what this station did (``types``, who,
    when) and why the server refused it (``conflict``: code and who did what
    first, where and when)."""

    tx_id: str
    types: tuple[str, ...]
    by: str  # full name of the user at this station
    station: str  # station code
    at: datetime
    conflict: dict[str, Any]
    acknowledged: bool


def open_conflicts(conn: Connection) -> int:
    """Refused transactions nobody has acknowledged yet."""
    return int(
        conn.scalar(
            select(func.count(func.distinct(_tx))).where(
                _events.c.outcome == "rejected", _events.c.acknowledged_at.is_(None)
            )
        )
        or 0
    )


def list_conflicts(db: Database, include_acknowledged: bool = False) -> list[Conflict]:
    with db.read() as session:
        query = (
            select(OutboxEvent, User.full_name, Station.code)
            .outerjoin(User, User.id == OutboxEvent.user_id)
            .outerjoin(Station, Station.id == OutboxEvent.station_id)
            .where(OutboxEvent.outcome == "rejected")
            .order_by(OutboxEvent.local_seq)
        )
        if not include_acknowledged:
            query = query.where(OutboxEvent.acknowledged_at.is_(None))
        found: dict[str, Conflict] = {}
        for event, full_name, code in session.execute(query):
            tx = event.tx_id or event.id
            if tx in found:
                earlier = found[tx]
                found[tx] = Conflict(
                    tx,
                    (*earlier.types, event.type),
                    earlier.by,
                    earlier.station,
                    earlier.at,
                    earlier.conflict,
                    earlier.acknowledged,
                )
                continue
            found[tx] = Conflict(
                tx,
                (event.type,),
                full_name or "",
                code or "",
                event.occurred_at,
                dict(event.conflict or {}),
                event.acknowledged_at is not None,
            )
        return list(found.values())


def acknowledge(db: Database, actor: Actor, tx_id: str, now: datetime) -> None:
    """Someone has seen the refusal (and dealt with the parcel)."""
    from app.services.journal import audit

    with db.write() as session:
        session.execute(
            update(OutboxEvent)
            .where(func.coalesce(OutboxEvent.tx_id, OutboxEvent.id) == tx_id)
            .values(acknowledged_at=now)
        )
        audit(session, actor, "sync.conflict_seen", "outbox", tx_id)
