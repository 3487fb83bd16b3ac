"""The station's devices in one place: the scale (worker thread), the
keyboard-wedge scanner filter and an optional serial scanner. The window and
the screens listen to its signals; nothing here blocks the GUI thread."""

from __future__ import annotations

from app.config import ScaleSection
from app.devices.scales.link import LinkStatus, ScaleSetup
from app.devices.scales.stability import StateChanged
from app.station import Station
from ui.print_worker import PrintWorker
from ui.qt import QApplication, QObject, Signal, Slot
from ui.scale_worker import ScaleWorker
from ui.scanner import ScannerFilter
from ui.serial_scanner import SerialScanner
from ui.system_printer import system_aware_transport


class StationDevices(QObject):
    scale_changed = Signal()  # the link or the judged state changed
    stable_weight = Signal(int)  # grams, once per parcel
    scanned = Signal(str)  # a code from any scanner

    def __init__(self, station: Station, parent: QObject | None = None) -> None:
        super().__init__(parent)
        config = station.config
        self.scale_section = config.scale
        self.scale = self._make_scale(config.scale)
        self.scanner = ScannerFilter.from_config(config.scanner, self)
        self.scanner.scanned.connect(self.scanned)
        self.serial_scanner: SerialScanner | None = None
        if config.scanner.serial_url:
            self.serial_scanner = SerialScanner(
                config.scanner.serial_url, config.scanner.serial_baud, parent=self
            )
            self.serial_scanner.scanned.connect(self.scanned)
        self.printing = PrintWorker(
            station.db,
            station.station_id,
            transports=system_aware_transport,
            max_attempts=config.printer.max_attempts,
            parent=self,
        )
        self._started = False

    def _make_scale(self, section: ScaleSection) -> ScaleWorker:
        worker = ScaleWorker.from_setup(ScaleSetup.from_config(section), self)
        worker.link_changed.connect(self._scale_changed)
        worker.state_changed.connect(self._scale_changed)
        worker.stable_weight.connect(self.stable_weight)
        return worker

    @property
    def scale_link(self) -> LinkStatus:
        return self.scale.link_status

    @property
    def scale_judged(self) -> StateChanged:
        return self.scale.judged

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.scanner)
        self.scale.start()
        if self.serial_scanner is not None:
            self.serial_scanner.start()
        self.printing.start()
        self._started = True

    def restart_scale(self, section: ScaleSection) -> None:
        """New scale settings take effect at once (the settings screen's Apply)."""
        self.scale.stop()
        self.scale.deleteLater()
        self.scale_section = section
        self.scale = self._make_scale(section)
        if self._started:
            self.scale.start()
        self.scale_changed.emit()

    def stop(self) -> None:
        """Join every worker thread and remove the filter; safe to call twice."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        self.scale.stop()
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
        self.printing.stop()
        self._started = False

    @Slot(object)
    def _scale_changed(self, _what: object) -> None:
        self.scale_changed.emit()
