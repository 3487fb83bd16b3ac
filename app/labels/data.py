"""Plain data for the label templates, built from plain records.

The service that prints reads the database and fills these small frozen
records; the builders here turn them into the dictionaries the templates
name (``{recipient.name}``, ``{lines}``...). No database, no Qt: the same
data feeds the preview, the PDF, ZPL and TSPL, and the tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

STAMP = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class PartyData:
    """A recipient or a sender."""

    name: str
    phone: str
    province: str
    city: str
    district: str = ""
    address: str = ""  # street and house, below the district
    company: str = ""


@dataclass(frozen=True)
class OrderLineData:
    """A line of goods: of an order, or of a supplier's delivery (inbound)."""

    sku_code: str
    name: str
    quantity: int
    style_no: str = ""
    colour: str = ""
    size: str = ""
    unit_price_fen: int = 0  # the sale price; the cost on an inbound order


@dataclass(frozen=True)
class OrderData:
    """An order with its waybill (the courier's routing comes with the number)."""

    order_no: str
    shop: str
    recipient: PartyData
    sender: PartyData
    lines: tuple[OrderLineData, ...]
    courier_code: str = ""
    courier_name: str = ""
    waybill_no: str = ""
    route_code: str = ""  # 三段码
    sort_code: str = ""  # 大头笔
    consolidation: str = ""  # 集包地
    qr: str = ""  # optional QR content (a tracking link)
    buyer_message: str = ""
    paid_at: datetime | None = None
    printed_at: datetime | None = None
    mark: str = ""  # printed large on the waybill, e.g. 换货 for an exchange (R-RET-2)


@dataclass(frozen=True)
class ProductLabelData:
    sku_code: str
    name: str
    style_no: str = ""
    colour: str = ""
    size: str = ""
    barcode: str = ""  # the maker's EAN-13, else our Code 128 (the SKU code)
    price_fen: int = 0


@dataclass(frozen=True)
class BinLabelData:
    code: str
    warehouse: str = ""
    zone: str = ""
    kind: str = "pick"


@dataclass(frozen=True)
class PickRowData:
    """Goods to take from one bin; ``walk_order`` is the bin's place on the walk."""

    bin_code: str
    walk_order: int
    sku_code: str
    name: str
    quantity: int
    zone: str = ""
    style_no: str = ""
    colour: str = ""
    size: str = ""


@dataclass(frozen=True)
class InboundData:
    """A supplier's delivery entered as our inbound order (入库单, R-REC-3)."""

    inbound_no: str
    supplier: str
    lines: tuple[OrderLineData, ...]
    supplier_note_no: str = ""  # the supplier's delivery note number
    warehouse: str = ""
    received_at: datetime | None = None
    clerk: str = ""
    copy_name: str = "财务联"  # which part of the multi-part form this is


def yuan(fen: int) -> str:
    """Fen as yuan with two decimals (12800 -> "128.00")."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def _stamp(moment: datetime | None) -> str:
    return moment.strftime(STAMP) if moment else ""


def party(p: PartyData) -> dict[str, str]:
    """A person's fields; ``region`` skips a municipality's repeated city
    (上海市 上海市 -> 上海市) and ``full_address`` adds the street."""
    parts = [p.province] + ([p.city] if p.city != p.province else []) + [p.district]
    region = " ".join(x for x in parts if x)
    return {
        "name": p.name,
        "phone": p.phone,
        "province": p.province,
        "city": p.city,
        "district": p.district,
        "address": p.address,
        "company": p.company,
        "region": region,
        "full_address": f"{region} {p.address}".strip(),
    }


def line_dict(line: OrderLineData) -> dict[str, Any]:
    spec = " ".join(x for x in (line.colour, line.size) if x)
    return {
        "sku_code": line.sku_code,
        "name": line.name,
        "style_no": line.style_no,
        "colour": line.colour,
        "size": line.size,
        "spec": spec,
        "quantity": line.quantity,
        "price": yuan(line.unit_price_fen),
        "amount": yuan(line.unit_price_fen * line.quantity),
    }


def item_summary(lines: Iterable[OrderLineData]) -> str:
    """What is in the parcel, short: "西湖龙井 100g ×2；玻璃杯 ×1"."""
    return "；".join(f"{line.name} ×{line.quantity}" for line in lines)


def _totals(lines: Sequence[OrderLineData]) -> dict[str, Any]:
    return {
        "total_qty": sum(line.quantity for line in lines),
        "total_amount": yuan(sum(line.quantity * line.unit_price_fen for line in lines)),
        "line_count": len(lines),
    }


def ewaybill_data(order: OrderData) -> dict[str, Any]:
    """The fields of an express e-waybill (DEVICES.md "Express e-waybills").
    An order without a waybill number or courier cannot have one."""
    if not order.waybill_no or not order.courier_name:
        raise ValueError(f"order {order.order_no} has no waybill number or courier yet")
    return {
        "courier": {"code": order.courier_code, "name": order.courier_name},
        "waybill_no": order.waybill_no,
        "route_code": order.route_code,
        "sort_code": order.sort_code,
        "consolidation": order.consolidation,
        "recipient": party(order.recipient),
        "sender": party(order.sender),
        "order_no": order.order_no,
        "shop": order.shop,
        "items": item_summary(order.lines),
        "qr": order.qr,
        "printed_at": _stamp(order.printed_at),
        "mark": order.mark,
        **_totals(order.lines),
    }


def delivery_note_data(order: OrderData) -> dict[str, Any]:
    """The packing slip (发货单) that travels in the parcel."""
    return {
        "shop": order.shop,
        "order_no": order.order_no,
        "recipient": party(order.recipient),
        "sender": party(order.sender),
        "courier": {"code": order.courier_code, "name": order.courier_name},
        "waybill_no": order.waybill_no,
        "buyer_message": order.buyer_message,
        "paid_at": _stamp(order.paid_at),
        "printed_at": _stamp(order.printed_at),
        "lines": [line_dict(line) for line in order.lines],
        **_totals(order.lines),
    }


def product_label_data(product: ProductLabelData) -> dict[str, Any]:
    """A SKU label; the barcode is the maker's EAN-13 or else the SKU code
    (our Code 128, R-REC-2). The template's ``"symbology": "auto"`` picks."""
    return {
        "sku_code": product.sku_code,
        "name": product.name,
        "style_no": product.style_no,
        "colour": product.colour,
        "size": product.size,
        "barcode": product.barcode or product.sku_code,
        "price": yuan(product.price_fen) if product.price_fen else "",
    }


def bin_label_data(bin_: BinLabelData) -> dict[str, Any]:
    return {"code": bin_.code, "warehouse": bin_.warehouse, "zone": bin_.zone, "kind": bin_.kind}


def pick_list_data(
    batch_no: str,
    rows: Iterable[PickRowData],
    picker: str = "",
    order_count: int = 0,
    created_at: datetime | None = None,
) -> dict[str, Any]:
    """A batch's pick list in walk order: one row per bin and SKU (quantities
    of several orders added up), grouped by zone where the walk enters it."""
    merged: dict[tuple[str, str], PickRowData] = {}
    for row in rows:
        key = (row.bin_code, row.sku_code)
        if key in merged:
            old = merged[key]
            row = replace(old, quantity=old.quantity + row.quantity)
        merged[key] = row
    ordered = sorted(merged.values(), key=lambda r: (r.walk_order, r.bin_code, r.sku_code))
    lines = [
        {
            "bin": r.bin_code,
            "zone": r.zone or "-",
            "sku_code": r.sku_code,
            "name": r.name,
            "style_no": r.style_no,
            "spec": " ".join(x for x in (r.colour, r.size) if x),
            "quantity": r.quantity,
        }
        for r in ordered
    ]
    return {
        "batch": {
            "no": batch_no,
            "picker": picker,
            "orders": order_count,
            "created_at": _stamp(created_at),
        },
        "rows": lines,
        "total_qty": sum(r.quantity for r in ordered),
        "line_count": len(lines),
    }


def inbound_data(inbound: InboundData) -> dict[str, Any]:
    """The inbound order (入库单) with the signature boxes of R-REC-3."""
    return {
        "inbound_no": inbound.inbound_no,
        "supplier": inbound.supplier,
        "supplier_note_no": inbound.supplier_note_no,
        "warehouse": inbound.warehouse,
        "received_at": _stamp(inbound.received_at),
        "clerk": inbound.clerk,
        "copy_name": inbound.copy_name,
        "lines": [line_dict(line) for line in inbound.lines],
        **_totals(inbound.lines),
    }
