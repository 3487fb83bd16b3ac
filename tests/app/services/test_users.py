"""Managing users and stations: only a supervisor may, checked against the
database on every call; each change leaves an outbox event and an audit entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuditEntry, OutboxEvent, Station, User, UserRole, Warehouse
from app.errors import (
    AccountInactive,
    AccountLocked,
    AlreadyExists,
    InvalidInput,
    LoginFailed,
    NotFound,
    PermissionDenied,
)
from app.permissions import PERMISSIONS, Action, allowed
from app.roles import Role
from app.services import users as users_service
from app.services.auth import login_with_badge, login_with_pin
from app.services.context import Actor
from app.services.users import (
    add_user,
    add_user_from_console,
    count_users,
    ensure_station,
    list_users,
    unlock_user,
)

BOSS_PIN = "9731"
PACKER_PIN = "2468"


@pytest.fixture
def station_id(db: Database) -> str:
    return ensure_station(db, "ST01", "主管台")


@pytest.fixture
def boss(db: Database, station_id: str) -> Actor:
    add_user_from_console(db, "zhang", "张主管", BOSS_PIN, [Role.SUPERVISOR])
    return login_with_pin(db, "zhang", BOSS_PIN, station_code="ST01")


@pytest.fixture
def packer(db: Database, station_id: str) -> Actor:
    add_user_from_console(db, "wang", "王小明", PACKER_PIN, [Role.PACKER, Role.VERIFIER_WEIGHER])
    return login_with_pin(db, "wang", PACKER_PIN, station_code="ST01")


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (User, UserRole, OutboxEvent, AuditEntry)
        )


def _lock(db: Database, username: str) -> None:
    with db.write() as session:
        session.execute(
            update(User)
            .where(User.username == username)
            .values(locked_until=utcnow() + timedelta(minutes=15))
        )


# --- who may manage users ----------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda db, actor: add_user(db, actor, "li", "李四", "1111", [Role.SUPERVISOR]),
        lambda db, actor: list_users(db, actor),
        lambda db, actor: unlock_user(db, actor, "zhang"),
    ],
    ids=["add_user", "list_users", "unlock_user"],
)
def test_packer_may_not_manage_users_and_nothing_changes(
    db: Database,
    boss: Actor,
    packer: Actor,
    call: Callable[[Database, Actor], Any],
) -> None:
    _lock(db, "zhang")
    before = _counts(db)
    with pytest.raises(PermissionDenied) as caught:
        call(db, packer)
    assert caught.value.params == {"username": "wang", "action": "manage_users"}
    assert _counts(db) == before
    with db.read() as session:
        assert session.scalar(select(User.locked_until).where(User.username == "zhang"))


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.SUPERVISOR])
def test_no_role_but_supervisor_may_add_users(db: Database, role: Role) -> None:
    add_user_from_console(db, "li", "李四", "5555", [role])
    actor = login_with_pin(db, "li", "5555")
    with pytest.raises(PermissionDenied):
        add_user(db, actor, "zhao", "赵六", "6666", [Role.PICKER])
    assert count_users(db) == 1


def test_claimed_roles_are_not_trusted(db: Database, packer: Actor) -> None:
    """An Actor that claims the supervisor role is checked against the database."""
    forged = Actor(
        user_id=packer.user_id,
        username=packer.username,
        full_name=packer.full_name,
        roles=frozenset({Role.SUPERVISOR}),
        station_id=packer.station_id,
    )
    with pytest.raises(PermissionDenied):
        list_users(db, forged)


def test_supervisor_adds_lists_and_unlocks_users(db: Database, boss: Actor) -> None:
    info = add_user(
        db, boss, " li ", " 李四 ", "1357", [Role.PICKER, Role.CLERK], badge_code=" EMP-42 "
    )
    assert (info.username, info.full_name) == ("li", "李四")
    assert info.roles == (Role.CLERK, Role.PICKER)
    assert info.has_badge and info.active and info.locked_until is None
    assert login_with_pin(db, "li", "1357").roles == frozenset({Role.PICKER, Role.CLERK})

    listed = list_users(db, boss)
    assert [u.username for u in listed] == ["li", "zhang"]
    assert listed[1].roles == (Role.SUPERVISOR,)

    _lock(db, "li")
    with pytest.raises(AccountLocked):
        login_with_pin(db, "li", "1357")
    unlocked = unlock_user(db, boss, "li")
    assert unlocked.locked_until is None
    assert login_with_pin(db, "li", "1357").username == "li"  # before the lock ran out
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "user_unlocked")
        ).one()
        assert (entry.user_id, entry.entity_id) == (boss.user_id, info.id)


def test_unlock_unknown_user_is_not_found(db: Database, boss: Actor) -> None:
    with pytest.raises(NotFound):
        unlock_user(db, boss, "nobody")


def test_revoked_supervisor_role_is_refused_at_once(db: Database, boss: Actor) -> None:
    assert list_users(db, boss)  # allowed while the role is there
    with db.write() as session:
        session.execute(delete(UserRole).where(UserRole.user_id == boss.user_id))
        session.add(UserRole(user_id=boss.user_id, role=Role.PACKER.value))
    assert Role.SUPERVISOR in boss.roles  # the Actor in memory still says supervisor
    before = _counts(db)
    with pytest.raises(PermissionDenied):
        list_users(db, boss)
    with pytest.raises(PermissionDenied):
        add_user(db, boss, "li", "李四", "1111", [Role.SUPERVISOR])
    assert _counts(db) == before


def test_deactivated_user_is_refused_at_once(db: Database, boss: Actor) -> None:
    with db.write() as session:
        session.execute(update(User).where(User.id == boss.user_id).values(active=False))
    with pytest.raises(AccountInactive):
        list_users(db, boss)


# --- what add_user checks ----------------------------------------------------


def test_duplicate_username_is_refused(db: Database, boss: Actor) -> None:
    add_user(db, boss, "li", "李四", "1111", [Role.PICKER])
    before = _counts(db)
    for name in ("li", " li "):
        with pytest.raises(AlreadyExists) as caught:
            add_user(db, boss, name, "李思", "2222", [Role.QC])
        assert caught.value.params["field"] == "username"
    assert _counts(db) == before
    assert login_with_pin(db, "li", "1111").full_name == "李四"


def test_duplicate_badge_is_refused(db: Database, boss: Actor) -> None:
    add_user(db, boss, "li", "李四", "1111", [Role.PICKER], badge_code="EMP-42")
    before = _counts(db)
    with pytest.raises(AlreadyExists) as caught:
        add_user(db, boss, "zhao", "赵六", "2222", [Role.QC], badge_code="EMP-42")
    assert caught.value.params["field"] == "badge_code"
    assert _counts(db) == before


def test_blank_badge_means_no_badge(db: Database, boss: Actor) -> None:
    """A blank badge field must not become a badge: two users without one would
    clash, and an empty scan would log one of them in."""
    add_user(db, boss, "li", "李四", "1111", [Role.PICKER], badge_code="")
    add_user(db, boss, "zhao", "赵六", "2222", [Role.QC], badge_code="  ")
    assert [u.has_badge for u in list_users(db, boss)] == [False, False, False]
    for scan in ("", "  ", "\r\n"):
        with pytest.raises(LoginFailed):
            login_with_badge(db, scan)


@pytest.mark.parametrize(
    ("username", "full_name", "roles", "field"),
    [
        ("li", "李四", [], "roles"),
        ("  ", "李四", [Role.PICKER], "username"),
        ("li", " ", [Role.PICKER], "full_name"),
    ],
)
def test_incomplete_user_is_refused(
    db: Database, boss: Actor, username: str, full_name: str, roles: list[Role], field: str
) -> None:
    before = _counts(db)
    with pytest.raises(InvalidInput) as caught:
        add_user(db, boss, username, full_name, "1111", roles)
    assert caught.value.params["field"] == field
    assert _counts(db) == before


def test_add_user_writes_an_outbox_event_and_an_audit_entry(db: Database, boss: Actor) -> None:
    with db.read() as session:
        last_seq = session.scalar(select(func.max(OutboxEvent.local_seq))) or 0
    li = add_user(db, boss, "li", "李四", "1111", [Role.PICKER, Role.CLERK])
    zhao = add_user(db, boss, "zhao", "赵六", "2222", [Role.QC])
    with db.read() as session:
        events = session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.local_seq > last_seq)
            .order_by(OutboxEvent.local_seq)
        ).all()
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "user_created", AuditEntry.user_id == boss.user_id)
            .order_by(AuditEntry.at)
        ).all()
    assert [e.type for e in events] == ["user.created", "user.created"]
    assert [e.local_seq for e in events] == [last_seq + 1, last_seq + 2]
    assert events[0].payload == {"user_id": li.id, "username": "li", "roles": ["clerk", "picker"]}
    assert events[1].payload["user_id"] == zhao.id
    assert all(e.user_id == boss.user_id and e.station_id == boss.station_id for e in events)
    assert all(e.pushed_at is None for e in events)  # waiting for the sync push
    assert len({e.id for e in events}) == 2
    assert [e.entity_id for e in entries] == [li.id, zhao.id]
    assert all(e.station_id == boss.station_id and e.username == "zhang" for e in entries)
    assert "1111" not in str(events[0].payload) + str(entries[0].detail)


def test_console_add_is_recorded_as_cli(db: Database) -> None:
    info = add_user_from_console(db, "zhang", "张主管", BOSS_PIN, [Role.SUPERVISOR])
    with db.read() as session:
        event = session.scalars(select(OutboxEvent)).one()
        entry = session.scalars(select(AuditEntry)).one()
    assert (event.type, event.user_id, event.local_seq) == ("user.created", None, 1)
    assert (entry.action, entry.user_id, entry.username, entry.entity_id) == (
        "user_created",
        None,
        "cli",
        info.id,
    )


def test_user_event_and_audit_commit_or_fail_together(
    db: Database, boss: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the audit entry cannot be written, neither the user nor the event stays."""

    def broken_audit(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk on fire")

    before = _counts(db)
    monkeypatch.setattr(users_service, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        add_user(db, boss, "li", "李四", "1111", [Role.PICKER])
    assert _counts(db) == before


# --- stations ----------------------------------------------------------------


def test_ensure_station_creates_then_updates(db: Database) -> None:
    with db.write() as session:
        warehouse = Warehouse(code="A", name="主仓")
        session.add(warehouse)
        session.flush()
        warehouse_id = warehouse.id

    first = ensure_station(db, "ST02", "打包台 2", warehouse_code="A")
    with db.read() as session:
        station = session.get(Station, first)
        assert station is not None
        assert (station.code, station.name, station.warehouse_id) == (
            "ST02",
            "打包台 2",
            warehouse_id,
        )
        assert station.last_seen_at is not None
        first_seen = station.last_seen_at

    again = ensure_station(db, "ST02", "称重台 2")
    assert again == first
    with db.read() as session:
        stations = session.scalars(select(Station)).all()
        assert len(stations) == 1
        assert stations[0].name == "称重台 2"
        assert stations[0].warehouse_id == warehouse_id  # kept when not given
        assert stations[0].last_seen_at is not None
        assert stations[0].last_seen_at >= first_seen
        assert stations[0].version == 2


# --- the permission table ----------------------------------------------------


def test_every_action_has_roles() -> None:
    assert set(PERMISSIONS) == set(Action)
    for action, roles in PERMISSIONS.items():
        assert roles, action
        assert roles <= set(Role), action


def test_only_supervisors_manage_approve_and_configure() -> None:
    for action in (Action.MANAGE_USERS, Action.APPROVE_OVERRIDE, Action.STATION_SETTINGS):
        assert PERMISSIONS[action] == {Role.SUPERVISOR}, action


@pytest.mark.parametrize(
    ("role", "actions"),
    [
        (Role.ORDER_CLERK, {Action.AUDIT_ORDERS, Action.MAKE_BATCHES, Action.PRINT_LABELS}),
        (Role.CLERK, {Action.RECEIVE, Action.RETURNS, Action.STOCK_OPERATIONS}),
        (Role.PICKER, {Action.PICK}),
        (Role.VERIFIER_WEIGHER, {Action.VERIFY, Action.WEIGH}),
        (Role.PACKER, {Action.PACK}),
        (Role.QC, {Action.QC_INSPECT}),
    ],
)
def test_each_role_may_do_its_handbook_work(role: Role, actions: set[Action]) -> None:
    """RULES.md "Roles": what each role does at a station."""
    for action in actions | {Action.VIEW_OVERVIEW}:
        assert allowed(frozenset({role}), action), (role, action)
    assert not allowed(frozenset({role}), Action.MANAGE_USERS)


def test_supervisor_may_do_everything() -> None:
    assert all(allowed(frozenset({Role.SUPERVISOR}), action) for action in Action)


def test_actor_may_matches_the_table(packer: Actor) -> None:
    assert packer.may(Action.PACK)
    assert packer.may(Action.WEIGH)  # also a verifier-weigher
    assert not packer.may(Action.MANAGE_USERS)
    assert not packer.may(Action.PICK)
