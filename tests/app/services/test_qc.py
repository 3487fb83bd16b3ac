"""QC of a delivery on a real database (R-QC-1..5): rounds recorded per colour
and size with who and when; a delivery under 70% rejected whole, its lines
refused and the general manager's office told; a full inspection's defective
units moved to the defective store on a transfer slip signed by QC and the
keeper, lot kept; bad input changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.backoffice_settings import QcSection
from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    Notice,
    QcInspection,
    StockLot,
    StockMovement,
    Warehouse,
)
from app.demo import load_demo
from app.errors import NotFound, PermissionDenied
from app.services.auth import login_with_badge, login_with_pin
from app.services.context import Actor
from app.services.documents import SignatureRefused, add_line, new_document
from app.services.qc import open_deliveries, open_delivery, record_round, sku_state
from app.services.qc_rules import QcRefused, Step, Why
from app.services.qc_slips import DefectMoveRefused, sign_slip

DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
QC = QcSection()
LOW = QcSection(reject_below_pct=50)  # a supervisor's lower reject line
GREEN, RED, BAMBOO = "LJ01-050-GN", "LJ01-050-RD", "LJ03-050-BM"
QC_BADGE, KEEPER_BADGE, PACKER_BADGE = "USR0007", "USR0004", "USR0006"


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, orders=0, now=NOW)
    return db


@pytest.fixture
def inspector(demo: Database) -> Actor:
    return login_with_pin(demo, "zhijian", "1234")


def receiving_area(session: Session) -> Location:
    """Where signed-for goods wait for QC and putaway (the receiving module's A-SH-01)."""
    area = session.scalar(select(Location).where(Location.code == "A-SH-01"))
    if area is None:
        warehouse = session.scalars(select(Warehouse).where(Warehouse.code == "A")).one()
        area = Location(warehouse_id=warehouse.id, code="A-SH-01", kind="receiving", zone="SH")
        session.add(area)
        session.flush()
    return area


def delivery(db: Database, units: dict[str, int], *, booked: bool = True) -> str:
    """An inbound order (入库单) for ``units`` per SKU, posted, its goods booked
    into the receiving area as new lots (as receiving would have done)."""
    clerk = login_with_pin(db, "wenyuan", "1234")
    with db.write() as session:
        warehouse = session.scalars(select(Warehouse).where(Warehouse.code == "A")).one()
        area = receiving_area(session)
        document = new_document(
            session, clerk, "inbound", DAY, warehouse_id=warehouse.id, reference="GYS-88",
            partner="龙井茶厂",
        )  # fmt: skip
        for sku, qty in units.items():
            product_id = product_of(session, sku)
            line = add_line(session, document, product_id, qty, qty, to_location_id=area.id)
            if booked:
                lot = StockLot(product_id=product_id, received_at=NOW, reference=document.number)
                session.add(lot)
                session.flush()
                line.lot_id = lot.id
                session.add(
                    StockMovement(
                        product_id=product_id,
                        lot_id=lot.id,
                        location_id=area.id,
                        quantity=qty,
                        kind="receive",
                        document_type="inbound",
                        document_id=document.number,
                        created_at=NOW,
                    )  # fmt: skip
                )
        document.state = "posted" if booked else "draft"
        document.posted_at = NOW if booked else None
        return document.number


def product_of(session: Session, sku: str) -> str:
    from app.db.models import Product

    return session.scalars(select(Product.id).where(Product.sku_code == sku)).one()


def stock(db: Database, sku: str) -> dict[tuple[str, str | None], int]:
    """Units per (location code, lot) of a SKU in the receiving area and the
    defective store, from the ledger (the demo's own stock is in the bins)."""
    with db.read() as session:
        rows = session.execute(
            select(Location.code, StockMovement.lot_id, func.sum(StockMovement.quantity))
            .join(Location, Location.id == StockMovement.location_id)
            .where(
                StockMovement.product_id == product_of(session, sku),
                Location.code.in_(["A-SH-01", "A-CP-01"]),
            )
            .group_by(Location.code, StockMovement.lot_id)
        ).all()
        return {(code, lot): int(qty) for code, lot, qty in rows if qty}


def counts(db: Database) -> tuple[int, ...]:
    """Rows that a refused action must leave as they were."""
    with db.read() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (QcInspection, Notice, Document, StockMovement, DocumentSignature)
        )


def test_a_clean_first_sample_passes_and_is_recorded_with_who_and_when(
    demo: Database, inspector: Actor
) -> None:
    number = delivery(demo, {GREEN: 45})
    opened = open_delivery(demo, inspector, number, QC)
    sku = opened.skus[0]
    assert (sku.sku_code, sku.delivered, sku.next.step, sku.next.units, sku.next.why) == (
        GREEN,
        45,
        Step.DRAW,
        5,
        Why.FIRST_SAMPLE,
    )
    assert sku_state(demo, inspector, number, GREEN, QC).next.units == 5
    done = record_round(demo, inspector, number, GREEN, 5, 5, QC, NOW)
    assert (done.sku.next.step, done.slip, done.notices) == (Step.PASS, None, ())
    assert done.delivery.complete and not done.delivery.rejected
    with demo.read() as session:
        row = session.scalars(select(QcInspection)).one()
        assert (row.round_no, row.drawn, row.passed, row.verdict) == (1, 5, 5, "pass")
        assert row.user_id == inspector.user_id and row.created_at == NOW


def test_under_100_percent_then_every_unit_and_the_defective_ones_to_the_defective_store(
    demo: Database, inspector: Actor
) -> None:
    number = delivery(demo, {GREEN: 45})
    first = record_round(demo, inspector, number, GREEN, 5, 4, QC, NOW)  # 80%: R-QC-2
    assert (first.sku.next.step, first.sku.next.why, first.sku.next.units) == (
        Step.DRAW,
        Why.BELOW_PASS,
        5,
    )
    second = record_round(demo, inspector, number, GREEN, 5, 5, QC, NOW)  # 9/10 = 90%
    assert (second.sku.next.step, second.sku.next.units) == (Step.INSPECT_ALL, 35)
    assert second.sku.next.rate_text == "9/10 = 90.0%"
    full = record_round(demo, inspector, number, GREEN, 35, 33, QC, NOW)
    assert (full.sku.next.step, full.sku.next.defective) == (Step.INSPECTED, 3)
    assert full.notices == ("supplier_return",)
    slip = full.slip
    assert slip is not None and slip.number.startswith("YK20261128-")
    assert [(ln.sku_code, ln.quantity, ln.from_code, ln.to_code) for ln in slip.lines] == [
        (GREEN, 3, "A-SH-01", "A-CP-01")
    ]
    assert slip.missing == ("qc", "keeper")
    with demo.read() as session:
        verdicts = session.scalars(select(QcInspection.verdict).order_by(QcInspection.round_no))
        assert list(verdicts) == ["resample", "full_inspection", "full_inspection"]
        notice = session.scalars(select(Notice)).one()
        assert "次品 3 件" in notice.body and slip.number in notice.body
    lot = next(iter(stock(demo, GREEN)))[1]

    # R-QC-5: signed by QC and the keeper (a packer cannot), posted at the second
    before = counts(demo)
    packer = login_with_badge(demo, PACKER_BADGE)
    with pytest.raises(SignatureRefused) as refused:
        sign_slip(demo, inspector, slip.number, packer, "badge", NOW)
    assert refused.value.params["reason"] == "role"
    assert counts(demo) == before
    half = sign_slip(demo, inspector, slip.number, login_with_badge(demo, QC_BADGE), "badge", NOW)
    assert (half.state, half.missing, half.signed) == ("draft", ("keeper",), (("qc", "吴质检"),))
    assert stock(demo, GREEN) == {("A-SH-01", lot): 45}
    posted = sign_slip(
        demo, inspector, slip.number, login_with_badge(demo, KEEPER_BADGE), "badge", NOW
    )
    assert (posted.state, posted.missing) == ("posted", ())
    assert stock(demo, GREEN) == {("A-SH-01", lot): 42, ("A-CP-01", lot): 3}
    with demo.read() as session:
        moves = session.scalars(
            select(StockMovement).where(StockMovement.document_type == "defect_move")
        ).all()
        slip_id = session.scalars(select(Document.id).where(Document.number == slip.number)).one()
        assert {(m.quantity, m.kind, m.document_id) for m in moves} == {
            (-3, "transfer", slip_id),  # ledger rows name the document by its id
            (3, "transfer", slip_id),
        }
    assert open_delivery(demo, inspector, number, QC).slips[0].state == "posted"


def test_under_70_percent_over_both_samples_rejects_the_whole_delivery(
    demo: Database, inspector: Actor
) -> None:
    number = delivery(demo, {GREEN: 20, RED: 30})
    record_round(demo, inspector, number, GREEN, 2, 1, QC, NOW)
    rejected = record_round(demo, inspector, number, GREEN, 2, 1, QC, NOW)  # 2/4 = 50%
    assert rejected.sku.next.step is Step.REJECT_ALL and rejected.sku.next.rule == "R-QC-3"
    assert rejected.notices == ("qc_rejected",) and rejected.slip is None
    delivery_qc = rejected.delivery
    assert delivery_qc.rejected and delivery_qc.complete
    red = next(s for s in delivery_qc.skus if s.sku_code == RED)
    assert red.rejected_with_delivery and not red.open
    with demo.read() as session:
        lines = session.scalars(select(DocumentLine).order_by(DocumentLine.line_no)).all()
        assert [ln.decision for ln in lines] == ["refused", "refused"]
        assert all("2/4 = 50.0% < 70% (R-QC-3)" in ln.note for ln in lines)
        notice = session.scalars(select(Notice)).one()
        assert (notice.kind, notice.state, notice.document_id) == (
            "qc_rejected",
            "queued",
            lines[0].document_id,
        )
        assert "整单退货" in notice.title and "50.0%" in notice.body and "总经办" in notice.body
    before = counts(demo)
    with pytest.raises(QcRefused) as refused:  # nothing more to inspect on it
        record_round(demo, inspector, number, RED, 3, 3, QC, NOW)
    assert refused.value.params["reason"] == "rejected"
    assert counts(demo) == before
    assert open_deliveries(demo, inspector, QC) == []


@pytest.mark.parametrize(
    ("units", "rounds", "step"),
    [
        (10_000, [(1000, 999)], Step.DRAW),  # 99.9%: another 10%
        (10_000, [(1000, 999), (1000, 399)], Step.REJECT_ALL),  # 1398/2000 = 69.9%
        (10_000, [(1000, 999), (1000, 401)], Step.INSPECT_ALL),  # 1400/2000 = 70%
        (1, [(1, 0)], Step.REJECT_ALL),  # a delivery of one unit: judged on it
        (9, [(1, 1)], Step.PASS),  # 9 units draw 1
    ],
)
def test_the_edges_through_the_database(
    demo: Database,
    inspector: Actor,
    units: int,
    rounds: list[tuple[int, int]],
    step: Step,
) -> None:
    number = delivery(demo, {GREEN: units})
    for drawn, passed in rounds:
        recorded = record_round(demo, inspector, number, GREEN, drawn, passed, QC, NOW)
    assert recorded.sku.next.step is step


def test_bad_input_is_refused_and_changes_nothing(demo: Database, inspector: Actor) -> None:
    number = delivery(demo, {GREEN: 45})
    before = counts(demo)
    with pytest.raises(QcRefused) as wrong:
        record_round(demo, inspector, number, GREEN, 4, 4, QC, NOW)  # the rule says 5
    assert wrong.value.params == {"reason": "wrong_drawn", "expected": 5, "drawn": 4}
    with pytest.raises(QcRefused) as too_many:
        record_round(demo, inspector, number, GREEN, 5, 6, QC, NOW)
    assert too_many.value.params["reason"] == "passed_out_of_range"
    with pytest.raises(QcRefused) as elsewhere:
        record_round(demo, inspector, number, RED, 5, 5, QC, NOW)
    assert elsewhere.value.params["reason"] == "not_on_document"
    with pytest.raises(NotFound):
        record_round(demo, inspector, number, "NO-SUCH-SKU", 5, 5, QC, NOW)
    with pytest.raises(NotFound):
        open_delivery(demo, inspector, "RK20990101-001", QC)
    with pytest.raises(PermissionDenied):
        record_round(demo, login_with_pin(demo, "dabao", "1234"), number, GREEN, 5, 5, QC, NOW)
    clerk = login_with_pin(demo, "wenyuan", "1234")
    with demo.write() as session:
        count_doc = new_document(session, clerk, "count", DAY).number
    before = counts(demo)
    with pytest.raises(QcRefused) as not_inbound:
        open_delivery(demo, inspector, count_doc, QC)
    assert not_inbound.value.params["reason"] == "not_inbound"
    record_round(demo, inspector, number, GREEN, 5, 5, QC, NOW)
    with pytest.raises(QcRefused) as finished:
        record_round(demo, inspector, number, GREEN, 5, 5, QC, NOW)
    assert finished.value.params["reason"] == "finished"
    assert counts(demo)[0] == before[0] + 1


def test_a_slip_once_signed_takes_no_more_lines(demo: Database, inspector: Actor) -> None:
    lenient = QcSection(pass_pct=80)  # a sample at 80% passes, its defective unit goes back
    number = delivery(demo, {GREEN: 50, RED: 50})
    first = record_round(demo, inspector, number, GREEN, 5, 4, lenient, NOW)
    assert first.sku.next.step is Step.PASS and first.slip is not None
    sign_slip(demo, inspector, first.slip.number, login_with_badge(demo, QC_BADGE), "badge", NOW)
    second = record_round(demo, inspector, number, RED, 5, 4, lenient, NOW)
    assert second.slip is not None and second.slip.number != first.slip.number
    assert [s.units for s in second.delivery.slips] == [1, 1]


def test_the_slip_waits_for_the_goods_to_be_booked_in_and_to_be_there(
    demo: Database, inspector: Actor
) -> None:
    draft = delivery(demo, {BAMBOO: 10}, booked=False)  # QC before the inbound is posted
    record_round(demo, inspector, draft, BAMBOO, 1, 0, QC, NOW)
    result = record_round(demo, inspector, draft, BAMBOO, 1, 1, QC, NOW)  # 1/2: rejected
    assert result.sku.next.step is Step.REJECT_ALL
    number = delivery(demo, {GREEN: 10}, booked=False)
    record_round(demo, inspector, number, GREEN, 1, 0, LOW, NOW)
    record_round(demo, inspector, number, GREEN, 1, 1, LOW, NOW)  # 1/2 = 50%: every unit
    done = record_round(demo, inspector, number, GREEN, 8, 7, LOW, NOW)
    assert done.slip is not None and done.slip.lines[0].from_code == "A-SH-01"
    sign_slip(demo, inspector, done.slip.number, login_with_badge(demo, QC_BADGE), "badge", NOW)
    before = counts(demo)
    keeper = login_with_badge(demo, KEEPER_BADGE)
    with pytest.raises(DefectMoveRefused) as waiting:
        sign_slip(demo, inspector, done.slip.number, keeper, "badge", NOW)
    assert waiting.value.params["reason"] == "not_received"
    assert counts(demo) == before  # the keeper's signature is not kept either

    # booked in, then put away before the slip: the units are no longer there
    booked = delivery(demo, {RED: 10})
    record_round(demo, inspector, booked, RED, 1, 0, LOW, NOW)
    record_round(demo, inspector, booked, RED, 1, 1, LOW, NOW)
    slip = record_round(demo, inspector, booked, RED, 8, 8, LOW, NOW)
    assert slip.slip is not None
    with demo.write() as session:
        area = receiving_area(session)
        lot = session.scalars(
            select(StockMovement.lot_id).where(StockMovement.document_id == booked)
        ).one()
        session.add(
            StockMovement(
                product_id=product_of(session, RED),
                lot_id=lot,
                location_id=area.id,
                quantity=-10,
                kind="putaway",
                created_at=NOW,
            )  # fmt: skip
        )
    sign_slip(demo, inspector, slip.slip.number, login_with_badge(demo, QC_BADGE), "badge", NOW)
    with pytest.raises(DefectMoveRefused) as short:
        sign_slip(demo, inspector, slip.slip.number, keeper, "badge", NOW)
    assert short.value.params == {
        "reason": "short",
        "sku": RED,
        "location": "A-SH-01",
        "on_hand": 0,
        "quantity": 1,
    }


def test_open_deliveries_lists_what_still_needs_qc(demo: Database, inspector: Actor) -> None:
    first = delivery(demo, {GREEN: 45})
    second = delivery(demo, {RED: 10, BAMBOO: 10})
    listed = open_deliveries(demo, inspector, QC)
    assert [(d.number, d.skus, d.skus_done) for d in listed] == [(second, 2, 0), (first, 1, 0)]
    record_round(demo, inspector, second, RED, 1, 1, QC, NOW)
    record_round(demo, inspector, first, GREEN, 5, 5, QC, NOW)
    assert [(d.number, d.skus_done) for d in open_deliveries(demo, inspector, QC)] == [(second, 1)]


def test_a_defect_move_not_made_by_qc_moves_what_its_lines_say(
    demo: Database, inspector: Actor
) -> None:
    """Damaged goods found in a bin (R-STK-3) use the same poster; a reference
    that happens to name an inbound order does not redirect them."""
    number = delivery(demo, {GREEN: 45})
    keeper = login_with_pin(demo, "peihuo", "1234")
    with demo.write() as session:
        bin_a = session.scalars(select(Location).where(Location.code == "A-01-01")).one()
        product_id = product_of(session, GREEN)
        slip = new_document(session, keeper, "defect_move", DAY, reference=number)
        session.add(
            StockMovement(
                product_id=product_id,
                location_id=bin_a.id,
                quantity=2,
                kind="receive",
                created_at=NOW,
            )  # fmt: skip
        )
        add_line(session, slip, product_id, 2, 2, from_location_id=bin_a.id)
        slip_number = slip.number
    assert open_delivery(demo, inspector, number, QC).slips == ()  # not one of QC's slips
    sign_slip(demo, inspector, slip_number, login_with_badge(demo, QC_BADGE), "badge", NOW)
    posted = sign_slip(
        demo, inspector, slip_number, login_with_badge(demo, KEEPER_BADGE), "badge", NOW
    )
    assert [(ln.from_code, ln.to_code, ln.quantity) for ln in posted.lines] == [
        ("A-01-01", "A-CP-01", 2)
    ]
    assert stock(demo, GREEN)[("A-CP-01", None)] == 2
