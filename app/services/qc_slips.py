"""The defective units' transfer slip (移库单, R-QC-5): what QC found defective
in a delivery is kept apart and moved to the warehouse's defective store
(次品仓) on a ``defect_move`` document, signed by QC and the keeper (R-ACC-2)
and posted at the second signature.

One draft slip per delivery collects the SKUs as their QC ends (the handbook:
不合格品归整后…汇总后上报; 并开出移库单); once someone has signed it, a SKU
finishing later starts a new slip, so nobody signs lines they did not see.
Posting moves each line's units, lot kept, from where the delivery was
received to the defective store, and refuses (nothing changes) when those
units are not there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
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
from app.errors import DomainError, InvalidInput
from app.permissions import Action
from app.roles import Role
from app.services.context import Actor, authorize
from app.services.documents import (
    CAPACITY_ROLES,
    SignatureRefused,
    add_line,
    get_document,
    missing_signatures,
    new_document,
    post_in_session,
    register_poster,
    sign_in_session,
)

KIND = "defect_move"
DEFECTIVE_KIND = "defective"  # Location.kind of the 次品仓
QC_OF = "qc_of"  # Document.detail key: the inbound order whose QC made this slip


def _qc_slip_of(slip: Document) -> str:
    """The inbound order number a QC slip belongs to; "" for other defect moves
    (damaged goods found in the store make them too)."""
    detail = slip.detail or {}
    return str(detail.get(QC_OF, "")) if isinstance(detail, dict) else ""


class DefectMoveRefused(DomainError):
    """Posting the slip would move units that are not there. ``params['reason']``:
    ``not_received`` (the delivery's units are booked nowhere), ``short``
    (``sku``, ``location``, ``on_hand``, ``quantity``)."""

    code = "defect_move_refused"


@dataclass(frozen=True)
class SlipLine:
    sku_code: str
    quantity: int
    from_code: str  # "" until known
    to_code: str


@dataclass(frozen=True)
class SlipInfo:
    number: str
    state: str  # draft | posted
    lines: tuple[SlipLine, ...]
    signed: tuple[tuple[str, str], ...]  # (capacity, full name), in signing order
    missing: tuple[str, ...]  # capacities still to sign

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


def where_received(
    session: Session, inbound: Document, product_id: str, booked_only: bool = False
) -> tuple[str, str] | None:
    """(location id, lot id or "") where the delivery's units of a product are:
    the ledger's receive movement (posting the inbound order books it), else,
    unless ``booked_only``, the receiving place on the inbound line."""
    booked = session.execute(
        select(StockMovement.location_id, StockMovement.lot_id)
        .where(
            StockMovement.product_id == product_id,
            StockMovement.quantity > 0,
            StockMovement.kind == "receive",
            or_(
                StockMovement.document_id == inbound.number,
                StockMovement.document_id == inbound.id,
            ),
        )
        .order_by(StockMovement.quantity.desc(), StockMovement.created_at)
        .limit(1)
    ).first()
    if booked is not None:
        return booked[0], booked[1] or ""
    if booked_only:
        return None
    line = session.scalar(
        select(DocumentLine).where(
            DocumentLine.document_id == inbound.id,
            DocumentLine.product_id == product_id,
            DocumentLine.to_location_id.is_not(None),
        )
    )
    if line is not None and line.to_location_id:
        return line.to_location_id, line.lot_id or ""
    return None


def defective_store(session: Session, warehouse_id: str) -> Location:
    """The warehouse's defective store (A-CP-01); made on first use (``<WH>-CP-01``)."""
    store = session.scalar(
        select(Location)
        .where(
            Location.warehouse_id == warehouse_id,
            Location.kind == DEFECTIVE_KIND,
            Location.active.is_(True),
        )
        .order_by(Location.code)
        .limit(1)
    )
    if store is None:
        code = session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id))
        store = Location(
            warehouse_id=warehouse_id, code=f"{code}-CP-01", kind=DEFECTIVE_KIND, zone="CP"
        )
        session.add(store)
        session.flush()
    return store


def _signed(session: Session, slip: Document) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(DocumentSignature)
            .where(DocumentSignature.document_id == slip.id)
        )
        or 0
    )


def put_on_slip(
    session: Session, actor: Actor, inbound: Document, product_id: str, units: int
) -> Document:
    """Add a SKU's defective units to the delivery's open slip (a new one when
    there is none, or when someone signed it already)."""
    slip = next(
        (
            doc
            for doc in session.scalars(
                select(Document)
                .where(
                    Document.kind == KIND,
                    Document.reference == inbound.number,
                    Document.state == "draft",
                )
                .order_by(Document.number.desc())
            )
            if _qc_slip_of(doc) == inbound.number and _signed(session, doc) == 0
        ),
        None,
    )
    place = where_received(session, inbound, product_id)
    warehouse_id = inbound.warehouse_id
    if warehouse_id is None and place is not None:
        warehouse_id = session.scalar(select(Location.warehouse_id).where(Location.id == place[0]))
    if slip is None:
        slip = new_document(
            session,
            actor,
            KIND,
            inbound.day,
            warehouse_id=warehouse_id,
            reference=inbound.number,
            partner=inbound.partner,
        )
        slip.detail = {QC_OF: inbound.number}
    add_line(
        session,
        slip,
        product_id,
        expected_qty=units,
        actual_qty=units,
        from_location_id=place[0] if place else None,
        lot_id=(place[1] or None) if place else None,
        to_location_id=defective_store(session, warehouse_id).id if warehouse_id else None,
    )
    return slip


def _on_hand(session: Session, product_id: str, lot_id: str | None, location_id: str) -> int:
    query = select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
        StockMovement.product_id == product_id, StockMovement.location_id == location_id
    )
    query = query.where(
        StockMovement.lot_id == lot_id if lot_id else StockMovement.lot_id.is_(None)
    )
    return int(session.scalar(query) or 0)


def post_defect_move(
    session: Session, actor: Actor, slip: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """The poster of every ``defect_move`` (R-QC-5; also damaged goods found
    in the store, R-STK-3): two ledger rows per line, out of where the line
    says (a QC slip made before its inbound order was posted: where that order
    booked the goods in) and into the defective store, same lot (append-only,
    R-ACC-3)."""
    of = _qc_slip_of(slip)
    inbound = (
        session.scalar(select(Document).where(Document.number == of, Document.kind == "inbound"))
        if of
        else None
    )
    for line in lines:
        sku = session.scalar(select(Product.sku_code).where(Product.id == line.product_id)) or ""
        if inbound is not None and line.lot_id is None:  # QC came before the inbound posting
            place = where_received(session, inbound, line.product_id, booked_only=True)
            if place is None:
                raise DefectMoveRefused(
                    f"{sku}: {inbound.number} has not booked it in", reason="not_received", sku=sku
                )
            line.from_location_id, line.lot_id = place[0], place[1] or None
        if line.from_location_id is None:
            raise DefectMoveRefused(f"{sku}: booked in nowhere", reason="not_received", sku=sku)
        if line.to_location_id is None:
            source = session.get(Location, line.from_location_id)
            assert source is not None
            line.to_location_id = defective_store(session, source.warehouse_id).id
        on_hand = _on_hand(session, line.product_id, line.lot_id, line.from_location_id)
        if on_hand < line.actual_qty:
            code = session.scalar(select(Location.code).where(Location.id == line.from_location_id))
            raise DefectMoveRefused(
                f"{sku}: {on_hand} at {code}, {line.actual_qty} to move",
                reason="short",
                sku=sku,
                location=code,
                on_hand=on_hand,
                quantity=line.actual_qty,
            )
        for location_id, delta in (
            (line.from_location_id, -line.actual_qty),
            (line.to_location_id, line.actual_qty),
        ):
            session.add(
                StockMovement(
                    product_id=line.product_id,
                    lot_id=line.lot_id,
                    location_id=location_id,
                    quantity=delta,
                    kind="transfer",
                    document_type=KIND,
                    document_id=slip.id,
                    user_id=actor.user_id,
                    station_id=actor.station_id,
                    created_at=now,
                )
            )
    session.flush()


register_poster(KIND, post_defect_move)


def slip_info(session: Session, slip: Document) -> SlipInfo:
    codes = dict(session.execute(select(Location.id, Location.code)).all())
    rows = session.execute(
        select(DocumentLine, Product.sku_code)
        .join(Product, Product.id == DocumentLine.product_id)
        .where(DocumentLine.document_id == slip.id)
        .order_by(DocumentLine.line_no)
    ).all()
    signed = session.execute(
        select(DocumentSignature.capacity, User.full_name)
        .join(User, User.id == DocumentSignature.user_id)
        .where(DocumentSignature.document_id == slip.id)
        .order_by(DocumentSignature.signed_at, DocumentSignature.id)
    ).all()
    return SlipInfo(
        number=slip.number,
        state=slip.state,
        lines=tuple(
            SlipLine(
                sku,
                line.actual_qty,
                codes.get(line.from_location_id or "", ""),
                codes.get(line.to_location_id or "", ""),
            )
            for line, sku in rows
        ),
        signed=tuple((c, n) for c, n in signed),
        missing=tuple(missing_signatures(session, slip)) if slip.state == "draft" else (),
    )


def delivery_slips(session: Session, inbound: Document) -> list[SlipInfo]:
    slips = session.scalars(
        select(Document)
        .where(
            Document.kind == KIND,
            Document.reference == inbound.number,
            Document.state != "cancelled",
        )
        .order_by(Document.number)
    )
    return [slip_info(session, slip) for slip in slips if _qc_slip_of(slip) == inbound.number]


def sign_slip(
    db: Database, actor: Actor, slip_ref: str, signer: Actor, method: str, now: datetime
) -> SlipInfo:
    """``signer`` (a badge scanned at the QC screen) signs the slip in the first
    capacity still missing that their role allows (QC, then the keeper); the
    second signature posts it (R-ACC-2, R-QC-5). Refused: nothing changes."""
    if method not in ("badge", "pin"):
        raise InvalidInput("sign by badge or PIN", field="method", value=method)
    with db.write() as session:
        authorize(session, actor, Action.QC_INSPECT)
        slip = get_document(session, slip_ref)
        if slip.kind != KIND:
            raise InvalidInput(f"{slip.number} is no transfer slip", field="slip", value=slip_ref)
        if slip.state != "draft":
            return slip_info(session, slip)
        user = session.get(User, signer.user_id)
        roles = {Role(r) for r in user.role_names} if user is not None else set()
        missing = missing_signatures(session, slip)
        capacity = next((c for c in missing if CAPACITY_ROLES[c] & roles), None)
        if capacity is None:
            raise SignatureRefused(
                f"{signer.username} may sign none of {missing}",
                capacity=missing[0] if missing else "",
                reason="role",
            )
        sign_in_session(session, actor, slip, capacity, signer, method, now)
        if not missing_signatures(session, slip):
            post_in_session(session, actor, slip, now)
        return slip_info(session, slip)
