"""The QC station (质检, R-QC-1..5, R-NEW-3). Scan an inbound document's
number (or pick an open delivery and press Enter), then an item: the screen
says in big type how many units to draw and why ("Draw 5 units · 10% of 45,
rounded up"), or the verdict with its rate ("Inspect every unit · pass rate
7/9 = 77.8% …"). The inspector types how many of the drawn units are
defective and presses Enter. Defective units go on a transfer slip (移库单)
that QC and the keeper sign by scanning their badges; the second signature
moves them to the defective store. The second tab measures new products.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.db.base import utcnow
from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError, NotFound
from app.services.auth import login_with_badge
from app.services.qc import (
    DeliveryQc,
    RoundRecorded,
    SkuQc,
    open_deliveries,
    open_delivery,
    sku_state,
)
from app.services.qc import record_round as record_qc_round
from app.services.qc_rules import Step
from app.services.qc_slips import sign_slip
from app.services.scanning import load_code_book
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QShortcut,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.scanner import prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.qc_delivery import QcDeliveryView
from ui.widgets.qc_measure_panel import QcMeasurePanel, qc_error
from ui.widgets.qc_texts import slip_text, step_texts
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import VerdictPanel

MAX_COUNT_DIGITS = 6


class QcScreen(Screen):
    """Sampling per colour and size, the defective units' slip, new products' sizes."""

    def build(self) -> None:
        self.clock: Callable[[], datetime] = utcnow
        self.code_book: CodeBook | None = None
        self.delivery: DeliveryQc | None = None
        self.product_id: str | None = None  # the SKU being inspected

        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("qcScan")
        prepare_scan_field(self.scan_edit)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)

        self.open_list = QListWidget()
        self.open_list.setObjectName("qcDeliveries")
        self.open_list.itemActivated.connect(self._delivery_picked)
        self.view = QcDeliveryView(self.open_sku)
        self.verdict = VerdictPanel()
        self.count_label = QLabel()
        self.count_label.setObjectName("qcCountLabel")
        self.count_edit = QLineEdit()
        self.count_edit.setObjectName("qcCount")
        self.count_edit.setMaxLength(MAX_COUNT_DIGITS)
        self.count_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.count_edit.returnPressed.connect(self.submit_count)
        for widget in (self.count_label, self.count_edit):
            enlarge(widget, 1.5)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("qcKeys")
        self.keys_label.setWordWrap(True)

        sampling = QWidget()
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.count_edit, 1)
        right = QVBoxLayout()
        right.addWidget(self.view, 2)
        right.addWidget(self.verdict)
        right.addLayout(count_row)
        body = QHBoxLayout(sampling)
        body.addWidget(self.open_list, 1)
        body.addLayout(right, 3)

        self.measure = QcMeasurePanel(self.station, self.actor, lambda: self.clock())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("qcTabs")
        self.tabs.addTab(sampling, "")
        self.tabs.addTab(self.measure, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.keys_label)

        self.cancel_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_shortcut.activated.connect(self.cancel)
        self._show_count_row()

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Inbound order number, item, or badge"))
        self.tabs.setTabText(0, self.tr("Sampling (R-QC)"))
        self.tabs.setTabText(1, self.tr("New products: sizes (R-NEW-3)"))
        self.keys_label.setText(
            self.tr(
                "Scan the inbound order (or pick it, Enter), then an item · type the defective "
                "units, Enter · defective units: QC and the keeper scan their badges · Esc: "
                "another item"
            )
        )
        self.measure.retranslate()
        self.view.retranslate()
        self._show_count_row()

    def refresh(self) -> None:
        self.code_book = None  # badges and products may have changed
        self._load_open_list()
        if self.delivery is not None:
            self._reload()
        self.measure.refresh()
        if self.tabs.currentIndex() == 0:
            self.scan_edit.setFocus()

    def stop(self) -> None:
        self.verdict.stop()
        super().stop()

    # --- scanning ------------------------------------------------------

    def on_scan(self, code: str) -> bool:
        """A document number opens the delivery; an item opens its QC; a badge
        signs the transfer slip; on the second tab an item is measured."""
        code = code.strip()
        if not code:
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM:
                self.submit_count()
            elif scan.command is Command.CANCEL:
                self.cancel()
            return True
        if scan.kind is CodeKind.BADGE:
            self.sign_with_badge(code)
        elif self.tabs.currentIndex() == 1:
            self.measure.choose(code)
        elif scan.kind is CodeKind.SKU_BARCODE:
            self.open_sku(code)
        else:
            self.open_document(code)
        return True

    def open_document(self, ref: str) -> None:
        """An inbound order by its number; an unknown number may be an item code."""
        try:
            delivery = open_delivery(self.station.db, self.actor, ref, self.station.config.qc)
        except NotFound as error:
            if self.delivery is not None and error.params.get("kind") == "document":
                self.open_sku(ref)
            else:
                self.verdict.show_error(qc_error(error))
            return
        except DomainError as error:
            self.verdict.show_error(qc_error(error))
            return
        self.delivery, self.product_id = delivery, None
        self._show_delivery()
        self._show_count_row()
        first = next((s for s in delivery.skus if s.open), None)
        if not delivery.skus:
            self.verdict.show_info(
                self.tr("Nothing is signed for on %1 yet: nothing to inspect.").replace(
                    "%1", delivery.number
                )
            )
        elif delivery.rejected:
            self.verdict.show_error(
                self.tr("%1 was rejected whole (R-QC-3).").replace("%1", delivery.number),
                self.tr("It goes back to the supplier: nothing more to inspect."),
            )
        elif first is None:
            self.verdict.show_done(self.tr("QC of %1 is finished.").replace("%1", delivery.number))
        else:
            self.verdict.show_info(
                self.tr("%1: scan an item (%2 still to inspect).")
                .replace("%1", delivery.number)
                .replace("%2", str(sum(1 for s in delivery.skus if s.open)))
            )

    def open_sku(self, code: str) -> None:
        delivery = self.delivery
        if delivery is None:
            self.verdict.show_error(self.tr("Scan the inbound order number first."))
            return
        try:
            self.delivery = open_delivery(
                self.station.db, self.actor, delivery.number, self.station.config.qc
            )
            sku = self._match(code)
        except DomainError as error:
            self.verdict.show_error(qc_error(error))
            return
        self.product_id = sku.product_id
        self._show_delivery()
        self._show_sku(sku)

    def _match(self, code: str) -> SkuQc:
        """The delivery's SKU for a scanned code (the service decides, by barcode too)."""
        assert self.delivery is not None
        return sku_state(
            self.station.db, self.actor, self.delivery.number, code, self.station.config.qc
        )

    def submit_count(self) -> None:
        """Enter in the count: that many of the drawn units are defective."""
        sku = self._current()
        if sku is None or not sku.open or self.delivery is None:
            return
        text = self.count_edit.text().strip()
        if not text.isdigit():
            self.verdict.show_error(
                self.tr(
                    "Type how many of the %1 units are defective (0 if none), then Enter."
                ).replace("%1", str(sku.next.units))
            )
            return
        drawn, defective = sku.next.units, int(text)
        if defective > drawn:
            self.verdict.show_error(
                self.tr("Only %1 units were inspected: %2 cannot be defective.")
                .replace("%1", str(drawn))
                .replace("%2", text)
            )
            self.count_edit.selectAll()
            return
        try:
            result = record_qc_round(
                self.station.db, self.actor, self.delivery.number, sku.sku_code, drawn,
                drawn - defective, self.station.config.qc, self.clock(),
            )  # fmt: skip
        except DomainError as error:
            self.verdict.show_error(qc_error(error))
            self.count_edit.selectAll()
            return
        self._recorded(result)

    def _recorded(self, result: RoundRecorded) -> None:
        self.delivery = result.delivery
        self.count_edit.clear()
        self._show_delivery()
        self._show_sku(result.sku)
        self._load_open_list()

    def sign_with_badge(self, badge: str) -> None:
        """R-QC-5: the badge signs the delivery's slip waiting for signatures."""
        delivery = self.delivery
        slip = next((s for s in (delivery.slips if delivery else ()) if s.state == "draft"), None)
        if delivery is None or slip is None:
            self.verdict.show_error(self.tr("No transfer slip waits for a signature here."))
            return
        try:
            signer = login_with_badge(self.station.db, badge, self.station.config.station.code)
            signed = sign_slip(
                self.station.db, self.actor, slip.number, signer, "badge", self.clock()
            )
        except DomainError as error:
            self.verdict.show_error(qc_error(error))
            return
        self.delivery = open_delivery(
            self.station.db, self.actor, delivery.number, self.station.config.qc
        )
        self._show_delivery()
        if signed.state == "posted":
            self.verdict.show_done(
                self.tr("Slip %1 signed by %2: %3 units moved to the defective store.")
                .replace("%1", signed.number)
                .replace("%2", signer.full_name)
                .replace("%3", str(signed.units)),
                slip_text(signed),
            )
        else:
            self.verdict.show_ok(
                self.tr("Slip %1 signed by %2.")
                .replace("%1", signed.number)
                .replace("%2", signer.full_name),
                slip_text(signed),
            )

    def cancel(self) -> None:
        """Esc / CMD:CANCEL: leave the item (nothing typed is recorded)."""
        self.product_id = None
        self.count_edit.clear()
        self._show_count_row()
        self.verdict.show_info(self.tr("Scan the next item."))
        self.scan_edit.setFocus()

    # --- showing -------------------------------------------------------

    def _current(self) -> SkuQc | None:
        if self.delivery is None or self.product_id is None:
            return None
        return next((s for s in self.delivery.skus if s.product_id == self.product_id), None)

    def _show_sku(self, sku: SkuQc) -> None:
        instruction, why = step_texts(sku, self.station.config.qc)
        head = f"{sku.sku_code} · {instruction}"
        step = sku.next.step
        if sku.rejected_with_delivery or step is Step.REJECT_ALL:
            self.verdict.show_error(head, why)
        elif sku.next.final:
            self.verdict.show_done(head, why)
        else:
            self.verdict.show_info(head, why)
        self._show_count_row()
        if sku.open:
            self.count_edit.setFocus()
        else:
            self.scan_edit.setFocus()

    def _show_count_row(self) -> None:
        sku = self._current()
        waiting = sku is not None and sku.open
        self.count_label.setVisible(waiting)
        self.count_edit.setVisible(waiting)
        if sku is not None and waiting:
            self.count_label.setText(
                self.tr("Defective among the %1 inspected:").replace("%1", str(sku.next.units))
            )

    def _show_delivery(self) -> None:
        self.view.show_delivery(self.delivery, self.product_id)

    def _reload(self) -> None:
        assert self.delivery is not None
        try:
            self.delivery = open_delivery(
                self.station.db, self.actor, self.delivery.number, self.station.config.qc
            )
        except DomainError:
            self.delivery = self.product_id = None
        self._show_delivery()
        self._show_count_row()

    def _load_open_list(self) -> None:
        try:
            found = open_deliveries(self.station.db, self.actor, self.station.config.qc)
        except DomainError as error:
            self.verdict.show_error(qc_error(error))
            return
        self.open_list.clear()
        for row in found:
            text = (
                self.tr("%1 · %2 · %3/%4 items done")
                .replace("%1", row.number)
                .replace("%2", row.partner or row.reference)
                .replace("%3", str(row.skus_done))
                .replace("%4", str(row.skus))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            self.open_list.addItem(item)

    def _delivery_picked(self, item: QListWidgetItem) -> None:
        self.open_document(str(item.data(Qt.ItemDataRole.UserRole)))

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.measure.refresh()
            self.measure.table.setFocus()
        else:
            self.scan_edit.setFocus()
