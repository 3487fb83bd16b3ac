"""日清日结 (R-ACC-1): at the end of each day the ledger and the documents
must agree, and the day is closed once, with whatever differences remain
written down beside who closed it.

A day is refused while documents of the day are still drafts (R-ACC-2: they
have not been signed and posted). Otherwise the day's ledger is checked
(:func:`app.services.ledger_check.reconcile`) and every difference found is
listed and recorded with the close, who made it and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import DayClose, User, Warehouse
from app.errors import DomainError, InvalidInput, NotFound, PermissionDenied
from app.roles import Role
from app.services.context import Actor
from app.services.documents import unposted
from app.services.journal import record_event
from app.services.ledger_check import DEFAULT_ZONE, Difference, reconcile

__all__ = ["DayAlreadyClosed", "DayCheck", "DayCloseInfo", "DayNotReady", "Difference"]


class DayNotReady(DomainError):
    """``params``: warehouse, day, numbers (the day's documents still drafts)."""

    code = "day_unposted"


class DayAlreadyClosed(DomainError):
    """``params``: warehouse, day, closed_by (full name), closed_at."""

    code = "day_closed"


@dataclass(frozen=True)
class DayCheck:
    warehouse: str
    day: date
    unposted: list[str]
    differences: list[Difference]


@dataclass(frozen=True)
class DayCloseInfo:
    warehouse: str
    day: date
    closed_by: str  # full name
    closed_at: datetime
    differences: list[Difference]


def authorize_books(session: Session, actor: Actor) -> User:
    """RULES "Roles": the clerk (仓库文员) closes the day; the supervisor may too."""
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        raise PermissionDenied(f"{actor.username} is not active", action="close_day")
    if not {Role(r) for r in user.role_names} & {Role.CLERK, Role.SUPERVISOR}:
        raise PermissionDenied(f"{actor.username} may not close the day", action="close_day")
    return user


def find_warehouse(session: Session, code: str) -> Warehouse:
    found = session.scalar(select(Warehouse).where(Warehouse.code == code.strip().upper()))
    if found is None:
        raise NotFound(f"no warehouse {code!r}", kind="warehouse", ref=code)
    return found


def check_day(
    db: Database, actor: Actor, warehouse: str, day: date, zone: str = DEFAULT_ZONE
) -> DayCheck:
    """What closing would find, without closing (the screen shows it first)."""
    with db.read() as session:
        authorize_books(session, actor)
        wh = find_warehouse(session, warehouse)
        drafts = [d.number for d in unposted(session, day, wh.id)]
        return DayCheck(wh.code, day, drafts, reconcile(session, wh.id, day, zone))


def close_day(
    db: Database,
    actor: Actor,
    warehouse: str,
    day: date,
    now: datetime,
    zone: str = DEFAULT_ZONE,
) -> DayCloseInfo:
    """Close ``day`` in ``warehouse`` once, recording the differences found."""
    if day > now.astimezone(ZoneInfo(zone)).date():
        raise InvalidInput("a day is closed once it has begun", field="day", value=str(day))
    with db.write() as session:
        user = authorize_books(session, actor)
        wh = find_warehouse(session, warehouse)
        done = session.scalar(
            select(DayClose).where(DayClose.warehouse_id == wh.id, DayClose.day == day)
        )
        if done is not None:
            closer = session.get(User, done.closed_by)
            raise DayAlreadyClosed(
                f"{wh.code} {day} was closed already",
                warehouse=wh.code,
                day=day,
                closed_by=closer.full_name if closer else "",
                closed_at=done.closed_at,
            )
        drafts = [d.number for d in unposted(session, day, wh.id)]
        if drafts:
            raise DayNotReady(
                f"{wh.code} {day}: {', '.join(drafts)} not posted",
                warehouse=wh.code,
                day=day,
                numbers=drafts,
            )
        differences = reconcile(session, wh.id, day, zone)
        session.add(
            DayClose(
                warehouse_id=wh.id,
                day=day,
                closed_by=user.id,
                closed_at=now,
                differences=[d.as_dict() for d in differences],
            )
        )
        record_event(
            session,
            actor,
            "day.closed",
            {"warehouse": wh.code, "day": day.isoformat(), "differences": len(differences)},
        )
        return DayCloseInfo(wh.code, day, user.full_name, now, differences)


def day_close_of(db: Database, warehouse: str, day: date) -> DayCloseInfo | None:
    """The day's close as recorded, or None while it is open."""
    with db.read() as session:
        wh = find_warehouse(session, warehouse)
        row = session.scalar(
            select(DayClose).where(DayClose.warehouse_id == wh.id, DayClose.day == day)
        )
        if row is None:
            return None
        closer = session.get(User, row.closed_by)
        found = [Difference(**d) for d in row.differences]
        return DayCloseInfo(wh.code, day, closer.full_name if closer else "", row.closed_at, found)
