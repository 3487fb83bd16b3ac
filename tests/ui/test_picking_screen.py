"""The picking screen driven by scanner bursts through the window (R-BAT-3,4):
a batch opened by scanning its number, a bin then its items, each good scan
ticking its line green, wrong bins and items stopped in red with the reason,
and the batch announced picked."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db.models import Order, ShipBatch
from app.demo import load_demo
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.batches import cut_batches
from app.services.users import add_user_from_console
from app.station import Station, open_station
from tests.app.services.picking_floor import add_order, add_product, receive
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.keyboard import Keyboard
from tests.ui.test_main_window import type_login
from ui.main_window import MainWindow
from ui.qt import QApplication
from ui.screens.picking import DONE_COLOUR, PickingScreen

WAIT_MS = 10_000
DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai: before the first cut-off


def ean13(body: str) -> str:
    """``body`` (12 digits) with its check digit, so the code book knows it as EAN-13."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


TEA, CUP, PAN = ean13("690000000001"), ean13("690000000002"), ean13("690000000003")
TEA_BIN, CUP_BIN, PAN_BIN = "A-01-05", "A-02-02", "A-03-03"


@pytest.fixture
def floor(config: Config, db_url: str) -> Iterator[Station]:
    """The station on the demo floor (users, bins, couriers, no demo orders),
    the test users of every role, and three products with stock:
    O1 wants 2 tea + 1 cup, O2 1 tea + 1 cup (a multi-item batch), O3 1 pan."""
    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=db_url))
    station = open_station(config, demo_if_empty=False)
    load_demo(station.db, orders=0)
    for user in ROLE_USERS.values():
        add_user_from_console(
            station.db, user.username, user.full_name, PIN, [user.role], user.badge
        )
    db = station.db
    tea = add_product(db, "T1-250", TEA)
    cup = add_product(db, "C1-1", CUP)
    pan = add_product(db, "P1-1", PAN)
    receive(db, tea, TEA_BIN, 9, days=1, ref="LOT-T")
    receive(db, cup, CUP_BIN, 9, days=1, ref="LOT-C")
    receive(db, pan, PAN_BIN, 9, days=1, ref="LOT-P")
    add_order(db, "O1", [(tea, 2), (cup, 1)])
    add_order(db, "O2", [(tea, 1), (cup, 1)], minutes=1)
    add_order(db, "O3", [(pan, 1)], minutes=2)
    yield station
    station.db.dispose()


def cut_first_batches(station: Station) -> dict[str, str]:
    """Cut-off 1 of DAY: batch numbers by kind (B20261128-1-M1, -S1)."""
    clerk = login_with_pin(station.db, ROLE_USERS[Role.ORDER_CLERK].username, PIN)
    return {b.kind: b.batch_no for b in cut_batches(station.db, clerk, DAY, 1, now=NOW)}


@pytest.fixture
def window(qtbot: QtBot, floor: Station) -> Iterator[MainWindow]:
    win = MainWindow(floor)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def open_screen(qtbot: QtBot, win: MainWindow, key: str, role: Role = Role.PICKER) -> object:
    type_login(qtbot, win, ROLE_USERS[role].username, PIN)
    assert win.workspace is not None, win.login.result.text()
    screen = win.workspace.show_screen(key)
    screen.clock = lambda: NOW  # type: ignore[attr-defined]
    screen.refresh()
    return screen


@pytest.fixture
def picking(qtbot: QtBot, window: MainWindow, floor: Station) -> PickingScreen:
    screen = open_screen(qtbot, window, "picking")
    assert isinstance(screen, PickingScreen)
    return screen


def activate(qtbot: QtBot, win: MainWindow) -> None:
    """Offscreen, the window can lose activation while events are processed:
    keys (and shortcuts) need a focused widget, as on a real desk."""
    if QApplication.focusWidget() is None:
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)


def burst(qtbot: QtBot, win: MainWindow, code: str) -> None:
    """A scanner's burst, wherever the focus is; back once the screen has it."""
    activate(qtbot, win)
    with qtbot.waitSignal(win.devices.scanned, timeout=WAIT_MS):
        Keyboard().scan(code)


def scan(qtbot: QtBot, screen: PickingScreen, code: str) -> str:
    """A scan on the picking screen; returns what the result panel says."""
    screen.result.clear_result()
    win = screen.window()
    assert isinstance(win, MainWindow)
    burst(qtbot, win, code)
    assert screen.result.isVisible()
    return str(screen.result.text())


def table(screen: PickingScreen) -> list[list[str]]:
    return [
        [screen.table.item(r, c).text() for c in range(screen.table.columnCount())]
        for r in range(screen.table.rowCount())
    ]


def test_a_batch_is_picked_by_scanning_bins_then_items(
    qtbot: QtBot, picking: PickingScreen, floor: Station
) -> None:
    batches = cut_first_batches(floor)
    picking.refresh()  # today's batches in the chooser
    listed = [picking.chooser.itemData(i) for i in range(picking.chooser.count())]
    assert set(batches.values()) <= set(listed)
    picking.table.setFocus()  # anywhere: the burst reaches the screen
    text = scan(qtbot, picking, batches["multi"])
    assert not picking.result.is_error and "5" in text
    assert picking.plist is not None and picking.plist.batch_no == batches["multi"]
    # R-BAT-3: the batch total per product, in bin walk order, from the FIFO lot
    assert [row[:2] + row[4:] for row in table(picking)] == [
        [TEA_BIN, "T1-250", "LOT-T", "3", "0"],
        [CUP_BIN, "C1-1", "LOT-C", "2", "0"],
    ]
    assert "Multi-item" in picking.batch_label.text()

    assert "Scan the bin first" in scan(qtbot, picking, TEA)
    assert picking.result.is_error
    assert scan(qtbot, picking, PAN_BIN) == (
        f"Bin {PAN_BIN} is not on this pick list: nothing is picked from it."
    )
    assert picking.result.is_error and picking.bin_code == ""

    assert "T1-250 × 3" in scan(qtbot, picking, TEA_BIN)
    assert picking.bin_label.text() == f"Bin: {TEA_BIN}"
    # the wrong item for this bin is stopped, with the reason, and nothing is recorded
    assert scan(qtbot, picking, CUP) == (
        "C1-1 is not to be picked from this bin: wrong item or wrong bin."
    )
    assert picking.result.is_error
    assert "No product with SKU or barcode NOPE-1" in scan(qtbot, picking, "NOPE-1")
    for n in (1, 2, 3):
        text = scan(qtbot, picking, TEA)
        assert not picking.result.is_error, text
        assert text == f"✓ T1-250 测试茶 T1-250: {n} of 3 from {TEA_BIN}"
    assert table(picking)[0][6] == "✓ 3"
    assert picking.row_colour(0) == DONE_COLOUR and picking.row_colour(1) == ""
    assert scan(qtbot, picking, TEA) == "T1-250 from this bin is picked already: put this one back."
    assert picking.progress.value() == 3

    scan(qtbot, picking, CUP_BIN)
    scan(qtbot, picking, CUP)
    text = scan(qtbot, picking, CUP)
    assert text == (
        f"Batch {batches['multi']} is picked: all 5 units. Take the cart to the secondary sort."
    )
    assert not picking.result.is_error
    assert picking.row_colour(1) == DONE_COLOUR
    assert picking.progress.value() == picking.progress.maximum() == 5
    with floor.db.read() as session:
        state = session.scalar(
            select(ShipBatch.state).where(ShipBatch.batch_no == batches["multi"])
        )
        orders = dict(session.execute(select(Order.platform_order_no, Order.status)).all())
    assert state == "picked"
    assert orders == {"O1": "picked", "O2": "picked", "O3": "batched"}


def test_choosing_from_the_list_and_typing_codes_by_hand(
    qtbot: QtBot, picking: PickingScreen, floor: Station
) -> None:
    batches = cut_first_batches(floor)
    picking.refresh()
    chooser = picking.chooser
    index = chooser.findData(batches["single"])
    chooser.setCurrentIndex(index)
    chooser.activated.emit(index)  # as Enter on the chosen entry does
    assert picking.plist is not None and picking.plist.batch_no == batches["single"]
    assert [row[0] for row in table(picking)] == [PAN_BIN]
    # an unreadable label: the picker types the code and presses Enter
    for code in (PAN_BIN, "P1-1"):  # the SKU code stands for the barcode
        picking.scan_edit.setFocus()
        qtbot.keyClicks(picking.scan_edit, code)
        qtbot.keyClick(picking.scan_edit, "\r")
    assert picking.result.text() == (
        f"Batch {batches['single']} is picked: all 1 units. Take the cart to packing."
    )
    assert picking.scan_edit.text() == ""


def test_unknown_batch_and_nothing_open(qtbot: QtBot, picking: PickingScreen) -> None:
    assert scan(qtbot, picking, TEA_BIN) == "Scan or choose a batch first."
    assert scan(qtbot, picking, "B20261128-4-M7") == "No ship batch B20261128-4-M7."
    assert picking.result.is_error and picking.plist is None
