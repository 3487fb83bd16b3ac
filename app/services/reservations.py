"""Goods reserved for a customer by sales (囤货, R-STK-1).

A reservation holds units of a SKU in a warehouse for a named customer:
they are not pickable for batch cutting (``allocation.pickable_stock`` takes
them off the newest stock, so older stock keeps going out first). The
customer claims them (their order then takes them), sales cancel, or, not
claimed within ``[stock].reserve_days`` (7), they return to normal sale by
:func:`release_expired`, which the screen and a worker call with the time.
A reservation made at T is released at T + 7 days exactly, not a second
earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Product, Reservation, Warehouse
from app.errors import InvalidInput, NotFound
from app.permissions import Action
from app.services.allocation import available_units, pickable_stock, picking_warehouse
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.stock_ops import (
    InsufficientStock,
    StockOpRefused,
    find_product,
    find_warehouse,
    user_name,
)

RESERVE_DAYS = 7  # [stock].reserve_days
MAX_CUSTOMER = 100


@dataclass(frozen=True)
class ReservationInfo:
    id: str
    sku: str
    name: str
    warehouse: str
    quantity: int
    customer: str
    reserved_by: str
    reserved_at: datetime
    expires_at: datetime
    state: str  # held, claimed, cancelled, released
    closed_at: datetime | None


def reserve(
    db: Database,
    actor: Actor,
    item_code: str,
    quantity: int,
    customer: str,
    now: datetime | None = None,
    *,
    warehouse: str | None = None,
    days: int = RESERVE_DAYS,
) -> ReservationInfo:
    """Hold ``quantity`` units for ``customer`` (the station's warehouse
    unless named). Refused, nothing written: an unknown item, no customer,
    more units than are free to sell."""
    if quantity < 1:
        raise InvalidInput("reserve at least one unit", field="quantity", value=quantity)
    customer = customer.strip()
    if not customer or len(customer) > MAX_CUSTOMER:
        raise InvalidInput("name the customer", field="customer", value=customer)
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        product = find_product(session, item_code)
        if warehouse:
            store = find_warehouse(session, warehouse)
        else:
            found = picking_warehouse(session, actor)
            if found is None:
                raise NotFound("no warehouse", kind="warehouse", ref="")
            store = find_warehouse(session, found)
        free = available_units(pickable_stock(session, store.id))[product.id]
        if free < quantity:
            raise InsufficientStock(
                f"{store.code} has {free} of {product.sku_code} free, not {quantity}",
                sku=product.sku_code,
                wanted=quantity,
                available=free,
                where=store.code,
            )
        row = Reservation(
            product_id=product.id,
            warehouse_id=store.id,
            quantity=quantity,
            customer=customer,
            reserved_by=actor.user_id,
            reserved_at=now,
            state="held",
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor,
            "reservation.made",
            {"id": row.id, "sku": product.sku_code, "quantity": quantity, "customer": customer},
        )
        return _info(session, row, days)


def _held(session: Session, reservation_id: str) -> Reservation:
    row = session.get(Reservation, reservation_id)
    if row is None:
        raise NotFound(f"no reservation {reservation_id}", kind="reservation", ref=reservation_id)
    if row.state != "held":
        raise StockOpRefused(
            f"the reservation is {row.state}", reason="wrong_state", state=row.state
        )
    return row


def claim(
    db: Database,
    actor: Actor,
    reservation_id: str,
    now: datetime | None = None,
    days: int = RESERVE_DAYS,
) -> ReservationInfo:
    """The customer takes the goods: the units are free again for their order.
    Refused once the reservation has run out (it returns to sale)."""
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        row = _held(session, reservation_id)
        if now >= _expires(row, days):
            raise StockOpRefused(
                "not claimed in time: the goods are back on sale",
                reason="expired",
                expired_at=_expires(row, days),
            )
        return _close(session, actor, row, "claimed", now, days)


def cancel(
    db: Database,
    actor: Actor,
    reservation_id: str,
    now: datetime | None = None,
    days: int = RESERVE_DAYS,
) -> ReservationInfo:
    """Sales give the reservation up: the units return to sale now."""
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        return _close(session, actor, _held(session, reservation_id), "cancelled", now, days)


def release_expired(
    db: Database,
    now: datetime | None = None,
    days: int = RESERVE_DAYS,
    actor: Actor | None = None,
) -> list[ReservationInfo]:
    """R-STK-1: every reservation held ``days`` or longer returns to normal
    sale (``released``). Returns what it released."""
    now = now or utcnow()
    with db.write() as session:
        due = session.scalars(
            select(Reservation)
            .where(
                Reservation.state == "held", Reservation.reserved_at <= now - timedelta(days=days)
            )
            .order_by(Reservation.reserved_at)
        ).all()
        return [_close(session, actor, row, "released", now, days) for row in due]


def _close(
    session: Session, actor: Actor | None, row: Reservation, state: str, now: datetime, days: int
) -> ReservationInfo:
    row.state = state
    row.closed_at = now
    session.flush()
    record_event(session, actor, f"reservation.{state}", {"id": row.id, "customer": row.customer})
    return _info(session, row, days)


def _expires(row: Reservation, days: int) -> datetime:
    return row.reserved_at + timedelta(days=days)


def _info(session: Session, row: Reservation, days: int) -> ReservationInfo:
    product = session.get(Product, row.product_id)
    store = session.get(Warehouse, row.warehouse_id)
    assert product is not None and store is not None
    return ReservationInfo(
        id=row.id,
        sku=product.sku_code,
        name=product.name,
        warehouse=store.code,
        quantity=row.quantity,
        customer=row.customer,
        reserved_by=user_name(session, row.reserved_by),
        reserved_at=row.reserved_at,
        expires_at=_expires(row, days),
        state=row.state,
        closed_at=row.closed_at,
    )


def list_reservations(
    db: Database,
    actor: Actor,
    *,
    held_only: bool = True,
    days: int = RESERVE_DAYS,
    limit: int = 500,
) -> list[ReservationInfo]:
    """Reservations still held (or all, newest first), soonest to run out first."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        query = select(Reservation)
        if held_only:
            query = query.where(Reservation.state == "held").order_by(Reservation.reserved_at)
        else:
            query = query.order_by(Reservation.reserved_at.desc())
        return [_info(session, row, days) for row in session.scalars(query.limit(limit))]
