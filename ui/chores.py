"""The window runs the back office's housekeeping (app.services.chores) on a
worker every few minutes, and once soon after start; a server out of reach
just means next time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from app.errors import DatabaseUnavailable
from app.services.chores import ChoresDone, run_chores
from app.station import Station
from ui.background import BackgroundCalls
from ui.qt import QObject, QTimer

log = logging.getLogger(__name__)

EVERY_MS = 10 * 60 * 1000
FIRST_MS = 5_000


class Chores(QObject):
    def __init__(
        self,
        station: Station,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.clock = clock
        self.last: ChoresDone | None = None
        self._calls = BackgroundCalls("chores", self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.run_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.run_now)
        self._stopped = False

    def start(self, first_ms: int = FIRST_MS, every_ms: int = EVERY_MS) -> None:
        self._timer.start(every_ms)
        self._first.start(first_ms)

    def run_now(self) -> None:
        if self._stopped or self._calls.pending:
            return  # closing, or the last run is still going
        station, now = self.station, self.clock()
        self._calls.run(
            lambda: run_chores(station.shared_db, station.config, now), self._done, self._failed
        )

    def _done(self, done: object) -> None:
        assert isinstance(done, ChoresDone)
        self.last = done
        if done.reservations_released or done.overdue_notices:
            log.info("chores: %s", done)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DatabaseUnavailable):
            log.info("chores: the database is away; next time (%s)", error)
        else:
            log.error("chores failed", exc_info=error)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._first.stop()
        self._calls.stop()
