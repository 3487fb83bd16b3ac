"""Secondary sort (二次分拣, R-BAT-3): each picked item goes to the first slot
still needing it; a foreign item or one more than was picked is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import ShipBatch, SortScan
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.services.batches import cut_batches as cut_batches_at
from app.services.context import Actor
from app.services.picking import confirm_pick
from app.services.sorting import SortRefused, sort_board, sort_item, undo_last_sort
from tests.app.services.picking_floor import add_order, add_product, receive

DAY = date(2026, 11, 28)
# 10:00 in Shanghai on DAY: every order paid before it ships today (R-ORD-4).
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
cut_batches = partial(cut_batches_at, now=NOW)
TEA, CUP, PAN = "6900000000011", "6900000000028", "6900000000035"


@pytest.fixture
def picked_batch(db: Database) -> tuple[Database, Actor, str]:
    """A multi-item batch of two orders, fully picked: slot 1 wants 2 tea + 1 cup,
    slot 2 wants 1 tea + 1 cup."""
    load_demo(db, orders=0, now=NOW)
    clerk = login_with_pin(db, "zhidan", "1234")
    picker = login_with_pin(db, "peihuo", "1234")
    tea = add_product(db, "T1-250", TEA)
    cup = add_product(db, "C1-1", CUP)
    add_product(db, "P1-1", PAN)
    receive(db, tea, "A-01-05", 9, days=1, ref="T")
    receive(db, cup, "A-02-02", 9, days=1, ref="C")
    add_order(db, "O1", [(tea, 2), (cup, 1)])
    add_order(db, "O2", [(tea, 1), (cup, 1)], minutes=1)
    (batch,) = cut_batches(db, clerk, DAY, 1)
    confirm_pick(db, picker, batch.id, "A-01-05", TEA, quantity=3)
    confirm_pick(db, picker, batch.id, "A-02-02", CUP, quantity=2)
    return db, picker, batch.batch_no


def test_items_fill_the_lowest_slot_first_and_complete_the_batch(
    picked_batch: tuple[Database, Actor, str],
) -> None:
    db, picker, batch_no = picked_batch
    first = sort_item(db, picker, batch_no, TEA)
    assert first.slot.slot == 1 and first.slot.order_no == "O1" and not first.slot.complete
    assert sort_item(db, picker, batch_no, TEA).slot.slot == 1
    third = sort_item(db, picker, batch_no, TEA)
    assert third.slot.slot == 2 and third.sku_code == "T1-250"
    done_one = sort_item(db, picker, batch_no, CUP)
    assert done_one.slot.slot == 1 and done_one.slot.complete and not done_one.batch_complete
    last = sort_item(db, picker, batch_no, CUP)
    assert last.slot.slot == 2 and last.slot.complete and last.batch_complete
    board = sort_board(db, picker, batch_no)
    assert board.complete and [s.sorted for s in board.slots] == [3, 2]
    with db.read() as session:
        assert session.scalars(select(ShipBatch.state)).one() == "sorted"


def test_foreign_and_extra_items_are_refused(picked_batch: tuple[Database, Actor, str]) -> None:
    db, picker, batch_no = picked_batch
    with pytest.raises(SortRefused) as foreign:
        sort_item(db, picker, batch_no, PAN)
    assert foreign.value.params["reason"] == "not_in_batch"
    for _ in range(3):
        sort_item(db, picker, batch_no, TEA)
    with pytest.raises(SortRefused) as extra:
        sort_item(db, picker, batch_no, TEA)
    assert extra.value.params["reason"] == "all_sorted"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SortScan)) == 3


def test_undo_takes_back_the_last_scan(picked_batch: tuple[Database, Actor, str]) -> None:
    db, picker, batch_no = picked_batch
    with pytest.raises(SortRefused) as nothing:
        undo_last_sort(db, picker, batch_no)
    assert nothing.value.params["reason"] == "nothing_to_undo"
    sort_item(db, picker, batch_no, TEA)
    sort_item(db, picker, batch_no, CUP)
    undone = undo_last_sort(db, picker, batch_no)
    assert undone.undone and undone.sku_code == "C1-1" and undone.slot.sorted == 1
    assert sort_item(db, picker, batch_no, CUP).slot.slot == 1  # the cup goes back to slot 1


def test_only_picked_units_can_be_sorted(db: Database) -> None:
    load_demo(db, orders=0, now=NOW)
    clerk = login_with_pin(db, "zhidan", "1234")
    picker = login_with_pin(db, "peihuo", "1234")
    tea = add_product(db, "T1-250", TEA)
    receive(db, tea, "A-01-05", 9, days=1, ref="T")
    add_order(db, "O1", [(tea, 2)])
    add_order(db, "O2", [(tea, 1)], minutes=1)
    (multi,) = [b for b in cut_batches(db, clerk, DAY, 1) if b.kind == "multi"]
    with pytest.raises(SortRefused) as unpicked:
        sort_item(db, picker, multi.id, TEA)
    assert unpicked.value.params["reason"] == "not_picked"
    confirm_pick(db, picker, multi.id, "A-01-05", TEA)
    assert sort_item(db, picker, multi.id, TEA).slot.slot == 1
    with pytest.raises(SortRefused):
        sort_item(db, picker, multi.id, TEA)  # one picked, one sorted
    (single,) = [b for b in list_kinds(db) if b[1] == "single"]
    with pytest.raises(SortRefused) as not_multi:
        sort_item(db, picker, single[0], TEA)
    assert not_multi.value.params["reason"] == "not_multi"


def list_kinds(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [(b.id, b.kind) for b in session.scalars(select(ShipBatch))]


def test_a_single_item_batch_has_no_sort_board(db: Database) -> None:
    load_demo(db, orders=0, now=NOW)
    clerk = login_with_pin(db, "zhidan", "1234")
    tea = add_product(db, "T1-250", TEA)
    receive(db, tea, "A-01-05", 9, days=1, ref="T")
    add_order(db, "O1", [(tea, 1)])
    (single,) = cut_batches(db, clerk, DAY, 1)
    with pytest.raises(SortRefused) as refused:
        sort_board(db, clerk, single.batch_no)
    assert refused.value.params["reason"] == "not_multi"
