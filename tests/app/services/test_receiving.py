"""Receiving (R-REC-1..3): the supplier's delivery note entered the same day
as our inbound order; goods scanned against it, with every refusal changing
nothing; differences recorded and only matching goods signed for; the keeper
and the supervisor sign; posting books lots received now (FIFO, R-BAT-4) into
a receiving area nothing is picked from, and queues the arrival notice
(R-NEW-1) in the same transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

import app.services.receiving_post as receiving_post
from app.backoffice_settings import ReceivingSection
from app.db.engine import Database
from app.db.models import (
    Document,
    Location,
    NewProduct,
    Notice,
    OutboxEvent,
    StockLot,
    StockMovement,
)
from app.errors import InvalidInput, PermissionDenied
from app.services.allocation import pickable_stock
from app.services.auth import login_with_pin
from app.services.documents import SignatureRefused, SignaturesMissing, WrongDocumentState, post
from app.services.receiving import (
    ImplausibleCount,
    count_goods,
    finish_counting,
    note_line,
    open_inbound,
    open_inbounds,
    record_wrong_spec,
)
from app.services.receiving_note import DeliveryNoteInvalid, NoteLine, create_inbound
from app.services.receiving_post import post_inbound, sign_inbound
from app.services.receiving_view import ReceivingRefused
from tests.app.services.receiving_floor import (
    CUP,
    NOW,
    SETTINGS,
    SUPPLIER,
    TEA,
    TZ,
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


@pytest.fixture
def dock(db: Database, tmp_path: Path) -> Dock:
    return make_dock(db, tmp_path / "prints")


def test_the_note_becomes_todays_inbound_order(dock: Dock) -> None:
    """R-REC-3: entered the same day; the day is the station's (Shanghai)."""
    view = note(dock)
    assert view.number == "RK20261128-001"
    assert (view.day, view.supplier, view.reference) == (date(2026, 11, 28), SUPPLIER, "SH-0001")
    assert [(ln.sku_code, ln.expected, ln.counted, ln.signed) for ln in view.lines] == [
        (TEA, 10, 0, 0),
        (CUP, 4, 0, 0),
    ]
    assert view.receiving_code == "A-SH-01" and view.stage == "counting"
    late = datetime(2026, 11, 28, 17, 30, tzinfo=UTC)  # 01:30 on the 29th in Shanghai
    other = create_inbound(
        dock.db, dock.clerk, SUPPLIER, "SH-0002", [NoteLine(CUP, 1)], late, SETTINGS, TZ
    )
    assert (other.number, other.day) == ("RK20261129-001", date(2026, 11, 29))


def test_lines_of_one_sku_add_up_and_a_barcode_names_the_sku(dock: Dock) -> None:
    view = note(dock, ((TEA, 6), (ean(dock.db, TEA), 4)))
    assert [(ln.sku_code, ln.expected) for ln in view.lines] == [(TEA, 10)]


def test_a_bad_note_names_row_and_column_and_creates_nothing(dock: Dock) -> None:
    before = snapshot(dock.db)
    lines = [NoteLine(TEA, 5), NoteLine("NO-SUCH", 2), NoteLine(CUP, 0), NoteLine(CUP, 100_001)]
    with pytest.raises(DeliveryNoteInvalid) as refused:
        create_inbound(dock.db, dock.clerk, "", "SH-0001", lines, NOW, SETTINGS, TZ)
    assert [(p["row"], p["column"], p["reason"]) for p in refused.value.params["problems"]] == [
        (0, "supplier", "empty"),
        (2, "sku", "unknown_sku"),
        (3, "quantity", "too_small"),
        (4, "quantity", "too_large"),
    ]
    assert snapshot(dock.db) == before


def test_the_same_note_is_not_entered_twice(dock: Dock) -> None:
    first = note(dock)
    before = snapshot(dock.db)
    with pytest.raises(ReceivingRefused) as refused:
        note(dock)
    assert refused.value.params == {
        "reason": "note_entered", "number": first.number, "reference": "SH-0001"
    }  # fmt: skip
    assert snapshot(dock.db) == before


def test_only_the_clerk_or_supervisor_receives(dock: Dock) -> None:
    packer = login_with_pin(dock.db, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        create_inbound(dock.db, packer, SUPPLIER, "X", [NoteLine(TEA, 1)], NOW, SETTINGS, TZ)


def test_each_scan_counts_one_unit_and_a_carton_its_quantity(dock: Dock) -> None:
    """R-REC-1: the maker's EAN and our SKU label both count; 24 then a scan counts 24."""
    number = note(dock, ((TEA, 30), (CUP, 4))).number
    count(dock, number, ean(dock.db, TEA), times=2)
    view = count(dock, number, TEA, quantity=24)
    tea = view.lines[0]
    assert (tea.counted, tea.signed, tea.difference) == (26, 26, -4)
    assert view.last_product_id == tea.product_id
    view = count_goods(dock.db, dock.clerk, number, TEA, SETTINGS, -1)  # taken back
    assert view.lines[0].counted == 25
    # the supplier's note number finds the draft too (the paper the driver hands over)
    assert open_inbound(dock.db, dock.clerk, "SH-0001").number == number


@pytest.mark.parametrize(
    ("code", "reason"),
    [("6999999999994", "unknown_code"), ("LJ03-100-BM", "not_on_note")],
)
def test_unknown_code_or_sku_not_on_the_note_changes_nothing(
    dock: Dock, code: str, reason: str
) -> None:
    number = note(dock).number
    count(dock, number, TEA)
    before = snapshot(dock.db)
    with pytest.raises(ReceivingRefused) as refused:
        count_goods(dock.db, dock.clerk, number, code, SETTINGS)
    assert refused.value.params["reason"] == reason
    assert snapshot(dock.db) == before


def test_an_implausible_count_is_refused_and_changes_nothing(dock: Dock) -> None:
    """More than plausible_factor (3) x the note, or more than max_line_qty."""
    number = note(dock).number
    count(dock, number, TEA, quantity=30)  # 3 x 10: still plausible
    before = snapshot(dock.db)
    with pytest.raises(ImplausibleCount) as refused:
        count_goods(dock.db, dock.clerk, number, TEA, SETTINGS)
    assert refused.value.params == {"sku": TEA, "counted": 31, "limit": 30, "expected": 10}
    strict = ReceivingSection(max_line_qty=20, plausible_factor=3)
    with pytest.raises(ImplausibleCount):
        count_goods(dock.db, dock.clerk, number, CUP, strict, 21)
    with pytest.raises(InvalidInput):
        count_goods(dock.db, dock.clerk, number, CUP, SETTINGS, 0)
    with pytest.raises(ReceivingRefused) as below:
        count_goods(dock.db, dock.clerk, number, CUP, SETTINGS, -1)
    assert below.value.params["reason"] == "below_zero"
    assert snapshot(dock.db) == before


def test_differences_are_recorded_and_only_matching_goods_signed_for(dock: Dock) -> None:
    """R-REC-1: short (短少), over (多出) and wrong spec (错规格) stay on the order
    with what was counted; what is signed for never exceeds the note."""
    number = note(dock).number
    count(dock, number, TEA, quantity=12)  # two more than the note
    count(dock, number, CUP, quantity=3)  # one short
    with pytest.raises(ReceivingRefused):
        count_goods(dock.db, dock.clerk, number, "LJ03-100-BM", SETTINGS)
    record_wrong_spec(dock.db, dock.clerk, number, "LJ03-100-BM", 5, "雨前混入", SETTINGS)
    note_line(dock.db, dock.clerk, number, 2, "一箱外包装破损")
    view = finish_counting(dock.db, dock.clerk, number, NOW)
    rows = [(ln.sku_code, ln.expected, ln.counted, ln.signed, ln.status, ln.note)
            for ln in view.lines]  # fmt: skip
    assert rows == [
        (TEA, 10, 12, 10, "over", ""),
        (CUP, 4, 3, 3, "short", "一箱外包装破损"),
        ("LJ03-100-BM", 0, 5, 0, "wrong_spec", "雨前混入"),
    ]
    assert (view.counted_total, view.signed_total, view.stage) == (20, 13, "signing")
    assert view.counted_by == "赵文员" and view.counted_at == NOW
    with dock.db.read() as session:
        detail = session.scalars(select(Document.detail)).one()
    assert detail["differences"] == [
        {"line": 1, "expected": 10, "counted": 12, "signed": 10},
        {"line": 2, "expected": 4, "counted": 3, "signed": 3},
        {"line": 3, "expected": 0, "counted": 5, "signed": 0},
    ]
    with pytest.raises(ReceivingRefused) as done:
        count_goods(dock.db, dock.clerk, number, TEA, SETTINGS)
    assert done.value.params["reason"] == "counting_done"


def test_nothing_matching_means_nothing_to_sign_for(dock: Dock) -> None:
    number = note(dock).number
    record_wrong_spec(dock.db, dock.clerk, number, "LJ03-100-BM", 2, "", SETTINGS)
    with pytest.raises(ReceivingRefused) as refused:
        finish_counting(dock.db, dock.clerk, number, NOW)
    assert refused.value.params["reason"] == "nothing_signed_for"
    with pytest.raises(ReceivingRefused) as on_note:
        record_wrong_spec(dock.db, dock.clerk, number, TEA, 2, "", SETTINGS)
    assert on_note.value.params["reason"] == "on_note"


def test_signatures_after_counting_by_two_people_in_their_capacities(dock: Dock) -> None:
    """R-REC-3 / R-ACC-2: the keeper and the warehouse supervisor, two people."""
    number = note(dock).number
    count(dock, number, TEA, quantity=10)
    with pytest.raises(ReceivingRefused) as early:
        sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    assert early.value.params["reason"] == "counting_open"
    finish_counting(dock.db, dock.clerk, number, NOW)
    with pytest.raises(SignaturesMissing):
        post_inbound(dock.db, dock.clerk, number, NOW)
    view = sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "badge")
    assert view.missing == ("keeper",)  # the supervisor's badge signs as supervisor
    with pytest.raises(SignatureRefused) as same:
        sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "pin", "keeper")
    assert same.value.params["reason"] == "same_person"
    packer = login_with_pin(dock.db, "dabao", "1234")
    with pytest.raises(SignatureRefused) as role:
        sign_inbound(dock.db, dock.clerk, number, packer, "pin")
    assert role.value.params["reason"] == "role"
    before = snapshot(dock.db)
    with pytest.raises(SignaturesMissing) as missing:
        post_inbound(dock.db, dock.clerk, number, NOW)
    assert missing.value.params["missing"] == ["keeper"]
    assert snapshot(dock.db) == before  # posting without signatures books nothing
    view = sign_inbound(dock.db, dock.clerk, number, dock.keeper, "pin")
    assert [(s.capacity, s.full_name, s.method) for s in view.signatures] == [
        ("supervisor", "王主管", "badge"),
        ("keeper", "钱配货", "pin"),
    ]
    assert view.stage == "posting"


def test_posting_books_lots_received_now_into_the_receiving_area(dock: Dock) -> None:
    """R-BAT-4: the lots' received_at is the posting time; the receiving area
    is no pick or reserve bin, so nothing is picked before putaway."""
    number = note(dock).number
    count(dock, number, TEA, quantity=12)
    count(dock, number, CUP, quantity=3)
    finish_counting(dock.db, dock.clerk, number, NOW)
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "badge")
    stock_before = balance(dock.db, "A-SH-01", TEA)
    view = post_inbound(dock.db, dock.clerk, number, NOW)
    assert (view.state, view.stage, view.in_receiving) == ("posted", "putaway", 13)
    with dock.db.read() as session:
        lots = session.scalars(select(StockLot).where(StockLot.reference == number)).all()
        assert sorted(lot.received_at for lot in lots) == [NOW, NOW]
        moves = session.execute(
            select(StockMovement.kind, StockMovement.quantity, StockMovement.document_id)
            .where(StockMovement.document_type == "inbound")
            .order_by(StockMovement.quantity)
        ).all()
        assert moves == [("receive", 3, view.id), ("receive", 10, view.id)]
        area = session.scalars(select(Location).where(Location.code == "A-SH-01")).one()
        assert area.kind == "receiving"
        slots = pickable_stock(session, area.warehouse_id)
    assert (stock_before, balance(dock.db, "A-SH-01", TEA), balance(dock.db, "A-SH-01", CUP)) == (
        0, 10, 3,
    )  # fmt: skip
    assert all(s.location_id != area.id for found in slots.values() for s in found)
    with pytest.raises(WrongDocumentState):
        post_inbound(dock.db, dock.clerk, number, NOW)


def test_the_arrival_notice_is_queued_in_the_posting_transaction(dock: Dock) -> None:
    """R-NEW-1: style number and name; the same transaction as the lots (one tx_id)."""
    add_new_product(dock.db, "LJ09-200-WH", "6971234999990")
    view = received(dock, ((TEA, 2), ("LJ09-200-WH", 6)))
    with dock.db.read() as session:
        notice = session.scalars(select(Notice)).one()
        assert (notice.kind, notice.document_id, notice.state) == ("arrival", view.id, "queued")
        assert view.number in notice.title and SUPPLIER in notice.title
        assert "款号 LJ01 西湖龙井 明前特级 100g 青瓷绿罐 青瓷绿/100g × 2" in notice.body
        assert "【新品】款号 LJ09 西湖龙井 新品礼盒 200g 月白/200g × 6" in notice.body
        events = {
            e.type: e.tx_id
            for e in session.scalars(
                select(OutboxEvent).where(
                    OutboxEvent.type.in_(("notice.queued", "document.posted", "inbound.received"))
                )
            )
        }
        assert len(events) == 3 and len(set(events.values())) == 1
        new = session.scalars(select(NewProduct)).one()  # R-NEW-3 counts from here
        assert new.received_at == NOW and new.putaway_done_at is None


def test_a_failing_notice_leaves_the_order_unposted(
    dock: Dock, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = note(dock, ((TEA, 2),)).number
    count(dock, number, TEA, quantity=2)
    finish_counting(dock.db, dock.clerk, number, NOW)
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "badge")
    before = snapshot(dock.db)

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(receiving_post, "enqueue_notice", broken)
    with pytest.raises(RuntimeError):
        post_inbound(dock.db, dock.clerk, number, NOW)
    assert snapshot(dock.db) == before


def test_the_generic_post_uses_the_inbound_poster(dock: Dock) -> None:
    """Posting from the books' side books the same ledger rows."""
    number = note(dock, ((TEA, 2),)).number
    count(dock, number, TEA, quantity=2)
    finish_counting(dock.db, dock.clerk, number, NOW)
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "badge")
    post(dock.db, dock.clerk, number, NOW)
    assert balance(dock.db, "A-SH-01", TEA) == 2


def test_open_orders_list_drafts_and_goods_waiting_for_putaway(dock: Dock) -> None:
    first = received(dock, ((TEA, 2),))
    draft = note(dock, ((CUP, 1),), ref="SH-0009")
    listed = open_inbounds(dock.db, dock.clerk, NOW, TZ)
    assert [(v.number, v.stage) for v in listed] == [
        (first.number, "putaway"),
        (draft.number, "counting"),
    ]
