"""Secondary sort (二次分拣, R-BAT-3) of a multi-item batch: the picker scans each
picked item and is told which slot (order) it goes to.

A slot is complete when every unit of its order lies in it. An item that no
order of the batch still needs is an error, and so is sorting more of a product
than was picked. Each scan is kept; an undo marks the last one undone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Order, OrderLine, PickLine, Product, ShipBatch, ShipBatchOrder, SortScan
from app.errors import DomainError
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.picking import find_batch, find_product


class SortRefused(DomainError):
    """The scan cannot be sorted; ``params['reason']``: ``not_multi`` (the batch
    needs no sort), ``not_in_batch`` (no order of the batch has it),
    ``all_sorted`` (its orders already have every unit), ``not_picked`` (more
    than was picked), ``nothing_to_undo``."""

    code = "sort_refused"


@dataclass(frozen=True)
class SlotLine:
    product_id: str
    sku_code: str
    name: str
    needed: int
    sorted: int


@dataclass(frozen=True)
class SlotInfo:
    slot: int
    order_id: str
    order_no: str
    recipient: str
    lines: tuple[SlotLine, ...]

    @property
    def needed(self) -> int:
        return sum(line.needed for line in self.lines)

    @property
    def sorted(self) -> int:
        return sum(line.sorted for line in self.lines)

    @property
    def complete(self) -> bool:
        return self.sorted >= self.needed


@dataclass(frozen=True)
class SortBoard:
    batch_id: str
    batch_no: str
    state: str
    slots: tuple[SlotInfo, ...]

    @property
    def complete(self) -> bool:
        return all(s.complete for s in self.slots)


@dataclass(frozen=True)
class SortResult:
    """Where the scanned item goes (or came from, for an undo)."""

    slot: SlotInfo  # after the scan
    sku_code: str
    name: str
    batch_complete: bool
    undone: bool = False


def _board(session: Session, batch: ShipBatch) -> SortBoard:
    sorted_units: Counter[tuple[str, str]] = Counter()
    for order_id, product_id, n in session.execute(
        select(SortScan.order_id, SortScan.product_id, func.count())
        .where(SortScan.batch_id == batch.id, SortScan.undone_at.is_(None))
        .group_by(SortScan.order_id, SortScan.product_id)
    ):
        sorted_units[(order_id, product_id)] = int(n)
    lines: dict[str, list[SlotLine]] = {}
    for order_id, product_id, sku, name, qty in session.execute(
        select(
            OrderLine.order_id,
            OrderLine.product_id,
            Product.sku_code,
            Product.name,
            func.sum(OrderLine.quantity),
        )
        .join(Product, Product.id == OrderLine.product_id)
        .join(ShipBatchOrder, ShipBatchOrder.order_id == OrderLine.order_id)
        .where(ShipBatchOrder.batch_id == batch.id)
        .group_by(OrderLine.order_id, OrderLine.product_id, Product.sku_code, Product.name)
        .order_by(Product.sku_code)
    ):
        done = sorted_units[(order_id, product_id)]
        lines.setdefault(order_id, []).append(SlotLine(product_id, sku, name, int(qty), done))
    slots = [
        SlotInfo(
            slot=link.slot or link.sort_position,
            order_id=order.id,
            order_no=order.platform_order_no,
            recipient=order.recipient_name,
            lines=tuple(lines.get(order.id, ())),
        )
        for link, order in session.execute(
            select(ShipBatchOrder, Order)
            .join(Order, Order.id == ShipBatchOrder.order_id)
            .where(ShipBatchOrder.batch_id == batch.id)
            .order_by(ShipBatchOrder.sort_position)
        )
    ]
    return SortBoard(batch.id, batch.batch_no, batch.state, tuple(slots))


def sort_board(db: Database, actor: Actor, batch_ref: str) -> SortBoard:
    """Every slot of a multi-item batch with what it needs and what lies in it;
    any other batch is refused (``not_multi``): it needs no sort."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        return _board(session, _multi(session, batch_ref))


def _multi(session: Session, batch_ref: str) -> ShipBatch:
    batch = find_batch(session, batch_ref)
    if batch.kind != "multi":
        raise SortRefused(f"{batch.batch_no} needs no sort", reason="not_multi")
    return batch


def sort_item(
    db: Database, actor: Actor, batch_ref: str, code: str, now: datetime | None = None
) -> SortResult:
    """Put one scanned item in the first slot (lowest number) still needing it."""
    with db.write() as session:
        authorize(session, actor, Action.PICK)
        batch = _multi(session, batch_ref)
        product = find_product(session, code)
        board = _board(session, batch)
        wanting = [
            (slot, line)
            for slot in board.slots
            for line in slot.lines
            if line.product_id == product.id
        ]
        if not wanting:
            raise SortRefused(
                f"{product.sku_code} belongs to no order of {batch.batch_no}",
                reason="not_in_batch",
                sku=product.sku_code,
            )
        target = next(((s, ln) for s, ln in wanting if ln.sorted < ln.needed), None)
        if target is None:
            raise SortRefused(
                f"every order of {batch.batch_no} already has its {product.sku_code}",
                reason="all_sorted",
                sku=product.sku_code,
            )
        picked = session.scalar(
            select(func.sum(PickLine.picked)).where(
                PickLine.batch_id == batch.id, PickLine.product_id == product.id
            )
        )
        if sum(ln.sorted for _, ln in wanting) >= int(picked or 0):
            raise SortRefused(
                f"{product.sku_code}: more sorted than picked",
                reason="not_picked",
                sku=product.sku_code,
            )
        slot, _line = target
        session.add(
            SortScan(
                batch_id=batch.id,
                order_id=slot.order_id,
                product_id=product.id,
                slot=slot.slot,
                user_id=actor.user_id,
                station_id=actor.station_id,
                created_at=now or utcnow(),
            )
        )
        record_event(
            session,
            actor,
            "sort.scanned",
            {"batch_id": batch.id, "order_id": slot.order_id, "product_id": product.id},
        )
        session.flush()
        return _result(session, actor, batch, slot.order_id, product, undone=False)


def undo_last_sort(
    db: Database, actor: Actor, batch_ref: str, now: datetime | None = None
) -> SortResult:
    """Take back this user's last sort scan in the batch (the item was misplaced)."""
    with db.write() as session:
        authorize(session, actor, Action.PICK)
        batch = _multi(session, batch_ref)
        scan = session.scalar(
            select(SortScan)
            .where(
                SortScan.batch_id == batch.id,
                SortScan.user_id == actor.user_id,
                SortScan.undone_at.is_(None),
            )
            .order_by(SortScan.created_at.desc(), SortScan.id.desc())
            .limit(1)
        )
        if scan is None:
            raise SortRefused("nothing to undo", reason="nothing_to_undo")
        scan.undone_at = now or utcnow()
        record_event(session, actor, "sort.undone", {"batch_id": batch.id, "scan_id": scan.id})
        session.flush()
        product = session.get_one(Product, scan.product_id)
        return _result(session, actor, batch, scan.order_id, product, undone=True)


def _result(
    session: Session,
    actor: Actor,
    batch: ShipBatch,
    order_id: str,
    product: Product,
    undone: bool,
) -> SortResult:
    """The slot after the change; the batch becomes ``sorted`` with its last unit."""
    board = _board(session, batch)
    slot = next(s for s in board.slots if s.order_id == order_id)
    if board.complete and batch.state != "sorted":
        batch.state = "sorted"
        record_event(session, actor, "batch.sorted", {"batch_id": batch.id})
    elif not board.complete and batch.state == "sorted":
        batch.state = "picked"
    return SortResult(slot, product.sku_code, product.name, board.complete, undone)
