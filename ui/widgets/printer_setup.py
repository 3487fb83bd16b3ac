"""The station's printers on the Devices screen: add or change one, choose
the default printer per label kind, ask a printer how it is (in a worker
thread, see ui.widgets.printer_status) and print a test page."""

from __future__ import annotations

from dataclasses import asdict
from functools import partial
from typing import TypeVar

from app.config import Config
from app.db.engine import Database
from app.db.models import PRINTER_KINDS, PRINTER_LANGUAGES
from app.errors import DomainError
from app.printing.base import PrinterError
from app.services.context import Actor
from app.services.labels import LABEL_KINDS
from app.services.printers import PrinterInfo, configure_printer, set_default_printer
from ui.devices import StationDevices
from ui.errors import error_text, printer_error_text, printer_problem_text
from ui.labels import label_kind_label
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPrinterInfo,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Slot,
)
from ui.system_printer import system_aware_transport
from ui.widgets.printer_list import PrinterList, kind_name
from ui.widgets.printer_status import StatusAnswer, StatusCheck
from ui.widgets.result_panel import ResultPanel

W = TypeVar("W", bound=QWidget)
DPIS = (203, 300)
PLACEHOLDERS = {
    "folder": "D:\\labels  /home/station/labels",
    "tcp": "192.168.1.50:9100",
    "serial": "/dev/ttyUSB0  COM3,9600",
    "cups": "Zebra_ZD421",
    "system": "",
}


def named(widget: W, name: str) -> W:
    """The object name tests and style sheets find it by."""
    widget.setObjectName(name)
    return widget


class PrinterSetup(QWidget):
    """Printers of the station: the list, a form to add or change one, the
    default printer per label kind, a status check and a test page."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        config: Config,
        devices: StationDevices | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.editing: str | None = None  # the printer the form changes; None adds one
        self.result = named(ResultPanel(), "printerResult")
        self.list = PrinterList(db, actor, config, devices, self.result)
        self.name_edit = named(QLineEdit(), "printerName")
        self.kind_box = named(QComboBox(), "printerKind")
        for kind in PRINTER_KINDS:
            self.kind_box.addItem("", kind)
        self.address_edit = named(QLineEdit(), "printerAddress")
        self.address_hint = named(QLabel(), "addressHint")
        self.address_hint.setWordWrap(True)
        self.language_box = named(QComboBox(), "printerLanguage")
        for language in PRINTER_LANGUAGES:
            self.language_box.addItem(language.upper(), language)
        self.dpi_box = named(QComboBox(), "printerDpi")
        for dpi in DPIS:
            self.dpi_box.addItem(f"{dpi} dpi", dpi)
        self.active_box = named(QCheckBox(), "printerActive")
        self.active_box.setChecked(True)
        self.new_button = named(QPushButton(), "newPrinter")
        self.save_button = named(QPushButton(), "savePrinter")
        self.status_button = named(QPushButton(), "checkStatus")
        self.default_boxes: dict[str, QComboBox] = {}
        self.checker = StatusCheck()

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(6)]
        fields = [self.name_edit, self.kind_box, self.address_edit, self.address_hint]
        fields += [self.language_box, self.dpi_box]
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.active_box)
        self.defaults_form = QFormLayout()
        self.default_labels: dict[str, QLabel] = {}
        for kind in LABEL_KINDS:
            box = named(QComboBox(), f"default_{kind}")
            box.currentIndexChanged.connect(partial(self._default_chosen, kind))
            self.default_boxes[kind] = box
            self.default_labels[kind] = QLabel()
            self.defaults_form.addRow(self.default_labels[kind], box)
        buttons = QHBoxLayout()
        for button in (self.status_button, self.new_button, self.save_button):
            buttons.addWidget(button)
        buttons.insertStretch(1, 1)
        self.defaults_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.defaults_title)
        layout.addLayout(self.defaults_form)
        layout.addWidget(self.result)

        self.list.table.itemSelectionChanged.connect(self._load_selected)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.new_button.clicked.connect(self.new_printer)
        self.save_button.clicked.connect(self.save)
        self.status_button.clicked.connect(self.check_status)
        self.checker.answered.connect(self._show_answer)
        self.destroyed.connect(self.checker.stop)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("Name"), self.tr("Connection"), self.tr("Address"), ""]
        texts += [self.tr("Language"), self.tr("Resolution")]
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        for i, kind in enumerate(PRINTER_KINDS):
            self.kind_box.setItemText(i, kind_name(kind))
        self.active_box.setText(self.tr("Switched on (takes jobs)"))
        self.new_button.setText(self.tr("New printer"))
        self.save_button.setText(self.tr("Save printer"))
        self.status_button.setText(self.tr("Check status"))
        self.defaults_title.setText(self.tr("Default printer per label kind (saved at once)"))
        for kind, label in self.default_labels.items():
            label.setText(label_kind_label(kind))
        self.list.retranslate()
        self._kind_changed()
        self._fill_defaults()

    def refresh(self, select: str | None = None) -> None:
        selected = self.list.selected()
        chosen = select or (selected.id if selected else None)
        self.list.refresh()
        if chosen:
            self.list.select(chosen)
        self._fill_defaults()

    def _fill_defaults(self) -> None:
        """Active printers only: a switched-off one cannot be a default."""
        active = [p for p in self.list.printers if p.active]
        for kind, box in self.default_boxes.items():
            current = self.list.defaults.get(kind, "")
            box.blockSignals(True)
            box.clear()
            if not current:
                box.addItem(self.tr("(none)"), "")
            for printer in active:
                box.addItem(printer.name, printer.id)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _kind_changed(self) -> None:
        """The address hint follows the connection; a system printer takes PNG."""
        kind = str(self.kind_box.currentData())
        hints = {
            "folder": self.tr("A folder: each job is written there as a file."),
            "tcp": self.tr("IP address and port of a network printer (raw, usually 9100)."),
            "serial": self.tr("Serial or USB port, optionally with the baud after a comma."),
            "cups": self.tr("The CUPS queue name (lpstat -p lists them)."),
            "system": self.tr("The printer's name in the system."),
        }
        self.address_hint.setText(hints[kind])
        self.address_edit.setPlaceholderText(PLACEHOLDERS[kind])
        system = kind == "system"
        if system:
            names = QPrinterInfo.availablePrinterNames()
            self.address_edit.setPlaceholderText(names[0] if names else "")
            self.language_box.setCurrentIndex(self.language_box.findData("png"))
        self.language_box.setEnabled(not system)

    def _load_selected(self) -> None:
        printer = self.list.selected()
        if printer is None:
            return
        self.editing = printer.id
        self.name_edit.setText(printer.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(printer.kind))
        self.address_edit.setText(printer.address)
        self.language_box.setCurrentIndex(self.language_box.findData(printer.language))
        if self.dpi_box.findData(printer.dpi) < 0:
            self.dpi_box.addItem(f"{printer.dpi} dpi", printer.dpi)
        self.dpi_box.setCurrentIndex(self.dpi_box.findData(printer.dpi))
        self.active_box.setChecked(printer.active)

    def new_printer(self) -> None:
        self.list.table.clearSelection()
        self.editing = None
        self.name_edit.clear()
        self.address_edit.clear()
        self.active_box.setChecked(True)
        self.name_edit.setFocus()

    def save(self) -> None:
        """configure_printer; an address the transport cannot use is refused now,
        not at the first label."""
        target = PrinterInfo(
            id="",
            station_id="",
            name=self.name_edit.text(),
            kind=str(self.kind_box.currentData()),
            address=self.address_edit.text(),
            language=str(self.language_box.currentData()),
            dpi=int(self.dpi_box.currentData()),
            active=self.active_box.isChecked(),
        )
        fields = {k: v for k, v in asdict(target).items() if k not in ("id", "station_id")}
        try:
            if target.address.strip():
                system_aware_transport(target)
            saved = configure_printer(self.db, self.actor, printer_id=self.editing, **fields)
        except PrinterError as error:
            self.result.show_error(printer_error_text(error.code, error.detail))
            return
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.refresh(select=saved.id)
        self.result.show_ok(self.tr("Printer %1 saved.").replace("%1", saved.name))

    def _default_chosen(self, kind: str, _index: int) -> None:
        printer_id = self.default_boxes[kind].currentData()
        if not printer_id:
            return
        try:
            set_default_printer(self.db, self.actor, kind, str(printer_id))
        except DomainError as error:
            self.result.show_error(error_text(error))
        else:
            name = self.default_boxes[kind].currentText()
            text = self.tr("%1 now prints on %2.").replace("%1", label_kind_label(kind))
            self.result.show_ok(text.replace("%2", name))
        self.refresh()

    def check_status(self) -> None:
        printer = self.list.selected()
        if printer is None:
            self.result.show_error(self.tr("Select a printer first."))
            return
        if self.checker.start(printer):
            self.status_button.setEnabled(False)
            self.result.show_ok(self.tr("Asking %1 …").replace("%1", printer.name))

    @Slot(object)
    def _show_answer(self, answer: StatusAnswer) -> None:
        self.status_button.setEnabled(True)
        text = self.tr("%1: %2").replace("%1", answer.printer.name)
        if answer.status is None:
            self.result.show_error(
                text.replace("%2", printer_error_text(answer.error_code, answer.detail))
            )
        elif answer.status.ok:
            self.result.show_ok(text.replace("%2", self.tr("ready")))
        else:
            problems = [printer_problem_text(p) for p in answer.status.problems]
            self.result.show_error(text.replace("%2", self.tr(", ").join(problems)))

    def stop(self) -> None:
        """Join a running status check (the window is closing)."""
        self.checker.stop()
        self.status_button.setEnabled(True)
