"""The damaged goods tab (R-STK-3): found in a bin (often in a count), the
goods go to the defective store (移仓单) or are scrapped (拨废单). Scan the
bin, then the items; type what is wrong; record; the people the document
needs sign (badge or PIN); the clerk posts."""

from __future__ import annotations

from app.devices.barcodes import CodeKind
from app.services.context import Actor
from app.services.damaged import (
    DamagedItem,
    DamageInfo,
    damage_info,
    open_damaged,
    post_damaged,
    record_damaged,
    sign_damaged,
)
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
from ui.widgets.stock_table import cell, fill, make_table
from ui.widgets.type_size import enlarge


class DamagePanel(QWidget):
    signs = True

    def __init__(self, owner: StockOwner) -> None:
        super().__init__()
        self.owner = owner
        self.items: list[DamagedItem] = []
        self.bin = ""
        self.current: DamageInfo | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("damageKind")
        self.reason_label, self.reference_label, self.qty_label = QLabel(), QLabel(), QLabel()
        self.reason_edit = QLineEdit()  # Chinese is typed here
        self.reason_edit.setObjectName("damageReason")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("damageReference")
        self.qty_spin = QSpinBox()
        self.qty_spin.setObjectName("damageQty")
        self.qty_spin.setRange(1, 100_000)
        self.record_button = QPushButton()
        self.record_button.setObjectName("damageRecord")
        self.record_button.clicked.connect(self.record)
        self.items_table = make_table("damageItems", 3)
        self.open_label = QLabel()
        self.open_table = make_table("damageOpen", 4, select_rows=True)
        self.open_table.cellClicked.connect(
            lambda row, _col: self.open_document(cell(self.open_table, row, 0))
        )
        self.doc_label = QLabel()
        self.doc_label.setObjectName("damageDocument")
        self.doc_label.setWordWrap(True)
        enlarge(self.doc_label, 1.2)
        self.lines_table = make_table("damageLines", 5)
        self.post_button = QPushButton()
        self.post_button.setObjectName("damagePost")
        self.post_button.clicked.connect(self.post)

        form = QHBoxLayout()
        form.addWidget(self.kind_combo)
        form.addWidget(self.reason_label)
        form.addWidget(self.reason_edit, 2)
        form.addWidget(self.reference_label)
        form.addWidget(self.reference_edit, 1)
        form.addWidget(self.qty_label)
        form.addWidget(self.qty_spin)
        form.addWidget(self.record_button)
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
        current = self.kind_combo.currentIndex()
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("To the defective store (移仓单)"), "defect_move")
        self.kind_combo.addItem(self.tr("Scrap (拨废单)"), "scrap")
        self.kind_combo.setCurrentIndex(max(current, 0))
        self.reason_label.setText(self.tr("What is wrong"))
        self.reference_label.setText(self.tr("Found in count"))
        self.reference_edit.setPlaceholderText(self.tr("PD… (optional)"))
        self.qty_label.setText(self.tr("Units per scan"))
        self.record_button.setText(self.tr("Record"))
        self.post_button.setText(self.tr("Post (clerk)"))
        self.open_label.setText(self.tr("Open documents (click or scan the number)"))
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Bin"), self.tr("SKU or barcode"), self.tr("Qty")]
        )
        self.open_table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Kind"), self.tr("Units"), self.tr("Next")]
        )
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Bin"), self.tr("SKU"), self.tr("Lot"), self.tr("Qty"), self.tr("To")]
        )
        self._show()

    def kind_text(self, kind: str) -> str:
        return self.tr("defective store") if kind == "defect_move" else self.tr("scrap")

    def next_text(self, info: DamageInfo) -> str:
        if info.state != "draft":
            return self.tr("posted")
        if info.signatures.missing:
            return self.tr("%1 signs").replace("%1", capacity_text(info.signatures.missing[0]))
        return self.tr("the clerk posts")

    def refresh(self) -> None:
        owner = self.owner
        found = owner.local(lambda: open_damaged(owner.station.db, owner.actor))
        if found is not None:
            fill(
                self.open_table,
                [[d.number, self.kind_text(d.kind), d.units, self.next_text(d)] for d in found],
            )
        self._show()

    def open_document(self, number: str) -> None:
        owner = self.owner
        info = owner.local(lambda: damage_info(owner.station.db, owner.actor, number))
        if info is not None:
            self.current, self.items, self.bin = info, [], ""
            self._show()
            owner.result.show_ok(self._instruction(info))

    # --- recording -----------------------------------------------------

    def on_code(self, kind: CodeKind, code: str) -> None:
        if kind is CodeKind.BIN:
            self.bin, self.current = code, None
            self.owner.result.show_ok(
                self.tr("Bin %1: scan the damaged items.").replace("%1", code)
            )
            self._show()
            return
        if not self.bin:
            self.owner.result.show_error(self.tr("Scan the bin first, then the damaged items."))
            return
        self.current = None
        quantity = self.qty_spin.value()
        self.items.append(DamagedItem(self.bin, code, quantity))
        self.qty_spin.setValue(1)
        self._show()
        self.owner.result.show_ok(
            self.tr("%1 × %2 from %3. Type what is wrong, then Record (Enter).")
            .replace("%1", code)
            .replace("%2", str(quantity))
            .replace("%3", self.bin)
        )

    def record(self) -> None:
        owner = self.owner
        if not self.items:
            owner.result.show_error(self.tr("Scan the bin first, then the damaged items."))
            return
        kind = str(self.kind_combo.currentData())
        items, reason = list(self.items), self.reason_edit.text()
        reference = self.reference_edit.text()
        info = owner.local(
            lambda: record_damaged(
                owner.station.db,
                owner.actor,
                kind,
                items,
                reason,
                owner.now(),
                reference=reference,
                day=owner.day(),
            )
        )
        if info is not None:
            self.items, self.current = [], info
            self.reason_edit.clear()
            self.refresh()
            owner.result.show_ok(self._instruction(info))

    # --- signing and posting -------------------------------------------

    def sign(self, signer: Actor, method: str) -> None:
        owner, current = self.owner, self.current
        if current is None or current.state != "draft" or not current.signatures.missing:
            owner.result.show_error(self.tr("Record the damaged goods first, then sign."))
            return
        capacity = current.signatures.missing[0]
        info = owner.local(
            lambda: sign_damaged(
                owner.station.db, owner.actor, current.number, capacity, signer, method
            )
        )
        if info is not None:
            self.current = info
            self.refresh()
            owner.result.show_ok(self._instruction(info))

    def post(self) -> None:
        owner, current = self.owner, self.current
        if current is None:
            return
        info = owner.local(
            lambda: post_damaged(owner.station.db, owner.actor, current.number, owner.now())
        )
        if info is not None:
            self.current = info
            self.refresh()
            owner.result.show_ok(self._instruction(info))

    def confirm(self) -> None:
        if self.items:
            self.record()
        elif self.current is not None and self.current.signatures.complete:
            self.post()

    def cancel(self) -> None:
        self.items, self.bin, self.current = [], "", None
        self.owner.result.clear_result()
        self._show()

    def undo(self) -> None:
        if self.items:
            self.items.pop()
            self._show()

    # --- showing -------------------------------------------------------

    def _instruction(self, info: DamageInfo) -> str:
        if info.state != "draft":
            text = self.tr("%1 posted: %2 units to the %3.")
            return (
                text.replace("%1", info.number)
                .replace("%2", str(info.units))
                .replace("%3", self.kind_text(info.kind))
            )
        if info.signatures.missing:
            return (
                self.tr("%1: %2 units to the %3. Next: %4 signs (badge or PIN).")
                .replace("%1", info.number)
                .replace("%2", str(info.units))
                .replace("%3", self.kind_text(info.kind))
                .replace("%4", capacity_text(info.signatures.missing[0]))
            )
        return self.tr("%1: signed. The clerk posts it (Enter).").replace("%1", info.number)

    def _show(self) -> None:
        fill(self.items_table, [[i.bin, i.code, i.quantity] for i in self.items])
        current = self.current
        self.post_button.setEnabled(
            current is not None and current.state == "draft" and current.signatures.complete
        )
        if current is None:
            self.doc_label.setText(
                self.tr("Bin %1").replace("%1", self.bin) if self.bin else self.tr("Scan a bin.")
            )
            fill(self.lines_table, [])
            return
        signed = "、".join(f"{capacity_text(c)} {n}" for c, n in current.signatures.signed)
        text = " · ".join(
            (current.number, self.kind_text(current.kind), current.reason, self.next_text(current))
        )
        if signed:
            text += "\n" + self.tr("Signed: %1").replace("%1", signed)
        self.doc_label.setText(text)
        fill(
            self.lines_table,
            [[ln.bin, ln.sku, ln.lot_reference, ln.quantity, ln.to_bin] for ln in current.lines],
        )
