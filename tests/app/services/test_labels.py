"""Labels from the database: the demo's orders, SKUs and bins, rendered and
read back with zbar; printing through the station's queue."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import Config
from app.db.engine import Database
from app.db.models import Location, Order, Product
from app.errors import AlreadyPrinted, NotFound, PermissionDenied
from app.labels.output import render
from app.services.auth import login_with_pin
from app.services.labels import OrderNotPaid, build_document, print_document
from app.services.print_queue import claim_next
from app.station import open_station
from tests.app.labels.scan import zbar


@pytest.fixture
def demo(config: Config) -> Database:
    station = open_station(config)  # embedded default: demo loaded, folder printer set
    return station.db


def first_order(db: Database) -> Order:
    with db.read() as session:
        return session.scalars(select(Order).order_by(Order.platform_order_no)).first()  # type: ignore[return-value]


@pytest.mark.parametrize("dpi", [203, 300])
def test_ewaybill_of_a_demo_order_reads_back(
    demo: Database, config: Config, tmp_path: Path, dpi: int
) -> None:
    clerk = login_with_pin(demo, "zhidan", "1234", config.station.code)
    order = first_order(demo)
    document = build_document(demo, clerk, config, "ewaybill", order.platform_order_no)
    assert document.template == "ewaybill_100x150"
    png = tmp_path / "waybill.png"
    png.write_bytes(render(document.pages, "png", dpi))
    assert order.waybill_no in zbar(png)


def test_ewaybill_found_by_waybill_number_and_delivery_note_by_order(
    demo: Database, config: Config, tmp_path: Path
) -> None:
    clerk = login_with_pin(demo, "zhidan", "1234", config.station.code)
    order = first_order(demo)
    by_waybill = build_document(demo, clerk, config, "ewaybill", order.waybill_no or "")
    assert by_waybill.document_ref == order.id
    note = build_document(demo, clerk, config, "delivery_note", order.platform_order_no)
    png = tmp_path / "note.png"
    png.write_bytes(render(note.pages, "png", 300))
    assert order.platform_order_no in zbar(png)


def test_sku_and_bin_labels(demo: Database, config: Config, tmp_path: Path) -> None:
    clerk = login_with_pin(demo, "wenyuan", "1234", config.station.code)
    with demo.read() as session:
        product = session.scalars(select(Product).where(Product.kind == "goods")).first()
        location = session.scalars(select(Location).where(Location.kind == "pick")).first()
        assert product is not None and location is not None
        barcodes = {b.barcode for b in product.barcodes}
    sku = build_document(demo, clerk, config, "sku", product.sku_code)
    path = tmp_path / "sku.png"
    path.write_bytes(render(sku.pages, "png", 203))
    assert set(zbar(path)) & barcodes
    bin_doc = build_document(demo, clerk, config, "bin", location.code)
    path.write_bytes(render(bin_doc.pages, "png", 203))
    assert location.code in zbar(path)


def test_unpaid_order_is_not_printed(demo: Database, config: Config) -> None:
    """R-ORD-1: an order is printed only once its payment is confirmed."""
    clerk = login_with_pin(demo, "zhidan", "1234", config.station.code)
    order = first_order(demo)
    with demo.write() as session:
        session.get(Order, order.id).status = "new"  # type: ignore[union-attr]
    with pytest.raises(OrderNotPaid):
        build_document(demo, clerk, config, "ewaybill", order.platform_order_no)


def test_unknown_reference_and_role(demo: Database, config: Config) -> None:
    clerk = login_with_pin(demo, "zhidan", "1234", config.station.code)
    with pytest.raises(NotFound):
        build_document(demo, clerk, config, "ewaybill", "NO-SUCH-ORDER")
    picker = login_with_pin(demo, "peihuo", "1234", config.station.code)
    with pytest.raises(PermissionDenied):
        build_document(demo, picker, config, "bin", "A-01-01")


def test_print_goes_to_the_default_printer_once(demo: Database, config: Config) -> None:
    clerk = login_with_pin(demo, "zhidan", "1234", config.station.code)
    order = first_order(demo)
    job = print_document(demo, clerk, config, "ewaybill", order.platform_order_no)
    assert job.state == "queued"
    claimed = claim_next(demo, clerk.station_id or "", job.created_at)
    assert claimed is not None and claimed.payload.startswith(b"%PDF")  # the folder printer
    with pytest.raises(AlreadyPrinted):
        print_document(demo, clerk, config, "ewaybill", order.waybill_no or "")


def test_zpl_printer_gets_zpl(demo: Database, config: Config) -> None:
    from app.services.printers import configure_printer, set_default_printer

    boss = login_with_pin(demo, "zhuguan", "8888", config.station.code)
    printer = configure_printer(
        demo, boss, name="斑马 ZT410", kind="tcp", address="127.0.0.1:9100", language="zpl"
    )
    set_default_printer(demo, boss, "bin", printer.id)
    job = print_document(demo, boss, config, "bin", "A-01-01")
    claimed = claim_next(demo, boss.station_id or "", job.created_at)
    assert claimed is not None
    assert claimed.payload.startswith(b"^XA") and b"^CI28" in claimed.payload
    assert claimed.printer.id == printer.id


def test_template_folder_override(demo: Database, config: Config, tmp_path: Path) -> None:
    from app.labels.templates import DEFAULT_FOLDER

    custom = tmp_path / "templates"
    custom.mkdir()
    text = (DEFAULT_FOLDER / "bin_label.json").read_text(encoding="utf-8")
    (custom / "bin_label.json").write_text(
        text.replace('"height": 40', '"height": 50', 1), encoding="utf-8"
    )
    configured = dataclasses.replace(
        config, labels=dataclasses.replace(config.labels, folder=str(custom))
    )
    clerk = login_with_pin(demo, "wenyuan", "1234", config.station.code)
    document = build_document(demo, clerk, configured, "bin", "A-01-01")
    assert document.pages[0].height_mm == 50
