"""A demo warehouse's day brought to the verify station: demo orders audited,
cut into ship batches, picked by scanning bin then item, multi-item batches
sorted; and the steps after it as a station's scanner would drive them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from app.db.engine import Database
from app.db.models import Order, OrderLine, Product, ProductBarcode
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.services.batches import BatchInfo, cut_batches
from app.services.context import Actor
from app.services.pack import PackResult, confirm_pack, open_pack
from app.services.picking import confirm_pick, pick_list
from app.services.sorting import sort_item
from app.services.verify import VerifyState, confirm_verify, open_verify, verify_scan
from app.services.weigh import WeighResult, open_weigh, weigh_parcel

DAY = date(2026, 11, 28)
# 10:00 in Shanghai on DAY: every demo order was paid before the cut-off (R-ORD-4).
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
# A carton by the goods' weight: the smallest that takes it (grams, SKU).
CARTONS = ((400, "PK-CTN-5"), (900, "PK-CTN-4"), (1800, "PK-CTN-3"), (3500, "PK-CTN-2"))


@dataclass(frozen=True)
class Day:
    db: Database
    batches: list[BatchInfo]
    picker: Actor
    verifier: Actor
    packer: Actor
    boss: Actor
    scans: dict[str, str]  # product id -> the EAN-13 on the item
    picks: int  # confirm_pick calls (one per unit)
    sorts: int  # sort_item calls


@dataclass(frozen=True)
class Shipment:
    """What an order is scanned with: documents and one code per unit."""

    order_id: str
    order_no: str
    waybill_no: str
    items: tuple[str, ...]


def item_codes(db: Database) -> dict[str, str]:
    """Each product's maker's barcode (the EAN-13 the scanner reads)."""
    with db.read() as session:
        codes: dict[str, str] = {}
        for product_id, code in session.execute(
            select(ProductBarcode.product_id, ProductBarcode.barcode).order_by(
                ProductBarcode.barcode
            )
        ):
            if code.isdigit():
                codes.setdefault(product_id, code)
        return codes


def picked_day(db: Database, orders: int, station: str = "") -> Day:
    """``orders`` demo orders audited, batched for the first cut-off, every pick
    line confirmed unit by unit (bin, then item) and every multi batch sorted."""
    load_demo(db, orders=orders, now=NOW)
    with db.write() as session:
        session.execute(update(Order).values(status="audited"))
    clerk = login_with_pin(db, "zhidan", "1234", station)
    picker = login_with_pin(db, "peihuo", "1234", station)
    scans = item_codes(db)
    batches = cut_batches(db, clerk, DAY, 1, now=NOW)
    picks = sorts = 0
    for batch in batches:
        for row in pick_list(db, picker, batch.id).rows:
            for _ in range(row.quantity):
                confirm_pick(db, picker, batch.id, row.bin_code, scans[row.product_id], now=NOW)
                picks += 1
        if batch.kind == "multi":
            for row in pick_list(db, picker, batch.id).rows:
                for _ in range(row.quantity):
                    sort_item(db, picker, batch.id, scans[row.product_id], now=NOW)
                    sorts += 1
    return Day(
        db,
        batches,
        picker,
        login_with_pin(db, "yanhuo", "1234", station),
        login_with_pin(db, "dabao", "1234", station),
        login_with_pin(db, "zhuguan", "8888", station),
        scans,
        picks,
        sorts,
    )


def shipments(db: Database, statuses: tuple[str, ...] = ("picked",)) -> list[Shipment]:
    """Orders at these steps, oldest paid first, with the codes to scan."""
    codes = item_codes(db)
    with db.read() as session:
        orders = session.execute(
            select(Order.id, Order.platform_order_no, Order.waybill_no)
            .where(Order.status.in_(statuses))
            .order_by(Order.paid_at, Order.id)
        ).all()
        units: dict[str, list[str]] = {}
        for order_id, product_id, qty in session.execute(
            select(OrderLine.order_id, OrderLine.product_id, OrderLine.quantity).order_by(
                OrderLine.product_id
            )
        ):
            units.setdefault(order_id, []).extend([codes[product_id]] * qty)
    return [Shipment(i, no, wb or "", tuple(units.get(i, ()))) for i, no, wb in orders]


def verify(db: Database, actor: Actor, s: Shipment, now: datetime = NOW) -> VerifyState:
    """Delivery note, waybill, each unit, confirm: the order is ``verified``."""
    state = open_verify(db, actor, s.order_no)
    for code in (s.waybill_no, *s.items):
        state = verify_scan(db, actor, s.order_id, code)
    assert state.complete
    return confirm_verify(db, actor, s.order_id, now=now)


def carton_for(goods_g: int) -> str:
    return next((sku for limit, sku in CARTONS if goods_g <= limit), "PK-CTN-1")


def pack(db: Database, actor: Actor, s: Shipment, now: datetime = NOW) -> PackResult:
    """Waybill and face sheet, a carton by weight, bubble wrap for more than one unit."""
    parcel = open_pack(db, actor, s.waybill_no)
    materials = {carton_for(parcel.goods_weight_g): 1}
    if parcel.units > 1:
        materials["PK-BUB-1"] = parcel.units
    return confirm_pack(db, actor, s.order_id, (s.waybill_no, s.order_no), materials, now=now)


def weigh(
    db: Database, actor: Actor, s: Shipment, off_g: int = 0, now: datetime = NOW
) -> WeighResult:
    """The scale's stable weight: the expected weight ``off_g`` grams out."""
    state = open_weigh(db, actor, s.waybill_no)
    return weigh_parcel(db, actor, s.order_id, state.expected_g + off_g, now=now)


def later(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)


def products_by_sku(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {sku: pid for sku, pid in session.execute(select(Product.sku_code, Product.id))}
