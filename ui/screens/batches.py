"""Ship batches (R-BAT-1..5): today's cut-offs with their batches and the
orders' states, cutting the next batch, each batch's orders and progress
(picked, sorted, printed), what is held and why, printing a batch's waybills
and delivery notes with its pick list (R-BAT-3), and pre-packed SKUs (R-BAT-5).

The screen lays out its parts (``ui/widgets``: the batch tree, the chosen
batch's detail, the held orders, the pick list and pre-packed panels), turns
keys and scans into domain calls and shows what they did. A batch print runs
on a worker thread that lives only while it prints (``BatchPrintJob``).
"""

from __future__ import annotations

import logging
from datetime import datetime

from app.errors import DomainError
from app.services.batch_printing import BatchPrintResult, batch_print_states
from app.services.batches import BatchInfo, cut_batches, list_batches
from app.services.orders import OrderRow, batch_orders, list_orders
from app.services.picking import pick_list
from app.services.prepacked import list_prepacked
from app.services.sorting import sort_board
from ui.errors import error_text
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    Slot,
)
from ui.screens.base import Screen
from ui.widgets.batch_chooser import Clock, is_batch_no, next_cutoff, ship_day, station_now, utc_now
from ui.widgets.batch_detail import BatchDetail
from ui.widgets.batch_print_runner import BatchPrintJob, PrintRequest
from ui.widgets.batch_tree import BatchTree
from ui.widgets.order_tables import HeldOrdersTable
from ui.widgets.pick_list_panel import PickListPanel
from ui.widgets.prepacked_panel import PrepackedPanel
from ui.widgets.result_panel import ResultPanel
from ui.widgets.type_size import enlarge

__all__ = ["BatchesScreen", "next_cutoff"]

log = logging.getLogger(__name__)

CUT_KEY = "Ctrl+Return"
PRINT_KEY = "Ctrl+P"
DETAIL_TAB, PICK_LIST_TAB, HELD_TAB, PREPACKED_TAB = range(4)


class BatchesScreen(Screen):
    """The order clerk's batch desk (制单)."""

    def build(self) -> None:
        self.clock: Clock = utc_now
        self.batches: list[BatchInfo] = []
        self.current: BatchInfo | None = None
        self.orders: list[OrderRow] = []
        self.held: list[OrderRow] = []
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
        self.tree = BatchTree()

        self.detail = BatchDetail(PRINT_KEY)
        self.pick_list = PickListPanel(self.station, self.actor, self.devices, self.result)
        self.held_table = HeldOrdersTable()
        self.prepacked = PrepackedPanel(self.station, self.actor, self.result)
        # The parts' widgets under the names the screen has always had (tests).
        self.print_button = self.detail.print_button
        self.print_progress = self.detail.print_progress
        self.progress_label = self.detail.progress_label
        self.orders_table = self.detail.orders_table
        self.preview = self.pick_list.preview
        self.sku_edit = self.prepacked.sku_edit
        self.unmark_button = self.prepacked.unmark_button
        self.prepacked_list = self.prepacked.list

        self.tabs = QTabWidget()
        self.tabs.setObjectName("batchTabs")
        for page in (self.detail, self.pick_list, self.held_table, self.prepacked):
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
        self.tree.chosen.connect(self.show_batch)

        # No Qt parent: it holds the print's worker thread, which must live until
        # stop() joins it, even when a logout deletes the screen from C++.
        self.print_job = BatchPrintJob()
        self.print_job.progress.connect(self._print_progress)
        self.print_job.finished.connect(self._print_done)
        self.print_job.failed.connect(self._print_failed)
        self.print_job.cancelled.connect(self._print_over)

    def retranslate(self) -> None:
        self.cutoff_label.setText(self.tr("Cut-off"))
        self.cut_button.setText(self.tr("Cut next batch (Enter / %1)").replace("%1", CUT_KEY))
        for part in (self.tree, self.detail, self.pick_list, self.held_table, self.prepacked):
            part.retranslate()
        self.tabs.setTabText(PICK_LIST_TAB, self.tr("Pick list"))
        self.tabs.setTabText(PREPACKED_TAB, self.tr("Pre-packed SKUs"))
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
            prepacked = list_prepacked(db, actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._show_tree()
        self._show_held()
        self.prepacked.show_products(prepacked)
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

    def _show_tree(self) -> None:
        current = self.current.batch_no if self.current else ""
        self.tree.show_batches(self.station.config.batches.cutoffs, self.batches, current)

    def tree_rows(self) -> list[list[str]]:
        """Every line of the tree, cut-offs and their batches (tests, reading aloud)."""
        return self.tree.rows()

    def select_batch(self, batch_no: str) -> bool:
        """Choose a batch (a scanned number): in the tree when it is today's."""
        if self.tree.select(batch_no):
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
        self.progress_text = self.detail.progress_text(plist, board, prints)
        self._show_batch()
        return True

    def _show_batch(self) -> None:
        batch = self.current
        self.tabs.setTabText(DETAIL_TAB, batch.batch_no if batch else self.tr("Batch"))
        self.pick_list.set_batch(batch.batch_no if batch else "")
        first = self.station.config.batches.first_courier
        self.detail.show_batch(batch, self.orders, self.progress_text, first, not self.printing)

    def _show_held(self) -> None:
        self.tabs.setTabText(HELD_TAB, self.tr("Held (%1)").replace("%1", str(len(self.held))))
        self.held_table.show_orders(self.held)

    # --- cutting -------------------------------------------------------

    def cut_next(self) -> None:
        """Batch every audited order for the chosen cut-off (R-BAT-1,2)."""
        index = int(self.cutoff_box.currentData() or 0)
        if not index:
            return
        station, actor, config = self.station, self.actor, self.station.config
        before = {o.id for o in self.held}
        day, now = ship_day(config, self.clock), self.clock()
        # Cutting needs the shared server when the station syncs (one truth).
        self.run_shared(
            lambda: cut_batches(
                station.shared_db,
                actor,
                day,
                index,
                settings=config.batches,
                now=now,
                audit_settings=config.audit,  # R-ORD-4: paid after the cut-off waits
            ),
            lambda made: self._cut_done(index, before, made),
            self._cut_failed,
        )

    def _cut_failed(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            log.error("cutting batches failed", exc_info=error)
        self.result.show_error(error_text(error) if isinstance(error, DomainError) else str(error))

    def _cut_done(self, index: int, before: set[str], made: list[BatchInfo]) -> None:
        config = self.station.config
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
        self.detail.print_started()
        self.result.show_ok(self.tr("Printing %1…").replace("%1", self.current.batch_no))
        station = self.station
        self.print_job.start(
            PrintRequest(station.db, self.actor, station.config, self.current.batch_no)
        )

    @Slot(int, int)
    def _print_progress(self, done: int, total: int) -> None:
        self.detail.show_print_progress(done, total)
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

    @Slot()
    def _print_over(self) -> None:
        self.printing = False
        self.detail.print_over(self.current is not None)

    def stop(self) -> None:
        """The window is closing: stop after the document being queued."""
        self.print_job.stop()
        super().stop()

    def show_pick_list(self) -> None:
        """The A4 pick list (汇总单) at true size, on its tab."""
        if self.current is not None:
            self.tabs.setCurrentIndex(PICK_LIST_TAB)
        self.pick_list.show_pick_list()

    def print_pick_list(self) -> None:
        self.pick_list.print_pick_list()

    # --- scanning ------------------------------------------------------

    def on_scan(self, code: str) -> bool:
        """A batch number chooses that batch; on the pre-packed tab a SKU is marked."""
        code = code.strip()
        if is_batch_no(code):
            if self.select_batch(code.upper()):
                self.tabs.setCurrentIndex(DETAIL_TAB)
                self.result.clear_result()
            return True
        if self.tabs.currentIndex() == PREPACKED_TAB:
            self.prepacked.mark_code(code)
            return True
        self.result.show_error(
            self.tr(
                "Scan a batch number here; to mark a pre-packed SKU, open Pre-packed SKUs first."
            )
        )
        return True
