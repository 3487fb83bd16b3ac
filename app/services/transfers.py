"""Transfers between warehouses (调拨单, R-STK-4).

The handbook: A's keeper, seeing what sells, raises a transfer and tells B's
keeper; B's keeper sends the goods to A; at the hand-over both keepers sign;
the clerk then moves the stock in the system. So:

1. :func:`raise_transfer` — the keeper of the warehouse that needs the goods
   names SKU and quantity; the lines take the source warehouse's stock oldest
   lot first (R-BAT-4), naming bin and lot for the sender (or from a bin the
   raiser names). Those units are spoken for until posting.
2. :func:`sign_transfer` as ``sender`` (the keeper who sends), then as
   ``receiver`` (the keeper who takes the goods, scanning the pick or
   reserve bin they go to), each by badge or PIN.
3. :func:`post_transfer` — the clerk posts: ``transfer`` movements out of the
   source bins and into the destination bin, the same lots.

Every step needs one truth for everyone: a screen runs these on the shared
database (``Screen.run_shared``), and offline it says the server is needed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import (
    PICKABLE_LOCATION_KINDS,
    Document,
    DocumentLine,
    Location,
    Product,
    StockLot,
    Warehouse,
)
from app.errors import InvalidInput
from app.permissions import Action
from app.services.allocation import allocate, pickable_stock
from app.services.cartons import CartonWarning, opening_warnings
from app.services.context import Actor, authorize
from app.services.documents import new_document, post_in_session, register_poster
from app.services.journal import record_event
from app.services.stock_ops import (
    Booking,
    InsufficientStock,
    Signatures,
    StockOpRefused,
    business_day,
    fifo_takes,
    find_bin,
    find_product,
    find_warehouse,
    load_document,
    require_draft,
    require_poster_role,
    sign_stock_document,
    signatures,
    user_name,
)

KIND = "transfer"


@dataclass(frozen=True)
class TransferItem:
    """What the raiser asks for: a SKU or barcode, how many, optionally from which bin."""

    code: str
    quantity: int
    bin: str = ""


@dataclass(frozen=True)
class TransferLine:
    line_no: int
    sku: str
    name: str
    colour: str
    size: str
    quantity: int
    from_bin: str
    lot_reference: str
    to_bin: str


@dataclass(frozen=True)
class TransferInfo:
    number: str
    state: str
    day: date
    from_warehouse: str
    to_warehouse: str
    raised_by: str
    lines: tuple[TransferLine, ...]
    signatures: Signatures
    posted_by: str
    posted_at: datetime | None
    warnings: tuple[CartonWarning, ...] = ()  # R-STK-2, when raised

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def next_step(self) -> str:
        """sender, receiver, post or done."""
        if self.state != "draft":
            return "done"
        return self.signatures.missing[0] if self.signatures.missing else "post"


def _merge(session: Session, items: Sequence[TransferItem]) -> Counter[tuple[str, str]]:
    """(product id, bin code or "") -> quantity; bad quantities refused first."""
    wanted: Counter[tuple[str, str]] = Counter()
    for item in items:
        if item.quantity < 1:
            raise InvalidInput("transfer at least one unit", field="quantity", value=item.quantity)
        product = find_product(session, item.code)
        wanted[(product.id, item.bin.strip().upper())] += item.quantity
    if not wanted:
        raise InvalidInput("a transfer needs at least one line", field="items", value=0)
    return wanted


def raise_transfer(
    db: Database,
    actor: Actor,
    from_warehouse: str,
    to_warehouse: str,
    items: Sequence[TransferItem],
    now: datetime | None = None,
    *,
    day: date | None = None,
    note: str = "",
    open_cartons_allowed: int = 1,
) -> TransferInfo:
    """A draft transfer from one warehouse to the other (R-STK-4).

    Refused, with nothing written, for an unknown SKU or bin, a bin of another
    warehouse, or more units than the source holds to spare (reserved units,
    other batches' and drafts' units are not to spare).
    """
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        source = find_warehouse(session, from_warehouse)
        target = find_warehouse(session, to_warehouse)
        if source.id == target.id:
            raise StockOpRefused(
                "a transfer goes to another warehouse",
                reason="same_warehouse",
                warehouse=source.code,
            )
        wanted = _merge(session, items)
        stock = pickable_stock(session, source.id)
        taken = []
        for (product_id, bin_code), quantity in sorted(wanted.items()):
            slots = stock.get(product_id, [])
            where = source.code
            if bin_code:
                location = find_bin(session, bin_code, source)
                slots = [s for s in slots if s.location_id == location.id]
                where = location.code
            available = sum(s.available for s in slots)
            if available < quantity:
                sku = session.get(Product, product_id)
                raise InsufficientStock(
                    f"{where} has {available} to spare, not {quantity}",
                    sku=sku.sku_code if sku else product_id,
                    wanted=quantity,
                    available=available,
                    where=where,
                )
            taken += allocate({product_id: slots}, Counter({product_id: quantity}))
        warnings = opening_warnings(
            session,
            source.id,
            [(a.product_id, a.lot_id, a.location_id) for a in taken],
            open_cartons_allowed,
        )
        document = new_document(
            session,
            actor,
            KIND,
            day or business_day(now),
            warehouse_id=source.id,
            to_warehouse_id=target.id,
            note=note.strip(),
        )
        merged: Counter[tuple[str, str | None, str]] = Counter()
        for allocation in taken:
            merged[(allocation.product_id, allocation.lot_id, allocation.location_id)] += (
                allocation.quantity
            )
        for (product_id, lot_id, location_id), quantity in merged.items():
            line = DocumentLine(
                document_id=document.id,
                line_no=0,
                product_id=product_id,
                expected_qty=quantity,
                lot_id=lot_id,
                from_location_id=location_id,
            )
            session.add(line)
        _number_lines(session, document)
        record_event(
            session,
            actor,
            "transfer.raised",
            {"number": document.number, "from": source.code, "to": target.code},
        )
        return _info(session, document, tuple(warnings))


def _number_lines(session: Session, document: Document) -> None:
    """Lines in bin walk order, numbered 1, 2 … (the sender walks them so)."""
    session.flush()
    rows = session.execute(
        select(DocumentLine, Location.walk_order, Location.code, Product.sku_code)
        .join(Location, Location.id == DocumentLine.from_location_id)
        .join(Product, Product.id == DocumentLine.product_id)
        .where(DocumentLine.document_id == document.id)
        .order_by(Location.walk_order, Location.code, Product.sku_code)
    ).all()
    for index, (line, *_rest) in enumerate(rows, start=1):
        line.line_no = index
    session.flush()


def _check_receiver(session: Session, document: Document, to_bin: str) -> None:
    """The receiver signs after the sender, naming the pick or reserve bin of
    the receiving warehouse the goods go to (they are for sale there)."""
    if "sender" not in {c for c, _ in signatures(session, document).signed}:
        raise StockOpRefused("the sender signs first", reason="sender_first")
    if not to_bin.strip():
        raise StockOpRefused("scan the bin the goods go to", reason="to_bin_missing")
    target = session.get(Warehouse, document.to_warehouse_id)
    assert target is not None
    location = find_bin(session, to_bin, target)
    if location.kind not in PICKABLE_LOCATION_KINDS or not location.active:
        raise StockOpRefused(
            f"{location.code} is a {location.kind} location",
            reason="bin_kind",
            bin=location.code,
            kind=location.kind,
        )
    for line in _lines(session, document):
        line.to_location_id = location.id


def sign_transfer(
    db: Database,
    actor: Actor,
    ref: str,
    capacity: str,
    signer: Actor,
    method: str,
    *,
    to_bin: str = "",
) -> TransferInfo:
    """The hand-over (R-STK-4): ``sender`` confirms the goods went as listed,
    then ``receiver`` confirms they arrived and scans the bin they go to."""

    def before(session: Session, document: Document) -> None:
        if capacity == "sender":
            for line in _lines(session, document):
                line.actual_qty = line.expected_qty
        elif capacity == "receiver":
            _check_receiver(session, document, to_bin)

    number = sign_stock_document(db, actor, ref, KIND, capacity, signer, method, before)
    with db.read() as session:
        return _info(session, load_document(session, number, KIND))


def post_transfer(
    db: Database, actor: Actor, ref: str, now: datetime | None = None
) -> TransferInfo:
    """The clerk moves the stock in the system once both keepers have signed."""
    now = now or utcnow()
    with db.write() as session:
        require_poster_role(session, actor)
        document = load_document(session, ref, KIND)
        require_draft(document)
        post_in_session(session, actor, document, now)
        return _info(session, document)


def _post(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """Out of each source bin, into the destination bin: the same lots."""
    book = Booking(session, actor, document, now)
    for line in lines:
        if not line.actual_qty:  # signed outside sign_transfer: the goods went as listed
            line.actual_qty = line.expected_qty
        quantity = line.actual_qty
        if quantity <= 0 or line.from_location_id is None:
            continue
        to_id = line.to_location_id
        if to_id is None:  # signed without naming the bin (not through sign_transfer)
            raise StockOpRefused("the receiver names the bin", reason="to_bin_missing")
        for lot_id, take in fifo_takes(
            session, line.product_id, line.from_location_id, quantity, line.lot_id
        ):
            book.move(line.product_id, lot_id, line.from_location_id, -take, "transfer")
            book.move(line.product_id, lot_id, to_id, take, "transfer")


register_poster(KIND, _post)


def _lines(session: Session, document: Document) -> list[DocumentLine]:
    return list(
        session.scalars(
            select(DocumentLine)
            .where(DocumentLine.document_id == document.id)
            .order_by(DocumentLine.line_no)
        )
    )


def _info(
    session: Session, document: Document, warnings: tuple[CartonWarning, ...] = ()
) -> TransferInfo:
    codes = {i: c for i, c in session.execute(select(Location.id, Location.code))}
    rows = session.execute(
        select(DocumentLine, Product, StockLot.reference)
        .join(Product, Product.id == DocumentLine.product_id)
        .outerjoin(StockLot, StockLot.id == DocumentLine.lot_id)
        .where(DocumentLine.document_id == document.id)
        .order_by(DocumentLine.line_no)
    ).all()
    lines = tuple(
        TransferLine(
            line.line_no,
            product.sku_code,
            product.name,
            product.colour,
            product.size,
            line.actual_qty or line.expected_qty,
            codes.get(line.from_location_id or "", ""),
            reference or "",
            codes.get(line.to_location_id or "", ""),
        )
        for line, product, reference in rows
    )
    warehouses = {i: c for i, c in session.execute(select(Warehouse.id, Warehouse.code))}
    return TransferInfo(
        number=document.number,
        state=document.state,
        day=document.day,
        from_warehouse=warehouses.get(document.warehouse_id or "", ""),
        to_warehouse=warehouses.get(document.to_warehouse_id or "", ""),
        raised_by=user_name(session, document.created_by),
        lines=lines,
        signatures=signatures(session, document),
        posted_by=user_name(session, document.posted_by),
        posted_at=document.posted_at,
        warnings=warnings,
    )


def transfer_info(db: Database, actor: Actor, ref: str) -> TransferInfo:
    """A transfer by its scanned number (or id)."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        return _info(session, load_document(session, ref, KIND))


def open_transfers(db: Database, actor: Actor, limit: int = 200) -> list[TransferInfo]:
    """Transfers still waiting for a signature or for posting, oldest first."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        documents = session.scalars(
            select(Document)
            .where(Document.kind == KIND, Document.state == "draft")
            .order_by(Document.number)
            .limit(limit)
        )
        return [_info(session, d) for d in documents]
