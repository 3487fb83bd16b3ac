"""Importing the shop ERP's order export from the Orders screen.

The clerk picks a file and a column-mapping profile and presses Import. The
import (seconds for a large file) runs on a worker thread that only calls
:func:`app.services.order_import.import_orders` and emits what it reports;
the dialog shows the progress, then every bad row (nothing was imported) or
the summary, with orders changed upstream after batching in red.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.db.engine import Database
from app.errors import DomainError
from app.imports.mapping import list_profiles
from app.imports.rows import RowError
from app.services.context import Actor
from app.services.order_import import ImportRejected, ImportResult, import_orders
from app.station import Station
from ui.errors import error_text
from ui.labels import status_label
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QComboBox,
    QDialog,
    QEvent,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    Slot,
)
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

PHASES = ("read", "check", "write")
FLAGGED_STYLE = "color: #c00000; font-weight: bold;"
FAILED_STYLE = "color: #c00000;"


class ImportThread(WorkerThread):
    """One import off the GUI thread; its last act is to emit the outcome."""

    progressed = Signal(str, int, int)  # phase, done, total
    finished_ok = Signal(object)  # ImportResult
    failed = Signal(object)  # the DomainError, or any other exception (our bug)

    def __init__(
        self, db: Database, actor: Actor, path: Path, profile: str, config_dir: Path
    ) -> None:
        super().__init__("order-import")
        self.db, self.actor, self.path = db, actor, path
        self.profile, self.config_dir = profile, config_dir

    def run(self) -> None:
        try:
            result = import_orders(
                self.db, self.actor, self.path, self.profile, self.progressed.emit, self.config_dir
            )
        except DomainError as error:
            self.failed.emit(error)
        except Exception as error:  # our bug: logged, and the dialog never hangs
            log.exception("order import of %s failed", self.path)
            self.failed.emit(error)
        else:
            self.finished_ok.emit(result)


class ImportDialog(QDialog):
    """File, profile, Import; then progress, and every bad row or the summary."""

    imported = Signal(object)  # ImportResult: the orders table reloads

    def __init__(self, station: Station, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.station, self.actor = station, actor
        self._thread: ImportThread | None = None
        self.result_value: ImportResult | None = None
        self.errors: list[RowError] = []

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("importBrowse")
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("importProfile")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importStart")
        self.import_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("importClose")
        self.phase_label = QLabel()
        self.phase_label.setObjectName("importPhase")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setValue(0)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.flagged = QLabel()
        self.flagged.setObjectName("importFlagged")
        self.flagged.setWordWrap(True)
        self.flagged.setStyleSheet(FLAGGED_STYLE)
        self.flagged.hide()
        self.error_table = QTableWidget(0, 4)
        self.error_table.setObjectName("importErrors")
        self.error_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.error_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error_table.verticalHeader().hide()
        self.error_table.horizontalHeader().setStretchLastSection(True)
        self.error_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.error_table.hide()

        self.browse_button.clicked.connect(self.browse)
        self.import_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        self.form = QFormLayout()
        self.file_label, self.profile_label = QLabel(), QLabel()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.form.addRow(self.file_label, file_row)
        self.form.addRow(self.profile_label, self.profile_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.flagged)
        layout.addWidget(self.error_table, 1)
        self.resize(820, 560)
        self.load_profiles()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import orders"))
        self.file_label.setText(self.tr("Export file (CSV or XLSX)"))
        self.profile_label.setText(self.tr("Column mapping"))
        self.browse_button.setText(self.tr("Choose…"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        self.error_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )

    @property
    def config_dir(self) -> Path:
        return self.station.config.paths.config_dir

    @property
    def running(self) -> bool:
        return self._thread is not None

    def load_profiles(self) -> None:
        """The saved profiles (``<config>/import-profiles``), ``default`` first."""
        current = self.profile_box.currentText() or "default"
        self.profile_box.clear()
        self.profile_box.addItems(list_profiles(self.config_dir))
        self.profile_box.setCurrentIndex(max(0, self.profile_box.findText(current)))

    def set_path(self, path: Path | str) -> None:
        """The file to import (what the file dialog would fill in)."""
        self.path_edit.setText(str(path))

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the order export"),
            start,
            self.tr("Order exports (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if chosen:
            self.set_path(chosen)

    def start(self) -> bool:
        """Start the import on its worker thread; False if one runs or no file is given."""
        if self.running:
            return False
        text = self.path_edit.text().strip()
        path = Path(text)
        if not text or not path.is_file():
            self._clear()
            self.summary.setStyleSheet(FAILED_STYLE)
            self.summary.setText(self.tr("Choose an export file first: %1").replace("%1", text))
            return False
        self._clear()
        self.progress.setRange(0, 0)  # busy until the first report
        self._set_busy(True)
        self._thread = ImportThread(
            self.station.db, self.actor, path, self.profile_box.currentText(), self.config_dir
        )
        self._thread.progressed.connect(self._on_progress)
        self._thread.finished_ok.connect(self._on_finished)
        self._thread.failed.connect(self._on_failed)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Join a running import (it finishes or rolls back; it is never cut off). Safe twice."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            self._set_busy(False)

    def _clear(self) -> None:
        self.result_value, self.errors = None, []
        self.summary.setText("")
        self.summary.setStyleSheet("")
        self.flagged.hide()
        self.flagged.setText("")
        self.error_table.setRowCount(0)
        self.error_table.hide()
        self.phase_label.setText("")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.import_button, self.browse_button, self.path_edit, self.profile_box):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _done(self) -> bool:
        """The thread has emitted its outcome: join it. False if it was stopped meanwhile."""
        thread, self._thread = self._thread, None
        if thread is None:
            return False
        thread.wait()
        self._set_busy(False)
        return True

    def _phase_text(self, phase: str) -> str:
        texts = {
            "read": self.tr("Reading the file…"),
            "check": self.tr("Checking every row…"),
            "write": self.tr("Saving the orders…"),
        }
        return texts.get(phase, phase)

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if self._thread is None:
            return
        # One bar over the three phases: reading 10%, checking 45%, saving 45%.
        start, width = {"read": (0, 10), "check": (10, 45), "write": (55, 45)}.get(phase, (0, 100))
        self.progress.setRange(0, 100)
        self.progress.setValue(start + width * done // max(total, 1))
        self.phase_label.setText(self._phase_text(phase))

    @Slot(object)
    def _on_finished(self, result: ImportResult) -> None:
        if not self._done():
            return
        self.result_value = result
        self.progress.setValue(100)
        self.phase_label.setText(self.tr("Done."))
        text = self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 not taken (cancelled).")
        for n, value in enumerate((result.created, result.updated, result.unchanged), start=1):
            text = text.replace(f"%{n}", str(value))
        self.summary.setText(text.replace("%4", str(result.skipped)))
        if result.flagged:
            lines = [
                self.tr(
                    "%1 order(s) changed in the shop AFTER batching. Take them out of their batch:"
                ).replace("%1", str(len(result.flagged)))
            ]
            for flag in result.flagged:
                lines.append(
                    f"{flag.shop} {flag.order_no} ({status_label(flag.status)}): "
                    + self._flag_reason(flag.reason)
                )
            self.flagged.setText("\n".join(lines))
            self.flagged.show()
        self.imported.emit(result)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        if not self._done():
            return
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.phase_label.setText("")
        self.summary.setStyleSheet(FAILED_STYLE)
        if isinstance(error, ImportRejected):
            self.errors = list(error.params.get("errors", []))
            self._show_errors(self.errors)
            text = self.tr(
                "%1 problem(s) in the file. Nothing was imported: correct it and import it again."
            )
            self.summary.setText(text.replace("%1", str(len(self.errors))))
        elif isinstance(error, DomainError):
            self.summary.setText(self._failure_text(error))
        else:
            self.summary.setText(
                self.tr(
                    "The import failed unexpectedly; nothing was imported. Details: %1"
                ).replace("%1", str(error))
            )

    def _show_errors(self, errors: list[RowError]) -> None:
        self.error_table.setRowCount(len(errors))
        for r, error in enumerate(errors):
            values = [str(error.row), error.column, error.value, self.reason_text(error.code)]
            for c, value in enumerate(values):
                self.error_table.setItem(r, c, QTableWidgetItem(value))
        self.error_table.show()

    def reason_text(self, code: str) -> str:
        """A row error's code (:class:`app.imports.rows.RowError`) in the user's language."""
        texts = {
            "missing_column": self.tr("This column is missing from the file (check the mapping)"),
            "duplicate_column": self.tr("This column header appears twice"),
            "missing_field": self.tr("Empty, but required"),
            "unknown_sku": self.tr("No product with this SKU or barcode"),
            "bad_quantity": self.tr("Not a quantity (a whole number from 1)"),
            "bad_phone": self.tr("Not a phone number (mobile or landline)"),
            "bad_time": self.tr("Not a date and time"),
            "bad_price": self.tr("Not a price"),
            "unknown_courier": self.tr("Unknown courier, or more than one matches"),
            "duplicate_waybill": self.tr("This waybill number belongs to another order"),
            "duplicate_order": self.tr(
                "This order number appeared further up already: the file holds it twice"
            ),
            "order_field_conflict": self.tr("Differs from the first row of the same order"),
            "extra_cells": self.tr(
                "More cells than column headers (a comma inside a value without quotes?)"
            ),
            "truncated_file": self.tr("The file stops in the middle of this row (cut off)"),
        }
        return texts.get(code, code)

    def _flag_reason(self, reason: str) -> str:
        texts = {
            "cancelled_after_batching": self.tr("cancelled in the shop after batching"),
            "cancelled_while_held": self.tr("cancelled in the shop while held"),
            "changed_after_batching": self.tr("changed in the shop after batching"),
        }
        return texts.get(reason, reason)

    def _failure_text(self, error: DomainError) -> str:
        if error.code == "unreadable_file":
            reason = str(error.params.get("reason", ""))
            texts = {
                "encoding": self.tr("The file is neither UTF-8 nor GBK/GB18030 text."),
                "empty": self.tr("The file is empty."),
                "no_header": self.tr("The first row of the file holds no column headers."),
                "xlsx": self.tr("The file is not a readable XLSX workbook."),
                "type": self.tr("Choose a .csv or .xlsx file."),
            }
            text = texts.get(reason, self.tr("The file cannot be read."))
        elif error.code == "import_profile_invalid":
            text = self.tr("The column mapping %1 cannot be used (%2).")
            text = text.replace("%1", str(error.params.get("name", "")))
            text = text.replace("%2", str(error.params.get("reason", "")))
        elif error.code == "not_found" and "path" in error.params:
            text = self.tr("There is no column mapping %1.").replace(
                "%1", str(error.params.get("name", ""))
            )
        else:
            text = error_text(error)
        return text + " " + self.tr("Nothing was imported.")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self.running:
            return  # the import finishes or rolls back first; it is never cut off
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
