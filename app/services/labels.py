"""Labels from the database: find the order, product or bin a label is for,
fill its template, and print it through the station's queue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.config import Config, SenderSection
from app.db.engine import Database
from app.db.models import Courier, Location, Order, Product, ProductBarcode, Warehouse
from app.errors import DomainError, InvalidInput, NoDefaultPrinter, NotFound
from app.labels import data as label_data
from app.labels.data import BinLabelData, OrderData, OrderLineData, PartyData, ProductLabelData
from app.labels.model import Label
from app.labels.output import CONTENT_TYPES, render
from app.labels.symbols import is_ean13
from app.labels.templates import load_template
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.print_queue import JobInfo
from app.services.printers import default_printer
from app.services.printing import enqueue
from app.services.returns_posting import EXCHANGE_MARK

LABEL_KINDS = ("ewaybill", "delivery_note", "sku", "bin")
UNPRINTABLE_STATES = ("new", "cancelled")  # R-ORD-1: only paid orders are printed


class OrderNotPaid(DomainError):
    """R-ORD-1: an order is printed and shipped only once its payment is confirmed."""

    code = "order_not_paid"


class NoWaybillNumber(DomainError):
    """An e-waybill needs the courier's waybill number, which the order lacks."""

    code = "no_waybill"


@dataclass(frozen=True)
class Document:
    """A label ready to render: its pages, what it is for, which template."""

    kind: str
    template: str
    document_ref: str  # dedupe key part: the order, SKU or bin it is for
    pages: tuple[Label, ...]


def template_for(config: Config, kind: str) -> str:
    labels = config.labels
    return {
        "ewaybill": labels.ewaybill,
        "delivery_note": labels.delivery_note,
        "sku": labels.sku,
        "bin": "bin_label",
    }[kind]


def _find_order(session: Session, ref: str) -> Order:
    """By platform order number, waybill number or id: what a scan gives."""
    order = session.scalar(
        select(Order).where(
            or_(Order.platform_order_no == ref, Order.waybill_no == ref, Order.id == ref)
        )
    )
    if order is None:
        raise NotFound(f"no order {ref}", what="order", ref=ref)
    return order


def _order_data(session: Session, order: Order, sender: SenderSection) -> OrderData:
    courier = session.get(Courier, order.courier_id) if order.courier_id else None
    products = {
        p.id: p
        for p in session.scalars(
            select(Product).where(Product.id.in_([line.product_id for line in order.lines]))
        )
    }
    lines = tuple(
        OrderLineData(
            sku_code=products[line.product_id].sku_code,
            name=products[line.product_id].name,
            quantity=line.quantity,
            style_no=products[line.product_id].style_no,
            colour=products[line.product_id].colour,
            size=products[line.product_id].size,
            unit_price_fen=line.unit_price_fen,
        )
        for line in order.lines
    )
    return OrderData(
        order_no=order.platform_order_no,
        shop=order.shop,
        recipient=PartyData(
            name=order.recipient_name,
            phone=order.recipient_phone,
            province=order.province,
            city=order.city,
            district=order.district,
            address=order.address_detail,
        ),
        sender=PartyData(
            name=sender.name,
            phone=sender.phone,
            province=sender.province,
            city=sender.city,
            district=sender.district,
            address=sender.address,
        ),
        lines=lines,
        courier_code=courier.code if courier else "",
        courier_name=courier.name if courier else "",
        waybill_no=order.waybill_no or "",
        route_code=order.route_code,
        sort_code=order.sort_code,
        consolidation=order.consolidation_point,
        buyer_message=order.buyer_message,
        paid_at=order.paid_at,
        mark=EXCHANGE_MARK if (order.cs_remark or "").startswith(EXCHANGE_MARK) else "",
    )


def _product(session: Session, ref: str) -> Product:
    product = session.scalar(select(Product).where(Product.sku_code == ref))
    if product is None:
        product = session.scalar(
            select(Product).join(ProductBarcode).where(ProductBarcode.barcode == ref)
        )
    if product is None:
        raise NotFound(f"no product {ref}", what="product", ref=ref)
    return product


def _bin(session: Session, ref: str) -> BinLabelData:
    row = session.execute(
        select(Location, Warehouse.code)
        .join(Warehouse, Warehouse.id == Location.warehouse_id)
        .where(Location.code == ref)
    ).first()
    if row is None:
        raise NotFound(f"no bin {ref}", what="bin", ref=ref)
    location, warehouse = row
    return BinLabelData(
        code=location.code, warehouse=warehouse, zone=location.zone, kind=location.kind
    )


def kind_of_template(template: str) -> str:
    """Which kind of document a template draws, by its name."""
    for kind in ("ewaybill", "delivery_note", "sku"):
        if template.startswith(kind):
            return kind
    if template.startswith("bin"):
        return "bin"
    raise InvalidInput(f"template {template!r} is not an order, SKU or bin label", field="template")


def build_document(
    db: Database, actor: Actor, config: Config, kind: str, ref: str, template: str = ""
) -> Document:
    """Fill the template for one order (e-waybill, delivery note), SKU or bin."""
    with db.read() as session:
        authorize(session, actor, Action.PRINT_LABELS)
    return build_document_from_console(db, config, kind, ref, template)


def build_document_from_console(
    db: Database, config: Config, kind: str, ref: str, template: str = ""
) -> Document:
    """The technician's ``label`` command at the station's console: whoever
    holds the database renders to a file; nothing is queued or recorded."""
    if kind not in LABEL_KINDS:
        raise InvalidInput(f"unknown label kind {kind!r}", field="label_kind")
    template = template or template_for(config, kind)
    folders = [Path(config.labels.folder)] if config.labels.folder else []
    with db.read() as session:
        if kind in ("ewaybill", "delivery_note"):
            order = _find_order(session, ref)
            if order.status in UNPRINTABLE_STATES or order.paid_at is None:
                raise OrderNotPaid(
                    f"order {order.platform_order_no} is not paid (R-ORD-1)",
                    order_no=order.platform_order_no,
                    status=order.status,
                )
            if kind == "ewaybill" and not (order.waybill_no or "").strip():
                raise NoWaybillNumber(
                    f"order {order.platform_order_no} has no waybill number",
                    order_no=order.platform_order_no,
                )
            order_data = _order_data(session, order, config.sender)
            values = (
                label_data.ewaybill_data(order_data)
                if kind == "ewaybill"
                else label_data.delivery_note_data(order_data)
            )
            document_ref = order.id
        elif kind == "sku":
            product = _product(session, ref)
            barcodes = [b.barcode for b in product.barcodes]
            ean = next((b for b in barcodes if is_ean13(b)), "")
            values = label_data.product_label_data(
                ProductLabelData(
                    sku_code=product.sku_code,
                    name=product.name,
                    style_no=product.style_no,
                    colour=product.colour,
                    size=product.size,
                    barcode=ean or product.sku_code,
                    price_fen=product.price_fen,
                )
            )
            document_ref = ""  # goods labels are printed as often as goods arrive
        else:
            values = label_data.bin_label_data(_bin(session, ref))
            document_ref = ""
    pages = tuple(load_template(template, folders=folders).render(values))
    return Document(kind=kind, template=template, document_ref=document_ref, pages=pages)


def print_document(
    db: Database, actor: Actor, config: Config, kind: str, ref: str, copies: int = 1
) -> JobInfo:
    """Render for the station's default printer of this kind and queue it; no
    dialog. An e-waybill or delivery note already printed is refused
    (AlreadyPrinted): a second one is a reprint with a reason."""
    if actor.station_id is None:
        raise InvalidInput("printing needs a station", field="station")
    printer = default_printer(db, actor.station_id, kind)
    if printer is None:
        raise NoDefaultPrinter(f"no printer for {kind}", label_kind=kind)
    document = build_document(db, actor, config, kind, ref)
    payload = render(document.pages, printer.language, printer.dpi, config.labels.font)
    return enqueue(
        db,
        actor,
        kind,
        document.template,
        document.document_ref,
        payload,
        CONTENT_TYPES[printer.language],
        copies,
        printer.id,
    )


def bulk_codes(db: Database, actor: Actor, kind: str, group: str) -> list[str]:
    """What a bulk print covers: the active SKUs of a style number, or the
    active bins of a zone in walk order."""
    with db.read() as session:
        authorize(session, actor, Action.PRINT_LABELS)
        if kind == "sku":
            query = (
                select(Product.sku_code)
                .where(Product.style_no == group, Product.active.is_(True))
                .order_by(Product.sku_code)
            )
        else:
            query = (
                select(Location.code)
                .where(Location.zone == group, Location.active.is_(True))
                .order_by(Location.warehouse_id, Location.walk_order, Location.code)
            )
        return list(session.scalars(query))
