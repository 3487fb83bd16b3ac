"""The print spooler in a worker thread; job state changes come back as signals.

The spooler's loop blocks on printers (a stalled one for up to its time-out),
so it never runs on the GUI thread. Screens call :meth:`PrintWorker.wake`
after queueing a job so it prints at once instead of at the next poll.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.db.engine import Database
from app.printing.base import Transport
from app.printing.spooler import Spooler
from app.printing.transports import transport_for
from app.services.print_queue import MAX_ATTEMPTS
from app.services.printers import PrinterInfo
from ui.qt import QObject, Signal, Slot
from ui.workers import WorkerThread


class _SpoolerBridge(QObject):
    """Lives in the worker thread: runs the spooler, turns its news into a signal."""

    job_changed = Signal(str, str)

    def __init__(self, spooler: Spooler, idle_s: float) -> None:
        super().__init__()
        self.stop_event = threading.Event()
        self.wake_event = threading.Event()
        self.idle_s = idle_s
        self.spooler = spooler
        spooler.on_change = self._on_change

    def _on_change(self, job_id: str, state: str) -> None:
        self.job_changed.emit(job_id, state)

    @Slot()
    def run(self) -> None:
        self.spooler.run(self.stop_event, self.idle_s, self.wake_event)


class PrintWorker(QObject):
    """The GUI side: ``job_changed(job_id, state)`` for every state a job reaches."""

    job_changed = Signal(str, str)

    def __init__(
        self,
        db: Database,
        station_id: str,
        transports: Callable[[PrinterInfo], Transport] = transport_for,
        idle_s: float = 1.0,
        max_attempts: int = MAX_ATTEMPTS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = WorkerThread("print-spooler")
        spooler = Spooler(db, station_id, transports, max_attempts=max_attempts)
        self._bridge = _SpoolerBridge(spooler, idle_s)
        self._bridge.moveToThread(self._thread)
        self._thread.started.connect(self._bridge.run)
        self._bridge.job_changed.connect(self._on_job_changed)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """A job was queued: look at the queue now."""
        self._bridge.wake_event.set()

    def stop(self) -> None:
        """Stop the loop and join the thread; safe to call twice. A job being
        sent finishes first (at most the transport's time-out)."""
        self._bridge.stop_event.set()
        self._bridge.wake_event.set()
        self._thread.quit()
        self._thread.wait()

    @Slot(str, str)
    def _on_job_changed(self, job_id: str, state: str) -> None:
        self.job_changed.emit(job_id, state)
