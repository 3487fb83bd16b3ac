"""Sample label data from the demo shop's constants: for a printer's test
page, template previews while editing, benchmarks and tests. Deterministic:
the same index gives the same order."""

from __future__ import annotations

import random
from datetime import datetime

from app.demo.data import (
    ADDRESSES,
    COMMUNITIES,
    COURIERS,
    GIVEN_NAME_CHARS,
    GOODS,
    SHOPS,
    SURNAMES,
    ean13,
)
from app.labels.data import (
    BinLabelData,
    InboundData,
    OrderData,
    OrderLineData,
    PartyData,
    PickRowData,
    ProductLabelData,
)

SENDER = PartyData("龙井旗舰店 发货部", "0571-88886666", "浙江省", "杭州市", "西湖区",
                   "龙井路 18 号 茶叶仓储中心 A 仓")  # fmt: skip
MOMENT = datetime(2025, 4, 8, 9, 30)
# Waybill numbers shaped like each courier's pattern (app.demo.data.COURIERS).
_WAYBILL = {
    "SF": "SF{:013d}", "JD": "JDVA{:011d}", "EMS": "1{:012d}", "ZTO": "78{:012d}",
    "YTO": "YT{:013d}", "YD": "43{:011d}", "STO": "77{:011d}",
}  # fmt: skip
_ROUTING = {"浙江省": ("杭州转运中心", "571"), "上海市": ("上海浦东集散中心", "021"),
            "江苏省": ("苏州转运中心", "512"), "北京市": ("北京顺义集散中心", "010"),
            "广东省": ("广州白云转运中心", "020")}  # fmt: skip
LONG_ADDRESS_TAIL = (
    "东方明珠苑 12 幢 3 单元 1502 室（小区南门进，快递柜放不下请放门卫室，"
    "门卫电话打不通请打收件人电话，周末家里有人，工作日请送到公司前台）"
)


def sample_order(
    index: int = 0, courier_code: str = "SF", qr: bool = False, long_address: bool = False
) -> OrderData:
    """A demo order with a waybill of ``courier_code`` and one to three lines."""
    courier = next(c for c in COURIERS if c.code == courier_code)
    province, city, district, streets, _ = ADDRESSES[index % len(ADDRESSES)]
    given = GIVEN_NAME_CHARS[(index * 7) % len(GIVEN_NAME_CHARS)]
    name = SURNAMES[index % len(SURNAMES)] + given + GIVEN_NAME_CHARS[(index * 3 + 1) % 40]
    street = streets[index % len(streets)]
    address = f"{street} {index % 300 + 1} 号 {COMMUNITIES[index % len(COMMUNITIES)]}"
    if long_address:
        address += LONG_ADDRESS_TAIL
    hub, area = _ROUTING.get(province, ("华东转运中心", "999"))
    waybill = _WAYBILL[courier.code].format(31415926 + index * 7919)
    lines = tuple(
        OrderLineData(
            g.sku_code, g.name, 1 + (index + n) % 3, g.style_no, g.colour, g.size, g.price_fen
        )
        for n, g in enumerate(GOODS[(index * 5 + k) % len(GOODS)] for k in range(1 + index % 3))
    )
    return OrderData(
        order_no=f"{3948 + index:04d}20250408{index:07d}",
        shop=SHOPS[index % len(SHOPS)][0],
        recipient=PartyData(
            name, f"138{12340000 + index * 7:08d}", province, city, district, address
        ),  # fmt: skip
        sender=SENDER,
        lines=lines,
        courier_code=courier.code,
        courier_name=courier.name,
        waybill_no=waybill,
        route_code=f"{'ABCDE'[index % 5]}{index % 1000:03d} {(index * 37) % 1000:03d}",
        sort_code=f"{area}-{index % 20 + 1:02d}",
        consolidation=hub,
        qr=f"https://m.example.cn/t/{waybill}" if qr else "",
        buyer_message="送长辈的，包装好一点" if index % 2 else "",
        paid_at=MOMENT,
        printed_at=MOMENT,
    )


def sample_product(index: int = 0, internal: bool = False) -> ProductLabelData:
    """A demo SKU with the maker's EAN-13, or (``internal``) our Code 128 SKU code."""
    spec = GOODS[index % len(GOODS)]
    code = spec.sku_code if internal else ean13(f"{spec.gs1_prefix}{index + 1:05d}")
    return ProductLabelData(
        spec.sku_code, spec.name, spec.style_no, spec.colour, spec.size, code, spec.price_fen
    )


def sample_bin(index: int = 0) -> BinLabelData:
    aisle, slot = index // 24 % 5 + 1, index % 24 + 1
    return BinLabelData(f"A-{aisle:02d}-{slot:02d}", "主仓 A", f"A{aisle}", "pick")


def sample_pick_rows(count: int, seed: int = 4) -> list[PickRowData]:
    """``count`` rows over five aisles walked as a serpentine, in shuffled
    order (the builder must sort them into the walk)."""
    rows = []
    for n in range(count):
        aisle, slot = n // 24 % 5 + 1, n % 24 + 1
        walk = aisle * 100 + (slot if aisle % 2 else 25 - slot)  # up aisle 1, down aisle 2...
        spec = GOODS[n % len(GOODS)]
        rows.append(
            PickRowData(
                f"A-{aisle:02d}-{slot:02d}",
                walk,
                spec.sku_code,
                spec.name,
                1 + n % 4,
                f"A{aisle}",
                spec.style_no,
                spec.colour,
                spec.size,
            )  # fmt: skip
        )
    random.Random(seed).shuffle(rows)
    return rows


def sample_inbound(count: int = 8) -> InboundData:
    lines = tuple(
        OrderLineData(
            g.sku_code, g.name, 20 + 10 * (n % 5), g.style_no, g.colour, g.size, g.price_fen // 3
        )  # fmt: skip
        for n, g in enumerate(GOODS[:count])
    )
    return InboundData(
        inbound_no="RK20250408001",
        supplier="杭州西湖龙井茶叶合作社",
        lines=lines,
        supplier_note_no="SH-2025-0408-17",
        warehouse="主仓 A",
        received_at=MOMENT,
        clerk="赵文员",
    )
