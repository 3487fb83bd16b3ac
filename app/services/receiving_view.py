"""What a receiving screen, print or report shows of an inbound order (入库单):
the delivery note's lines with what was counted and what was signed for
(R-REC-1), the signatures (R-REC-3) and what still waits for putaway
(R-REC-4). Plain data, read inside the caller's session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    Product,
    StockMovement,
    User,
    Warehouse,
)
from app.errors import DomainError, NotFound
from app.services.documents import SIGNERS, get_document

# The receiving area (收货区): signed-for goods wait here for QC and putaway.
# Not a pick or reserve bin, so nothing is picked from it before putaway.
RECEIVING_KIND = "receiving"
RECEIVING_ZONE = "SH"


class ReceivingRefused(DomainError):
    """A receiving step refused; nothing changed. ``params['reason']``:
    ``unknown_code`` (no product has this barcode), ``not_on_note`` (a SKU the
    note does not list: 错规格; ``sku``, ``name``), ``on_note`` (recorded as
    wrong spec but it is on the note), ``below_zero`` (taking back more than
    counted), ``counting_done`` (counting is finished), ``counting_open``
    (signing before counting is finished), ``nothing_signed_for`` (no unit
    matches the note), ``not_inbound`` (another kind of document)."""

    code = "receiving_refused"


@dataclass(frozen=True)
class InboundLine:
    """One SKU of the delivery note (or found on the pallet without being on it)."""

    line_no: int
    product_id: str
    sku_code: str
    name: str
    style_no: str
    colour: str
    size: str
    expected: int  # what the supplier's note says
    counted: int  # what was scanned
    signed: int  # what is signed for (actual_qty): only matching goods (R-REC-1)
    note: str
    in_receiving: int = 0  # after posting: units still waiting for putaway

    @property
    def difference(self) -> int:
        """Counted minus the note: negative short (短少), positive over (多出)."""
        return self.counted - self.expected

    @property
    def status(self) -> str:
        """``match``, ``short``, ``over`` or ``wrong_spec`` (not on the note, 错规格)."""
        if self.expected == 0:
            return "wrong_spec"
        if self.counted < self.expected:
            return "short"
        if self.counted > self.expected:
            return "over"
        return "match"

    @property
    def put_away(self) -> int:
        return self.signed - self.in_receiving


@dataclass(frozen=True)
class SignatureInfo:
    capacity: str  # keeper, supervisor (R-REC-3)
    username: str
    full_name: str
    method: str  # badge or pin
    signed_at: datetime


@dataclass(frozen=True)
class Inbound:
    """An inbound order as it stands now."""

    id: str
    number: str
    state: str  # draft, posted, cancelled
    day: date
    supplier: str
    reference: str  # the supplier's delivery note number
    warehouse_code: str
    receiving_code: str  # the receiving area the goods go to
    counting_done: bool
    counted_at: datetime | None
    counted_by: str
    created_by: str
    created_at: datetime
    posted_at: datetime | None
    lines: tuple[InboundLine, ...]
    signatures: tuple[SignatureInfo, ...]
    missing: tuple[str, ...]  # capacities still to sign
    last_product_id: str | None = None  # the line the last scan changed

    @property
    def expected_total(self) -> int:
        return sum(line.expected for line in self.lines)

    @property
    def counted_total(self) -> int:
        return sum(line.counted for line in self.lines)

    @property
    def signed_total(self) -> int:
        return sum(line.signed for line in self.lines)

    @property
    def in_receiving(self) -> int:
        return sum(line.in_receiving for line in self.lines)

    @property
    def stage(self) -> str:
        """``counting``, ``signing``, ``posting``, ``putaway``, ``done`` or ``cancelled``."""
        if self.state == "cancelled":
            return "cancelled"
        if self.state == "posted":
            return "putaway" if self.in_receiving > 0 else "done"
        if not self.counting_done:
            return "counting"
        return "signing" if self.missing else "posting"

    def line_for(self, product_id: str | None) -> InboundLine | None:
        return next((ln for ln in self.lines if ln.product_id == product_id), None)


def find_inbound(session: Session, ref: str) -> Document:
    """By our number (scanned from the print), or by the supplier's note
    number of a draft (the paper the driver hands over)."""
    try:
        return _kind_checked(get_document(session, ref))
    except NotFound:
        document = session.scalar(
            select(Document)
            .where(
                Document.kind == "inbound",
                Document.reference == ref.strip(),
                Document.state == "draft",
            )
            .order_by(Document.created_at.desc())
            .limit(1)
        )
        if document is None:
            raise
        return document


def _kind_checked(document: Document) -> Document:
    if document.kind != "inbound":
        raise ReceivingRefused(
            f"{document.number} is no inbound order", reason="not_inbound", number=document.number
        )
    return document


def counted_of(document: Document) -> dict[int, int]:
    """Units scanned per line number (kept in the document's detail)."""
    raw: Any = (document.detail or {}).get("counted", {})
    return {int(k): int(v) for k, v in dict(raw).items()}


def counting_done(document: Document) -> bool:
    return bool((document.detail or {}).get("counting_done_at"))


def lot_balances(session: Session, lines: list[DocumentLine]) -> dict[str, int]:
    """Per line id: its lot's units in the line's receiving area."""
    placed = [ln for ln in lines if ln.lot_id and ln.to_location_id]
    if not placed:
        return {}
    sums = {
        (lot_id, location_id): int(total or 0)
        for lot_id, location_id, total in session.execute(
            select(
                StockMovement.lot_id, StockMovement.location_id, func.sum(StockMovement.quantity)
            )
            .where(StockMovement.lot_id.in_([ln.lot_id for ln in placed]))
            .group_by(StockMovement.lot_id, StockMovement.location_id)
        )
    }
    return {ln.id: sums.get((ln.lot_id, ln.to_location_id or ""), 0) for ln in placed}


def document_lines(session: Session, document: Document) -> list[DocumentLine]:
    return list(
        session.scalars(
            select(DocumentLine)
            .where(DocumentLine.document_id == document.id)
            .order_by(DocumentLine.line_no)
        )
    )


def inbound_view(
    session: Session, document: Document, last_product_id: str | None = None
) -> Inbound:
    lines = document_lines(session, document)
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_([ln.product_id for ln in lines]))
        )
    }
    counted = counted_of(document)
    balances = lot_balances(session, lines) if document.state == "posted" else {}
    rows = tuple(
        InboundLine(
            line_no=ln.line_no,
            product_id=ln.product_id,
            sku_code=products[ln.product_id].sku_code,
            name=products[ln.product_id].name,
            style_no=products[ln.product_id].style_no,
            colour=products[ln.product_id].colour,
            size=products[ln.product_id].size,
            expected=ln.expected_qty,
            counted=counted.get(ln.line_no, 0),
            signed=ln.actual_qty,
            note=ln.note,
            in_receiving=max(balances.get(ln.id, 0), 0),
        )
        for ln in lines
    )
    signatures = tuple(
        SignatureInfo(sig.capacity, user.username, user.full_name, sig.method, sig.signed_at)
        for sig, user in session.execute(
            select(DocumentSignature, User)
            .join(User, User.id == DocumentSignature.user_id)
            .where(DocumentSignature.document_id == document.id)
            .order_by(DocumentSignature.signed_at)
        )
    )
    signed = {s.capacity for s in signatures}
    warehouse = session.get(Warehouse, document.warehouse_id) if document.warehouse_id else None
    area = (
        session.get(Location, lines[0].to_location_id)
        if lines and lines[0].to_location_id
        else None
    )
    creator = session.get(User, document.created_by) if document.created_by else None
    detail = document.detail or {}
    counted_at = detail.get("counting_done_at")
    return Inbound(
        id=document.id,
        number=document.number,
        state=document.state,
        day=document.day,
        supplier=document.partner,
        reference=document.reference,
        warehouse_code=warehouse.code if warehouse else "",
        receiving_code=area.code if area else "",
        counting_done=bool(counted_at),
        counted_at=datetime.fromisoformat(counted_at) if counted_at else None,
        counted_by=str(detail.get("counted_by", "")),
        created_by=creator.full_name if creator else "",
        created_at=document.created_at,
        posted_at=document.posted_at,
        lines=rows,
        signatures=signatures,
        missing=tuple(c for c in SIGNERS["inbound"] if c not in signed),
        last_product_id=last_product_id,
    )
