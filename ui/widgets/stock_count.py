"""The cycle count tab (盘点单, R-STK-3): choose a warehouse and zone, start;
scan a bin, then its items (or type how many first); the counter sees only
what was counted (blind). Finish shows the variances per SKU, bin and lot;
the keeper and the supervisor sign (badge or PIN); the clerk types the
reason and posts."""

from __future__ import annotations

from app.devices.barcodes import CodeKind
from app.services.context import Actor
from app.services.count_posting import post_count, sign_count
from app.services.counts import (
    CountResult,
    CountSheet,
    count_bin,
    count_item,
    count_result,
    count_sheet,
    finish_count,
    open_counts,
    start_count,
)
from app.services.stock_ops import WarehouseZones, warehouse_zones
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.stock_errors import capacity_text
from ui.widgets.stock_owner import StockOwner
from ui.widgets.stock_table import fill, make_table
from ui.widgets.type_size import enlarge

SHORT_COLOUR, OVER_COLOUR = "#ffcdd2", "#fff59d"


class CountPanel(QWidget):
    signs = True

    def __init__(self, owner: StockOwner) -> None:
        super().__init__()
        self.owner = owner
        self.stores: list[WarehouseZones] = []
        self.sheet: CountSheet | None = None
        self.outcome: CountResult | None = None  # once finished
        self.bin = ""
        self.last: tuple[str, str] | None = None  # (bin, item) counted last: CMD:UNDO

        self.wh_label, self.zone_label, self.qty_label = QLabel(), QLabel(), QLabel()
        self.wh_combo = QComboBox()
        self.wh_combo.setObjectName("countWarehouse")
        self.wh_combo.currentIndexChanged.connect(self._fill_zones)
        self.zone_combo = QComboBox()
        self.zone_combo.setObjectName("countZone")
        self.start_button = QPushButton()
        self.start_button.setObjectName("countStart")
        self.start_button.clicked.connect(self.start)
        self.open_label = QLabel()
        self.open_label.setWordWrap(True)
        self.doc_label = QLabel()
        self.doc_label.setObjectName("countDocument")
        self.doc_label.setWordWrap(True)
        enlarge(self.doc_label, 1.2)
        self.bin_label = QLabel()
        self.bin_label.setObjectName("countBin")
        enlarge(self.bin_label, 2.0)
        self.qty_spin = QSpinBox()
        self.qty_spin.setObjectName("countQty")
        self.qty_spin.setRange(1, 100_000)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("countFinish")
        self.finish_button.clicked.connect(self.finish)
        self.counted_table = make_table("countCounted", 4)
        self.variance_table = make_table("countVariances", 6)
        self.uncounted_label = QLabel()
        self.uncounted_label.setObjectName("countUncounted")
        self.uncounted_label.setWordWrap(True)
        self.reason_edit = QLineEdit()  # Chinese is typed here
        self.reason_edit.setObjectName("countReason")
        self.post_button = QPushButton()
        self.post_button.setObjectName("countPost")
        self.post_button.clicked.connect(self.post)

        top = QHBoxLayout()
        for widget in (self.wh_label, self.wh_combo, self.zone_label, self.zone_combo):
            top.addWidget(widget)
        top.addWidget(self.start_button)
        top.addStretch(1)
        scan = QHBoxLayout()
        scan.addWidget(self.bin_label, 1)
        scan.addWidget(self.qty_label)
        scan.addWidget(self.qty_spin)
        scan.addWidget(self.finish_button)
        post = QHBoxLayout()
        post.addWidget(self.reason_edit, 1)
        post.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.open_label)
        layout.addWidget(self.doc_label)
        layout.addLayout(scan)
        layout.addWidget(self.counted_table, 2)
        layout.addWidget(self.variance_table, 2)
        layout.addWidget(self.uncounted_label)
        layout.addLayout(post)

    def retranslate(self) -> None:
        self.wh_label.setText(self.tr("Warehouse"))
        self.zone_label.setText(self.tr("Zone"))
        self.start_button.setText(self.tr("Start count"))
        self.qty_label.setText(self.tr("Units per scan"))
        self.finish_button.setText(self.tr("Finish count"))
        self.reason_edit.setPlaceholderText(self.tr("Reason for the variances (required to post)"))
        self.post_button.setText(self.tr("Post (clerk)"))
        self.counted_table.setHorizontalHeaderLabels(
            [self.tr("Bin"), self.tr("SKU"), self.tr("Name"), self.tr("Counted")]
        )
        self.variance_table.setHorizontalHeaderLabels(
            [
                self.tr("Bin"),
                self.tr("SKU"),
                self.tr("Lot"),
                self.tr("Books"),
                self.tr("Counted"),
                self.tr("Difference"),
            ]
        )
        self._show()

    def refresh(self) -> None:
        owner = self.owner
        stores = owner.local(lambda: warehouse_zones(owner.station.db, owner.actor))
        if stores is not None and [s.code for s in stores] != [s.code for s in self.stores]:
            self.stores = stores
            self.wh_combo.clear()
            self.wh_combo.addItems([s.code for s in stores])
            own = owner.station.config.station.warehouse
            if own:
                self.wh_combo.setCurrentText(own)
        counts = owner.local(lambda: open_counts(owner.station.db, owner.actor))
        if counts:
            self.open_label.setText(
                self.tr("Open counts (scan the number to go on): %1").replace(
                    "%1", ", ".join(f"{c.number} {c.warehouse}/{c.zone}" for c in counts)
                )
            )
        else:
            self.open_label.setText("")
        self._show()

    def _fill_zones(self) -> None:
        store = next((s for s in self.stores if s.code == self.wh_combo.currentText()), None)
        self.zone_combo.clear()
        if store is not None:
            self.zone_combo.addItems(list(store.zones))

    # --- counting ------------------------------------------------------

    def start(self) -> None:
        owner = self.owner
        warehouse, zone = self.wh_combo.currentText(), self.zone_combo.currentText()
        sheet = owner.local(
            lambda: start_count(
                owner.station.db, owner.actor, warehouse, zone, owner.now(), day=owner.day()
            )
        )
        if sheet is not None:
            self._opened(sheet, None)
            owner.result.show_ok(
                self.tr("Count %1 of zone %2 started: scan the first bin.")
                .replace("%1", sheet.number)
                .replace("%2", sheet.zone)
            )

    def open_document(self, number: str) -> None:
        owner = self.owner
        sheet = owner.local(lambda: count_sheet(owner.station.db, owner.actor, number))
        if sheet is None:
            return
        outcome = None
        if sheet.finished:
            outcome = owner.local(lambda: count_result(owner.station.db, owner.actor, number))
        self._opened(sheet, outcome)
        owner.result.show_ok(self._instruction())

    def _opened(self, sheet: CountSheet, outcome: CountResult | None) -> None:
        self.sheet, self.outcome, self.bin, self.last = sheet, outcome, "", None
        self.refresh()

    def on_code(self, kind: CodeKind, code: str) -> None:
        owner, sheet = self.owner, self.sheet
        if sheet is None or self.outcome is not None:
            owner.result.show_error(
                self.tr("Start a count (or scan an open count's number) first.")
            )
            return
        if kind is CodeKind.BIN:
            found = owner.local(
                lambda: count_bin(owner.station.db, owner.actor, sheet.number, code)
            )
            if found is not None:
                self.sheet, self.bin = found, code
                owner.result.show_ok(
                    self.tr("Bin %1: scan every item in it, damaged ones too.").replace("%1", code)
                )
                self._show()
            return
        self._count(code, self.qty_spin.value())

    def _count(self, code: str, quantity: int) -> None:
        owner, sheet = self.owner, self.sheet
        assert sheet is not None
        if not self.bin:
            owner.result.show_error(self.tr("Scan the bin first, then its items."))
            return
        limit = owner.station.config.receiving.max_line_qty
        found = owner.local(
            lambda: count_item(
                owner.station.db, owner.actor, sheet.number, self.bin, code, quantity, limit
            )
        )
        if found is None:
            return
        before = {(r.bin, r.sku): r.counted for r in sheet.rows}
        self.sheet, self.last = found, (self.bin, code)
        self.qty_spin.setValue(1)
        changed = [r for r in found.rows if before.get((r.bin, r.sku)) != r.counted]
        if changed:
            owner.result.show_ok(
                self.tr("%1 in %2: %3 counted.")
                .replace("%1", changed[0].sku)
                .replace("%2", changed[0].bin)
                .replace("%3", str(changed[0].counted))
            )
        else:
            owner.result.show_ok(
                self.tr("Taken back: nothing of it is counted in %1 now.").replace("%1", self.bin)
            )
        self._show()

    def undo(self) -> None:
        """CMD:UNDO: the last counted unit taken back."""
        if self.last is not None and self.sheet is not None and self.outcome is None:
            bin_code, code = self.last
            self.bin = bin_code
            self._count(code, -1)
            self.last = None

    def finish(self) -> None:
        owner, sheet = self.owner, self.sheet
        if sheet is None or self.outcome is not None:
            return
        outcome = owner.local(lambda: finish_count(owner.station.db, owner.actor, sheet.number))
        if outcome is not None:
            self.outcome = outcome
            self._show()
            owner.result.show_ok(self._instruction())

    # --- signing and posting -------------------------------------------

    def sign(self, signer: Actor, method: str) -> None:
        owner, outcome = self.owner, self.outcome
        if outcome is None or not outcome.signatures.missing:
            owner.result.show_error(
                self.tr("Finish the count first; then keeper and supervisor sign.")
            )
            return
        capacity = outcome.signatures.missing[0]
        signed = owner.local(
            lambda: sign_count(
                owner.station.db, owner.actor, outcome.number, capacity, signer, method
            )
        )
        if signed is not None:
            self.outcome = signed
            self._show()
            owner.result.show_ok(self._instruction())

    def post(self) -> None:
        owner, outcome = self.owner, self.outcome
        if outcome is None:
            return
        reason = self.reason_edit.text()
        posted = owner.local(
            lambda: post_count(owner.station.db, owner.actor, outcome.number, reason, owner.now())
        )
        if posted is not None:
            self.outcome = posted
            self.reason_edit.clear()
            self.refresh()
            owner.result.show_ok(
                self.tr("Count %1 posted: %2 variances booked.")
                .replace("%1", posted.number)
                .replace("%2", str(len(posted.variances)))
            )

    def confirm(self) -> None:
        if self.outcome is not None and self.outcome.signatures.complete:
            self.post()
        elif self.sheet is not None and self.outcome is None and self.bin:
            self.finish()

    def cancel(self) -> None:
        self.sheet, self.outcome, self.bin, self.last = None, None, "", None
        self.owner.result.clear_result()
        self.refresh()

    # --- showing -------------------------------------------------------

    def _instruction(self) -> str:
        outcome = self.outcome
        if outcome is None:
            return self.tr("Scan a bin of the zone, then its items.")
        if outcome.state == "posted":
            return self.tr("%1 is posted.").replace("%1", outcome.number)
        if outcome.signatures.missing:
            return (
                self.tr("%1 variances. Next: %2 signs (badge or PIN).")
                .replace("%1", str(len(outcome.variances)))
                .replace("%2", capacity_text(outcome.signatures.missing[0]))
            )
        return self.tr("Signed. The clerk types the reason and posts (Enter).")

    def _show(self) -> None:
        sheet, outcome = self.sheet, self.outcome
        counting = sheet is not None and outcome is None
        self.finish_button.setEnabled(counting)
        self.start_button.setEnabled(sheet is None)
        self.post_button.setEnabled(
            outcome is not None and outcome.state == "draft" and outcome.signatures.complete
        )
        self.variance_table.setVisible(outcome is not None)
        self.counted_table.setVisible(outcome is None)
        if sheet is None:
            self.doc_label.setText(self.tr("No count open."))
            self.bin_label.setText("")
            fill(self.counted_table, [])
            self.uncounted_label.setText("")
            return
        text = self.tr("%1 · warehouse %2 · zone %3 · bins counted %4 of %5")
        self.doc_label.setText(
            text.replace("%1", sheet.number)
            .replace("%2", sheet.warehouse)
            .replace("%3", sheet.zone)
            .replace("%4", str(len(sheet.counted_bins)))
            .replace("%5", str(len(sheet.zone_bins)))
        )
        self.bin_label.setText(self.tr("Bin %1").replace("%1", self.bin) if self.bin else "")
        fill(self.counted_table, [[r.bin, r.sku, r.name, r.counted] for r in sheet.rows])
        if outcome is None:
            self.uncounted_label.setText("")
            return
        fill(
            self.variance_table,
            [
                [v.bin, v.sku, v.lot_reference, v.expected, v.counted, f"{v.difference:+d}"]
                for v in outcome.variances
            ],
            [SHORT_COLOUR if v.difference < 0 else OVER_COLOUR for v in outcome.variances],
        )
        uncounted = ", ".join(f"{b} ({n})" for b, n in outcome.uncounted_bins)
        signed = "、".join(f"{capacity_text(c)} {n}" for c, n in outcome.signatures.signed)
        lines = []
        if uncounted:
            lines.append(self.tr("Not counted, holding stock: %1").replace("%1", uncounted))
        if signed:
            lines.append(self.tr("Signed: %1").replace("%1", signed))
        if outcome.reason:
            lines.append(self.tr("Reason: %1").replace("%1", outcome.reason))
        self.uncounted_label.setText("\n".join(lines))
