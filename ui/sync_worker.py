"""The station's sync rounds on a worker thread; each round's status comes
back to the GUI thread as a signal.

A round talks to the server across the network (a dead link can take the
connect time-out), so it never runs on the GUI thread. Rounds follow each
other every ``[sync].interval_ms`` while the server answers and back off up to
``[sync].retry_max_ms`` while it does not; :meth:`SyncWorker.sync_now` asks for
one at once (a step was just done here).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from app.sync.client import SyncClient, SyncStatus
from ui.qt import QObject, Signal, Slot
from ui.workers import WorkerThread

log = logging.getLogger(__name__)


def next_pause_ms(online: bool | None, pause_ms: int, interval_ms: int, retry_max_ms: int) -> int:
    """The pause before the next round: the interval while online, doubling
    (from at least a second) up to ``retry_max_ms`` while offline."""
    if online:
        return interval_ms
    return min(max(pause_ms * 2, 1000), retry_max_ms)


class _SyncLoop(QObject):
    """Lives on the worker thread: rounds until told to stop."""

    status = Signal(object)  # SyncStatus

    def __init__(self, client: SyncClient, interval_ms: int, retry_max_ms: int) -> None:
        super().__init__()
        self.client = client
        self.interval_ms = interval_ms
        self.retry_max_ms = retry_max_ms
        self.stop_event = threading.Event()
        self.wake_event = threading.Event()

    @Slot()
    def run(self) -> None:
        pause_ms = self.interval_ms
        while not self.stop_event.is_set():
            self.wake_event.clear()  # a sync_now() during the round wakes the next wait
            status = self._round()
            self.status.emit(status)
            pause_ms = next_pause_ms(status.online, pause_ms, self.interval_ms, self.retry_max_ms)
            self.wake_event.wait(pause_ms / 1000)

    def _round(self) -> SyncStatus:
        try:
            return self.client.round()
        except Exception as exc:  # our bug (round() handles an unreachable server)
            log.exception("sync round failed")
            return replace(self.client.status, online=False, error=str(exc)[:300])


class SyncWorker(QObject):
    """The GUI side: ``status_changed(SyncStatus)`` after every round."""

    status_changed = Signal(object)  # SyncStatus

    def __init__(
        self,
        client: SyncClient,
        interval_ms: int,
        retry_max_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.status: SyncStatus = client.status
        self.rounds = 0  # statuses received from the worker (tests wait on it)
        self._thread = WorkerThread("sync")
        self._loop = _SyncLoop(client, interval_ms, retry_max_ms)
        self._loop.moveToThread(self._thread)
        self._thread.started.connect(self._loop.run)
        self._loop.status.connect(self._on_status)

    def start(self) -> None:
        self._thread.start()

    @Slot()
    def sync_now(self) -> None:
        """A round as soon as the one running (if any) is over."""
        self._loop.wake_event.set()

    def stop(self) -> None:
        """Stop the rounds and join the thread; safe to call twice. A round
        under way finishes first (at most the server's connect time-out)."""
        self._loop.stop_event.set()
        self._loop.wake_event.set()
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_status(self, status: object) -> None:
        assert isinstance(status, SyncStatus)
        self.status = status
        self.rounds += 1
        self.status_changed.emit(status)
