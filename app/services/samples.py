"""Photo samples (拍照样品, R-NEW-2,4): the slip and its posting.

The product team takes samples on a transfer slip (样品调拨单, kind
``sample_out``: date, style, size, colour, quantity, extension flag), signed by
the taker and the warehouse supervisor. Posting moves the units from their
bins (oldest lot first) to the sample area and lends them to the taker until
``[new_products].sample_days`` later; an extension is recorded with its reason
and a new due date; returns move the units back; overdue loans are listed for
recall and announced once each in the group chat (:mod:`app.services.sample_loans`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.backoffice_settings import NewProductsSection
from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    Product,
    SampleLoan,
    StockMovement,
    User,
    Warehouse,
)
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.allocation import allocate, available_units, pickable_stock, picking_warehouse
from app.services.context import Actor, authorize
from app.services.documents import (
    WrongDocumentState,
    add_line,
    get_document,
    new_document,
    post_in_session,
    register_poster,
)
from app.services.journal import record_event
from app.services.picking import find_product

SAMPLE_KIND = "sample"  # the sample area's location kind (A-YP-01)
MAX_SAMPLE_QTY = 50  # more than this on one line is a typing error, not a photo sample


class SampleStockShort(DomainError):
    """``params``: sku, wanted, available (pickable units in the warehouse)."""

    code = "sample_stock_short"


class SampleLoanClosed(DomainError):
    """``params``: number, sku, returned_at (the samples are back already)."""

    code = "sample_returned"


@dataclass(frozen=True)
class LoanRow:
    id: str
    number: str  # the slip
    sku: str
    name: str
    style_no: str
    colour: str
    size: str
    quantity: int
    taker: str  # full name
    taken_at: datetime | None
    due_at: datetime  # the extension's date when extended
    extended: bool
    extension_reason: str
    returned_at: datetime | None
    overdue_days: int  # days past due, a started day counting (0: not overdue)


def create_slip(
    db: Database,
    actor: Actor,
    day: date,
    items: Sequence[tuple[str, int]],
    settings: NewProductsSection,
    *,
    extension: bool = False,
    note: str = "",
) -> str:
    """A draft slip for ``items`` (scanned code, quantity) in the station's
    warehouse; each unit is taken from its oldest lot (R-BAT-4). Returns its number."""
    wanted: Counter[str] = Counter()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        if not items:
            raise InvalidInput("a slip needs at least one item", field="items", value=0)
        for code, qty in items:
            if not 1 <= qty <= MAX_SAMPLE_QTY:
                raise InvalidInput("implausible sample quantity", field="quantity", value=qty)
            wanted[find_product(session, code).id] += qty
        warehouse_id = picking_warehouse(session, actor)
        area = _sample_area(session, warehouse_id)
        stock = pickable_stock(session, warehouse_id)
        have = available_units(stock)
        for product_id, qty in wanted.items():
            if have[product_id] < qty:
                sku = session.get(Product, product_id)
                raise SampleStockShort(
                    f"only {have[product_id]} of {sku.sku_code if sku else product_id}",
                    sku=sku.sku_code if sku else product_id,
                    wanted=qty,
                    available=have[product_id],
                )
        document = new_document(
            session, actor, "sample_out", day, warehouse_id=warehouse_id, note=note.strip()
        )
        document.detail = {"extension": extension, "sample_days": settings.sample_days}
        for taken in allocate(stock, wanted):
            add_line(
                session, document, taken.product_id, taken.quantity, taken.quantity,
                lot_id=taken.lot_id, from_location_id=taken.location_id, to_location_id=area.id,
            )  # fmt: skip
        return document.number


def _sample_area(session: Session, warehouse_id: str | None) -> Location:
    area = session.scalar(
        select(Location)
        .where(Location.warehouse_id == warehouse_id, Location.kind == SAMPLE_KIND)
        .order_by(Location.code)
        .limit(1)
    )
    if area is None:
        raise NotFound("this warehouse has no sample area", kind="location", ref=SAMPLE_KIND)
    return area


def _post_slip(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """The poster of ``sample_out``: units to the sample area, a loan per SKU."""
    for line in lines:
        same_lot = (
            StockMovement.lot_id.is_(None)
            if line.lot_id is None
            else StockMovement.lot_id == line.lot_id
        )
        balance = session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                StockMovement.product_id == line.product_id,
                StockMovement.location_id == line.from_location_id,
                same_lot,
            )
        )
        if int(balance or 0) < line.actual_qty:
            product = session.get(Product, line.product_id)
            raise SampleStockShort(
                "the bin no longer holds the samples",
                sku=product.sku_code if product else line.product_id,
                wanted=line.actual_qty,
                available=int(balance or 0),
            )
        assert line.from_location_id is not None and line.to_location_id is not None
        for location_id, delta in ((line.from_location_id, -1), (line.to_location_id, 1)):
            session.add(
                StockMovement(
                    product_id=line.product_id,
                    lot_id=line.lot_id,
                    location_id=location_id,
                    quantity=delta * line.actual_qty,
                    kind="sample_out",
                    document_type="sample_out",
                    document_id=document.id,
                    user_id=actor.user_id,
                    station_id=actor.station_id,
                    created_at=now,
                )
            )
    taker = session.scalar(
        select(DocumentSignature.user_id).where(
            DocumentSignature.document_id == document.id, DocumentSignature.capacity == "taker"
        )
    )
    assert taker is not None  # posting checked the signatures (R-ACC-2)
    days = int(document.detail.get("sample_days", NewProductsSection.sample_days))
    per_product: Counter[str] = Counter()
    for line in lines:
        per_product[line.product_id] += line.actual_qty
    for product_id, qty in per_product.items():
        session.add(
            SampleLoan(
                document_id=document.id,
                product_id=product_id,
                quantity=qty,
                taker_id=taker,
                due_at=now + timedelta(days=days),
            )
        )


register_poster("sample_out", _post_slip)


def post_slip(db: Database, actor: Actor, ref: str, now: datetime) -> list[LoanRow]:
    """Post a signed slip (taker and supervisor, R-NEW-2): its loans."""
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        document = post_in_session(session, actor, get_document(session, ref), now)
        session.flush()
        return [loan_row(session, loan, now) for loan in loans(session, document.id)]


def cancel_slip(db: Database, actor: Actor, ref: str, reason: str) -> str:
    """A draft slip not taken after all is cancelled (kept, never deleted), so
    the day can close (R-ACC-1). Returns its number."""
    if not reason.strip():
        raise InvalidInput("cancelling needs a reason", field="reason", value="")
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        document = get_document(session, ref)
        if document.kind != "sample_out" or document.state != "draft":
            raise WrongDocumentState(
                f"{document.number} is {document.state}",
                number=document.number,
                state=document.state,
            )
        document.state = "cancelled"
        document.note = " ".join(x for x in (document.note, f"作废：{reason.strip()}") if x)
        record_event(
            session, actor, "document.cancelled", {"number": document.number, "reason": reason}
        )
        return document.number


def loans(session: Session, document_id: str | None = None) -> list[SampleLoan]:
    query = select(SampleLoan)
    if document_id is not None:
        query = query.where(SampleLoan.document_id == document_id)
    return list(session.scalars(query))


def days_started(late: timedelta) -> int:
    """Days late, a started day counting as one (0 when not late)."""
    return max(0, -(-late // timedelta(days=1)))


def due_of(loan: SampleLoan) -> datetime:
    return loan.extended_until or loan.due_at


def loan_row(session: Session, loan: SampleLoan, now: datetime) -> LoanRow:
    document = session.get(Document, loan.document_id)
    product = session.get(Product, loan.product_id)
    taker = session.get(User, loan.taker_id)
    assert document is not None and product is not None
    due = due_of(loan)
    late = days_started(now - due) if loan.returned_at is None else 0
    return LoanRow(
        loan.id, document.number, product.sku_code, product.name, product.style_no,
        product.colour, product.size, loan.quantity, taker.full_name if taker else "",
        document.posted_at, due, loan.extended_until is not None, loan.extension_reason,
        loan.returned_at, late,
    )  # fmt: skip


def warehouse_code(db: Database, actor: Actor) -> str:
    """The station's warehouse code (the screens show it)."""
    with db.read() as session:
        wh = picking_warehouse(session, actor)
        return session.scalar(select(Warehouse.code).where(Warehouse.id == wh)) or ""
