"""Ship batches (R-BAT-1..5): today's cut-offs with their batches and the
orders' states, cutting the next batch, each batch's orders and progress
(picked, sorted, printed), what is held and why, printing a batch's waybills
and delivery notes with its pick list (R-BAT-3), and pre-packed SKUs (R-BAT-5).

Printing a batch queues two documents per order (about 100 orders: a few
seconds on a networked database), so it runs on a worker thread that reports
progress by signal and lives only while a print is running.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from app.config import Config
from app.db.engine import Database
from app.errors import DomainError
from app.services.batch_printing import (
    BatchPrintResult,
    batch_print_states,
    pick_list_pages,
    print_batch,
    print_pick_list,
)
from app.services.batches import BatchInfo, cut_batches, list_batches
from app.services.context import Actor
from app.services.orders import OrderRow, batch_orders, list_orders
from app.services.picking import pick_list
from app.services.prepacked import PrepackedProduct, list_prepacked, set_prepacked
from app.services.sorting import sort_board
from ui.errors import error_text
from ui.labels import (
    batch_kind_label,
    batch_state_label,
    held_reason_text,
    job_state_label,
    status_label,
)
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QObject,
    QProgressBar,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
)
from ui.screens.base import Screen
from ui.screens.picking import enlarge
from ui.widgets.batch_chooser import Clock, is_batch_no, ship_day, station_now, utc_now
from ui.widgets.label_preview import LabelPreview
from ui.widgets.result_panel import ResultPanel
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

CUT_KEY = "Ctrl+Return"
PRINT_KEY = "Ctrl+P"
BATCH_ROLE = Qt.ItemDataRole.UserRole


def next_cutoff(cutoffs: tuple[str, ...], now: datetime) -> int:
    """The 1-based index of the first cut-off still ahead (the last after 17:30)."""
    clock = now.strftime("%H:%M")
    for i, cutoff in enumerate(cutoffs, start=1):
        if cutoff > clock:
            return i
    return len(cutoffs)


@dataclass(frozen=True)
class PrintRequest:
    db: Database
    actor: Actor
    config: Config
    batch_no: str


class _Cancelled(Exception):
    """Raised from the progress callback to stop a batch print (window closing)."""


class BatchPrintRunner(QObject):
    """Lives on the worker thread; queues one batch's documents per request."""

    progress = Signal(int, int)
    finished = Signal(object)  # BatchPrintResult
    failed = Signal(object)  # the exception

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    @Slot(object)
    def run(self, request: object) -> None:
        assert isinstance(request, PrintRequest)
        self.cancelled = False
        try:
            result = print_batch(
                request.db,
                request.actor,
                request.config,
                request.batch_no,
                progress=self._progress,
            )
        except Exception as error:  # the GUI shows it; a bug is logged there
            self.failed.emit(error)
            return
        self.finished.emit(result)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progress.emit(done, total)


class BatchesScreen(Screen):
    """The order clerk's batch desk (制单)."""

    _start_print = Signal(object)  # PrintRequest, to the runner's thread

    def build(self) -> None:
        self.clock: Clock = utc_now
        self.batches: list[BatchInfo] = []
        self.current: BatchInfo | None = None
        self.orders: list[OrderRow] = []
        self.held: list[OrderRow] = []
        self.prepacked: list[PrepackedProduct] = []
        self.printing = False
        self.last_print: BatchPrintResult | None = None
        self.progress_text = ""

        self.day_label = QLabel()
        self.day_label.setObjectName("batchDay")
        enlarge(self.day_label, 1.2)
        self.cutoff_label = QLabel()
        self.cutoff_box = QComboBox()
        self.cutoff_box.setObjectName("cutoffBox")
        self.cutoff_label.setBuddy(self.cutoff_box)
        self.cut_button = QPushButton()
        self.cut_button.setObjectName("cutButton")
        self.cut_button.setAutoDefault(True)  # Enter on the focused button cuts
        self.cut_button.setMinimumHeight(48)
        for widget in (self.cutoff_label, self.cutoff_box, self.cut_button):
            enlarge(widget, 1.2)
        self.result = ResultPanel()

        self.tree = QTreeWidget()
        self.tree.setObjectName("batchTree")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        # The chosen batch: progress, printing, its orders.
        self.batch_title = QLabel()
        self.batch_title.setObjectName("batchTitle")
        enlarge(self.batch_title, 1.3)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("batchProgress")
        self.progress_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printBatch")
        self.print_button.setAutoDefault(True)
        self.print_progress = QProgressBar()
        self.print_progress.setObjectName("printProgress")
        self.print_progress.setValue(0)
        self.orders_table = self._table("batchOrders", 6)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.batch_title)
        detail_layout.addWidget(self.progress_label)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addWidget(self.print_progress, 1)
        detail_layout.addLayout(print_row)
        detail_layout.addWidget(self.orders_table, 1)

        # The pick list (汇总单) on A4, shown and printed.
        self.preview = LabelPreview()
        self.preview.setObjectName("pickListPreview")
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewPickList")
        self.pick_print_button = QPushButton()
        self.pick_print_button.setObjectName("printPickList")
        pick_page = QWidget()
        pick_layout = QVBoxLayout(pick_page)
        pick_buttons = QHBoxLayout()
        pick_buttons.addWidget(self.preview_button)
        pick_buttons.addWidget(self.pick_print_button)
        pick_buttons.addStretch(1)
        pick_layout.addLayout(pick_buttons)
        pick_layout.addWidget(self.preview, 1)

        # Held orders and why.
        self.held_table = self._table("heldOrders", 4)

        # Pre-packed SKUs (R-BAT-5).
        self.prepacked_label = QLabel()
        self.prepacked_label.setWordWrap(True)
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("prepackedSku")
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markPrepacked")
        self.unmark_button = QPushButton()
        self.unmark_button.setObjectName("unmarkPrepacked")
        self.prepacked_list = QListWidget()
        self.prepacked_list.setObjectName("prepackedList")
        prepacked_page = QWidget()
        prepacked_layout = QVBoxLayout(prepacked_page)
        prepacked_layout.addWidget(self.prepacked_label)
        sku_row = QHBoxLayout()
        sku_row.addWidget(self.sku_edit, 1)
        sku_row.addWidget(self.mark_button)
        sku_row.addWidget(self.unmark_button)
        prepacked_layout.addLayout(sku_row)
        prepacked_layout.addWidget(self.prepacked_list, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("batchTabs")
        for page in (detail, pick_page, self.held_table, prepacked_page):
            self.tabs.addTab(page, "")
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        top = QHBoxLayout()
        top.addWidget(self.day_label, 1)
        top.addWidget(self.cutoff_label)
        top.addWidget(self.cutoff_box)
        top.addWidget(self.cut_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(splitter, 1)

        self.cut_button.clicked.connect(self.cut_next)
        self.cut_shortcut = QShortcut(QKeySequence(CUT_KEY), self)
        self.cut_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cut_shortcut.activated.connect(self.cut_next)
        self.print_button.clicked.connect(self.print_documents)
        self.print_shortcut = QShortcut(QKeySequence(PRINT_KEY), self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_shortcut.activated.connect(self.print_documents)
        self.tree.currentItemChanged.connect(self._tree_moved)
        self.preview_button.clicked.connect(self.show_pick_list)
        self.pick_print_button.clicked.connect(self.print_pick_list)
        # Bound methods, not lambdas: a lambda holding self would keep the screen
        # (and its worker thread's wrapper) alive after the workspace is deleted.
        self.sku_edit.returnPressed.connect(self.mark)
        self.mark_button.clicked.connect(self.mark)
        self.unmark_button.clicked.connect(self.unmark)

        # The worker exists only while a batch prints (see _print_over).
        self._thread: WorkerThread | None = None
        self._runner: BatchPrintRunner | None = None

    @staticmethod
    def _table(name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def retranslate(self) -> None:
        self.cutoff_label.setText(self.tr("Cut-off"))
        self.cut_button.setText(self.tr("Cut next batch (Enter / %1)").replace("%1", CUT_KEY))
        self.tree.setHeaderLabels(
            [
                self.tr("Cut-off / batch"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Orders"),
                self.tr("Orders by state"),
            ]
        )
        self.print_button.setText(
            self.tr("Print waybills and delivery notes (%1)").replace("%1", PRINT_KEY)
        )
        self.orders_table.setHorizontalHeaderLabels(
            [
                self.tr("Slot"),
                self.tr("Order no."),
                self.tr("Recipient"),
                self.tr("Courier"),
                self.tr("Items"),
                self.tr("State"),
            ]
        )
        self.preview_button.setText(self.tr("Show pick list"))
        self.pick_print_button.setText(self.tr("Print pick list"))
        self.held_table.setHorizontalHeaderLabels(
            [self.tr("Order no."), self.tr("Paid"), self.tr("Recipient"), self.tr("Held because")]
        )
        self.prepacked_label.setText(
            self.tr(
                "Pre-packed best-sellers (R-BAT-5) ship without packing: one unit of such a "
                "SKU goes into a pre-packed batch and straight to weighing. Scan or type a "
                "SKU or barcode: Enter marks it."
            )
        )
        self.sku_edit.setPlaceholderText(self.tr("SKU or barcode"))
        self.mark_button.setText(self.tr("Mark pre-packed"))
        self.unmark_button.setText(self.tr("Unmark"))
        self.tabs.setTabText(1, self.tr("Pick list"))
        self.tabs.setTabText(3, self.tr("Pre-packed SKUs"))
        self._fill_cutoffs()
        self._show_tree()
        self._show_batch()
        self._show_held()

    # --- reading -------------------------------------------------------

    @property
    def day(self) -> str:
        return ship_day(self.station.config, self.clock).isoformat()

    def refresh(self) -> None:
        self._fill_cutoffs(select_next=True)
        self.reload()
        self.cut_button.setFocus()

    def reload(self) -> None:
        """Today's batches, the chosen batch, the held orders and the pre-packed SKUs."""
        db, actor = self.station.db, self.actor
        try:
            self.batches = list_batches(db, actor, ship_day(self.station.config, self.clock))
            self.held = list_orders(db, actor, status="held", limit=1000)
            self.prepacked = list_prepacked(db, actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._show_tree()
        self._show_held()
        if self.current is not None:
            self.show_batch(self.current.batch_no)

    def _fill_cutoffs(self, select_next: bool = False) -> None:
        config = self.station.config
        now = station_now(config, self.clock)
        cutoffs = config.batches.cutoffs
        chosen = self.cutoff_box.currentIndex()
        if select_next or chosen < 0:
            chosen = next_cutoff(cutoffs, now) - 1
        self.cutoff_box.blockSignals(True)
        self.cutoff_box.clear()
        for i, cutoff in enumerate(cutoffs, start=1):
            text = f"{i} · {cutoff}"
            if i == len(cutoffs):
                text += " · " + self.tr("%1 first").replace("%1", config.batches.first_courier)
            self.cutoff_box.addItem(text, i)
        self.cutoff_box.setCurrentIndex(chosen)
        self.cutoff_box.blockSignals(False)
        text = self.tr("Ship date %1 · now %2 · next cut-off %3")
        cutoff = cutoffs[next_cutoff(cutoffs, now) - 1]
        for key, value in (("%1", now.date().isoformat()), ("%2", f"{now:%H:%M}"), ("%3", cutoff)):
            text = text.replace(key, value)
        self.day_label.setText(text)

    def _states_text(self, states: dict[str, int]) -> str:
        return "、".join(f"{status_label(s)} {n}" for s, n in states.items() if n)

    def _show_tree(self) -> None:
        current = self.current.batch_no if self.current else ""
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for i, cutoff in enumerate(self.station.config.batches.cutoffs, start=1):
            mine = [b for b in self.batches if b.cutoff_index == i]
            states: Counter[str] = Counter()
            for batch in mine:
                states.update(batch.order_states)
            head = QTreeWidgetItem(
                [
                    f"{i} · {cutoff}",
                    self.tr("%1 batches").replace("%1", str(len(mine))),
                    "",
                    str(sum(b.order_count for b in mine)),
                    self._states_text(dict(states)),
                ]
            )
            self.tree.addTopLevelItem(head)
            for batch in mine:
                item = QTreeWidgetItem(
                    [
                        batch.batch_no,
                        batch_kind_label(batch.kind),
                        batch_state_label(batch.state),
                        str(batch.order_count),
                        self._states_text(batch.order_states),
                    ]
                )
                item.setData(0, BATCH_ROLE, batch.batch_no)
                head.addChild(item)
                if batch.batch_no == current:
                    chosen = item
            head.setExpanded(bool(mine))
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)

    def tree_rows(self) -> list[list[str]]:
        """Every line of the tree, cut-offs and their batches (tests, reading aloud)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            rows.append([head.text(c) for c in range(5)])
            for j in range(head.childCount()):
                rows.append([head.child(j).text(c) for c in range(5)])
        return rows

    def _tree_moved(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        batch_no = item.data(0, BATCH_ROLE) if item is not None else None
        if batch_no:
            self.show_batch(str(batch_no))

    def select_batch(self, batch_no: str) -> bool:
        """Choose a batch (a scanned number): in the tree when it is today's."""
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                if head.child(j).data(0, BATCH_ROLE) == batch_no:
                    self.tree.setCurrentItem(head.child(j))
                    return self.current is not None and self.current.batch_no == batch_no
        return self.show_batch(batch_no)

    def show_batch(self, batch_ref: str) -> bool:
        """The batch's orders and its progress: picked, sorted, printed."""
        db, actor = self.station.db, self.actor
        try:
            plist = pick_list(db, actor, batch_ref)
            info = next((b for b in self.batches if b.id == plist.batch_id), None)
            if info is None:  # another day's batch, scanned
                day = plist.batch_no[1:9]
                others = list_batches(db, actor, datetime.strptime(day, "%Y%m%d").date())
                info = next(b for b in others if b.id == plist.batch_id)
            self.orders = batch_orders(db, actor, plist.batch_id)
            board = sort_board(db, actor, plist.batch_id) if plist.kind == "multi" else None
            prints = batch_print_states(db, actor, plist.batch_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return False
        self.current = info
        picked = self.tr("Picked %1 of %2 units").replace("%1", str(plist.picked))
        parts = [picked.replace("%2", str(plist.total))]
        if board is not None:  # multi-item: the secondary sort (R-BAT-3)
            sorted_units = sum(s.sorted for s in board.slots)
            needed = sum(s.needed for s in board.slots)
            text = self.tr("sorted %1 of %2").replace("%1", str(sorted_units))
            parts.append(text.replace("%2", str(needed)))
        printed = "、".join(f"{self._print_state(state)} {n}" for state, n in prints.items() if n)
        parts.append(self.tr("waybills and delivery notes: %1").replace("%1", printed))
        self.progress_text = " · ".join(parts)
        self._show_batch()
        return True

    def _print_state(self, state: str) -> str:
        if state == "missing":
            return self.tr("not printed")
        return job_state_label(state)

    def _show_batch(self) -> None:
        batch = self.current
        self.tabs.setTabText(0, batch.batch_no if batch else self.tr("Batch"))
        self.print_button.setEnabled(batch is not None and not self.printing)
        self.preview_button.setEnabled(batch is not None)
        self.pick_print_button.setEnabled(batch is not None)
        if batch is None:
            self.batch_title.setText(self.tr("Choose a batch on the left, or scan its number."))
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
            first = self.station.config.batches.first_courier
            title += " · " + self.tr("%1 first").replace("%1", first)
        self.batch_title.setText(title)
        self.progress_label.setText(self.progress_text)
        self.orders_table.setRowCount(len(self.orders))
        for r, order in enumerate(self.orders):
            values = (
                str(r + 1),
                order.platform_order_no,
                f"{order.recipient_name} {order.province}{order.city}",
                order.courier_code,
                str(order.item_count),
                status_label(order.status),
            )
            for c, value in enumerate(values):
                self.orders_table.setItem(r, c, QTableWidgetItem(value))
        self.orders_table.resizeColumnsToContents()

    def _show_held(self) -> None:
        self.tabs.setTabText(2, self.tr("Held (%1)").replace("%1", str(len(self.held))))
        self.held_table.setRowCount(len(self.held))
        for r, order in enumerate(self.held):
            paid = order.paid_at.astimezone().strftime("%m-%d %H:%M") if order.paid_at else ""
            values = (
                order.platform_order_no,
                paid,
                f"{order.recipient_name} {order.province}{order.city}",
                held_reason_text(order.held_reason),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.held_table.setItem(r, c, item)
        self.held_table.resizeColumnsToContents()
        self.prepacked_list.clear()
        for product in self.prepacked:
            self.prepacked_list.addItem(f"{product.sku_code}  {product.name}")

    # --- cutting -------------------------------------------------------

    def cut_next(self) -> None:
        """Batch every audited order for the chosen cut-off (R-BAT-1,2)."""
        index = int(self.cutoff_box.currentData() or 0)
        if not index:
            return
        config = self.station.config
        before = {o.id for o in self.held}
        try:
            made = cut_batches(
                self.station.db,
                self.actor,
                ship_day(config, self.clock),
                index,
                settings=config.batches,
                now=self.clock(),
                audit_settings=config.audit,  # R-ORD-4: paid after the cut-off waits
            )
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.reload()
        newly_held = [o for o in self.held if o.id not in before]
        self.result.show_ok(self.cut_text(config.batches.cutoffs[index - 1], made, newly_held))
        if made:
            self.select_batch(made[0].batch_no)
        self.cut_button.setFocus()

    def cut_text(self, cutoff: str, made: list[BatchInfo], held: list[OrderRow]) -> str:
        if not made and not held:
            return self.tr("No audited orders wait for a batch.")
        text = self.tr("Cut-off %1: %2 batches, %3 orders (%4).")
        values = (
            cutoff,
            str(len(made)),
            str(sum(b.order_count for b in made)),
            ", ".join(b.batch_no for b in made),
        )
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", value)
        if held:
            text += " " + self.tr("%1 held: see Held.").replace("%1", str(len(held)))
        return text

    # --- printing ------------------------------------------------------

    def print_documents(self) -> None:
        """Queue the chosen batch's waybills and delivery notes in its sort order
        (R-BAT-2,3) on the worker thread; documents printed before are skipped."""
        if self.printing:
            return
        if self.current is None:
            self.result.show_error(self.tr("Choose a batch first."))
            return
        self.printing = True
        self.print_button.setEnabled(False)
        self.print_progress.setRange(0, 0)  # busy until the first report
        self.result.show_ok(self.tr("Printing %1…").replace("%1", self.current.batch_no))
        # No Qt parent: the thread goes with its last Python reference, never
        # before it (a deleted thread left in WorkerThread's registry).
        self._thread = WorkerThread("batch-print")
        self._runner = BatchPrintRunner()
        self._runner.moveToThread(self._thread)
        self._start_print.connect(self._runner.run)
        self._runner.progress.connect(self._print_progress)
        self._runner.finished.connect(self._print_done)
        self._runner.failed.connect(self._print_failed)
        self._thread.start()
        station = self.station
        self._start_print.emit(
            PrintRequest(station.db, self.actor, station.config, self.current.batch_no)
        )

    @Slot(int, int)
    def _print_progress(self, done: int, total: int) -> None:
        self.print_progress.setRange(0, total)
        self.print_progress.setValue(done)
        if self.devices is not None:
            self.devices.printing.wake()  # the printer starts on the first document

    @Slot(object)
    def _print_done(self, result: object) -> None:
        assert isinstance(result, BatchPrintResult)
        self._print_over()
        self.last_print = result
        text = self.tr("%1 documents queued, %2 printed before and skipped.")
        text = text.replace("%1", str(result.queued)).replace("%2", str(result.skipped))
        if self.devices is not None:
            self.devices.printing.wake()
        if self.current is not None:
            self.show_batch(self.current.batch_no)
        if result.failed:
            numbers = {o.id: o.platform_order_no for o in self.orders}
            lines = [
                f"{numbers.get(order_id, order_id)}: {error_text(error)}"
                for order_id, error in result.failed[:5]
            ]
            text += "\n" + self.tr("%1 not printed:").replace("%1", str(len(result.failed)))
            self.result.show_error(text + "\n" + "\n".join(lines))
        else:
            self.result.show_ok(text)

    @Slot(object)
    def _print_failed(self, error: object) -> None:
        self._print_over()
        if isinstance(error, _Cancelled):
            return
        if isinstance(error, DomainError):
            self.result.show_error(error_text(error))
        elif isinstance(error, ValueError):  # an order the template cannot hold
            self.result.show_error(
                self.tr(
                    "A waybill or delivery note cannot be drawn (has every order its "
                    "waybill number?): %1"
                ).replace("%1", str(error))
            )
        else:
            log.error(
                "batch print failed", exc_info=error if isinstance(error, Exception) else None
            )
            self.result.show_error(self.tr("Printing failed: %1").replace("%1", str(error)))

    def _print_over(self) -> None:
        self.printing = False
        self.print_button.setEnabled(self.current is not None)
        if self.print_progress.maximum() == 0:
            self.print_progress.setRange(0, 1)
        self._join()

    def stop(self) -> None:
        """The window is closing: stop after the document being queued."""
        if self._runner is not None:
            self._runner.cancelled = True
        self._join()

    def _join(self) -> None:
        """The runner has returned (or stops at its next document): end the thread."""
        if self._thread is None or self._runner is None:
            return
        self._start_print.disconnect(self._runner.run)
        self._thread.quit()
        self._thread.wait()
        self._runner = None
        self._thread = None

    def show_pick_list(self) -> None:
        """The A4 pick list (汇总单) at true size."""
        if self.current is None:
            self.result.show_error(self.tr("Choose a batch first."))
            return
        self.tabs.setCurrentIndex(1)
        station = self.station
        try:
            pages = pick_list_pages(station.db, self.actor, station.config, self.current.batch_no)
            self.preview.show_document(pages)
        except DomainError as error:
            self.preview.clear()
            self.result.show_error(error_text(error))
            return
        except ValueError as error:  # a template that cannot hold this data
            self.preview.clear()
            self.result.show_error(
                self.tr("The pick list cannot be drawn: %1").replace("%1", str(error))
            )
            return
        self.result.clear_result()

    def print_pick_list(self) -> None:
        if self.current is None:
            self.result.show_error(self.tr("Choose a batch first."))
            return
        station = self.station
        try:
            job = print_pick_list(station.db, self.actor, station.config, self.current.batch_no)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        except ValueError as error:
            self.result.show_error(
                self.tr("The pick list cannot be drawn: %1").replace("%1", str(error))
            )
            return
        if self.devices is not None:
            self.devices.printing.wake()
        self.result.show_ok(
            self.tr("Pick list of %1 queued on printer %2")
            .replace("%1", self.current.batch_no)
            .replace("%2", job.printer_name)
        )

    # --- pre-packed ----------------------------------------------------

    def mark(self) -> None:
        self.mark_prepacked(True)

    def unmark(self) -> None:
        self.mark_prepacked(False)

    def mark_prepacked(self, on: bool) -> None:
        """Mark (or unmark) the SKU typed or scanned as pre-packed (R-BAT-5)."""
        code = self.sku_edit.text().strip()
        if not code:
            self.result.show_error(self.tr("Scan or type a SKU first."))
            self.sku_edit.setFocus()
            return
        try:
            product = set_prepacked(self.station.db, self.actor, code, on)
            self.prepacked = list_prepacked(self.station.db, self.actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._show_held()
        text = self.tr("%1 %2 is pre-packed: it skips packing.")
        if not on:
            text = self.tr("%1 %2 is no longer pre-packed.")
        self.result.show_ok(text.replace("%1", product.sku_code).replace("%2", product.name))
        self.sku_edit.clear()
        self.sku_edit.setFocus()

    # --- scanning ------------------------------------------------------

    def on_scan(self, code: str) -> bool:
        """A batch number chooses that batch; on the pre-packed tab a SKU is marked."""
        code = code.strip()
        if is_batch_no(code):
            if self.select_batch(code.upper()):
                self.tabs.setCurrentIndex(0)
                self.result.clear_result()
            return True
        if self.tabs.currentIndex() == 3:
            self.sku_edit.setText(code)
            self.mark_prepacked(True)
            return True
        self.result.show_error(
            self.tr(
                "Scan a batch number here; to mark a pre-packed SKU, open Pre-packed SKUs first."
            )
        )
        return True
