"""Defective goods back to their suppliers (次品退厂单, R-RET-3): the defective
store grouped per supplier, factories every day and small purchases on the
weekly day (a Monday and a Tuesday pinned), signed by keeper and supervisor,
posted out of the store with the SKUs taken off sale and a notice; the flag
cleared when the replacement arrives or by a supervisor's hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.backoffice_settings import ReturnsSection
from app.db.engine import Database
from app.db.models import (
    Document,
    Location,
    Notice,
    Product,
    StockLot,
    StockMovement,
)
from app.errors import PermissionDenied
from app.services.documents import SignaturesMissing, add_line, new_document, sign
from app.services.off_sale import (
    OffSaleRefused,
    back_on_sale,
    off_sale_products,
    release_on_arrival,
)
from app.services.returns import count_item, open_return
from app.services.returns_posting import post_return
from app.services.returns_qc import qc_decide, sign_return
from app.services.supplier_returns import (
    SupplierReturnRefused,
    make_supplier_returns,
    name_supplier,
    post_supplier_return,
    supplier_returns,
)
from tests.app.services.returns_floor import (
    FACTORY,
    LATER,
    O1_WAYBILL,
    ReturnsFloor,
    shipped_floor,
)
from tests.app.services.shipping_floor import CUP, TEA

SMALL = "小王茶行"  # a small purchase: back once a week
SETTINGS = ReturnsSection(weekly_return_day=1, factory_suppliers=(FACTORY,))
MONDAY = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
TUESDAY = MONDAY + timedelta(days=1)


@pytest.fixture
def floor(db: Database) -> ReturnsFloor:
    return shipped_floor(db)


def product_id(db: Database, sku: str) -> str:
    with db.read() as session:
        return session.scalars(select(Product.id).where(Product.sku_code == sku)).one()


def defective_lot(db: Database, floor: ReturnsFloor, sku: str, qty: int, supplier: str) -> str:
    """``qty`` units of a delivery from ``supplier`` (its inbound order; no
    inbound order when the supplier is "") lying in the defective store."""
    with db.write() as session:
        reference = "GYS-LOST"
        if supplier:
            inbound = new_document(
                session, floor.clerk, "inbound", date(2026, 11, 20), partner=supplier
            )
            reference = inbound.number
        lot = StockLot(
            product_id=product_id(db, sku),
            received_at=datetime(2026, 11, 20, 2, 0, tzinfo=UTC),
            reference=reference,
        )
        session.add(lot)
        session.flush()
        store = session.scalars(select(Location.id).where(Location.code == "A-CP-01")).one()
        session.add(
            StockMovement(
                product_id=lot.product_id,
                lot_id=lot.id,
                location_id=store,
                quantity=qty,
                kind="transfer",
                document_type="defect_move",
            )
        )
        return lot.id


def store_units(db: Database, sku: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(StockMovement.quantity), 0))
                .join(Location, Location.id == StockMovement.location_id)
                .join(Product, Product.id == StockMovement.product_id)
                .where(Location.code == "A-CP-01", Product.sku_code == sku)
            )
        )


def test_factories_go_back_daily_and_small_purchases_on_the_weekly_day(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    defective_lot(db, floor, "T1-250", 3, FACTORY)
    defective_lot(db, floor, "C1-1", 2, SMALL)
    defective_lot(db, floor, "C1-1", 1, "")  # nobody can say where it came from

    tuesday = make_supplier_returns(db, floor.clerk, TUESDAY, SETTINGS)
    assert [(s.supplier, s.factory, s.units) for s in tuesday] == [(FACTORY, True, 3)]
    assert tuesday[0].number == "TC20261201-001" and tuesday[0].warehouse == "A"
    assert [(x.sku_code, x.quantity, x.bin_code) for x in tuesday[0].lines] == [
        ("T1-250", 3, "A-CP-01")
    ]
    assert tuesday[0].missing == ("keeper", "supervisor")


def test_on_the_weekly_day_every_supplier_gets_a_slip_and_the_unknown_one_is_named(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    defective_lot(db, floor, "T1-250", 3, FACTORY)
    defective_lot(db, floor, "C1-1", 2, SMALL)
    defective_lot(db, floor, "C1-1", 1, "")
    monday = make_supplier_returns(db, floor.clerk, MONDAY, SETTINGS)
    assert {(s.supplier, s.factory, s.units) for s in monday} == {
        ("", False, 1),  # the unknown supplier: said so on the slip
        (FACTORY, True, 3),
        (SMALL, False, 2),
    }
    # Made twice the same day: the units are on the drafts already.
    assert make_supplier_returns(db, floor.clerk, MONDAY, SETTINGS) == []
    unknown = next(s for s in monday if not s.supplier)
    sign(db, floor.clerk, unknown.number, "keeper", floor.keeper, "badge")
    sign(db, floor.clerk, unknown.number, "supervisor", floor.boss, "badge")
    with pytest.raises(SupplierReturnRefused) as nameless:
        post_supplier_return(db, floor.clerk, unknown.number, MONDAY)
    assert nameless.value.params["reason"] == "unknown_supplier"
    assert store_units(db, "C1-1") == 3
    named = name_supplier(db, floor.clerk, unknown.number, "老李茶具")
    assert named.supplier == "老李茶具"
    assert post_supplier_return(db, floor.clerk, unknown.number, MONDAY).state == "posted"
    assert store_units(db, "C1-1") == 2
    assert len(supplier_returns(db, floor.clerk)) == 2


def test_units_a_draft_already_takes_out_of_the_store_go_on_no_slip(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    lot = defective_lot(db, floor, "T1-250", 3, FACTORY)
    with db.write() as session:  # a scrap slip (拨废单) waiting for its signatures
        store = session.scalars(select(Location.id).where(Location.code == "A-CP-01")).one()
        scrap = new_document(session, floor.keeper, "scrap", MONDAY.date())
        add_line(session, scrap, product_id(db, "T1-250"), 1, 1, lot_id=lot, from_location_id=store)
    (slip,) = make_supplier_returns(db, floor.clerk, TUESDAY, SETTINGS)
    assert slip.units == 2


def test_posting_takes_the_units_out_and_the_skus_off_sale_with_a_notice(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    defective_lot(db, floor, "T1-250", 3, FACTORY)
    (slip,) = make_supplier_returns(db, floor.clerk, TUESDAY, SETTINGS)
    with pytest.raises(SignaturesMissing):
        post_supplier_return(db, floor.clerk, slip.number, TUESDAY)
    sign(db, floor.clerk, slip.number, "keeper", floor.keeper, "badge")
    sign(db, floor.clerk, slip.number, "supervisor", floor.boss, "pin")
    posted = post_supplier_return(db, floor.clerk, slip.number, TUESDAY)
    assert posted.state == "posted" and posted.posted_at == TUESDAY
    assert store_units(db, "T1-250") == 0
    with db.read() as session:
        moved = session.execute(
            select(StockMovement.kind, StockMovement.quantity, StockMovement.document_type).where(
                StockMovement.document_id
                == select(Document.id).where(Document.number == slip.number).scalar_subquery()
            )
        ).all()
        tea = session.scalars(select(Product).where(Product.sku_code == "T1-250")).one()
        notice = session.scalars(select(Notice).where(Notice.kind == "supplier_return")).one()
    assert moved == [("return", -3, "supplier_return")]
    assert tea.off_sale  # R-RET-3: taken off sale in the shop
    assert notice.title == f"次品退厂：{FACTORY}" and "T1-250" in notice.body
    rows = off_sale_products(db, floor.clerk)
    assert [(r.sku_code, r.slip, r.since, r.arrived_since) for r in rows] == [
        ("T1-250", slip.number, TUESDAY, 0)
    ]
    assert rows[0].good_stock == 18  # 20 received, O1's two shipped


def test_a_slip_whose_units_left_the_store_meanwhile_is_refused_and_changes_nothing(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    lot = defective_lot(db, floor, "T1-250", 3, FACTORY)
    (slip,) = make_supplier_returns(db, floor.clerk, TUESDAY, SETTINGS)
    sign(db, floor.clerk, slip.number, "keeper", floor.keeper, "badge")
    sign(db, floor.clerk, slip.number, "supervisor", floor.boss, "badge")
    with db.write() as session:  # one was scrapped (拨废单) before the slip was posted
        store = session.scalars(select(Location.id).where(Location.code == "A-CP-01")).one()
        session.add(
            StockMovement(
                product_id=product_id(db, "T1-250"),
                lot_id=lot,
                location_id=store,
                quantity=-1,
                kind="scrap",
            )
        )
    with pytest.raises(SupplierReturnRefused) as short:
        post_supplier_return(db, floor.clerk, slip.number, TUESDAY)
    assert short.value.params == {
        "reason": "short",
        "sku": "T1-250",
        "bin": "A-CP-01",
        "have": 2,
        "need": 3,
    }
    assert store_units(db, "T1-250") == 2
    with db.read() as session:
        state = session.scalars(select(Document.state).where(Document.number == slip.number))
        assert state.one() == "draft"
        assert not session.scalar(select(Product.off_sale).where(Product.sku_code == "T1-250"))
        assert session.scalar(select(func.count()).select_from(Notice)) == 0


def test_a_defective_customer_return_goes_back_to_the_supplier_of_its_lot(
    floor: ReturnsFloor,
) -> None:
    """The floor's lots came with the factory's note R: a tea QC finds
    defective in a return lands on the factory's daily slip."""
    db = floor.db
    view = open_return(db, floor.clerk, O1_WAYBILL)
    view = count_item(db, floor.clerk, view.order_id, TEA, "quality", LATER)
    view = count_item(db, floor.clerk, view.order_id, CUP, "quality", LATER)
    sign_return(db, floor.clerk, view.number, "clerk", floor.clerk, "badge")
    qc_decide(db, floor.qc, view.number, TEA, "defective")
    qc_decide(db, floor.qc, view.number, CUP, "resellable")
    sign_return(db, floor.clerk, view.number, "qc", floor.qc, "badge")
    post_return(db, floor.clerk, view.number, LATER)
    (slip,) = make_supplier_returns(db, floor.clerk, LATER, SETTINGS)  # a Wednesday
    assert (slip.supplier, slip.factory) == (FACTORY, True)
    assert [(x.sku_code, x.quantity, x.lot_reference) for x in slip.lines] == [("T1-250", 1, "R")]


def test_off_sale_is_cleared_when_the_replacement_arrives_or_by_a_supervisor(
    floor: ReturnsFloor,
) -> None:
    db = floor.db
    defective_lot(db, floor, "T1-250", 1, FACTORY)
    defective_lot(db, floor, "C1-1", 1, FACTORY)
    (slip,) = make_supplier_returns(db, floor.clerk, TUESDAY, SETTINGS)
    sign(db, floor.clerk, slip.number, "keeper", floor.keeper, "badge")
    sign(db, floor.clerk, slip.number, "supervisor", floor.boss, "badge")
    post_supplier_return(db, floor.clerk, slip.number, TUESDAY)
    assert [r.sku_code for r in off_sale_products(db, floor.clerk)] == ["C1-1", "T1-250"]

    arrived = TUESDAY + timedelta(days=2)
    with db.write() as session:  # the factory's replacement put away into the tea's bin
        bin_id = session.scalars(select(Location.id).where(Location.code == "A-01-05")).one()
        tea = product_id(db, "T1-250")
        session.add(
            StockMovement(
                product_id=tea, location_id=bin_id, quantity=6, kind="putaway", created_at=arrived
            )
        )
    rows = {r.sku_code: r for r in off_sale_products(db, floor.clerk)}
    assert rows["T1-250"].arrived_since == 6 and rows["C1-1"].arrived_since == 0
    with db.write() as session:
        cleared = release_on_arrival(session, floor.clerk, {tea}, arrived)
    assert cleared == ["T1-250"]

    with pytest.raises(PermissionDenied):
        back_on_sale(db, floor.clerk, CUP, arrived)  # listing for sale is the supervisor's
    row = back_on_sale(db, floor.boss, CUP, arrived)
    assert row.sku_code == "C1-1"
    assert off_sale_products(db, floor.clerk) == []
    with pytest.raises(OffSaleRefused) as on_sale:
        back_on_sale(db, floor.boss, CUP, arrived)
    assert on_sale.value.params["reason"] == "not_off_sale"
