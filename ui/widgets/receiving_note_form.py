"""The supplier's delivery note typed in (R-REC-3): supplier, the note's
number, then its lines, each a SKU (typed, or scanned: the screen hands the
scan over) and a quantity. Ctrl+S makes the inbound order; Ctrl+O imports the
supplier's file instead; Esc (the screen's) leaves; Del removes the chosen line."""

from __future__ import annotations

from app.services.receiving_note import NoteLine
from ui.qt import (
    QAbstractItemView,
    QColor,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.scanner import prepare_scan_field
from ui.widgets.type_size import enlarge

BAD_COLOUR = "#ffcdd2"
MAX_QTY = 1_000_000


class NoteForm(QWidget):
    create_requested = Signal()
    import_requested = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivingNoteForm")
        self.title = QLabel()
        enlarge(self.title, 1.3)
        self.supplier_label, self.reference_label = QLabel(), QLabel()
        self.supplier_edit = QLineEdit()  # Chinese is typed here: the input method stays on
        self.supplier_edit.setObjectName("receivingSupplier")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName("receivingReference")
        prepare_scan_field(self.reference_edit)  # the note's number may be scanned
        self.sku_label, self.qty_label = QLabel(), QLabel()
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("receivingNoteSku")
        prepare_scan_field(self.sku_edit)
        self.qty_spin = QSpinBox()
        self.qty_spin.setObjectName("receivingNoteQty")
        self.qty_spin.setRange(1, MAX_QTY)
        self.add_button = QPushButton()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("receivingNoteLines")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.create_button, self.import_button, self.cancel_button = (
            QPushButton(), QPushButton(), QPushButton()
        )  # fmt: skip
        self.create_button.setObjectName("receivingCreate")
        for widget in (self.supplier_edit, self.reference_edit, self.sku_edit, self.qty_spin):
            enlarge(widget, 1.2)

        form = QFormLayout()
        form.addRow(self.supplier_label, self.supplier_edit)
        form.addRow(self.reference_label, self.reference_edit)
        entry = QHBoxLayout()
        entry.addWidget(self.sku_label)
        entry.addWidget(self.sku_edit, 2)
        entry.addWidget(self.qty_label)
        entry.addWidget(self.qty_spin)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.import_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.sku_edit.returnPressed.connect(self._entered)
        self.add_button.clicked.connect(self._entered)
        self.create_button.clicked.connect(self.create_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.cancel_button.clicked.connect(self.cancelled)
        self.shortcuts: list[QShortcut] = []
        # Ctrl+O and Esc belong to the screen (a shortcut twice is ambiguous: neither fires).
        for key, signal in (("Ctrl+S", self.create_requested), ("Del", None)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(signal if signal is not None else self.remove_current)
            self.shortcuts.append(shortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("New delivery note (送货单)"))
        self.supplier_label.setText(self.tr("Supplier"))
        self.reference_label.setText(self.tr("Note number"))
        self.sku_label.setText(self.tr("SKU or barcode"))
        self.qty_label.setText(self.tr("Quantity"))
        self.add_button.setText(self.tr("Add line (Enter)"))
        self.create_button.setText(self.tr("Make the inbound order (Ctrl+S)"))
        self.import_button.setText(self.tr("Import the supplier's file (Ctrl+O)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.table.setHorizontalHeaderLabels([self.tr("SKU or barcode"), self.tr("Quantity")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self) -> None:
        """A fresh, empty note; the cursor in the supplier field."""
        self.supplier_edit.clear()
        self.reference_edit.clear()
        self.sku_edit.clear()
        self.qty_spin.setValue(1)
        self.table.setRowCount(0)
        self.supplier_edit.setFocus()

    def _entered(self) -> None:
        code = self.sku_edit.text().strip()
        if code:
            self.add_line(code, self.qty_spin.value())
        self.sku_edit.clear()
        self.sku_edit.setFocus()

    def add_line(self, code: str, quantity: int) -> None:
        """A line of the note (a scan lands here too); the quantity resets to 1."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        qty = QTableWidgetItem(str(quantity))
        qty.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, 1, qty)
        self.table.scrollToBottom()
        self.qty_spin.setValue(1)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.hasFocus():
            self.table.removeRow(row)

    def lines(self) -> list[NoteLine]:
        return [
            NoteLine(self.table.item(r, 0).text(), int(self.table.item(r, 1).text()), r + 1)
            for r in range(self.table.rowCount())
        ]

    def mark_rows(self, rows: set[int]) -> None:
        """Lines a refusal named (1-based) in red, the others plain."""
        for r in range(self.table.rowCount()):
            for c in range(2):
                item = self.table.item(r, c)
                item.setBackground(QColor(BAD_COLOUR) if r + 1 in rows else QColor(0, 0, 0, 0))

    @property
    def supplier(self) -> str:
        return self.supplier_edit.text().strip()

    @property
    def reference(self) -> str:
        return self.reference_edit.text().strip()
