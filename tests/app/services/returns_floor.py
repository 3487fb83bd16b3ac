"""Shipped orders coming back to the returns desk (R-RET-1..3): the shipping
floor's ``O1`` (2 tea + 1 cup) and ``O3`` (a pre-packed gift) verified,
packed and weighed, so shipped; ``O2`` (1 cup) is still only picked. The
floor's lots (reference ``R``) came with an inbound order whose supplier's
note is ``R`` from the factory 西湖茶厂."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from app.db.engine import Database
from app.db.models import OrderLine, Product
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.documents import new_document
from tests.app.services.shipping_floor import CUP, GIFT, NOW, TEA, picked_floor
from tests.e2e.floor import Shipment, pack, verify, weigh

O1_WAYBILL, O2_WAYBILL, O3_WAYBILL = "YT1000000000001", "YT1000000000002", "SF1000000000003"
FACTORY = "西湖茶厂"
TEA_PRICE, CUP_PRICE = 12_800, 3_500
# Back at the desk a few days later (10:00 in Shanghai on Wednesday 2 Dec 2026).
LATER = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


@dataclass(frozen=True)
class ReturnsFloor:
    db: Database
    clerk: Actor  # 仓库文员 wenyuan
    qc: Actor  # 质检员 zhijian
    keeper: Actor  # 仓库管理员 peihuo
    boss: Actor  # 仓库主管 zhuguan
    packer: Actor  # dabao: no returns for a packer
    o1: str  # order ids
    o2: str
    o3: str


def shipped_floor(db: Database) -> ReturnsFloor:
    floor = picked_floor(db)
    o1 = Shipment(floor.two_teas_and_a_cup, "O1", O1_WAYBILL, (TEA, TEA, CUP))
    o3 = Shipment(floor.one_gift, "O3", O3_WAYBILL, (GIFT,))
    for shipment in (o1, o3):
        verify(db, floor.verifier, shipment, NOW)
        if shipment is o1:  # the gift is pre-packed (R-BAT-5)
            pack(db, floor.packer, shipment, NOW)
        assert weigh(db, floor.verifier, shipment, now=NOW).shipped
    clerk = login_with_pin(db, "wenyuan", "1234")
    with db.write() as session:
        for sku, price in (("T1-250", TEA_PRICE), ("C1-1", CUP_PRICE)):
            product_id = session.scalars(select(Product.id).where(Product.sku_code == sku)).one()
            session.execute(
                update(OrderLine)
                .where(OrderLine.product_id == product_id)
                .values(unit_price_fen=price)
            )
        new_document(session, clerk, "inbound", NOW.date(), reference="R", partner=FACTORY)
    return ReturnsFloor(
        db,
        clerk,
        login_with_pin(db, "zhijian", "1234"),
        login_with_pin(db, "peihuo", "1234"),
        floor.boss,
        floor.packer,
        floor.two_teas_and_a_cup,
        floor.one_cup,
        floor.one_gift,
    )
