"""Stations (supervisor): every station's last contact with the server and
the steps it has still to send, and every step the server refused; below,
this station's own refused steps (read locally, so they show offline too).

The server's lists are read on a worker thread (the server is across the
network and may be away): Ctrl+F5, on showing the screen, and every 10 s while
it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import DBAPIError

from app.db.engine import Database
from app.errors import DatabaseUnavailable, DomainError
from app.services.context import Actor
from app.sync.overview import (
    ServerConflict,
    StationContact,
    server_conflicts,
    station_contacts_list,
)
from ui.errors import error_text
from ui.qt import (
    QAbstractItemView,
    QColor,
    QGroupBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    QObject,
    QShortcut,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    Signal,
    Slot,
)
from ui.screens.base import Screen
from ui.widgets.sync_conflicts import SyncConflictsPanel
from ui.widgets.sync_texts import ago_text, aware, clock_text, reason_text, steps_text
from ui.workers import WorkerThread

log = logging.getLogger(__name__)

# Not F5: F1..F11 go to the screens (a supervisor's F5 is Picking).
REFRESH_KEY = "Ctrl+F5"
REFRESH_MS = 10_000
OFFLINE_AFTER = timedelta(minutes=2)  # no contact for longer: shown offline
RED = QColor("#c62828")
ERROR_STYLE = "color: #c62828; font-weight: bold;"


@dataclass(frozen=True)
class ServerPicture:
    contacts: list[StationContact]
    conflicts: list[ServerConflict]


@dataclass(frozen=True)
class _Request:
    server: Database
    actor: Actor


class _ServerReader(QObject):
    """Lives on the worker thread: reads the two lists per request."""

    finished = Signal(object)  # ServerPicture
    failed = Signal(object)  # the exception

    @Slot(object)
    def read(self, request: object) -> None:
        assert isinstance(request, _Request)
        try:
            picture = ServerPicture(
                station_contacts_list(request.server, request.actor),
                server_conflicts(request.server, request.actor),
            )
        except Exception as error:  # the screen says it (a bug is logged there)
            self.failed.emit(error)
            return
        self.finished.emit(picture)


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class StationsScreen(Screen):
    _request = Signal(object)  # _Request, to the reader's thread

    def build(self) -> None:
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.picture: ServerPicture | None = None
        self.error: str = ""  # why the last read failed, in words
        self.reading = False
        self.reads = 0  # finished reads, good or not (tests wait on it)
        self._again = False

        self.alone = QLabel()
        self.alone.setObjectName("stationAlone")
        self.alone.setWordWrap(True)
        self.server_state = QLabel()
        self.server_state.setObjectName("serverState")
        self.server_state.setWordWrap(True)
        self.stations_table = _table("stationsTable", 6)
        self.refused_table = _table("serverConflictsTable", 5)
        self.conflicts_panel = SyncConflictsPanel(self.station.db)
        self.conflicts_panel.set_actor(self.actor)
        self.stations_box = QGroupBox()
        QVBoxLayout(self.stations_box).addWidget(self.stations_table)
        self.refused_box = QGroupBox()
        QVBoxLayout(self.refused_box).addWidget(self.refused_table)
        self.local_box = QGroupBox()
        QVBoxLayout(self.local_box).addWidget(self.conflicts_panel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for box in (self.stations_box, self.refused_box, self.local_box):
            splitter.addWidget(box)
        self.hint = QLabel()
        self.hint.setObjectName("stationsHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.alone)
        layout.addWidget(self.server_state)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

        syncs = self.station.sync is not None
        self.alone.setVisible(not syncs)
        for widget in (self.server_state, splitter, self.hint):
            widget.setVisible(syncs)

        self.refresh_shortcut = QShortcut(QKeySequence(REFRESH_KEY), self)
        self.refresh_shortcut.activated.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)

        # Not parented to the screen: a logout deletes the screen from C++, and the
        # registry of worker threads must not keep a dangling wrapper.
        self._thread = WorkerThread("stations-read")
        self._reader = _ServerReader()
        self._reader.moveToThread(self._thread)
        self._request.connect(self._reader.read)
        self._reader.finished.connect(self._read_done)
        self._reader.failed.connect(self._read_failed)

    def retranslate(self) -> None:
        self.alone.setText(
            self.tr(
                "This station works alone: it has no server to sync with ([sync].server is "
                "empty), so there are no other stations to show."
            )
        )
        self.stations_box.setTitle(self.tr("Stations"))
        self.refused_box.setTitle(self.tr("Steps the server refused (all stations)"))
        self.local_box.setTitle(self.tr("Steps the server refused at this station"))
        self.stations_table.setHorizontalHeaderLabels(
            [
                self.tr("Station"),
                self.tr("Name"),
                self.tr("State"),
                self.tr("Last contact"),
                self.tr("To send"),
                self.tr("Program version"),
            ]
        )
        self.refused_table.setHorizontalHeaderLabels(
            [
                self.tr("Station"),
                self.tr("Person"),
                self.tr("What"),
                self.tr("When"),
                self.tr("Why"),
            ]
        )
        self.hint.setText(
            self.tr("%1: read again (every 10 s while this screen is shown)").replace(
                "%1", REFRESH_KEY
            )
        )
        self._show()

    # --- reading -------------------------------------------------------

    def refresh(self) -> None:
        """This station's refused steps at once; the server's on the worker."""
        if self.station.sync is None:
            return
        self.conflicts_panel.set_actor(self.actor)
        self.conflicts_panel.reload()
        if not self.timer.isActive():
            self.timer.start()
        if self.reading:
            self._again = True  # one more read when this one is back
            return
        self.reading = True
        if self.picture is None and not self.error:
            self.server_state.setText(self.tr("Reading from the server…"))
        if not self._thread.isRunning():
            self._thread.start()
        self._request.emit(_Request(self.station.sync.server, self.actor))
        if not self.stations_table.hasFocus():
            self.stations_table.setFocus()

    @Slot(object)
    def _read_done(self, picture: object) -> None:
        assert isinstance(picture, ServerPicture)
        self.picture, self.error = picture, ""
        self._read_over()

    @Slot(object)
    def _read_failed(self, error: object) -> None:
        if isinstance(error, DatabaseUnavailable | DBAPIError):
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()
            text = self.tr(
                "The server cannot be reached (%1). The lists of the stations are not "
                "available; this station's own refused steps are below."
            )
            self.error = text.replace("%1", reason[0] if reason else "?")
        elif isinstance(error, DomainError):
            self.error = error_text(error)
        else:
            log.error("reading the stations failed", exc_info=error)  # type: ignore[arg-type]
            self.error = self.tr("Reading the server failed: %1").replace("%1", str(error))
        self.picture = None
        self._read_over()

    def _read_over(self) -> None:
        self.reading = False
        self.reads += 1
        self._show()
        if self._again:
            self._again = False
            self.refresh()

    # --- showing -------------------------------------------------------

    def _show(self) -> None:
        if self.error:
            self.server_state.setStyleSheet(ERROR_STYLE)
            self.server_state.setText(self.error)
        elif self.picture is not None:
            self.server_state.setStyleSheet("")
            self.server_state.setText(
                self.tr("Read from the server at %1.").replace("%1", clock_text(self.clock()))
            )
        picture = self.picture or ServerPicture([], [])
        self._fill_stations(picture.contacts)
        self._fill_refused(picture.conflicts)

    def is_offline(self, contact: StationContact, now: datetime) -> bool:
        last = contact.last_contact_at
        return last is None or now - aware(last) > OFFLINE_AFTER

    def _fill_stations(self, contacts: list[StationContact]) -> None:
        now = self.clock()
        table = self.stations_table
        table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            offline = self.is_offline(contact, now)
            name = contact.name
            if contact.station_id == self.station.station_id:
                name = self.tr("%1 (this station)").replace("%1", name)
            last = self.tr("%1 (%2)").replace("%1", clock_text(contact.last_contact_at))
            cells = (
                contact.code,
                name,
                self.tr("OFFLINE") if offline else self.tr("online"),
                last.replace("%2", ago_text(contact.last_contact_at, now)),
                str(contact.backlog),
                contact.program_version,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if offline and column in (2, 3):
                    item.setForeground(RED)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)

    def _fill_refused(self, conflicts: list[ServerConflict]) -> None:
        table = self.refused_table
        table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = (
                conflict.station,
                conflict.by,
                steps_text(conflict.types, conflict.conflict),
                clock_text(conflict.occurred_at),
                reason_text(conflict.conflict),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    # --- life ----------------------------------------------------------

    def _tick(self) -> None:
        """Every 10 s: read again while shown; stop once another screen is."""
        if self.isVisible():
            self.refresh()
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        self._thread.quit()
        self._thread.wait()
        super().stop()
