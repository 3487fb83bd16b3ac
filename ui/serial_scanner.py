"""Serial and USB-CDC scanners: a worker thread reads the port, a
:class:`~app.devices.serial_lines.LineFramer` cuts lines, and codes come
back to the GUI thread as ``scanned(str)``.

The port is any pyserial URL (``/dev/ttyACM0``, ``COM4``,
``socket://host:port``, ``rfc2217://...``, ``loop://``). A read error (cable
pulled, device gone) closes the port and the worker reopens it with a
growing back-off; ``state_changed`` reports every change, so the status bar
always shows whether the scanner is there. The GUI thread never touches the
port and never waits on it, except in :meth:`SerialScanner.stop`, which
cancels the pending read first.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Sequence

import serial

from app.devices.serial_lines import LineFramer
from app.devices.status import DeviceHealth
from ui.qt import QCoreApplication, QObject, Signal, Slot
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

DEFAULT_BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 5.0)
READ_TIMEOUT_S = 0.5  # bounds a stop for URL types without cancel_read()


class SerialScannerWorker(QObject):
    """Lives in the worker thread; :meth:`run` loops until :meth:`request_stop`."""

    scanned = Signal(str)
    state_changed = Signal(str, str)  # DeviceHealth value, detail

    def __init__(
        self, url: str, baud: int = 9600, backoff_s: Sequence[float] = DEFAULT_BACKOFF_S
    ) -> None:
        super().__init__()
        if not backoff_s:
            raise ValueError("backoff_s needs at least one delay")
        self.url = url
        self.baud = baud
        self.backoff_s = tuple(backoff_s)
        self.framer = LineFramer()
        self._stop = threading.Event()
        self._lock = threading.Lock()  # guards _port between run() and request_stop()
        self._port: serial.SerialBase | None = None
        self._health: str | None = None

    def request_stop(self) -> None:
        """Any thread: stop the loop and abort a read in progress."""
        self._stop.set()
        with self._lock:
            port = self._port
        cancel = getattr(port, "cancel_read", None)
        if cancel is not None:
            with contextlib.suppress(OSError):  # the port broke meanwhile; run() notices
                cancel()

    @Slot()
    def run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                port = serial.serial_for_url(self.url, baudrate=self.baud, timeout=READ_TIMEOUT_S)
            except ValueError as exc:  # a bad URL or setting: keep trying, settings may change
                self._set_health(DeviceHealth.ERROR, str(exc))
            except OSError as exc:  # SerialException included: not plugged in
                self._set_health(DeviceHealth.NOT_CONNECTED, str(exc))
            else:
                failures = 0
                self._pump(port)
                continue
            self._stop.wait(self.backoff_s[min(failures, len(self.backoff_s) - 1)])
            failures += 1
        self._set_health(DeviceHealth.NOT_CONNECTED, "stopped")

    def _pump(self, port: serial.SerialBase) -> None:
        """Read until stopped or the port fails; then close it."""
        with self._lock:
            self._port = port
        self.framer.reset()  # a partial line from before a cable pull is garbage
        self._set_health(DeviceHealth.READY, self.url)
        try:
            while not self._stop.is_set():
                data = port.read(port.in_waiting or 1)
                for line in self.framer.feed(data):
                    self.scanned.emit(line)
        except OSError as exc:  # SerialException is an OSError
            log.warning("serial scanner %s: %s", self.url, exc)
            self._set_health(DeviceHealth.NOT_CONNECTED, str(exc))
        finally:
            with self._lock:
                self._port = None
            with contextlib.suppress(OSError):
                port.close()

    def _set_health(self, health: DeviceHealth, detail: str) -> None:
        if health != self._health:
            self._health = health
            self.state_changed.emit(health.value, detail)


class SerialScanner(QObject):
    """The GUI thread's handle on one serial scanner: start, stop, signals.

    ``stop()`` must run before the object goes away (a running QThread that
    is destroyed aborts the process); it is also called on ``aboutToQuit``.
    """

    scanned = Signal(str)
    state_changed = Signal(str, str)  # DeviceHealth value, detail

    def __init__(
        self,
        url: str,
        baud: int = 9600,
        backoff_s: Sequence[float] = DEFAULT_BACKOFF_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.health = DeviceHealth.NOT_CONNECTED
        self.detail = ""
        self._worker = SerialScannerWorker(url, baud, backoff_s)
        self._thread = WorkerThread("serial-scanner")
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.scanned.connect(self._on_scanned)
        self._worker.state_changed.connect(self._on_state)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()

    @Slot()
    def stop(self) -> None:
        """Stop the worker and join its thread; safe to call twice."""
        self._worker.request_stop()
        self._thread.quit()  # honoured once run() returns and the event loop starts
        self._thread.wait()

    @Slot(str)
    def _on_scanned(self, code: str) -> None:
        self.scanned.emit(code)

    @Slot(str, str)
    def _on_state(self, health: str, detail: str) -> None:
        self.health = DeviceHealth(health)
        self.detail = detail
        self.state_changed.emit(health, detail)
