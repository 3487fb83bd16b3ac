"""Asking a printer how it is, off the GUI thread.

A status request can block for seconds (a printer that stays silent is only
known after the time-out), so it runs in a one-shot worker thread that is
always joined: when it answers, and by :meth:`StatusCheck.stop` (the widget
that owns it is destroyed, the window closes, the application quits)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.labels.status import PrinterStatus
from app.printing.base import PrinterError
from app.printing.status import query_status
from app.services.printers import PrinterInfo
from ui.qt import QCoreApplication, QObject, Signal, Slot
from ui.system_printer import system_aware_transport
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

STATUS_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class StatusAnswer:
    """What a printer said: its status, or why it could not say (a PrinterError code)."""

    printer: PrinterInfo
    status: PrinterStatus | None
    error_code: str = ""
    detail: str = ""


def ask_printer(printer: PrinterInfo, timeout_s: float = STATUS_TIMEOUT_S) -> StatusAnswer:
    """Blocking: one status request through the transport the spooler would use."""
    try:
        status = query_status(printer, system_aware_transport(printer), timeout_s)
    except PrinterError as error:
        return StatusAnswer(printer, None, error.code, error.detail)
    except OSError as error:  # a reset the transport let through: the link failed
        return StatusAnswer(printer, None, "disconnected", str(error))
    except Exception as error:  # our bug: log it, and never leave the check hanging
        log.exception("status check of printer %s failed", printer.name)
        return StatusAnswer(printer, None, "error", str(error))
    return StatusAnswer(printer, status)


class StatusCheckThread(WorkerThread):
    """One status request off the GUI thread; its last act is to emit the answer."""

    answered = Signal(int, object)  # serial, StatusAnswer

    def __init__(self, serial: int, printer: PrinterInfo) -> None:
        super().__init__("printer-status")
        self.serial, self.printer = serial, printer

    def run(self) -> None:
        self.answered.emit(self.serial, ask_printer(self.printer))


class StatusCheck(QObject):
    """One check at a time. ``answered`` comes once the thread is joined;
    :meth:`stop` waits for a running check (the transport's time-outs bound it)."""

    answered = Signal(object)  # StatusAnswer

    def __init__(self) -> None:
        super().__init__()
        self._thread: StatusCheckThread | None = None
        self._serial = 0
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self, printer: PrinterInfo) -> bool:
        if self._thread is not None:
            return False
        self._serial += 1
        self._thread = StatusCheckThread(self._serial, printer)
        self._thread.answered.connect(self._on_answered)
        self._thread.start()
        return True

    @Slot()
    def stop(self) -> None:
        """Join the running check, if any; its answer is dropped. Safe twice."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()

    @Slot(int, object)
    def _on_answered(self, serial: int, answer: StatusAnswer) -> None:
        thread = self._thread
        if thread is None or serial != self._serial:
            return  # stopped meanwhile: the answer is stale
        thread.wait()  # run() has returned; the thread is ending
        self._thread = None
        self.answered.emit(answer)
