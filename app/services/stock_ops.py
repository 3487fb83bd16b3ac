"""What the stock operations share (R-STK-1..4): finding warehouses, bins and
products by what is scanned, the stock in a bin per lot, booking movements
for a document, the errors they raise, and signing their documents.

Transfers (:mod:`app.services.transfers`), counts, damaged goods
(:mod:`app.services.counts`) and reservations build on these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentSignature,
    Location,
    StockLot,
    StockMovement,
    User,
    Warehouse,
)
from app.errors import DomainError, NotFound, PermissionDenied
from app.permissions import Action
from app.roles import Role
from app.services.context import Actor, authorize
from app.services.documents import (
    SIGNERS,
    get_document,
    missing_signatures,
    sign_in_session,
)
from app.services.picking import find_product

__all__ = ["find_product"]

SHOP_TZ = "Asia/Shanghai"  # the business day of a document (the shop's day)
STORE_KINDS = ("pick", "reserve")  # bins goods are kept in for sale
_OLDEST = datetime.min.replace(tzinfo=UTC)


class InsufficientStock(DomainError):
    """More asked for than the bin or warehouse holds to spare.

    ``params``: sku, wanted, available, and where (a bin code or a warehouse code).
    """

    code = "insufficient_stock"


class BinNotInZone(DomainError):
    """A count scanned a bin outside the zone being counted (``bin``, ``zone``)."""

    code = "bin_not_in_zone"


class BinNotInWarehouse(DomainError):
    """The scanned bin belongs to another warehouse (``bin``, ``warehouse``)."""

    code = "bin_not_in_warehouse"


class StockOpRefused(DomainError):
    """A stock operation refused for a stated ``reason`` (the UI says why):
    same_warehouse, sender_first, count_finished, count_not_finished,
    bin_not_scanned, below_zero, implausible, reason_missing, wrong_kind,
    wrong_state, nothing_to_do, clerk_posts."""

    code = "stock_op_refused"


def business_day(now: datetime, timezone: str = SHOP_TZ) -> date:
    """The shop's day a document made at ``now`` belongs to."""
    return now.astimezone(ZoneInfo(timezone)).date()


def find_warehouse(session: Session, ref: str) -> Warehouse:
    """By code (``A``) or id."""
    found = session.scalar(
        select(Warehouse).where(or_(Warehouse.code == ref.strip().upper(), Warehouse.id == ref))
    )
    if found is None:
        raise NotFound(f"no warehouse {ref!r}", kind="warehouse", ref=ref)
    return found


def find_bin(session: Session, code: str, warehouse: Warehouse | None = None) -> Location:
    """A bin by its code; with ``warehouse``, one of that warehouse's bins."""
    code = code.strip().upper()
    rows = list(session.scalars(select(Location).where(Location.code == code)))
    if not rows:
        raise NotFound(f"no bin {code!r}", kind="bin", ref=code)
    if warehouse is None:
        return rows[0]
    for row in rows:
        if row.warehouse_id == warehouse.id:
            return row
    raise BinNotInWarehouse(
        f"bin {code} is not in warehouse {warehouse.code}", bin=code, warehouse=warehouse.code
    )


@dataclass(frozen=True)
class LotBalance:
    lot_id: str | None
    reference: str
    received_at: datetime | None
    quantity: int


def bin_lots(session: Session, product_id: str, location_id: str) -> list[LotBalance]:
    """The product's lots in one bin with their balance, oldest first (R-BAT-4)."""
    rows = session.execute(
        select(
            StockMovement.lot_id,
            StockLot.reference,
            StockLot.received_at,
            func.sum(StockMovement.quantity),
        )
        .outerjoin(StockLot, StockLot.id == StockMovement.lot_id)
        .where(StockMovement.product_id == product_id, StockMovement.location_id == location_id)
        .group_by(StockMovement.lot_id, StockLot.reference, StockLot.received_at)
    ).all()
    lots = [LotBalance(lot, ref or "", at, int(qty or 0)) for lot, ref, at, qty in rows]
    lots.sort(key=lambda b: (b.received_at or _OLDEST, b.lot_id or ""))
    return lots


def fifo_takes(
    session: Session,
    product_id: str,
    location_id: str,
    quantity: int,
    prefer_lot: str | None = None,
) -> list[tuple[str | None, int]]:
    """Which lots ``quantity`` units leave a bin from: ``prefer_lot`` first
    (the lot the document named), then the oldest (R-BAT-4). Goods that
    physically moved are booked even when the ledger shows too few: the rest
    comes off the newest lot (as :func:`app.services.allocation.book_out_fifo`)."""
    lots = bin_lots(session, product_id, location_id)
    lots.sort(key=lambda b: b.lot_id != prefer_lot)  # stable: FIFO after the named lot
    takes: list[tuple[str | None, int]] = []
    left = quantity
    for lot in lots:
        take = min(left, max(lot.quantity, 0))
        if take:
            takes.append((lot.lot_id, take))
            left -= take
    if left:
        newest = max(lots, key=lambda b: b.received_at or _OLDEST).lot_id if lots else prefer_lot
        takes.append((newest, left))
    return takes


@dataclass(frozen=True)
class Booking:
    """Who books movements for which document, when (R-ACC-3: append-only)."""

    session: Session
    actor: Actor
    document: Document
    at: datetime

    def move(
        self, product_id: str, lot_id: str | None, location_id: str, delta: int, kind: str
    ) -> None:
        self.session.add(
            StockMovement(
                product_id=product_id,
                lot_id=lot_id,
                location_id=location_id,
                quantity=delta,
                kind=kind,
                document_type=self.document.kind,
                document_id=self.document.number,
                user_id=self.actor.user_id,
                station_id=self.actor.station_id,
                created_at=self.at,
            )
        )


def require_poster_role(session: Session, actor: Actor) -> None:
    """The clerk moves the stock in the system (R-STK-4); a supervisor may too."""
    user = authorize(session, actor, Action.STOCK_OPERATIONS)
    if not {Role(r) for r in user.role_names} & {Role.CLERK, Role.SUPERVISOR}:
        raise PermissionDenied(
            f"{actor.username} may not post stock documents: the clerk posts",
            username=actor.username,
            action="post_stock_document",
        )


def load_document(session: Session, ref: str, kind: str) -> Document:
    """A document of ``kind`` by id or scanned number."""
    document = get_document(session, ref)
    if document.kind != kind:
        raise StockOpRefused(
            f"{document.number} is a {document.kind} document, not {kind}",
            reason="wrong_kind",
            number=document.number,
            kind=document.kind,
        )
    return document


def require_draft(document: Document) -> None:
    if document.state != "draft":
        raise StockOpRefused(
            f"{document.number} is {document.state}",
            reason="wrong_state",
            number=document.number,
            state=document.state,
        )


def sign_stock_document(
    db: Database,
    actor: Actor,
    ref: str,
    kind: str,
    capacity: str,
    signer: Actor,
    method: str,
    before: Callable[[Session, Document], None] | None = None,
) -> str:
    """``signer`` signs a draft stock document as ``capacity`` (R-ACC-2);
    ``before`` checks the step's own conditions in the same transaction."""
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        document = load_document(session, ref, kind)
        require_draft(document)
        if before is not None:
            before(session, document)
        sign_in_session(session, actor, document, capacity, signer, method)
        return document.number


@dataclass(frozen=True)
class Signatures:
    """Who signed in which capacity (full names) and what is still missing."""

    signed: tuple[tuple[str, str], ...]  # (capacity, full name), signing order
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def signatures(session: Session, document: Document) -> Signatures:
    rows = {
        capacity: name
        for capacity, name in session.execute(
            select(DocumentSignature.capacity, User.full_name)
            .join(User, User.id == DocumentSignature.user_id)
            .where(DocumentSignature.document_id == document.id)
        )
    }
    order = SIGNERS[document.kind]
    signed = tuple((c, rows[c]) for c in order if c in rows)
    return Signatures(signed, tuple(missing_signatures(session, document)))


def user_name(session: Session, user_id: str | None) -> str:
    if not user_id:
        return ""
    return session.scalar(select(User.full_name).where(User.id == user_id)) or ""


@dataclass(frozen=True)
class WarehouseZones:
    code: str
    name: str
    zones: tuple[str, ...]  # of its active locations, as counted by zone (R-STK-3)


def warehouse_zones(db: Database, actor: Actor) -> list[WarehouseZones]:
    """The warehouses and their zones, for the stock screens' choosers."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        found = []
        for store in session.scalars(select(Warehouse).order_by(Warehouse.code)):
            zones = session.scalars(
                select(Location.zone)
                .where(Location.warehouse_id == store.id, Location.active.is_(True))
                .group_by(Location.zone)
                .order_by(Location.zone)
            )
            found.append(WarehouseZones(store.code, store.name, tuple(z for z in zones if z)))
        return found
