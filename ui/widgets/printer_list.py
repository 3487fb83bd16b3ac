"""The station's printers in a table: the test-page list (ui.widgets.test_pages)
with each connection named and the label kinds each printer is the default for."""

from __future__ import annotations

from app.services.labels import LABEL_KINDS
from app.services.printers import default_printer
from ui.labels import label_kind_label
from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QHeaderView, QTableWidgetItem
from ui.widgets.test_pages import TestPages

KIND_NAMES = {
    "folder": QT_TRANSLATE_NOOP("PrinterKind", "Folder (files)"),
    "tcp": QT_TRANSLATE_NOOP("PrinterKind", "Network (TCP 9100)"),
    "serial": QT_TRANSLATE_NOOP("PrinterKind", "Serial / USB port"),
    "cups": QT_TRANSLATE_NOOP("PrinterKind", "CUPS queue"),
    "system": QT_TRANSLATE_NOOP("PrinterKind", "System printer (driver)"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("PrinterKind", str(KIND_NAMES.get(kind, kind)))


class PrinterList(TestPages):
    """The test-page table, with connections named and the label kinds each
    printer is the default for."""

    def build(self) -> None:
        self.defaults: dict[str, str] = {}  # label kind -> printer id
        super().build()
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the address
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 160)  # the combos below show the defaults whole

    def retranslate(self) -> None:
        self.table.setColumnCount(6)
        super().retranslate()
        self.table.setHorizontalHeaderItem(5, QTableWidgetItem(self.tr("Default for")))

    def refresh(self) -> None:
        station_id = self.actor.station_id or ""
        self.defaults = {}
        for kind in LABEL_KINDS if station_id else ():
            printer = default_printer(self.db, station_id, kind)
            if printer is not None:
                self.defaults[kind] = printer.id
        super().refresh()

    def _fill(self) -> None:
        super()._fill()
        for row, printer in enumerate(self.printers):
            self.table.setItem(row, 1, QTableWidgetItem(kind_name(printer.kind)))
            kinds = [label_kind_label(k) for k, p in self.defaults.items() if p == printer.id]
            self.table.setItem(row, 5, QTableWidgetItem(self.tr(", ").join(kinds)))

    def select(self, printer_id: str) -> None:
        for row, printer in enumerate(self.printers):
            if printer.id == printer_id:
                self.table.selectRow(row)
