"""One-station mode ([shipping] one_station): verify, pack and weigh at one desk
as one flow. A parcel verified opens at packing (a pre-packed one at weighing,
R-BAT-5), a sealed one at weighing, and once shipped the desk is back at
verify; a scan while nothing is open goes to the step the parcel has reached.
Driven by scanner bursts and a scale on a real serial line (pty)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db.models import Order
from app.devices.scales.reading import ScaleState
from app.services.auth import login_with_pin
from app.services.verify import confirm_verify, open_verify, verify_scan
from app.station import Station, open_station
from tests.app.services.shipping_floor import CUP, GIFT, picked_floor
from tests.pty_pair import PtyPair, pty_pair
from tests.ui.test_main_window import type_login
from tests.ui.test_picking_screen import burst
from tests.ui.test_weigh_screen import ScriptedScale
from ui.main_window import MainWindow
from ui.qt import Qt

WAIT_MS = 10_000
O1_WAYBILL, O2_WAYBILL, O3_WAYBILL = "YT1000000000001", "YT1000000000002", "SF1000000000003"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[PtyPair]:
    with pty_pair(tmp_path) as p:
        yield p


@pytest.fixture
def scale(pair: PtyPair) -> Iterator[ScriptedScale]:
    played = ScriptedScale(pair.a)
    yield played
    played.close()


def _station(config: Config, db_url: str, pair: PtyPair, one_station: bool) -> Station:
    config = dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db_url),
        scanner=dataclasses.replace(config.scanner, min_length=2),  # "O1" is a delivery note
        scale=dataclasses.replace(config.scale, url=pair.b, protocol="cas", watchdog_ms=400),
        shipping=dataclasses.replace(config.shipping, one_station=one_station),
    )
    station = open_station(config, demo_if_empty=False)
    picked_floor(station.db)
    return station


@pytest.fixture
def desk(
    qtbot: QtBot, config: Config, db_url: str, pair: PtyPair, scale: ScriptedScale
) -> Iterator[MainWindow]:
    station = _station(config, db_url, pair, one_station=True)
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    type_login(qtbot, win, "zhuguan", "8888")  # may verify, pack and weigh
    assert win.workspace is not None
    win.workspace.show_screen("verify")
    yield win
    win.shutdown()
    station.db.dispose()


def current(win: MainWindow) -> str:
    assert win.workspace is not None
    widget = win.workspace.stack.currentWidget()
    return next(key for key, screen in win.workspace.screens.items() if screen is widget)


def status(win: MainWindow, order_no: str) -> str:
    with win.station.db.read() as session:
        return str(session.scalar(select(Order.status).where(Order.platform_order_no == order_no)))


def enter(qtbot: QtBot, win: MainWindow) -> None:
    """Enter in the step's empty scan field: confirm / seal."""
    assert win.workspace is not None
    screen = win.workspace.stack.currentWidget()
    field = screen.scan_edit  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_parcel_goes_from_verify_to_pack_to_weigh_and_back(
    qtbot: QtBot, desk: MainWindow, scale: ScriptedScale
) -> None:
    for code in ("O2", O2_WAYBILL, CUP):
        burst(qtbot, desk, code)
    enter(qtbot, desk)  # confirm: verified
    assert status(desk, "O2") == "verified"
    assert current(desk) == "pack"  # opened there, with the waybill already checked
    for code in ("O2", "PK-CTN-5"):
        burst(qtbot, desk, code)
    enter(qtbot, desk)  # seal
    assert status(desk, "O2") == "packed"
    assert current(desk) == "weigh"
    scale.show(ScaleState.STABLE, 340)  # 180 g cup + 160 g carton
    qtbot.waitUntil(lambda: status(desk, "O2") == "shipped", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: current(desk) == "verify", timeout=WAIT_MS)


def test_a_prepacked_parcel_skips_packing(
    qtbot: QtBot, desk: MainWindow, scale: ScriptedScale
) -> None:
    """R-BAT-5: the gift box was packed ahead; from verify straight to the scale."""
    for code in (O3_WAYBILL, "O3", GIFT):
        burst(qtbot, desk, code)
    enter(qtbot, desk)
    assert current(desk) == "weigh" and status(desk, "O3") == "verified"
    scale.show(ScaleState.STABLE, 900)
    qtbot.waitUntil(lambda: status(desk, "O3") == "shipped", timeout=WAIT_MS)


def test_an_idle_desk_opens_a_parcel_at_its_step(qtbot: QtBot, desk: MainWindow) -> None:
    """A parcel verified at another desk, scanned at verify, opens at packing."""
    for code in ("O1", O1_WAYBILL):
        burst(qtbot, desk, code)
    assert current(desk) == "verify"  # O1 is open here: its scans stay here
    assert desk.workspace is not None
    desk.workspace.screens["verify"].set_order_aside()  # type: ignore[attr-defined]
    other = login_with_pin(desk.station.db, "yanhuo", "1234")
    order_id = open_verify(desk.station.db, other, "O2").parcel.order_id
    for code in (O2_WAYBILL, CUP):
        verify_scan(desk.station.db, other, order_id, code)
    confirm_verify(desk.station.db, other, order_id)
    burst(qtbot, desk, O2_WAYBILL)
    assert current(desk) == "pack"
    assert desk.workspace.screens["pack"].busy


def test_with_one_station_off_each_step_stays_on_its_screen(
    qtbot: QtBot, config: Config, db_url: str, pair: PtyPair, scale: ScriptedScale
) -> None:
    station = _station(config, db_url, pair, one_station=False)
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    try:
        type_login(qtbot, win, "zhuguan", "8888")
        assert win.workspace is not None
        win.workspace.show_screen("verify")
        for code in ("O2", O2_WAYBILL, CUP):
            burst(qtbot, win, code)
        enter(qtbot, win)
        assert status(win, "O2") == "verified" and current(win) == "verify"
    finally:
        win.shutdown()
        station.db.dispose()


def test_the_flow_is_for_someone_who_may_do_all_three_steps(
    qtbot: QtBot, config: Config, db_url: str, pair: PtyPair, scale: ScriptedScale
) -> None:
    """A verifier-weigher (no packing) keeps separate screens, one_station or not."""
    station = _station(config, db_url, pair, one_station=True)
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    try:
        type_login(qtbot, win, "yanhuo", "1234")
        assert win.workspace is not None and "pack" not in win.workspace.screens
        win.workspace.show_screen("verify")
        for code in ("O2", O2_WAYBILL, CUP):
            burst(qtbot, win, code)
        enter(qtbot, win)
        assert status(win, "O2") == "verified" and current(win) == "verify"
    finally:
        win.shutdown()
        station.db.dispose()
