"""The Notices screen (通知) with its worker and a REAL local webhook server:
a failed post shown with its tries and error, "send now" (Ctrl+Return)
delivering the waiting notices in order once the chat is back, the test
message (Ctrl+T) and its refusal, a station with no webhook listing only, the
window's worker found from the screen, and a syncing station whose server is
away (R-NEW-1,5; R-REP-4)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.backoffice_settings import NoticesSection
from app.db.engine import Database
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.notices import enqueue_notice
from app.station import Station
from app.sync.client import SyncClient
from app.sync.shared import ServerDatabase
from tests.app.notices.chat_server import ERRCODE, HTTP_500, OK, running_chat
from tests.app.sync.conftest import server_url  # noqa: F401 - the fixture
from tests.app.sync.stations import synced_station
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.test_sync_status import closed_port_url
from ui.notices_worker import NoticesWorker, start_notices_worker
from ui.qt import QApplication, Qt, QTableWidget, QWidget
from ui.screens.notices import NoticesScreen

WAIT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier
CLERK = ROLE_USERS[Role.CLERK]
QUIET_MS = 600_000  # the worker's own passes are far apart: only the test's asks run one


def with_webhook(station: Station, url: str, fmt: str = "wecom") -> Station:
    station.config = dataclasses.replace(
        station.config, notices=NoticesSection(webhook_url=url, format=fmt, timeout_s=2)
    )
    return station


def enqueue(db: Database, *titles: str) -> None:
    for title in titles:
        with db.write() as session:
            enqueue_notice(session, None, "arrival", title, f"款号 {title} 已到货")


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@contextmanager
def shown(qtbot: QtBot, station: Station, actor: Actor) -> Iterator[NoticesScreen]:
    screen = NoticesScreen(station, actor)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    try:
        yield screen
    finally:
        screen.stop()


@contextmanager
def worker_for(station: Station, screen: NoticesScreen) -> Iterator[NoticesWorker]:
    worker = NoticesWorker(station, QUIET_MS)
    screen.attach(worker)
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()


def test_a_failed_notice_shows_then_send_now_delivers_in_order(
    qtbot: QtBot, station: Station
) -> None:
    enqueue(station.db, "XY-1001", "XY-1002")
    clerk = login_with_pin(station.db, CLERK.username, PIN)
    with running_chat() as chat:
        chat.mode = HTTP_500
        with_webhook(station, chat.url)
        with shown(qtbot, station, clerk) as screen, worker_for(station, screen) as worker:
            qtbot.waitUntil(lambda: worker.passes >= 1, timeout=WAIT_MS)
            table = rows(screen.table)
            assert [r[2].split("\n")[0] for r in table] == ["XY-1002", "XY-1001"]  # newest first
            assert table[1][1] == "Arrival"
            assert table[1][3:5] == ["failed", "1"]
            assert table[1][6] == "HTTP 500: <html>502 Bad Gateway</html>"
            assert table[0][3:5] == ["waiting", "0"]  # waits behind the failed one
            state = screen.state_label.text()
            assert "WeCom robot at 127.0.0.1" in state and "test-key" not in state
            assert "2 waiting, 1 of them failed" in state

            chat.mode = OK
            with qtbot.waitSignal(worker.status_changed, timeout=WAIT_MS):
                qtbot.keyClick(screen.table, Qt.Key.Key_Return, CTRL)
            assert screen.message.text() == "1 waiting notice(s) tried now."
            assert chat.titles() == ["【XY-1001】", "【XY-1002】"]
            table = rows(screen.table)
            assert [r[3] for r in table] == ["sent", "sent"]
            assert table[1][4] == "2" and table[1][6] == ""  # no error shown once sent
            assert "waiting" not in screen.state_label.text()


def test_the_test_message_and_its_refusal(qtbot: QtBot, station: Station) -> None:
    clerk = login_with_pin(station.db, CLERK.username, PIN)
    with running_chat() as chat:
        with_webhook(station, chat.url, "dingtalk")
        with shown(qtbot, station, clerk) as screen, worker_for(station, screen) as worker:
            with qtbot.waitSignal(worker.test_done, timeout=WAIT_MS):
                qtbot.keyClick(screen.table, Qt.Key.Key_T, CTRL)
            assert screen.message.text() == "The group chat received the test message."
            content = chat.delivered[0]["text"]["content"]
            by = CLERK.full_name
            assert content == f"【Test notice】\nFrom station ST01 (工作站 1), sent by {by}."
            chat.mode = ERRCODE
            with qtbot.waitSignal(worker.test_done, timeout=WAIT_MS):
                screen.test_button.click()
            assert screen.message.text() == (
                "The test message did not arrive: errcode 93000: invalid webhook url"
            )
            assert len(chat.delivered) == 1
    assert screen.table.rowCount() == 0  # a test message is not queued


def test_with_no_webhook_the_notices_are_only_listed(qtbot: QtBot, station: Station) -> None:
    enqueue(station.db, "XY-1001")
    clerk = login_with_pin(station.db, CLERK.username, PIN)
    with shown(qtbot, station, clerk) as screen, worker_for(station, screen) as worker:
        qtbot.waitUntil(lambda: worker.passes >= 1, timeout=WAIT_MS)
        assert screen.state_label.text().startswith("No webhook is set ([notices].webhook_url)")
        assert not screen.send_button.isEnabled() and not screen.test_button.isEnabled()
        assert rows(screen.table)[0][3:6] == ["waiting", "0", "now"]
        qtbot.keyClick(screen.table, Qt.Key.Key_Return, CTRL)
        assert "No webhook is set" in screen.message.text()


def test_the_screen_finds_the_windows_worker_or_says_none_runs(
    qtbot: QtBot, station: Station
) -> None:
    enqueue(station.db, "XY-1001")
    clerk = login_with_pin(station.db, CLERK.username, PIN)
    with running_chat() as chat:
        with_webhook(station, chat.url)
        with shown(qtbot, station, clerk) as alone:
            alone.refresh()
            assert "The sender is not running at this station." in alone.state_label.text()
            assert rows(alone.table)[0][3] == "waiting"  # read here instead
            alone.send_now()
            assert alone.message.text() == "The sender is not running at this station."

        window = QWidget()
        qtbot.addWidget(window)
        worker = start_notices_worker(station, window)
        try:
            screen = NoticesScreen(station, clerk, parent=window)
            with qtbot.waitSignal(worker.status_changed, timeout=WAIT_MS):
                screen.refresh()  # shown: finds the worker, which passes at once
            assert screen.worker is worker
            qtbot.waitUntil(lambda: chat.titles() == ["【XY-1001】"], timeout=WAIT_MS)
        finally:
            worker.stop()


@pytest.mark.postgres
def test_a_syncing_station_sends_from_the_server_and_says_when_it_is_away(
    qtbot: QtBot,
    tmp_path: Path,
    server_url: str,  # noqa: F811 - the fixture
) -> None:
    with synced_station(tmp_path, "S1", server_url) as one, running_chat() as chat:
        assert one.sync is not None
        with_webhook(one, chat.url)
        boss = login_with_pin(one.db, "zhuguan", "8888", "S1")
        enqueue(one.db, "XY-2001")
        one.sync.round()  # the notice reaches the server
        with shown(qtbot, one, boss) as screen, worker_for(one, screen) as worker:
            qtbot.waitUntil(lambda: worker.passes >= 1, timeout=WAIT_MS)
            assert chat.titles() == ["【XY-2001】"]
            assert rows(screen.table)[0][3] == "sent"  # as the server has it
            enqueue(one.db, "XY-2002")  # written here while the server is away
            connected, server = one.sync, ServerDatabase(closed_port_url(), connect_timeout_s=2)
            one.sync = SyncClient(one.db, server, one.station_id, station_code="S1")
            try:
                with qtbot.waitSignal(worker.status_changed, timeout=WAIT_MS):
                    worker.look()
            finally:
                one.sync = connected  # closed with the station
                server.dispose()
            assert screen.state_label.text().startswith(
                "The shared server cannot be reached: no notice is sent from this station now."
            )
            titles = [r[2].split("\n")[0] for r in rows(screen.table)]
            assert titles == ["XY-2002", "XY-2001"]  # this station's copy
            assert chat.titles() == ["【XY-2001】"]
