"""New products' measurement at the QC station (R-NEW-3): the new products
still to measure, late ones in red; scan one (or pick it and press Enter),
type the sizes one a line ("衣长: 68 cm"), Ctrl+Enter saves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.errors import DomainError
from app.services.context import Actor
from app.services.qc_measure import (
    MeasureDue,
    measurements_due,
    new_product,
    parse_measurements,
    record_measurements,
)
from app.station import Station
from ui.errors import error_text
from ui.qc_errors import qc_station_text
from ui.qt import (
    QAbstractItemView,
    QColor,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.result_panel import ResultPanel
from ui.widgets.type_size import enlarge

LATE_COLOUR = QColor("#c62828")


def qc_error(error: DomainError) -> str:
    """A refusal at the QC screen in words (QC's own first, then the program's)."""
    return qc_station_text(error.code, error.params) or error_text(error)


class QcMeasurePanel(QWidget):
    """The measurement form; the screen passes scans here while it is shown."""

    def __init__(
        self,
        station: Station,
        actor: Actor,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station, self.actor, self.clock = station, actor, clock
        self.zone = ZoneInfo(station.config.audit.timezone)
        self.rows: list[MeasureDue] = []
        self.chosen: MeasureDue | None = None  # the new product being measured
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("qcMeasureDue")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._picked)
        self.table.cellDoubleClicked.connect(self._picked)
        self.product_label = QLabel()
        self.product_label.setObjectName("qcMeasureProduct")
        enlarge(self.product_label, 1.4)
        self.edit = QPlainTextEdit()  # Chinese names: the input method stays on
        self.edit.setObjectName("qcMeasureEdit")
        self.save_button = QPushButton()
        self.save_button.setObjectName("qcMeasureSave")
        self.save_button.clicked.connect(self.save)
        self.result = ResultPanel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.product_label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result)
        save = QShortcut(QKeySequence("Ctrl+Return"), self.edit)
        save.setContext(Qt.ShortcutContext.WidgetShortcut)
        save.activated.connect(self.save)
        self.save_shortcut = save
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Colour / size"), self.tr("Due by"),
             self.tr("State")]
        )  # fmt: skip
        self.edit.setPlaceholderText(self.tr("One measurement a line, e.g.  罐高: 12 cm"))
        self.save_button.setText(self.tr("Save measurements (Ctrl+Enter)"))
        self._show_chosen()
        self._fill()

    def refresh(self) -> None:
        try:
            self.rows = measurements_due(
                self.station.db, self.actor, self.clock(), self.station.config.new_products,
                self.zone,
            )  # fmt: skip
        except DomainError as error:
            self.result.show_error(qc_error(error))
            return
        self._fill()

    def _due_day(self, row: MeasureDue) -> str:
        return (row.due_at - timedelta(seconds=1)).astimezone(self.zone).strftime("%Y-%m-%d")

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            state = self.tr("LATE") if row.late else self.tr("to measure")
            cells = (
                row.sku_code, row.name, " ".join(p for p in (row.colour, row.size) if p),
                self._due_day(row), state,
            )  # fmt: skip
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.late:
                    item.setForeground(LATE_COLOUR)
                self.table.setItem(i, j, item)

    def _picked(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.rows):
            self.choose(self.rows[row].sku_code)

    def choose(self, code: str) -> None:
        """A scanned or picked product: measure it next (a product that is not
        new is refused at once)."""
        try:
            self.chosen = new_product(
                self.station.db, self.actor, code, self.clock(), self.station.config.new_products,
                self.zone,
            )  # fmt: skip
        except DomainError as error:
            self.result.show_error(qc_error(error))
            return
        self.result.clear_result()
        self._show_chosen()
        self.edit.setPlainText("\n".join(f"{k}: {v}" for k, v in self.chosen.measurements.items()))
        self.edit.setFocus()

    def _show_chosen(self) -> None:
        chosen = self.chosen
        if chosen is None:
            self.product_label.setText(self.tr("Scan a new product, or pick it and press Enter"))
            return
        name = " ".join(p for p in (chosen.sku_code, chosen.name) if p)
        text = self.tr("Measure %1 (due by %2)").replace("%1", name)
        self.product_label.setText(text.replace("%2", self._due_day(chosen)))

    def save(self) -> None:
        if self.chosen is None:
            self.result.show_error(self.tr("Scan the new product first."))
            return
        try:
            measurements = parse_measurements(self.edit.toPlainText())
            saved = record_measurements(
                self.station.db, self.actor, self.chosen.sku_code, measurements, self.clock(),
                self.station.config.new_products, self.zone,
            )  # fmt: skip
        except DomainError as error:
            self.result.show_error(qc_error(error))
            return
        text = self.tr("Saved: %1, %2 measurements.")
        text = text.replace("%1", saved.sku_code).replace("%2", str(len(saved.measurements)))
        if saved.late:
            text += " " + self.tr("Late: it was due by %1.").replace("%1", self._due_day(saved))
        self.result.show_ok(text)
        self.edit.clear()
        self.chosen = None
        self._show_chosen()
        self.refresh()
