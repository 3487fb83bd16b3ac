"""The demo loader: what a person trying the station would check first."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import migrate
from app.db.engine import Database
from app.db.models import (
    AuditEntry,
    Courier,
    Location,
    Order,
    OrderLine,
    Product,
    StockLot,
    StockMovement,
    User,
    Warehouse,
)
from app.demo import DEMO_USERS, DemoSummary, database_is_empty, load_demo
from app.demo.data import CHANGE_REQUESTS
from app.errors import AlreadyExists, InvalidInput
from app.roles import Role
from app.services.auth import login_with_badge, login_with_pin
from app.services.users import add_user_from_console

NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)  # 17:30 in Hangzhou
HANGZHOU_MIDNIGHT = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)


def _fresh_db(path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    migrate.upgrade(database.engine)
    return database


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One full demo load shared by the read-only tests (it takes a second)."""
    database = _fresh_db(tmp_path_factory.mktemp("demo") / "station.db")
    summary = load_demo(database, now=NOW)
    yield database, summary
    database.dispose()


def _count(db: Database, model: Any) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _ean13_ok(code: str) -> bool:
    """Independent of the loader: digits weighted 1,3,1,3... including the check sum to 0 mod 10."""
    if not re.fullmatch(r"\d{13}", code):
        return False
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code)) % 10 == 0


def _patterns(db: Database) -> dict[str, list[re.Pattern[str]]]:
    with db.read() as s:
        return {
            c.id: [re.compile(p) for p in c.waybill_patterns] for c in s.scalars(select(Courier))
        }


def _matching_couriers(patterns: dict[str, list[re.Pattern[str]]], code: str) -> list[str]:
    return [cid for cid, pats in patterns.items() if any(p.fullmatch(code) for p in pats)]


def test_counts_and_roles(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    assert summary.users == _count(db, User) == 7
    assert summary.products == _count(db, Product)
    assert summary.couriers == _count(db, Courier) == 7
    assert summary.warehouses == _count(db, Warehouse) == 2
    assert summary.locations == _count(db, Location)
    assert summary.orders == _count(db, Order) == 500
    assert summary.order_lines == _count(db, OrderLine)
    assert summary.stock_lots == _count(db, StockLot)
    with db.read() as s:
        roles = {u.username: u.role_names for u in s.scalars(select(User))}
        kinds = Counter(s.scalars(select(Product.kind)))
        statuses = set(s.scalars(select(Order.status)))
        codes = set(s.scalars(select(Courier.code)))
        longjing = s.scalars(select(Product.name).where(Product.category == "longjing")).all()
        cartons = s.scalars(select(Product.name).where(Product.name.like("%号纸箱%"))).all()
    assert roles == {u.username: frozenset({u.role.value}) for u in DEMO_USERS}
    assert {r for rs in roles.values() for r in rs} == {r.value for r in Role}
    assert 45 <= kinds["goods"] <= 55
    assert kinds["packing_material"] >= 5
    assert len(cartons) == 5
    assert statuses == {"paid"}
    assert codes == {"SF", "ZTO", "YTO", "STO", "YD", "JD", "EMS"}
    assert longjing and all("龙井" in name for name in longjing)
    assert any("礼盒" in name for name in longjing)


def test_every_product_has_a_valid_china_ean13(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    with db.read() as s:
        products = s.scalars(select(Product)).all()
        eans = {
            p.sku_code: [b.barcode for b in p.barcodes if b.barcode.isdigit()] for p in products
        }
        second = [p.sku_code for p in products if len(p.barcodes) > 1]
        weights = [p.unit_weight_g for p in products]
        prices = [p.price_fen for p in products]
    assert all(len(codes) == 1 for codes in eans.values())
    for sku, (code,) in eans.items():
        assert _ean13_ok(code), f"{sku}: bad EAN-13 {code}"
        assert code.startswith("69"), f"{sku}: {code} is not a China (69x) code"
    assert 0 < len(second) < len(products)  # some carry our Code 128 label too
    assert all(isinstance(w, int) and w > 0 for w in weights)
    assert all(isinstance(p, int) and p > 0 for p in prices)


def test_each_waybill_matches_its_own_courier_only(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    patterns = _patterns(db)
    with db.read() as s:
        orders = s.execute(select(Order.courier_id, Order.waybill_no)).all()
        sf_id = s.scalar(select(Courier.id).where(Courier.code == "SF"))
        by_priority = s.scalars(select(Courier.code).order_by(Courier.priority.desc())).all()
    for courier_id, waybill in orders:
        assert waybill, "every demo order has its waybill"
        assert _matching_couriers(patterns, waybill) == [courier_id], waybill
    assert len({w for _, w in orders}) == len(orders)
    sf_share = sum(1 for c, _ in orders if c == sf_id) / len(orders)
    assert 0.15 <= sf_share <= 0.25
    assert by_priority[0] == "SF"  # SF prints first (R-BAT-2)


def test_scanned_codes_are_never_mistaken_for_waybills(
    loaded: tuple[Database, DemoSummary],
) -> None:
    """Barcodes, badges, bins and order numbers must not look like a waybill."""
    db, _ = loaded
    patterns = _patterns(db)
    with db.read() as s:
        codes = [b.barcode for p in s.scalars(select(Product)) for b in p.barcodes]
        codes += [c for c in s.scalars(select(User.badge_code)) if c]
        codes += list(s.scalars(select(Location.code)))
        codes += list(s.scalars(select(Order.platform_order_no)))
    clashes = [c for c in codes if _matching_couriers(patterns, c)]
    assert clashes == []


def test_fifo_lots_with_receive_movements(loaded: tuple[Database, DemoSummary]) -> None:
    """R-BAT-4 needs several lots per product with different arrival times."""
    db, _ = loaded
    with db.read() as s:
        supervisor = s.scalar(select(User.id).where(User.username == "zhuguan"))
        goods = s.scalars(select(Product.id).where(Product.kind == "goods")).all()
        lots = s.scalars(select(StockLot)).all()
        moves = s.scalars(select(StockMovement)).all()
        bin_kind = dict(s.execute(select(Location.id, Location.kind)).all())
    received: dict[str, list[datetime]] = defaultdict(list)
    for lot in lots:
        received[lot.product_id].append(lot.received_at)
        assert NOW - timedelta(days=60) < lot.received_at < NOW
    for product_id in goods:
        times = received[product_id]
        assert len(times) >= 2
        assert len(set(times)) == len(times)
    moves_per_lot = Counter(m.lot_id for m in moves)
    assert set(moves_per_lot) == {lot.id for lot in lots}
    assert set(moves_per_lot.values()) == {1}
    for m in moves:
        assert m.kind == "receive" and m.quantity > 0
        assert m.document_type == "demo" and m.user_id == supervisor
        assert bin_kind[m.location_id] in ("pick", "reserve", "packing")


def test_stock_in_warehouse_a_covers_the_orders(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    with db.read() as s:
        ordered = dict(
            s.execute(
                select(OrderLine.product_id, func.sum(OrderLine.quantity)).group_by(
                    OrderLine.product_id
                )
            ).all()
        )
        in_a = dict(
            s.execute(
                select(StockMovement.product_id, func.sum(StockMovement.quantity))
                .join(Location, Location.id == StockMovement.location_id)
                .join(Warehouse, Warehouse.id == Location.warehouse_id)
                .where(Warehouse.code == "A")
                .group_by(StockMovement.product_id)
            ).all()
        )
        packing = s.scalars(select(Product.id).where(Product.kind == "packing_material")).all()
    assert ordered
    for product_id, quantity in ordered.items():
        assert in_a.get(product_id, 0) >= quantity
    assert all(in_a.get(p, 0) > 0 for p in packing)


def test_bins_and_serpentine_walk(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    with db.read() as s:
        a_id = s.scalar(select(Warehouse.id).where(Warehouse.code == "A"))
        bins = s.scalars(select(Location).where(Location.warehouse_id == a_id)).all()
    assert {b.kind for b in bins} == {"pick", "reserve", "defective", "sample", "packing"}
    picks = sorted((b for b in bins if b.kind == "pick"), key=lambda b: b.walk_order)
    assert len({b.walk_order for b in picks}) == len(picks)
    for here, there in zip(picks, picks[1:], strict=False):
        _, aisle, slot = here.code.split("-")
        _, next_aisle, next_slot = there.code.split("-")
        # a picker steps to the next bin, or crosses to the next aisle at the same end
        step = (aisle == next_aisle and abs(int(slot) - int(next_slot)) == 1) or (
            int(next_aisle) == int(aisle) + 1 and slot == next_slot
        )
        assert step, f"{here.code} -> {there.code}"


def test_orders_look_like_todays_orders(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    with db.read() as s:
        orders = s.scalars(select(Order)).all()
        price = dict(s.execute(select(Product.id, Product.price_fen)).all())
        sf_id = s.scalar(select(Courier.id).where(Courier.code == "SF"))
    assert all(o.paid_at is not None and HANGZHOU_MIDNIGHT <= o.paid_at < NOW for o in orders)
    assert len({(o.shop, o.platform_order_no) for o in orders}) == len(orders)
    assert len({o.shop for o in orders}) >= 2
    assert all(re.fullmatch(r"1[3-9]\d{9}", o.recipient_phone) for o in orders)
    assert all(o.recipient_name and o.province and o.city and o.address_detail for o in orders)
    assert all(ln.unit_price_fen == price[ln.product_id] for o in orders for ln in o.lines)
    single = [o for o in orders if len(o.lines) == 1 and o.lines[0].quantity == 1]
    assert 0.5 <= len(single) / len(orders) <= 0.7
    assert any(len(o.lines) >= 3 for o in orders)
    remarks = {r for _, r, _ in CHANGE_REQUESTS}
    messages = {m for _, _, m in CHANGE_REQUESTS}
    changes = [o for o in orders if o.cs_remark in remarks or o.buyer_message in messages]
    assert 0.06 <= len(changes) / len(orders) <= 0.10
    for kind, remark, message in CHANGE_REQUESTS:  # every kind of request appears
        assert any(o.cs_remark == remark or o.buyer_message == message for o in changes), kind
    harmless = [o for o in orders if o not in changes and (o.cs_remark or o.buyer_message)]
    assert harmless, "ordinary orders carry harmless notes too"
    for o in harmless:  # an auditor's keywords must not fire on them
        note = o.cs_remark + o.buyer_message
        assert not any(w in note for w in ("地址", "顺丰", "分开", "暂停", "发票")), note
    asks_for_sf = [o for o in changes if "顺丰" in o.cs_remark + o.buyer_message]
    assert all(o.courier_id != sf_id for o in asks_for_sf)


def test_demo_loaded_is_audited_once(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo_loaded")).all()
    assert len(entries) == 1
    assert entries[0].detail["orders"] == summary.orders == 500


def test_demo_users_log_in_by_pin_and_badge(db: Database) -> None:
    load_demo(db, orders=10, now=NOW)
    boss = login_with_pin(db, "zhuguan", "8888")
    assert boss.roles == frozenset({Role.SUPERVISOR}) and boss.full_name == "王主管"
    assert login_with_badge(db, "USR0001").username == "zhuguan"
    for user in DEMO_USERS:
        actor = login_with_pin(db, user.username, user.pin)
        assert actor.roles == frozenset({user.role})
        assert login_with_badge(db, user.badge_code).username == user.username


def test_loading_twice_is_refused_and_adds_nothing(db: Database) -> None:
    assert database_is_empty(db)
    load_demo(db, orders=30, now=NOW)
    assert not database_is_empty(db)
    before = [_count(db, m) for m in (User, Product, Order, StockLot, AuditEntry)]
    with pytest.raises(AlreadyExists):
        load_demo(db, orders=30, now=NOW, seed=7)
    assert [_count(db, m) for m in (User, Product, Order, StockLot, AuditEntry)] == before


def test_real_data_is_never_mixed_with_demo_data(db: Database) -> None:
    add_user_from_console(db, "laoban", "老板", "4321", [Role.SUPERVISOR])
    assert not database_is_empty(db)
    with pytest.raises(AlreadyExists):
        load_demo(db, orders=10, now=NOW)
    assert _count(db, User) == 1
    assert _count(db, Product) == _count(db, Order) == _count(db, Warehouse) == 0


def _snapshot(db: Database) -> list[tuple[Any, ...]]:
    """Everything about the orders and lots except the random row ids."""
    with db.read() as s:
        sku = dict(s.execute(select(Product.id, Product.sku_code)).all())
        courier = dict(s.execute(select(Courier.id, Courier.code)).all())
        rows: list[tuple[Any, ...]] = [
            (
                o.shop,
                o.platform_order_no,
                o.paid_at,
                o.recipient_name,
                o.recipient_phone,
                o.address_detail,
                courier[o.courier_id or ""],
                o.waybill_no,
                o.cs_remark,
                o.buyer_message,
                sorted((sku[ln.product_id], ln.quantity) for ln in o.lines),
            )
            for o in s.scalars(select(Order).order_by(Order.paid_at, Order.platform_order_no))
        ]
        rows += sorted(
            (sku[lot.product_id], lot.received_at, lot.reference)
            for lot in s.scalars(select(StockLot))
        )
        return rows


def test_same_seed_same_demo(db: Database, tmp_path: Path) -> None:
    other = _fresh_db(tmp_path / "other.db")
    third = _fresh_db(tmp_path / "third.db")
    try:
        load_demo(db, orders=80, now=NOW, seed=42)
        load_demo(other, orders=80, now=NOW, seed=42)
        load_demo(third, orders=80, now=NOW, seed=43)
        assert _snapshot(db) == _snapshot(other)
        assert _snapshot(db) != _snapshot(third)
    finally:
        other.dispose()
        third.dispose()


def test_just_after_midnight_orders_are_still_in_the_past(db: Database) -> None:
    now = datetime(2026, 11, 27, 16, 10, tzinfo=UTC)  # 00:10 in Hangzhou
    load_demo(db, orders=50, now=now)
    with db.read() as s:
        paid = s.scalars(select(Order.paid_at)).all()
    assert all(p is not None and now - timedelta(days=1) <= p < now for p in paid)


def test_bad_arguments_are_refused(db: Database) -> None:
    with pytest.raises(InvalidInput):
        load_demo(db, orders=-1)
    with pytest.raises(InvalidInput):
        load_demo(db, now=datetime(2026, 11, 28, 9, 30))
    assert database_is_empty(db)


@pytest.mark.postgres
def test_demo_loads_on_postgres(pg_db: Database) -> None:
    assert database_is_empty(pg_db)
    summary = load_demo(pg_db, now=NOW)
    assert not database_is_empty(pg_db)
    assert summary.orders == _count(pg_db, Order) == 500
    assert summary.stock_lots == _count(pg_db, StockLot)
    assert _count(pg_db, User) == len(DEMO_USERS)
    patterns = _patterns(pg_db)
    with pg_db.read() as s:
        orders = s.execute(select(Order.courier_id, Order.waybill_no)).all()
    assert all(_matching_couriers(patterns, w or "") == [c] for c, w in orders)
    assert login_with_pin(pg_db, "zhuguan", "8888").username == "zhuguan"
    with pytest.raises(AlreadyExists):
        load_demo(pg_db, orders=5, now=NOW)
