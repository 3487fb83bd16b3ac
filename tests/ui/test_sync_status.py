"""The status bar's sync segment at stations that sync with the session's
PostgreSQL server: offline against a closed port with the steps waiting
counted, online again with nothing left to send, and a step the server
refused (the same parcel weighed at two stations) shown, opened from the
status bar and marked seen."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import OutboxEvent
from app.services.auth import login_with_pin
from app.station import Station
from app.sync.client import SyncClient
from tests.app.printing.fake_printer import closed_port
from tests.app.sync.conftest import server_day  # noqa: F401 - the fixture
from tests.app.sync.stations import synced_station, waiting
from tests.e2e.floor import Day, Shipment, pack, shipments, verify, weigh
from tests.ui.test_main_window import type_login
from ui.floor_errors import local_time_text
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.verify import VerifyScreen
from ui.sync_worker import next_pause_ms
from ui.widgets.status_bar import ORANGE, RED
from ui.widgets.sync_texts import clock_text

pytestmark = pytest.mark.postgres
WAIT_MS = 20_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def closed_port_url() -> str:
    """A PostgreSQL URL on a loopback port nobody listens on."""
    return f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/gone"


@contextmanager
def cut_off(station: Station) -> Iterator[Station]:
    """The same station (replica, config, capture) whose server has gone away."""
    assert station.sync is not None
    server = Database(closed_port_url(), connect_timeout_s=2)
    client = SyncClient(
        station.db, server, station.station_id, station_code=station.config.station.code
    )
    try:
        yield dataclasses.replace(station, sync=client)
    finally:
        server.dispose()


@contextmanager
def window_for(qtbot: QtBot, station: Station) -> Iterator[MainWindow]:
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)  # the window's shortcuts need it
    try:
        yield win
    finally:
        win.shutdown()


@contextmanager
def weighed_at_both(tmp_path: Path, url: str) -> Iterator[tuple[Station, Station, Shipment]]:
    """S1 and S2 weigh the same packed parcel while apart; S1 sends first, so
    the server refuses S2's weighing (as tests/app/sync/test_two_stations.py)."""
    with synced_station(tmp_path, "S1", url) as one, synced_station(tmp_path, "S2", url) as two:
        assert one.sync and two.sync
        parcel = shipments(one.db)[0]
        verify(one.db, login_with_pin(one.db, "yanhuo", "1234", "S1"), parcel)
        pack(one.db, login_with_pin(one.db, "dabao", "1234", "S1"), parcel)
        one.sync.round()
        two.sync.round()
        weigh(one.db, login_with_pin(one.db, "zhuguan", "8888", "S1"), parcel)
        weigh(two.db, login_with_pin(two.db, "zhuguan", "8888", "S2"), parcel)
        assert one.sync.round().conflicts == 0
        assert two.sync.round().conflicts == 1
        yield one, two, parcel


def test_offline_then_online_with_the_steps_waiting(
    qtbot: QtBot,
    tmp_path: Path,
    server_day: Day,  # noqa: F811 - the fixture
) -> None:
    """A verification done while the server is away waits (counted in the
    status bar, sent at once when the step is done); back online it is sent."""
    url = server_day.db.url
    # The offline back-off is long: only the screen's "step done" brings a round soon.
    with synced_station(tmp_path, "S1", url, retry_max_ms=600_000) as one:
        with cut_off(one) as away, window_for(qtbot, away) as win:
            bar = win.status
            assert bar.sync_label.isVisible() and bar.conflicts_button.isVisible()
            assert win.sync_worker is not None
            qtbot.waitUntil(lambda: win.sync_worker is not None and win.sync_worker.rounds > 0)
            assert bar.sync_status is not None and bar.sync_status.online is False
            text = bar.sync_label.text()
            assert text == "Sync: OFFLINE · 0 to send · never synced"
            assert RED in bar.sync_label.styleSheet()
            assert away.sync is not None
            tip = bar.sync_label.toolTip()  # where, and why not
            assert tip.startswith(f"Server: {away.sync.server.display_url}\n")
            assert "refused" in tip
            assert bar.conflicts_button.text() == "Conflicts: 0"

            type_login(qtbot, win, "yanhuo", "1234")
            assert win.workspace is not None
            screen = win.workspace.show_screen("verify")
            assert isinstance(screen, VerifyScreen)
            parcel = shipments(one.db)[0]
            for code in (parcel.order_no, parcel.waybill_no, *parcel.items):
                screen.on_scan(code)
            qtbot.keyClick(screen.scan_edit, Qt.Key.Key_Return)  # confirm
            queued = waiting(one.db)
            assert queued > 0
            qtbot.waitUntil(
                lambda: bar.sync_status is not None and bar.sync_status.backlog == queued
            )
            assert bar.sync_label.text() == f"Sync: OFFLINE · {queued} to send · never synced"

        with window_for(qtbot, one) as win:  # the server is back
            bar, worker = win.status, win.sync_worker
            assert worker is not None
            qtbot.waitUntil(lambda: worker.rounds > 0, timeout=WAIT_MS)  # not the start's
            assert worker.status.online is True
            status = bar.sync_status
            assert status is not None and status.backlog == 0 and status.last_sync_at
            clock = status.last_sync_at.astimezone().strftime("%H:%M:%S")
            assert bar.sync_label.text() == f"Sync: online · 0 to send · last sync {clock}"
            assert RED not in bar.sync_label.styleSheet()
            assert waiting(one.db) == 0


def test_a_refused_weighing_is_shown_and_marked_seen(
    qtbot: QtBot,
    tmp_path: Path,
    server_day: Day,  # noqa: F811 - the fixture
) -> None:
    with (
        weighed_at_both(tmp_path, server_day.db.url) as (_one, two, parcel),
        window_for(qtbot, two) as win,
    ):
        bar, worker = win.status, win.sync_worker
        assert worker is not None
        qtbot.waitUntil(lambda: worker.rounds > 0)
        assert worker.status.online
        assert bar.conflicts_button.text() == "Conflicts: 1 (Ctrl+Shift+C)"
        assert ORANGE in bar.conflicts_button.styleSheet()
        assert "Ctrl+Shift+C" in bar.conflicts_button.toolTip()

        qtbot.mouseClick(bar.conflicts_button, Qt.MouseButton.LeftButton)  # nobody logged in
        dialog = win.conflicts_dialog
        assert dialog is not None and dialog.isVisible()
        panel = dialog.panel
        assert panel.table.rowCount() == 1
        assert not panel.buttons[0].isEnabled()  # read-only until someone logs in
        assert panel.hint.text() == "Log in to mark the rows as seen."
        dialog.hide()

        type_login(qtbot, win, "zhuguan", "8888")
        assert win.workspace is not None
        qtbot.keyClick(win.workspace.navigation, Qt.Key.Key_C, CTRL_SHIFT)
        assert dialog.isVisible()
        qtbot.waitUntil(panel.table.hasFocus)  # ready for Ctrl+Enter
        cells = [panel.table.item(0, c).text() for c in range(4)]
        [conflict] = panel.conflicts
        first = datetime.fromisoformat(conflict.conflict["at"])  # S1's weighing
        assert cells[0] == f"weighed, shipped (order {parcel.order_no})"
        assert cells[1] == "王主管"
        assert cells[2] == clock_text(conflict.at)
        assert cells[3] == f"already weighed by 王主管 at S1 at {local_time_text(first)}"
        assert panel.buttons[0].text() == "I have seen it"

        qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
        assert panel.table.rowCount() == 0
        assert panel.title.text().startswith("No refused steps")
        assert bar.conflicts_button.text() == "Conflicts: 0"
        assert ORANGE not in bar.conflicts_button.styleSheet()
        qtbot.waitUntil(lambda: bar.sync_status is not None and bar.sync_status.conflicts == 0)
        with two.db.read() as session:
            seen = session.scalars(
                select(OutboxEvent.acknowledged_at).where(OutboxEvent.outcome == "rejected")
            ).all()
        assert seen and all(seen)


@pytest.mark.parametrize(
    ("online", "pause", "expected"),
    [(True, 8000, 500), (None, 500, 1000), (False, 1000, 2000), (False, 8000, 10_000)],
)
def test_rounds_back_off_while_the_server_is_away(
    online: bool | None, pause: int, expected: int
) -> None:
    assert next_pause_ms(online, pause, interval_ms=500, retry_max_ms=10_000) == expected
