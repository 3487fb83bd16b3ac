"""Looking at orders: counts per state and the order list (read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select

from app.db.engine import Database
from app.db.models import ORDER_STATUSES, Courier, Order, OrderLine, ShipBatchOrder
from app.errors import InvalidInput
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.picking import find_batch


@dataclass(frozen=True)
class OrderRow:
    id: str
    platform_order_no: str
    shop: str
    paid_at: datetime | None
    recipient_name: str
    province: str
    city: str
    courier_code: str
    waybill_no: str
    status: str
    item_count: int
    remark: str
    held_reason: str = ""  # why a held order is held ("short_stock: SKU1, SKU2"), else ""


def status_counts(db: Database, actor: Actor) -> dict[str, int]:
    """How many orders are in each state (every state listed, zeros included)."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        rows = session.execute(select(Order.status, func.count()).group_by(Order.status)).all()
    counts = dict.fromkeys(ORDER_STATUSES, 0)
    counts.update({status: int(n) for status, n in rows})
    return counts


def list_orders(
    db: Database, actor: Actor, status: str | None = None, limit: int = 200
) -> list[OrderRow]:
    """The newest paid orders first; at most ``limit`` rows."""
    if status is not None and status not in ORDER_STATUSES:
        raise InvalidInput(f"unknown order status {status!r}", field="status")
    query = _order_query().order_by(Order.paid_at.desc(), Order.platform_order_no).limit(limit)
    if status is not None:
        query = query.where(Order.status == status)
    with db.read() as session:
        authorize(session, actor, Action.VIEW_ORDERS)
        return [_row(o, c, n) for o, c, n in session.execute(query)]


def batch_orders(db: Database, actor: Actor, batch_ref: str) -> list[OrderRow]:
    """A ship batch's orders in print and pick order (its sort positions), by
    batch id or number: the batch screen lists them with their states."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_ORDERS)
        batch = find_batch(session, batch_ref)
        query = (
            _order_query()
            .join(ShipBatchOrder, ShipBatchOrder.order_id == Order.id)
            .where(ShipBatchOrder.batch_id == batch.id)
            .order_by(ShipBatchOrder.sort_position)
        )
        return [_row(o, c, n) for o, c, n in session.execute(query)]


def _order_query() -> Select[Order, str | None, int | None]:
    line_totals = (
        select(OrderLine.order_id, func.sum(OrderLine.quantity).label("item_count"))
        .group_by(OrderLine.order_id)
        .subquery()
    )
    return (
        select(Order, Courier.code, line_totals.c.item_count)
        .outerjoin(Courier, Courier.id == Order.courier_id)
        .outerjoin(line_totals, line_totals.c.order_id == Order.id)
    )


def _row(order: Order, courier_code: str | None, item_count: int | None) -> OrderRow:
    return OrderRow(
        id=order.id,
        platform_order_no=order.platform_order_no,
        shop=order.shop,
        paid_at=order.paid_at,
        recipient_name=order.recipient_name,
        province=order.province,
        city=order.city,
        courier_code=courier_code or "",
        waybill_no=order.waybill_no or "",
        status=order.status,
        item_count=int(item_count or 0),
        remark=" / ".join(t for t in (order.cs_remark, order.buyer_message) if t),
        held_reason=(order.held_reason or "") if order.status == "held" else "",
    )
