"""Devices: the scale's port, protocol and baud with a live reading, a
scanner test that shows what the last scan was taken for, and the station's
printers (ui.widgets.printer_setup)."""

from __future__ import annotations

import dataclasses

from app.config import save_config_value
from app.devices.barcodes import (
    CodeBook,
    CodeKind,
    Command,
    ScanResult,
    UnknownReason,
    classify,
)
from app.devices.scales.link import SIMULATED_URLS
from app.devices.scales.monitor import serial_ports
from app.devices.scales.protocols import PROTOCOLS
from app.services.scanning import load_code_book
from ui.labels import grams_text, judged_label, scale_text
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
)
from ui.scanner import prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.printer_setup import PrinterSetup
from ui.widgets.result_panel import ResultPanel

SIMULATED = "sim://"

KIND_NAMES = {
    CodeKind.WAYBILL: QT_TRANSLATE_NOOP("CodeKind", "waybill"),
    CodeKind.SKU_BARCODE: QT_TRANSLATE_NOOP("CodeKind", "product barcode"),
    CodeKind.ORDER_NUMBER: QT_TRANSLATE_NOOP("CodeKind", "order number"),
    CodeKind.BIN: QT_TRANSLATE_NOOP("CodeKind", "bin"),
    CodeKind.BADGE: QT_TRANSLATE_NOOP("CodeKind", "user badge"),
    CodeKind.COMMAND: QT_TRANSLATE_NOOP("CodeKind", "command"),
    CodeKind.UNKNOWN: QT_TRANSLATE_NOOP("CodeKind", "not recognised"),
}

COMMAND_NAMES = {
    Command.CONFIRM: QT_TRANSLATE_NOOP("CodeKind", "confirm"),
    Command.CANCEL: QT_TRANSLATE_NOOP("CodeKind", "cancel"),
    Command.UNDO: QT_TRANSLATE_NOOP("CodeKind", "undo"),
    Command.REPRINT: QT_TRANSLATE_NOOP("CodeKind", "reprint"),
}
REASON_NAMES = {
    UnknownReason.EMPTY: QT_TRANSLATE_NOOP("CodeKind", "empty"),
    UnknownReason.AMBIGUOUS: QT_TRANSLATE_NOOP("CodeKind", "matches more than one kind"),
    UnknownReason.NO_MATCH: QT_TRANSLATE_NOOP("CodeKind", "matches no known format"),
    UnknownReason.BAD_CHECK_DIGIT: QT_TRANSLATE_NOOP("CodeKind", "wrong check digit"),
    UnknownReason.UNKNOWN_PRODUCT: QT_TRANSLATE_NOOP("CodeKind", "no such product"),
    UnknownReason.BAD_GS1: QT_TRANSLATE_NOOP("CodeKind", "damaged GS1 data"),
    UnknownReason.NO_GTIN: QT_TRANSLATE_NOOP("CodeKind", "GS1 code without a GTIN"),
}


def describe_scan(result: ScanResult) -> str:
    """ "waybill (SF)", "command: confirm", "not recognised (ambiguous)"."""
    text = QCoreApplication.translate("CodeKind", KIND_NAMES[result.kind])
    if result.kind is CodeKind.WAYBILL and result.courier_code:
        text += f" ({result.courier_code})"
    elif result.kind is CodeKind.COMMAND and result.command:
        text += f"：{QCoreApplication.translate('CodeKind', COMMAND_NAMES[result.command])}"
    elif result.kind is CodeKind.UNKNOWN and result.reason:
        text += f"（{QCoreApplication.translate('CodeKind', REASON_NAMES[result.reason])}）"
    return text


class DevicesScreen(Screen):
    def build(self) -> None:
        self.code_book: CodeBook | None = None
        self.port_box = QComboBox()
        self.port_box.setObjectName("scalePort")
        self.port_box.setEditable(True)  # socket://host:port, rfc2217://... typed in
        self.refresh_ports_button = QPushButton()
        self.protocol_box = QComboBox()
        self.protocol_box.setObjectName("scaleProtocol")
        for name, spec in PROTOCOLS.items():
            self.protocol_box.addItem(spec.title, name)
        self.baud_box = QComboBox()
        self.baud_box.setObjectName("scaleBaud")
        self.framing = QLabel()
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyScale")
        self.live = QLabel()
        self.live.setObjectName("liveReading")
        font = self.live.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.live.setFont(font)
        self.link_label = QLabel()
        self.scale_result = ResultPanel()

        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanTest")
        prepare_scan_field(self.scan_field)
        self.scan_code = QLabel()
        self.scan_code.setObjectName("lastScan")
        self.scan_kind = QLabel()
        self.scan_kind.setObjectName("lastScanKind")
        self.scan_kind.setFont(font)

        self.scale_group = QGroupBox()
        ports = QHBoxLayout()
        ports.addWidget(self.port_box, 1)
        ports.addWidget(self.refresh_ports_button)
        self.scale_form = QFormLayout()
        self.scale_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.scale_labels, [ports, self.protocol_box, self.baud_box, self.framing], strict=True
        ):
            self.scale_form.addRow(label, field)
        scale_layout = QVBoxLayout(self.scale_group)
        scale_layout.addLayout(self.scale_form)
        scale_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        scale_layout.addWidget(self.live)
        scale_layout.addWidget(self.link_label)
        scale_layout.addWidget(self.scale_result)

        self.scanner_group = QGroupBox()
        self.scanner_form = QFormLayout(self.scanner_group)
        self.scanner_labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self.scanner_labels, [self.scan_field, self.scan_code, self.scan_kind], strict=True
        ):
            self.scanner_form.addRow(label, field)

        self.printer_group = QGroupBox()
        self.printers = PrinterSetup(self.station.db, self.actor, self.station.config, self.devices)
        QVBoxLayout(self.printer_group).addWidget(self.printers)

        left = QVBoxLayout()
        left.addWidget(self.scale_group)
        left.addWidget(self.scanner_group)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.printer_group, 1)

        self.refresh_ports_button.clicked.connect(self.list_ports)
        self.protocol_box.currentIndexChanged.connect(self._protocol_changed)
        self.apply_button.clicked.connect(self.apply_scale)
        self.scan_field.returnPressed.connect(self._typed_code)
        if self.devices is not None:
            self.devices.scale_changed.connect(self.show_scale)
        self._load_current()

    def retranslate(self) -> None:
        self.scale_group.setTitle(self.tr("Scale"))
        self.printer_group.setTitle(self.tr("Printers"))
        self.printers.retranslate()
        self.scanner_group.setTitle(self.tr("Scanner test"))
        for label, text in zip(
            self.scale_labels,
            [self.tr("Port"), self.tr("Protocol"), self.tr("Baud"), self.tr("Framing")],
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self.scanner_labels,
            [self.tr("Scan here (or anywhere)"), self.tr("Last code"), self.tr("Taken as")],
            strict=True,
        ):
            label.setText(text)
        self.refresh_ports_button.setText(self.tr("Refresh ports"))
        self.apply_button.setText(self.tr("Apply and reconnect"))
        self.port_box.setItemText(0, self.tr("Simulated scale (sim://)"))
        self.show_scale()

    def _load_current(self) -> None:
        self.list_ports()
        section = self.station.config.scale
        if self.devices is not None:
            section = self.devices.scale_section
        url = section.url or SIMULATED
        index = self.port_box.findData(url)
        if index < 0:
            self.port_box.setEditText(url)
        else:
            self.port_box.setCurrentIndex(index)
        self.protocol_box.setCurrentIndex(max(0, self.protocol_box.findData(section.protocol)))
        self._protocol_changed()
        self.baud_box.setCurrentIndex(max(0, self.baud_box.findData(section.baud)))

    def list_ports(self) -> None:
        """The machine's serial ports, with VID:PID so the right adapter is picked."""
        current = self.port_box.currentData()
        self.port_box.clear()
        self.port_box.addItem(self.tr("Simulated scale (sim://)"), SIMULATED)
        for device, ids, description in serial_ports():
            self.port_box.addItem(f"{device}  {ids}  {description}", device)
        if current is not None:
            self.port_box.setCurrentIndex(max(0, self.port_box.findData(current)))

    def _protocol_changed(self) -> None:
        spec = PROTOCOLS[self.protocol_box.currentData()]
        chosen = self.baud_box.currentData()
        self.baud_box.clear()
        for baud in spec.bauds:
            self.baud_box.addItem(str(baud), baud)
        wanted = chosen if chosen in spec.bauds else spec.baud
        self.baud_box.setCurrentIndex(max(0, self.baud_box.findData(wanted)))
        self.framing.setText(f"{spec.bytesize}{spec.parity}{spec.stopbits}")

    def chosen_url(self) -> str:
        index = self.port_box.currentIndex()
        text = self.port_box.currentText().strip()
        if index >= 0 and text == self.port_box.itemText(index):
            return str(self.port_box.itemData(index))
        return text

    def apply_scale(self) -> None:
        """Save the choice in the station's config and reconnect at once."""
        url = self.chosen_url()
        url = "" if url in SIMULATED_URLS else url
        protocol = self.protocol_box.currentData()
        baud = self.baud_box.currentData()
        config = self.station.config
        for key, value in (("url", url), ("protocol", protocol), ("baud", baud)):
            save_config_value(config, "scale", key, value)
        section = dataclasses.replace(config.scale, url=url, protocol=protocol, baud=baud)
        self.station.config = dataclasses.replace(config, scale=section)
        if self.devices is not None:
            self.devices.restart_scale(section)
        self.scale_result.show_ok(
            self.tr("Saved; connecting to %1").replace("%1", url or SIMULATED)
        )

    def show_scale(self) -> None:
        if self.devices is None:
            return
        judged = self.devices.scale_judged
        self.link_label.setText(
            scale_text(self.devices.scale_section.url, self.devices.scale_link, judged)
        )
        weight = grams_text(judged.grams) if judged.grams is not None else "—"
        self.live.setText(f"{weight}  {judged_label(judged.state)}")

    def refresh(self) -> None:
        self.code_book = load_code_book(self.station.db)
        self.show_scale()
        self.printers.refresh()

    def stop(self) -> None:
        """Join a running printer status check (the window is closing)."""
        self.printers.stop()

    def on_scan(self, code: str) -> bool:
        self.show_classified(code)
        return True

    def _typed_code(self) -> None:
        code = self.scan_field.text()
        self.scan_field.clear()
        if code.strip():
            self.show_classified(code)

    def show_classified(self, code: str) -> None:
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        result = classify(code, self.code_book)
        self.scan_code.setText(result.value or code)
        self.scan_kind.setText(describe_scan(result))
