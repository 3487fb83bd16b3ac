"""Pre-packed best-sellers (R-BAT-5): one unit of a pre-packed SKU is batched
apart from the orders that still need packing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEntry, OutboxEvent
from app.demo import load_demo
from app.errors import NotFound, PermissionDenied
from app.services.auth import login_with_pin
from app.services.batches import cut_batches as cut_batches_at
from app.services.prepacked import list_prepacked, set_prepacked
from tests.app.services.picking_floor import add_order, add_product, receive

DAY = date(2026, 11, 28)
# 10:00 in Shanghai on DAY: every order paid before it ships today (R-ORD-4).
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
cut_batches = partial(cut_batches_at, now=NOW)


def test_prepacked_single_orders_get_their_own_batch(db: Database) -> None:
    load_demo(db, orders=0, now=NOW)
    clerk = login_with_pin(db, "zhidan", "1234")
    gift = add_product(db, "GIFT-1", "6900000000042")
    tea = add_product(db, "T1-250", "6900000000011")
    receive(db, gift, "A-01-02", 10, days=1, ref="G")
    receive(db, tea, "A-01-05", 10, days=1, ref="T")
    marked = set_prepacked(db, clerk, "6900000000042", True)  # by barcode
    assert marked.prepacked and marked.sku_code == "GIFT-1"
    assert [p.sku_code for p in list_prepacked(db, clerk)] == ["GIFT-1"]
    one_gift = add_order(db, "G1", [(gift, 1)])
    two_gifts = add_order(db, "G2", [(gift, 2)], minutes=1)  # two parcels in one box: packing
    one_tea = add_order(db, "T1", [(tea, 1)], minutes=2)
    batches = {b.kind: b for b in cut_batches(db, clerk, DAY, 1)}
    assert set(batches) == {"prepacked", "multi", "single"}
    assert batches["prepacked"].order_ids == (one_gift,)
    assert batches["prepacked"].batch_no == "B20261128-1-P1"
    assert batches["multi"].order_ids == (two_gifts,)
    assert batches["single"].order_ids == (one_tea,)
    with db.read() as session:
        assert session.scalars(
            select(OutboxEvent.payload).where(OutboxEvent.type == "product.prepacked")
        ).one() == {"product_id": gift, "prepacked": True}
        assert session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "set_prepacked")
        ).all() == ["set_prepacked"]
    set_prepacked(db, clerk, "GIFT-1", False)
    assert list_prepacked(db, clerk) == []


def test_only_the_desk_marks_prepacked_and_unknown_codes_are_refused(db: Database) -> None:
    load_demo(db, orders=0, now=NOW)
    add_product(db, "GIFT-1", "6900000000042")
    with pytest.raises(PermissionDenied):
        set_prepacked(db, login_with_pin(db, "dabao", "1234"), "GIFT-1", True)
    with pytest.raises(NotFound):
        set_prepacked(db, login_with_pin(db, "zhuguan", "8888"), "NOPE", True)
    assert list_prepacked(db, login_with_pin(db, "zhuguan", "8888")) == []
