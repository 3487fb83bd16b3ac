"""Putaway (上架, R-REC-4): goods of a posted inbound order move from the
receiving area to their bins, scanned item and bin (either first), the lot
kept so FIFO still knows when they came (R-BAT-4).

Only pick and reserve bins take goods: the defective store, the sample
area, packing material and the staging and receiving areas are refused.
Goods QC rejected as a whole delivery (R-QC-3) are not put away. When the
last unit of an order leaves the receiving area, the completion notice goes
out with the quantities (R-REC-4, R-NEW-1), and a best-seller's restock is
announced to sales and product teams (R-NEW-5), in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    PICKABLE_LOCATION_KINDS,
    Document,
    DocumentLine,
    Location,
    NewProduct,
    Notice,
    Product,
    QcInspection,
    StockMovement,
)
from app.errors import DomainError, NotFound
from app.permissions import Action
from app.services.allocation import HOLDING_DRAFTS
from app.services.context import Actor, authorize
from app.services.documents import WrongDocumentState
from app.services.journal import record_event
from app.services.notices import enqueue_notice
from app.services.off_sale import release_on_arrival
from app.services.picking import find_product
from app.services.receiving_view import Inbound, InboundLine, find_inbound, inbound_view

# R-NEW-5: a product is a best-seller when more than this many units shipped
# in the last BEST_SELLER_DAYS days (a caller may pass its own threshold).
BEST_SELLER_UNITS = 50
BEST_SELLER_DAYS = 7


class PutawayRefused(DomainError):
    """A putaway scan refused; nothing moved. ``params['reason']``:
    ``unknown_code``, ``not_on_order`` (``sku``), ``nothing_left`` (``sku``,
    ``left``: fewer units wait than asked), ``unknown_bin`` (``bin``),
    ``other_warehouse`` (``bin``), ``bin_kind`` (``bin``, ``kind``: defective,
    sample …), ``bin_inactive``, ``qc_rejected`` (R-QC-3: the delivery goes back)."""

    code = "putaway_refused"


@dataclass(frozen=True)
class ItemToPut:
    """An item scanned first: its line, and the bins already holding it."""

    line: InboundLine
    bins: tuple[str, ...]


@dataclass(frozen=True)
class PutawayResult:
    inbound: Inbound
    line: InboundLine
    bin_code: str
    quantity: int
    done: bool  # this move emptied the order's receiving area
    notices: tuple[str, ...]  # the kinds queued (putaway_done, restock)


def _posted(session: Session, ref: str) -> Document:
    document = find_inbound(session, ref)
    if document.state != "posted":
        raise WrongDocumentState(
            f"{document.number} is {document.state}", number=document.number, state=document.state
        )
    return document


def _line(session: Session, document: Document, code: str) -> tuple[Product, DocumentLine]:
    try:
        product = find_product(session, code)
    except NotFound:
        raise PutawayRefused(f"no product {code!r}", reason="unknown_code", code=code) from None
    line = session.scalar(
        select(DocumentLine).where(
            DocumentLine.document_id == document.id,
            DocumentLine.product_id == product.id,
            DocumentLine.lot_id.is_not(None),
        )
    )
    if line is None:
        raise PutawayRefused(
            f"{product.sku_code} was not received on {document.number}",
            reason="not_on_order",
            sku=product.sku_code,
            name=product.name,
        )
    rejected = line.decision == "refused" or session.scalar(
        select(QcInspection.id)
        .where(QcInspection.document_id == document.id, QcInspection.verdict == "reject_all")
        .limit(1)
    )
    if rejected:  # R-QC-3: the whole delivery goes back to the supplier
        raise PutawayRefused(
            f"QC rejected {document.number}", reason="qc_rejected", sku=product.sku_code
        )
    return product, line


def _waiting(session: Session, line: DocumentLine) -> int:
    """Units of the line's lot in the receiving area that may go to a bin:
    those QC put on a defect slip (R-QC-5) or another draft takes out wait
    for it, not for the shelf."""
    total = session.scalar(
        select(func.sum(StockMovement.quantity)).where(
            StockMovement.lot_id == line.lot_id, StockMovement.location_id == line.to_location_id
        )
    )
    held = session.scalar(
        select(func.sum(DocumentLine.expected_qty))
        .join(Document, Document.id == DocumentLine.document_id)
        .where(
            Document.kind.in_(HOLDING_DRAFTS),
            Document.state == "draft",
            DocumentLine.lot_id == line.lot_id,
            DocumentLine.from_location_id == line.to_location_id,
        )
    )
    return max(int(total or 0) - int(held or 0), 0)


def _bins_holding(session: Session, product_id: str, warehouse_id: str | None) -> tuple[str, ...]:
    """Pick and reserve bins of the warehouse holding the product, fullest first."""
    rows = session.execute(
        select(Location.code, func.sum(StockMovement.quantity).label("units"))
        .join(StockMovement, StockMovement.location_id == Location.id)
        .where(
            StockMovement.product_id == product_id,
            Location.warehouse_id == warehouse_id,
            Location.kind.in_(PICKABLE_LOCATION_KINDS),
        )
        .group_by(Location.code)
        .having(func.sum(StockMovement.quantity) > 0)
        .order_by(func.sum(StockMovement.quantity).desc(), Location.code)
        .limit(3)
    )
    return tuple(code for code, _units in rows)


def item_to_put(db: Database, actor: Actor, ref: str, code: str) -> ItemToPut:
    """An item scanned before its bin: refused at once when it cannot be put
    away; else where that product already lies (a hint, not a rule)."""
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        document = _posted(session, ref)
        product, line = _line(session, document, code)
        if _waiting(session, line) < 1:
            raise PutawayRefused(
                f"{product.sku_code} is put away already",
                reason="nothing_left",
                sku=product.sku_code,
                left=0,
            )
        view = inbound_view(session, document, product.id)
        found = view.line_for(product.id)
        assert found is not None
        return ItemToPut(found, _bins_holding(session, product.id, document.warehouse_id))


def _bin(session: Session, document: Document, code: str) -> Location:
    code = code.strip().upper()
    found = list(session.scalars(select(Location).where(Location.code == code)))
    if not found:
        raise PutawayRefused(f"no bin {code}", reason="unknown_bin", bin=code)
    here = next((b for b in found if b.warehouse_id == document.warehouse_id), None)
    if here is None:
        raise PutawayRefused(f"{code} is in another warehouse", reason="other_warehouse", bin=code)
    if here.kind not in PICKABLE_LOCATION_KINDS:
        raise PutawayRefused(
            f"{code} is a {here.kind} location", reason="bin_kind", bin=code, kind=here.kind
        )
    if not here.active:
        raise PutawayRefused(f"{code} is not in use", reason="bin_inactive", bin=code)
    return here


def check_bin(db: Database, actor: Actor, ref: str, bin_code: str) -> str:
    """A bin scanned before the items: refused at once when it takes no goods."""
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        return _bin(session, _posted(session, ref), bin_code).code


def put_away(
    db: Database,
    actor: Actor,
    ref: str,
    item_code: str,
    bin_code: str,
    now: datetime,
    quantity: int = 1,
    best_seller_units: int = BEST_SELLER_UNITS,
) -> PutawayResult:
    """Move ``quantity`` units of the scanned item from the receiving area to
    the scanned bin: two ``putaway`` movements, same lot."""
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = _posted(session, ref)
        product, line = _line(session, document, item_code)
        target = _bin(session, document, bin_code)
        left = _waiting(session, line)
        if quantity < 1 or left < quantity:
            raise PutawayRefused(
                f"{left} of {product.sku_code} wait for putaway, not {quantity}",
                reason="nothing_left",
                sku=product.sku_code,
                left=left,
                quantity=quantity,
            )
        assert line.to_location_id is not None
        for location_id, delta in ((line.to_location_id, -quantity), (target.id, quantity)):
            session.add(
                StockMovement(
                    product_id=product.id,
                    lot_id=line.lot_id,
                    location_id=location_id,
                    quantity=delta,
                    kind="putaway",
                    document_type="inbound",
                    document_id=document.id,
                    user_id=actor.user_id,
                    station_id=actor.station_id,
                    created_at=now,
                )
            )
        session.flush()
        record_event(
            session,
            actor,
            "inbound.put_away",
            {"number": document.number, "sku": product.sku_code, "bin": target.code,
             "quantity": quantity},
        )  # fmt: skip
        view = inbound_view(session, document, product.id)
        # Done when nothing waits for a shelf: units on a QC defect slip wait
        # for the slip (R-QC-5), not for putaway.
        lines = session.scalars(
            select(DocumentLine).where(
                DocumentLine.document_id == document.id, DocumentLine.lot_id.is_not(None)
            )
        )
        done = all(_waiting(session, ln) == 0 for ln in lines)
        queued: tuple[str, ...] = ()
        if done and not _announced(session, document):
            queued = _putaway_done(session, actor, document, view, now, best_seller_units)
        found = view.line_for(product.id)
        assert found is not None
        return PutawayResult(view, found, target.code, quantity, done, queued)


def _announced(session: Session, document: Document) -> bool:
    return (
        session.scalar(
            select(Notice.id).where(
                Notice.document_id == document.id, Notice.kind == "putaway_done"
            )
        )
        is not None
    )


def _putaway_done(
    session: Session,
    actor: Actor,
    document: Document,
    view: Inbound,
    now: datetime,
    best_seller_units: int,
) -> tuple[str, ...]:
    """R-REC-4 / R-NEW-1: the completion notice with the quantities; new
    products' putaway time (their photo deadline counts from it, R-NEW-3);
    R-NEW-5: a best-seller's restock announced too."""
    lines = [ln for ln in view.lines if ln.signed > 0]
    bins = _bins_of(session, document)
    rows = [
        f"款号 {ln.style_no} {ln.name} {_spec(ln)}：入库 {ln.signed} 件，上架 {ln.put_away} 件"
        f"（{'、'.join(bins.get(ln.product_id, ())) or '-'}）"
        for ln in lines
    ]
    body = "\n".join([f"{view.supplier} 送货单 {view.reference}，已全部上架，请上架销售", *rows])
    enqueue_notice(session, actor, "putaway_done", f"上架完成 {document.number}", body, document.id)
    for new in session.scalars(
        select(NewProduct).where(
            NewProduct.product_id.in_([ln.product_id for ln in lines]),
            NewProduct.putaway_done_at.is_(None),
        )
    ):
        new.putaway_done_at = now
    queued = ["putaway_done"]
    sold = _shipped_since(session, [ln.product_id for ln in lines], now)
    best = [ln for ln in lines if sold.get(ln.product_id, 0) > best_seller_units]
    if best:
        rows = [
            f"款号 {ln.style_no} {ln.name} {_spec(ln)}：补货 {ln.signed} 件已上架，"
            f"近{BEST_SELLER_DAYS}天售出 {sold[ln.product_id]} 件"
            for ln in best
        ]
        enqueue_notice(
            session,
            actor,
            "restock",
            f"畅销款补货到仓 {document.number}",
            "\n".join(["致销售部、产品部：畅销款补货已上架，可以销售", *rows]),
            document.id,
        )
        queued.append("restock")
    # R-RET-3: a SKU taken off sale for a supplier return is back on sale once
    # the supplier's replacement is on the shelf.
    back_on_sale = release_on_arrival(session, actor, {ln.product_id for ln in lines}, now)
    record_event(
        session,
        actor,
        "inbound.putaway_done",
        {"number": document.number, "notices": queued, "back_on_sale": back_on_sale},
    )
    return tuple(queued)


def _spec(line: InboundLine) -> str:
    return "/".join(x for x in (line.colour, line.size) if x)


def _bins_of(session: Session, document: Document) -> dict[str, tuple[str, ...]]:
    """Per product: the bins this order's goods were put away to."""
    found: dict[str, list[str]] = defaultdict(list)
    for product_id, code in session.execute(
        select(StockMovement.product_id, Location.code)
        .join(Location, Location.id == StockMovement.location_id)
        .where(
            StockMovement.document_type == "inbound",
            StockMovement.document_id == document.id,
            StockMovement.kind == "putaway",
            StockMovement.quantity > 0,
        )
        .group_by(StockMovement.product_id, Location.code)
        .order_by(Location.code)
    ):
        found[product_id].append(code)
    return {k: tuple(v) for k, v in found.items()}


def _shipped_since(session: Session, product_ids: list[str], now: datetime) -> dict[str, int]:
    """Units shipped per product in the last BEST_SELLER_DAYS days (R-NEW-5)."""
    since = now - timedelta(days=BEST_SELLER_DAYS)
    return {
        product_id: -int(total or 0)
        for product_id, total in session.execute(
            select(StockMovement.product_id, func.sum(StockMovement.quantity))
            .where(
                StockMovement.product_id.in_(product_ids),
                StockMovement.kind == "ship",
                StockMovement.created_at >= since,
                StockMovement.created_at <= now,
            )
            .group_by(StockMovement.product_id)
        )
    }
