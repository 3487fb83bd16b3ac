"""The open-carton list (R-STK-2): SKUs with more cartons open at once than
``[stock].open_cartons_per_style`` allows, with the bins and lots; a warning
to finish one before opening another, never a block."""

from __future__ import annotations

from app.devices.barcodes import CodeKind
from app.services.cartons import CartonWarning, open_cartons
from app.services.context import Actor
from ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from ui.widgets.stock_owner import StockOwner
from ui.widgets.stock_table import fill, make_table


class CartonsPanel(QWidget):
    signs = False

    def __init__(self, owner: StockOwner) -> None:
        super().__init__()
        self.owner = owner
        self.warnings: list[CartonWarning] = []
        self.note = QLabel()
        self.note.setObjectName("cartonsNote")
        self.note.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("cartonsRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.table = make_table("cartonsTable", 5)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Warehouse"),
                self.tr("SKU"),
                self.tr("Style"),
                self.tr("Name"),
                self.tr("Open cartons (bin, lot, units left)"),
            ]
        )
        self._show_note()

    def refresh(self) -> None:
        owner = self.owner
        allowed = owner.station.config.stock.open_cartons_per_style
        found = owner.local(lambda: open_cartons(owner.station.db, owner.actor, None, allowed))
        if found is None:
            return
        self.warnings = found
        fill(
            self.table,
            [
                [
                    w.warehouse,
                    w.sku,
                    w.style_no,
                    w.name,
                    "; ".join(f"{s.bin} {s.lot_reference} ({s.left})" for s in w.open_slots),
                ]
                for w in found
            ],
        )
        self._show_note()

    def _show_note(self) -> None:
        allowed = self.owner.station.config.stock.open_cartons_per_style
        if self.warnings:
            text = self.tr(
                "%1 SKU(s) have more than %2 carton(s) open: use up the open one before "
                "opening the next (R-STK-2)."
            )
        else:
            text = self.tr("No SKU has more than %2 carton(s) open.")
        self.note.setText(text.replace("%1", str(len(self.warnings))).replace("%2", str(allowed)))

    def on_code(self, kind: CodeKind, code: str) -> None:
        self.owner.result.show_error(self.tr("This list takes no scans: choose another tab."))

    def sign(self, signer: Actor, method: str) -> None:
        self.owner.result.show_error(self.tr("Nothing to sign here."))

    def open_document(self, number: str) -> None:
        """Document numbers open in their own tab."""

    def confirm(self) -> None:
        self.refresh()

    def cancel(self) -> None:
        self.owner.result.clear_result()

    def undo(self) -> None:
        """Nothing to take back."""
