"""R-STK-2: only one carton (bag) of a style is open at a time.

Goods arrive in whole cartons, one SKU (a style in one colour and size) per
carton in this shop, and a lot is what came in together. A lot in a bin is an
*open carton* once units have left it and some remain. Opening a second lot of
a SKU while one is open breaks the rule: the program warns (a list, never a
block: the goods may really be needed). Counting per style number instead
would warn for every style sold in two sizes, since each size has its carton.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Location, Product, StockLot, StockMovement, Warehouse
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.stock_ops import STORE_KINDS, find_warehouse


@dataclass(frozen=True)
class OpenSlot:
    bin: str
    lot_reference: str
    left: int


@dataclass(frozen=True)
class CartonWarning:
    """More cartons of one SKU open in a warehouse than the setting allows
    (``[stock].open_cartons_per_style``); ``opening`` is the carton an
    operation is about to open, when the warning is about that."""

    warehouse: str
    sku: str
    style_no: str
    name: str
    open_slots: tuple[OpenSlot, ...]
    opening: OpenSlot | None = None


@dataclass(frozen=True)
class _Slot:
    product_id: str
    lot_id: str | None
    location_id: str
    slot: OpenSlot
    opened: bool  # units have left it


def _slots(session: Session, warehouse_id: str, product_ids: set[str] | None) -> list[_Slot]:
    outgoing = func.sum(case((StockMovement.quantity < 0, StockMovement.quantity), else_=0))
    query = (
        select(
            StockMovement.product_id,
            StockMovement.lot_id,
            StockMovement.location_id,
            Location.code,
            StockLot.reference,
            func.sum(StockMovement.quantity),
            outgoing,
        )
        .join(Location, Location.id == StockMovement.location_id)
        .outerjoin(StockLot, StockLot.id == StockMovement.lot_id)
        .where(Location.warehouse_id == warehouse_id, Location.kind.in_(STORE_KINDS))
        .group_by(
            StockMovement.product_id,
            StockMovement.lot_id,
            StockMovement.location_id,
            Location.code,
            StockLot.reference,
        )
    )
    if product_ids is not None:
        query = query.where(StockMovement.product_id.in_(product_ids))
    return [
        _Slot(product, lot, loc, OpenSlot(code, ref or "", int(left or 0)), int(out or 0) < 0)
        for product, lot, loc, code, ref, left, out in session.execute(query)
        if int(left or 0) > 0
    ]


def _warning(
    session: Session,
    warehouse_id: str,
    product_id: str,
    open_slots: list[OpenSlot],
    opening: OpenSlot | None = None,
) -> CartonWarning:
    product = session.get(Product, product_id)
    code = session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id)) or ""
    assert product is not None
    slots = tuple(sorted(open_slots, key=lambda s: (s.bin, s.lot_reference)))
    return CartonWarning(code, product.sku_code, product.style_no, product.name, slots, opening)


def open_carton_warnings(session: Session, warehouse_id: str, allowed: int) -> list[CartonWarning]:
    """Every SKU of the warehouse with more than ``allowed`` open cartons."""
    by_product: dict[str, list[OpenSlot]] = {}
    for slot in _slots(session, warehouse_id, None):
        if slot.opened:
            by_product.setdefault(slot.product_id, []).append(slot.slot)
    found = [
        _warning(session, warehouse_id, product_id, slots)
        for product_id, slots in by_product.items()
        if len(slots) > allowed
    ]
    return sorted(found, key=lambda w: w.sku)


def opening_warnings(
    session: Session,
    warehouse_id: str,
    takes: list[tuple[str, str | None, str]],
    allowed: int,
) -> list[CartonWarning]:
    """Warnings for taking from these (product, lot, bin) slots: each one not
    yet open while ``allowed`` cartons of its SKU are open already."""
    slots = _slots(session, warehouse_id, {p for p, _, _ in takes})
    warnings: list[CartonWarning] = []
    opened_now: set[tuple[str, str | None, str]] = set()
    for product_id, lot_id, location_id in takes:
        key = (product_id, lot_id, location_id)
        mine = [s for s in slots if s.product_id == product_id]
        target = next((s for s in mine if (s.lot_id, s.location_id) == (lot_id, location_id)), None)
        if target is None or target.opened or key in opened_now:
            continue
        already = [
            s.slot
            for s in mine
            if s.opened or (s.product_id, s.lot_id, s.location_id) in opened_now
        ]
        if len(already) >= allowed:
            warnings.append(_warning(session, warehouse_id, product_id, already, target.slot))
        opened_now.add(key)
    return warnings


def open_cartons(
    db: Database, actor: Actor, warehouse_ref: str | None, allowed: int = 1
) -> list[CartonWarning]:
    """The warning list for a warehouse (every warehouse without one)."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        if warehouse_ref:
            ids = [find_warehouse(session, warehouse_ref).id]
        else:
            ids = list(session.scalars(select(Warehouse.id).order_by(Warehouse.code)))
        return [w for wid in ids for w in open_carton_warnings(session, wid, allowed)]
