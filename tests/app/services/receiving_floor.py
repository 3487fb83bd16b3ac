"""A receiving dock for the receiving and putaway tests: the demo's users,
warehouses, bins and products (no orders), a station of warehouse A with its
PDF-folder printer, and helpers taking a delivery through its steps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.backoffice_settings import ReceivingSection
from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    NewProduct,
    Notice,
    OutboxEvent,
    Product,
    ProductBarcode,
    StockLot,
    StockMovement,
)
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.printers import ensure_embedded_printer
from app.services.receiving import count_goods, finish_counting
from app.services.receiving_note import NoteLine, create_inbound
from app.services.receiving_post import post_inbound, sign_inbound
from app.services.receiving_view import Inbound
from app.services.users import ensure_station

NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
TZ = "Asia/Shanghai"
SETTINGS = ReceivingSection()  # receiving area SH-01, at most 3x the note
STATION = "SH-DESK"
TEA = "LJ01-100-GN"  # also carries our Code 128 label with the SKU code
CUP = "LJ02-050-GN"
SUPPLIER = "杭州龙井茶厂"


@dataclass(frozen=True)
class Dock:
    db: Database
    clerk: Actor  # 赵文员, at the station
    keeper: Actor  # 钱配货, 仓库管理员
    supervisor: Actor  # 王主管
    prints: Path


def make_dock(db: Database, prints: Path) -> Dock:
    load_demo(db, orders=0, now=NOW)
    station_id = ensure_station(db, STATION, "收货台", "A")
    ensure_embedded_printer(db, station_id, str(prints))
    return Dock(
        db,
        login_with_pin(db, "wenyuan", "1234", STATION),
        login_with_pin(db, "peihuo", "1234", STATION),
        login_with_pin(db, "zhuguan", "8888", STATION),
        prints,
    )


def make_dock_on(db: Database) -> Dock:
    """The dock's people on a database :func:`make_dock` already set up."""
    return Dock(
        db,
        login_with_pin(db, "wenyuan", "1234", STATION),
        login_with_pin(db, "peihuo", "1234", STATION),
        login_with_pin(db, "zhuguan", "8888", STATION),
        Path(),
    )


def ean(db: Database, sku: str) -> str:
    """The maker's EAN-13 of a demo product."""
    with db.read() as session:
        return str(
            session.scalars(
                select(ProductBarcode.barcode)
                .join(Product)
                .where(Product.sku_code == sku, ProductBarcode.barcode != sku)
            ).one()
        )


def add_new_product(db: Database, sku: str, barcode: str) -> None:
    """A product never received before (R-NEW-1)."""
    with db.write() as session:
        session.add(
            Product(
                sku_code=sku,
                name="西湖龙井 新品礼盒 200g",
                style_no=sku.split("-")[0],
                colour="月白",
                size="200g",
                unit_weight_g=600,
                category="longjing",
                barcodes=[ProductBarcode(barcode=barcode)],
            )
        )


def note(
    dock: Dock, lines: Sequence[tuple[str, int]] = ((TEA, 10), (CUP, 4)), ref: str = "SH-0001"
) -> Inbound:
    return create_inbound(
        dock.db,
        dock.clerk,
        SUPPLIER,
        ref,
        [NoteLine(code, qty) for code, qty in lines],
        NOW,
        SETTINGS,
        TZ,
    )


def count(dock: Dock, number: str, code: str, times: int = 1, quantity: int = 1) -> Inbound:
    view: Inbound | None = None
    for _ in range(times):
        view = count_goods(dock.db, dock.clerk, number, code, SETTINGS, quantity)
    assert view is not None
    return view


def received(dock: Dock, lines: Sequence[tuple[str, int]] = ((TEA, 10), (CUP, 4))) -> Inbound:
    """A delivery counted exactly as its note, signed and posted at NOW."""
    number = note(dock, lines).number
    for code, qty in lines:
        count(dock, number, code, quantity=qty)
    finish_counting(dock.db, dock.clerk, number, NOW)
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "pin")
    return post_inbound(dock.db, dock.clerk, number, NOW)


def snapshot(db: Database) -> dict[str, Any]:
    """Everything a receiving step could change: a refusal leaves it equal."""
    with db.read() as session:
        counts = {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (
                Document, DocumentLine, DocumentSignature, StockLot, StockMovement, Notice,
                NewProduct, OutboxEvent, Location,
            )
        }  # fmt: skip
        documents = [
            (d.number, d.state, d.version, repr(d.detail))
            for d in session.scalars(select(Document).order_by(Document.number))
        ]
        lines = [
            (ln.document_id, ln.line_no, ln.actual_qty, ln.version, ln.note)
            for ln in session.scalars(select(DocumentLine).order_by(DocumentLine.id))
        ]
        return {"counts": counts, "documents": documents, "lines": lines}


def balance(db: Database, code: str, sku: str, lot_id: str | None = None) -> int:
    """Units of a SKU at a location by the ledger (of one lot if given)."""
    with db.read() as session:
        query = (
            select(func.sum(StockMovement.quantity))
            .join(Location, Location.id == StockMovement.location_id)
            .join(Product, Product.id == StockMovement.product_id)
            .where(Location.code == code, Product.sku_code == sku)
        )
        if lot_id is not None:
            query = query.where(StockMovement.lot_id == lot_id)
        return int(session.scalar(query) or 0)
