"""Background checks that must never block the GUI thread (a database on the
network can take seconds to answer). Results come back through signals."""

from __future__ import annotations

import weakref

from app.db.engine import Database
from ui.qt import QObject, QThread, QTimer, Signal, Slot, qobject_is_valid


class WorkerThread(QThread):
    """Every worker thread of the program; the registry lets tests fail when
    one is left running (a running QThread destroyed aborts the process)."""

    _all: weakref.WeakSet[WorkerThread] = weakref.WeakSet()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        WorkerThread._all.add(self)

    @classmethod
    def running(cls) -> list[str]:
        """Names of the threads still running; one whose C++ side is gone (its
        Qt parent deleted it, which Qt only allows once it stopped) is not."""
        return [t.objectName() for t in list(cls._all) if qobject_is_valid(t) and t.isRunning()]


class DatabaseProbe(QObject):
    """Lives in its own thread; pings the database when asked."""

    result = Signal(bool)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db

    @Slot()
    def probe(self) -> None:
        self.result.emit(self._db.ping())


class DatabaseWatch(QObject):
    """Pings the database every ``interval_ms`` on a worker thread."""

    state_changed = Signal(bool)
    _request = Signal()

    def __init__(self, db: Database, interval_ms: int = 15_000, parent: QObject | None = None):
        super().__init__(parent)
        self._thread = WorkerThread("database-probe")
        self._probe = DatabaseProbe(db)
        self._probe.moveToThread(self._thread)
        self._request.connect(self._probe.probe)
        self._probe.result.connect(self._on_result)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._request)
        self.online: bool | None = None

    def start(self) -> None:
        self._thread.start()
        self._timer.start()
        self._request.emit()

    def stop(self) -> None:
        """Stop the timer and join the thread (never leave it running)."""
        self._timer.stop()
        self._thread.quit()
        self._thread.wait()

    @Slot(bool)
    def _on_result(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.state_changed.emit(online)
