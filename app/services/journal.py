"""Writing events (the sync outbox) and audit entries inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import new_id
from app.db.models import AuditEntry, OutboxEvent
from app.services.context import Actor

TX_KEY = "outbox_tx_id"


def _tx_id(session: Session, event_id: str) -> str:
    """The transaction's first event: its events sync together (one outcome)."""
    tx_id: str = session.info.setdefault(TX_KEY, event_id)
    return tx_id


def record_event(
    session: Session, actor: Actor | None, event_type: str, payload: dict[str, Any]
) -> OutboxEvent:
    """Append a domain event to the outbox, in the same transaction as the change.

    Writers hold SQLite's write lock (BEGIN IMMEDIATE), so max+1 cannot race.
    """
    next_seq = (session.scalar(select(func.max(OutboxEvent.local_seq))) or 0) + 1
    event_id = new_id()
    event = OutboxEvent(
        id=event_id,
        tx_id=_tx_id(session, event_id),
        local_seq=next_seq,
        type=event_type,
        payload=payload,
        user_id=actor.user_id if actor else None,
        station_id=actor.station_id if actor else None,
    )
    session.add(event)
    return event


def record_events(
    session: Session, actor: Actor | None, events: list[tuple[str, dict[str, Any]]]
) -> None:
    """Append several events in order with one sequence look-up (bulk work)."""
    if not events:
        return
    first = (session.scalar(select(func.max(OutboxEvent.local_seq))) or 0) + 1
    ids = [new_id() for _ in events]
    tx_id = _tx_id(session, ids[0])
    session.add_all(
        OutboxEvent(
            id=ids[i],
            tx_id=tx_id,
            local_seq=first + i,
            type=event_type,
            payload=payload,
            user_id=actor.user_id if actor else None,
            station_id=actor.station_id if actor else None,
        )
        for i, (event_type, payload) in enumerate(events)
    )


def audit(
    session: Session,
    actor: Actor | None,
    action: str,
    entity_type: str = "",
    entity_id: str = "",
    *,
    username: str = "",
    station_id: str | None = None,
    **detail: Any,
) -> AuditEntry:
    entry = AuditEntry(
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else username,
        station_id=actor.station_id if actor else station_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        detail=detail,
    )
    session.add(entry)
    return entry
