"""Putaway (R-REC-4): scanned item and bin move units from the receiving area
to pick and reserve bins, lot kept (FIFO, R-BAT-4); other kinds of location
are refused and nothing moves; the last unit queues the completion notice
with the quantities (R-REC-4, R-NEW-1) and, for a best-seller, the restock
notice (R-NEW-5), once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import (
    Location,
    NewProduct,
    Notice,
    Product,
    QcInspection,
    StockLot,
    StockMovement,
)
from app.services.allocation import pickable_stock
from app.services.daily_close import check_day
from app.services.documents import WrongDocumentState
from app.services.putaway import PutawayRefused, check_bin, item_to_put, put_away
from app.services.receiving import finish_counting, record_wrong_spec
from app.services.receiving_post import post_inbound, sign_inbound
from tests.app.services.receiving_floor import (
    CUP,
    NOW,
    SETTINGS,
    TEA,
    Dock,
    add_new_product,
    balance,
    count,
    ean,
    make_dock,
    note,
    received,
    snapshot,
)

LATER = NOW + timedelta(hours=1)


@pytest.fixture
def dock(db: Database, tmp_path: Path) -> Dock:
    return make_dock(db, tmp_path / "prints")


def lot_of(db: Database, number: str, sku: str) -> str:
    with db.read() as session:
        return str(
            session.scalars(
                select(StockLot.id)
                .join(Product, Product.id == StockLot.product_id)
                .where(StockLot.reference == number, Product.sku_code == sku)
            ).one()
        )


def test_item_then_bin_moves_units_with_their_lot(dock: Dock) -> None:
    view = received(dock)
    lot = lot_of(dock.db, view.number, TEA)
    hint = item_to_put(dock.db, dock.clerk, view.number, ean(dock.db, TEA))
    assert hint.line.sku_code == TEA and hint.line.in_receiving == 10
    assert hint.bins and all(b.startswith("A-") for b in hint.bins)  # where TEA lies already
    done = put_away(dock.db, dock.clerk, view.number, TEA, "a-r1-02", LATER, quantity=4)
    assert (done.bin_code, done.quantity, done.done, done.notices) == ("A-R1-02", 4, False, ())
    assert (done.line.in_receiving, done.line.put_away) == (6, 4)
    assert balance(dock.db, "A-SH-01", TEA, lot) == 6
    assert balance(dock.db, "A-R1-02", TEA, lot) == 4
    with dock.db.read() as session:
        moves = session.execute(
            select(StockMovement.kind, StockMovement.quantity, StockMovement.lot_id)
            .where(StockMovement.kind == "putaway")
            .order_by(StockMovement.quantity)
        ).all()
    assert moves == [("putaway", -4, lot), ("putaway", 4, lot)]


def test_the_new_lot_is_picked_after_the_older_ones(dock: Dock) -> None:
    """R-BAT-4: received now, so last in FIFO order in the bin it joins."""
    view = received(dock, ((TEA, 5),))
    put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-03", LATER, quantity=5)
    lot = lot_of(dock.db, view.number, TEA)
    with dock.db.read() as session:
        tea = session.scalars(select(Product.id).where(Product.sku_code == TEA)).one()
        warehouse = session.scalars(
            select(Location.warehouse_id).where(Location.code == "A-R1-03")
        ).one()
        slots = pickable_stock(session, warehouse)[tea]
    assert len(slots) > 1 and slots[-1].lot_id == lot and slots[-1].available == 5


@pytest.mark.parametrize(
    ("bin_code", "reason"),
    [
        ("A-CP-01", "bin_kind"),  # the defective store (R-QC-5)
        ("A-YP-01", "bin_kind"),  # the sample area (R-NEW-2)
        ("A-BC-01", "bin_kind"),  # packing material
        ("A-SH-01", "bin_kind"),  # the receiving area itself
        ("B-01-01", "other_warehouse"),
        ("A-99-99", "unknown_bin"),
    ],
)
def test_a_bin_that_takes_no_goods_is_refused_and_nothing_moves(
    dock: Dock, bin_code: str, reason: str
) -> None:
    view = received(dock)
    before = snapshot(dock.db)
    with pytest.raises(PutawayRefused) as refused:
        put_away(dock.db, dock.clerk, view.number, TEA, bin_code, LATER)
    assert refused.value.params["reason"] == reason
    with pytest.raises(PutawayRefused):
        check_bin(dock.db, dock.clerk, view.number, bin_code)
    assert snapshot(dock.db) == before


def test_more_than_waits_or_an_item_not_received_is_refused(dock: Dock) -> None:
    view = received(dock)
    before = snapshot(dock.db)
    with pytest.raises(PutawayRefused) as too_many:
        put_away(dock.db, dock.clerk, view.number, CUP, "A-R1-02", LATER, quantity=5)
    assert too_many.value.params | {"quantity": 5} == {
        "reason": "nothing_left", "sku": CUP, "left": 4, "quantity": 5,
    }  # fmt: skip
    with pytest.raises(PutawayRefused) as other:
        put_away(dock.db, dock.clerk, view.number, "LJ03-100-BM", "A-R1-02", LATER)
    assert other.value.params["reason"] == "not_on_order"
    with pytest.raises(PutawayRefused) as unknown:
        item_to_put(dock.db, dock.clerk, view.number, "6999999999994")
    assert unknown.value.params["reason"] == "unknown_code"
    assert snapshot(dock.db) == before
    draft = note(dock, ((TEA, 1),), ref="SH-0002")
    with pytest.raises(WrongDocumentState):
        put_away(dock.db, dock.clerk, draft.number, TEA, "A-R1-02", LATER)


def test_qc_rejecting_the_delivery_stops_its_putaway(dock: Dock) -> None:
    """R-QC-3: a delivery rejected whole goes back to the supplier, not to a bin."""
    view = received(dock)
    with dock.db.write() as session:
        tea = session.scalars(select(Product.id).where(Product.sku_code == TEA)).one()
        session.add(
            QcInspection(
                document_id=view.id,
                product_id=tea,
                round_no=2,
                drawn=2,
                passed=1,
                verdict="reject_all",
            )  # fmt: skip
        )
    with pytest.raises(PutawayRefused) as refused:
        put_away(dock.db, dock.clerk, view.number, CUP, "A-R1-02", LATER)
    assert refused.value.params["reason"] == "qc_rejected"


def test_the_last_unit_announces_the_putaway_once(dock: Dock) -> None:
    """R-REC-4 / R-NEW-1: the quantities and bins to the department; the new
    product's putaway time recorded (its photo deadline counts from it)."""
    add_new_product(dock.db, "LJ09-200-WH", "6971234999990")
    view = received(dock, ((TEA, 3), ("LJ09-200-WH", 2)))
    first = put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=2)
    assert not first.done
    put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-03", LATER)
    last = put_away(dock.db, dock.clerk, view.number, "LJ09-200-WH", "A-R1-04", LATER, 2)
    assert (last.done, last.notices, last.inbound.stage) == (True, ("putaway_done",), "done")
    with dock.db.read() as session:
        done = session.scalars(select(Notice).where(Notice.kind == "putaway_done")).one()
        assert done.document_id == view.id and view.number in done.title
        assert "入库 3 件，上架 3 件（A-R1-02、A-R1-03）" in done.body
        assert "款号 LJ09 西湖龙井 新品礼盒 200g 月白/200g：入库 2 件，上架 2 件（A-R1-04）" in (
            done.body
        )
        new = session.scalars(select(NewProduct)).one()
        assert new.putaway_done_at == LATER
    with pytest.raises(PutawayRefused) as nothing:
        put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER)
    assert nothing.value.params["left"] == 0


def test_a_best_sellers_restock_is_announced_to_sales_and_product(dock: Dock) -> None:
    """R-NEW-5: more than 50 units shipped in the last 7 days makes a best-seller."""
    with dock.db.write() as session:
        products = {
            sku: product_id
            for sku, product_id in session.execute(
                select(Product.sku_code, Product.id).where(Product.sku_code.in_((TEA, CUP)))
            )
        }
        bin_id = session.scalars(select(Location.id).where(Location.code == "A-01-01")).one()
        for sku, qty, days in ((TEA, 40, 1), (TEA, 11, 6), (TEA, 90, 8), (CUP, 50, 2)):
            session.add(
                StockMovement(
                    product_id=products[sku],
                    location_id=bin_id,
                    quantity=-qty,
                    kind="ship",
                    document_type="order",
                    document_id="T1",
                    created_at=NOW - timedelta(days=days),
                )  # fmt: skip
            )
    view = received(dock, ((TEA, 2), (CUP, 1)))
    put_away(dock.db, dock.clerk, view.number, CUP, "A-R1-02", LATER)
    last = put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=2)
    assert last.notices == ("putaway_done", "restock")
    with dock.db.read() as session:
        restock = session.scalars(select(Notice).where(Notice.kind == "restock")).one()
    assert "近7天售出 51 件" in restock.body and TEA.split("-")[0] in restock.body
    assert "LJ02" not in restock.body  # 50 is not more than 50


def test_the_day_closes_with_no_difference_after_receiving_and_putaway(dock: Dock) -> None:
    """R-ACC-1: what receiving books (signed-for units into the receiving area,
    an over-delivery and a wrong-spec line not booked) and what putaway moves
    agree with the documents at the daily close."""
    view = received(dock)
    put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=6)
    number = note(dock, ((TEA, 3),), ref="SH-0002").number
    count(dock, number, TEA, quantity=4)
    record_wrong_spec(dock.db, dock.clerk, number, CUP, 2, "", SETTINGS)
    finish_counting(dock.db, dock.clerk, number, NOW)
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "pin")
    post_inbound(dock.db, dock.clerk, number, NOW)
    checked = check_day(dock.db, dock.clerk, "A", NOW.date())
    assert (checked.unposted, checked.differences) == ([], [])


@pytest.mark.postgres
def test_receiving_and_putaway_on_postgresql(pg_db: Database, tmp_path: Path) -> None:
    """The order is made on the shared server when a station syncs: the same
    steps on PostgreSQL, down to the completion notice."""
    dock = make_dock(pg_db, tmp_path / "prints")
    view = received(dock, ((TEA, 2), (CUP, 1)))
    put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=2)
    done = put_away(dock.db, dock.clerk, view.number, ean(dock.db, CUP), "A-R1-02", LATER)
    assert done.done and done.notices == ("putaway_done",)
    assert balance(dock.db, "A-R1-02", TEA, lot_of(dock.db, view.number, TEA)) == 2


def test_a_sku_off_sale_for_a_supplier_return_is_back_on_sale_once_put_away(
    dock: Dock,
) -> None:
    """R-RET-3: taken off sale while its stock goes back to the supplier; the
    replacement on the shelf lists it again, and the others stay as they were."""
    with dock.db.write() as session:
        for product in session.scalars(select(Product).where(Product.sku_code.in_([TEA, CUP]))):
            product.off_sale = True
    view = received(dock, ((TEA, 2),))
    with dock.db.read() as session:
        assert session.scalars(select(Product.off_sale).where(Product.sku_code == TEA)).one()
    put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=2)
    with dock.db.read() as session:
        states = {
            sku: off
            for sku, off in session.execute(
                select(Product.sku_code, Product.off_sale).where(Product.sku_code.in_([TEA, CUP]))
            )
        }
    assert states == {TEA: False, CUP: True}


def test_units_qc_put_on_a_defect_slip_wait_for_it_not_for_the_shelf(dock: Dock) -> None:
    """R-QC-4,5: a delivery inspected unit by unit; the defective ones go to the
    defective store on the slip, so putaway offers only the good ones."""
    from app.backoffice_settings import QcSection
    from app.services.auth import login_with_pin
    from app.services.qc import record_round

    low = QcSection(reject_below_pct=50)  # 1 of 2 passed: every unit, not the whole lot back
    view = received(dock, ((TEA, 10),))
    inspector = login_with_pin(dock.db, "zhijian", "1234")
    record_round(dock.db, inspector, view.number, TEA, 1, 0, low, NOW)
    record_round(dock.db, inspector, view.number, TEA, 1, 1, low, NOW)
    done = record_round(dock.db, inspector, view.number, TEA, 8, 7, low, NOW)
    assert done.slip is not None and done.slip.state == "draft"  # 2 defective, not signed yet
    before = balance(dock.db, "A-SH-01", TEA)
    with pytest.raises(PutawayRefused):
        put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=9)
    assert balance(dock.db, "A-SH-01", TEA) == before == 10  # nothing moved
    last = put_away(dock.db, dock.clerk, view.number, TEA, "A-R1-02", LATER, quantity=8)
    assert last.done and balance(dock.db, "A-SH-01", TEA) == 2  # on the slip, for QC
