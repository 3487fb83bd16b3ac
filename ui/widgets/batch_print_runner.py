"""Printing a batch's waybills and delivery notes (R-BAT-3) off the GUI thread.

About 100 orders make 200 documents: a few seconds on a networked database.
:class:`BatchPrintJob` starts a worker thread for one print, relays its
progress and result by signal, and ends the thread when the print is over,
so no thread is left running between prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.config import Config
from app.db.engine import Database
from app.services.batch_printing import print_batch
from app.services.context import Actor
from ui.qt import QObject, Signal, Slot
from ui.workers import WorkerThread


@dataclass(frozen=True)
class PrintRequest:
    db: Database
    actor: Actor
    config: Config
    batch_no: str


class _Cancelled(Exception):
    """Raised from the progress callback to stop a batch print (window closing)."""


class BatchPrintRunner(QObject):
    """Lives on the worker thread; queues one batch's documents per request."""

    progress = Signal(int, int)
    finished = Signal(object)  # BatchPrintResult
    failed = Signal(object)  # the exception

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    @Slot(object)
    def run(self, request: object) -> None:
        assert isinstance(request, PrintRequest)
        self.cancelled = False
        try:
            result = print_batch(
                request.db,
                request.actor,
                request.config,
                request.batch_no,
                progress=self._progress,
            )
        except Exception as error:  # the GUI shows it; a bug is logged there
            self.failed.emit(error)
            return
        self.finished.emit(result)

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progress.emit(done, total)


class BatchPrintJob(QObject):
    """One batch print at a time, on a thread that exists only while it runs.

    The thread is joined before ``finished``, ``failed`` or ``cancelled`` is
    emitted, so a receiver may start the next print at once.
    """

    progress = Signal(int, int)  # documents queued, documents in all
    finished = Signal(object)  # BatchPrintResult
    failed = Signal(object)  # the exception
    cancelled = Signal()  # stopped by :meth:`stop`
    _start = Signal(object)  # PrintRequest, to the runner's thread

    def __init__(self) -> None:
        super().__init__()
        self._thread: WorkerThread | None = None
        self._runner: BatchPrintRunner | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, request: PrintRequest) -> None:
        """Queue the batch's documents on a new worker thread."""
        assert self._thread is None, "one batch print at a time"
        # No Qt parent: the thread goes with its last Python reference, never
        # before it (a deleted thread left in WorkerThread's registry).
        self._thread = WorkerThread("batch-print")
        self._runner = BatchPrintRunner()
        self._runner.moveToThread(self._thread)
        self._start.connect(self._runner.run)
        self._runner.progress.connect(self._progress)
        self._runner.finished.connect(self._finished)
        self._runner.failed.connect(self._failed)
        self._thread.start()
        self._start.emit(request)

    def stop(self) -> None:
        """The window is closing: stop after the document being queued."""
        if self._runner is not None:
            self._runner.cancelled = True
        self._join()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._join()
        self.finished.emit(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._join()
        if isinstance(error, _Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)

    def _join(self) -> None:
        """The runner has returned (or stops at its next document): end the thread."""
        if self._thread is None or self._runner is None:
            return
        self._start.disconnect(self._runner.run)
        self._thread.quit()
        self._thread.wait()
        self._runner = None
        self._thread = None
