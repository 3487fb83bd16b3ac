"""The demo's paid orders: recipients, couriers, waybills, remarks (R-ORD-2)."""

from __future__ import annotations

import random
import zlib
from datetime import datetime, timedelta, timezone

from app.db.models import Courier, Order, OrderLine, Product
from app.demo import data
from app.demo.data import CourierSpec

# China has one zone and no summer time; "today" for the shop is Beijing time.
CHINA_TZ = timezone(timedelta(hours=8), "UTC+08:00")
CHANGE_REQUEST_SHARE = 0.08  # orders whose remark or message asks for a change (R-ORD-2)
SINGLE_ITEM_SHARE = 0.60


def make_orders(
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
                **_routing(courier.code, province, city, district),
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


def _routing(courier_code: str, province: str, city: str, district: str) -> dict[str, str]:
    """What a courier's e-waybill service returns with the number: the route
    code 三段码, the big sort text 大头笔 and the consolidation point 集包地.
    Stable per courier and destination, as the real ones are."""
    key = zlib.crc32(f"{courier_code}|{province}|{city}|{district}".encode())
    hub = city.removesuffix("市")
    return {
        "route_code": f"{'ABCDEFGHJK'[key % 10]}{key % 997:03d} {key // 997 % 1000:03d}",
        "sort_code": f"{key % 900 + 100}",
        "consolidation_point": f"{hub}转运中心",
    }
