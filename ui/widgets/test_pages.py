"""The station's printers, each with a test page: a sample e-waybill in the
printer's own language and dpi, so a wrong DPI or a missing font shows up on
paper before the first real parcel does."""

from __future__ import annotations

from pathlib import Path

from app.config import Config
from app.db.engine import Database
from app.errors import DomainError
from app.labels import data as label_data
from app.labels import samples
from app.labels.output import CONTENT_TYPES, render
from app.labels.templates import load_template
from app.services.context import Actor
from app.services.print_queue import JobInfo
from app.services.printers import PrinterInfo, list_printers
from app.services.printing import enqueue
from ui.errors import error_text
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.widgets.station_panel import StationPanel


def test_page_job(db: Database, actor: Actor, config: Config, printer: PrinterInfo) -> JobInfo:
    """Queue the sample e-waybill on ``printer``. Its document_ref is empty, so
    a test page is never refused as "already printed"."""
    template_name = config.labels.ewaybill
    folders = [Path(config.labels.folder)] if config.labels.folder else []
    template = load_template(template_name, folders=folders)
    pages = template.render(label_data.ewaybill_data(samples.sample_order()))
    payload = render(pages, printer.language, printer.dpi, config.labels.font)
    return enqueue(
        db,
        actor,
        "ewaybill",
        template_name,
        "",
        payload,
        CONTENT_TYPES[printer.language],
        1,
        printer.id,
    )


class TestPages(StationPanel):
    """A table of the station's printers and a test-page button."""

    __test__ = False  # not a pytest class, whatever its name says

    def build(self) -> None:
        self.printers: list[PrinterInfo] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("printersTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testPage")
        self.test_button.clicked.connect(self.print_test_page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Printer"),
                self.tr("Connection"),
                self.tr("Address"),
                self.tr("Language"),
                self.tr("State"),
            ]
        )
        self.test_button.setText(self.tr("Print test page on the selected printer"))
        self._fill()

    def refresh(self) -> None:
        station_id = self.actor.station_id
        self.printers = list_printers(self.db, station_id) if station_id else []
        self._fill()
        if self.printers and not self.table.selectedItems():
            self.table.selectRow(0)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.printers))
        for row, printer in enumerate(self.printers):
            values = [
                printer.name,
                printer.kind,
                printer.address,
                f"{printer.language.upper()} {printer.dpi} dpi",
                self.tr("on") if printer.active else self.tr("switched off"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected(self) -> PrinterInfo | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.printers[rows.pop()] if len(rows) == 1 else None

    def print_test_page(self) -> None:
        printer = self.selected()
        if printer is None:
            self.result.show_error(self.tr("Select a printer first."))
            return
        try:
            job = test_page_job(self.db, self.actor, self.config, printer)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        except ValueError as error:  # a template that does not fit (TemplateError too)
            self.result.show_error(
                self.tr("The test page cannot be drawn: %1").replace("%1", str(error))
            )
            return
        if self.devices is not None:
            self.devices.printing.wake()
        self.result.show_ok(self.tr("Test page queued on %1").replace("%1", job.printer_name))
