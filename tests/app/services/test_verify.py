"""The verify station (R-VER-1,2): documents of one order, exactly its items;
every stop named, every accepted scan kept across a restart."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Order, OutboxEvent, VerifyScan
from app.errors import NotFound, PermissionDenied
from app.services.parcel import AlreadyDone, WrongOrderState
from app.services.verify import (
    VerifyStop,
    confirm_verify,
    open_verify,
    set_aside_orders,
    undo_verify_scan,
    verify_scan,
)
from tests.app.services.shipping_floor import CUP, GIFT, TEA, Floor, picked_floor


@pytest.fixture
def floor(db: Database) -> Floor:
    return picked_floor(db)


def _reason(caught: pytest.ExceptionInfo[VerifyStop]) -> str:
    return str(caught.value.params["reason"])


def test_a_clean_order_from_delivery_note_to_verified(floor: Floor) -> None:
    db, me = floor.db, floor.verifier
    state = open_verify(db, me, "O1")  # the delivery note carries the order number
    assert state.parcel.order_no == "O1" and state.documents == {"delivery_note"}
    assert [(ln.sku_code, ln.quantity) for ln in state.parcel.lines] == [("C1-1", 1), ("T1-250", 2)]
    assert not state.complete
    state = verify_scan(db, me, state.parcel.order_id, "YT1000000000001")
    assert state.documents == {"delivery_note", "waybill"}
    for code in (TEA, CUP, TEA):
        state = verify_scan(db, me, state.parcel.order_id, code)
    assert state.complete and state.last_product_id is not None
    done = confirm_verify(db, me, state.parcel.order_id)
    assert done.parcel.status == "verified"
    with pytest.raises(AlreadyDone) as again:
        open_verify(db, me, "YT1000000000001")
    assert again.value.params["by"] == "孙验货" and again.value.params["step"] == "verified"


def test_wrong_extra_and_missing_items_each_stop_the_order(floor: Floor) -> None:
    db, me = floor.db, floor.verifier
    order_id = open_verify(db, me, "YT1000000000001").parcel.order_id
    verify_scan(db, me, order_id, "O1")
    with pytest.raises(VerifyStop) as wrong:  # 错配
        verify_scan(db, me, order_id, GIFT)
    assert _reason(wrong) == "wrong_item"
    verify_scan(db, me, order_id, CUP)
    with pytest.raises(VerifyStop) as extra:  # 多配
        verify_scan(db, me, order_id, CUP)
    assert _reason(extra) == "extra_item" and extra.value.params["sku"] == "C1-1"
    verify_scan(db, me, order_id, TEA)
    with pytest.raises(VerifyStop) as missing:  # 漏配
        confirm_verify(db, me, order_id)
    assert _reason(missing) == "missing_items" and missing.value.params["missing"] == [
        ("T1-250", 1)
    ]
    with db.read() as session:
        assert session.get_one(Order, order_id).status == "picked"
        stops = session.scalars(
            select(OutboxEvent.payload).where(OutboxEvent.type == "verify.stopped")
        ).all()
        assert [p["reason"] for p in stops] == ["wrong_item", "extra_item", "missing_items"]


def test_document_of_another_order_stops_and_unknown_codes_change_nothing(floor: Floor) -> None:
    db, me = floor.db, floor.verifier
    order_id = open_verify(db, me, "O1").parcel.order_id
    with pytest.raises(VerifyStop) as other:  # R-VER-1
        verify_scan(db, me, order_id, "YT1000000000002")
    assert _reason(other) == "document_mismatch" and other.value.params["other_order"] == "O2"
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(OutboxEvent))
        scans = session.scalar(select(func.count()).select_from(VerifyScan))
    for junk in ("", "   ", "]C1\x1d", "NOT-A-CODE", "YT99999", "1" * 200):
        with pytest.raises(VerifyStop) as unknown:
            verify_scan(db, me, order_id, junk)
        assert _reason(unknown) == "unknown_code"
    with pytest.raises(NotFound):
        open_verify(db, me, "NOT-A-CODE")
    with pytest.raises(VerifyStop) as no_waybill:
        confirm_verify(db, me, order_id)
    assert _reason(no_waybill) == "documents_missing"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEvent)) == before + 1
        assert session.scalar(select(func.count()).select_from(VerifyScan)) == scans


def test_undo_and_resume_on_another_station_keep_the_scans(floor: Floor) -> None:
    db, me = floor.db, floor.verifier
    order_id = open_verify(db, me, "O1").parcel.order_id
    verify_scan(db, me, order_id, TEA)
    verify_scan(db, me, order_id, TEA)
    assert undo_verify_scan(db, me, order_id).scanned == {
        open_verify(db, me, "O1").parcel.lines[1].product_id: 1
    }
    (aside,) = set_aside_orders(db, me)
    assert aside.order_no == "O1" and (aside.scanned_units, aside.units) == (1, 3)
    boss = floor.boss  # another person, another station: the order is where it was
    resumed = open_verify(db, boss, "YT1000000000001")
    assert sum(resumed.scanned.values()) == 1 and resumed.documents == {
        "delivery_note",
        "waybill",
    }
    for code in (TEA, CUP):
        verify_scan(db, boss, order_id, code)
    assert confirm_verify(db, boss, order_id).parcel.status == "verified"
    assert set_aside_orders(db, me) == []


def test_only_picked_orders_and_verifiers(floor: Floor) -> None:
    db = floor.db
    with pytest.raises(PermissionDenied):
        open_verify(db, floor.packer, "O1")
    with db.write() as session:
        session.get_one(Order, floor.one_cup).status = "batched"
    with pytest.raises(WrongOrderState) as early:
        open_verify(db, floor.verifier, "O2")
    assert early.value.params["status"] == "batched"
    with db.read() as session:
        kinds = Counter(session.scalars(select(VerifyScan.kind)))
    assert kinds == Counter()
