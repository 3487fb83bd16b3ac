"""Photo samples (R-NEW-2,4): a slip signed by the taker and the supervisor
moves the units, oldest lot first, to the sample area and lends them for
seven days; extensions keep their reason and land in the event log; returns
move the units back; overdue loans are listed and announced once each. The
photo deadline (R-NEW-3): new products put away more than three days ago
without published photos are listed."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    NewProduct,
    Notice,
    OutboxEvent,
    SampleLoan,
    StockLot,
    StockMovement,
)
from app.demo import load_demo
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.auth import login_with_pin
from app.services.corrections import correct_line
from app.services.documents import SignaturesMissing, sign
from app.services.new_product_photos import late_photos, record_photos_published
from app.services.sample_loans import (
    extend_loan,
    list_loans,
    notify_overdue,
    overdue_samples,
    return_by_code,
    return_loan,
)
from app.services.samples import SampleLoanClosed, SampleStockShort, create_slip, post_slip
from tests.app.services.books_floor import (
    DAY,
    NOW,
    SETTINGS,
    balance,
    boss,
    clerk,
    goods,
    location,
    posted_slip,
    taker,
)


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, orders=0, now=NOW)
    return db


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_signed_slip_moves_the_samples_and_lends_them_for_seven_days(demo: Database) -> None:
    product = goods(demo)
    area = location(demo, "A-YP-01")
    number = create_slip(demo, clerk(demo), DAY, [(product.sku_code, 2)], SETTINGS, extension=True)
    assert number == "YP20261128-001"
    with pytest.raises(SignaturesMissing) as missing:
        post_slip(demo, clerk(demo), number, NOW)
    assert missing.value.params["missing"] == ["taker", "supervisor"]
    sign(demo, clerk(demo), number, "taker", taker(demo), "badge")
    sign(demo, clerk(demo), number, "supervisor", boss(demo), "pin")
    [loan] = post_slip(demo, clerk(demo), number, NOW)
    assert (loan.number, loan.sku, loan.quantity, loan.taker) == (
        number,
        product.sku_code,
        2,
        "吴质检",
    )
    assert (loan.style_no, loan.colour, loan.size) == (
        product.style_no,
        product.colour,
        product.size,
    )
    assert loan.due_at == NOW + timedelta(days=7) and loan.overdue_days == 0
    assert balance(demo, product.id, area.id) == 2
    with demo.read() as session:
        document = session.scalars(select(Document).where(Document.number == number)).one()
        assert document.detail["extension"] is True  # the slip's extension flag
        moves = session.scalars(
            select(StockMovement).where(StockMovement.document_id == document.id)
        ).all()
        assert sorted(m.quantity for m in moves) == [-2, 2]
        assert {m.kind for m in moves} == {"sample_out"}
        assert len({m.lot_id for m in moves}) == 1  # the same lot leaves and arrives


def test_the_oldest_lot_goes_first(demo: Database) -> None:
    product = goods(demo)
    number = posted_slip(demo, product.sku_code, 1)
    with demo.read() as session:
        taken = session.scalars(
            select(StockLot.received_at)
            .join(StockMovement, StockMovement.lot_id == StockLot.id)
            .join(Document, Document.id == StockMovement.document_id)
            .where(Document.number == number)
        ).first()
        oldest = session.scalar(
            select(func.min(StockLot.received_at)).where(StockLot.product_id == product.id)
        )
    assert taken == oldest


def test_bad_slips_are_refused_and_change_nothing(demo: Database) -> None:
    product = goods(demo)
    before = count(demo, Document)
    with pytest.raises(SampleStockShort) as short:
        create_slip(demo, clerk(demo), DAY, [(product.sku_code, 50)], SETTINGS)
    assert short.value.params["wanted"] == 50 and short.value.params["sku"] == product.sku_code
    with pytest.raises(InvalidInput):
        create_slip(demo, clerk(demo), DAY, [(product.sku_code, 0)], SETTINGS)
    with pytest.raises(InvalidInput):
        create_slip(demo, clerk(demo), DAY, [(product.sku_code, 500)], SETTINGS)
    with pytest.raises(InvalidInput):
        create_slip(demo, clerk(demo), DAY, [], SETTINGS)
    with pytest.raises(NotFound):
        create_slip(demo, clerk(demo), DAY, [("NO-SUCH-SKU", 1)], SETTINGS)
    with pytest.raises(PermissionDenied):
        create_slip(
            demo, login_with_pin(demo, "dabao", "1234"), DAY, [(product.sku_code, 1)], SETTINGS
        )
    assert count(demo, Document) == before


def test_a_slip_whose_bin_emptied_before_posting_is_refused(demo: Database) -> None:
    product = goods(demo)
    number = create_slip(demo, clerk(demo), DAY, [(product.sku_code, 1)], SETTINGS)
    sign(demo, clerk(demo), number, "taker", taker(demo), "badge")
    sign(demo, clerk(demo), number, "supervisor", boss(demo), "pin")
    with demo.write() as session:  # everything of that lot in that bin picked meanwhile
        line = session.scalars(select(DocumentLine)).one()
        held = session.scalar(
            select(func.sum(StockMovement.quantity)).where(
                StockMovement.location_id == line.from_location_id,
                StockMovement.lot_id == line.lot_id,
                StockMovement.product_id == product.id,
            )
        )
        session.add(
            StockMovement(
                product_id=product.id,
                lot_id=line.lot_id,
                location_id=line.from_location_id,
                quantity=-int(held or 0),
                kind="pick",
                document_type="ship_batch",
                document_id="x",
                created_at=NOW,
            )  # fmt: skip
        )
    with pytest.raises(SampleStockShort):
        post_slip(demo, clerk(demo), number, NOW)
    assert count(demo, SampleLoan) == 0
    with demo.read() as session:
        assert (
            session.scalars(select(Document.state).where(Document.number == number)).one()
            == "draft"
        )


def test_an_extension_keeps_its_reason_and_is_in_the_event_log(demo: Database) -> None:
    number = posted_slip(demo, goods(demo).sku_code, 1)
    [loan] = list_loans(demo, NOW)
    later = NOW + timedelta(days=10)
    with pytest.raises(InvalidInput):
        extend_loan(demo, clerk(demo), loan.id, later, "   ", NOW)
    with pytest.raises(InvalidInput):
        extend_loan(demo, clerk(demo), loan.id, NOW + timedelta(days=3), "拍摄延期", NOW)
    extended = extend_loan(demo, clerk(demo), loan.id, later, "补拍细节图", NOW)
    assert (extended.due_at, extended.extended, extended.extension_reason) == (
        later,
        True,
        "补拍细节图",
    )
    with demo.read() as session:
        event = session.scalars(
            select(OutboxEvent).where(OutboxEvent.type == "sample.extended")
        ).one()
    assert event.payload["number"] == number and event.payload["reason"] == "补拍细节图"
    assert event.payload["before"] == (NOW + timedelta(days=7)).isoformat()
    assert event.payload["after"] == later.isoformat()
    # Overdue only after the extension's date (R-NEW-4).
    assert overdue_samples(demo, NOW + timedelta(days=8)) == []
    [late] = overdue_samples(demo, NOW + timedelta(days=10, hours=1))
    assert late.overdue_days == 1


def test_returned_samples_go_back_to_their_bin(demo: Database) -> None:
    product = goods(demo)
    area = location(demo, "A-YP-01")
    posted_slip(demo, product.sku_code, 2)
    [loan] = list_loans(demo, NOW)
    back = return_by_code(demo, clerk(demo), product.sku_code, NOW + timedelta(days=2))
    assert back.id == loan.id and back.returned_at == NOW + timedelta(days=2)
    assert balance(demo, product.id, area.id) == 0
    assert list_loans(demo, NOW) == []
    assert [r.id for r in list_loans(demo, NOW, open_only=False)] == [loan.id]
    with pytest.raises(SampleLoanClosed):
        return_loan(demo, clerk(demo), loan.id, NOW)
    with pytest.raises(NotFound):
        return_by_code(demo, clerk(demo), product.sku_code, NOW)
    with pytest.raises(SampleLoanClosed):
        extend_loan(demo, clerk(demo), loan.id, NOW + timedelta(days=20), "x", NOW)
    with demo.read() as session:
        moves = session.scalars(
            select(StockMovement).where(StockMovement.kind == "sample_in")
        ).all()
    assert sorted(m.quantity for m in moves) == [-2, 2]
    assert {m.document_id for m in moves} == {loan.id}


def test_overdue_samples_are_announced_once_each(demo: Database) -> None:
    posted_slip(demo, goods(demo).sku_code, 1)
    posted_slip(demo, goods(demo, 1).sku_code, 1)
    assert notify_overdue(demo, None, NOW + timedelta(days=6)) == 0
    late = NOW + timedelta(days=8)
    assert len(overdue_samples(demo, late)) == 2
    assert notify_overdue(demo, None, late) == 2
    assert notify_overdue(demo, None, late + timedelta(hours=5)) == 0
    with demo.read() as session:
        notices = session.scalars(select(Notice).where(Notice.kind == "sample_overdue")).all()
    assert len(notices) == 2 and all("逾期" in n.title for n in notices)
    # Extended and overdue again: announced again.
    first = overdue_samples(demo, late)[0]
    extend_loan(demo, clerk(demo), first.id, late + timedelta(days=1), "模特档期", late)
    assert notify_overdue(demo, None, late + timedelta(days=2)) == 1


def test_a_corrected_slip_changes_the_loan_and_its_return(demo: Database) -> None:
    product = goods(demo)
    number = posted_slip(demo, product.sku_code, 3)
    correct_line(demo, clerk(demo), number, 1, 2, "只拿了两件", NOW)
    [loan] = list_loans(demo, NOW)
    assert loan.quantity == 2
    assert balance(demo, product.id, location(demo, "A-YP-01").id) == 2
    return_loan(demo, clerk(demo), loan.id, NOW)
    assert balance(demo, product.id, location(demo, "A-YP-01").id) == 0
    with pytest.raises(SampleLoanClosed):
        correct_line(demo, clerk(demo), number, 1, 1, "再改", NOW)


def test_new_products_late_with_their_photos_are_listed(demo: Database) -> None:
    early, recent, published = goods(demo), goods(demo, 1), goods(demo, 2)
    with demo.write() as session:
        for product, days_ago in ((early, 5), (recent, 2), (published, 6)):
            session.add(
                NewProduct(
                    product_id=product.id,
                    received_at=NOW - timedelta(days=days_ago + 1),
                    putaway_done_at=NOW - timedelta(days=days_ago),
                )
            )
    record_photos_published(demo, taker(demo), published.sku_code, NOW - timedelta(days=4))
    [late] = late_photos(demo, NOW, SETTINGS)
    assert (late.sku, late.deadline, late.late_days) == (
        early.sku_code,
        NOW - timedelta(days=2),
        2,
    )
    assert late_photos(demo, NOW, replace(SETTINGS, photo_days=7)) == []
    with pytest.raises(InvalidInput):
        record_photos_published(demo, taker(demo), published.sku_code, NOW)
    with pytest.raises(NotFound):
        record_photos_published(demo, taker(demo), goods(demo, 3).sku_code, NOW)
    record_photos_published(demo, taker(demo), early.sku_code, NOW)
    assert late_photos(demo, NOW, SETTINGS) == []
