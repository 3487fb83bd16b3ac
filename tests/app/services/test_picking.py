"""Pick lists (R-BAT-3,4): the batch total per product in walk order, taken
first-in-first-out from lots, and confirmed by scanning bin and item."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from functools import partial

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Location, Order, OutboxEvent, PickLine, ShipBatch, StockMovement
from app.demo import load_demo
from app.errors import NotFound, PermissionDenied
from app.services.auth import login_with_pin
from app.services.batches import cut_batches as cut_batches_at
from app.services.context import Actor
from app.services.picking import NotOnPickList, confirm_pick, pick_list
from tests.app.services.picking_floor import add_order, add_product, receive

DAY = date(2026, 11, 28)
# 10:00 in Shanghai on DAY: every order paid before it ships today (R-ORD-4).
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
cut_batches = partial(cut_batches_at, now=NOW)


@pytest.fixture
def floor(db: Database) -> Database:
    load_demo(db, orders=0, now=NOW)
    return db


@pytest.fixture
def clerk(floor: Database) -> Actor:
    return login_with_pin(floor, "zhidan", "1234")


@pytest.fixture
def picker(floor: Database) -> Actor:
    return login_with_pin(floor, "peihuo", "1234")


def _balance(db: Database, product_id: str, bin_code: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(StockMovement.quantity), 0))
                .join(Location, Location.id == StockMovement.location_id)
                .where(StockMovement.product_id == product_id, Location.code == bin_code)
            )
        )


def test_oldest_lot_goes_first_across_bins(floor: Database, clerk: Actor) -> None:
    """R-BAT-4: the newest lot sits in the handiest bin, yet the oldest goes out."""
    tea = add_product(floor, "T1-250", "6900000000011")
    receive(floor, tea, "A-01-01", 10, days=20, ref="NEW")  # newest, first on the walk
    receive(floor, tea, "A-01-05", 3, days=1, ref="OLD")  # oldest
    receive(floor, tea, "A-R1-01", 5, days=8, ref="MID")  # middle, in reserve
    add_order(floor, "P1", [(tea, 2)], minutes=0)
    add_order(floor, "P2", [(tea, 4)], minutes=1)
    (batch,) = cut_batches(floor, clerk, DAY, 1)
    plist = pick_list(floor, clerk, batch.batch_no)
    taken = {(r.lot_reference, r.bin_code): r.quantity for r in plist.rows}
    assert taken == {("OLD", "A-01-05"): 3, ("MID", "A-R1-01"): 3}
    assert plist.total == 6 and plist.picked == 0 and not plist.complete
    # in walk order: pick aisle A-01 before the reserve bins
    assert [r.bin_code for r in plist.rows] == ["A-01-05", "A-R1-01"]


def test_a_later_batch_does_not_take_units_an_earlier_one_holds(
    floor: Database, clerk: Actor
) -> None:
    tea = add_product(floor, "T1-250", "6900000000011")
    receive(floor, tea, "A-01-05", 3, days=1, ref="OLD")
    receive(floor, tea, "A-01-01", 4, days=9, ref="NEW")
    add_order(floor, "P1", [(tea, 2)])
    (first,) = cut_batches(floor, clerk, DAY, 1)
    add_order(floor, "P2", [(tea, 3)], minutes=5)
    (second,) = cut_batches(floor, clerk, DAY, 2)
    rows = pick_list(floor, clerk, second.id).rows
    assert {(r.lot_reference, r.quantity) for r in rows} == {("OLD", 1), ("NEW", 2)}
    add_order(floor, "P3", [(tea, 3)], minutes=9)  # only 2 units are left unspoken for
    assert cut_batches(floor, clerk, DAY, 3) == []
    with floor.read() as session:
        held = session.scalars(select(Order).where(Order.platform_order_no == "P3")).one()
        assert held.status == "held" and held.held_reason == "short_stock: T1-250"
    assert first.id != second.id


def test_stock_outside_pick_and_reserve_bins_is_not_allocated(
    floor: Database, clerk: Actor
) -> None:
    tea = add_product(floor, "T1-250", "6900000000011")
    receive(floor, tea, "A-CP-01", 9, days=1, ref="DEFECT")  # defective store (R-QC-5)
    receive(floor, tea, "B-01-01", 9, days=2, ref="OTHERWH")  # warehouse B: not ours
    receive(floor, tea, "A-01-03", 1, days=5, ref="GOOD")
    add_order(floor, "P1", [(tea, 2)])
    assert cut_batches(floor, clerk, DAY, 1) == []  # 1 pickable unit for 2 wanted
    add_order(floor, "P2", [(tea, 1)], minutes=3)
    (batch,) = cut_batches(floor, clerk, DAY, 2)
    assert [(r.lot_reference, r.bin_code) for r in pick_list(floor, clerk, batch.id).rows] == [
        ("GOOD", "A-01-03")
    ]


def test_scanning_bin_and_item_confirms_the_pick(
    floor: Database, clerk: Actor, picker: Actor
) -> None:
    tea = add_product(floor, "T1-250", "6900000000011")
    cup = add_product(floor, "C1-1", "6900000000028")
    receive(floor, tea, "A-01-05", 2, days=1, ref="OLD")
    receive(floor, tea, "A-01-01", 5, days=3, ref="NEW")
    receive(floor, cup, "A-02-02", 5, days=1, ref="CUP")
    first = add_order(floor, "P1", [(tea, 3), (cup, 1)])
    second = add_order(floor, "P2", [(tea, 1), (cup, 1)], minutes=2)
    (batch,) = cut_batches(floor, clerk, DAY, 1)
    assert batch.kind == "multi"

    with pytest.raises(NotOnPickList) as wrong_bin:
        confirm_pick(floor, picker, batch.batch_no, "A-03-03", "6900000000011")
    assert wrong_bin.value.params["what"] == "bin"
    with pytest.raises(NotOnPickList) as wrong_item:
        confirm_pick(floor, picker, batch.batch_no, "A-01-05", "6900000000028")
    assert wrong_item.value.params["what"] == "item"
    with pytest.raises(NotFound):
        confirm_pick(floor, picker, batch.batch_no, "A-01-05", "1234567890128")
    with pytest.raises(PermissionDenied):
        confirm_pick(floor, login_with_pin(floor, "dabao", "1234"), batch.id, "A-01-05", "T1-250")

    done = confirm_pick(floor, picker, batch.batch_no, "A-01-05", "6900000000011", quantity=2)
    assert done.row.bin_code == "A-01-05" and done.row.done and done.batch_picked == 2
    with pytest.raises(NotOnPickList) as over:
        confirm_pick(floor, picker, batch.batch_no, "A-01-05", "6900000000011")
    assert over.value.params["reason"] == "all_picked"
    assert _balance(floor, tea, "A-01-05") == 0
    with floor.read() as session:
        assert session.get_one(ShipBatch, batch.id).state == "picking"
    confirm_pick(floor, picker, batch.batch_no, "A-01-01", "T1-250")  # the SKU code scans too
    confirm_pick(floor, picker, batch.batch_no, "A-01-01", "6900000000011")
    confirm_pick(floor, picker, batch.batch_no, "A-02-02", "6900000000028")
    last = confirm_pick(floor, picker, batch.batch_no, "A-02-02", "6900000000028")
    assert last.batch_complete and last.batch_picked == last.batch_total == 6
    assert _balance(floor, tea, "A-01-01") == 3 and _balance(floor, tea, "A-DF-01") == 4
    with floor.read() as session:
        assert session.get_one(ShipBatch, batch.id).state == "picked"
        assert {session.get_one(Order, i).status for i in (first, second)} == {"picked"}
        events = Counter(session.scalars(select(OutboxEvent.type)))
        assert events["pick.confirmed"] == 5 and events["batch.picked"] == 1
        lines = session.scalars(select(PickLine).where(PickLine.batch_id == batch.id)).all()
        assert all(line.picked == line.quantity for line in lines)
    assert pick_list(floor, clerk, batch.id).complete


def test_refused_pick_changes_nothing(floor: Database, clerk: Actor, picker: Actor) -> None:
    tea = add_product(floor, "T1-250", "6900000000011")
    receive(floor, tea, "A-01-05", 2, days=1, ref="OLD")
    add_order(floor, "P1", [(tea, 1)])
    (batch,) = cut_batches(floor, clerk, DAY, 1)
    with floor.read() as session:
        before = session.scalar(select(func.count()).select_from(StockMovement))
    with pytest.raises(NotOnPickList):
        confirm_pick(floor, picker, batch.id, "A-01-05", "6900000000011", quantity=2)
    with floor.read() as session:
        assert session.scalar(select(func.count()).select_from(StockMovement)) == before
        assert session.get_one(ShipBatch, batch.id).state == "open"


@pytest.mark.postgres
def test_pick_on_postgresql(pg_db: Database) -> None:
    load_demo(pg_db, orders=0, now=NOW)
    clerk = login_with_pin(pg_db, "zhidan", "1234")
    picker = login_with_pin(pg_db, "peihuo", "1234")
    tea = add_product(pg_db, "T1-250", "6900000000011")
    receive(pg_db, tea, "A-01-05", 1, days=1, ref="OLD")
    receive(pg_db, tea, "A-01-01", 5, days=3, ref="NEW")
    add_order(pg_db, "P1", [(tea, 2)])
    (batch,) = cut_batches(pg_db, clerk, DAY, 1)
    assert [r.lot_reference for r in pick_list(pg_db, clerk, batch.id).rows] == ["NEW", "OLD"]
    confirm_pick(pg_db, picker, batch.id, "A-01-05", "6900000000011")
    assert confirm_pick(pg_db, picker, batch.id, "A-01-01", "6900000000011").batch_complete
