"""Load the demo shop into an empty database, in one transaction.

Everything is drawn from ``random.Random(seed)``, so the same seed and ``now``
give the same orders, waybills and stock on any machine (row ids excepted).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db.base import new_id, utcnow
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
    User,
    Warehouse,
)
from app.demo import data
from app.demo.data import CourierSpec, ProductSpec
from app.errors import AlreadyExists, InvalidInput
from app.services.journal import audit
from app.services.users import _create_user

# China has one zone and no summer time; "today" for the shop is Beijing time.
CHINA_TZ = timezone(timedelta(hours=8), "UTC+08:00")
CHANGE_REQUEST_SHARE = 0.08  # orders whose remark or message asks for a change (R-ORD-2)
SINGLE_ITEM_SHARE = 0.60
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
        paid = _make_orders(rng, orders, now, products, couriers)
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


def _make_orders(
    rng: random.Random,
    count: int,
    now: datetime,
    products: dict[str, Product],
    couriers: dict[str, Courier],
) -> list[Order]:
    """Today's paid orders (Beijing time), oldest first, each with its waybill;
    8% carry a remark or message asking for a change (R-ORD-2)."""
    start = now.astimezone(CHINA_TZ).replace(hour=0, minute=0, second=0, microsecond=0)
    if now - start < timedelta(hours=2):  # just after midnight: use the past day
        start = now - timedelta(days=1)
    span = int((now - start).total_seconds())
    paid = sorted(start + timedelta(seconds=rng.randrange(span)) for _ in range(count))
    special = set(rng.sample(range(count), round(count * CHANGE_REQUEST_SHARE)))
    seen_numbers: set[tuple[str, str]] = set()
    seen_waybills: set[str] = set()
    rows: list[Order] = []
    for i, paid_at in enumerate(paid):
        shop, platform, _ = rng.choices(data.SHOPS, [w for _, _, w in data.SHOPS])[0]
        number = _platform_order_no(rng, platform, paid_at)
        while (shop, number) in seen_numbers:
            number = _platform_order_no(rng, platform, paid_at)
        seen_numbers.add((shop, number))
        lines = _draw_lines(rng)
        change = None
        if i in special:
            kinds = [c for c in data.CHANGE_REQUESTS if c[0] != "split" or len(lines) > 1]
            change = rng.choice(kinds)
        courier = _draw_courier(rng, exclude_sf=change is not None and change[0] == "courier")
        waybill = _waybill_no(rng, courier.code)
        while waybill in seen_waybills:
            waybill = _waybill_no(rng, courier.code)
        seen_waybills.add(waybill)
        remark, message = "", ""
        if change is not None:
            if rng.random() < 0.5:
                remark = change[1]
            else:
                message = change[2]
        elif (roll := rng.random()) < 0.30:
            message = rng.choice(data.HARMLESS_MESSAGES)
        elif roll < 0.40:
            remark = rng.choice(data.HARMLESS_REMARKS)
        province, city, district, detail = _address(rng)
        rows.append(
            Order(
                shop=shop,
                platform_order_no=number,
                paid_at=paid_at,
                created_at=paid_at - timedelta(seconds=rng.randint(20, 1800)),
                status="paid",  # payment confirmed (R-ORD-1)
                recipient_name=_person_name(rng),
                recipient_phone=f"{rng.choice(data.MOBILE_PREFIXES)}{rng.randrange(10**8):08d}",
                province=province,
                city=city,
                district=district,
                address_detail=detail,
                courier_id=couriers[courier.code].id,
                waybill_no=waybill,
                cs_remark=remark,
                buyer_message=message,
                lines=[
                    OrderLine(
                        product_id=products[sku].id,
                        quantity=qty,
                        unit_price_fen=products[sku].price_fen,
                    )
                    for sku, qty in lines
                ],
            )
        )
    return rows


def _draw_lines(rng: random.Random) -> tuple[tuple[str, int], ...]:
    """60% one item; else two or three of one can, or two to four products."""
    weights = [p.popularity for p in data.GOODS]

    def one() -> str:
        return rng.choices(data.GOODS, weights)[0].sku_code

    if rng.random() < SINGLE_ITEM_SHARE:
        return ((one(), 1),)
    if rng.random() < 0.35:
        return ((one(), rng.choice((2, 2, 3))),)
    wanted = rng.choice((2, 2, 2, 3, 3, 4))
    skus: list[str] = []
    while len(skus) < wanted:
        sku = one()
        if sku not in skus:
            skus.append(sku)
    return tuple((sku, rng.choice((1, 1, 1, 2))) for sku in skus)


def _draw_courier(rng: random.Random, *, exclude_sf: bool) -> CourierSpec:
    options = [c for c in data.COURIERS if not (exclude_sf and c.code == "SF")]
    return rng.choices(options, [c.share for c in options])[0]


def _waybill_no(rng: random.Random, code: str) -> str:
    """A number in the courier's own format (see ``data.COURIERS`` patterns)."""

    def digits(n: int) -> str:
        return f"{rng.randrange(10**n):0{n}d}"

    match code:
        case "SF":
            return "SF" + str(rng.randint(1, 9)) + digits(12)
        case "JD":
            return "JD" + rng.choice("VX") + rng.choice("ABCDEF") + digits(11)
        case "EMS" if rng.random() < 0.8:
            return "1" + digits(12)  # domestic EMS
        case "EMS":
            return _s10(rng.choice("ABCMS"), digits(8))
        case "ZTO":
            return "7" + rng.choice("3568") + digits(12)
        case "YTO":
            return "YT" + str(rng.randint(2, 9)) + digits(12)
        case "YD":
            return "4" + rng.choice("36") + digits(rng.choice((11, 13)))
        case "STO":
            return "77" + str(rng.randint(2, 9)) + digits(10)
    raise ValueError(f"no waybill format for courier {code}")


def _s10(letter: str, serial: str) -> str:
    """A UPU S10 item number (``EA123456785CN``): 8 digits and a weighted check digit."""
    weighted = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = {10: 0, 11: 5}.get(11 - weighted % 11, 11 - weighted % 11)
    return f"E{letter}{serial}{check}CN"


def _platform_order_no(rng: random.Random, platform: str, paid_at: datetime) -> str:
    """Taobao and Tmall use 19 digits; Pinduoduo ``yymmdd-`` and 15 digits."""
    if platform == "pinduoduo":
        return f"{paid_at.astimezone(CHINA_TZ):%y%m%d}-{rng.randrange(10**14, 10**15)}"
    return str(rng.randrange(10**18, 4 * 10**18))


def _person_name(rng: random.Random) -> str:
    roll = rng.random()
    surname = rng.choice(data.COMPOUND_SURNAMES) if roll < 0.02 else rng.choice(data.SURNAMES)
    if roll > 0.95:
        return surname + rng.choice(data.TITLES)
    return surname + "".join(rng.choices(data.GIVEN_NAME_CHARS, k=rng.choice((1, 2, 2))))


def _address(rng: random.Random) -> tuple[str, str, str, str]:
    province, city, district, streets, _ = rng.choices(
        data.ADDRESSES, [a[4] for a in data.ADDRESSES]
    )[0]
    street = f"{rng.choice(streets)}{rng.randint(1, 999)}号"
    if rng.random() < 0.25:
        place = f"{rng.choice(data.OFFICE_BUILDINGS)}{rng.randint(2, 28)}{rng.randint(1, 20):02d}室"
    else:
        place = (
            f"{rng.choice(data.COMMUNITIES)}{rng.randint(1, 30)}幢"
            f"{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
        )
    return province, city, district, street + place
