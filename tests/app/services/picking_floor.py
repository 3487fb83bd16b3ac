"""A small floor for picking tests: the demo's users, bins and couriers with
no demo orders, plus products whose lots and bins each test chooses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import (
    Courier,
    Location,
    Order,
    OrderLine,
    Product,
    ProductBarcode,
    StockLot,
    StockMovement,
)

T0 = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)
PAID = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def add_product(
    db: Database,
    sku: str,
    barcode: str,
    prepacked: bool = False,
    weight_g: int = 250,
    category: str = "tea",
) -> str:
    with db.write() as session:
        product = Product(
            sku_code=sku,
            name=f"测试茶 {sku}",
            style_no=sku.split("-")[0],
            unit_weight_g=weight_g,
            category=category,
            prepacked=prepacked,
            barcodes=[ProductBarcode(barcode=barcode)],
        )
        session.add(product)
        session.flush()
        return product.id


def receive(db: Database, product_id: str, bin_code: str, qty: int, days: int, ref: str) -> str:
    """A lot received ``days`` after T0 into ``bin_code``; returns the lot id."""
    with db.write() as session:
        location_id = session.scalars(select(Location.id).where(Location.code == bin_code)).one()
        lot = StockLot(product_id=product_id, received_at=T0 + timedelta(days=days), reference=ref)
        session.add(lot)
        session.flush()
        session.add(
            StockMovement(
                product_id=product_id,
                lot_id=lot.id,
                location_id=location_id,
                quantity=qty,
                kind="receive",
            )
        )
        return lot.id


def add_order(
    db: Database,
    order_no: str,
    lines: list[tuple[str, int]],
    courier: str = "YTO",
    minutes: int = 0,
    status: str = "audited",
    paid_at: datetime | None = None,
    waybill: str | None = None,
) -> str:
    with db.write() as session:
        courier_id = session.scalars(select(Courier.id).where(Courier.code == courier)).one()
        order = Order(
            platform_order_no=order_no,
            shop="测试店",
            paid_at=paid_at
            or datetime(2026, 11, 28, 1, 0, tzinfo=UTC) + timedelta(minutes=minutes),
            recipient_name="张三",
            recipient_phone="13800000000",
            province="浙江省",
            city="杭州市",
            address_detail="文一路 1 号",
            courier_id=courier_id,
            waybill_no=waybill,
            status=status,
            lines=[OrderLine(product_id=p, quantity=q) for p, q in lines],
        )
        session.add(order)
        session.flush()
        return order.id
