"""Pack (R-PAK-1,2) and weigh (R-WEI-1..3): documents of one order before
sealing, material booked out, the weight against the tolerance, the override,
pre-packed parcels skipping the pack station (R-BAT-5)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Location, Order, Product, StockMovement, Weighing
from app.errors import InvalidInput, PermissionDenied
from app.services.pack import (
    PackStop,
    check_pack_document,
    confirm_pack,
    list_materials,
    material_alerts,
    open_pack,
)
from app.services.parcel import AlreadyDone, WrongOrderState
from app.services.verify import confirm_verify, open_verify, verify_scan
from app.services.weigh import WeighStop, approve_weight, open_weigh, weigh_parcel
from app.shipping_settings import PackSection, WeighSection
from tests.app.services.shipping_floor import CUP, GIFT, NOW, TEA, Floor, picked_floor


@pytest.fixture
def floor(db: Database) -> Floor:
    floor = picked_floor(db)
    for note, waybill, items in (
        ("O1", "YT1000000000001", (TEA, TEA, CUP)),
        ("O2", "YT1000000000002", (CUP,)),
        ("O3", "SF1000000000003", (GIFT,)),
    ):
        order_id = open_verify(db, floor.verifier, note).parcel.order_id
        for code in (waybill, *items):
            verify_scan(db, floor.verifier, order_id, code)
        confirm_verify(db, floor.verifier, order_id)
    return floor


def _stock(db: Database, sku: str, kind: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(StockMovement.quantity), 0))
                .join(Product, Product.id == StockMovement.product_id)
                .join(Location, Location.id == StockMovement.location_id)
                .where(Product.sku_code == sku, Location.kind == kind)
            )
        )


def test_pack_checks_both_documents_and_books_out_the_material(floor: Floor) -> None:
    db, me = floor.db, floor.packer
    parcel = open_pack(db, me, "YT1000000000001")
    assert parcel.order_no == "O1"
    assert check_pack_document(db, me, parcel.order_id, "O1") == "delivery_note"
    with pytest.raises(PackStop) as other:  # R-PAK-1
        check_pack_document(db, me, parcel.order_id, "O2")
    assert other.value.params["reason"] == "document_mismatch"
    with pytest.raises(PackStop) as mixed:
        confirm_pack(db, me, parcel.order_id, ("YT1000000000001", "O2"), {"PK-CTN-4": 1})
    assert mixed.value.params["other_order"] == "O2"
    with pytest.raises(PackStop) as not_material:
        confirm_pack(db, me, parcel.order_id, ("YT1000000000001", "O1"), {TEA: 1})
    assert not_material.value.params["reason"] == "not_a_material"
    assert "PK-CTN-4" in [m.sku_code for m in list_materials(db, me)]
    before = _stock(db, "PK-CTN-4", "packing")
    packed = confirm_pack(
        db, me, parcel.order_id, ("YT1000000000001", "O1"), {"PK-CTN-4": 1, "PK-BUB-1": 2}
    )
    assert packed.parcel.status == "packed" and packed.material_weight_g == 220 + 2 * 12
    assert _stock(db, "PK-CTN-4", "packing") == before - 1
    with pytest.raises(AlreadyDone) as twice:
        open_pack(db, me, "O1")
    assert twice.value.params["by"] == "周打包"


def test_weigh_inside_the_tolerance_ships_and_a_second_station_is_told(floor: Floor) -> None:
    db = floor.db
    order_id = open_pack(db, floor.packer, "O1").order_id
    confirm_pack(db, floor.packer, order_id, ("O1", "YT1000000000001"), {"PK-CTN-4": 1})
    state = open_weigh(db, floor.verifier, "YT1000000000001")
    assert state.expected_g == 2 * 260 + 180 + 220 and state.material_g == 220
    assert state.allowed_g == 46  # 5% of 920 g is more than 30 g
    assert state.parcel.sort_zone == "5号区 圆通"  # R-WEI-2
    staged = _stock(db, "T1-250", "staging")
    result = weigh_parcel(db, floor.verifier, order_id, 920 + 46)
    assert result.verdict == "ok" and result.shipped and result.state.parcel.status == "shipped"
    assert _stock(db, "T1-250", "staging") == staged - 2
    with pytest.raises(AlreadyDone) as again:  # the same waybill at a second station
        open_weigh(db, floor.boss, "YT1000000000001")
    assert again.value.params["by"] == "孙验货" and again.value.params["step"] == "weighed"
    assert again.value.params["at"] is not None


def test_off_weight_is_held_until_reweighed_or_approved(floor: Floor) -> None:
    db = floor.db
    order_id = open_pack(db, floor.packer, "O2").order_id
    confirm_pack(db, floor.packer, order_id, ("O2", "YT1000000000002"), {"PK-CTN-5": 1})
    expected = 180 + 160
    off = weigh_parcel(db, floor.verifier, order_id, expected + 31)  # 30 g allowed
    assert off.verdict == "off" and not off.shipped and off.state.parcel.status == "held"
    assert (
        off.difference_g == 31
        and off.state.parcel.held_reason == f"weight_off: {expected + 31}/{expected}/30"
    )
    with pytest.raises(WeighStop) as nobody:
        approve_weight(db, floor.verifier, order_id, None, "客户要求")
    assert nobody.value.params["reason"] == "approval_needed"
    with pytest.raises(PermissionDenied):  # a verifier's badge is no supervisor's
        approve_weight(db, floor.verifier, order_id, floor.packer, "客户要求")
    with pytest.raises(WeighStop) as why:
        approve_weight(db, floor.verifier, order_id, floor.boss, "  ")
    assert why.value.params["reason"] == "reason_needed"
    passed = approve_weight(db, floor.verifier, order_id, floor.boss, "赠品卡片多放一张")
    assert passed.verdict == "override" and passed.state.parcel.status == "shipped"
    with db.read() as session:
        verdicts = session.execute(
            select(Weighing.verdict, Weighing.approver_id, Weighing.reason).order_by(
                Weighing.created_at
            )
        ).all()
    assert [v for v, _, _ in verdicts] == ["off", "override"]
    assert verdicts[1][1] == floor.boss.user_id and verdicts[1][2] == "赠品卡片多放一张"


def test_a_held_parcel_can_be_weighed_again(floor: Floor) -> None:
    db = floor.db
    order_id = open_pack(db, floor.packer, "O2").order_id
    confirm_pack(db, floor.packer, order_id, ("O2", "YT1000000000002"), {"PK-CTN-5": 1})
    assert weigh_parcel(db, floor.verifier, order_id, 100).verdict == "off"
    assert open_weigh(db, floor.verifier, "O2").parcel.status == "held"
    assert weigh_parcel(db, floor.verifier, order_id, 345).shipped


def test_manual_weight_needs_a_supervisor_and_a_reason(floor: Floor) -> None:
    db = floor.db
    order_id = open_pack(db, floor.packer, "O2").order_id
    confirm_pack(db, floor.packer, order_id, ("O2", "YT1000000000002"), {"PK-CTN-5": 1})
    with pytest.raises(WeighStop):
        weigh_parcel(db, floor.verifier, order_id, 340, manual=True)
    with pytest.raises(WeighStop):
        weigh_parcel(db, floor.verifier, order_id, 340, manual=True, approver=floor.boss)
    for bad in (0, -5, 10**6):
        with pytest.raises(InvalidInput):
            weigh_parcel(db, floor.verifier, order_id, bad)
    done = weigh_parcel(
        db, floor.verifier, order_id, 340, manual=True, approver=floor.boss, reason="秤坏了"
    )
    assert done.shipped
    with db.read() as session:
        weighing = session.scalars(select(Weighing)).one()
        assert weighing.manual and weighing.approver_id == floor.boss.user_id


def test_prepacked_parcel_goes_from_verify_straight_to_weighing(floor: Floor) -> None:
    """R-BAT-5: the gift box was packed ahead; the pack station refuses it."""
    db = floor.db
    with pytest.raises(WrongOrderState) as pack:
        open_pack(db, floor.packer, "SF1000000000003")
    assert pack.value.params["prepacked"]
    state = open_weigh(db, floor.verifier, "SF1000000000003")
    assert state.expected_g == 900 and state.parcel.prepacked
    assert state.parcel.sort_zone == "1号区 顺丰"
    assert weigh_parcel(db, floor.verifier, floor.one_gift, 905).shipped


def test_category_tolerances_apply(floor: Floor) -> None:
    db = floor.db
    strict = WeighSection(categories=("gift:5:0",))
    assert open_weigh(db, floor.verifier, "O3", strict).allowed_g == 5
    assert weigh_parcel(db, floor.verifier, floor.one_gift, 910, strict).verdict == "off"


def test_weighing_before_packing_is_refused(floor: Floor) -> None:
    with pytest.raises(WrongOrderState) as early:
        open_weigh(floor.db, floor.verifier, "O1")
    assert early.value.params["status"] == "verified" and early.value.params["step"] == "weigh"
    with floor.db.read() as session:
        assert session.get_one(Order, floor.two_teas_and_a_cup).status == "verified"


def test_material_running_short_is_reported(floor: Floor) -> None:
    """R-PAK-2: at the recent use, the cartons left would last fewer than 10 days."""
    db = floor.db
    order_id = open_pack(db, floor.packer, "O2").order_id
    confirm_pack(db, floor.packer, order_id, ("O2", "YT1000000000002"), {"PK-CTN-1": 1}, now=NOW)
    in_stock = _stock(db, "PK-CTN-1", "packing")
    now = NOW + timedelta(days=1)
    # One carton used in the last day: the stock lasts ``in_stock`` days.
    alerts = material_alerts(
        db, floor.boss, PackSection(reorder_days=in_stock + 1, usage_window_days=1), now
    )
    assert [a.sku_code for a in alerts] == ["PK-CTN-1"]
    assert alerts[0].in_stock == in_stock
    assert alerts[0].days_left == in_stock and alerts[0].daily_use == 1
    enough = PackSection(reorder_days=in_stock, usage_window_days=1)
    assert material_alerts(db, floor.boss, enough, now) == []
