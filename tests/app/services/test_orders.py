"""Looking at orders: counts per state, the list, and who may see them."""

from __future__ import annotations

import pytest

from app.db.engine import Database
from app.demo import load_demo
from app.errors import InvalidInput, PermissionDenied
from app.services.auth import login_with_pin
from app.services.orders import list_orders, status_counts


@pytest.fixture
def demo_db(db: Database) -> Database:
    load_demo(db, orders=30)
    return db


def test_counts_list_every_state_with_zeros(demo_db: Database) -> None:
    packer = login_with_pin(demo_db, "dabao", "1234")
    counts = status_counts(demo_db, packer)
    assert counts["paid"] == 30
    assert counts["shipped"] == 0
    assert sum(counts.values()) == 30


def test_order_list_newest_first_with_items_and_courier(demo_db: Database) -> None:
    clerk = login_with_pin(demo_db, "zhidan", "1234")
    rows = list_orders(demo_db, clerk)
    assert len(rows) == 30
    paid = [r.paid_at for r in rows]
    assert paid == sorted(paid, reverse=True)
    assert all(r.item_count >= 1 for r in rows)
    assert {r.courier_code for r in rows} <= {"SF", "ZTO", "YTO", "STO", "YD", "JD", "EMS"}
    assert all(r.waybill_no for r in rows)
    assert list_orders(demo_db, clerk, limit=5) == rows[:5]
    assert list_orders(demo_db, clerk, status="shipped") == []


def test_packer_may_not_list_orders(demo_db: Database) -> None:
    packer = login_with_pin(demo_db, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        list_orders(demo_db, packer)


def test_unknown_status_filter_is_refused(demo_db: Database) -> None:
    clerk = login_with_pin(demo_db, "zhidan", "1234")
    with pytest.raises(InvalidInput):
        list_orders(demo_db, clerk, status="lost")


def test_held_orders_carry_their_reason(demo_db: Database) -> None:
    from sqlalchemy import select, update

    from app.db.models import Order

    clerk = login_with_pin(demo_db, "zhidan", "1234")
    with demo_db.write() as session:
        order_id = session.scalars(select(Order.id).order_by(Order.platform_order_no)).first()
        session.execute(
            update(Order)
            .where(Order.id == order_id)
            .values(status="held", held_reason="short_stock: LJ01-BK-M")
        )
    (held,) = list_orders(demo_db, clerk, status="held")
    assert held.id == order_id and held.held_reason == "short_stock: LJ01-BK-M"
    assert all(r.held_reason == "" for r in list_orders(demo_db, clerk, status="paid"))


def test_batch_orders_in_sort_order_by_number_or_id(demo_db: Database) -> None:
    from datetime import UTC, date, datetime

    from sqlalchemy import update

    from app.db.models import Order
    from app.errors import NotFound
    from app.services.batches import cut_batches
    from app.services.orders import batch_orders

    paid = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai: ships that day
    with demo_db.write() as session:
        session.execute(update(Order).values(status="audited", paid_at=paid))
    clerk = login_with_pin(demo_db, "zhidan", "1234")
    now = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    batches = cut_batches(demo_db, clerk, date(2026, 11, 28), 1, now=now)
    assert batches
    for batch in batches:
        rows = batch_orders(demo_db, clerk, batch.batch_no)
        assert tuple(r.id for r in rows) == batch.order_ids
        assert {r.status for r in rows} == {"batched"}
        assert batch_orders(demo_db, clerk, batch.id) == rows
    with pytest.raises(NotFound):
        batch_orders(demo_db, clerk, "B20261128-9-M9")
    with pytest.raises(PermissionDenied):
        batch_orders(demo_db, login_with_pin(demo_db, "dabao", "1234"), batches[0].batch_no)
