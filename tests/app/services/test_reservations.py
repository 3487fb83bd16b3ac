"""Goods reserved for a customer (囤货, R-STK-1): not pickable for batch
cutting while held; claimed, cancelled, or back on sale after 7 days (a
second before, still held; at 7 days, released)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Order, Product, Warehouse
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.allocation import available_units, pickable_stock, picking_warehouse
from app.services.batches import cut_batches
from app.services.reservations import (
    cancel,
    claim,
    list_reservations,
    release_expired,
    reserve,
)
from app.services.stock_ops import InsufficientStock, StockOpRefused
from tests.app.services.picking_floor import add_order
from tests.app.services.stock_floor import NOW, People, ledger_size, load_floor

SKU = "LJ01-050-GN"
WEEK = timedelta(days=7)


@pytest.fixture
def floor(db: Database) -> People:
    return load_floor(db)


def free(db: Database, sku: str = SKU, warehouse: str = "A") -> int:
    with db.read() as session:
        product = session.scalar(select(Product.id).where(Product.sku_code == sku))
        store = session.scalar(select(Warehouse.id).where(Warehouse.code == warehouse))
        assert product and store
        return available_units(pickable_stock(session, store))[product]


def test_reserved_units_are_not_sold_until_released(db: Database, floor: People) -> None:
    spare = free(db)
    held = reserve(db, floor.clerk, SKU, 5, " 老客户 陈女士 ", NOW, warehouse="A")
    assert (held.sku, held.quantity, held.customer, held.state) == (SKU, 5, "老客户 陈女士", "held")
    assert held.reserved_by == "赵文员" and held.expires_at == NOW + WEEK
    assert free(db) == spare - 5
    assert [r.id for r in list_reservations(db, floor.clerk)] == [held.id]

    assert release_expired(db, NOW + WEEK - timedelta(seconds=1)) == []
    assert list_reservations(db, floor.clerk)[0].state == "held"
    [released] = release_expired(db, NOW + WEEK)
    assert (released.id, released.state, released.closed_at) == (held.id, "released", NOW + WEEK)
    assert free(db) == spare
    assert list_reservations(db, floor.clerk) == []
    assert release_expired(db, NOW + 2 * WEEK) == []
    with pytest.raises(StockOpRefused) as gone:
        claim(db, floor.clerk, held.id, NOW + WEEK)
    assert gone.value.params["reason"] == "wrong_state"


def test_the_newest_units_are_held_so_fifo_goes_on(db: Database, floor: People) -> None:
    """Reserving every unit but the oldest lot's leaves that lot pickable."""
    with db.read() as session:
        product = session.scalar(select(Product.id).where(Product.sku_code == SKU))
        warehouse = picking_warehouse(session, floor.clerk)
        oldest = pickable_stock(session, warehouse)[product or ""][0]
    reserve(db, floor.clerk, SKU, free(db) - oldest.available, "批发客户", NOW)
    with db.read() as session:
        [left] = pickable_stock(session, warehouse)[product or ""]
    assert (left.lot_id, left.location_id, left.available) == (
        oldest.lot_id,
        oldest.location_id,
        oldest.available,
    )


def test_batch_cutting_holds_an_order_the_reservation_leaves_short(
    db: Database, floor: People
) -> None:
    with db.read() as session:
        product = session.scalar(select(Product.id).where(Product.sku_code == SKU))
    assert product
    reserved = reserve(db, floor.clerk, SKU, free(db) - 3, "批发客户", NOW)
    add_order(db, "R-1", [(product, 4)])
    boss = floor.boss
    assert cut_batches(db, boss, NOW.date(), 1, now=NOW) == []
    with db.read() as session:
        order = session.scalar(select(Order).where(Order.platform_order_no == "R-1"))
        assert order is not None and order.status == "held"
        assert order.held_reason == f"short_stock: {SKU}"
    claimed = claim(db, floor.clerk, reserved.id, NOW + WEEK - timedelta(seconds=1))
    assert claimed.state == "claimed" and claimed.closed_at == NOW + WEEK - timedelta(seconds=1)
    assert free(db) >= 4


def test_claim_cancel_and_bad_input(db: Database, floor: People) -> None:
    first = reserve(db, floor.keeper_a, SKU, 2, "客户甲", NOW)
    second = reserve(db, floor.keeper_a, SKU, 1, "客户乙", NOW + timedelta(hours=1))
    with pytest.raises(StockOpRefused) as late:
        claim(db, floor.clerk, first.id, NOW + WEEK)
    assert late.value.params["reason"] == "expired"
    assert cancel(db, floor.clerk, second.id, NOW).state == "cancelled"
    with pytest.raises(StockOpRefused):
        cancel(db, floor.clerk, second.id, NOW)
    before = ledger_size(db)
    spare = free(db)
    calls: list[tuple[type[Exception], Callable[[], object]]] = [
        (InsufficientStock, lambda: reserve(db, floor.clerk, SKU, spare + 1, "客户丙", NOW)),
        (NotFound, lambda: reserve(db, floor.clerk, "NO-SUCH", 1, "客户丙", NOW)),
        (NotFound, lambda: reserve(db, floor.clerk, SKU, 1, "客户丙", NOW, warehouse="Z")),
        (InvalidInput, lambda: reserve(db, floor.clerk, SKU, 0, "客户丙", NOW)),
        (InvalidInput, lambda: reserve(db, floor.clerk, SKU, 1, "  ", NOW)),
        (PermissionDenied, lambda: reserve(db, floor.packer, SKU, 1, "客户丙", NOW)),
        (NotFound, lambda: claim(db, floor.clerk, "no-such-id", NOW)),
    ]
    for error, call in calls:
        with pytest.raises(error):
            call()
    assert ledger_size(db) == before
    everything = list_reservations(db, floor.clerk, held_only=False)
    assert [(r.customer, r.state) for r in everything] == [
        ("客户乙", "cancelled"),
        ("客户甲", "held"),
    ]
    with pytest.raises(InsufficientStock):
        reserve(db, floor.clerk, "LJ01-100-GN", 1, "客户丙", NOW, warehouse="B")  # none in B
