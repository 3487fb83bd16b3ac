"""A day's demo orders from the batch to the truck: picked by scans, sorted,
verified, packed and weighed to shipped; the ledger and the outbox agree."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Location, Order, OutboxEvent, PackRecord, StockMovement, Weighing
from app.demo.data import PACKING_STOCK
from app.services.batches import list_batches
from app.services.weigh import open_weigh
from tests.e2e.floor import (
    DAY,
    Day,
    Shipment,
    carton_for,
    later,
    pack,
    picked_day,
    products_by_sku,
    shipments,
    verify,
    weigh,
)


def _ledger(db: Database) -> Counter[tuple[str, str, str]]:
    """Units by (location kind, movement kind, product id)."""
    with db.read() as session:
        return Counter(
            {
                (where, kind, product_id): int(n)
                for where, kind, product_id, n in session.execute(
                    select(
                        Location.kind,
                        StockMovement.kind,
                        StockMovement.product_id,
                        func.sum(StockMovement.quantity),
                    )
                    .join(Location, Location.id == StockMovement.location_id)
                    .group_by(Location.kind, StockMovement.kind, StockMovement.product_id)
                )
            }
        )


def _ship_everything(day: Day) -> tuple[list[Shipment], Counter[str]]:
    """Every picked order through verify, pack and weigh; returns the materials used."""
    db = day.db
    todo = shipments(db)
    used: Counter[str] = Counter()
    for n, s in enumerate(todo):
        verify(db, day.verifier, s, now=later(n))
        packed = pack(db, day.packer, s, now=later(n))
        with db.read() as session:
            record = session.scalar(select(PackRecord).where(PackRecord.order_id == s.order_id))
        asked = {carton_for(packed.parcel.goods_weight_g): 1}
        if packed.parcel.units > 1:
            asked["PK-BUB-1"] = packed.parcel.units
        assert record is not None and record.materials == asked
        assert packed.parcel.status == "packed"
        used.update(asked)
        allowed = open_weigh(db, day.verifier, s.waybill_no).allowed_g
        off = (0, allowed // 2, -(allowed // 2), allowed, -allowed)[n % 5]  # all inside
        result = weigh(db, day.verifier, s, off_g=off, now=later(n))
        assert result.shipped and result.verdict == "ok" and result.difference_g == off
    return todo, used


def _ship_flow(db: Database, orders: int) -> None:
    day = picked_day(db, orders)
    assert day.batches and {b.kind for b in day.batches} == {"single", "multi"}
    batched = sum(b.order_count for b in day.batches)
    assert batched == orders  # the demo stocks every order; none held
    todo, used = _ship_everything(day)
    assert len(todo) == orders

    with db.read() as session:
        assert Counter(session.scalars(select(Order.status))) == Counter({"shipped": orders})
        weighings = Counter(session.scalars(select(Weighing.verdict)))
        events = Counter(session.scalars(select(OutboxEvent.type)))
        seqs = session.scalars(select(OutboxEvent.local_seq).order_by(OutboxEvent.local_seq)).all()
    assert weighings == Counter({"ok": orders})
    for batch in list_batches(db, day.boss, DAY):
        assert batch.order_states == {"shipped": batch.order_count}, batch.batch_no

    # The ledger: goods left their pick bins and passed through staging.
    ledger = _ledger(db)
    by_code = {code: product_id for product_id, code in day.scans.items()}
    units = Counter(by_code[code] for s in todo for code in s.items)
    assert sum(units.values()) == day.picks
    for product_id, n in units.items():
        assert ledger["pick", "pick", product_id] == -n  # out of the pick bins
        assert ledger["staging", "pick", product_id] == n  # into staging
        assert ledger["staging", "ship", product_id] == -n  # and out on the truck
        received = sum(q for (_w, k, p), q in ledger.items() if p == product_id and k == "receive")
        on_shelves = sum(
            q for (where, _k, p), q in ledger.items() if p == product_id and where != "staging"
        )
        assert on_shelves == received - n
    staging = {p: 0 for p in units}
    for (where, _kind, product_id), q in ledger.items():
        if where == "staging":
            staging[product_id] = staging.get(product_id, 0) + q
    assert set(staging.values()) == {0}  # nothing left waiting for these orders
    ids = products_by_sku(db)
    for sku, stock in PACKING_STOCK.items():  # received twice by the demo
        assert ledger["packing", "receive", ids[sku]] == 2 * stock
        assert ledger["packing", "pack_use", ids[sku]] == -used[sku], sku
    assert used and sum(used.values()) >= orders  # a carton each at least

    # One event per step, in one unbroken sequence.
    units_total = sum(len(s.items) for s in todo)
    multi = [b for b in day.batches if b.kind == "multi"]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    assert events["pick.confirmed"] == day.picks
    assert events["sort.scanned"] == day.sorts
    assert events["batch.picked"] == len(day.batches)
    assert events["batch.sorted"] == len(multi)
    assert events["verify.document"] == 2 * orders
    assert events["verify.item"] == units_total
    for step in ("order.verified", "order.packed", "order.weighed", "order.shipped"):
        assert events[step] == orders, step
    for refused in ("verify.stopped", "pack.stopped", "order.held"):
        assert events[refused] == 0


def test_sixty_demo_orders_from_batch_to_shipped(db: Database) -> None:
    _ship_flow(db, 60)


@pytest.mark.postgres
def test_demo_orders_from_batch_to_shipped_on_postgresql(pg_db: Database) -> None:
    _ship_flow(pg_db, 15)
