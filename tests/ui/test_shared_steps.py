"""Steps that need one truth for everyone run on the shared server: the audit
pass and cutting batches at a station that syncs, and a plain refusal when the
server cannot be reached (verify, pack and weigh go on offline)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Order
from app.services.auth import login_with_pin
from app.station import Station
from app.sync.server_init import init_server
from app.sync.shared import ServerDatabase
from tests.app.printing.fake_printer import closed_port
from tests.app.sync.stations import synced_station
from tests.ui.test_audit_screen import ORDERS, PASS_NOW, WAIT_MS, add_orders
from ui.screens.audit import AuditScreen


@pytest.fixture
def station(tmp_path: Path, pg_url: str) -> Iterator[Station]:
    """A station joined to a server that has the audit test's paid orders."""
    init_server(pg_url, supervisor=("zhuguan", "王主管", "8888", "BADGE-BOSS"))
    server = Database(pg_url)
    add_orders(Station(config=None, db=server, station_id=""), ORDERS)  # type: ignore[arg-type]
    server.dispose()
    with synced_station(tmp_path, "S1", pg_url) as joined:
        yield joined


def statuses(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {
            no: status
            for no, status in session.execute(select(Order.platform_order_no, Order.status))
        }


def open_audit(qtbot: QtBot, station: Station) -> AuditScreen:
    actor = login_with_pin(station.db, "zhuguan", "8888", "S1")
    screen = AuditScreen(station, actor)
    screen.clock = lambda: PASS_NOW
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    return screen


def test_the_audit_pass_runs_on_the_server_and_the_replica_shows_it(
    qtbot: QtBot, station: Station
) -> None:
    assert station.sync is not None
    screen = open_audit(qtbot, station)
    try:
        assert screen.queue is not None and screen.queue.waiting == 7
        screen.run_pass()
        qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
        assert not screen.result.is_error, screen.result.text()
        result = screen.last_result
        assert result is not None and (result.audited, result.held) == (4, 3)
        on_server = statuses(station.sync.server)
        assert sorted(on_server.values()).count("audited") == 4
        # The station's replica already shows the pass: no waiting for a round.
        assert statuses(station.db) == on_server
    finally:
        screen.stop()


def test_without_the_server_the_audit_pass_says_so_and_changes_nothing(
    qtbot: QtBot, station: Station
) -> None:
    assert station.sync is not None
    joined_server = station.sync.server
    station.sync.server = ServerDatabase(
        f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/gone", connect_timeout_s=2
    )
    screen = open_audit(qtbot, station)
    try:
        screen.run_pass()
        qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
        assert screen.result.is_error
        assert "needs the shared server" in screen.result.text()
        assert "go on offline" in screen.result.text()
        assert set(statuses(station.db).values()) == {"paid"}
        assert set(statuses(joined_server).values()) == {"paid"}
    finally:
        screen.stop()
        station.sync.server.dispose()
        station.sync.server = joined_server


def test_a_release_without_the_server_keeps_the_hold(qtbot: QtBot, station: Station) -> None:
    assert station.sync is not None
    screen = open_audit(qtbot, station)
    try:
        screen.run_pass()
        qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
        assert len(screen.held) == 3
        joined_server = station.sync.server
        station.sync.server = ServerDatabase(
            f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/gone", connect_timeout_s=2
        )
        screen.table.selectRow(0)
        screen.note_edit.setText("客服已确认")
        screen.release_selected()
        qtbot.waitUntil(lambda: screen.result.is_error, timeout=WAIT_MS)
        assert "needs the shared server" in screen.result.text()
        assert screen.note_edit.text() == "客服已确认"  # nothing typed is lost
        assert sorted(statuses(joined_server).values()).count("held") == 3
        station.sync.server.dispose()
        station.sync.server = joined_server
    finally:
        screen.stop()
