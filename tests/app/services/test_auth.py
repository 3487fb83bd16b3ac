"""Login by PIN and by badge: lockout after wrong PINs, the audit trail, and
what an attacker at the keypad can and cannot learn."""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuditEntry, OutboxEvent, User
from app.errors import AccountInactive, AccountLocked, InvalidInput, LoginFailed
from app.roles import Role
from app.services.auth import LockoutPolicy, login_with_badge, login_with_pin
from app.services.users import add_user_from_console, ensure_station

PIN = "2580"
WRONG = "0000"
BADGE = "EMP-000123"


@pytest.fixture
def station_id(db: Database) -> str:
    return ensure_station(db, "ST01", "打包台 1")


@pytest.fixture
def wang(db: Database) -> str:
    """A packer and verifier with a PIN and a badge; returns the user id."""
    info = add_user_from_console(
        db, "wang", "王小明", PIN, [Role.PACKER, Role.VERIFIER_WEIGHER], badge_code=BADGE
    )
    return info.id


def _audit(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)))


def _audit_actions(db: Database, after: int = 0) -> list[str]:
    return [e.action for e in _audit(db)[after:]]


def _user(db: Database, username: str) -> User:
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        return user


def _fail(db: Database, times: int, now: datetime, policy: LockoutPolicy | None = None) -> None:
    for _ in range(times):
        with pytest.raises(LoginFailed):
            login_with_pin(db, "wang", WRONG, policy=policy, now=now)


# --- PIN login ---------------------------------------------------------------


def test_pin_login_returns_actor_with_roles_and_station(
    db: Database, wang: str, station_id: str
) -> None:
    actor = login_with_pin(db, "wang", PIN, station_code="ST01")
    assert actor.user_id == wang
    assert actor.username == "wang"
    assert actor.full_name == "王小明"
    assert actor.roles == frozenset({Role.PACKER, Role.VERIFIER_WEIGHER})
    assert actor.station_id == station_id
    assert actor.station_code == "ST01"


def test_pin_login_tolerates_spaces_around_the_user_name(db: Database, wang: str) -> None:
    assert login_with_pin(db, "  wang ", PIN).user_id == wang


def test_wrong_pin_is_refused_with_the_remaining_count(db: Database, wang: str) -> None:
    now = utcnow()
    for expected in (4, 3, 2, 1):
        with pytest.raises(LoginFailed) as caught:
            login_with_pin(db, "wang", WRONG, now=now)
        assert caught.value.code == "login_failed"
        assert caught.value.params["remaining"] == expected
    assert _user(db, "wang").failed_pin_attempts == 4  # committed, not rolled back


def test_fifth_wrong_pin_locks_even_the_right_pin_until_the_time_is_up(
    db: Database, wang: str
) -> None:
    t0 = datetime(2026, 3, 2, 1, 0, tzinfo=utcnow().tzinfo)
    _fail(db, 4, t0)
    with pytest.raises(AccountLocked) as caught:
        login_with_pin(db, "wang", WRONG, now=t0)
    assert caught.value.params["until"] == t0 + timedelta(minutes=15)
    assert _user(db, "wang").locked_until == t0 + timedelta(minutes=15)

    for later in (timedelta(seconds=1), timedelta(minutes=14, seconds=59)):
        with pytest.raises(AccountLocked):
            login_with_pin(db, "wang", PIN, now=t0 + later)
    # wrong PINs while locked do not extend the lock
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", WRONG, now=t0 + timedelta(minutes=10))
    assert _user(db, "wang").locked_until == t0 + timedelta(minutes=15)

    actor = login_with_pin(db, "wang", PIN, now=t0 + timedelta(minutes=15, seconds=1))
    assert actor.user_id == wang
    assert _user(db, "wang").locked_until is None


def test_after_a_lockout_the_count_starts_again(db: Database, wang: str) -> None:
    t0 = utcnow()
    _fail(db, 4, t0)
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", WRONG, now=t0)
    with pytest.raises(LoginFailed) as caught:
        login_with_pin(db, "wang", WRONG, now=t0 + timedelta(minutes=16))
    assert caught.value.params["remaining"] == 4


def test_lockout_follows_the_configured_policy(db: Database, wang: str) -> None:
    policy = LockoutPolicy(max_attempts=3, lockout_minutes=2)
    t0 = utcnow()
    with pytest.raises(LoginFailed) as caught:
        login_with_pin(db, "wang", WRONG, policy=policy, now=t0)
    assert caught.value.params["remaining"] == 2
    _fail(db, 1, t0, policy)
    with pytest.raises(AccountLocked) as locked:
        login_with_pin(db, "wang", WRONG, policy=policy, now=t0)
    assert locked.value.params["until"] == t0 + timedelta(minutes=2)
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", PIN, policy=policy, now=t0 + timedelta(minutes=1))
    assert login_with_pin(db, "wang", PIN, policy=policy, now=t0 + timedelta(minutes=2, seconds=1))


def test_successful_login_resets_the_count(db: Database, wang: str) -> None:
    now = utcnow()
    _fail(db, 4, now)
    login_with_pin(db, "wang", PIN, now=now)
    assert _user(db, "wang").failed_pin_attempts == 0
    with pytest.raises(LoginFailed) as caught:
        login_with_pin(db, "wang", WRONG, now=now)
    assert caught.value.params["remaining"] == 4


def test_inactive_user_is_refused_even_with_the_right_pin(db: Database, wang: str) -> None:
    with db.write() as session:
        session.execute(update(User).where(User.id == wang).values(active=False))
    with pytest.raises(AccountInactive):
        login_with_pin(db, "wang", PIN)
    with pytest.raises(AccountInactive):
        login_with_badge(db, BADGE)


# --- no user enumeration -----------------------------------------------------


def test_unknown_user_fails_exactly_like_a_wrong_pin(db: Database, wang: str) -> None:
    with pytest.raises(LoginFailed) as wrong_pin:
        login_with_pin(db, "wang", WRONG)
    with pytest.raises(LoginFailed) as no_user:
        login_with_pin(db, "li", WRONG)
    assert type(no_user.value) is type(wrong_pin.value)
    assert no_user.value.code == wrong_pin.value.code
    assert str(no_user.value) == str(wrong_pin.value)
    assert no_user.value.params == wrong_pin.value.params
    assert "li" not in str(no_user.value)


def test_unknown_user_takes_as_long_as_a_wrong_pin(db: Database, wang: str) -> None:
    """Answering an unknown name without hashing would tell a timer which
    names exist (argon2 takes tens of milliseconds)."""

    def median_seconds(username: str) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            with pytest.raises(LoginFailed):
                login_with_pin(db, username, WRONG, policy=LockoutPolicy(max_attempts=100))
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    known, unknown = median_seconds("wang"), median_seconds("li")
    assert unknown >= 0.5 * known, (known, unknown)


# --- badge login -------------------------------------------------------------


def test_badge_login(db: Database, wang: str, station_id: str) -> None:
    actor = login_with_badge(db, BADGE + "\r\n", station_code="ST01")  # scanners end lines
    assert actor.user_id == wang
    assert actor.roles == frozenset({Role.PACKER, Role.VERIFIER_WEIGHER})
    assert actor.station_id == station_id


def test_unknown_badge_is_refused(db: Database, wang: str) -> None:
    with pytest.raises(LoginFailed):
        login_with_badge(db, "EMP-999999")
    with pytest.raises(LoginFailed):
        login_with_badge(db, "")


def test_locked_account_refuses_its_badge(db: Database, wang: str) -> None:
    now = utcnow()
    _fail(db, 4, now)
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", WRONG, now=now)
    with pytest.raises(AccountLocked):
        login_with_badge(db, BADGE)


def test_badge_works_again_once_the_lockout_has_passed(db: Database, wang: str) -> None:
    long_ago = utcnow() - timedelta(hours=1)
    _fail(db, 4, long_ago)
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", WRONG, now=long_ago)  # locked until 45 minutes ago
    assert login_with_badge(db, BADGE).user_id == wang


# --- audit trail -------------------------------------------------------------


def test_logins_and_failures_are_audited(db: Database, wang: str, station_id: str) -> None:
    before = len(_audit(db))
    now = utcnow()
    login_with_pin(db, "wang", PIN, station_code="ST01", now=now)
    login_with_badge(db, BADGE, station_code="ST01")
    with pytest.raises(LoginFailed):
        login_with_pin(db, "wang", WRONG, station_code="ST01", now=now)
    with pytest.raises(LoginFailed):
        login_with_pin(db, "ghost", WRONG, station_code="ST01", now=now)
    with pytest.raises(LoginFailed):
        login_with_badge(db, "EMP-999999", station_code="ST01")

    entries = _audit(db)[before:]
    assert [e.action for e in entries] == [
        "login",
        "login",
        "login_failed",
        "login_failed",
        "login_failed",
    ]
    pin_login, badge_login, wrong_pin, ghost, bad_badge = entries
    assert (pin_login.user_id, pin_login.username, pin_login.station_id) == (
        wang,
        "wang",
        station_id,
    )
    assert pin_login.detail == {"method": "pin"}
    assert badge_login.detail == {"method": "badge"}
    assert (wrong_pin.entity_id, wrong_pin.username, wrong_pin.station_id) == (
        wang,
        "wang",
        station_id,
    )
    assert (ghost.username, ghost.station_id) == ("ghost", station_id)
    assert bad_badge.station_id == station_id
    assert "EMP-999999" not in str(bad_badge.detail)  # only the badge's tail is kept


def test_lockout_and_refusals_while_locked_are_audited(db: Database, wang: str) -> None:
    now = utcnow()
    before = len(_audit(db))
    _fail(db, 4, now)
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", WRONG, now=now)
    with pytest.raises(AccountLocked):
        login_with_pin(db, "wang", PIN, now=now)
    with pytest.raises(AccountLocked):
        login_with_badge(db, BADGE)
    actions = _audit_actions(db, before)
    assert actions[:5] == ["login_failed"] * 4 + ["account_locked"]
    assert _audit(db)[before + 4].detail["minutes"] == 15
    # an operator reviewing the log must see the attempts made during the lock
    assert len(actions) == 7
    assert all(e.entity_id == wang for e in _audit(db)[before + 5 :])


def test_refused_login_of_an_inactive_user_is_audited(db: Database, wang: str) -> None:
    with db.write() as session:
        session.execute(update(User).where(User.id == wang).values(active=False))
    before = len(_audit(db))
    with pytest.raises(AccountInactive):
        login_with_pin(db, "wang", PIN)
    with pytest.raises(AccountInactive):
        login_with_badge(db, BADGE)
    entries = _audit(db)[before:]
    assert len(entries) == 2
    assert all(e.entity_id == wang and e.action != "login" for e in entries)


# --- PIN storage -------------------------------------------------------------


@pytest.mark.parametrize(
    "pin",
    ["123", "1234567890123", "12a4", "12 34", "", "1234\n", "１２３４", "١٢٣٤"],
    ids=["short", "long", "letter", "space", "empty", "newline", "fullwidth", "arabic"],
)
def test_pin_must_be_4_to_12_ascii_digits(db: Database, pin: str) -> None:
    """A keypad types ASCII digits; a PIN set any other way could never be typed."""
    with pytest.raises(InvalidInput) as caught:
        add_user_from_console(db, "li", "李四", pin, [Role.PICKER])
    assert caught.value.params["field"] == "pin"
    with db.read() as session:
        assert session.scalar(select(User).where(User.username == "li")) is None


@pytest.mark.parametrize("pin", ["1234", "123456789012"])
def test_pin_of_4_and_12_digits_is_accepted(db: Database, pin: str) -> None:
    add_user_from_console(db, "li", "李四", pin, [Role.PICKER])
    assert login_with_pin(db, "li", pin).username == "li"


def test_pin_is_stored_as_an_argon2_hash_and_never_in_clear(db: Database) -> None:
    pin = "864209"
    add_user_from_console(db, "li", "李四", pin, [Role.PICKER], badge_code="EMP-7")
    login_with_pin(db, "li", pin)
    with pytest.raises(LoginFailed):
        login_with_pin(db, "li", "864208")
    stored = _user(db, "li").pin_hash
    assert stored.startswith("$argon2")
    assert pin not in stored
    with db.read() as session:
        trail = [str(e.detail) for e in session.scalars(select(AuditEntry))]
        trail += [str(e.payload) for e in session.scalars(select(OutboxEvent))]
    assert trail
    assert not any(pin in text or stored in text for text in trail)
