"""The supervisor's view of the server: every station's last contact and
backlog, and every step the server refused (read from the shared database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Station, User
from app.permissions import Action
from app.services.context import Actor, authorize
from app.sync.server_schema import station_contacts, sync_events


@dataclass(frozen=True)
class StationContact:
    station_id: str
    code: str
    name: str
    last_contact_at: datetime | None
    backlog: int
    last_seen_seq: int
    program_version: str


@dataclass(frozen=True)
class ServerConflict:
    """A refused step as the server recorded it: the station and person who
    tried it, when, and who had done it first (``conflict``)."""

    tx_id: str
    types: tuple[str, ...]
    station: str
    by: str
    occurred_at: datetime
    received_at: datetime
    conflict: dict[str, Any]


def station_contacts_list(server: Database, actor: Actor) -> list[StationContact]:
    with server.read() as session:
        authorize(session, actor, Action.VIEW_STATIONS)
        rows = session.execute(select(station_contacts).order_by(station_contacts.c.code))
        return [
            StationContact(
                r.station_id,
                r.code,
                r.name,
                r.last_contact_at,
                r.backlog,
                r.last_seen_seq,
                r.program_version,
            )
            for r in rows
        ]


def server_conflicts(server: Database, actor: Actor, limit: int = 200) -> list[ServerConflict]:
    """The newest refused transactions first."""
    with server.read() as session:
        authorize(session, actor, Action.VIEW_STATIONS)
        rows = session.execute(
            select(sync_events, Station.code, User.full_name)
            .outerjoin(Station, Station.id == sync_events.c.station_id)
            .outerjoin(User, User.id == sync_events.c.user_id)
            .where(sync_events.c.outcome == "rejected")
            .order_by(sync_events.c.seq.desc())
            .limit(limit * 4)
        )
        found: dict[str, ServerConflict] = {}
        for r in rows:
            earlier = found.get(r.tx_id)
            if earlier is not None:
                found[r.tx_id] = ServerConflict(
                    earlier.tx_id,
                    (r.type, *earlier.types),
                    earlier.station,
                    earlier.by,
                    min(earlier.occurred_at, r.occurred_at),
                    earlier.received_at,
                    earlier.conflict,
                )
                continue
            found[r.tx_id] = ServerConflict(
                r.tx_id,
                (r.type,),
                r.code or "?",
                r.full_name or "?",
                r.occurred_at,
                r.received_at,
                dict(r.conflict or {}),
            )
        return list(found.values())[:limit]
