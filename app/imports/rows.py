"""From an export's rows to orders with lines, collecting every bad cell (pure).

The caller looks the SKUs and couriers up in the database and passes them in;
nothing here reads or writes the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.imports import mapping as m
from app.imports.readers import Row


@dataclass(frozen=True)
class RowError:
    row: int  # as the user sees it: the header is row 1
    column: str  # the export's header
    code: str  # missing_column, missing_field, unknown_sku, bad_quantity, bad_phone, ...
    value: str = ""

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.code} ({self.value})"


@dataclass(frozen=True)
class CourierRef:
    id: str
    code: str
    name: str


@dataclass
class ParsedOrder:
    row: int  # its first row
    shop: str
    order_no: str
    values: dict[str, Any]  # Order attributes, as they would be stored
    cancelled: bool  # the export's status says the shop cancelled it
    rows: int = 0
    lines: list[tuple[str, int, int]] = field(default_factory=list)  # product id, qty, fen
    cells: dict[str, str] = field(default_factory=dict)  # its first row's order fields


# The order's fields a further row of the same order may repeat or leave
# blank, but never contradict (two orders under one number, or two exports
# pasted together, would otherwise be merged silently).
REPEATED = (
    "recipient_name",
    "recipient_phone",
    "province",
    "city",
    "district",
    "address_detail",
    "paid_at",
    "courier",
    "waybill_no",
)


class _Checker:
    def __init__(
        self,
        columns: Mapping[str, str],
        products: Mapping[str, tuple[str, int]],
        couriers: Sequence[CourierRef],
    ) -> None:
        self.columns = columns
        self.products = products
        self.couriers = couriers
        self.errors: list[RowError] = []

    def error(self, row: Row, name: str, code: str, value: str) -> None:
        self.errors.append(RowError(row.number, self.columns.get(name, name), code, value))

    def text(self, row: Row, name: str, required: bool = False) -> str:
        header = self.columns.get(name)
        value = row.values.get(header, "").strip() if header else ""
        if required and not value:
            self.error(row, name, "missing_field", "")
        return value

    def check(self, row: Row, name: str, code: str, parse: Callable[[str], Any]) -> Any:
        value = self.text(row, name, required=name in m.REQUIRED)
        if not value:
            return None
        try:
            return parse(value)
        except ValueError:
            self.error(row, name, code, value)
            return None

    def courier_id(self, row: Row) -> str | None:
        """By code (SF) or name (顺丰速运), or a unique part of the name (顺丰)."""
        value = m.normalize(self.text(row, "courier"))
        if not value:
            return None
        upper = value.upper()
        hits = [c for c in self.couriers if c.code.upper() == upper or c.name == value]
        if not hits and len(value) >= 2:
            hits = [c for c in self.couriers if upper in c.name.upper()]
        if len(hits) != 1:
            self.error(row, "courier", "unknown_courier", value)
            return None
        return hits[0].id

    def order(self, row: Row, shop: str, order_no: str) -> ParsedOrder:
        texts = ("recipient_name", "province", "city", "district", "address_detail")
        values: dict[str, Any] = {n: self.text(row, n, n in m.REQUIRED) for n in texts}
        values["cs_remark"] = self.text(row, "cs_remark")
        values["buyer_message"] = self.text(row, "buyer_message")
        values["recipient_phone"] = self.check(row, "recipient_phone", "bad_phone", m.parse_phone)
        values["paid_at"] = self.check(row, "paid_at", "bad_time", m.parse_time)
        values["courier_id"] = self.courier_id(row)
        values["waybill_no"] = m.normalize(self.text(row, "waybill_no")) or None
        cancelled = m.is_cancelled(self.text(row, "status"))
        cells = {n: self.text(row, n) for n in REPEATED}
        return ParsedOrder(row.number, shop, order_no, values, cancelled, cells=cells)

    def same_order(self, row: Row, order: ParsedOrder) -> None:
        """A further row of ``order``: its filled order fields must agree."""
        for name in REPEATED:
            value = self.text(row, name)
            if value and value != order.cells[name]:
                self.error(row, name, "order_field_conflict", value)

    def line(self, row: Row, order: ParsedOrder) -> None:
        order.rows += 1
        sku = m.normalize(self.text(row, "sku", required=True))
        product = self.products.get(sku)
        if sku and product is None:
            self.error(row, "sku", "unknown_sku", sku)
        quantity = self.check(row, "quantity", "bad_quantity", m.parse_quantity)
        price = self.check(row, "unit_price", "bad_price", m.parse_price_fen)
        if product is not None and quantity is not None:
            order.lines.append((product[0], quantity, product[1] if price is None else price))


def sku_values(columns: Mapping[str, str], rows: Sequence[Row]) -> set[str]:
    """The SKU cells of the file, to look up before parsing."""
    return {m.normalize(r.values.get(columns["sku"], "")) for r in rows} - {""}


def parse_orders(
    columns: Mapping[str, str],
    rows: Sequence[Row],
    products: Mapping[str, tuple[str, int]],
    couriers: Sequence[CourierRef],
    progress: Callable[[int], None] | None = None,
    every: int = 1000,
) -> tuple[list[ParsedOrder], list[RowError]]:
    """Group rows into orders (shop + order number; one row per line) and check them.

    The order's fields are read from its first row; its further rows may leave
    them blank (the shop too, when the order number repeats the row above).
    ``progress(rows_done)`` is called every ``every`` rows.
    """
    checker = _Checker(columns, products, couriers)
    orders: dict[tuple[str, str], ParsedOrder] = {}
    waybills: dict[str, tuple[str, str]] = {}
    last: ParsedOrder | None = None  # the order the previous good row belongs to
    previous = ("", "")  # the previous row's shop and order number
    for done, row in enumerate(rows):
        if progress is not None and done and done % every == 0:
            progress(done)
        order_no = m.normalize(checker.text(row, "order_no", required=True))
        shop = checker.text(row, "shop")
        if not shop and order_no and previous[1] == order_no:
            shop = previous[0]
        elif not shop:
            checker.error(row, "shop", "missing_field", "")
        if not order_no or not shop:
            continue
        key = previous = (shop, order_no)
        if key not in orders:
            orders[key] = checker.order(row, shop, order_no)
            waybill = orders[key].values["waybill_no"]
            if waybill is not None and waybills.setdefault(waybill, key) != key:
                checker.error(row, "waybill_no", "duplicate_waybill", waybill)
        elif orders[key] is not last:
            # An order's rows are together; its number again further down is
            # another order under the same number, or the file twice over.
            checker.error(row, "order_no", "duplicate_order", order_no)
            continue
        else:
            checker.same_order(row, orders[key])
        last = orders[key]
        checker.line(row, last)
    return list(orders.values()), checker.errors
