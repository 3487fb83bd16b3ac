"""Picking a ship batch (R-BAT-3,4): the batch total per product in bin walk
order, from the lots allocated first-in-first-out when the batch was cut, and
its confirmation by scanning a bin and then the items taken from it.

A confirmed unit moves from its bin to the warehouse's staging area (待发区) in
the ledger, so stock stays where it physically is. When every unit is picked
the batch is ``picked`` and its orders move on to ``picked``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import (
    Location,
    Order,
    PickLine,
    Product,
    ProductBarcode,
    ShipBatch,
    ShipBatchOrder,
    StockLot,
    StockMovement,
    Warehouse,
)
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event

STAGING_KIND = "staging"
_EPOCH = datetime.min.replace(tzinfo=UTC)


class NotOnPickList(DomainError):
    """The scanned bin or item has nothing left to pick in this batch.

    ``params['what']`` is ``bin`` or ``item``; ``params['code']`` what was scanned;
    ``params['reason']`` is ``not_listed`` or ``all_picked``.
    """

    code = "not_on_pick_list"


@dataclass(frozen=True)
class PickRow:
    """One line of the pick list: take ``quantity`` of a product from a bin."""

    line_id: str
    bin_code: str
    zone: str
    walk_order: int
    product_id: str
    sku_code: str
    name: str
    style_no: str
    colour: str
    size: str
    prepacked: bool
    lot_reference: str
    received_at: datetime | None
    quantity: int
    picked: int

    @property
    def done(self) -> bool:
        return self.picked >= self.quantity


@dataclass(frozen=True)
class PickList:
    batch_id: str
    batch_no: str
    kind: str
    state: str
    order_count: int
    rows: tuple[PickRow, ...]  # walk order

    @property
    def total(self) -> int:
        return sum(r.quantity for r in self.rows)

    @property
    def picked(self) -> int:
        return sum(r.picked for r in self.rows)

    @property
    def complete(self) -> bool:
        return self.picked >= self.total


@dataclass(frozen=True)
class PickConfirmed:
    row: PickRow  # the line after the scan
    batch_picked: int
    batch_total: int
    batch_complete: bool  # this scan picked the batch's last unit


def find_batch(session: Session, ref: str) -> ShipBatch:
    """A batch by id or by its number (as printed and scanned)."""
    batch = session.scalar(
        select(ShipBatch).where(or_(ShipBatch.id == ref, ShipBatch.batch_no == ref.strip()))
    )
    if batch is None:
        raise NotFound(f"no batch {ref!r}", kind="batch", ref=ref)
    return batch


def find_product(session: Session, code: str) -> Product:
    """A product by any of its barcodes or its SKU code."""
    code = code.strip()
    product = session.scalar(
        select(Product).join(ProductBarcode).where(ProductBarcode.barcode == code)
    ) or session.scalar(select(Product).where(Product.sku_code == code))
    if product is None:
        raise NotFound(f"no product {code!r}", kind="product", ref=code)
    return product


def _rows(session: Session, batch_id: str) -> list[PickRow]:
    result = session.execute(
        select(PickLine, Location, Product, StockLot)
        .join(Location, Location.id == PickLine.location_id)
        .join(Product, Product.id == PickLine.product_id)
        .outerjoin(StockLot, StockLot.id == PickLine.lot_id)
        .where(PickLine.batch_id == batch_id)
        .order_by(Location.walk_order, Location.code, Product.sku_code, StockLot.received_at)
    )
    return [
        PickRow(
            line_id=line.id,
            bin_code=loc.code,
            zone=loc.zone,
            walk_order=loc.walk_order,
            product_id=product.id,
            sku_code=product.sku_code,
            name=product.name,
            style_no=product.style_no,
            colour=product.colour,
            size=product.size,
            prepacked=product.prepacked,
            lot_reference=lot.reference if lot else "",
            received_at=lot.received_at if lot else None,
            quantity=line.quantity,
            picked=line.picked,
        )
        for line, loc, product, lot in result
    ]


def pick_list(db: Database, actor: Actor, batch_ref: str) -> PickList:
    """The batch's pick list (汇总单), one row per bin, product and lot, in walk order."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        batch = find_batch(session, batch_ref)
        return PickList(
            batch_id=batch.id,
            batch_no=batch.batch_no,
            kind=batch.kind,
            state=batch.state,
            order_count=len(batch.orders),
            rows=tuple(_rows(session, batch.id)),
        )


def _staging(session: Session, warehouse_id: str) -> Location:
    """The warehouse's staging area; made on first use (``<WH>-DF-01``, 待发区)."""
    staging = session.scalar(
        select(Location)
        .where(Location.warehouse_id == warehouse_id, Location.kind == STAGING_KIND)
        .order_by(Location.code)
        .limit(1)
    )
    if staging is None:
        code = session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id))
        staging = Location(
            warehouse_id=warehouse_id, code=f"{code}-DF-01", kind=STAGING_KIND, zone="DF"
        )
        session.add(staging)
        session.flush()
    return staging


def confirm_pick(
    db: Database,
    actor: Actor,
    batch_ref: str,
    bin_code: str,
    item_code: str,
    quantity: int = 1,
    now: datetime | None = None,
) -> PickConfirmed:
    """The picker took ``quantity`` units of the scanned item from the scanned bin.

    Refused (nothing changes) when the bin or the item has nothing left to pick
    in this batch; the oldest lot's line in that bin is confirmed first (R-BAT-4).
    """
    if quantity < 1:
        raise InvalidInput("pick at least one unit", field="quantity")
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.PICK)
        batch = find_batch(session, batch_ref)
        lines = session.execute(
            select(PickLine, Location)
            .join(Location, Location.id == PickLine.location_id)
            .where(PickLine.batch_id == batch.id, Location.code == bin_code.strip())
        ).all()
        if not lines:
            raise NotOnPickList(
                f"bin {bin_code} is not on the pick list",
                what="bin",
                code=bin_code,
                reason="not_listed",
            )
        product = find_product(session, item_code)
        mine = [(line, loc) for line, loc in lines if line.product_id == product.id]
        if not mine:
            raise NotOnPickList(
                f"{product.sku_code} is not to be picked from {bin_code}",
                what="item",
                code=item_code,
                sku=product.sku_code,
                reason="not_listed",
            )
        open_lines = [(ln, loc) for ln, loc in mine if ln.picked < ln.quantity]
        left = sum(ln.quantity - ln.picked for ln, _ in open_lines)
        if left < quantity:
            raise NotOnPickList(
                f"{product.sku_code} from {bin_code}: only {left} left to pick",
                what="item",
                code=item_code,
                sku=product.sku_code,
                reason="all_picked",
                left=left,
            )
        lot_ids = [ln.lot_id for ln, _ in open_lines if ln.lot_id]
        lots: dict[str, datetime] = {
            lot_id: received
            for lot_id, received in session.execute(
                select(StockLot.id, StockLot.received_at).where(StockLot.id.in_(lot_ids))
            )
        }
        # The oldest lot in this bin first (R-BAT-4); lines without a lot go first.
        open_lines.sort(key=lambda pair: (lots.get(pair[0].lot_id or "", _EPOCH), pair[0].id))
        staging = _staging(session, open_lines[0][1].warehouse_id)
        wanted = quantity
        touched = open_lines[0][0]
        for line, loc in open_lines:
            take = min(wanted, line.quantity - line.picked)
            if not take:
                continue
            line.picked += take
            wanted -= take
            touched = line
            _move(session, actor, batch, line, loc.id, staging.id, take, now)
            if not wanted:
                break
        first = batch.state == "open"
        if first:
            batch.state = "picking"
        session.flush()
        total, picked = _progress(session, batch.id)
        complete = picked >= total
        if complete:
            _finish(session, actor, batch, now)
        record_event(
            session,
            actor,
            "pick.confirmed",
            {
                "batch_id": batch.id,
                "bin": bin_code.strip(),
                "product_id": product.id,
                "quantity": quantity,
            },
        )
        row = next(r for r in _rows(session, batch.id) if r.line_id == touched.id)
        return PickConfirmed(row, picked, total, complete)


def _move(
    session: Session,
    actor: Actor,
    batch: ShipBatch,
    line: PickLine,
    from_id: str,
    to_id: str,
    quantity: int,
    now: datetime,
) -> None:
    """Two ledger rows: out of the bin, into staging, same lot (R-ACC-3 append-only)."""
    for location_id, delta in ((from_id, -quantity), (to_id, quantity)):
        session.add(
            StockMovement(
                product_id=line.product_id,
                lot_id=line.lot_id,
                location_id=location_id,
                quantity=delta,
                kind="pick",
                document_type="ship_batch",
                document_id=batch.batch_no,
                user_id=actor.user_id,
                station_id=actor.station_id,
                created_at=now,
            )
        )


def _progress(session: Session, batch_id: str) -> tuple[int, int]:
    total, picked = session.execute(
        select(func.sum(PickLine.quantity), func.sum(PickLine.picked)).where(
            PickLine.batch_id == batch_id
        )
    ).one()
    return int(total or 0), int(picked or 0)


def _finish(session: Session, actor: Actor, batch: ShipBatch, now: datetime) -> None:
    """Every unit is picked: the batch and its still-batched orders are ``picked``."""
    batch.state = "picked"
    ids = select(ShipBatchOrder.order_id).where(ShipBatchOrder.batch_id == batch.id)
    session.execute(
        update(Order)
        .where(Order.id.in_(ids), Order.status == "batched")
        .values(status="picked", version=Order.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    record_event(session, actor, "batch.picked", {"batch_id": batch.id, "batch_no": batch.batch_no})
