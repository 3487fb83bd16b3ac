"""The stock operations screen (库存作业, R-STK-1..4) driven as a keeper and a
clerk drive it: scans (bins, items, badges, document numbers, commands),
the PIN box, Enter. A transfer raised, handed over and posted; a blind
count to its posting; damaged goods to the defective store; a reservation
that returns to sale after 7 days; and, at a station that syncs, the
transfer's steps on the server, refused plainly when it cannot be reached."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db import migrate
from app.db.engine import Database
from app.db.models import Document, Product, ProductBarcode
from app.services.auth import login_with_pin
from app.station import Station, open_station
from app.sync import server_schema
from app.sync.shared import ServerDatabase
from tests.app.services.stock_floor import NOW, ledger_size, load_floor, units
from tests.app.sync.stations import synced_station
from tests.ui.test_shared_steps import closed_port
from ui.screens.stock_ops import StockOpsScreen
from ui.widgets.stock_table import cell

SKU = "LJ01-050-GN"  # 36 units in B-01-01, 24 in A-01-01
WAIT_MS = 20_000


@pytest.fixture
def station(config: Config, db_url: str) -> Iterator[Station]:
    """A station on the demo warehouse (no orders) with B's keeper."""
    db = Database(db_url)
    migrate.upgrade(db.engine)
    load_floor(db)
    db.dispose()
    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=db_url))
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


def open_screen(qtbot: QtBot, station: Station, username: str = "wenyuan") -> StockOpsScreen:
    pin = "8888" if username == "zhuguan" else "1234"
    actor = login_with_pin(station.db, username, pin, station.config.station.code)
    screen = StockOpsScreen(station, actor)
    screen.clock = lambda: NOW
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    return screen


def said(screen: StockOpsScreen) -> str:
    return str(screen.result.text())


def sign_with_pin(screen: StockOpsScreen, username: str, pin: str) -> None:
    screen.signer.user_edit.setText(username)
    screen.signer.pin_edit.setText(pin)
    screen.signer.pin_edit.returnPressed.emit()


def test_a_transfer_raised_handed_over_and_posted(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    panel = screen.transfer
    assert (panel.from_combo.currentText(), panel.to_combo.currentText()) == ("B", "A")
    panel.qty_spin.setValue(10)
    screen.on_scan(ean(station.db, SKU))
    assert not screen.result.is_error and panel.items_table.rowCount() == 1
    screen.empty_enter()  # Enter on the empty scan field raises it
    assert "DB20261128-001 raised: 10 units from B to A" in said(screen), said(screen)
    assert cell(panel.lines_table, 0, 4) == "B-01-01"
    assert cell(panel.open_table, 0, 0) == "DB20261128-001"

    screen.on_scan("A-01-01")  # the receiver's bin before the sender signed: told the order
    assert screen.result.is_error
    screen.on_scan("USR0101")  # B's keeper's badge at the hand-over
    assert not screen.result.is_error, said(screen)
    assert "receiver scans the bin" in said(screen)
    screen.on_scan("CMD:CONFIRM")  # nothing to post yet: the receiver is missing
    assert units(station.db, SKU, "B-01-01") == 36
    screen.on_scan("A-01-01")
    assert "The goods go to A-01-01" in said(screen)
    sign_with_pin(screen, "peihuo", "1234")
    assert "both signed" in said(screen), said(screen)
    assert panel.post_button.isEnabled()
    screen.on_scan("CMD:CONFIRM")  # the clerk posts
    assert "DB20261128-001 posted: 10 units moved from B to A" in said(screen), said(screen)
    assert units(station.db, SKU, "B-01-01") == 26
    assert units(station.db, SKU, "A-01-01") == 34
    assert panel.open_table.rowCount() == 0


def test_a_transfer_of_more_than_on_hand_is_refused(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    before = ledger_size(station.db)
    screen.transfer.qty_spin.setValue(37)
    screen.on_scan(ean(station.db, SKU))
    screen.on_scan("CMD:CONFIRM")
    assert screen.result.is_error
    assert "B has only 36 of LJ01-050-GN to spare, not 37" in said(screen), said(screen)
    screen.on_scan("CMD:CANCEL")
    screen.on_scan("6900000000000")  # no such product
    screen.on_scan("CMD:CONFIRM")
    assert screen.result.is_error and "6900000000000" in said(screen)
    assert ledger_size(station.db) == before


def test_a_blind_count_to_its_posting(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    screen.tabs.setCurrentIndex(1)
    panel = screen.count
    panel.wh_combo.setCurrentText("A")
    panel.zone_combo.setCurrentText("A1")
    panel.start_button.click()
    assert "PD20261128-001 of zone A1 started" in said(screen), said(screen)
    screen.on_scan("A-02-01")
    assert "not in zone A1" in said(screen) and screen.result.is_error
    screen.on_scan("A-01-01")
    code = ean(station.db, SKU)
    panel.qty_spin.setValue(20)
    screen.on_scan(code)
    for _ in range(4):
        screen.on_scan(code)
    screen.on_scan("CMD:UNDO")
    assert f"{SKU} in A-01-01: 23 counted." in said(screen), said(screen)
    # Blind: the counter sees what was counted, never the 24 on the books.
    shown = [cell(panel.counted_table, 0, c) for c in range(4)]
    assert shown[0] == "A-01-01" and shown[3] == "23"
    assert "24" not in " ".join(shown) + panel.doc_label.text()
    panel.finish_button.click()
    assert panel.variance_table.isVisible() and not panel.counted_table.isVisible()
    assert [cell(panel.variance_table, 0, c) for c in range(6)] == [
        "A-01-01",
        SKU,
        "RK20261031-003",
        "6",
        "5",
        "-1",
    ]
    assert "the keeper" in said(screen)
    screen.on_scan("USR0004")  # the keeper
    screen.on_scan("USR0001")  # the supervisor
    assert "The clerk types the reason" in said(screen), said(screen)
    screen.on_scan("CMD:CONFIRM")
    assert screen.result.is_error and "reason" in said(screen)
    panel.reason_edit.setText("拣货漏记")
    screen.on_scan("CMD:CONFIRM")
    assert "PD20261128-001 posted: 1 variances booked." in said(screen), said(screen)
    assert units(station.db, SKU, "A-01-01") == 23


def test_damaged_goods_to_the_defective_store(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    screen.tabs.setCurrentIndex(2)
    panel = screen.damage
    code = ean(station.db, SKU)
    screen.on_scan(code)
    assert screen.result.is_error  # the bin first
    screen.on_scan("A-01-01")
    panel.qty_spin.setValue(2)
    screen.on_scan(code)
    screen.empty_enter()
    assert screen.result.is_error and "reason" in said(screen)  # what is wrong, first
    panel.reason_edit.setText("罐体压扁")
    screen.empty_enter()
    assert "YK20261128-001: 2 units to the defective store" in said(screen), said(screen)
    screen.on_scan("USR0007")  # QC
    screen.on_scan("USR0004")  # the keeper
    screen.empty_enter()
    assert "YK20261128-001 posted" in said(screen), said(screen)
    assert units(station.db, SKU, "A-CP-01") == 2
    screen.tabs.setCurrentIndex(4)
    assert screen.cartons.table.rowCount() == 0


def test_a_reservation_returns_to_sale_after_seven_days(qtbot: QtBot, station: Station) -> None:
    screen = open_screen(qtbot, station)
    screen.tabs.setCurrentIndex(3)
    panel = screen.reservations
    assert not screen.signer.isVisible()
    screen.on_scan(ean(station.db, SKU))
    panel.qty_spin.setValue(4)
    panel.customer_edit.setText("陈女士")
    panel.customer_edit.returnPressed.emit()
    assert f"{SKU} × 4 reserved for 陈女士 until 12-05 14:00" in said(screen), said(screen)
    assert panel.table.rowCount() == 1
    screen.clock = lambda: NOW + timedelta(days=7) - timedelta(seconds=1)
    screen.refresh()
    assert panel.table.rowCount() == 1
    screen.clock = lambda: NOW + timedelta(days=7)
    screen.refresh()
    assert panel.table.rowCount() == 0
    assert "back on normal sale" in panel.note.text()


# --- a station that syncs ----------------------------------------------------


@pytest.fixture
def synced(tmp_path: Path, pg_url: str) -> Iterator[Station]:
    shared = Database(pg_url)
    migrate.upgrade(shared.engine)
    with shared.engine.begin() as conn:
        server_schema.install(conn)
    load_floor(shared)
    shared.dispose()
    with synced_station(tmp_path, "S1", pg_url) as joined:
        yield joined


def documents(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return [(d.number, d.state) for d in session.scalars(select(Document))]


def test_at_a_syncing_station_transfers_run_on_the_server(qtbot: QtBot, synced: Station) -> None:
    assert synced.sync is not None
    screen = open_screen(qtbot, synced)
    try:
        screen.on_scan(ean(synced.db, SKU))
        screen.empty_enter()
        qtbot.waitUntil(lambda: not screen.busy_shared, timeout=WAIT_MS)
        assert "DB20261128-001 raised" in said(screen), said(screen)
        # On the server, and on this station's replica at once.
        assert documents(synced.sync.server) == [("DB20261128-001", "draft")]
        assert documents(synced.db) == [("DB20261128-001", "draft")]

        joined = synced.sync.server
        synced.sync.server = ServerDatabase(
            f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/gone", connect_timeout_s=2
        )
        try:
            screen.on_scan("USR0101")  # the sender's badge, the server away
            qtbot.waitUntil(lambda: not screen.busy_shared, timeout=WAIT_MS)
            assert screen.result.is_error
            assert "needs the shared server" in said(screen), said(screen)
            with joined.read() as session:
                assert session.scalar(select(Document.state)) == "draft"
        finally:
            synced.sync.server.dispose()
            synced.sync.server = joined
        screen.on_scan("USR0101")
        qtbot.waitUntil(lambda: not screen.busy_shared, timeout=WAIT_MS)
        assert "receiver scans the bin" in said(screen), said(screen)
    finally:
        screen.stop()
