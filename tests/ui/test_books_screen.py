"""The books screen (账务/单据, R-ACC-1..4; R-NEW-2..4) driven as the clerk
and the supervisor drive it: scans (items, badges, document numbers,
commands), Enter, the buttons. A photo-sample slip made, signed and posted;
the day's documents and its close, refused while a slip is a draft, with a
stray movement listed as a difference; a posted line corrected with its
trail; the month-end archive (the supervisor's); samples returned, extended
and announced when overdue; the photo deadline."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.config import Config
from app.db import migrate
from app.db.engine import Database
from app.db.models import (
    DayClose,
    Location,
    NewProduct,
    Notice,
    Product,
    ProductBarcode,
    SampleLoan,
    StockMovement,
)
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.station import Station, open_station
from tests.app.services.books_floor import NOW
from ui.screens.books import ARCHIVE_TAB, DAY_TAB, DOCUMENT_TAB, SAMPLES_TAB, BooksScreen
from ui.widgets.stock_table import cell

SKU = "LJ01-050-GN"
SUPERVISOR_BADGE, QC_BADGE = "USR0001", "USR0007"  # 王主管, 吴质检 (stands in for the taker)


@pytest.fixture
def station(config: Config, db_url: str, tmp_path: Path) -> Iterator[Station]:
    """A station on the demo warehouse (no orders); the archive in a temp folder."""
    db = Database(db_url)
    migrate.upgrade(db.engine)
    load_demo(db, orders=0, now=NOW)
    db.dispose()
    config = dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db_url),
        books=dataclasses.replace(config.books, archive_dir=str(tmp_path / "archive")),
    )
    opened = open_station(config, demo_if_empty=False)
    yield opened
    opened.db.dispose()


def ean(db: Database, sku: str) -> str:
    with db.read() as session:
        codes = session.scalars(
            select(ProductBarcode.barcode)
            .join(Product, Product.id == ProductBarcode.product_id)
            .where(Product.sku_code == sku)
        ).all()
    return next(c for c in codes if c.isdigit())


def open_screen(qtbot: QtBot, station: Station, username: str = "wenyuan") -> BooksScreen:
    pin = "8888" if username == "zhuguan" else "1234"
    actor = login_with_pin(station.db, username, pin, station.config.station.code)
    screen = BooksScreen(station, actor)
    screen.clock = lambda: NOW
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    return screen


def said(screen: BooksScreen) -> str:
    return str(screen.result.text())


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def make_slip(screen: BooksScreen, units: int = 2) -> str:
    """Scan the items, Enter: the slip is made (R-NEW-2). Returns its number."""
    screen.tabs.setCurrentIndex(SAMPLES_TAB)
    for _ in range(units):
        screen.on_scan(ean(screen.station.db, SKU))
    assert cell(screen.slip.table, 0, 3) == str(units)
    screen.empty_enter()
    assert screen.slip.number, said(screen)
    return screen.slip.number


def posted_slip(screen: BooksScreen, units: int = 2) -> str:
    number = make_slip(screen, units)
    screen.on_scan(SUPERVISOR_BADGE)
    assert "signed as the supervisor" in said(screen), said(screen)
    assert not screen.slip.post_button.isEnabled()  # the taker is still missing
    screen.on_scan(QC_BADGE)
    assert "signed as the taker" in said(screen), said(screen)
    screen.empty_enter()
    assert f"Slip {number} posted: {units} unit(s) to the sample area" in said(screen), said(screen)
    return number


def test_a_slip_scanned_signed_and_posted(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    screen.tabs.setCurrentIndex(SAMPLES_TAB)
    assert screen.signer.isVisible()
    screen.on_scan(ean(station.db, SKU))
    screen.on_scan(ean(station.db, SKU))
    screen.on_scan(ean(station.db, SKU))
    screen.on_scan("CMD:UNDO")  # one unit off again
    assert cell(screen.slip.table, 0, 0) == SKU and cell(screen.slip.table, 0, 3) == "2"
    screen.slip.extension.setChecked(True)
    screen.empty_enter()
    number = screen.slip.number
    assert number == "YP20261128-001", said(screen)
    assert "still to sign: the taker (领用人)、the supervisor (仓库主管)" in (
        screen.slip.status.text()
    )
    screen.empty_enter()  # not signed yet: refused, nothing posted
    assert screen.result.is_error and "Still to sign" in said(screen), said(screen)
    assert count(station.db, SampleLoan) == 0
    screen.signer.user_edit.setText("zhijian")
    screen.signer.pin_edit.setText("1234")
    screen.signer.pin_edit.returnPressed.emit()  # the taker by PIN
    assert "吴质检 signed as the taker" in said(screen), said(screen)
    screen.on_scan(SUPERVISOR_BADGE)
    screen.on_scan("CMD:CONFIRM")
    assert "posted: 2 unit(s) to the sample area, due back 2026-12-05" in said(screen), said(screen)
    assert cell(screen.loans.table, 0, 0) == number and cell(screen.loans.table, 0, 4) == "吴质检"
    assert count(station.db, SampleLoan) == 1


def test_the_day_closes_once_refused_while_a_slip_is_a_draft(
    qtbot: QtBot, station: Station
) -> None:
    screen = open_screen(qtbot, station)
    draft = make_slip(screen)
    screen.tabs.setCurrentIndex(DAY_TAB)
    panel = screen.day_panel
    assert (panel.warehouse.currentText(), panel.day_edit.text()) == ("A", "2026-11-28")
    assert cell(panel.documents, 0, 0) == draft and cell(panel.documents, 0, 2) == "draft"
    assert "the taker (领用人)" in cell(panel.documents, 0, 6)
    panel.close_button.click()
    assert screen.result.is_error and draft in said(screen), said(screen)
    assert count(station.db, DayClose) == 0

    screen.tabs.setCurrentIndex(SAMPLES_TAB)
    screen.slip.note_edit.setText("摄影师改期")
    screen.on_scan("CMD:CANCEL")  # the draft cancelled, with its reason
    assert f"Slip {draft} cancelled" in said(screen), said(screen)
    number = posted_slip(screen)
    screen.tabs.setCurrentIndex(DAY_TAB)
    panel.check_button.click()
    assert "The ledger agrees with the documents" in said(screen), said(screen)
    panel.close_button.click()
    assert "A 2026-11-28 closed: ledger and documents agree" in said(screen), said(screen)
    assert "closed by 赵文员" in panel.state_label.text()
    assert not panel.close_button.isEnabled()
    assert [cell(panel.documents, r, 0) for r in range(2)] == [draft, number]
    assert count(station.db, DayClose) == 1


def test_a_stray_movement_shows_as_a_difference(qtbot: QtBot, station: Station) -> None:
    with station.db.write() as session:
        product = session.scalars(select(Product).where(Product.sku_code == SKU)).one()
        bin_ = session.scalars(select(Location).where(Location.code == "A-YP-01")).one()
        session.add(
            StockMovement(
                product_id=product.id,
                location_id=bin_.id,
                quantity=-1,
                kind="count_adjust",
                created_at=NOW,
            )  # fmt: skip
        )
    screen = open_screen(qtbot, station)
    panel = screen.day_panel
    panel.check_button.click()
    assert "2 difference(s)" in said(screen), said(screen)
    rows = [[cell(panel.differences, r, c) for c in range(6)] for r in range(2)]
    assert rows == [
        ["Movement without a document", SKU, "A-YP-01", "", "0", "-1"],
        ["Below zero at the day's end", SKU, "A-YP-01", "", "0", "-1"],
    ]
    panel.close_button.click()  # closed with its differences written down
    assert screen.result.is_error and "closed with 2 difference(s)" in said(screen), said(screen)
    assert panel.differences.rowCount() == 2


def test_a_posted_line_corrected_shows_before_and_after(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    number = posted_slip(screen, 2)
    screen.on_scan(number)  # a document number opens it, wherever the tab
    view = screen.document
    assert screen.tabs.currentIndex() == DOCUMENT_TAB
    assert number in view.title.text() and "posted" in view.title.text()
    assert {cell(view.signatures, r, 1) for r in range(2)} == {"王主管", "吴质检"}
    assert view.correct_box.isVisible() and view.qty_spin.value() == 2
    view.qty_spin.setValue(1)
    view.correct_button.click()  # no reason: refused
    assert screen.result.is_error and "reason" in said(screen), said(screen)
    view.reason_edit.setText("只拿走一件")
    view.correct_button.click()
    assert f"{number} line 1: 2 → 1, corrected by 赵文员" in said(screen), said(screen)
    assert cell(view.lines, 0, 5) == "2 → 1"
    assert [cell(view.trail, 0, c) for c in (2, 3, 5)] == ["2 → 1", "赵文员", "只拿走一件"]
    assert cell(view.trail, 0, 4) == "2026-11-28 14:00"
    screen.on_scan("YP20261128-099")
    assert screen.result.is_error and "No document YP20261128-099" in said(screen), said(screen)


def test_the_archive_is_the_supervisors(qtbot: QtBot, station: Station, config: Config) -> None:
    clerk = open_screen(qtbot, station)
    posted_slip(clerk)
    clerk.tabs.setCurrentIndex(ARCHIVE_TAB)
    assert not clerk.archive.write_button.isEnabled()
    boss = open_screen(qtbot, station, "zhuguan")
    boss.tabs.setCurrentIndex(ARCHIVE_TAB)
    panel = boss.archive
    assert panel.month_edit.text() == "2026-10"  # last month by default
    panel.month_edit.setText("2026-11")
    panel.write_button.click()
    assert "2026-11: 1 document(s) archived" in said(boss), said(boss)
    assert panel.files.count() == 6
    folder = Path(station.config.books.archive_dir) / "2026-11"
    assert (folder / "archive-2026-11.pdf").stat().st_size > 0
    panel.month_edit.setText("2026-13")
    panel.write_button.click()
    assert boss.result.is_error and "YYYY-MM" in said(boss), said(boss)


def test_samples_returned_extended_and_recalled(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    posted_slip(screen, 1)
    loans = screen.loans
    loans.table.selectRow(0)
    loans.until_edit.setText("2026-12-10")
    loans.reason_edit.setText("补拍细节图")
    loans.extend_button.click()
    assert f"{SKU} extended until 2026-12-10" in said(screen), said(screen)
    assert cell(loans.table, 0, 5) == "2026-12-10" and cell(loans.table, 0, 7) == "补拍细节图"
    screen.clock = lambda: NOW + timedelta(days=13)  # past the extension
    loans.refresh()
    assert cell(loans.table, 0, 6) == "1"
    loans.announce_button.click()
    assert "1 overdue sample(s) announced" in said(screen), said(screen)
    loans.announce_button.click()
    assert "0 overdue sample(s) announced" in said(screen), said(screen)
    assert count(station.db, Notice) == 1
    loans.scan_returns.setChecked(True)
    screen.on_scan(ean(station.db, SKU))
    assert f"{SKU} × 1 back from 吴质检" in said(screen), said(screen)
    assert loans.table.rowCount() == 0
    screen.on_scan(ean(station.db, SKU))
    assert screen.result.is_error and "No sample of" in said(screen), said(screen)


def test_new_products_late_with_photos(qtbot: QtBot, station: Station) -> None:
    with station.db.write() as session:
        product = session.scalars(select(Product).where(Product.sku_code == SKU)).one()
        session.add(
            NewProduct(
                product_id=product.id,
                received_at=NOW - timedelta(days=6),
                putaway_done_at=NOW - timedelta(days=5),
            )
        )
    screen = open_screen(qtbot, station)
    screen.tabs.setCurrentIndex(SAMPLES_TAB)
    loans = screen.loans
    assert cell(loans.photos, 0, 0) == SKU and cell(loans.photos, 0, 4) == "2"
    loans.sku_edit.setText(SKU)
    loans.published_button.click()
    assert f"Photos of {SKU} recorded as published" in said(screen), said(screen)
    assert loans.photos.rowCount() == 0
    loans.sku_edit.setText(SKU)
    loans.published_button.click()
    assert screen.result.is_error and "recorded already" in said(screen), said(screen)
