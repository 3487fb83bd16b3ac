"""Cutting audited orders into ship batches for the day's cut-offs (R-BAT-1,2).

Single-item orders (一单一品, one line of quantity 1) go straight to packing
after the pick; multi-item orders (一单多品) need a secondary sort; one unit of a
pre-packed SKU (R-BAT-5) skips packing. The three never share a batch. In the
last cut-off of the day SF Express prints first. An order the stock cannot
cover is held with the reason instead of batched; the rest get pick lines
allocated first-in-first-out (R-BAT-4) in the same transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.db.base import new_id, utcnow
from app.db.engine import Database
from app.db.models import (
    BATCH_KINDS,
    ORDER_STATUSES,
    Courier,
    Order,
    OrderLine,
    PickLine,
    Product,
    ShipBatch,
    ShipBatchOrder,
)
from app.errors import InvalidInput
from app.order_settings import AuditSection, BatchesSection, check_order_settings
from app.permissions import Action
from app.services.allocation import (
    StockSlot,
    allocate,
    available_units,
    pickable_stock,
    picking_warehouse,
)
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event, record_events
from app.services.order_audit import ship_day

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
    audit_settings: AuditSection | None = None,
) -> list[BatchInfo]:
    """Batch every audited, unbatched order for cut-off ``cutoff_index`` (1-based),
    with its pick lines allocated first-in-first-out (R-BAT-4).

    Only orders that ship on ``ship_date`` or earlier are due: one paid at or
    after the audit cut-off (``audit_settings``, 17:00) ships the next day
    (R-ORD-4) and waits. Returns the new batches (none when nothing is due);
    short orders are held.
    Rows are read and written in bulk: a day's 10,000 orders cut in well under
    a second.
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
        due = [
            o
            for o in _due_orders(session)
            if o.paid_at is not None
            and ship_day(audit_settings or AuditSection(), o.paid_at, now) <= ship_date
        ]
        if not due:
            return []
        stock = pickable_stock(session, picking_warehouse(session, actor))
        available = available_units(stock)
        products = {
            pid: (code, prepacked)
            for pid, code, prepacked in session.execute(
                select(Product.id, Product.sku_code, Product.prepacked)
            )
        }
        kept: dict[str, list[_DueOrder]] = {kind: [] for kind in BATCH_KINDS}
        held: list[_DueOrder] = []
        for order in due:  # oldest paid first take the stock
            short = sorted(products[p][0] for p, q in order.need.items() if q > available[p])
            if not order.need or short:
                order.held_reason = "short_stock: " + ", ".join(short) if short else "no_lines"
                held.append(order)
                continue
            available.subtract(order.need)
            kept[_kind(order, products)].append(order)
        _hold(session, actor, held, now)
        batches: list[tuple[ShipBatch, tuple[str, ...]]] = []
        rows = _Rows()
        for kind, orders in kept.items():
            if sf_first:  # R-BAT-2; stable: paid order kept within SF and within the rest
                orders.sort(key=lambda o: o.courier_code != settings.first_courier)
            seq = _next_seq(session, ship_date, cutoff_index, kind)
            for start in range(0, len(orders), settings.max_size):
                chunk = orders[start : start + settings.max_size]
                slot = _Slot(ship_date, cutoff, cutoff_index, kind, seq, sf_first)
                batches.append(_new_batch(session, actor, slot, chunk, stock, now, rows))
                seq += 1
        _insert_rows(session, actor, [b.id for b, _ in batches], rows, now)
        audit(
            session,
            actor,
            "batches_cut",
            "ship_date",
            ship_date.isoformat(),
            cutoff=cutoff,
            cutoff_index=cutoff_index,
            batches=[b.batch_no for b, _ in batches],
            batched=sum(len(ids) for _, ids in batches),
            held=[o.id for o in held],
        )
        return [_info(b, ids, {"batched": len(ids)}) for b, ids in batches]


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
        return [
            _info(b, tuple(link.order_id for link in b.orders), dict(counts[b.id])) for b in batches
        ]


@dataclass
class _DueOrder:
    """An audited order waiting for a batch, read in bulk (no ORM objects)."""

    id: str
    courier_code: str
    paid_at: datetime | None
    need: Counter[str]  # units per product id
    held_reason: str = ""


def _due_orders(session: Session) -> list[_DueOrder]:
    """Audited orders in no batch, oldest payment first, with their lines."""
    waiting = (
        select(Order.id)
        .outerjoin(ShipBatchOrder, ShipBatchOrder.order_id == Order.id)
        .where(Order.status == "audited", ShipBatchOrder.id.is_(None))
    )
    due = [
        _DueOrder(order_id, code or "", paid_at, Counter())
        for order_id, code, paid_at in session.execute(
            select(Order.id, Courier.code, Order.paid_at)
            .outerjoin(Courier, Courier.id == Order.courier_id)
            .where(Order.id.in_(waiting))
            .order_by(Order.paid_at, Order.platform_order_no)
        )
    ]
    by_id = {o.id: o for o in due}
    for order_id, product_id, quantity in session.execute(
        select(OrderLine.order_id, OrderLine.product_id, OrderLine.quantity).where(
            OrderLine.order_id.in_(waiting)
        )
    ):
        by_id[order_id].need[product_id] += quantity
    return due


def _kind(order: _DueOrder, products: dict[str, tuple[str, bool]]) -> str:
    """``prepacked`` for one unit of a pre-packed SKU (R-BAT-5), else as :func:`order_kind`."""
    if len(order.need) == 1 and order.need.total() == 1:
        (product_id,) = order.need
        return "prepacked" if products[product_id][1] else "single"
    return "multi"


def _hold(session: Session, actor: Actor, held: list[_DueOrder], now: datetime) -> None:
    for order in held:
        session.execute(
            update(Order)
            .where(Order.id == order.id)
            .values(
                status="held",
                held_reason=order.held_reason,
                version=Order.version + 1,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        record_event(
            session, actor, "order.held", {"order_id": order.id, "reason": order.held_reason}
        )


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


_LETTERS = {"single": "S", "multi": "M", "prepacked": "P"}


@dataclass
class _Rows:
    """Rows of the new batches, inserted in one statement per table at the end."""

    links: list[dict[str, object]] = field(default_factory=list)
    picks: list[dict[str, object]] = field(default_factory=list)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _new_batch(
    session: Session,
    actor: Actor,
    slot: _Slot,
    orders: list[_DueOrder],
    stock: dict[str, list[StockSlot]],
    now: datetime,
    rows: _Rows,
) -> tuple[ShipBatch, tuple[str, ...]]:
    """The batch, its orders in print order, and its pick lines (FIFO)."""
    kind = slot.kind
    batch = ShipBatch(
        id=new_id(),
        batch_no=f"B{slot.ship_date:%Y%m%d}-{slot.cutoff_index}-{_LETTERS[kind]}{slot.seq}",
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
    session.add(batch)
    ids = tuple(o.id for o in orders)
    rows.links.extend(
        {
            "id": new_id(),
            "batch_id": batch.id,
            "order_id": order_id,
            "sort_position": position,
            "slot": position if kind == "multi" else None,
        }
        for position, order_id in enumerate(ids, start=1)
    )
    need: Counter[str] = Counter()
    for order in orders:
        need.update(order.need)
    rows.picks.extend(
        {
            "id": new_id(),
            "batch_id": batch.id,
            "product_id": a.product_id,
            "lot_id": a.lot_id,
            "location_id": a.location_id,
            "quantity": a.quantity,
            "picked": 0,
            "version": 1,
            "updated_at": now,
        }
        for a in allocate(stock, need)
    )
    # One event carries the batch and its orders in order: replaying it on the
    # shared database batches the same orders (DESIGN "Sync").
    rows.events.append(
        (
            "batch.created",
            {
                "batch_id": batch.id,
                "batch_no": batch.batch_no,
                "kind": kind,
                "ship_date": slot.ship_date.isoformat(),
                "cutoff_index": slot.cutoff_index,
                "order_ids": list(ids),
            },
        )
    )
    return batch, ids


def _insert_rows(
    session: Session, actor: Actor, batch_ids: list[str], rows: _Rows, now: datetime
) -> None:
    """Core executemany (no ORM bookkeeping), then the orders' state in one UPDATE."""
    session.flush()  # the batches themselves
    for table, values in ((ShipBatchOrder, rows.links), (PickLine, rows.picks)):
        if values:
            session.execute(insert(cast(Table, table.__table__)), values)
    record_events(session, actor, rows.events)
    batched = select(ShipBatchOrder.order_id).where(ShipBatchOrder.batch_id.in_(batch_ids))
    session.execute(
        update(Order)
        .where(Order.id.in_(batched))
        .values(status="batched", version=Order.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )


def _info(batch: ShipBatch, order_ids: tuple[str, ...], states: dict[str, int]) -> BatchInfo:
    return BatchInfo(
        id=batch.id,
        batch_no=batch.batch_no,
        ship_date=batch.ship_date,
        cutoff=batch.cutoff,
        cutoff_index=batch.cutoff_index,
        kind=batch.kind,
        state=batch.state,
        order_count=len(order_ids),
        sf_first=batch.sf_first,
        order_ids=order_ids,
        order_states={s: states[s] for s in ORDER_STATUSES if states.get(s)},
    )
