"""Users and stations: creating, listing, unlocking (supervisor's work)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Station, User, UserRole, Warehouse
from app.errors import AlreadyExists, InvalidInput, NotFound
from app.permissions import Action
from app.roles import Role
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event
from app.services.pins import hash_pin


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    roles: tuple[Role, ...]
    has_badge: bool
    active: bool
    locked_until: datetime | None


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=tuple(sorted(Role(r) for r in user.role_names)),
        has_badge=user.badge_code is not None,
        active=user.active,
        locked_until=user.locked_until,
    )


def _create_user(
    session: Session,
    actor: Actor | None,
    username: str,
    full_name: str,
    pin: str,
    roles: Iterable[Role],
    badge_code: str | None,
) -> User:
    username = username.strip()
    roles = sorted(set(roles))
    if not username:
        raise InvalidInput("a user name is required", field="username")
    if not full_name.strip():
        raise InvalidInput("a full name is required", field="full_name")
    if not roles:
        raise InvalidInput("a user needs at least one role", field="roles")
    if session.scalar(select(User.id).where(User.username == username)):
        raise AlreadyExists(f"user {username} already exists", field="username", value=username)
    badge = (badge_code or "").strip() or None  # blank: no badge, not an empty one
    if badge and session.scalar(select(User.id).where(User.badge_code == badge)):
        raise AlreadyExists("that badge belongs to another user", field="badge_code")
    user = User(
        username=username,
        full_name=full_name.strip(),
        pin_hash=hash_pin(pin),
        badge_code=badge,
        roles=[UserRole(role=r.value) for r in roles],
    )
    session.add(user)
    session.flush()
    record_event(
        session,
        actor,
        "user.created",
        {"user_id": user.id, "username": username, "roles": [r.value for r in roles]},
    )
    audit(
        session,
        actor,
        "user_created",
        "user",
        user.id,
        username=actor.username if actor else "cli",
        roles=[r.value for r in roles],
    )
    return user


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    pin: str,
    roles: Iterable[Role],
    badge_code: str | None = None,
) -> UserInfo:
    """A supervisor adds a user (R: supervisor "manages users and stations")."""
    with db.write() as session:
        authorize(session, actor, Action.MANAGE_USERS)
        return _info(_create_user(session, actor, username, full_name, pin, roles, badge_code))


def add_user_from_console(
    db: Database,
    username: str,
    full_name: str,
    pin: str,
    roles: Iterable[Role],
    badge_code: str | None = None,
) -> UserInfo:
    """The technician's ``user add`` at the station's console (first supervisor,
    demo data): whoever holds the database file; recorded in the audit log as 'cli'."""
    with db.write() as session:
        return _info(_create_user(session, None, username, full_name, pin, roles, badge_code))


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    with db.read() as session:
        authorize(session, actor, Action.MANAGE_USERS)
        users = session.scalars(select(User).order_by(User.username)).all()
        return [_info(u) for u in users]


def unlock_user(db: Database, actor: Actor, username: str) -> UserInfo:
    """Lift a PIN lockout before its time is up."""
    with db.write() as session:
        authorize(session, actor, Action.MANAGE_USERS)
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound(f"no user {username}", username=username)
        user.locked_until = None
        user.failed_pin_attempts = 0
        audit(session, actor, "user_unlocked", "user", user.id)
        return _info(user)


def count_users(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


def ensure_station(db: Database, code: str, name: str, warehouse_code: str = "") -> str:
    """Register this station (by its configured code) and note that it is alive."""
    with db.write() as session:
        station = session.scalar(select(Station).where(Station.code == code))
        warehouse_id = None
        if warehouse_code:
            warehouse_id = session.scalar(
                select(Warehouse.id).where(Warehouse.code == warehouse_code)
            )
        if station is None:
            station = Station(code=code, name=name, warehouse_id=warehouse_id)
            session.add(station)
        else:
            station.name = name
            station.warehouse_id = warehouse_id or station.warehouse_id
        station.last_seen_at = utcnow()
        session.flush()
        return station.id
