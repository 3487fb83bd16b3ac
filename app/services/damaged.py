"""Damaged goods found in the store (R-STK-3): taken out and recorded at once,
either moved to the defective store (移仓单, ``defect_move``) or scrapped
(拨废单, ``scrap``). Each is a document signed by the people SIGNERS names
(a scrap: keeper and supervisor; a move to the defective store: QC and the
keeper, as QC's own slips, R-QC-5) and posted by the clerk.

The units come off the bin's lots oldest first; units already on another
draft are not taken twice. The move to the defective store is posted by the
QC slips' poster (:mod:`app.services.qc_slips`): out of the bin and into the
defective store, lot kept. A scrap books ``scrap`` movements out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Document, DocumentLine, Location, Product, StockLot, Warehouse
from app.errors import InvalidInput
from app.permissions import Action
from app.services.allocation import HOLDING_DRAFTS
from app.services.context import Actor, authorize
from app.services.documents import (
    add_line,
    get_document,
    new_document,
    post_in_session,
    register_poster,
)
from app.services.journal import record_event
from app.services.qc_slips import DEFECTIVE_KIND, defective_store
from app.services.stock_ops import (
    Booking,
    InsufficientStock,
    Signatures,
    StockOpRefused,
    bin_lots,
    business_day,
    find_bin,
    find_product,
    load_document,
    require_draft,
    require_poster_role,
    sign_stock_document,
    signatures,
    user_name,
)

DAMAGE_KINDS = ("defect_move", "scrap")


@dataclass(frozen=True)
class DamagedItem:
    """Found damaged: a bin, the item's code and how many."""

    bin: str
    code: str
    quantity: int = 1


@dataclass(frozen=True)
class DamageLine:
    line_no: int
    sku: str
    name: str
    bin: str
    lot_reference: str
    quantity: int
    to_bin: str  # the defective store; "" for a scrap


@dataclass(frozen=True)
class DamageInfo:
    number: str
    kind: str  # defect_move or scrap
    state: str
    day: date
    warehouse: str
    reference: str  # the count it was found in, if any
    reason: str
    lines: tuple[DamageLine, ...]
    signatures: Signatures
    posted_by: str

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


def _held(session: Session, product_id: str, location_id: str) -> Counter[str | None]:
    """Units of a bin's lots already on drafts that take them out."""
    rows = session.execute(
        select(DocumentLine.lot_id, func.sum(DocumentLine.expected_qty))
        .join(Document, Document.id == DocumentLine.document_id)
        .where(
            Document.kind.in_(HOLDING_DRAFTS),
            Document.state == "draft",
            DocumentLine.product_id == product_id,
            DocumentLine.from_location_id == location_id,
        )
        .group_by(DocumentLine.lot_id)
    )
    return Counter({lot: int(qty or 0) for lot, qty in rows})


def _takes(
    session: Session, product: Product, location: Location, quantity: int
) -> list[tuple[str | None, int]]:
    """(lot, units) off the bin's free lots, oldest first; refused when short."""
    held = _held(session, product.id, location.id)
    free = [
        (b.lot_id, b.quantity - held[b.lot_id]) for b in bin_lots(session, product.id, location.id)
    ]
    available = sum(max(q, 0) for _, q in free)
    if available < quantity:
        raise InsufficientStock(
            f"{location.code} holds {available} of {product.sku_code} to spare, not {quantity}",
            sku=product.sku_code,
            wanted=quantity,
            available=available,
            where=location.code,
        )
    takes: list[tuple[str | None, int]] = []
    left = quantity
    for lot_id, units in free:
        take = min(left, max(units, 0))
        if take:
            takes.append((lot_id, take))
            left -= take
    return takes


def record_damaged(
    db: Database,
    actor: Actor,
    kind: str,
    items: Sequence[DamagedItem],
    reason: str,
    now: datetime | None = None,
    *,
    reference: str = "",
    day: date | None = None,
) -> DamageInfo:
    """A draft ``defect_move`` or ``scrap`` for damaged units found in bins of
    one warehouse. Refused, nothing written: an unknown item or bin, bins of
    two warehouses, more units than the bin holds to spare, no reason."""
    if kind not in DAMAGE_KINDS:
        raise InvalidInput(f"damaged goods go to {DAMAGE_KINDS}", field="kind", value=kind)
    if not reason.strip():
        raise StockOpRefused("say what is wrong with the goods", reason="reason_missing")
    if not items:
        raise InvalidInput("no damaged items", field="items", value=0)
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        planned: list[tuple[Product, Location, list[tuple[str | None, int]]]] = []
        warehouse: Warehouse | None = None
        for item in items:
            if item.quantity < 1:
                raise InvalidInput("at least one unit", field="quantity", value=item.quantity)
            location = find_bin(session, item.bin, warehouse)
            warehouse = warehouse or session.get(Warehouse, location.warehouse_id)
            if kind == "defect_move" and location.kind == DEFECTIVE_KIND:
                raise StockOpRefused(
                    f"{location.code} is the defective store", reason="nothing_to_do"
                )
            product = find_product(session, item.code)
            takes = _takes(session, product, location, item.quantity)
            planned.append((product, location, takes))
        assert warehouse is not None
        document = new_document(
            session,
            actor,
            kind,
            day or business_day(now),
            warehouse_id=warehouse.id,
            reference=reference.strip().upper(),
            note=reason.strip(),
        )
        document.detail = {"found_in_store": True}  # not one of QC's slips of a delivery
        to_id = defective_store(session, warehouse.id).id if kind == "defect_move" else None
        for product, location, takes in planned:
            for lot_id, units in takes:
                add_line(
                    session,
                    document,
                    product.id,
                    expected_qty=units,
                    actual_qty=units,
                    lot_id=lot_id,
                    from_location_id=location.id,
                    to_location_id=to_id,
                )
        record_event(session, actor, "damaged.recorded", {"number": document.number, "kind": kind})
        return _info(session, document)


def sign_damaged(
    db: Database, actor: Actor, ref: str, capacity: str, signer: Actor, method: str
) -> DamageInfo:
    """A signature on the damaged-goods document (R-ACC-2)."""
    with db.read() as session:
        kind = _kind(session, ref)
    number = sign_stock_document(db, actor, ref, kind, capacity, signer, method)
    return damage_info(db, actor, number)


def _kind(session: Session, ref: str) -> str:
    document = get_document(session, ref)
    if document.kind not in DAMAGE_KINDS:
        raise StockOpRefused(
            f"{document.number} is a {document.kind} document",
            reason="wrong_kind",
            number=document.number,
            kind=document.kind,
        )
    return document.kind


def post_damaged(db: Database, actor: Actor, ref: str, now: datetime | None = None) -> DamageInfo:
    """The clerk posts the signed document: the goods leave the bin."""
    now = now or utcnow()
    with db.write() as session:
        require_poster_role(session, actor)
        document = load_document(session, ref, _kind(session, ref))
        require_draft(document)
        post_in_session(session, actor, document, now)
        return _info(session, document)


def _post_scrap(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """拨废单: the units leave the books (``scrap``), lot by lot."""
    book = Booking(session, actor, document, now)
    for line in lines:
        if line.actual_qty and line.from_location_id:
            book.move(
                line.product_id, line.lot_id, line.from_location_id, -line.actual_qty, "scrap"
            )


register_poster("scrap", _post_scrap)


def _info(session: Session, document: Document) -> DamageInfo:
    codes = {i: c for i, c in session.execute(select(Location.id, Location.code))}
    rows = session.execute(
        select(DocumentLine, Product, StockLot.reference)
        .join(Product, Product.id == DocumentLine.product_id)
        .outerjoin(StockLot, StockLot.id == DocumentLine.lot_id)
        .where(DocumentLine.document_id == document.id)
        .order_by(DocumentLine.line_no)
    ).all()
    warehouse = session.get(Warehouse, document.warehouse_id) if document.warehouse_id else None
    return DamageInfo(
        number=document.number,
        kind=document.kind,
        state=document.state,
        day=document.day,
        warehouse=warehouse.code if warehouse else "",
        reference=document.reference,
        reason=document.note,
        lines=tuple(
            DamageLine(
                line.line_no,
                product.sku_code,
                product.name,
                codes.get(line.from_location_id or "", ""),
                lot or "",
                line.actual_qty,
                codes.get(line.to_location_id or "", ""),
            )
            for line, product, lot in rows
        ),
        signatures=signatures(session, document),
        posted_by=user_name(session, document.posted_by),
    )


def damage_info(db: Database, actor: Actor, ref: str) -> DamageInfo:
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        document = load_document(session, ref, _kind(session, ref))
        return _info(session, document)


def open_damaged(db: Database, actor: Actor) -> list[DamageInfo]:
    """Damaged-goods documents waiting for signatures or posting."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        documents = session.scalars(
            select(Document)
            .where(Document.kind.in_(DAMAGE_KINDS), Document.state == "draft")
            .order_by(Document.number)
        )
        return [_info(session, d) for d in documents if d.detail.get("found_in_store")]
