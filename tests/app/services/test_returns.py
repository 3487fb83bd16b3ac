"""Returns and exchanges (R-RET-1..3): a shipped order's parcel scanned back,
its units counted with their reasons and signed by the clerk, decided by QC
and signed, then posted: resellable units into the bin and lot they shipped
from, defective ones into the defective store, the order ``returned`` with a
refund notice, or an exchange order marked 换货. Bad input (an order never
shipped, more units than shipped, an unknown item) changes nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.config import Paths, load_config
from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    Location,
    Notice,
    Order,
    OutboxEvent,
    Product,
    StockLot,
    StockMovement,
)
from app.errors import NotFound, PermissionDenied
from app.labels.pdf import render_pdf
from app.services.documents import SignatureRefused, SignaturesMissing, WrongDocumentState
from app.services.labels import build_document_from_console
from app.services.returns import (
    ReturnRefused,
    cancel_return,
    count_item,
    open_return,
    undo_count,
)
from app.services.returns_posting import post_return
from app.services.returns_qc import qc_decide, set_mode, set_replacement, sign_return
from app.services.returns_view import ReturnView
from tests.app.services.picking_floor import add_product, receive
from tests.app.services.returns_floor import (
    CUP_PRICE,
    LATER,
    O1_WAYBILL,
    O2_WAYBILL,
    TEA_PRICE,
    ReturnsFloor,
    shipped_floor,
)
from tests.app.services.shipping_floor import CUP, GIFT, TEA


@pytest.fixture
def floor(db: Database) -> ReturnsFloor:
    return shipped_floor(db)


def snapshot(db: Database) -> dict[str, Any]:
    """Everything a refused step must leave as it was."""
    with db.read() as session:
        count = {
            table.__name__: session.scalar(select(func.count()).select_from(table))
            for table in (Document, DocumentLine, StockMovement, Notice, Order, OutboxEvent)
        }
        statuses = dict(session.execute(select(Order.platform_order_no, Order.status)).all())
        lines = session.execute(
            select(DocumentLine.line_no, DocumentLine.actual_qty, DocumentLine.decision)
        ).all()
        return {"count": count, "statuses": statuses, "lines": sorted(lines)}


def balance(db: Database, sku: str, bin_code: str) -> dict[str | None, int]:
    """Units per lot reference of one product in one bin."""
    with db.read() as session:
        rows = session.execute(
            select(StockLot.reference, func.sum(StockMovement.quantity))
            .join(Product, Product.id == StockMovement.product_id)
            .join(Location, Location.id == StockMovement.location_id)
            .outerjoin(StockLot, StockLot.id == StockMovement.lot_id)
            .where(Product.sku_code == sku, Location.code == bin_code)
            .group_by(StockLot.reference)
        ).all()
        return {ref: int(qty) for ref, qty in rows if qty}


def counted(floor: ReturnsFloor, *scans: tuple[str, str]) -> ReturnView:
    """O1's parcel scanned back, then each (item, reason)."""
    view = open_return(floor.db, floor.clerk, O1_WAYBILL)
    for code, reason in scans:
        view = count_item(floor.db, floor.clerk, view.order_id, code, reason, LATER)
    return view


def test_a_refund_puts_good_units_back_where_they_shipped_from_and_bad_ones_in_the_defective_store(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    opened = open_return(db, floor.clerk, O1_WAYBILL)
    assert (opened.order_no, opened.order_status, opened.number) == ("O1", "shipped", "")
    assert [(i.sku_code, i.shipped, i.counted) for i in opened.items] == [
        ("C1-1", 1, 0),
        ("T1-250", 2, 0),
    ]
    view = counted(floor, (TEA, "quality"), (TEA, "quality"), (CUP, "wrong_colour"))
    assert view.number == "TH20261202-001" and view.stage == "count"
    assert [(x.sku_code, x.reason, x.quantity, x.decision) for x in view.lines] == [
        ("T1-250", "quality", 2, ""),
        ("C1-1", "wrong_colour", 1, ""),
    ]
    view = sign_return(db, floor.clerk, view.number, "clerk", floor.clerk, "badge")
    assert view.stage == "qc" and view.signed_by("clerk") == floor.clerk.full_name
    # R-RET-2: QC judges unit by unit; one tea is fine, the other is not.
    view = qc_decide(db, floor.qc, view.number, TEA, "resellable")
    view = qc_decide(db, floor.qc, view.number, TEA, "defective")
    view = qc_decide(db, floor.qc, view.number, CUP, "resellable")
    assert [(x.sku_code, x.quantity, x.decision) for x in view.lines] == [
        ("T1-250", 1, "defective"),  # the last undecided unit keeps its line
        ("C1-1", 1, "resellable"),
        ("T1-250", 1, "resellable"),  # split off by the first decision
    ]
    view = sign_return(db, floor.clerk, view.number, "qc", floor.qc, "pin")
    assert view.stage == "post" and view.missing == ()
    assert balance(db, "T1-250", "A-01-05") == {"R": 18}

    posted = post_return(db, floor.clerk, view.number, LATER)

    assert posted.stage == "done" and posted.order_status == "returned"
    assert {(x.sku_code, x.decision, x.to_bin) for x in posted.lines} == {
        ("T1-250", "resellable", "A-01-05"),  # the bin it was picked from
        ("C1-1", "resellable", "A-02-02"),
        ("T1-250", "defective", "A-CP-01"),  # 次品仓 (R-RET-3)
    }
    # Back into the lot they shipped from (FIFO keeps their age and supplier).
    assert balance(db, "T1-250", "A-01-05") == {"R": 19}
    assert balance(db, "C1-1", "A-02-02") == {"R": 19}  # 20 less O1's and O2's, one back
    assert balance(db, "T1-250", "A-CP-01") == {"R": 1}
    with db.read() as session:
        kinds = session.execute(
            select(StockMovement.kind, StockMovement.document_type, StockMovement.document_id)
            .where(StockMovement.kind == "return")
            .distinct()
        ).all()
        notice = session.scalars(select(Notice).where(Notice.kind == "refund")).one()
        document_id = session.scalars(
            select(Document.id).where(Document.number == "TH20261202-001")
        ).one()
    # Ledger rows name the document by its id (the daily close matches on it).
    assert kinds == [("return", "return_in", document_id)]
    assert notice.title == "退款：订单 O1"
    # Both teas are refunded: the defective one was the shop's fault (R-RET-1).
    assert "T1-250 测试茶 T1-250 ×2  ¥256.00" in notice.body
    assert "C1-1 测试茶 C1-1 ×1  ¥35.00" in notice.body
    assert f"合计 ¥{(2 * TEA_PRICE + CUP_PRICE) // 100}.00" in notice.body
    with pytest.raises(WrongDocumentState):
        post_return(db, floor.clerk, view.number, LATER)


def test_a_return_for_an_order_never_shipped_is_refused_and_changes_nothing(
    floor: ReturnsFloor,
) -> None:
    before = snapshot(floor.db)
    with pytest.raises(ReturnRefused) as refused:
        open_return(floor.db, floor.clerk, O2_WAYBILL)
    assert refused.value.params["reason"] == "not_shipped"
    assert refused.value.params["status"] == "picked"
    with pytest.raises(ReturnRefused) as again:
        count_item(floor.db, floor.clerk, floor.o2, CUP, "quality", LATER)
    assert again.value.params["reason"] == "not_shipped"
    with pytest.raises(NotFound):
        open_return(floor.db, floor.clerk, "YT9999999999999")
    assert snapshot(floor.db) == before


def test_more_units_than_shipped_an_unknown_item_or_one_not_in_the_order_change_nothing(
    floor: ReturnsFloor,
) -> None:
    view = counted(floor, (TEA, "quality"), (TEA, "wrong_size"))
    before = snapshot(floor.db)
    cases = (
        (TEA, "too_many"),  # O1 shipped two teas
        ("6999999999999", "unknown_item"),
        (GIFT, "not_in_order"),
    )
    for code, reason in cases:
        with pytest.raises(ReturnRefused) as refused:
            count_item(floor.db, floor.clerk, view.order_id, code, "quality", LATER)
        assert refused.value.params["reason"] == reason, code
    with pytest.raises(ReturnRefused) as bad_reason:
        count_item(floor.db, floor.clerk, view.order_id, CUP, "changed_mind", LATER)
    assert bad_reason.value.params["reason"] == "bad_reason"
    assert snapshot(floor.db) == before
    assert [(x.reason, x.quantity) for x in open_return(floor.db, floor.clerk, "O1").lines] == [
        ("quality", 1),
        ("wrong_size", 1),
    ]


def test_a_later_parcel_of_the_same_order_takes_back_only_what_is_still_out(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    first = counted(floor, (TEA, "quality"))
    sign_return(db, floor.clerk, first.number, "clerk", floor.clerk, "badge")
    qc_decide(db, floor.qc, first.number, TEA, "resellable")
    sign_return(db, floor.clerk, first.number, "qc", floor.qc, "badge")
    post_return(db, floor.clerk, first.number, LATER)
    second = open_return(db, floor.clerk, "O1")  # returned orders may send more
    assert second.number == "" and second.order_status == "returned"
    tea = next(i for i in second.items if i.sku_code == "T1-250")
    assert (tea.shipped, tea.returned_before) == (2, 1)
    view = count_item(db, floor.clerk, second.order_id, TEA, "quality", LATER)
    assert view.number == "TH20261202-002"
    with pytest.raises(ReturnRefused) as refused:
        count_item(db, floor.clerk, second.order_id, TEA, "quality", LATER)
    assert refused.value.params == {
        "reason": "too_many",
        "sku": "T1-250",
        "shipped": 2,
        "returned": 1,
    }


def test_customer_damage_is_refused_no_stock_moves_and_no_refund(floor: ReturnsFloor) -> None:
    db = floor.db
    view = counted(floor, (CUP, "customer_damage"))
    assert [(x.reason, x.decision) for x in view.lines] == [("customer_damage", "refused")]
    sign_return(db, floor.clerk, view.number, "clerk", floor.clerk, "badge")
    sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge")  # QC agrees (R-RET-1)
    movements = snapshot(db)["count"]["StockMovement"]
    posted = post_return(db, floor.clerk, view.number, LATER)
    assert posted.state == "posted" and posted.order_status == "shipped"
    assert posted.lines[0].to_bin == ""
    after = snapshot(db)["count"]
    assert after["StockMovement"] == movements and after["Notice"] == 0


def test_signatures_come_in_order_from_two_people_and_freeze_each_step(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    view = counted(floor, (TEA, "quality"), (TEA, "quality"))
    steps = (
        lambda: qc_decide(db, floor.qc, view.number, TEA, "resellable"),  # not counted yet
        lambda: sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge"),
    )
    for step in steps:
        with pytest.raises(ReturnRefused) as early:
            step()
        assert early.value.params["reason"] == "not_counted"
    with pytest.raises(SignatureRefused) as role:
        sign_return(db, floor.clerk, view.number, "clerk", floor.qc, "badge")  # QC is no clerk
    assert role.value.params["reason"] == "role"
    sign_return(db, floor.clerk, view.number, "clerk", floor.clerk, "badge")
    with pytest.raises(ReturnRefused) as frozen:
        count_item(db, floor.clerk, view.order_id, CUP, "quality", LATER)
    assert frozen.value.params["reason"] == "count_signed"
    qc_decide(db, floor.qc, view.number, TEA, "resellable")
    with pytest.raises(ReturnRefused) as undecided:
        sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge")
    assert undecided.value.params["reason"] == "undecided"
    qc_decide(db, floor.qc, view.number, TEA, "defective")
    with pytest.raises(SignaturesMissing):
        post_return(db, floor.clerk, view.number, LATER)
    sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge")
    with pytest.raises(ReturnRefused) as signed:
        qc_decide(db, floor.qc, view.number, TEA, "resellable")
    assert signed.value.params["reason"] == "qc_signed"


def test_the_clerk_cannot_sign_for_qc_too(floor: ReturnsFloor) -> None:
    """R-ACC-2: the supervisor may sign as QC, but never the one who counted."""
    db = floor.db
    view = counted(floor, (CUP, "quality"))
    sign_return(db, floor.boss, view.number, "clerk", floor.boss, "badge")
    qc_decide(db, floor.qc, view.number, CUP, "resellable")
    with pytest.raises(SignatureRefused) as same:
        sign_return(db, floor.boss, view.number, "qc", floor.boss, "badge")
    assert same.value.params["reason"] == "same_person"


def test_an_exchange_makes_a_paid_order_marked_huanhuo_with_the_sku_sent_instead(
    floor: ReturnsFloor, tmp_path: Path
) -> None:
    db = floor.db
    bigger = add_product(db, "T1-500", "6900000000059", weight_g=510)
    receive(db, bigger, "A-01-06", 5, days=2, ref="R")
    view = counted(floor, (TEA, "wrong_size"))
    set_mode(db, floor.clerk, view.number, "exchange")
    view = set_replacement(db, floor.clerk, view.number, "6900000000059")
    assert view.mode == "exchange" and view.replacements == (("T1-500", 1),)
    with pytest.raises(ReturnRefused) as too_many:
        set_replacement(db, floor.clerk, view.number, CUP)  # one unit back, one out
    assert too_many.value.params["reason"] == "replacements_exceed"
    sign_return(db, floor.clerk, view.number, "clerk", floor.clerk, "badge")
    qc_decide(db, floor.qc, view.number, TEA, "resellable")
    sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge")
    posted = post_return(db, floor.clerk, view.number, LATER)
    assert posted.exchange_order_no == "O1-HH1"
    assert posted.order_status == "shipped"  # the sale stands: goods go out again
    with db.read() as session:
        new = session.scalars(select(Order).where(Order.platform_order_no == "O1-HH1")).one()
        old = session.scalars(select(Order).where(Order.platform_order_no == "O1")).one()
        assert (new.status, new.paid_at, new.waybill_no) == ("paid", LATER, None)
        assert (new.recipient_name, new.address_detail, new.courier_id) == (
            old.recipient_name,
            old.address_detail,
            old.courier_id,
        )
        assert [(line.product_id, line.quantity, line.unit_price_fen) for line in new.lines] == [
            (bigger, 1, 0)
        ]
        assert "换货" in new.cs_remark and "O1" in new.cs_remark
        assert new.buyer_message == "【换货】原单 O1"  # printed on the delivery note
        notice = session.scalars(select(Notice)).one()
    assert (notice.kind, notice.title) == ("exchange", "换货：订单 O1-HH1")
    assert balance(db, "T1-250", "A-01-05") == {"R": 19}
    assert "换货" in waybill_text(db, "O1-HH1", tmp_path)  # the waybill says so (R-RET-2)
    assert "换货" not in waybill_text(db, "O1", tmp_path)


def waybill_text(db: Database, order_no: str, folder: Path) -> str:
    """The order's 100x150 e-waybill as the printer gets it, read back as text."""
    with db.write() as session:  # the order clerk fetches the exchange's waybill number
        order = session.scalars(select(Order).where(Order.platform_order_no == order_no)).one()
        order.waybill_no = order.waybill_no or "YT9000000000999"
    document = build_document_from_console(
        db, load_config(paths=Paths.default()), "ewaybill", order_no, "ewaybill_100x150"
    )
    path = folder / f"{order_no}.pdf"
    path.write_bytes(render_pdf(document.pages))
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_an_exchange_without_replacements_sends_the_same_skus(floor: ReturnsFloor) -> None:
    db = floor.db
    view = counted(floor, (CUP, "quality"))
    set_mode(db, floor.clerk, view.number, "exchange")
    sign_return(db, floor.clerk, view.number, "clerk", floor.clerk, "badge")
    qc_decide(db, floor.qc, view.number, CUP, "defective")
    sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge")
    with pytest.raises(ReturnRefused) as late:
        set_mode(db, floor.clerk, view.number, "refund")  # QC signed for an exchange
    assert late.value.params["reason"] == "qc_signed"
    posted = post_return(db, floor.clerk, view.number, LATER)
    with db.read() as session:
        new = session.scalars(select(Order).where(Order.platform_order_no == "O1-HH1")).one()
        cup = session.scalars(select(Product.id).where(Product.sku_code == "C1-1")).one()
        assert [(line.product_id, line.quantity) for line in new.lines] == [(cup, 1)]
    assert posted.lines[0].to_bin == "A-CP-01"


def test_undo_and_cancel_leave_no_units_and_no_open_draft(floor: ReturnsFloor) -> None:
    db = floor.db
    view = counted(floor, (TEA, "quality"), (CUP, "quality"))
    view = undo_count(db, floor.clerk, view.number, CUP)
    assert [(x.sku_code, x.quantity) for x in view.lines] == [("T1-250", 1)]
    with pytest.raises(ReturnRefused) as nothing:
        undo_count(db, floor.clerk, view.number, CUP)
    assert nothing.value.params["reason"] == "nothing_to_undo"
    cancelled = cancel_return(db, floor.clerk, view.number)
    assert cancelled.state == "cancelled"
    again = open_return(db, floor.clerk, O1_WAYBILL)
    assert again.number == "" and again.lines == ()  # a new parcel starts a new 退货单


def test_only_returns_roles_may_work_the_desk(floor: ReturnsFloor) -> None:
    before = snapshot(floor.db)
    with pytest.raises(PermissionDenied):
        open_return(floor.db, floor.packer, O1_WAYBILL)
    with pytest.raises(PermissionDenied):
        count_item(floor.db, floor.keeper, floor.o1, TEA, "quality", LATER)
    assert snapshot(floor.db) == before
