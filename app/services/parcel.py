"""What the verify, pack and weigh stations share: finding an order from a
scanned document, the parcel as the screens show it, and who already did a
step (so a second station can say who, where and when).

The waybill barcode carries the waybill number; the delivery note's carries
the platform order number (see the delivery-note templates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from app.db.models import (
    Courier,
    Order,
    OrderLine,
    PackRecord,
    Product,
    ProductBarcode,
    Station,
    User,
    VerifyScan,
    Weighing,
)
from app.errors import DomainError, NotFound


class WrongOrderState(DomainError):
    """The order is not at this step. ``params``: ``order_no``, ``status``,
    ``step`` (what was asked), ``held_reason`` when held."""

    code = "wrong_order_state"


class OrderChanged(DomainError):
    """Another station moved the order on meanwhile; nothing was changed here."""

    code = "order_changed"


class AlreadyDone(DomainError):
    """The step was done already: ``params`` ``step``, ``order_no``, ``by``
    (full name), ``station`` (code), ``at`` (aware datetime)."""

    code = "already_done"


@dataclass(frozen=True)
class ParcelLine:
    product_id: str
    sku_code: str
    name: str
    style_no: str
    colour: str
    size: str
    image_path: str | None
    quantity: int
    unit_weight_g: int
    category: str
    prepacked: bool


@dataclass(frozen=True)
class Parcel:
    order_id: str
    order_no: str
    waybill_no: str
    courier_code: str
    courier_name: str
    sort_zone: str  # where the parcel goes after weighing (R-WEI-2)
    status: str
    held_reason: str
    lines: tuple[ParcelLine, ...]

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def goods_weight_g(self) -> int:
        return sum(line.unit_weight_g * line.quantity for line in self.lines)

    @property
    def prepacked(self) -> bool:
        """Every item is pre-packed (R-BAT-5): the parcel skips the pack station."""
        return bool(self.lines) and all(line.prepacked for line in self.lines)


def find_by_document(session: Session, code: str) -> tuple[Order, str]:
    """The order a scanned waybill or delivery note belongs to, and which it was."""
    code = code.strip()
    lines = lazyload(Order.lines)  # loaded only if a caller needs them
    order = session.scalar(select(Order).where(Order.waybill_no == code).options(lines))
    if order is not None:
        return order, "waybill"
    orders = session.scalars(
        select(Order).where(Order.platform_order_no == code).options(lines).limit(2)
    ).all()
    if len(orders) == 1:
        return orders[0], "delivery_note"
    raise NotFound(f"no order or waybill {code!r}", kind="document", ref=code)


def find_product_id(session: Session, code: str) -> str | None:
    code = code.strip()
    return session.scalar(
        select(ProductBarcode.product_id).where(ProductBarcode.barcode == code)
    ) or session.scalar(select(Product.id).where(Product.sku_code == code))


def parcel_of(session: Session, order: Order) -> Parcel:
    # Plain columns, not entities: a scan reads this on every call (a few ms budget).
    courier = (
        session.execute(
            select(Courier.code, Courier.name, Courier.sort_zone).where(
                Courier.id == order.courier_id
            )
        ).first()
        if order.courier_id
        else None
    )
    rows = session.execute(
        select(
            OrderLine.quantity,
            Product.id,
            Product.sku_code,
            Product.name,
            Product.style_no,
            Product.colour,
            Product.size,
            Product.image_path,
            Product.unit_weight_g,
            Product.category,
            Product.prepacked,
        )
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.order_id == order.id)
        .order_by(Product.sku_code)
    )
    lines: dict[str, ParcelLine] = {}
    for quantity, pid, sku, name, style, colour, size, image, weight, category, prepacked in rows:
        if pid in lines:  # two lines of one SKU count as one
            quantity += lines[pid].quantity
        lines[pid] = ParcelLine(
            pid, sku, name, style, colour, size, image, quantity, weight, category, prepacked
        )
    return Parcel(
        order_id=order.id,
        order_no=order.platform_order_no,
        waybill_no=order.waybill_no or "",
        courier_code=courier[0] if courier else "",
        courier_name=courier[1] if courier else "",
        sort_zone=courier[2] if courier else "",
        status=order.status,
        held_reason=order.held_reason,
        lines=tuple(lines.values()),
    )


def _who(session: Session, user_id: str | None, station_id: str | None) -> tuple[str, str]:
    user = session.get(User, user_id) if user_id else None
    station = session.get(Station, station_id) if station_id else None
    return (user.full_name if user else "?", station.code if station else "?")


def done_by(session: Session, order: Order) -> AlreadyDone:
    """Who took the order to where it is: the weighing, the packing or the
    verification, whichever was last."""
    step = order.status
    record: tuple[str | None, str | None, datetime] | None = None
    if order.status in ("weighed", "shipped"):
        weighing = session.scalar(
            select(Weighing)
            .where(Weighing.order_id == order.id, Weighing.verdict != "off")
            .order_by(Weighing.created_at.desc())
            .limit(1)
        )
        if weighing:
            record = (weighing.user_id, weighing.station_id, weighing.created_at)
            step = "weighed"
    elif order.status == "packed":
        pack = session.scalar(select(PackRecord).where(PackRecord.order_id == order.id))
        if pack:
            record = (pack.user_id, pack.station_id, pack.created_at)
    elif order.status == "verified":
        scan = session.scalar(
            select(VerifyScan)
            .where(VerifyScan.order_id == order.id, VerifyScan.kind == "confirm")
            .order_by(VerifyScan.created_at.desc())
            .limit(1)
        )
        if scan:
            record = (scan.user_id, scan.station_id, scan.created_at)
    by, station = _who(session, record[0], record[1]) if record else ("?", "?")
    return AlreadyDone(
        f"order {order.platform_order_no} was already {step}",
        step=step,
        order_no=order.platform_order_no,
        by=by,
        station=station,
        at=record[2] if record else None,
    )
