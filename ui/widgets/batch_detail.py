"""The chosen ship batch on the batch screen: its title, how far it is
(picked, sorted, waybills and delivery notes printed), the button and bar of
its print (R-BAT-3), and its orders in sort order."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.batches import BatchInfo
from app.services.orders import OrderRow
from app.services.picking import PickList
from app.services.sorting import SortBoard
from ui.labels import batch_kind_label, batch_state_label, job_state_label
from ui.qt import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from ui.widgets.order_tables import BatchOrdersTable
from ui.widgets.type_size import enlarge


class BatchDetail(QWidget):
    """One batch: title, progress, print button and bar, orders."""

    def __init__(self, print_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.print_key = print_key
        self.title = QLabel()
        self.title.setObjectName("batchTitle")
        enlarge(self.title, 1.3)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("batchProgress")
        self.progress_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printBatch")
        self.print_button.setAutoDefault(True)
        self.print_progress = QProgressBar()
        self.print_progress.setObjectName("printProgress")
        self.print_progress.setValue(0)
        self.orders_table = BatchOrdersTable()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.progress_label)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.print_progress, 1)
        layout.addLayout(print_row)
        layout.addWidget(self.orders_table, 1)

    def retranslate(self) -> None:
        self.print_button.setText(
            self.tr("Print waybills and delivery notes (%1)").replace("%1", self.print_key)
        )
        self.orders_table.retranslate()

    def progress_text(
        self, plist: PickList, board: SortBoard | None, prints: dict[str, int]
    ) -> str:
        """ "Picked 3 of 5 units · sorted 0 of 5 · waybills and delivery notes: …";
        ``board`` is a multi-item batch's secondary sort (R-BAT-3)."""
        picked = self.tr("Picked %1 of %2 units").replace("%1", str(plist.picked))
        parts = [picked.replace("%2", str(plist.total))]
        if board is not None:
            sorted_units = sum(s.sorted for s in board.slots)
            needed = sum(s.needed for s in board.slots)
            text = self.tr("sorted %1 of %2").replace("%1", str(sorted_units))
            parts.append(text.replace("%2", str(needed)))
        printed = "、".join(f"{self._print_state(state)} {n}" for state, n in prints.items() if n)
        parts.append(self.tr("waybills and delivery notes: %1").replace("%1", printed))
        return " · ".join(parts)

    def _print_state(self, state: str) -> str:
        if state == "missing":
            return self.tr("not printed")
        return job_state_label(state)

    def show_batch(
        self,
        batch: BatchInfo | None,
        orders: Sequence[OrderRow],
        progress: str,
        first_courier: str,
        printable: bool,
    ) -> None:
        """Show ``batch`` (None: ask for one); ``printable`` enables its print."""
        self.print_button.setEnabled(batch is not None and printable)
        if batch is None:
            self.title.setText(self.tr("Choose a batch on the left, or scan its number."))
            self.progress_label.setText("")
            self.orders_table.setRowCount(0)
            return
        title = self.tr("%1 · cut-off %2 · %3 · %4 orders · %5")
        values = (
            batch.batch_no,
            batch.cutoff,
            batch_kind_label(batch.kind),
            str(batch.order_count),
            batch_state_label(batch.state),
        )
        for i, value in enumerate(values, start=1):
            title = title.replace(f"%{i}", value)
        if batch.sf_first:
            title += " · " + self.tr("%1 first").replace("%1", first_courier)
        self.title.setText(title)
        self.progress_label.setText(progress)
        self.orders_table.show_orders(orders)

    # --- a print running -----------------------------------------------

    def print_started(self) -> None:
        self.print_button.setEnabled(False)
        self.print_progress.setRange(0, 0)  # busy until the first report

    def show_print_progress(self, done: int, total: int) -> None:
        self.print_progress.setRange(0, total)
        self.print_progress.setValue(done)

    def print_over(self, printable: bool) -> None:
        self.print_button.setEnabled(printable)
        if self.print_progress.maximum() == 0:
            self.print_progress.setRange(0, 1)
