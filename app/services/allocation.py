"""Where a batch's goods come from: pickable stock per lot and bin, allocated
first-in-first-out (R-BAT-4).

Stock is pickable when it lies in a ``pick`` or ``reserve`` bin of the
picking warehouse; what earlier batches' pick lines still hold (allocated but
not yet picked) is spoken for, and so is what a draft transfer, scrap or
defective-store move takes out of its bin and what is reserved for a customer
(囤货, R-STK-1: the newest units, so older stock keeps going out first).
Picked goods move to the staging area, so the bins' ledger balance already
counts them out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    PICKABLE_LOCATION_KINDS,
    Document,
    DocumentLine,
    Location,
    PickLine,
    Reservation,
    StockLot,
    StockMovement,
    Warehouse,
)
from app.db.models import Station as StationRow
from app.services.context import Actor

_NO_DATE = datetime.min.replace(tzinfo=UTC)  # stock without a lot goes first
# Drafts whose lines take goods out of a bin (R-STK-3,4): spoken for until posted.
HOLDING_DRAFTS = ("transfer", "scrap", "defect_move", "supplier_return")


@dataclass
class StockSlot:
    """Pickable units of one product from one lot in one bin."""

    product_id: str
    lot_id: str | None
    location_id: str
    received_at: datetime | None
    reserve: bool  # a reserve bin: used after the pick bins of the same lot
    walk_order: int
    available: int

    def fifo_key(self) -> tuple[datetime, bool, int, str]:
        return (self.received_at or _NO_DATE, self.reserve, self.walk_order, self.location_id)


@dataclass(frozen=True)
class Allocation:
    product_id: str
    lot_id: str | None
    location_id: str
    quantity: int


def picking_warehouse(session: Session, actor: Actor) -> str | None:
    """The station's warehouse; a station without one picks in the first warehouse."""
    if actor.station_id:
        own = session.scalar(
            select(StationRow.warehouse_id).where(StationRow.id == actor.station_id)
        )
        if own:
            return own
    return session.scalar(select(Warehouse.id).order_by(Warehouse.code).limit(1))


def pickable_stock(session: Session, warehouse_id: str | None) -> dict[str, list[StockSlot]]:
    """Per product, its slots oldest lot first; only slots with units to spare."""
    if warehouse_id is None:
        return {}
    bins = (Location.warehouse_id == warehouse_id, Location.kind.in_(PICKABLE_LOCATION_KINDS))
    balances = session.execute(
        select(
            StockMovement.product_id,
            StockMovement.lot_id,
            StockMovement.location_id,
            func.sum(StockMovement.quantity),
            StockLot.received_at,
            Location.kind,
            Location.walk_order,
        )
        .join(Location, Location.id == StockMovement.location_id)
        .outerjoin(StockLot, StockLot.id == StockMovement.lot_id)
        .where(*bins)
        .group_by(
            StockMovement.product_id,
            StockMovement.lot_id,
            StockMovement.location_id,
            StockLot.received_at,
            Location.kind,
            Location.walk_order,
        )
    )
    held: Counter[tuple[str, str | None, str]] = Counter()
    for product_id, lot_id, location_id, remaining in session.execute(
        select(
            PickLine.product_id,
            PickLine.lot_id,
            PickLine.location_id,
            func.sum(PickLine.quantity - PickLine.picked),
        )
        .join(Location, Location.id == PickLine.location_id)
        .where(*bins)
        .group_by(PickLine.product_id, PickLine.lot_id, PickLine.location_id)
    ):
        held[(product_id, lot_id, location_id)] += int(remaining or 0)
    for product, lot, source, qty in session.execute(
        select(
            DocumentLine.product_id,
            DocumentLine.lot_id,
            DocumentLine.from_location_id,
            func.sum(DocumentLine.expected_qty),
        )
        .join(Document, Document.id == DocumentLine.document_id)
        .join(Location, Location.id == DocumentLine.from_location_id)
        .where(Document.kind.in_(HOLDING_DRAFTS), Document.state == "draft", *bins)
        .group_by(DocumentLine.product_id, DocumentLine.lot_id, DocumentLine.from_location_id)
    ):
        if source:
            held[(product, lot, source)] += int(qty or 0)
    stock: dict[str, list[StockSlot]] = {}
    for product_id, lot_id, location_id, qty, received_at, kind, walk_order in balances:
        free = int(qty or 0) - held[(product_id, lot_id, location_id)]
        if free > 0:
            slot = StockSlot(
                product_id, lot_id, location_id, received_at, kind == "reserve", walk_order, free
            )
            stock.setdefault(product_id, []).append(slot)
    for slots in stock.values():
        slots.sort(key=StockSlot.fifo_key)
    _hold_reserved(session, warehouse_id, stock)
    return stock


def _hold_reserved(session: Session, warehouse_id: str, stock: dict[str, list[StockSlot]]) -> None:
    """Units reserved for customers (囤货, R-STK-1) come off the newest slots."""
    reserved = session.execute(
        select(Reservation.product_id, func.sum(Reservation.quantity))
        .where(Reservation.warehouse_id == warehouse_id, Reservation.state == "held")
        .group_by(Reservation.product_id)
    )
    for product_id, quantity in reserved:
        left = int(quantity or 0)
        slots = stock.get(product_id, [])
        for slot in reversed(slots):
            take = min(left, slot.available)
            slot.available -= take
            left -= take
        remaining = [s for s in slots if s.available > 0]
        if remaining:
            stock[product_id] = remaining
        else:
            stock.pop(product_id, None)


def available_units(stock: dict[str, list[StockSlot]]) -> Counter[str]:
    return Counter({p: sum(s.available for s in slots) for p, slots in stock.items()})


def allocate(stock: dict[str, list[StockSlot]], need: Counter[str]) -> list[Allocation]:
    """Take ``need`` from the oldest slots first, spending them (R-BAT-4).

    The caller has checked that the stock covers the need.
    """
    taken: list[Allocation] = []
    for product_id in sorted(need):
        wanted = need[product_id]
        for slot in stock.get(product_id, []):
            if wanted == 0:
                break
            qty = min(wanted, slot.available)
            if qty:
                slot.available -= qty
                wanted -= qty
                taken.append(Allocation(product_id, slot.lot_id, slot.location_id, qty))
        if wanted:
            raise ValueError(f"stock does not cover {product_id}: {wanted} short")
    return taken


@dataclass(frozen=True)
class Outgoing:
    """Goods leaving one location for a document: who, why, when (R-ACC-3)."""

    kind: str  # MOVEMENT_KINDS, e.g. ship, pack_use
    document_type: str
    document_id: str
    user_id: str | None
    station_id: str | None
    created_at: datetime


def book_out_fifo(
    session: Session, product_id: str, location_id: str, quantity: int, why: Outgoing
) -> None:
    """Take ``quantity`` out of one location, oldest lot first (R-BAT-4).

    Goods physically gone are booked even when the ledger shows too few: the
    rest comes off the newest lot, and the negative balance shows a count error
    rather than refusing a parcel that is already sealed or on the truck.
    """
    lots = session.execute(
        select(StockMovement.lot_id, func.sum(StockMovement.quantity))
        .outerjoin(StockLot, StockLot.id == StockMovement.lot_id)
        .where(StockMovement.product_id == product_id, StockMovement.location_id == location_id)
        .group_by(StockMovement.lot_id, StockLot.received_at)
        .order_by(StockLot.received_at)
    ).all()
    takes: list[tuple[str | None, int]] = []
    left = quantity
    for lot_id, balance in lots:
        take = min(left, max(int(balance or 0), 0))
        if take:
            takes.append((lot_id, take))
            left -= take
    if left:
        takes.append((lots[-1][0] if lots else None, left))
    for lot_id, take in takes:
        session.add(
            StockMovement(
                product_id=product_id,
                lot_id=lot_id,
                location_id=location_id,
                quantity=-take,
                kind=why.kind,
                document_type=why.document_type,
                document_id=why.document_id,
                user_id=why.user_id,
                station_id=why.station_id,
                created_at=why.created_at,
            )
        )
