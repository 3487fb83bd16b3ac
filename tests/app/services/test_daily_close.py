"""日清日结 (R-ACC-1): a day closes once; refused while the day's documents
are drafts (R-ACC-2); a clean day closes with no differences; a movement no
document or station step accounts for, a document that booked more than its
lines say, a correction never booked (R-ACC-3) and a bin below zero are each
found and listed with SKU, location, expected and booked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import (
    DayClose,
    Document,
    DocumentLine,
    Location,
    OutboxEvent,
    StockMovement,
)
from app.demo import load_demo
from app.errors import InvalidInput, PermissionDenied
from app.services.auth import login_with_pin
from app.services.corrections import correct_line
from app.services.count_posting import post_count, sign_count
from app.services.counts import count_bin, count_item, finish_count, start_count
from app.services.daily_close import (
    DayAlreadyClosed,
    DayNotReady,
    check_day,
    close_day,
    day_close_of,
)
from app.services.document_corrections import correct_quantity
from app.services.ledger_check import Difference, day_bounds
from app.services.putaway import put_away
from app.services.transfers import TransferItem, post_transfer, raise_transfer, sign_transfer
from tests.app.services.books_floor import (
    DAY,
    NOW,
    balance,
    boss,
    clerk,
    goods,
    location,
    posted_slip,
    signed_slip,
)
from tests.app.services.receiving_floor import TEA, make_dock, received
from tests.app.services.stock_floor import load_floor, units

EVENING = NOW + timedelta(hours=4)  # 22:00 in Shanghai


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, orders=0, now=NOW)
    return db


def closes(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(DayClose)) or 0)


def stray(
    db: Database,
    code: str,
    qty: int,
    *,
    kind: str = "count_adjust",
    doc_type: str = "",
    doc_id: str = "",
) -> str:
    """A movement written behind the documents' back (what the close must catch)."""
    product, bin_ = goods(db), location(db, code)
    with db.write() as session:
        lot_id = session.scalars(
            select(StockMovement.lot_id).where(
                StockMovement.product_id == product.id, StockMovement.location_id == bin_.id
            )
        ).first()
        movement = StockMovement(
            product_id=product.id,
            lot_id=lot_id,
            location_id=bin_.id,
            quantity=qty,
            kind=kind,
            document_type=doc_type,
            document_id=doc_id,
            created_at=NOW,
        )
        session.add(movement)
        session.flush()
        return movement.id


def stocked_bin(db: Database) -> str:
    """A bin holding the first product (the demo's oldest lot of it)."""
    with db.read() as session:
        code = session.scalars(
            select(Location.code)
            .join(StockMovement, StockMovement.location_id == Location.id)
            .where(StockMovement.product_id == goods(db).id, Location.kind == "pick")
            .order_by(StockMovement.created_at)
        ).first()
        assert code is not None
        return code


def taken_from(db: Database, number: str) -> str:
    """The bin a slip took its samples from (oldest lot, R-BAT-4)."""
    with db.read() as session:
        return session.scalars(
            select(Location.code)
            .join(StockMovement, StockMovement.location_id == Location.id)
            .join(Document, Document.id == StockMovement.document_id)
            .where(Document.number == number, StockMovement.quantity < 0)
        ).one()


def test_a_clean_day_closes_once_with_no_differences(demo: Database) -> None:
    sku = goods(demo).sku_code
    posted_slip(demo, sku, 2)
    check = check_day(demo, boss(demo), "A", DAY)
    assert (check.unposted, check.differences) == ([], [])
    closed = close_day(demo, clerk(demo), "A", DAY, EVENING)  # the clerk's job (RULES: roles)
    assert (closed.closed_by, closed.closed_at, closed.differences) == ("赵文员", EVENING, [])
    recorded = day_close_of(demo, "A", DAY)
    assert recorded is not None and recorded.closed_by == "赵文员" and recorded.differences == []
    with pytest.raises(DayAlreadyClosed) as again:
        close_day(demo, boss(demo), "A", DAY, EVENING)
    assert again.value.params["closed_by"] == "赵文员"
    assert closes(demo) == 1
    with demo.read() as session:
        assert session.scalar(select(OutboxEvent.type).where(OutboxEvent.type == "day.closed"))


def test_a_day_with_a_draft_is_refused_and_names_it(demo: Database) -> None:
    draft = signed_slip(demo, goods(demo).sku_code, 1)  # signed, never posted
    assert check_day(demo, boss(demo), "A", DAY).unposted == [draft]
    with pytest.raises(DayNotReady) as refused:
        close_day(demo, boss(demo), "A", DAY, EVENING)
    assert refused.value.code == "day_unposted"
    assert refused.value.params["numbers"] == [draft]
    assert closes(demo) == 0
    assert day_close_of(demo, "A", DAY) is None
    # Warehouse B has no draft that day: its close is not held up by A's.
    assert close_day(demo, boss(demo), "B", DAY, EVENING).differences == []


def test_a_stray_movement_is_found_and_listed(demo: Database) -> None:
    product = goods(demo)
    posted_slip(demo, product.sku_code, 1)
    bin_code = stocked_bin(demo)
    movement_id = stray(demo, bin_code, -1)
    closed = close_day(demo, boss(demo), "A", DAY, EVENING)
    [found] = closed.differences
    assert found.lot.startswith("RK")  # the lot's reference: its inbound order
    assert found == Difference(
        "stray_movement", product.sku_code, bin_code, found.lot, 0, -1, ":", movement_id
    )
    recorded = day_close_of(demo, "A", DAY)
    assert recorded is not None and recorded.differences == closed.differences


def test_movements_naming_nothing_real_are_listed(demo: Database) -> None:
    bin_code = stocked_bin(demo)
    stray(demo, bin_code, -1, kind="pick", doc_type="ship_batch", doc_id="B20261128-9-X9")
    stray(demo, bin_code, -1, kind="receive", doc_type="inbound", doc_id="no-such-document")
    stray(demo, bin_code, -1, kind="ship", doc_type="order", doc_id="T404")
    stray(demo, bin_code, 1, kind="count_adjust", doc_type="order", doc_id="T404")
    stray(demo, bin_code, 1, kind="teleport", doc_type="order", doc_id="T404")
    found = sorted((d.what, d.document) for d in check_day(demo, boss(demo), "A", DAY).differences)
    assert found == [
        ("unknown_document", "inbound:no-such-document"),
        ("unknown_kind", "order:T404"),
        ("unknown_reference", "order:T404"),  # no such order was ever shipped
        ("unknown_reference", "ship_batch:B20261128-9-X9"),
        ("wrong_kind", "order:T404"),  # weighing and packing write ship and pack_use only
    ]


def test_a_document_that_booked_more_than_its_lines_is_listed(demo: Database) -> None:
    product = goods(demo)
    number = posted_slip(demo, product.sku_code, 2)
    with demo.read() as session:
        doc_id = session.scalars(select(Document.id).where(Document.number == number)).one()
    stray(demo, "A-YP-01", 1, doc_type="sample_out", doc_id=doc_id)
    differences = check_day(demo, boss(demo), "A", DAY).differences
    assert differences == [
        Difference("line_mismatch", product.sku_code, "A-YP-01", "", 2, 3, number)
    ]


def test_a_correction_is_reconciled_only_when_it_is_booked(demo: Database) -> None:
    """R-ACC-3: the close reads the lines after their corrections."""
    product = goods(demo)
    number = posted_slip(demo, product.sku_code, 3)
    bin_code = taken_from(demo, number)
    correct_quantity(demo, clerk(demo), number, 1, 2, "只拿了两件", NOW)  # no ledger effect
    found = check_day(demo, boss(demo), "A", DAY).differences
    assert sorted((d.what, d.location, d.expected, d.booked, d.document) for d in found) == sorted(
        [
            ("line_mismatch", "A-YP-01", 2, 3, number),
            ("line_mismatch", bin_code, -2, -3, number),
        ]
    )


def test_a_booked_correction_closes_clean(demo: Database) -> None:
    product = goods(demo)
    number = posted_slip(demo, product.sku_code, 3)
    correct_line(demo, clerk(demo), number, 1, 2, "只拿了两件", NOW)
    assert check_day(demo, boss(demo), "A", DAY).differences == []
    correct_line(demo, clerk(demo), number, 1, 4, "又拿了两件", NOW)
    assert check_day(demo, boss(demo), "A", DAY).differences == []
    assert balance(demo, product.id, location(demo, "A-YP-01").id) == 4


def test_a_bin_below_zero_is_listed(demo: Database) -> None:
    product = goods(demo)
    bin_ = location(demo, "A-YP-01")  # the sample area holds nothing of it
    stray(demo, "A-YP-01", -2)
    differences = check_day(demo, boss(demo), "A", DAY).differences
    assert [d.what for d in differences] == ["stray_movement", "negative_balance"]
    assert differences[1] == Difference(
        "negative_balance", product.sku_code, "A-YP-01", "", 0, -2, ""
    )
    assert balance(demo, product.id, bin_.id) == -2


def test_only_the_days_movements_count(demo: Database) -> None:
    """The day is midnight to midnight in Shanghai: a movement at 23:59 UTC on the
    27th (07:59 on the 28th in Shanghai) is the 28th's; the demo's stock is older."""
    start, end = day_bounds(DAY)
    assert (start.isoformat(), end.isoformat()) == (
        "2026-11-27T16:00:00+00:00",
        "2026-11-28T16:00:00+00:00",
    )
    stray(demo, stocked_bin(demo), 1)
    assert len(check_day(demo, boss(demo), "A", DAY).differences) == 1
    assert check_day(demo, boss(demo), "A", DAY - timedelta(days=1)).differences == []
    assert check_day(demo, boss(demo), "A", DAY + timedelta(days=1)).differences == []


def test_who_may_close_and_what_is_refused(demo: Database) -> None:
    packer = login_with_pin(demo, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        close_day(demo, packer, "A", DAY, EVENING)
    with pytest.raises(PermissionDenied):
        check_day(demo, packer, "A", DAY)
    with pytest.raises(InvalidInput):
        close_day(demo, boss(demo), "A", DAY + timedelta(days=1), EVENING)  # not begun
    assert closes(demo) == 0


def test_a_received_delivery_put_away_and_corrected_closes_clean(
    db: Database, tmp_path: Path
) -> None:
    """Receiving's real flow (R-REC-3): an inbound order posted into the receiving
    area and put away; a correction (R-ACC-3) books a compensating ``receive``
    of the difference into the same area and lot, naming the movement it corrects."""
    dock = make_dock(db, tmp_path / "prints")
    view = received(dock, ((TEA, 10),))
    put_away(db, dock.clerk, view.number, TEA, "A-R1-02", NOW, quantity=10)
    assert check_day(db, dock.supervisor, "A", DAY).differences == []
    correct_line(db, dock.clerk, view.number, 1, 9, "少收一盒，供应商补开单据", NOW)
    with db.read() as session:
        doc = session.scalars(select(Document).where(Document.number == view.number)).one()
        moves = session.scalars(
            select(StockMovement)
            .where(StockMovement.document_id == doc.id, StockMovement.kind == "receive")
            .order_by(StockMovement.quantity)
        ).all()
    fix, original = moves
    assert (fix.quantity, fix.corrects_id, fix.lot_id, fix.location_id) == (
        -1,
        original.id,
        original.lot_id,
        original.location_id,
    )
    # The area gave all ten to the bin: the ledger now shows one unit missing there.
    found = check_day(db, dock.supervisor, "A", DAY).differences
    assert [(d.what, d.sku, d.booked) for d in found] == [("negative_balance", TEA, -1)]


def test_transfers_and_counts_close_clean_in_both_warehouses(db: Database) -> None:
    """Stock operations name their documents by number in the ledger; a transfer
    (R-STK-4) books out of B and into A, a count (R-STK-3) its variances; both
    corrected later (R-ACC-3): each warehouse's day still agrees."""
    floor = load_floor(db)
    sku = "LJ01-050-GN"  # 36 units in B-01-01, 24 in A-01-01
    raised = raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(sku, 10)], NOW)
    sign_transfer(db, floor.keeper_b, raised.number, "sender", floor.keeper_b, "pin")
    sign_transfer(
        db, floor.keeper_a, raised.number, "receiver", floor.keeper_a, "badge", to_bin="A-01-01"
    )
    post_transfer(db, floor.clerk, raised.number, NOW)
    sheet = start_count(db, floor.keeper_a, "A", "a1", NOW)
    count_bin(db, floor.keeper_a, sheet.number, "A-01-02")
    count_item(db, floor.keeper_a, sheet.number, "A-01-02", "LJ01-100-GN", 17)  # one short
    finish_count(db, floor.keeper_a, sheet.number)
    sign_count(db, floor.clerk, sheet.number, "keeper", floor.keeper_a, "badge")
    sign_count(db, floor.clerk, sheet.number, "supervisor", floor.boss, "pin")
    post_count(db, floor.clerk, sheet.number, "少一罐", NOW)
    for warehouse in ("A", "B"):
        assert check_day(db, floor.boss, warehouse, DAY).differences == []
    correct_line(db, floor.clerk, raised.number, 1, 8, "实收八罐", NOW)
    with db.read() as session:
        count_line = session.scalars(
            select(DocumentLine)
            .join(Document, Document.id == DocumentLine.document_id)
            .where(
                Document.number == sheet.number,
                DocumentLine.actual_qty != DocumentLine.expected_qty,
            )
        ).one()
    correct_line(
        db,
        floor.clerk,
        sheet.number,
        count_line.line_no,
        count_line.actual_qty + 1,
        "复盘找到",
        NOW,
    )
    for warehouse in ("A", "B"):
        assert check_day(db, floor.boss, warehouse, DAY).differences == []
    assert units(db, sku, "B-01-01") == 28 and units(db, "LJ01-100-GN", "A-01-02") == 18
