"""Cutting audited orders into ship batches for the day's cut-offs (R-BAT-1,2).

Single-item orders (一单一品, one line of quantity 1) go straight to packing
after the pick; multi-item orders (一单多品) need a secondary sort, so the two
never share a batch. In the last cut-off of the day SF Express prints first.
An order the stock cannot cover is held with the reason instead of batched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import (
    ORDER_STATUSES,
    Courier,
    Location,
    Order,
    OrderLine,
    Product,
    ShipBatch,
    ShipBatchOrder,
    StockMovement,
)
from app.errors import InvalidInput
from app.order_settings import AuditSection, BatchesSection, check_order_settings
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event

# Stock in these bins is not sellable and cannot cover an order.
UNSELLABLE_LOCATION_KINDS = ("defective", "sample")
# Batched orders still holding their goods in the warehouse.
_DONE_STATUSES = ("shipped", "cancelled", "returned")


# The settings are the ``[batches]`` config section (R-BAT-1: cut-offs editable).
BatchSettings = BatchesSection


def check_settings(settings: BatchSettings) -> None:
    """Refuse cut-offs or sizes the config file would refuse (settings built in code)."""
    problems = check_order_settings(AuditSection(), settings, "batches")
    if problems:
        raise InvalidInput(problems[0].split(": ", 1)[1], field="batches")


@dataclass(frozen=True)
class BatchInfo:
    id: str
    batch_no: str
    ship_date: date
    cutoff: str
    cutoff_index: int
    kind: str
    state: str
    order_count: int
    sf_first: bool
    order_ids: tuple[str, ...]  # in print/pick order
    order_states: dict[str, int] = field(default_factory=dict)


def order_kind(order: Order) -> str:
    """``single`` for one line of quantity 1, else ``multi``."""
    if len(order.lines) == 1 and order.lines[0].quantity == 1:
        return "single"
    return "multi"


def cut_batches(
    db: Database,
    actor: Actor,
    ship_date: date,
    cutoff_index: int,
    settings: BatchSettings | None = None,
    now: datetime | None = None,
) -> list[BatchInfo]:
    """Batch every audited, unbatched order for cut-off ``cutoff_index`` (1-based).

    Returns the new batches (none when nothing is due); short orders are held.
    """
    settings = settings or BatchSettings()
    check_settings(settings)
    if not 1 <= cutoff_index <= len(settings.cutoffs):
        raise InvalidInput(
            f"cut-off {cutoff_index} is not one of 1..{len(settings.cutoffs)}",
            field="cutoff_index",
        )
    now = now or utcnow()
    if now.tzinfo is None:
        raise InvalidInput("now must be an aware datetime", field="now")
    cutoff = settings.cutoffs[cutoff_index - 1]
    sf_first = cutoff_index == len(settings.cutoffs)
    with db.write() as session:
        authorize(session, actor, Action.MAKE_BATCHES)
        due = session.execute(
            select(Order, Courier.code)
            .outerjoin(Courier, Courier.id == Order.courier_id)
            .outerjoin(ShipBatchOrder, ShipBatchOrder.order_id == Order.id)
            .where(Order.status == "audited", ShipBatchOrder.id.is_(None))
            .order_by(Order.paid_at, Order.platform_order_no)
        ).all()
        if not due:
            return []
        available = _available_stock(session)
        sku = {pid: code for pid, code in session.execute(select(Product.id, Product.sku_code))}
        kept: dict[str, list[tuple[Order, str]]] = {"single": [], "multi": []}
        held: list[Order] = []
        for order, courier_code in due:  # oldest paid first take the stock
            need: Counter[str] = Counter()
            for line in order.lines:
                need[line.product_id] += line.quantity
            short = sorted(sku[p] for p, q in need.items() if q > available[p])
            if not order.lines or short:
                order.status = "held"
                order.held_reason = "short_stock: " + ", ".join(short) if short else "no_lines"
                held.append(order)
                record_event(
                    session,
                    actor,
                    "order.held",
                    {"order_id": order.id, "reason": order.held_reason},
                )
                continue
            available.subtract(need)
            kept[order_kind(order)].append((order, courier_code or ""))
        batches: list[ShipBatch] = []
        for kind, orders in kept.items():
            if sf_first:  # stable: paid order kept within SF and within the rest
                orders.sort(key=lambda pair: pair[1] != settings.first_courier)
            seq = _next_seq(session, ship_date, cutoff_index, kind)
            for start in range(0, len(orders), settings.max_size):
                chunk = [o for o, _ in orders[start : start + settings.max_size]]
                slot = _Slot(ship_date, cutoff, cutoff_index, kind, seq, sf_first)
                batches.append(_new_batch(session, actor, slot, chunk, now))
                seq += 1
        session.flush()
        infos = [_info(b, {"batched": len(b.orders)}) for b in batches]
        audit(
            session,
            actor,
            "batches_cut",
            "ship_date",
            ship_date.isoformat(),
            cutoff=cutoff,
            cutoff_index=cutoff_index,
            batches=[b.batch_no for b in batches],
            batched=sum(len(b.orders) for b in batches),
            held=[o.id for o in held],
        )
        return infos


def list_batches(db: Database, actor: Actor, ship_date: date) -> list[BatchInfo]:
    """The day's batches by cut-off, kind and number, with their orders' states."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        batches = session.scalars(
            select(ShipBatch)
            .where(ShipBatch.ship_date == ship_date)
            .order_by(ShipBatch.cutoff_index, ShipBatch.kind.desc(), ShipBatch.seq)
        ).all()
        ids = [b.id for b in batches]
        counts: dict[str, Counter[str]] = {i: Counter() for i in ids}
        rows = session.execute(
            select(ShipBatchOrder.batch_id, Order.status, func.count())
            .join(Order, Order.id == ShipBatchOrder.order_id)
            .where(ShipBatchOrder.batch_id.in_(ids))
            .group_by(ShipBatchOrder.batch_id, Order.status)
        )
        for batch_id, status, n in rows:
            counts[batch_id][status] = int(n)
        return [_info(b, dict(counts[b.id])) for b in batches]


def _available_stock(session: Session) -> Counter[str]:
    """Per product: the sellable ledger balance less what batched, unshipped orders take."""
    available: Counter[str] = Counter()
    balance = session.execute(
        select(StockMovement.product_id, func.sum(StockMovement.quantity))
        .join(Location, Location.id == StockMovement.location_id)
        .where(Location.kind.not_in(UNSELLABLE_LOCATION_KINDS))
        .group_by(StockMovement.product_id)
    )
    for product_id, qty in balance:
        available[product_id] += int(qty or 0)
    reserved = session.execute(
        select(OrderLine.product_id, func.sum(OrderLine.quantity))
        .join(Order, Order.id == OrderLine.order_id)
        .join(ShipBatchOrder, ShipBatchOrder.order_id == Order.id)
        .where(Order.status.not_in(_DONE_STATUSES))
        .group_by(OrderLine.product_id)
    )
    for product_id, qty in reserved:
        available[product_id] -= int(qty or 0)
    return available


def _next_seq(session: Session, ship_date: date, cutoff_index: int, kind: str) -> int:
    last = session.scalar(
        select(func.max(ShipBatch.seq)).where(
            ShipBatch.ship_date == ship_date,
            ShipBatch.cutoff_index == cutoff_index,
            ShipBatch.kind == kind,
        )
    )
    return int(last or 0) + 1


@dataclass(frozen=True)
class _Slot:
    """Where a new batch sits in the day."""

    ship_date: date
    cutoff: str
    cutoff_index: int
    kind: str
    seq: int
    sf_first: bool


def _new_batch(
    session: Session, actor: Actor, slot: _Slot, orders: list[Order], now: datetime
) -> ShipBatch:
    kind = slot.kind
    letter = "S" if kind == "single" else "M"
    batch = ShipBatch(
        batch_no=f"B{slot.ship_date:%Y%m%d}-{slot.cutoff_index}-{letter}{slot.seq}",
        ship_date=slot.ship_date,
        cutoff=slot.cutoff,
        cutoff_index=slot.cutoff_index,
        kind=kind,
        seq=slot.seq,
        sf_first=slot.sf_first,
        state="open",
        created_by=actor.user_id,
        created_at=now,
    )
    for position, order in enumerate(orders, start=1):
        batch.orders.append(
            ShipBatchOrder(
                order_id=order.id,
                sort_position=position,
                slot=position if kind == "multi" else None,
            )
        )
        order.status = "batched"
    session.add(batch)
    session.flush()
    record_event(
        session,
        actor,
        "batch.created",
        {"batch_id": batch.id, "batch_no": batch.batch_no, "kind": kind, "orders": len(orders)},
    )
    for link in batch.orders:
        record_event(
            session,
            actor,
            "order.batched",
            {"order_id": link.order_id, "batch_id": batch.id, "position": link.sort_position},
        )
    return batch


def _info(batch: ShipBatch, states: dict[str, int]) -> BatchInfo:
    return BatchInfo(
        id=batch.id,
        batch_no=batch.batch_no,
        ship_date=batch.ship_date,
        cutoff=batch.cutoff,
        cutoff_index=batch.cutoff_index,
        kind=batch.kind,
        state=batch.state,
        order_count=len(batch.orders),
        sf_first=batch.sf_first,
        order_ids=tuple(link.order_id for link in batch.orders),
        order_states={s: states[s] for s in ORDER_STATUSES if states.get(s)},
    )
