"""Ship batches (R-BAT-1,2): single and multi apart, size limit, SF first in the
last cut-off, short stock held, nothing batched twice, and who may cut."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from app.db.engine import Database
from app.db.models import (
    AuditEntry,
    Courier,
    Location,
    Order,
    OutboxEvent,
    Product,
    ShipBatch,
    ShipBatchOrder,
    StockMovement,
)
from app.demo import load_demo
from app.errors import InvalidInput, PermissionDenied
from app.services.auth import login_with_pin
from app.services.batches import BatchInfo, BatchSettings, list_batches, order_kind
from app.services.batches import cut_batches as cut_batches_at
from app.services.context import Actor
from tests.app.services.picking_floor import add_order, add_product, receive

DAY = date(2026, 11, 28)
# 10:00 in Shanghai on DAY: every order paid before it ships today (R-ORD-4).
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
cut_batches = partial(cut_batches_at, now=NOW)
N = 80


def _audited_demo(db: Database, orders: int = N) -> Database:
    load_demo(db, orders=orders, now=NOW)
    with db.write() as session:
        session.execute(update(Order).values(status="audited"))
    return db


@pytest.fixture
def demo_db(db: Database) -> Database:
    return _audited_demo(db)


@pytest.fixture
def clerk(demo_db: Database) -> Actor:
    return login_with_pin(demo_db, "zhidan", "1234")


def _orders(db: Database) -> dict[str, tuple[Order, str]]:
    """Every order by id with its courier code (lines loaded)."""
    with db.read() as session:
        rows = session.execute(
            select(Order, Courier.code).join(Courier, Courier.id == Order.courier_id)
        ).all()
        return {o.id: (o, code) for o, code in rows}


def test_single_and_multi_orders_never_share_a_batch(demo_db: Database, clerk: Actor) -> None:
    batches = cut_batches(demo_db, clerk, DAY, 1)
    orders = _orders(demo_db)
    assert {b.kind for b in batches} == {"single", "multi"}
    for batch in batches:
        assert {order_kind(orders[i][0]) for i in batch.order_ids} == {batch.kind}
        assert batch.cutoff == "10:30" and batch.state == "open" and not batch.sf_first
    assert sorted(i for b in batches for i in b.order_ids) == sorted(orders)
    assert {o.status for o, _ in orders.values()} == {"batched"}
    singles = sum(1 for o, _ in orders.values() if order_kind(o) == "single")
    assert 0.4 * N < singles < 0.8 * N  # the demo's ~60% 一单一品
    assert {b.batch_no for b in batches} == {"B20261128-1-S1", "B20261128-1-M1"}
    with demo_db.read() as session:
        events = Counter(session.scalars(select(OutboxEvent.type)).all())
        assert events["batch.created"] == 2 and events["order.batched"] == 0
        payloads = session.scalars(
            select(OutboxEvent.payload).where(OutboxEvent.type == "batch.created")
        ).all()
        # The one event per batch names its orders in print order (replayable on sync).
        assert sorted(i for p in payloads for i in p["order_ids"]) == sorted(orders)
        actions = session.scalars(select(AuditEntry.action)).all()
        assert actions.count("batches_cut") == 1
        multi = session.scalars(
            select(ShipBatchOrder).join(ShipBatch).where(ShipBatch.kind == "multi")
        ).all()
        assert sorted(link.slot or 0 for link in multi) == list(range(1, len(multi) + 1))


def test_batches_split_at_the_maximum_size(demo_db: Database, clerk: Actor) -> None:
    batches = cut_batches(demo_db, clerk, DAY, 2, BatchSettings(max_size=10))
    assert all(b.order_count <= 10 for b in batches)
    assert sum(b.order_count for b in batches) == N
    singles = [b for b in batches if b.kind == "single"]
    assert len(singles) >= 3
    assert [b.batch_no for b in singles] == [
        f"B20261128-2-S{i}" for i in range(1, len(singles) + 1)
    ]
    assert all(b.order_count == 10 for b in singles[:-1])


def _print_order(db: Database, batches: list[BatchInfo]) -> list[tuple[str, object]]:
    orders = _orders(db)
    return [(orders[i][1], orders[i][0].paid_at) for b in batches for i in b.order_ids]


def test_sf_prints_first_in_the_last_cutoff(demo_db: Database, clerk: Actor) -> None:
    batches = cut_batches(demo_db, clerk, DAY, 5)
    assert all(b.sf_first and b.cutoff == "17:30" for b in batches)
    for batch in batches:
        seq = _print_order(demo_db, [batch])
        is_sf = [code == "SF" for code, _ in seq]
        assert any(is_sf) and not all(is_sf)
        assert is_sf == sorted(is_sf, reverse=True)  # every SF before any other
        sf_paid = [p for c, p in seq if c == "SF"]
        rest_paid = [p for c, p in seq if c != "SF"]
        assert sf_paid == sorted(sf_paid) and rest_paid == sorted(rest_paid)  # type: ignore[type-var]


def test_other_cutoffs_keep_paid_order(demo_db: Database, clerk: Actor) -> None:
    batches = cut_batches(demo_db, clerk, DAY, 4)
    for batch in batches:
        seq = _print_order(demo_db, [batch])
        assert [p for _, p in seq] == sorted(p for _, p in seq)  # type: ignore[type-var]
    codes = [[c for c, _ in _print_order(demo_db, [b])] for b in batches]
    assert any("SF" in c and c[0] != "SF" for c in codes)  # SF not pulled to the front
    assert not any(b.sf_first for b in batches)


def _drain(db: Database, sku: str, leave: int) -> str:
    """Count ``sku`` out of every bin and lot, then back in with ``leave`` units in
    one pick bin of warehouse A (a stock count, as the floor would book it)."""
    with db.write() as session:
        product = session.scalars(select(Product).where(Product.sku_code == sku)).one()
        slots = session.execute(
            select(
                StockMovement.lot_id, StockMovement.location_id, func.sum(StockMovement.quantity)
            )
            .where(StockMovement.product_id == product.id)
            .group_by(StockMovement.lot_id, StockMovement.location_id)
        ).all()
        for lot_id, location_id, balance in slots:
            if balance:
                session.add(
                    StockMovement(
                        product_id=product.id,
                        lot_id=lot_id,
                        location_id=location_id,
                        quantity=-int(balance),
                        kind="count_adjust",
                    )
                )
        if leave:
            bin_id = session.scalars(
                select(Location.id).where(Location.kind == "pick", Location.code.like("A-%"))
            ).first()
            assert bin_id is not None
            session.add(
                StockMovement(
                    product_id=product.id,
                    lot_id=slots[0][0],
                    location_id=bin_id,
                    quantity=leave,
                    kind="count_adjust",
                )
            )
        return product.id


def _orders_with(db: Database, product_id: str) -> list[Order]:
    orders = [
        o for o, _ in _orders(db).values() if any(ln.product_id == product_id for ln in o.lines)
    ]
    return sorted(orders, key=lambda o: (o.paid_at, o.platform_order_no))


def test_short_stock_holds_the_order_with_its_reason(demo_db: Database, clerk: Actor) -> None:
    sku = "LJ01-100-GN"  # the best-seller: several orders want it
    product_id = _drain(demo_db, sku, 0)
    wanting = _orders_with(demo_db, product_id)
    assert len(wanting) >= 2
    batches = cut_batches(demo_db, clerk, DAY, 1)
    batched = {i for b in batches for i in b.order_ids}
    assert sum(b.order_count for b in batches) == N - len(wanting)
    for order in _orders_with(demo_db, product_id):
        assert order.status == "held" and order.id not in batched
        assert order.held_reason.startswith("short_stock: ") and sku in order.held_reason


def test_earlier_paid_orders_take_the_last_units(demo_db: Database, clerk: Actor) -> None:
    sku = "LJ01-100-GN"
    product_id = _drain(demo_db, sku, 0)
    first, *later = _orders_with(demo_db, product_id)
    need = sum(ln.quantity for ln in first.lines if ln.product_id == product_id)
    _drain(demo_db, sku, need)
    cut_batches(demo_db, clerk, DAY, 1)
    after = _orders(demo_db)
    assert after[first.id][0].status == "batched"
    assert all(after[o.id][0].status == "held" for o in later)


def test_batched_unshipped_orders_keep_their_stock(demo_db: Database, clerk: Actor) -> None:
    sku = "LJ01-100-GN"
    product_id = _drain(demo_db, sku, 0)
    late, *rest = reversed(_orders_with(demo_db, product_id))
    total = sum(ln.quantity for o in [late, *rest] for ln in o.lines if ln.product_id == product_id)
    _drain(demo_db, sku, total - 1)  # one unit short of what all of them need
    with demo_db.write() as session:  # the latest order is not audited yet
        session.execute(update(Order).where(Order.id == late.id).values(status="paid"))
    cut_batches(demo_db, clerk, DAY, 1)
    assert all(_orders(demo_db)[o.id][0].status == "batched" for o in rest)
    with demo_db.write() as session:
        session.execute(update(Order).where(Order.id == late.id).values(status="audited"))
    assert cut_batches(demo_db, clerk, DAY, 2) == []  # the batched orders keep their units
    held = _orders(demo_db)[late.id][0]
    assert held.status == "held" and held.held_reason == f"short_stock: {sku}"


def test_a_second_cut_takes_nothing_already_batched(demo_db: Database, clerk: Actor) -> None:
    first = cut_batches(demo_db, clerk, DAY, 1)
    assert cut_batches(demo_db, clerk, DAY, 1) == []
    some = first[0].order_ids[0]
    with demo_db.write() as session:
        session.execute(update(Order).where(Order.id == some).values(status="audited"))
    assert cut_batches(demo_db, clerk, DAY, 1) == []  # audited again, but already in a batch
    listed = list_batches(demo_db, clerk, DAY)
    assert [b.batch_no for b in listed] == [b.batch_no for b in first]
    counts = {b.batch_no: b.order_states for b in listed}
    assert counts[first[0].batch_no].get("audited") == 1
    assert sum(sum(c.values()) for c in counts.values()) == N


def test_list_batches_counts_orders_per_state(demo_db: Database, clerk: Actor) -> None:
    made = cut_batches(demo_db, clerk, DAY, 3, BatchSettings(max_size=25))
    with demo_db.write() as session:
        session.execute(
            update(Order).where(Order.id.in_(made[0].order_ids[:3])).values(status="picked")
        )
    listed = list_batches(demo_db, clerk, DAY)
    assert {b.batch_no for b in listed} == {b.batch_no for b in made}
    top = next(b for b in listed if b.id == made[0].id)
    assert top.order_states == {"batched": made[0].order_count - 3, "picked": 3}
    assert list_batches(demo_db, clerk, date(2026, 11, 29)) == []


def test_only_order_clerks_and_supervisors_cut_batches(demo_db: Database) -> None:
    packer = login_with_pin(demo_db, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        cut_batches(demo_db, packer, DAY, 1)
    assert _orders(demo_db) and {o.status for o, _ in _orders(demo_db).values()} == {"audited"}
    supervisor = login_with_pin(demo_db, "zhuguan", "8888")
    assert cut_batches(demo_db, supervisor, DAY, 1)


def test_bad_cutoffs_and_sizes_are_refused(demo_db: Database, clerk: Actor) -> None:
    with pytest.raises(InvalidInput):
        cut_batches(demo_db, clerk, DAY, 6)
    with pytest.raises(InvalidInput):
        cut_batches(demo_db, clerk, DAY, 0)
    for bad in ({"max_size": 0}, {"cutoffs": ("25:00",)}, {"cutoffs": ("12:00", "10:30")}):
        with pytest.raises(InvalidInput):
            cut_batches(demo_db, clerk, DAY, 1, BatchSettings(**bad))  # type: ignore[arg-type]
    assert cut_batches(demo_db, clerk, DAY, 2, BatchSettings(cutoffs=("09:00", "15:00")))[
        0
    ].sf_first


@pytest.mark.postgres
def test_cut_batches_on_postgresql(pg_db: Database) -> None:
    _audited_demo(pg_db, orders=40)
    clerk = login_with_pin(pg_db, "zhidan", "1234")
    batches = cut_batches(pg_db, clerk, DAY, 5, BatchSettings(max_size=15))
    assert sum(b.order_count for b in batches) == 40
    assert all(b.order_count <= 15 and b.sf_first for b in batches)
    assert cut_batches(pg_db, clerk, DAY, 5) == []
    assert [b.batch_no for b in list_batches(pg_db, clerk, DAY)] == sorted(
        (b.batch_no for b in batches), key=lambda n: (n.split("-")[2][0] != "S", n)
    )


def test_orders_paid_from_the_audit_cutoff_on_wait_for_the_next_day(db: Database) -> None:
    """R-ORD-4 at its edge: paid 16:59:59 ships today, paid 17:00:00 tomorrow."""
    load_demo(db, orders=0, now=NOW)
    clerk = login_with_pin(db, "zhidan", "1234")
    tea = add_product(db, "T1-250", "6900000000011")
    receive(db, tea, "A-01-05", 9, days=1, ref="T")
    shanghai = ZoneInfo("Asia/Shanghai")
    before = add_order(
        db, "EDGE-1", [(tea, 1)], paid_at=datetime(2026, 11, 28, 16, 59, 59, tzinfo=shanghai)
    )
    after = add_order(
        db, "EDGE-2", [(tea, 1)], paid_at=datetime(2026, 11, 28, 17, 0, 0, tzinfo=shanghai)
    )
    evening = datetime(2026, 11, 28, 17, 20, tzinfo=shanghai)
    (today,) = cut_batches_at(db, clerk, DAY, 5, now=evening)
    assert today.order_ids == (before,)
    assert cut_batches_at(db, clerk, DAY, 5, now=evening) == []  # still waits, not held
    morning = datetime(2026, 11, 29, 9, 0, tzinfo=shanghai)
    (tomorrow,) = cut_batches_at(db, clerk, DAY + timedelta(days=1), 1, now=morning)
    assert tomorrow.order_ids == (after,) and tomorrow.batch_no == "B20261129-1-S1"
    with db.read() as session:
        assert {o.status for o in session.scalars(select(Order))} == {"batched"}
