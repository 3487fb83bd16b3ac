"""Load the demo shop into an empty database, in one transaction.

Everything is drawn from ``random.Random(seed)``, so the same seed and ``now``
give the same orders, waybills and stock on any machine (row ids excepted).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db.base import new_id, utcnow
from app.db.engine import Database
from app.db.models import (
    Courier,
    Location,
    Order,
    Product,
    ProductBarcode,
    StockLot,
    StockMovement,
    User,
    Warehouse,
)
from app.demo import data
from app.demo.data import ProductSpec
from app.demo.orders import CHINA_TZ, make_orders
from app.errors import AlreadyExists, InvalidInput
from app.services.journal import audit
from app.services.users import _create_user

CASE_SIZE = 6  # lots arrive in whole cartons of six


@dataclass(frozen=True)
class DemoSummary:
    """What was loaded; ``products`` counts goods and packing material."""

    users: int
    products: int
    couriers: int
    warehouses: int
    locations: int
    orders: int
    order_lines: int
    stock_lots: int


def _any_row(session: Session, key: InstrumentedAttribute[str]) -> bool:
    return session.scalar(select(key).limit(1)) is not None


def database_is_empty(db: Database) -> bool:
    """True when nobody has set the station up yet: no users and no products."""
    with db.read() as session:
        return not (_any_row(session, User.id) or _any_row(session, Product.id))


def load_demo(
    db: Database,
    *,
    orders: int = 500,
    seed: int = 20261128,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo shop: users, catalogue, couriers,
    bins, FIFO stock lots and ``orders`` paid orders of today.

    Raises :class:`AlreadyExists` when the database holds any users, products,
    couriers, warehouses or orders: demo rows must never mix with real ones.
    """
    if orders < 0:
        raise InvalidInput("the number of demo orders cannot be negative", field="orders")
    now = now or utcnow()
    if now.tzinfo is None:
        raise InvalidInput("now must be an aware datetime", field="now")
    now = now.astimezone(UTC)
    rng = random.Random(seed)
    with db.write() as session:
        # Checked inside the write transaction, so two loaders cannot both pass.
        if any(_any_row(session, m.id) for m in (User, Product, Courier, Warehouse, Order)):
            raise AlreadyExists("the database is not empty; demo data goes only into an empty one")
        supervisor_id = _add_users(session)
        bins = _add_locations(session)
        products = _add_products(session, [*data.GOODS, *data.PACKING])
        couriers = _add_couriers(session)
        paid = make_orders(rng, orders, now, products, couriers)
        demand: Counter[str] = Counter()
        for line in (line for order in paid for line in order.lines):
            demand[line.product_id] += line.quantity
        lots = _add_stock(session, rng, products, bins, demand, supervisor_id, now)
        session.add_all(paid)
        session.flush()
        summary = DemoSummary(
            users=len(data.DEMO_USERS),
            products=len(products),
            couriers=len(couriers),
            warehouses=2,
            locations=len(bins),
            orders=len(paid),
            order_lines=sum(len(o.lines) for o in paid),
            stock_lots=lots,
        )
        audit(session, None, "demo_loaded", username="cli", seed=seed, **asdict(summary))
    return summary


def _add_users(session: Session) -> str:
    """One user per role, through the same code as the console's ``user add``
    (events and audit included), in this transaction. Returns the supervisor's id."""
    ids = {
        u.username: _create_user(
            session, None, u.username, u.full_name, u.pin, [u.role], u.badge_code
        ).id
        for u in data.DEMO_USERS
    }
    return ids[data.SUPERVISOR_USERNAME]


def _add_locations(session: Session) -> dict[str, Location]:
    """Warehouse A: five pick aisles walked as a serpentine (up aisle 1, down
    aisle 2 ...), reserve bins, and the defective, sample and packing stores.
    Warehouse B: a few bins (transfers between A and B, R-STK-4)."""
    main = Warehouse(code="A", name="主仓 A")
    second = Warehouse(code="B", name="B 仓")
    session.add_all([main, second])
    session.flush()
    rows: list[Location] = []

    def add(wh: Warehouse, code: str, kind: str, zone: str) -> None:
        same = sum(1 for r in rows if r.warehouse_id == wh.id)
        rows.append(
            Location(
                warehouse_id=wh.id, code=code, kind=kind, zone=zone, walk_order=(same + 1) * 10
            )
        )

    for wh, aisles, per_aisle in ((main, 5, 12), (second, 1, 6)):
        for aisle in range(1, aisles + 1):
            order = range(1, per_aisle + 1)
            for slot in order if aisle % 2 else reversed(order):
                add(wh, f"{wh.code}-{aisle:02d}-{slot:02d}", "pick", f"{wh.code}{aisle}")
    for slot in range(1, 9):
        add(main, f"A-R1-{slot:02d}", "reserve", "R")
    for slot in range(1, 3):
        add(second, f"B-R1-{slot:02d}", "reserve", "R")
    add(main, "A-CP-01", "defective", "CP")  # 次品仓 (R-QC-5)
    add(main, "A-YP-01", "sample", "YP")  # 样品区 (R-NEW-2)
    add(main, "A-BC-01", "packing", "BC")  # 包材区 (R-PAK-2)
    session.add_all(rows)
    session.flush()
    return {r.code: r for r in rows}


def _add_products(session: Session, specs: Sequence[ProductSpec]) -> dict[str, Product]:
    """Every product gets a maker's EAN-13 (69x, China); own-brand Longjing and
    packing material also our Code 128 label carrying the SKU code (R-REC-2)."""
    serial: Counter[str] = Counter()
    rows: dict[str, Product] = {}
    for spec in specs:
        serial[spec.gs1_prefix] += 1
        codes = [data.ean13(f"{spec.gs1_prefix}{serial[spec.gs1_prefix]:05d}")]
        if spec.internal_barcode:
            codes.append(spec.sku_code)
        rows[spec.sku_code] = Product(
            sku_code=spec.sku_code,
            name=spec.name,
            style_no=spec.style_no,
            colour=spec.colour,
            size=spec.size,
            unit_weight_g=spec.unit_weight_g,
            category=spec.category,
            kind=spec.kind,
            price_fen=spec.price_fen,
            barcodes=[ProductBarcode(barcode=c) for c in codes],
        )
    session.add_all(rows.values())
    session.flush()
    return rows


def _add_couriers(session: Session) -> dict[str, Courier]:
    rows = {
        c.code: Courier(
            code=c.code,
            name=c.name,
            waybill_patterns=list(c.patterns),
            sort_zone=c.sort_zone,
            priority=c.priority,
            extra={"hotline": c.hotline},
        )
        for c in data.COURIERS
    }
    session.add_all(rows.values())
    session.flush()
    return rows


def _add_stock(
    session: Session,
    rng: random.Random,
    products: dict[str, Product],
    bins: dict[str, Location],
    demand: Counter[str],
    user_id: str,
    now: datetime,
) -> int:
    """Several lots per product received over the past six weeks (FIFO data,
    R-BAT-4), each with its ``receive`` movement; warehouse A alone covers
    ``demand`` (units per product id). Returns the number of lots."""
    today = now.astimezone(CHINA_TZ).date()
    pick_bins = [b for b in bins.values() if b.kind == "pick" and b.code.startswith("A-")]
    pick_bins.sort(key=lambda b: b.walk_order)  # best-sellers first along the walk
    reserve = [b for b in bins.values() if b.kind == "reserve" and b.code.startswith("A-")]
    b_bins = [b for b in bins.values() if b.kind == "pick" and b.code.startswith("B-")]
    receipts: list[tuple[str, datetime, int, Location]] = []

    def received(days_ago: int) -> datetime:
        day = today - timedelta(days=days_ago)
        local = datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.choice((0, 20, 40)))
        return local.replace(tzinfo=CHINA_TZ).astimezone(UTC)

    for index, spec in enumerate(data.GOODS):
        count = rng.choice((2, 3, 3, 4))
        ages = sorted(rng.sample(range(3, 43), count), reverse=True)  # oldest first
        total = demand[products[spec.sku_code].id] * 5 // 4 + rng.randint(12, 48)
        for age, qty in zip(ages, _split(rng, total, count), strict=True):
            newest = age == ages[-1] and count >= 3
            where = reserve[index % len(reserve)] if newest else pick_bins[index]
            receipts.append((spec.sku_code, received(age), qty, where))
        if index % 6 == 0:  # some stock waits in B for a transfer (R-STK-4)
            qty = CASE_SIZE * rng.randint(2, 6)
            age = rng.choice([d for d in range(3, 43) if d not in ages])
            receipts.append((spec.sku_code, received(age), qty, b_bins[index % len(b_bins)]))
    for spec in data.PACKING:
        for age in (20, 5):
            qty = data.PACKING_STOCK[spec.sku_code]
            receipts.append((spec.sku_code, received(age), qty, bins["A-BC-01"]))

    day_seq: Counter[str] = Counter()
    lots: list[StockLot] = []
    for sku, at, qty, where in sorted(receipts, key=lambda r: (r[1], r[0])):
        day = at.astimezone(CHINA_TZ).strftime("%Y%m%d")
        day_seq[day] += 1
        lot = StockLot(
            id=new_id(),
            product_id=products[sku].id,
            received_at=at,
            reference=f"RK{day}-{day_seq[day]:03d}",
        )
        lots.append(lot)
        session.add(lot)
        session.add(
            StockMovement(
                product_id=lot.product_id,
                lot_id=lot.id,
                location_id=where.id,
                quantity=qty,
                kind="receive",
                document_type="demo",
                document_id=lot.reference,
                user_id=user_id,
                created_at=at,
            )
        )
    session.flush()
    return len(lots)


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """At least ``total`` units in ``parts`` lots of whole cartons, none empty."""
    cases = max(-(-total // CASE_SIZE), parts)
    cuts = sorted(rng.sample(range(1, cases), parts - 1))
    bounds = [0, *cuts, cases]
    return [(b - a) * CASE_SIZE for a, b in zip(bounds, bounds[1:], strict=False)]
