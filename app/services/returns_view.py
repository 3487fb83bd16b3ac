"""What the returns desk shows of a returned order and its 退货单 (R-RET-1,2):
plain records read in the caller's transaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    Order,
    Product,
    User,
)
from app.services.documents import missing_signatures
from app.services.parcel import parcel_of


@dataclass(frozen=True)
class ReturnLine:
    line_no: int
    product_id: str
    sku_code: str
    name: str
    spec: str  # colour and size
    reason: str
    quantity: int
    decision: str  # "" until QC decides
    to_bin: str  # after posting: where the units went ("" refused)


@dataclass(frozen=True)
class OrderItem:
    """What the order shipped of one SKU and what came back."""

    product_id: str
    sku_code: str
    name: str
    spec: str
    shipped: int
    returned_before: int  # accepted by earlier posted returns
    counted: int  # on this return


@dataclass(frozen=True)
class ReturnView:
    order_id: str
    order_no: str
    waybill_no: str
    shop: str
    recipient: str
    order_status: str
    items: tuple[OrderItem, ...]
    number: str = ""  # the 退货单, once the first unit is counted
    state: str = ""  # draft | posted | cancelled
    mode: str = "refund"
    lines: tuple[ReturnLine, ...] = ()
    signatures: tuple[tuple[str, str], ...] = ()  # (capacity, full name)
    missing: tuple[str, ...] = ("clerk", "qc")
    replacements: tuple[tuple[str, int], ...] = ()  # (SKU, units) to send instead
    exchange_order_no: str = ""
    last_sku: str = ""  # the unit the last scan counted or decided

    @property
    def stage(self) -> str:
        """count -> qc -> post -> done (or cancelled)."""
        if self.state in ("posted", "cancelled"):
            return "done" if self.state == "posted" else "cancelled"
        if "clerk" in self.missing:
            return "count"
        return "qc" if "qc" in self.missing else "post"

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    def signed_by(self, capacity: str) -> str:
        return next((name for c, name in self.signatures if c == capacity), "")


def spec_of(product: Product) -> str:
    return " ".join(x for x in (product.colour, product.size) if x)


def order_returns(session: Session, order: Order, state: str) -> list[Document]:
    """The order's 退货单 in ``state`` (the reference is the order number)."""
    documents = session.scalars(
        select(Document)
        .where(
            Document.kind == "return_in",
            Document.reference == order.platform_order_no,
            Document.state == state,
        )
        .order_by(Document.number)
    )
    return [d for d in documents if d.detail.get("order_id") == order.id]


def document_lines(session: Session, document: Document) -> list[DocumentLine]:
    return list(
        session.scalars(
            select(DocumentLine)
            .where(DocumentLine.document_id == document.id)
            .order_by(DocumentLine.line_no)
        )
    )


def accepted_units(lines: list[DocumentLine]) -> Counter[str]:
    """Units per product taken back into the warehouse (refused ones went
    back to the customer)."""
    units: Counter[str] = Counter()
    for line in lines:
        if line.actual_qty > 0 and line.decision != "refused":
            units[line.product_id] += line.actual_qty
    return units


def returned_before(session: Session, order: Order) -> Counter[str]:
    """Units of each product that posted returns of the order took back
    (refused units went back to the customer: they count as still out)."""
    taken: Counter[str] = Counter()
    for document in order_returns(session, order, "posted"):
        taken.update(accepted_units(document_lines(session, document)))
    return taken


def return_view(
    session: Session, order: Order, document: Document | None, last_sku: str = ""
) -> ReturnView:
    """The order, what it shipped and what came back, and the return's lines."""
    parcel = parcel_of(session, order)
    lines = document_lines(session, document) if document is not None else []
    counted: Counter[str] = Counter()
    for line in lines:
        counted[line.product_id] += line.actual_qty
    before = returned_before(session, order)
    if document is not None and document.state == "posted":  # not before itself
        before.subtract(accepted_units(lines))
    items = tuple(
        OrderItem(
            p.product_id,
            p.sku_code,
            p.name,
            " ".join(x for x in (p.colour, p.size) if x),  # as spec_of
            p.quantity,
            max(before[p.product_id], 0),
            counted[p.product_id],
        )
        for p in parcel.lines
    )
    base = ReturnView(
        order.id,
        order.platform_order_no,
        order.waybill_no or "",
        order.shop,
        order.recipient_name,
        order.status,
        items,
        last_sku=last_sku,
    )
    if document is None:
        return base
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_({line.product_id for line in lines}))
        )
    }
    bins = bin_codes(session, {line.to_location_id for line in lines if line.to_location_id})
    signatures = tuple(
        (capacity, name)
        for capacity, name in session.execute(
            select(DocumentSignature.capacity, User.full_name)
            .join(User, User.id == DocumentSignature.user_id)
            .where(DocumentSignature.document_id == document.id)
            .order_by(DocumentSignature.signed_at)
        )
    )
    replacements = document.detail.get("replacements", {})
    skus = {
        pid: sku
        for pid, sku in session.execute(
            select(Product.id, Product.sku_code).where(Product.id.in_(list(replacements)))
        )
    }
    exchange = document.detail.get("exchange_order_id")
    exchange_order = session.get(Order, exchange) if exchange else None
    return replace(
        base,
        number=document.number,
        state=document.state,
        mode=document.detail.get("mode", "refund"),
        lines=tuple(
            ReturnLine(
                line.line_no,
                line.product_id,
                products[line.product_id].sku_code,
                products[line.product_id].name,
                spec_of(products[line.product_id]),
                line.note,
                line.actual_qty,
                line.decision,
                bins.get(line.to_location_id or "", ""),
            )
            for line in lines
            if line.actual_qty > 0
        ),
        signatures=signatures,
        missing=tuple(missing_signatures(session, document)),
        replacements=tuple((skus.get(pid, pid), int(n)) for pid, n in replacements.items()),
        exchange_order_no=exchange_order.platform_order_no if exchange_order else "",
    )


def bin_codes(session: Session, ids: set[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = session.execute(select(Location.id, Location.code).where(Location.id.in_(wanted)))
    return {location_id: code for location_id, code in rows}
