"""Posting a 退货单 (R-RET-2,3): the clerk posts once the count and QC's
decisions are signed. Resellable units go back to a pick or reserve bin,
defective ones to the defective store (次品仓); refused units (customer
damage, R-RET-1) go back to the customer and touch no stock. Then a refund
is announced (the order becomes ``returned``), or an exchange order (换货) is
made for the order clerk.

FIFO (R-BAT-4): a returned unit goes back into the lot it shipped from (the
``ship`` movements of the order name the lots), not into a new lot received
now. The goods are the same goods, as old as they were: a new lot would send
them out after fresher stock and, worse, lose which delivery (and so which
supplier) they came from, which the defective store needs to send them back
(R-RET-3). Units no ledger row accounts for take the order's newest lot of
that product, else no lot (their supplier is then unknown).

Importing this module registers the poster for ``return_in``.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    PICKABLE_LOCATION_KINDS,
    Document,
    DocumentLine,
    Location,
    Order,
    OrderLine,
    Product,
    StockLot,
    StockMovement,
    Warehouse,
)
from app.errors import NotFound
from app.labels.data import yuan
from app.permissions import Action
from app.services.allocation import picking_warehouse
from app.services.context import Actor, authorize
from app.services.documents import post_in_session, register_poster
from app.services.journal import record_event
from app.services.notices import enqueue_notice
from app.services.returns import order_of, return_document
from app.services.returns_view import (
    ReturnView,
    accepted_units,
    order_returns,
    return_view,
)

DEFECTIVE_KIND = "defective"
EXCHANGE_MARK = "换货"  # on the exchange order's remark and message (R-RET-2)


def post_return(db: Database, actor: Actor, number: str, now: datetime) -> ReturnView:
    """Post a signed 退货单 (R-ACC-2): stock back, then refund or exchange."""
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        post_in_session(session, actor, document, now)
        return return_view(session, order_of(session, document.detail["order_id"]), document)


def _lots_shipped(session: Session, order: Order) -> dict[str, list[list[object]]]:
    """Per product, [lot id, units still out] oldest lot first: what the
    order's ``ship`` movements took, less what earlier returns put back."""
    back: Counter[tuple[str, str | None]] = Counter()
    numbers = [d.number for d in order_returns(session, order, "posted")]
    if numbers:
        for product_id, lot_id, qty in session.execute(
            select(StockMovement.product_id, StockMovement.lot_id, func.sum(StockMovement.quantity))
            .where(
                StockMovement.document_type == "return_in",
                StockMovement.document_id.in_(numbers),
            )
            .group_by(StockMovement.product_id, StockMovement.lot_id)
        ):
            back[(product_id, lot_id)] += int(qty or 0)
    lots: dict[str, list[list[object]]] = {}
    for product_id, lot_id, qty in session.execute(
        select(StockMovement.product_id, StockMovement.lot_id, -func.sum(StockMovement.quantity))
        .outerjoin(StockLot, StockLot.id == StockMovement.lot_id)
        .where(
            StockMovement.kind == "ship",
            StockMovement.document_type == "order",
            StockMovement.document_id == order.platform_order_no,
        )
        .group_by(StockMovement.product_id, StockMovement.lot_id, StockLot.received_at)
        .order_by(StockLot.received_at)
    ):
        out = int(qty or 0) - back[(product_id, lot_id)]
        lots.setdefault(product_id, []).append([lot_id, out])
    return lots


def _take(lots: list[list[object]], quantity: int) -> list[tuple[str | None, int]]:
    """``quantity`` units back into the lots they shipped from, oldest first."""
    takes: list[tuple[str | None, int]] = []
    left = quantity
    for slot in lots:
        lot_id, out = slot
        assert isinstance(out, int)
        take = min(left, max(out, 0))
        if take:
            takes.append((str(lot_id) if lot_id else None, take))
            slot[1] = out - take
            left -= take
    if left:
        newest = lots[-1][0] if lots else None
        takes.append((str(newest) if newest else None, left))
    return takes


def _resale_bin(session: Session, warehouse_id: str, product_id: str) -> Location:
    """Where the product is picked in this warehouse: the pick or reserve bin
    it last moved in (the bin it was picked from); else the first reserve bin."""
    usable = (
        Location.warehouse_id == warehouse_id,
        Location.kind.in_(PICKABLE_LOCATION_KINDS),
        Location.active.is_(True),
    )
    last = session.scalar(
        select(Location)
        .join(StockMovement, StockMovement.location_id == Location.id)
        .where(StockMovement.product_id == product_id, *usable)
        .order_by(StockMovement.created_at.desc())
        .limit(1)
    )
    if last is not None:
        return last
    spare = session.scalar(
        select(Location)
        .where(*usable)
        .order_by(Location.kind == "pick", Location.walk_order, Location.code)
        .limit(1)
    )
    if spare is None:
        raise NotFound(f"warehouse {warehouse_id} has no bin", kind="bin", ref=warehouse_id)
    return spare


def defective_store(session: Session, warehouse_id: str) -> Location:
    """The warehouse's defective store (次品仓, R-QC-5); made on first use
    (``<WH>-CP-01``) as the staging area is."""
    store = session.scalar(
        select(Location)
        .where(Location.warehouse_id == warehouse_id, Location.kind == DEFECTIVE_KIND)
        .order_by(Location.code)
        .limit(1)
    )
    if store is None:
        code = session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id))
        store = Location(
            warehouse_id=warehouse_id, code=f"{code}-CP-01", kind=DEFECTIVE_KIND, zone="CP"
        )
        session.add(store)
        session.flush()
    return store


def _post_return_in(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """The poster: stock back by QC's decision (R-RET-3), then refund or exchange."""
    order = order_of(session, document.detail["order_id"])
    warehouse_id = document.warehouse_id or picking_warehouse(session, actor)
    if warehouse_id is None:
        raise NotFound("no warehouse to take the return", kind="warehouse", ref="")
    lots = _lots_shipped(session, order)
    for line in lines:
        if line.actual_qty <= 0 or line.decision not in ("resellable", "defective"):
            continue  # refused: back to the customer, no stock moves
        if line.decision == "resellable":
            where = _resale_bin(session, warehouse_id, line.product_id)
        else:
            where = defective_store(session, warehouse_id)
        line.to_location_id = where.id
        for lot_id, qty in _take(lots.get(line.product_id, []), line.actual_qty):
            line.lot_id = line.lot_id or lot_id
            session.add(
                StockMovement(
                    product_id=line.product_id,
                    lot_id=lot_id,
                    location_id=where.id,
                    quantity=qty,
                    kind="return",
                    document_type="return_in",
                    document_id=document.id,
                    user_id=actor.user_id,
                    station_id=actor.station_id,
                    created_at=now,
                )
            )
    accepted = accepted_units(lines)
    if not accepted:
        record_event(session, actor, "return.all_refused", {"number": document.number})
        return
    if document.detail.get("mode") == "exchange":
        _exchange(session, actor, document, order, accepted, now)
    else:
        _refund(session, actor, document, order, accepted)


def _sku_lines(
    session: Session, units: Counter[str], prices: dict[str, int] | None = None
) -> list[str]:
    """One line per SKU: code, name, units and, for a refund, the amount."""
    names = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(list(units))))}
    rows = []
    for product_id, qty in sorted(units.items(), key=lambda kv: names[kv[0]].sku_code):
        product = names[product_id]
        amount = f"  ¥{yuan(prices.get(product_id, 0) * qty)}" if prices is not None else ""
        rows.append(f"{product.sku_code} {product.name} ×{qty}{amount}")
    return rows


def _refund(
    session: Session, actor: Actor, document: Document, order: Order, units: Counter[str]
) -> None:
    """The order is ``returned``; the next step is told to refund (R-RET-2)."""
    order.status = "returned"
    record_event(
        session, actor, "order.returned", {"order_id": order.id, "number": document.number}
    )
    prices = {line.product_id: line.unit_price_fen for line in order.lines}
    total = sum(prices.get(pid, 0) * qty for pid, qty in units.items())
    body = "\n".join(
        [
            f"订单 {order.platform_order_no}（{order.shop}，{order.recipient_name}）",
            *_sku_lines(session, units, prices),
            f"合计 ¥{yuan(total)} · 退货单 {document.number}",
        ]
    )
    enqueue_notice(
        session, actor, "refund", f"退款：订单 {order.platform_order_no}", body, document.id
    )


def _exchange(
    session: Session,
    actor: Actor,
    document: Document,
    order: Order,
    accepted: Counter[str],
    now: datetime,
) -> None:
    """换货: a new paid order to the same recipient with the SKUs sent
    instead (the same ones unless others were scanned), at no charge, marked
    换货 in the remark and in the buyer's message that the delivery note prints."""
    wanted = document.detail.get("replacements") or dict(accepted)
    stem = f"{order.platform_order_no}-HH"
    earlier = session.scalar(
        select(func.count())
        .select_from(Order)
        .where(Order.shop == order.shop, Order.platform_order_no.like(stem + "%"))
    )
    exchange = Order(
        platform_order_no=f"{stem}{int(earlier or 0) + 1}",
        shop=order.shop,
        paid_at=now,  # paid with the original order (R-ORD-1)
        cs_remark=f"{EXCHANGE_MARK}：原单 {order.platform_order_no}，退货单 {document.number}",
        buyer_message=f"【{EXCHANGE_MARK}】原单 {order.platform_order_no}",
        recipient_name=order.recipient_name,
        recipient_phone=order.recipient_phone,
        province=order.province,
        city=order.city,
        district=order.district,
        address_detail=order.address_detail,
        courier_id=order.courier_id,
        status="paid",
        created_at=now,
        lines=[
            OrderLine(product_id=pid, quantity=int(qty), unit_price_fen=0)
            for pid, qty in sorted(wanted.items())
        ],
    )
    session.add(exchange)
    session.flush()
    document.detail = {**document.detail, "exchange_order_id": exchange.id}
    record_event(
        session,
        actor,
        "order.exchange_created",
        {"order_id": exchange.id, "original_id": order.id, "number": document.number},
    )
    body = "\n".join(
        [
            f"原单 {order.platform_order_no} → 换货单 {exchange.platform_order_no}"
            f"（{order.recipient_name}）：请打印换货快递单",
            *_sku_lines(session, Counter({k: int(v) for k, v in wanted.items()})),
            f"退货单 {document.number}",
        ]
    )
    enqueue_notice(
        session,
        actor,
        "exchange",
        f"{EXCHANGE_MARK}：订单 {exchange.platform_order_no}",
        body,
        document.id,
    )


register_poster("return_in", _post_return_in)
