"""The supervisor's Stations screen: every station's last contact and steps to
send, and the steps the server refused, read from the session's PostgreSQL
server on a worker; with the server away it says so and this station's own
refused steps still show and are marked seen; a station alone says it works
alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app import __version__
from app.roles import Role
from app.station import Station
from app.sync.server_schema import station_contacts
from tests.app.sync.conftest import server_day  # noqa: F401 - the fixture
from tests.e2e.floor import Day
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.test_main_window import type_login
from tests.ui.test_sync_status import cut_off, weighed_at_both, window_for
from ui.main_window import MainWindow
from ui.qt import QColor, Qt
from ui.screens.stations import StationsScreen
from ui.workers import WorkerThread

WAIT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


def open_stations(qtbot: QtBot, win: MainWindow, username: str, pin: str) -> StationsScreen:
    """Log in and go to the last screen (past F11: Ctrl+PgUp from the first)."""
    type_login(qtbot, win, username, pin)
    workspace = win.workspace
    assert workspace is not None
    assert workspace.screen_keys[-1] == "stations"
    qtbot.keyClick(workspace.navigation, Qt.Key.Key_PageUp, CTRL)
    screen = workspace.stack.currentWidget()
    assert isinstance(screen, StationsScreen)
    return screen


def table_rows(table: object) -> list[list[str]]:
    from ui.qt import QTableWidget

    assert isinstance(table, QTableWidget)
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.mark.postgres
def test_the_supervisor_sees_every_station_and_the_refused_step(
    qtbot: QtBot,
    tmp_path: Path,
    server_day: Day,  # noqa: F811 - the fixture
) -> None:
    quiet = datetime.now(UTC) - timedelta(minutes=5)
    with server_day.db.engine.begin() as conn:  # a third station, not heard from since
        conn.execute(
            insert(station_contacts).values(
                station_id="s9-id",
                code="S9",
                name="工作站 S9",
                last_contact_at=quiet,
                backlog=7,
                last_seen_seq=0,
                program_version="0.9.0",
            )
        )
    with (
        weighed_at_both(tmp_path, server_day.db.url) as (_one, two, parcel),
        window_for(qtbot, two) as win,
    ):
        screen = open_stations(qtbot, win, "zhuguan", "8888")
        qtbot.waitUntil(lambda: screen.reads > 0, timeout=WAIT_MS)
        assert screen.server_state.text().startswith("Read from the server at ")
        rows = table_rows(screen.stations_table)
        assert [row[0] for row in rows] == ["S1", "S2", "S9"]
        assert [row[1] for row in rows] == ["工作站 S1", "工作站 S2 (this station)", "工作站 S9"]
        assert [row[2] for row in rows] == ["online", "online", "OFFLINE"]
        assert [row[4] for row in rows] == ["0", "0", "7"]  # steps still to send
        assert [row[5] for row in rows] == [__version__, __version__, "0.9.0"]
        local = quiet.astimezone().strftime("%H:%M:%S")
        assert rows[2][3] in (f"{local} (5 min ago)", f"{local} (6 min ago)")
        red = QColor("#c62828")
        assert screen.stations_table.item(2, 2).foreground().color() == red
        assert screen.stations_table.item(0, 2).foreground().color() != red

        [refused] = table_rows(screen.refused_table)
        assert refused[:3] == ["S2", "王主管", f"weighed, shipped (order {parcel.order_no})"]
        assert refused[4].startswith("already weighed by 王主管 at S1 at ")
        # this station's own list, below
        assert screen.conflicts_panel.table.rowCount() == 1

        reads = screen.reads
        assert not screen.reading
        qtbot.keyClick(screen.stations_table, Qt.Key.Key_F5, CTRL)  # F5 itself is Picking
        assert screen.reading  # the key asked the worker, not the 10 s timer
        qtbot.waitUntil(lambda: screen.reads > reads, timeout=WAIT_MS)
        assert screen.timer.isActive()  # and every 10 s while shown
        win.workspace.show_screen("overview")  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: not screen.reading, timeout=WAIT_MS)


@pytest.mark.postgres
def test_with_the_server_away_the_station_s_own_list_still_works(
    qtbot: QtBot,
    tmp_path: Path,
    server_day: Day,  # noqa: F811 - the fixture
) -> None:
    with (
        weighed_at_both(tmp_path, server_day.db.url) as (_one, two, _parcel),
        cut_off(two) as away,
        window_for(qtbot, away) as win,
    ):
        screen = open_stations(qtbot, win, "zhuguan", "8888")
        qtbot.waitUntil(lambda: screen.reads > 0, timeout=WAIT_MS)
        assert screen.server_state.text().startswith("The server cannot be reached (")
        assert "refused" in screen.server_state.text()  # the connection's reason
        assert screen.stations_table.rowCount() == 0
        assert screen.refused_table.rowCount() == 0
        panel = screen.conflicts_panel
        assert panel.table.rowCount() == 1
        assert panel.buttons[0].isEnabled()
        panel.table.setFocus()
        qtbot.keyClick(panel.table, Qt.Key.Key_Return, CTRL)  # marked seen, offline
        assert panel.table.rowCount() == 0
        assert win.status.conflicts_button.text() == "Conflicts: 0"


def test_a_station_alone_says_so(qtbot: QtBot, station: Station) -> None:
    with window_for(qtbot, station) as win:
        user = ROLE_USERS[Role.SUPERVISOR]
        screen = open_stations(qtbot, win, user.username, PIN)
        assert screen.alone.isVisible()
        assert screen.alone.text().startswith("This station works alone")
        assert not screen.stations_table.isVisible()
        assert not win.status.sync_label.isVisible()  # no sync segment either
        assert win.sync_worker is None
        assert "stations-read" not in WorkerThread.running()
