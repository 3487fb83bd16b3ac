"""The pack station (打包, R-PAK-1,2): the waybill and the face sheet (delivery
note) must belong to the same verified order before the parcel is sealed, and
the packing material used is booked out of the packing store.

R-PAK-2: a material that would not last ``[pack].reorder_days`` of normal use
(judged from the last ``usage_window_days``) is reported to the supervisor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Location, Order, PackRecord, Product, StockMovement
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.allocation import Outgoing, book_out_fifo, picking_warehouse
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.parcel import (
    Parcel,
    WrongOrderState,
    done_by,
    find_by_document,
    find_product_id,
    parcel_of,
)
from app.shipping_settings import PackSection

MATERIAL_KIND = "packing_material"
PACKING_STORE = "packing"
_LATER = ("packed", "weighed", "shipped")


class PackStop(DomainError):
    """``params['reason']``: ``document_mismatch`` (R-PAK-1, ``other_order``),
    ``documents_missing`` (``missing``), ``not_a_material`` (``code``)."""

    code = "pack_stop"


@dataclass(frozen=True)
class Material:
    product_id: str
    sku_code: str
    name: str
    unit_weight_g: int


@dataclass(frozen=True)
class MaterialAlert:
    """R-PAK-2: reorder ``sku_code``; ``days_left`` at the recent daily use."""

    sku_code: str
    name: str
    in_stock: int
    daily_use: float
    days_left: float


@dataclass(frozen=True)
class PackResult:
    parcel: Parcel
    material_weight_g: int
    alerts: tuple[MaterialAlert, ...]  # materials now short (R-PAK-2)


def _packable(session: Session, order: Order) -> None:
    if order.status in _LATER:
        raise done_by(session, order)
    if order.status != "verified" or parcel_of(session, order).prepacked:
        raise WrongOrderState(
            f"order {order.platform_order_no} is {order.status}: not for packing",
            order_no=order.platform_order_no,
            status=order.status,
            step="pack",
            held_reason=order.held_reason,
            prepacked=order.status == "verified",
        )


def open_pack(db: Database, actor: Actor, code: str) -> Parcel:
    """The verified order behind a scanned waybill or delivery note."""
    with db.read() as session:
        authorize(session, actor, Action.PACK)
        order, _document = find_by_document(session, code)
        _packable(session, order)
        return parcel_of(session, order)


def check_pack_document(db: Database, actor: Actor, order_id: str, code: str) -> str:
    """R-PAK-1: the scanned document must be the open order's; returns which it was."""
    with db.write() as session:
        authorize(session, actor, Action.PACK)
        order = _order(session, order_id)
        other, document = find_by_document(session, code)
        if other.id != order.id:
            stop = PackStop(
                f"{code} belongs to order {other.platform_order_no}",
                reason="document_mismatch",
                order_no=order.platform_order_no,
                other_order=other.platform_order_no,
            )
            record_event(
                session,
                actor,
                "pack.stopped",
                {"order_id": order.id, "reason": "document_mismatch", "code": code},
            )
        else:
            return document
    raise stop  # after the commit: the stop's event is kept


def _order(session: Session, order_id: str) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(f"no order {order_id}", kind="order", ref=order_id)
    _packable(session, order)
    return order


def material_of(db: Database, actor: Actor, code: str) -> Material:
    """A scanned (or chosen) packing material: carton, bubble wrap, tape."""
    with db.read() as session:
        authorize(session, actor, Action.PACK)
        return _material(session, code)


def _material(session: Session, code: str) -> Material:
    product_id = find_product_id(session, code)
    product = session.get(Product, product_id) if product_id else None
    if product is None or product.kind != MATERIAL_KIND:
        raise PackStop(f"{code} is not a packing material", reason="not_a_material", code=code)
    return Material(product.id, product.sku_code, product.name, product.unit_weight_g)


def list_materials(db: Database, actor: Actor) -> list[Material]:
    with db.read() as session:
        authorize(session, actor, Action.PACK)
        return [
            Material(p.id, p.sku_code, p.name, p.unit_weight_g)
            for p in session.scalars(
                select(Product)
                .where(Product.kind == MATERIAL_KIND, Product.active.is_(True))
                .order_by(Product.sku_code)
            )
        ]


def confirm_pack(
    db: Database,
    actor: Actor,
    order_id: str,
    documents: tuple[str, str],
    materials: dict[str, int],
    settings: PackSection | None = None,
    now: datetime | None = None,
) -> PackResult:
    """Seal the parcel: both documents checked again (R-PAK-1), the material
    booked out of the packing store (R-PAK-2), the order ``packed``."""
    now = now or utcnow()
    if any(qty < 1 for qty in materials.values()):
        raise InvalidInput("material quantities are whole units", field="materials")
    with db.write() as session:
        authorize(session, actor, Action.PACK)
        order = _order(session, order_id)
        seen = set()
        for code in documents:
            other, document = find_by_document(session, code)
            if other.id != order.id:
                raise PackStop(
                    f"{code} belongs to order {other.platform_order_no}",
                    reason="document_mismatch",
                    order_no=order.platform_order_no,
                    other_order=other.platform_order_no,
                )
            seen.add(document)
        missing = sorted({"waybill", "delivery_note"} - seen)
        if missing:
            raise PackStop("both documents are needed", reason="documents_missing", missing=missing)
        used = [(_material(session, code), qty) for code, qty in materials.items()]
        store = _packing_store(session, actor)
        for material, qty in used:
            _book_out(session, actor, order, material, qty, store, now)
        weight = sum(m.unit_weight_g * q for m, q in used)
        session.add(
            PackRecord(
                order_id=order.id,
                materials={m.sku_code: q for m, q in used},
                material_weight_g=weight,
                user_id=actor.user_id,
                station_id=actor.station_id,
                created_at=now,
            )
        )
        session.execute(
            update(Order)
            .where(Order.id == order.id, Order.status == "verified")
            .values(status="packed", version=Order.version + 1, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        record_event(
            session,
            actor,
            "order.packed",
            {"order_id": order.id, "materials": {m.sku_code: q for m, q in used}},
        )
        session.flush()
        session.refresh(order)
        alerts = _alerts(
            session, store, settings or PackSection(), now, [m.product_id for m, _ in used]
        )
        return PackResult(parcel_of(session, order), weight, tuple(alerts))


def _packing_store(session: Session, actor: Actor) -> str | None:
    warehouse_id = picking_warehouse(session, actor)
    return session.scalar(
        select(Location.id)
        .where(Location.warehouse_id == warehouse_id, Location.kind == PACKING_STORE)
        .order_by(Location.code)
        .limit(1)
    )


def _book_out(
    session: Session,
    actor: Actor,
    order: Order,
    material: Material,
    qty: int,
    store: str | None,
    now: datetime,
) -> None:
    """Take ``qty`` out of the packing store (R-PAK-2), oldest lot first."""
    if store is None:
        raise NotFound("this warehouse has no packing store", kind="location", ref=PACKING_STORE)
    why = Outgoing(
        "pack_use", "order", order.platform_order_no, actor.user_id, actor.station_id, now
    )
    book_out_fifo(session, material.product_id, store, qty, why)


def _alerts(
    session: Session,
    store: str | None,
    settings: PackSection,
    now: datetime,
    product_ids: list[str] | None = None,
) -> list[MaterialAlert]:
    """Materials whose stock lasts fewer than ``reorder_days`` at recent use."""
    if store is None:
        return []
    since = now - timedelta(days=settings.usage_window_days)
    query = (
        select(Product, func.coalesce(func.sum(StockMovement.quantity), 0))
        .outerjoin(
            StockMovement,
            (StockMovement.product_id == Product.id) & (StockMovement.location_id == store),
        )
        .where(Product.kind == MATERIAL_KIND)
        .group_by(Product.id)
        .order_by(Product.sku_code)
    )
    if product_ids is not None:
        query = query.where(Product.id.in_(product_ids))
    stock = session.execute(query).all()
    use: Counter[str] = Counter()
    for product_id, used in session.execute(
        select(StockMovement.product_id, func.sum(StockMovement.quantity))
        .where(
            StockMovement.kind == "pack_use",
            StockMovement.location_id == store,
            StockMovement.created_at >= since,
        )
        .group_by(StockMovement.product_id)
    ):
        use[product_id] = -int(used or 0)
    alerts = []
    for product, in_stock in stock:
        daily = use[product.id] / settings.usage_window_days
        if daily <= 0:
            continue
        days_left = max(int(in_stock), 0) / daily
        if days_left < settings.reorder_days:
            alerts.append(
                MaterialAlert(product.sku_code, product.name, int(in_stock), daily, days_left)
            )
    return alerts


def material_alerts(
    db: Database, actor: Actor, settings: PackSection | None = None, now: datetime | None = None
) -> list[MaterialAlert]:
    """R-PAK-2 for the supervisor: every packing material running short."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        return _alerts(
            session, _packing_store(session, actor), settings or PackSection(), now or utcnow()
        )
