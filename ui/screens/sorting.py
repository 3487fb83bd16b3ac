"""Secondary sort (二次分拣, R-BAT-3): the picked cart of a multi-item batch is
sorted into one slot per order. Scan an item and its slot number is shown
huge, with the order and the item; a slot turns green when its order is
complete. An item no order of the batch wants is stopped in red. Ctrl+Z (or
Backspace, or the CMD:UNDO code) takes back the last scan.
"""

from __future__ import annotations

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError
from app.services.batches import list_batches
from app.services.picking import pick_list
from app.services.scanning import load_code_book
from app.services.sorting import SortBoard, SortResult, sort_board, sort_item
from app.services.sorting import undo_last_sort as undo_sort
from ui.errors import error_text
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    Qt,
    QVBoxLayout,
)
from ui.scanner import pass_keys_when_empty, prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.batch_chooser import BatchChooser, Clock, is_batch_no, ship_day, utc_now
from ui.widgets.result_panel import ResultPanel
from ui.widgets.slot_grid import SlotGrid
from ui.widgets.type_size import enlarge

UNDO_KEYS = ("Ctrl+Z", "Backspace")
SLOT_POINTS = 120  # the slot number, read from across the sorting wall
SLOT_OK = "background:#1b7f3b;color:white;border-radius:12px;"
SLOT_UNDONE = "background:#fbc02d;color:black;border-radius:12px;"
SLOT_IDLE = "background:#eeeeee;color:#9e9e9e;border-radius:12px;"


class SortingScreen(Screen):
    """Choose or scan a multi-item batch, then scan its items one by one."""

    def build(self) -> None:
        self.clock: Clock = utc_now
        self.code_book: CodeBook | None = None
        self.board: SortBoard | None = None
        self.last: SortResult | None = None

        self.chooser_label = QLabel()
        self.chooser = BatchChooser()
        self.chooser.chosen.connect(self.open_batch)
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("sortScan")
        prepare_scan_field(self.scan_edit)
        pass_keys_when_empty(self.scan_edit, QKeySequence.StandardKey.Undo, Qt.Key.Key_Backspace)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoSort")
        for widget in (self.chooser_label, self.chooser, self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)

        self.slot_label = QLabel()
        self.slot_label.setObjectName("slotNumber")
        self.slot_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slot_label.setMinimumWidth(260)
        font = self.slot_label.font()
        font.setPointSize(SLOT_POINTS)
        font.setBold(True)
        self.slot_label.setFont(font)
        self.slot_detail = QLabel()
        self.slot_detail.setObjectName("slotDetail")
        self.slot_detail.setWordWrap(True)
        enlarge(self.slot_detail, 1.8)
        self.batch_label = QLabel()
        self.batch_label.setObjectName("sortBatch")
        self.batch_label.setWordWrap(True)
        enlarge(self.batch_label, 1.3)
        self.result = ResultPanel()
        enlarge(self.result, 1.4)
        self.grid = SlotGrid()
        scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)

        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 2)
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 3)
        top.addWidget(self.undo_button)
        side = QVBoxLayout()
        side.addWidget(self.batch_label)
        side.addWidget(self.slot_detail, 1)
        shown = QHBoxLayout()
        shown.addWidget(self.slot_label)
        shown.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(shown)
        layout.addWidget(self.result)
        layout.addWidget(scroll, 1)

        self.undo_button.clicked.connect(self.undo_last)
        self.undo_shortcuts = []
        for key in UNDO_KEYS:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.undo_last)
            self.undo_shortcuts.append(shortcut)
        self._show_slot(None)

    def retranslate(self) -> None:
        self.chooser_label.setText(self.tr("Batch"))
        self.chooser.set_placeholder(self.tr("Choose or scan a multi-item batch"))
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Items (or type a code and Enter)"))
        self.undo_button.setText(self.tr("Undo last (%1)").replace("%1", UNDO_KEYS[0]))
        self._show_batch()
        self._show_slot(self.last)

    # --- reading -------------------------------------------------------

    def refresh(self) -> None:
        self.code_book = None
        current = self.board.batch_no if self.board else ""
        try:
            day = ship_day(self.station.config, self.clock)
            batches = list_batches(self.station.db, self.actor, day)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.chooser.load([b for b in batches if b.kind == "multi"], current)
        if self.board is not None:
            self._reload()
        self.scan_edit.setFocus()

    def open_batch(self, batch_ref: str) -> bool:
        """Show the batch's slots; a single-item batch needs no sort."""
        db = self.station.db
        try:
            board = sort_board(db, self.actor, batch_ref.strip())  # multi-item only
            plist = pick_list(db, self.actor, board.batch_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return False
        self.board, self.last = board, None
        self.chooser.show_batch(board.batch_no)
        self._show_batch()
        self._show_slot(None)
        if board.complete:
            self.result.show_ok(self.complete_text(board))
        else:
            text = self.tr("Batch %1: %2 orders. Scan an item.")
            text = text.replace("%1", board.batch_no).replace("%2", str(len(board.slots)))
            if not plist.complete:
                note = self.tr("Only %1 of %2 items are picked so far.")
                text += " " + note.replace("%1", str(plist.picked)).replace("%2", str(plist.total))
            self.result.show_ok(text)
        self.scan_edit.setFocus()
        return True

    def _reload(self) -> None:
        assert self.board is not None
        try:
            self.board = sort_board(self.station.db, self.actor, self.board.batch_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._show_batch()

    # --- scanning ------------------------------------------------------

    def on_scan(self, code: str) -> bool:
        code = code.strip()
        if not code:
            return True
        if is_batch_no(code):
            self.open_batch(code.upper())
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.UNDO:
                self.undo_last()
            elif scan.command is Command.CANCEL:
                self.result.clear_result()
                self._show_slot(None)
            return True
        self.sort(scan.product_barcode or code)
        return True

    def sort(self, code: str) -> None:
        """Sort one item: its slot, huge; a refusal in red (nothing recorded)."""
        if self.board is None:
            self.result.show_error(self.tr("Scan or choose a multi-item batch first."))
            return
        try:
            done = sort_item(self.station.db, self.actor, self.board.batch_id, code)
        except DomainError as error:
            self._show_slot(None)
            self.result.show_error(error_text(error))
            return
        self._after(done)

    def undo_last(self) -> None:
        """Take back this user's last scan in the batch (the item was misplaced)."""
        if self.board is None:
            self.result.show_error(self.tr("Scan or choose a multi-item batch first."))
            return
        try:
            done = undo_sort(self.station.db, self.actor, self.board.batch_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._after(done)

    def _after(self, done: SortResult) -> None:
        self.last = done
        self._reload()
        self._show_slot(done)
        if done.batch_complete and self.board is not None:
            self.result.show_ok(self.complete_text(self.board))
        elif done.undone:
            self.result.show_ok(
                self.tr("Undone: take %1 back out of slot %2.")
                .replace("%1", done.sku_code)
                .replace("%2", str(done.slot.slot))
            )
        elif done.slot.complete:
            self.result.show_ok(
                self.tr("Slot %1 is complete: order %2 can go to packing.")
                .replace("%1", str(done.slot.slot))
                .replace("%2", done.slot.order_no)
            )
        else:
            self.result.clear_result()
        self.scan_edit.setFocus()

    def complete_text(self, board: SortBoard) -> str:
        text = self.tr("Batch %1 is sorted: all %2 orders are complete.")
        return text.replace("%1", board.batch_no).replace("%2", str(len(board.slots)))

    # --- showing -------------------------------------------------------

    def _show_batch(self) -> None:
        board = self.board
        if board is None:
            self.batch_label.setText(self.tr("No batch open"))
            self.grid.show_slots(())
            return
        done = sum(1 for s in board.slots if s.complete)
        text = self.tr("%1 · sorted %2 of %3 items · %4 of %5 orders complete")
        values = (
            board.batch_no,
            str(sum(s.sorted for s in board.slots)),
            str(sum(s.needed for s in board.slots)),
            str(done),
            str(len(board.slots)),
        )
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        self.batch_label.setText(text)
        last = self.last.slot.slot if self.last and not self.last.undone else 0
        self.grid.show_slots(board.slots, last)

    def _show_slot(self, done: SortResult | None) -> None:
        """The slot number huge, with the order and the item beside it."""
        if done is None:
            self.slot_label.setText("–")
            self.slot_label.setStyleSheet(SLOT_IDLE)
            self.slot_detail.setText("")
            return
        slot = done.slot
        self.slot_label.setText(str(slot.slot))
        self.slot_label.setStyleSheet(SLOT_UNDONE if done.undone else SLOT_OK)
        order = self.tr("Order %1 · %2").replace("%1", slot.order_no).replace("%2", slot.recipient)
        item = f"{done.sku_code} {done.name}"
        if done.undone:
            item = self.tr("Taken back: %1").replace("%1", item)
        count = (
            self.tr("%1 of %2 items in this slot")
            .replace("%1", str(slot.sorted))
            .replace("%2", str(slot.needed))
        )
        self.slot_detail.setText(f"{order}\n{item}\n{count}")
