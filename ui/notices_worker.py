"""The notices sender (R-NEW-1,5; R-REP-4) on a worker thread: a pass over
the queue every few seconds and at once on request; each pass's picture
comes back to the GUI thread as a signal.

A station that syncs sends from the shared server (:attr:`Station.shared_db`),
so a notice is claimed in one place for everyone and posted once; with the
server away nothing is sent from here and the list is this station's copy.
A post can take ``[notices].timeout_s``, so it never runs on the GUI thread.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.notices.listing import NoticeView, notice_list
from app.notices.payload import Reply
from app.notices.sender import SendReport, retry_now, send_due, send_test
from app.services.context import Actor
from app.station import Station
from ui.qt import QObject, Signal, Slot
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

PASS_MS = 5_000  # a pass every 5 s; each notice's own back-off decides its retry


@dataclass(frozen=True)
class NoticesStatus:
    """What one pass found."""

    configured: bool  # a webhook_url is set
    rows: list[NoticeView] = field(default_factory=list)  # newest first
    report: SendReport | None = None  # None: the pass could not run
    problem: Exception | None = None  # why not (the server away, the database busy)
    local_copy: bool = False  # rows read from this station's replica instead
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class _Retry:
    actor: Actor


@dataclass(frozen=True)
class _Test:
    title: str
    body: str


class _NoticesLoop(QObject):
    """Lives on the worker thread: passes until told to stop."""

    status = Signal(object)  # NoticesStatus
    tested = Signal(object)  # Reply, or the exception
    retried = Signal(object)  # how many were made due, or the exception

    def __init__(self, station: Station, interval_ms: int) -> None:
        super().__init__()
        self.station = station
        self.interval_ms = interval_ms
        self.requests: queue.SimpleQueue[_Retry | _Test] = queue.SimpleQueue()
        self.stop_event = threading.Event()
        self.wake_event = threading.Event()

    @Slot()
    def run(self) -> None:
        while not self.stop_event.is_set():
            self.wake_event.clear()  # a request during the pass wakes the next wait
            self._requests()
            if self.stop_event.is_set():
                break
            self.status.emit(self._pass())
            self.wake_event.wait(self.interval_ms / 1000)

    def _requests(self) -> None:
        while not self.requests.empty():
            request = self.requests.get()
            if isinstance(request, _Test):
                self.tested.emit(self._test(request))
            else:
                self.retried.emit(self._retry(request))

    def _test(self, request: _Test) -> Reply | Exception:
        try:
            return send_test(self.station.config.notices, request.title, request.body)
        except Exception as error:  # the screen says it; a bug is logged there
            return error

    def _retry(self, request: _Retry) -> int | Exception:
        try:
            return retry_now(self.station.shared_db, request.actor, datetime.now(UTC))
        except Exception as error:  # the server away, a role taken away: the screen says
            return error

    def _pass(self) -> NoticesStatus:
        settings = self.station.config.notices
        configured = bool(settings.webhook_url)
        db = self.station.shared_db
        try:
            report = send_due(db, settings, keep_going=lambda: not self.stop_event.is_set())
            return NoticesStatus(configured, notice_list(db), report)
        except Exception as error:
            local = self.station.sync is not None
            rows: list[NoticeView] = []
            if local:
                try:
                    rows = notice_list(self.station.db)
                except Exception:  # the replica is busy too: the next pass says
                    log.warning("reading this station's notices failed", exc_info=True)
            return NoticesStatus(configured, rows, None, error, local)


class NoticesWorker(QObject):
    """The GUI side: ``status_changed(NoticesStatus)`` after every pass,
    ``test_done(Reply | Exception)``, ``retry_done(int | Exception)``."""

    status_changed = Signal(object)
    test_done = Signal(object)
    retry_done = Signal(object)

    def __init__(
        self, station: Station, interval_ms: int = PASS_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noticesWorker")
        self.status: NoticesStatus | None = None
        self.passes = 0  # statuses received (tests wait on it)
        # Not parented: a thread deleted with its parent while running aborts.
        self._thread = WorkerThread("notices")
        self._loop = _NoticesLoop(station, interval_ms)
        self._loop.moveToThread(self._thread)
        self._thread.started.connect(self._loop.run)
        self._loop.status.connect(self._on_status)
        self._loop.tested.connect(self.test_done)
        self._loop.retried.connect(self.retry_done)

    def start(self) -> None:
        self._thread.start()

    @Slot()
    def look(self) -> None:
        """A pass as soon as the one running (if any) is over."""
        self._loop.wake_event.set()

    def send_now(self, actor: Actor) -> None:
        """The waiting notices are tried at once, not after their back-off."""
        self._loop.requests.put(_Retry(actor))
        self.look()

    def test_send(self, title: str, body: str) -> None:
        """Post a message that is not queued; the answer comes as ``test_done``."""
        self._loop.requests.put(_Test(title, body))
        self.look()

    def stop(self) -> None:
        """Stop the passes and join the thread; safe to call twice. A post under
        way finishes first (at most ``[notices].timeout_s``)."""
        self._loop.stop_event.set()
        self._loop.wake_event.set()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_status(self, status: object) -> None:
        assert isinstance(status, NoticesStatus)
        self.status = status
        self.passes += 1
        self.status_changed.emit(status)


def start_notices_worker(station: Station, parent: QObject | None = None) -> NoticesWorker:
    """The window's sender: started at once; ``stop()`` it on shutdown. The
    Notices screen finds it among the window's children."""
    worker = NoticesWorker(station, PASS_MS, parent)
    worker.start()
    return worker
