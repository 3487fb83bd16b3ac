"""Steps that run on the shared server go to a worker thread, so the window
never waits on the network; their answer comes back to the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.qt import QObject, Signal, Slot
from ui.workers import WorkerThread


class _Caller(QObject):
    finished = Signal(object, object)  # the call's id, its result
    failed = Signal(object, object)  # the call's id, the exception

    @Slot(object, object)
    def call(self, key: object, work: object) -> None:
        assert callable(work)
        try:
            result = work()
        except Exception as error:  # the screen shows it (a bug is logged there)
            self.failed.emit(key, error)
            return
        self.finished.emit(key, result)


class BackgroundCalls(QObject):
    """One worker thread per owner; calls run in order, one at a time."""

    _request = Signal(object, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = WorkerThread(name)
        self._caller = _Caller()
        self._caller.moveToThread(self._thread)
        self._request.connect(self._caller.call)
        self._caller.finished.connect(self._finished)
        self._caller.failed.connect(self._failed)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._next = 0

    @property
    def pending(self) -> int:
        return len(self._pending)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        if not self._thread.isRunning():
            self._thread.start()
        self._next += 1
        self._pending[self._next] = (done, failed)
        self._request.emit(self._next, work)

    @Slot(object, object)
    def _finished(self, key: object, result: object) -> None:
        callbacks = self._pending.pop(int(str(key)), None)
        if callbacks:
            callbacks[0](result)

    @Slot(object, object)
    def _failed(self, key: object, error: object) -> None:
        callbacks = self._pending.pop(int(str(key)), None)
        if callbacks and isinstance(error, Exception):
            callbacks[1](error)

    def stop(self) -> None:
        """Join the thread (the window is closing)."""
        self._thread.quit()
        self._thread.wait()
