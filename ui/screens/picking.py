"""Picking (配货, R-BAT-3,4): the batch total per product (汇总单) in bin walk
order, in type read from the cart; scan a bin, then each item taken from it.

A good scan ticks its line (green); a wrong bin or item stops with the reason
in red, and nothing is recorded. The lots were chosen first-in-first-out when
the batch was cut (R-BAT-4); a scan confirms the oldest lot in that bin first.
"""

from __future__ import annotations

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError
from app.services.batches import list_batches
from app.services.picking import NotOnPickList, PickList, PickRow, confirm_pick, pick_list
from app.services.scanning import load_code_book
from ui.errors import error_text
from ui.labels import batch_kind_label, batch_state_label
from ui.qt import (
    QAbstractItemView,
    QColor,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.scanner import prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.batch_chooser import BatchChooser, Clock, is_batch_no, ship_day, utc_now
from ui.widgets.result_panel import ResultPanel
from ui.widgets.type_size import enlarge

BIG = 1.6  # the list is read from the cart, a step away
DONE_COLOUR = "#c8e6c9"  # a line picked in full
BIN_COLOUR = "#fff59d"  # the lines of the bin just scanned


def spec_text(row: PickRow) -> str:
    """Style, colour and size: "LJ01 黑色 M"."""
    return " ".join(part for part in (row.style_no, row.colour, row.size) if part)


class PickingScreen(Screen):
    """Scan or choose a batch, then bins and items."""

    COLUMNS = 7

    def build(self) -> None:
        self.clock: Clock = utc_now
        self.code_book: CodeBook | None = None
        self.plist: PickList | None = None
        self.bin_code = ""  # the bin scanned last; items are taken from it

        self.chooser_label = QLabel()
        self.chooser = BatchChooser()
        self.chooser.chosen.connect(self.open_batch)
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("pickScan")
        prepare_scan_field(self.scan_edit)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.chooser_label, self.chooser, self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)

        self.batch_label = QLabel()
        self.batch_label.setObjectName("pickBatch")
        enlarge(self.batch_label, 1.4)
        self.bin_label = QLabel()
        self.bin_label.setObjectName("pickBin")
        enlarge(self.bin_label, 2.2)
        self.progress = QProgressBar()
        self.progress.setObjectName("pickProgress")
        self.progress.setMinimumHeight(36)
        self.result = ResultPanel()
        enlarge(self.result, 1.4)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("pickTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        enlarge(self.table, BIG)

        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 2)
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 3)
        status = QHBoxLayout()
        status.addWidget(self.batch_label, 2)
        status.addWidget(self.bin_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.chooser_label.setText(self.tr("Batch"))
        self.chooser.set_placeholder(self.tr("Choose or scan a batch"))
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Bin, then items (or type a code and Enter)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bin"),
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Spec"),
                self.tr("Lot"),
                self.tr("Qty"),
                self.tr("Picked"),
            ]
        )
        self._show_status()

    # --- reading -------------------------------------------------------

    def refresh(self) -> None:
        self.code_book = None  # bins or barcodes may have changed
        current = self.plist.batch_no if self.plist else ""
        try:
            batches = list_batches(
                self.station.db, self.actor, ship_day(self.station.config, self.clock)
            )
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.chooser.load(batches, current)
        if self.plist is not None:
            self._reload()
        self.scan_edit.setFocus()

    def open_batch(self, batch_ref: str) -> bool:
        """Show the batch's pick list; the bin must be scanned again."""
        try:
            plist = pick_list(self.station.db, self.actor, batch_ref.strip())
        except DomainError as error:
            self.result.show_error(error_text(error))
            return False
        self.plist, self.bin_code = plist, ""
        self.chooser.show_batch(plist.batch_no)
        self._fill_table()
        if plist.complete:
            self.result.show_ok(self.complete_text(plist))
        else:
            self.result.show_ok(
                self.tr("Batch %1: %2 units to pick. Scan the first bin.")
                .replace("%1", plist.batch_no)
                .replace("%2", str(plist.total - plist.picked))
            )
        self.scan_edit.setFocus()
        return True

    def _reload(self) -> None:
        assert self.plist is not None
        try:
            self.plist = pick_list(self.station.db, self.actor, self.plist.batch_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._fill_table()

    # --- scanning ------------------------------------------------------

    def on_scan(self, code: str) -> bool:
        """A batch number opens it; a bin of the list becomes the current bin;
        anything else is an item taken from that bin."""
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
            if scan.command is Command.CANCEL:
                self.bin_code = ""
                self._fill_table()
                self.result.clear_result()
            return True
        if self.plist is None:
            self.result.show_error(self.tr("Scan or choose a batch first."))
            return True
        bins = {row.bin_code for row in self.plist.rows}
        if code in bins or scan.kind is CodeKind.BIN or code in self.code_book.bins:
            self.scan_bin(scan.value if scan.kind is CodeKind.BIN else code)
        else:
            self.scan_item(scan.product_barcode or code)
        return True

    def scan_bin(self, bin_code: str) -> None:
        assert self.plist is not None
        rows = [r for r in self.plist.rows if r.bin_code == bin_code]
        if not rows:
            error = NotOnPickList("", what="bin", code=bin_code, reason="not_listed")
            self.result.show_error(error_text(error))
            return
        self.bin_code = bin_code
        self._fill_table()
        left = [r for r in rows if not r.done]
        if not left:
            self.result.show_error(
                self.tr("Everything from bin %1 is picked already.").replace("%1", bin_code)
            )
            return
        take = "、".join(f"{r.sku_code} × {r.quantity - r.picked}" for r in left)
        self.result.show_ok(self.tr("Bin %1: take %2").replace("%1", bin_code).replace("%2", take))

    def scan_item(self, code: str) -> None:
        assert self.plist is not None
        if not self.bin_code:
            self.result.show_error(self.tr("Scan the bin first, then the item."))
            return
        try:
            done = confirm_pick(
                self.station.db, self.actor, self.plist.batch_id, self.bin_code, code
            )
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._reload()
        if done.batch_complete and self.plist is not None:
            self.result.show_ok(self.complete_text(self.plist))
            return
        row = done.row
        self.result.show_ok(
            self.tr("✓ %1 %2: %3 of %4 from %5")
            .replace("%1", row.sku_code)
            .replace("%2", row.name)
            .replace("%3", str(row.picked))
            .replace("%4", str(row.quantity))
            .replace("%5", row.bin_code)
        )

    def complete_text(self, plist: PickList) -> str:
        """The batch is picked: where the cart goes next (R-BAT-3)."""
        where = {
            "multi": self.tr("Take the cart to the secondary sort."),
            "single": self.tr("Take the cart to packing."),
            "prepacked": self.tr("Pre-packed: take the cart to weighing."),
        }.get(plist.kind, "")
        text = self.tr("Batch %1 is picked: all %2 units.")
        text = text.replace("%1", plist.batch_no).replace("%2", str(plist.total))
        return f"{text} {where}".strip()

    # --- showing -------------------------------------------------------

    def _show_status(self) -> None:
        plist = self.plist
        if plist is None:
            self.batch_label.setText(self.tr("No batch open"))
            self.bin_label.setText("")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            return
        self.batch_label.setText(
            self.tr("%1 · %2 · %3 orders · %4")
            .replace("%1", plist.batch_no)
            .replace("%2", batch_kind_label(plist.kind))
            .replace("%3", str(plist.order_count))
            .replace("%4", batch_state_label(plist.state))
        )
        bin_text = self.bin_code or self.tr("scan a bin")
        self.bin_label.setText(self.tr("Bin: %1").replace("%1", bin_text))
        self.progress.setRange(0, max(plist.total, 1))
        self.progress.setValue(plist.picked)
        self.progress.setFormat(
            self.tr("Picked %1 of %2")
            .replace("%1", str(plist.picked))
            .replace("%2", str(plist.total))
        )

    def _fill_table(self) -> None:
        self._show_status()
        rows = self.plist.rows if self.plist else ()
        self.table.setRowCount(len(rows))
        first_here = -1
        for r, row in enumerate(rows):
            values = [
                row.bin_code,
                row.sku_code,
                row.name,
                spec_text(row),
                row.lot_reference,
                str(row.quantity),
                ("✓ " if row.done else "") + str(row.picked),
            ]
            colour = ""
            if row.done:
                colour = DONE_COLOUR
            elif row.bin_code == self.bin_code:
                colour = BIN_COLOUR
                first_here = r if first_here < 0 else first_here
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if colour:
                    item.setBackground(QColor(colour))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if first_here >= 0:
            self.table.scrollToItem(self.table.item(first_here, 0))

    def row_colour(self, row: int) -> str:
        """The background of a line, for tests ("" when plain)."""
        item = self.table.item(row, 0)
        brush = item.background() if item is not None else None
        if brush is None or brush.style() == Qt.BrushStyle.NoBrush:
            return ""
        return str(brush.color().name())
