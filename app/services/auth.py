"""Login by PIN or badge scan, with lockout after repeated wrong PINs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Station, User
from app.errors import AccountInactive, AccountLocked, DomainError, LoginFailed
from app.roles import Role
from app.services.context import Actor
from app.services.journal import audit
from app.services.pins import hash_pin, verify_pin


@cache
def _dummy_hash() -> str:
    """Checked against when the user name is unknown, so that answer takes as
    long as a wrong PIN and a timer cannot tell which names exist."""
    return hash_pin("00000000")


@dataclass(frozen=True)
class LockoutPolicy:
    max_attempts: int = 5
    lockout_minutes: int = 15


def _actor(user: User, station: Station | None) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=frozenset(Role(r) for r in user.role_names),
        station_id=station.id if station else None,
        station_code=station.code if station else "",
    )


def _station(session: Session, station_code: str) -> Station | None:
    if not station_code:
        return None
    return session.scalar(select(Station).where(Station.code == station_code))


def _audit_refusal(
    session: Session, user: User, station: Station | None, reason: str, method: str = "pin"
) -> None:
    """A refused attempt on a locked or inactive account is kept for review too."""
    audit(
        session,
        None,
        "login_failed",
        "user",
        user.id,
        username=user.username,
        station_id=station.id if station else None,
        reason=reason,
        method=method,
    )


def _refusal(
    session: Session, user: User, station: Station | None, now: datetime, method: str
) -> DomainError | None:
    """A disabled or locked account refuses any credential, and the attempt is
    kept for review; None when the account may log in."""
    if not user.active:
        _audit_refusal(session, user, station, "account_inactive", method)
        return AccountInactive(f"user {user.username} is not active", username=user.username)
    if user.locked_until is not None and user.locked_until > now:
        _audit_refusal(session, user, station, "account_locked", method)
        return AccountLocked(
            f"user {user.username} is locked until {user.locked_until:%H:%M} UTC",
            username=user.username,
            until=user.locked_until,
        )
    return None


def login_with_pin(
    db: Database,
    username: str,
    pin: str,
    station_code: str = "",
    policy: LockoutPolicy | None = None,
    now: datetime | None = None,
) -> Actor:
    """Check a PIN. The ``policy.max_attempts``-th wrong PIN in a row locks the
    account for ``policy.lockout_minutes``; a locked account refuses even the
    right PIN until the time is up. Failures are committed before raising."""
    policy = policy or LockoutPolicy()
    now = now or utcnow()
    failure: DomainError | None = None
    with db.write() as session:
        station = _station(session, station_code)
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            verify_pin(_dummy_hash(), pin)
            audit(
                session,
                None,
                "login_failed",
                username=username,
                station_id=station.id if station else None,
            )
            # the same answer as a first wrong PIN: no hint whether the name exists
            failure = LoginFailed("wrong user name or PIN", remaining=policy.max_attempts - 1)
        elif refused := _refusal(session, user, station, now, "pin"):
            failure = refused
        elif not verify_pin(user.pin_hash, pin):
            user.failed_pin_attempts += 1
            remaining = policy.max_attempts - user.failed_pin_attempts
            if remaining <= 0:
                user.locked_until = now + timedelta(minutes=policy.lockout_minutes)
                user.failed_pin_attempts = 0
                audit(
                    session,
                    None,
                    "account_locked",
                    "user",
                    user.id,
                    username=user.username,
                    station_id=station.id if station else None,
                    minutes=policy.lockout_minutes,
                )
                failure = AccountLocked(
                    f"too many wrong PINs: {user.username} is locked for "
                    f"{policy.lockout_minutes} minutes",
                    username=user.username,
                    until=user.locked_until,
                )
            else:
                audit(
                    session,
                    None,
                    "login_failed",
                    "user",
                    user.id,
                    username=user.username,
                    station_id=station.id if station else None,
                )
                failure = LoginFailed("wrong user name or PIN", remaining=remaining)
        else:
            user.failed_pin_attempts = 0
            user.locked_until = None
            actor = _actor(user, station)
            audit(session, actor, "login", "user", user.id, method="pin")
            return actor
    raise failure


def login_with_badge(
    db: Database, badge_code: str, station_code: str = "", *, audit_unknown: bool = True
) -> Actor:
    """A badge scan is the user's identity; a locked or inactive account still refuses.

    ``audit_unknown=False`` is for the login screen, which tries every Enter in
    the user field as a badge first: a typed user name is not a failed login."""
    now = utcnow()
    failure: DomainError
    with db.write() as session:
        station = _station(session, station_code)
        user = session.scalar(select(User).where(User.badge_code == badge_code.strip()))
        if user is None:
            if audit_unknown:
                audit(
                    session,
                    None,
                    "login_failed",
                    station_id=station.id if station else None,
                    badge=badge_code[-4:],
                )
            failure = LoginFailed("unknown badge")
        elif refused := _refusal(session, user, station, now, "badge"):
            failure = refused
        else:
            user.failed_pin_attempts = 0
            actor = _actor(user, station)
            audit(session, actor, "login", "user", user.id, method="badge")
            return actor
    raise failure
