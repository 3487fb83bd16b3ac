"""The transfer tab (调拨单, R-STK-4): A's keeper scans the items A needs and
raises the transfer; B's keeper takes the goods from the bins listed and, at
the hand-over, signs as sender; A's keeper scans the bin the goods go to and
signs as receiver; the clerk posts. Every step runs on the shared server."""

from __future__ import annotations

from app.devices.barcodes import CodeKind
from app.services.context import Actor
from app.services.stock_ops import warehouse_zones
from app.services.transfers import (
    TransferInfo,
    TransferItem,
    open_transfers,
    post_transfer,
    raise_transfer,
    sign_transfer,
    transfer_info,
)
from ui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.stock_errors import capacity_text
from ui.widgets.stock_owner import StockOwner
from ui.widgets.stock_table import cell, fill, make_table
from ui.widgets.type_size import enlarge

NEXT_COLOUR = "#fff59d"


class TransferPanel(QWidget):
    signs = True

    def __init__(self, owner: StockOwner) -> None:
        super().__init__()
        self.owner = owner
        self.items: list[TransferItem] = []  # the transfer being composed
        self.from_bin = ""  # a source bin scanned for the next items (optional)
        self.current: TransferInfo | None = None
        self.to_bin = ""  # the receiver's bin

        self.from_label, self.to_label, self.qty_label = QLabel(), QLabel(), QLabel()
        self.from_combo = QComboBox()
        self.from_combo.setObjectName("transferFrom")
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("transferTo")
        self.qty_spin = QSpinBox()
        self.qty_spin.setObjectName("transferQty")
        self.qty_spin.setRange(1, 100_000)
        self.raise_button = QPushButton()
        self.raise_button.setObjectName("transferRaise")
        self.raise_button.clicked.connect(self.raise_it)
        self.items_table = make_table("transferItems", 3)
        self.open_label = QLabel()
        self.open_table = make_table("transferOpen", 5, select_rows=True)
        self.open_table.cellClicked.connect(
            lambda row, _col: self.open_document(cell(self.open_table, row, 0))
        )
        self.doc_label = QLabel()
        self.doc_label.setObjectName("transferDocument")
        self.doc_label.setWordWrap(True)
        enlarge(self.doc_label, 1.3)
        self.lines_table = make_table("transferLines", 7)
        self.post_button = QPushButton()
        self.post_button.setObjectName("transferPost")
        self.post_button.clicked.connect(self.post)

        form = QGridLayout()
        form.addWidget(self.from_label, 0, 0)
        form.addWidget(self.from_combo, 0, 1)
        form.addWidget(self.to_label, 0, 2)
        form.addWidget(self.to_combo, 0, 3)
        form.addWidget(self.qty_label, 0, 4)
        form.addWidget(self.qty_spin, 0, 5)
        form.addWidget(self.raise_button, 0, 6)
        bottom = QHBoxLayout()
        bottom.addWidget(self.doc_label, 1)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.items_table, 1)
        layout.addWidget(self.open_label)
        layout.addWidget(self.open_table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.lines_table, 2)

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From warehouse"))
        self.to_label.setText(self.tr("To warehouse"))
        self.qty_label.setText(self.tr("Units per scan"))
        self.raise_button.setText(self.tr("Raise transfer"))
        self.post_button.setText(self.tr("Post (clerk)"))
        self.open_label.setText(self.tr("Open transfers (click or scan the number)"))
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("SKU or barcode"), self.tr("Qty"), self.tr("From bin")]
        )
        self.open_table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("From"), self.tr("To"), self.tr("Units"), self.tr("Next")]
        )
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Qty"),
                self.tr("From bin"),
                self.tr("Lot"),
                self.tr("To bin"),
            ]
        )
        self._show()

    # --- reading -------------------------------------------------------

    def refresh(self) -> None:
        """The warehouses and the open transfers, from this station's replica."""
        stores = self.owner.local(lambda: warehouse_zones(self.owner.station.db, self.owner.actor))
        if stores is not None and self.from_combo.count() != len(stores):
            codes = [w.code for w in stores]
            self.from_combo.clear()
            self.to_combo.clear()
            self.from_combo.addItems(codes)
            self.to_combo.addItems(codes)
            # R-STK-4: A raises, B sends: from B to A unless chosen otherwise.
            if "B" in codes and "A" in codes:
                self.from_combo.setCurrentText("B")
                self.to_combo.setCurrentText("A")
        found = self.owner.local(lambda: open_transfers(self.owner.station.db, self.owner.actor))
        if found is not None:
            fill(
                self.open_table,
                [
                    [t.number, t.from_warehouse, t.to_warehouse, t.units, self.step_text(t)]
                    for t in found
                ],
            )
        self._show()

    def step_text(self, info: TransferInfo) -> str:
        step = info.next_step
        if step in ("sender", "receiver"):
            return self.tr("%1 signs").replace("%1", capacity_text(step))
        if step == "post":
            return self.tr("the clerk posts")
        return self.tr("posted")

    def open_document(self, number: str) -> None:
        if not number:
            return
        station, actor = self.owner.station, self.owner.actor
        self.owner.shared(lambda: transfer_info(station.shared_db, actor, number), self._opened)

    def _opened(self, info: TransferInfo) -> None:
        self.current, self.to_bin = info, ""
        self.items, self.from_bin = [], ""
        self._show()
        self.owner.result.show_ok(self._instruction(info))

    # --- composing a new transfer --------------------------------------

    def on_code(self, kind: CodeKind, code: str) -> None:
        current = self.current
        if kind is CodeKind.BIN:
            if current is not None and current.next_step == "receiver":
                self.to_bin = code
                self.owner.result.show_ok(
                    self.tr(
                        "The goods go to %1. Receiver: scan your badge or sign with PIN."
                    ).replace("%1", code)
                )
            elif current is None:
                self.from_bin = code
                self.owner.result.show_ok(
                    self.tr("Items scanned now come from bin %1.").replace("%1", code)
                )
            else:
                self.owner.result.show_error(self._instruction(current))
            self._show()
            return
        if current is not None and current.state == "draft":
            self.owner.result.show_error(
                self.tr(
                    "Transfer %1 is open: finish it, or Esc to put it away, then scan items."
                ).replace("%1", current.number)
            )
            return
        self.current = None
        quantity = self.qty_spin.value()
        self.items.append(TransferItem(code, quantity, self.from_bin))
        self.qty_spin.setValue(1)
        self._show()
        self.owner.result.show_ok(
            self.tr("%1 × %2 on the new transfer. Enter raises it.")
            .replace("%1", code)
            .replace("%2", str(quantity))
        )

    def raise_it(self) -> None:
        if not self.items:
            self.owner.result.show_error(self.tr("Scan the items the warehouse needs first."))
            return
        station, actor, items = self.owner.station, self.owner.actor, list(self.items)
        source, target = self.from_combo.currentText(), self.to_combo.currentText()
        now, day = self.owner.now(), self.owner.day()
        allowed = station.config.stock.open_cartons_per_style

        def work() -> TransferInfo:
            return raise_transfer(
                station.shared_db,
                actor,
                source,
                target,
                items,
                now,
                day=day,
                open_cartons_allowed=allowed,
            )

        self.owner.shared(work, self._raised)

    def _raised(self, info: TransferInfo) -> None:
        self.items, self.from_bin = [], ""
        self.current = info
        self.refresh()
        text = self.tr("Transfer %1 raised: %2 units from %3 to %4. Next: %5.")
        text = (
            text.replace("%1", info.number)
            .replace("%2", str(info.units))
            .replace("%3", info.from_warehouse)
            .replace("%4", info.to_warehouse)
            .replace("%5", self.step_text(info))
        )
        for warning in info.warnings:  # R-STK-2: told, not refused
            text += "\n" + self.tr(
                "Warning: this opens another carton of %1 while one is open at %2."
            ).replace("%1", warning.sku).replace("%2", ", ".join(s.bin for s in warning.open_slots))
        self.owner.result.show_ok(text)

    # --- the hand-over and posting ---------------------------------------

    def sign(self, signer: Actor, method: str) -> None:
        current = self.current
        if current is None or current.next_step not in ("sender", "receiver"):
            self.owner.result.show_error(
                self.tr("Open a transfer waiting for a signature first (scan its number).")
            )
            return
        station, actor, to_bin = self.owner.station, self.owner.actor, self.to_bin
        capacity = current.next_step

        def work() -> TransferInfo:
            return sign_transfer(
                station.shared_db, actor, current.number, capacity, signer, method, to_bin=to_bin
            )

        self.owner.shared(work, self._signed)

    def _signed(self, info: TransferInfo) -> None:
        self.current = info
        self.refresh()
        self.owner.result.show_ok(self._instruction(info))

    def post(self) -> None:
        current = self.current
        if current is None or current.next_step != "post":
            self.owner.result.show_error(self.tr("Both keepers sign before the clerk posts."))
            return
        station, actor, now = self.owner.station, self.owner.actor, self.owner.now()
        self.owner.shared(
            lambda: post_transfer(station.shared_db, actor, current.number, now), self._posted
        )

    def _posted(self, info: TransferInfo) -> None:
        self.current = info
        self.refresh()
        self.owner.result.show_ok(
            self.tr("Transfer %1 posted: %2 units moved from %3 to %4.")
            .replace("%1", info.number)
            .replace("%2", str(info.units))
            .replace("%3", info.from_warehouse)
            .replace("%4", info.to_warehouse)
        )

    def confirm(self) -> None:
        if self.items:
            self.raise_it()
        elif self.current is not None and self.current.next_step == "post":
            self.post()

    def cancel(self) -> None:
        self.items, self.from_bin, self.current, self.to_bin = [], "", None, ""
        self._show()
        self.owner.result.clear_result()

    def undo(self) -> None:
        if self.items:
            self.items.pop()
            self._show()

    # --- showing -------------------------------------------------------

    def _instruction(self, info: TransferInfo) -> str:
        step = info.next_step
        if step == "sender":
            text = self.tr(
                "%1: %2 takes the goods from the bins listed and, at the hand-over, "
                "signs as sender (badge or PIN)."
            )
            return text.replace("%1", info.number).replace("%2", capacity_text("sender"))
        if step == "receiver":
            text = self.tr(
                "%1: the receiver scans the bin the goods go to, then signs (badge or PIN)."
            )
            return text.replace("%1", info.number)
        if step == "post":
            return self.tr("%1: both signed. The clerk posts it (Enter).").replace(
                "%1", info.number
            )
        return self.tr("%1 is posted.").replace("%1", info.number)

    def _show(self) -> None:
        fill(self.items_table, [[i.code, i.quantity, i.bin] for i in self.items])
        current = self.current
        self.post_button.setEnabled(current is not None and current.next_step == "post")
        if current is None:
            self.doc_label.setText(self.tr("No transfer open."))
            fill(self.lines_table, [])
            return
        signed = "、".join(f"{capacity_text(c)} {name}" for c, name in current.signatures.signed)
        text = self.tr("%1 · %2 → %3 · raised by %4 · %5").replace("%1", current.number)
        text = (
            text.replace("%2", current.from_warehouse)
            .replace("%3", current.to_warehouse)
            .replace("%4", current.raised_by)
            .replace("%5", self.step_text(current))
        )
        if signed:
            text += "\n" + self.tr("Signed: %1").replace("%1", signed)
        if self.to_bin:
            text += "\n" + self.tr("Goods go to %1").replace("%1", self.to_bin)
        self.doc_label.setText(text)
        fill(
            self.lines_table,
            [
                [ln.line_no, ln.sku, ln.name, ln.quantity, ln.from_bin, ln.lot_reference, ln.to_bin]
                for ln in current.lines
            ],
            [NEXT_COLOUR if current.next_step == "sender" else "" for _ in current.lines],
        )
