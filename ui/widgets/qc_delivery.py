"""One delivery at the QC station: its number, supplier and note, a row per
colour and size (delivered, rounds drawn/passed, what is next), and its
transfer slips for the defective units (R-QC-1..5)."""

from __future__ import annotations

from collections.abc import Callable

from app.services.qc import DeliveryQc
from ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.qc_texts import slip_text, status_text
from ui.widgets.type_size import enlarge


class QcDeliveryView(QWidget):
    """Shows a :class:`DeliveryQc`; Enter or a double click on a row picks that item."""

    def __init__(self, picked: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picked = picked
        self.delivery: DeliveryQc | None = None
        self.header = QLabel()
        self.header.setObjectName("qcHeader")
        enlarge(self.header, 1.4)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("qcSkus")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._picked)
        self.table.cellDoubleClicked.connect(self._picked)
        self.slip_label = QLabel()
        self.slip_label.setObjectName("qcSlip")
        self.slip_label.setWordWrap(True)
        enlarge(self.slip_label, 1.2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.slip_label)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Colour"), self.tr("Size"), self.tr("Delivered"),
             self.tr("Rounds (drawn/passed)"), self.tr("Next")]
        )  # fmt: skip
        self.show_delivery(self.delivery)

    def show_delivery(self, delivery: DeliveryQc | None, product_id: str | None = None) -> None:
        self.delivery = delivery
        if delivery is None:
            self.header.setText(self.tr("Scan an inbound order number, or pick one"))
            self.table.setRowCount(0)
            self.slip_label.setText("")
            return
        self.header.setText(
            " · ".join(p for p in (delivery.number, delivery.partner, delivery.reference) if p)
        )
        self.table.setRowCount(len(delivery.skus))
        for i, sku in enumerate(delivery.skus):
            rounds = ", ".join(f"{r.drawn}/{r.passed}" for r in sku.rounds)
            cells = (sku.sku_code, sku.colour, sku.size, str(sku.delivered), rounds,
                     status_text(sku))  # fmt: skip
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
            if sku.product_id == product_id:
                self.table.selectRow(i)
        self.slip_label.setText("\n".join(slip_text(s) for s in delivery.slips))

    def _picked(self, row: int, _column: int = 0) -> None:
        if self.delivery is not None and 0 <= row < len(self.delivery.skus):
            self.picked(self.delivery.skus[row].sku_code)
