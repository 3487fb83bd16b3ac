"""The secondary-sort screen (二次分拣, R-BAT-3) driven with pytest-qt: a
multi-item batch is picked by scanning bins and items on the picking screen,
then every item is scanned on the sort screen; the slot numbers shown, the
green slots, the error for a foreign item, undo, and the batch complete."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import ShipBatch, SortScan
from app.station import Station
from tests.ui import test_picking_screen as picking_tests
from tests.ui.test_picking_screen import (
    CUP,
    CUP_BIN,
    NOW,
    PAN,
    TEA,
    TEA_BIN,
    activate,
    burst,
    cut_first_batches,
    open_screen,
)
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.picking import PickingScreen
from ui.screens.sorting import SLOT_OK, SLOT_UNDONE, SortingScreen
from ui.widgets.slot_grid import COMPLETE_STYLE, LAST_BORDER

CTRL = Qt.KeyboardModifier.ControlModifier
floor = picking_tests.floor  # the same floor and window fixtures as the picking tests
window = picking_tests.window


def scan(qtbot: QtBot, screen: PickingScreen | SortingScreen, code: str) -> None:
    """A scanner burst, wherever the focus is; back when the screen has taken it."""
    win = screen.window()
    assert isinstance(win, MainWindow)
    burst(qtbot, win, code)


def pick_all(qtbot: QtBot, win: MainWindow, batch_no: str) -> None:
    """The picker picks the batch on the picking screen: bin, items, bin, items."""
    assert win.workspace is not None
    picking = win.workspace.show_screen("picking")
    assert isinstance(picking, PickingScreen)
    for code in (batch_no, TEA_BIN, TEA, TEA, TEA, CUP_BIN, CUP, CUP):
        scan(qtbot, picking, code)
        assert not picking.result.is_error, (code, picking.result.text())
    assert picking.plist is not None and picking.plist.complete


def slot_shown(screen: SortingScreen) -> tuple[str, str]:
    """The huge slot number and the order line beside it."""
    return screen.slot_label.text(), screen.slot_detail.text().split("\n")[0]


def cell_style(screen: SortingScreen, slot: int) -> str:
    return str(screen.grid.cells[slot].styleSheet())


def test_a_picked_multi_batch_is_sorted_slot_by_slot(
    qtbot: QtBot, window: MainWindow, floor: Station
) -> None:
    batches = cut_first_batches(floor)
    sorting = open_screen(qtbot, window, "sorting")
    assert isinstance(sorting, SortingScreen)
    # Only multi-item batches are listed for the sort; a single-item one is refused.
    listed = [sorting.chooser.itemData(i) for i in range(sorting.chooser.count())]
    assert listed == ["", batches["multi"]]
    scan(qtbot, sorting, batches["single"])
    assert sorting.result.is_error
    assert sorting.result.text() == (
        "This batch holds single-item orders: it needs no secondary sort."
    )
    # Before the pick, nothing can be sorted.
    scan(qtbot, sorting, batches["multi"])
    assert "Only 0 of 5 items are picked so far." in sorting.result.text()
    scan(qtbot, sorting, TEA)
    assert sorting.result.text() == "More T1-250 scanned than were picked: pick it first."

    pick_all(qtbot, window, batches["multi"])
    assert window.workspace is not None
    assert window.workspace.show_screen("sorting") is sorting
    sorting.board = None  # as after a restart: the batch is scanned again
    scan(qtbot, sorting, batches["multi"])
    assert not sorting.result.is_error
    assert sorting.batch_label.text().endswith("sorted 0 of 5 items · 0 of 2 orders complete")
    assert [c.text() for c in sorting.grid.cells.values()] == ["1\nO1\n0/3", "2\nO2\n0/2"]

    # A foreign item: red, nothing recorded, no slot shown.
    scan(qtbot, sorting, PAN)
    assert sorting.result.is_error
    assert sorting.result.text() == "P1-1 belongs to no order in this batch: put it aside."
    assert sorting.slot_label.text() == "–"

    # Tea fills the lowest slot still wanting it: 1, 1, then 2.
    for expected in ("1", "1", "2"):
        scan(qtbot, sorting, TEA)
        assert not sorting.result.is_error, sorting.result.text()
        assert sorting.slot_label.text() == expected
        assert SLOT_OK in sorting.slot_label.styleSheet()
    assert slot_shown(sorting) == ("2", "Order O2 · 张三")
    assert sorting.slot_detail.text().split("\n")[1:] == [
        "T1-250 测试茶 T1-250",
        "1 of 2 items in this slot",
    ]
    assert sorting.grid.states == {1: "started", 2: "started"}
    assert LAST_BORDER in cell_style(sorting, 2) and LAST_BORDER not in cell_style(sorting, 1)

    # Ctrl+Z from the (empty) scan field takes the last tea back out of slot 2.
    activate(qtbot, window)
    sorting.scan_edit.setFocus()
    qtbot.keyClick(sorting.scan_edit, Qt.Key.Key_Z, CTRL)
    assert sorting.result.text() == "Undone: take T1-250 back out of slot 2."
    assert sorting.slot_label.text() == "2" and SLOT_UNDONE in sorting.slot_label.styleSheet()
    assert sorting.grid.states == {1: "started", 2: "empty"}
    scan(qtbot, sorting, TEA)
    assert sorting.slot_label.text() == "2"

    # The cup completes order 1: its slot turns green.
    scan(qtbot, sorting, CUP)
    assert slot_shown(sorting) == ("1", "Order O1 · 张三")
    assert sorting.result.text() == "Slot 1 is complete: order O1 can go to packing."
    assert sorting.grid.states == {1: "complete", 2: "started"}
    assert COMPLETE_STYLE in cell_style(sorting, 1)
    assert sorting.grid.cells[1].text() == "1\nO1\n3/3"

    # A fourth tea is one too many.
    scan(qtbot, sorting, TEA)
    assert sorting.result.is_error
    assert sorting.result.text() == (
        "Every order in this batch already has its T1-250: this one is extra."
    )

    scan(qtbot, sorting, CUP)
    assert sorting.slot_label.text() == "2"
    done = f"Batch {batches['multi']} is sorted: all 2 orders are complete."
    assert sorting.result.text() == done
    assert not sorting.result.is_error
    assert sorting.grid.states == {1: "complete", 2: "complete"}
    assert sorting.batch_label.text().endswith("sorted 5 of 5 items · 2 of 2 orders complete")
    with floor.db.read() as session:
        state = session.scalar(
            select(ShipBatch.state).where(ShipBatch.batch_no == batches["multi"])
        )
        live = session.scalar(
            select(func.count()).select_from(SortScan).where(SortScan.undone_at.is_(None))
        )
    assert state == "sorted" and live == 5


def test_backspace_and_the_undo_code_take_back_scans(
    qtbot: QtBot, window: MainWindow, floor: Station
) -> None:
    batches = cut_first_batches(floor)
    pick_screen = open_screen(qtbot, window, "picking")
    assert isinstance(pick_screen, PickingScreen)
    pick_all(qtbot, window, batches["multi"])
    assert window.workspace is not None
    sorting = window.workspace.show_screen("sorting")
    assert isinstance(sorting, SortingScreen)
    sorting.clock = lambda: NOW
    sorting.refresh()  # today's multi-item batches listed
    sorting.undo_last()
    assert sorting.result.text() == "Scan or choose a multi-item batch first."
    index = sorting.chooser.findData(batches["multi"])
    sorting.chooser.activated.emit(index)  # chosen from the list
    assert sorting.board is not None and sorting.board.batch_no == batches["multi"]
    sorting.undo_last()
    assert sorting.result.text() == "Nothing to undo: you have sorted nothing in this batch."
    for _ in range(2):
        scan(qtbot, sorting, CUP)
    assert sorting.grid.states == {1: "started", 2: "started"}
    activate(qtbot, window)
    sorting.scan_edit.setFocus()
    qtbot.keyClick(sorting.scan_edit, Qt.Key.Key_Backspace)
    assert sorting.result.text() == "Undone: take C1-1 back out of slot 2."
    scan(qtbot, sorting, "CMD:UNDO")
    assert sorting.result.text() == "Undone: take C1-1 back out of slot 1."
    assert sorting.grid.states == {1: "empty", 2: "empty"}
    # Backspace in a field with text still deletes a character, not a scan.
    qtbot.keyClicks(sorting.scan_edit, "C1-12")
    qtbot.keyClick(sorting.scan_edit, Qt.Key.Key_Backspace)
    assert sorting.scan_edit.text() == "C1-1"
    qtbot.keyClick(sorting.scan_edit, Qt.Key.Key_Return)
    assert sorting.slot_label.text() == "1" and sorting.grid.states[1] == "started"
