"""Pre-packed best-sellers (R-BAT-5): the SKUs that ship without packing,
marked and unmarked by scan or by typing. Reports in the screen's result panel."""

from __future__ import annotations

from collections.abc import Sequence

from app.errors import DomainError
from app.services.context import Actor
from app.services.prepacked import PrepackedProduct, list_prepacked, set_prepacked
from app.station import Station
from ui.errors import error_text
from ui.qt import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget
from ui.widgets.result_panel import ResultPanel


class PrepackedPanel(QWidget):
    """The pre-packed SKUs listed, and a SKU field that marks or unmarks one."""

    def __init__(
        self, station: Station, actor: Actor, result: ResultPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.station, self.actor, self.result = station, actor, result
        self.products: list[PrepackedProduct] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("prepackedSku")
        self.mark_button = QPushButton()
        self.mark_button.setObjectName("markPrepacked")
        self.unmark_button = QPushButton()
        self.unmark_button.setObjectName("unmarkPrepacked")
        self.list = QListWidget()
        self.list.setObjectName("prepackedList")
        sku_row = QHBoxLayout()
        sku_row.addWidget(self.sku_edit, 1)
        sku_row.addWidget(self.mark_button)
        sku_row.addWidget(self.unmark_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(sku_row)
        layout.addWidget(self.list, 1)
        # Bound methods, not lambdas: a lambda holding self would keep the panel
        # (and its screen) alive after the workspace is deleted.
        self.sku_edit.returnPressed.connect(self.mark)
        self.mark_button.clicked.connect(self.mark)
        self.unmark_button.clicked.connect(self.unmark)

    def retranslate(self) -> None:
        self.label.setText(
            self.tr(
                "Pre-packed best-sellers (R-BAT-5) ship without packing: one unit of such a "
                "SKU goes into a pre-packed batch and straight to weighing. Scan or type a "
                "SKU or barcode: Enter marks it."
            )
        )
        self.sku_edit.setPlaceholderText(self.tr("SKU or barcode"))
        self.mark_button.setText(self.tr("Mark pre-packed"))
        self.unmark_button.setText(self.tr("Unmark"))

    def show_products(self, products: Sequence[PrepackedProduct]) -> None:
        self.products = list(products)
        self.list.clear()
        for product in self.products:
            self.list.addItem(f"{product.sku_code}  {product.name}")

    def mark(self) -> None:
        self.mark_prepacked(True)

    def unmark(self) -> None:
        self.mark_prepacked(False)

    def mark_code(self, code: str) -> None:
        """A scanned SKU or barcode: mark it pre-packed."""
        self.sku_edit.setText(code)
        self.mark_prepacked(True)

    def mark_prepacked(self, on: bool) -> None:
        """Mark (or unmark) the SKU typed or scanned as pre-packed."""
        code = self.sku_edit.text().strip()
        if not code:
            self.result.show_error(self.tr("Scan or type a SKU first."))
            self.sku_edit.setFocus()
            return
        try:
            product = set_prepacked(self.station.db, self.actor, code, on)
            products = list_prepacked(self.station.db, self.actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.show_products(products)
        text = self.tr("%1 %2 is pre-packed: it skips packing.")
        if not on:
            text = self.tr("%1 %2 is no longer pre-packed.")
        self.result.show_ok(text.replace("%1", product.sku_code).replace("%2", product.name))
        self.sku_edit.clear()
        self.sku_edit.setFocus()
