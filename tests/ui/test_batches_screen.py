"""The batch screen driven with the keyboard and scans (R-BAT-1..5): today's
cut-offs with their batches and order states, cutting the next batch, held
orders with the reason in words, a batch's waybills and delivery notes printed
on a worker thread with a progress bar, the pick list, and pre-packed SKUs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.db.models import Order, PrintJob, Product
from app.roles import Role
from app.station import Station
from tests.app.services.picking_floor import add_order
from tests.ui import test_picking_screen as picking_tests
from tests.ui.test_picking_screen import PAN, WAIT_MS, activate, burst, open_screen
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.batches import BatchesScreen, next_cutoff

CTRL = Qt.KeyboardModifier.ControlModifier
floor = picking_tests.floor  # three products in stock; O1, O2 multi-item, O3 single
window = picking_tests.window
MULTI, SINGLE = "B20261128-1-M1", "B20261128-1-S1"


@pytest.fixture
def batches(qtbot: QtBot, window: MainWindow, floor: Station) -> BatchesScreen:
    """The clerk's batch screen at 10:00 in Shanghai, with one order held by the
    audit and one the stock cannot cover; every order has a waybill number."""
    db = floor.db
    with db.read() as session:
        pan = session.scalars(select(Product.id).where(Product.sku_code == "P1-1")).one()
    add_order(db, "O4", [(pan, 20)], minutes=3)  # 9 pans in stock: held, short
    add_order(db, "O5", [(pan, 1)], minutes=4, status="held")
    with db.write() as session:
        session.execute(
            update(Order)
            .where(Order.platform_order_no == "O5")
            .values(held_reason="change_address: 改地址")
        )
        for n, order in enumerate(session.scalars(select(Order)), start=1):
            order.waybill_no = f"YT{9000000000000 + n}"
    screen = open_screen(qtbot, window, "batches", Role.ORDER_CLERK)
    assert isinstance(screen, BatchesScreen)
    return screen


def held_rows(screen: BatchesScreen) -> list[tuple[str, str]]:
    table = screen.held_table
    return sorted(
        (table.item(r, 0).text(), table.item(r, 3).text()) for r in range(table.rowCount())
    )


def test_next_cutoff_is_the_first_still_ahead() -> None:
    from datetime import datetime

    cutoffs = ("10:30", "12:00", "14:30", "16:30", "17:30")
    assert next_cutoff(cutoffs, datetime(2026, 11, 28, 10, 29)) == 1
    assert next_cutoff(cutoffs, datetime(2026, 11, 28, 10, 30)) == 2
    assert next_cutoff(cutoffs, datetime(2026, 11, 28, 18, 0)) == 5


def test_cut_the_next_batch_with_enter_and_see_what_is_held(
    qtbot: QtBot, batches: BatchesScreen, window: MainWindow
) -> None:
    assert batches.day_label.text() == "Ship date 2026-11-28 · now 10:00 · next cut-off 10:30"
    assert batches.cutoff_box.currentText() == "1 · 10:30"
    assert batches.cutoff_box.itemText(4) == "5 · 17:30 · SF first"  # R-BAT-2
    assert batches.tabs.tabText(2) == "Held (1)"
    assert held_rows(batches) == [("O5", "Change address: 改地址")]
    # R-BAT-1: five cut-offs, nothing cut yet
    assert [row[0] for row in batches.tree_rows()] == [
        "1 · 10:30",
        "2 · 12:00",
        "3 · 14:30",
        "4 · 16:30",
        "5 · 17:30",
    ]

    assert batches.focusWidget() is batches.cut_button
    qtbot.keyClick(batches.cut_button, Qt.Key.Key_Return)
    assert not batches.result.is_error, batches.result.text()
    text = batches.result.text()
    assert text.startswith("Cut-off 10:30: 2 batches, 3 orders (")
    assert MULTI in text and SINGLE in text and text.endswith("1 held: see Held.")
    rows = batches.tree_rows()
    assert rows[0] == ["1 · 10:30", "2 batches", "", "3", "Batched 3"]
    children = {row[0]: row[1:] for row in rows[1:3]}
    assert children == {
        MULTI: ["Multi-item", "Open", "2", "Batched 2"],
        SINGLE: ["Single-item", "Open", "1", "Batched 1"],
    }
    assert rows[3] == ["2 · 12:00", "0 batches", "", "0", ""]
    # the short order is held with its reason in words
    assert batches.tabs.tabText(2) == "Held (2)"
    assert held_rows(batches) == [
        ("O4", "Short of stock: P1-1"),
        ("O5", "Change address: 改地址"),
    ]
    # the first new batch is shown with its orders
    assert batches.current is not None
    shown = [batches.orders_table.item(r, 1).text() for r in range(batches.orders_table.rowCount())]
    assert shown == [o.platform_order_no for o in batches.orders] and set(shown) <= {
        "O1",
        "O2",
        "O3",
    }

    activate(qtbot, window)
    batches.tree.setFocus()
    qtbot.keyClick(batches.tree, Qt.Key.Key_Return, CTRL)  # from anywhere on the screen
    assert batches.result.text() == "No audited orders wait for a batch."


def test_print_a_batch_on_a_worker_with_progress_and_never_twice(
    qtbot: QtBot, batches: BatchesScreen, window: MainWindow, floor: Station
) -> None:
    batches.cut_next()
    batches.tree.setFocus()
    burst(qtbot, window, MULTI)  # scanning a batch number chooses it
    assert batches.current is not None and batches.current.batch_no == MULTI
    assert batches.tabs.tabText(0) == MULTI
    assert [batches.orders_table.item(r, 1).text() for r in range(2)] == ["O1", "O2"]
    assert batches.progress_label.text() == (
        "Picked 0 of 5 units · sorted 0 of 5 · waybills and delivery notes: not printed 4"
    )

    activate(qtbot, window)
    batches.tree.setFocus()
    qtbot.keyClick(batches.tree, Qt.Key.Key_P, CTRL)
    assert batches.printing and not batches.print_button.isEnabled()
    qtbot.waitUntil(lambda: not batches.printing, timeout=WAIT_MS)
    assert batches.result.text() == "4 documents queued, 0 printed before and skipped."
    assert batches.print_progress.value() == batches.print_progress.maximum() == 4
    assert "not printed" not in batches.progress_label.text()
    with floor.db.read() as session:
        jobs = session.execute(
            select(PrintJob.label_kind, PrintJob.document_ref).order_by(PrintJob.created_at)
        ).all()
        numbers = dict(session.execute(select(Order.id, Order.platform_order_no)).all())
    # R-BAT-3: in the batch's sort order, waybill then delivery note per order
    assert [(kind, numbers[ref]) for kind, ref in jobs] == [
        ("ewaybill", "O1"),
        ("delivery_note", "O1"),
        ("ewaybill", "O2"),
        ("delivery_note", "O2"),
    ]
    batches.print_documents()
    qtbot.waitUntil(lambda: not batches.printing, timeout=WAIT_MS)
    assert batches.result.text() == "0 documents queued, 4 printed before and skipped."

    batches.show_pick_list()
    assert batches.tabs.currentIndex() == 1 and batches.preview.page_count == 1
    batches.print_pick_list()
    assert batches.result.text().startswith(f"Pick list of {MULTI} queued on printer ")
    folder = Path(floor.config.print_folder())
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 5, timeout=WAIT_MS)


def test_a_batch_print_failure_is_shown_in_red(qtbot: QtBot, batches: BatchesScreen) -> None:
    batches.cut_next()
    batches.select_batch(SINGLE)
    with batches.station.db.write() as session:
        session.execute(update(Order).values(waybill_no=None))
    batches.print_documents()
    qtbot.waitUntil(lambda: not batches.printing, timeout=WAIT_MS)
    assert batches.result.is_error
    # the e-waybill is refused per order, the delivery note still queued
    assert "1 not printed" in batches.result.text()
    assert "has no waybill number yet" in batches.result.text()
    assert batches.print_button.isEnabled()


def test_mark_and_unmark_pre_packed_skus_by_scan_and_keys(
    qtbot: QtBot, batches: BatchesScreen, window: MainWindow, floor: Station
) -> None:
    burst(qtbot, window, PAN)
    assert batches.result.is_error  # a SKU outside the pre-packed tab
    assert "open Pre-packed SKUs first" in batches.result.text()
    batches.tabs.setCurrentIndex(3)
    burst(qtbot, window, PAN)
    assert batches.result.text() == "P1-1 测试茶 P1-1 is pre-packed: it skips packing."
    listed = batches.prepacked_list
    assert [listed.item(i).text() for i in range(listed.count())] == ["P1-1  测试茶 P1-1"]
    qtbot.keyClicks(batches.sku_edit, "T1-250")
    qtbot.keyClick(batches.sku_edit, Qt.Key.Key_Return)  # Enter marks
    assert batches.prepacked_list.count() == 2
    qtbot.keyClicks(batches.sku_edit, "T1-250")
    batches.unmark_button.click()
    assert batches.result.text() == "T1-250 测试茶 T1-250 is no longer pre-packed."
    assert [listed.item(i).text() for i in range(listed.count())] == ["P1-1  测试茶 P1-1"]
    qtbot.keyClicks(batches.sku_edit, "NOPE")
    qtbot.keyClick(batches.sku_edit, Qt.Key.Key_Return)
    assert batches.result.text() == "No product with SKU or barcode NOPE."
    # R-BAT-5: one unit of a pre-packed SKU (O3's pan) is batched apart
    batches.cut_next()
    children = {row[0]: row[1:4] for row in batches.tree_rows()[1:3]}
    assert children == {
        "B20261128-1-M1": ["Multi-item", "Open", "2"],
        "B20261128-1-P1": ["Pre-packed", "Open", "1"],
    }
