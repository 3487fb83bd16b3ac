"""The QC screen (质检) driven by scans and the keyboard (R-QC-1..5, R-NEW-3):
pick the open delivery, scan an item, read how many units to draw and why,
type the defective ones and Enter, round after round, to a full inspection
whose defective units go on a transfer slip signed by QC and the keeper's
badges; a delivery under 70% is rejected whole in red; bad counts and
foreign items change nothing; a new product's sizes typed and saved."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.config import Config
from app.db.models import NewProduct, Product, ProductBarcode, QcInspection
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.station import Station, open_station
from tests.app.services.test_qc import (
    GREEN,
    KEEPER_BADGE,
    PACKER_BADGE,
    QC_BADGE,
    RED,
    delivery,
    stock,
)
from tests.ui.test_screens import commit_text
from ui.qc_errors import qc_error_text, qc_station_text
from ui.screens.qc import QcScreen
from ui.widgets.verdict_panel import Verdict

NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
WAIT_MS = 10_000


@pytest.fixture
def desk(config: Config, db_url: str) -> Iterator[Station]:
    """A station on the demo shop (its users and badges, bins incl. A-CP-01)."""
    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=db_url))
    station = open_station(config, demo_if_empty=False)
    load_demo(station.db, orders=0, now=NOW)
    yield station
    station.db.dispose()


@pytest.fixture
def screen(qtbot: QtBot, desk: Station) -> Iterator[QcScreen]:
    inspector = login_with_pin(desk.db, "zhijian", "1234")
    qc = QcScreen(desk, inspector)
    qc.clock = lambda: NOW
    qtbot.addWidget(qc)
    qc.show()
    qc.activateWindow()
    qtbot.waitExposed(qc)
    yield qc
    qc.stop()


def barcode(station: Station, sku: str) -> str:
    with station.db.read() as session:
        return (
            session.scalars(
                select(ProductBarcode.barcode).join(Product).where(Product.sku_code == sku)
            ).first()
            or sku
        )


def rounds(station: Station) -> int:
    with station.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(QcInspection)) or 0)


def type_count(qtbot: QtBot, screen: QcScreen, text: str) -> None:
    """The inspector's number keys and Enter in the count field (it has the focus)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.count_edit, timeout=WAIT_MS)
    qtbot.keyClicks(screen.count_edit, text)
    qtbot.keyClick(screen.count_edit, Qt.Key.Key_Return)


def said(screen: QcScreen) -> str:
    return screen.verdict.text


def test_from_the_first_sample_to_the_signed_transfer_slip(
    qtbot: QtBot, screen: QcScreen, desk: Station
) -> None:
    number = delivery(desk.db, {GREEN: 45})
    screen.refresh()
    assert screen.open_list.count() == 1 and number in screen.open_list.item(0).text()
    screen.open_list.setCurrentRow(0)
    screen.open_list.setFocus()
    qtbot.keyClick(screen.open_list, Qt.Key.Key_Return)
    assert number in screen.view.header.text() and "龙井茶厂" in screen.view.header.text()
    assert number in said(screen)

    screen.on_scan(barcode(desk, GREEN))
    assert said(screen) == f"{GREEN} · Draw 5 units\n10% of 45, rounded up (R-QC-1)"
    assert screen.count_label.text() == "Defective among the 5 inspected:"
    type_count(qtbot, screen, "1")
    assert said(screen) == (
        f"{GREEN} · Draw 5 more units\n"
        "Pass rate 4/5 = 80.0% is below 100%: another 10% of 45 (R-QC-2)"
    )
    type_count(qtbot, screen, "0")
    assert said(screen) == (
        f"{GREEN} · Inspect every unit: 35 not yet drawn\n"
        "Pass rate 9/10 = 90.0%: from 70% up to below 100% every unit is inspected (R-QC-4)"
    )
    assert screen.view.table.item(0, 4).text() == "5/4, 5/5"
    type_count(qtbot, screen, "2")
    assert said(screen).startswith(f"{GREEN} · Inspected: 3 defective of 45")
    assert screen.verdict.verdict is Verdict.DONE
    assert not screen.count_edit.isVisible()
    slip = screen.view.slip_label.text()
    assert f"{GREEN} × 3 → A-CP-01" in slip and "scan the badge of: QC, keeper" in slip
    assert screen.open_list.count() == 0  # nothing left to inspect

    screen.on_scan(PACKER_BADGE)
    assert screen.verdict.is_error and "QC and a keeper sign" in said(screen)
    screen.on_scan(QC_BADGE)
    assert screen.verdict.verdict is Verdict.OK and "signed by 吴质检" in said(screen)
    assert "scan the badge of: keeper" in screen.view.slip_label.text()
    screen.on_scan(KEEPER_BADGE)
    assert screen.verdict.verdict is Verdict.DONE
    assert "3 units moved to the defective store" in said(screen)
    assert "posted" in screen.view.slip_label.text()
    placed = {code: qty for (code, _lot), qty in stock(desk.db, GREEN).items()}
    assert placed == {"A-SH-01": 42, "A-CP-01": 3}


def test_under_70_percent_the_whole_delivery_is_rejected_in_red(
    qtbot: QtBot, screen: QcScreen, desk: Station
) -> None:
    number = delivery(desk.db, {GREEN: 20, RED: 30})
    screen.on_scan(number)
    screen.on_scan(GREEN)  # the SKU code typed or scanned works as well
    assert said(screen).startswith(f"{GREEN} · Draw 2 units")
    type_count(qtbot, screen, "1")
    type_count(qtbot, screen, "1")
    assert screen.verdict.is_error
    assert said(screen) == (
        f"{GREEN} · Reject the whole delivery\n"
        "Pass rate 2/4 = 50.0% is below 70%: report to the general manager's office "
        "and return everything to the supplier (R-QC-3)"
    )
    statuses = [screen.view.table.item(i, 5).text() for i in range(2)]
    assert statuses == ["rejected", "rejected"]
    screen.on_scan(RED)
    assert screen.verdict.is_error and "The whole delivery goes back" in said(screen)
    assert not screen.count_edit.isVisible()


def test_bad_counts_and_foreign_items_change_nothing(
    qtbot: QtBot, screen: QcScreen, desk: Station
) -> None:
    number = delivery(desk.db, {GREEN: 45})
    screen.on_scan(RED)
    assert screen.verdict.is_error and said(screen) == "Scan the inbound order number first."
    screen.on_scan("RK20990101-001")
    assert screen.verdict.is_error and said(screen) == "No document RK20990101-001."
    screen.on_scan(number)
    screen.on_scan(RED)
    assert screen.verdict.is_error and said(screen) == f"{RED} is not on this delivery."
    screen.on_scan(GREEN)
    type_count(qtbot, screen, "9")
    assert said(screen) == "Only 5 units were inspected: 9 cannot be defective."
    screen.count_edit.clear()
    type_count(qtbot, screen, "x")
    assert said(screen).startswith("Type how many of the 5 units are defective")
    assert rounds(desk) == 0
    qtbot.keyClick(screen.count_edit, Qt.Key.Key_Escape)
    assert said(screen) == "Scan the next item." and not screen.count_edit.isVisible()
    screen.on_scan(KEEPER_BADGE)
    assert said(screen) == "No transfer slip waits for a signature here."


def test_a_new_products_sizes_are_typed_and_saved(
    qtbot: QtBot, screen: QcScreen, desk: Station
) -> None:
    with desk.db.write() as session:
        product_id = session.scalars(select(Product.id).where(Product.sku_code == GREEN)).one()
        session.add(
            NewProduct(product_id=product_id, received_at=datetime(2026, 11, 26, 2, 0, tzinfo=UTC))
        )
    screen.tabs.setCurrentIndex(1)
    panel = screen.measure
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 0).text() == GREEN and panel.table.item(0, 4).text() == "LATE"
    screen.on_scan(barcode(desk, RED))
    assert panel.result.is_error
    assert panel.result.text() == f"{RED} is not a new product: nothing to measure."
    screen.on_scan(barcode(desk, GREEN))
    assert panel.product_label.text().startswith(f"Measure {GREEN} 西湖龙井")
    assert panel.product_label.text().endswith("(due by 2026-11-27)")
    commit_text(qtbot, panel.edit, "罐高: 12 cm\n直径：8 cm")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.result.text() == (
        f"Saved: {GREEN}, 2 measurements. Late: it was due by 2026-11-27."
    )
    assert panel.table.rowCount() == 0
    with desk.db.read() as session:
        row = session.scalars(select(NewProduct)).one()
        assert row.measurements == {"罐高": "12 cm", "直径": "8 cm"} and row.measured_at == NOW
    panel.save()
    assert panel.result.is_error and panel.result.text() == "Scan the new product first."


def test_the_qc_words_leave_shared_codes_to_the_program(qapp: object) -> None:
    """Hooked into ui.errors first, the QC texts answer only QC's codes: a
    waybill not found at the verify station keeps its own words."""
    assert qc_error_text("not_found", {"kind": "document", "ref": "YT1"}) is None
    assert qc_error_text("signature_refused", {"reason": "role"}) is None
    assert qc_station_text("not_found", {"kind": "document", "ref": "RK1"}) == "No document RK1."
    assert qc_error_text("qc_refused", {"reason": "wrong_drawn", "expected": 5, "drawn": 4}) == (
        "The rule asks for 5 units in this round, not 4."
    )
