"""The weigh screen driven by scanner bursts and a scale on a real serial line
(a pty pair; the test plays the scale's end) (R-WEI-1..3): in tolerance the
parcel ships and its courier's area stays huge; out of tolerance it is held,
then weighed again or passed with a supervisor's badge and a reason; a parcel
already on the scale before the scan is read; a disconnected or unsettled
scale blocks and says why; a typed weight needs a supervisor; a second scan
says who weighed the parcel."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db.engine import Database
from app.db.models import Weighing
from app.devices.scales.link import LinkState
from app.devices.scales.protocols import PROTOCOLS
from app.devices.scales.reading import ScaleState
from app.devices.scales.stability import JudgedState
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.pack import confirm_pack, open_pack
from app.station import Station
from tests.pty_pair import PtyPair, pty_pair
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.test_main_window import type_login
from tests.ui.test_pack_screen import O1_WAYBILL, O2_WAYBILL, O3_WAYBILL, ship_floor, status
from tests.ui.test_picking_screen import burst
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.weigh import WeighScreen
from ui.sounds import Tone

S, M, Z = ScaleState.STABLE, ScaleState.MOVING, ScaleState.ZERO
WAIT_MS = 10_000
SUPERVISOR = ROLE_USERS[Role.SUPERVISOR]
WEIGHER = ROLE_USERS[Role.VERIFIER_WEIGHER]


class ScriptedScale:
    """The scale's end of the cable: streams CAS frames of what the test says
    it shows, about 20 a second, until told to fall silent."""

    def __init__(self, device: str) -> None:
        self.spec = PROTOCOLS["cas"]
        self.port = serial.serial_for_url(device, timeout=0.05)
        self.lock = threading.Lock()
        self.frame = self.spec.encode(Z, 0)
        self.talking = threading.Event()
        self.talking.set()
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def show(self, state: ScaleState, grams: int) -> None:
        with self.lock:
            self.frame = self.spec.encode(state, grams)
        self.talking.set()

    def silent(self) -> None:
        """A pulled RS-232 cable: nothing more arrives."""
        self.talking.clear()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            if self.talking.is_set():
                with self.lock:
                    frame = self.frame
                try:
                    self.port.write(frame)
                except (serial.SerialException, OSError):
                    return
            self.stopping.wait(0.05)

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.port.close()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[PtyPair]:
    with pty_pair(tmp_path) as p:
        yield p


@pytest.fixture
def scale(pair: PtyPair) -> Iterator[ScriptedScale]:
    played = ScriptedScale(pair.a)
    yield played
    played.close()


@pytest.fixture
def floor(config: Config, db_url: str, pair: PtyPair) -> Iterator[Station]:
    """The shipping floor with O1 (920 g expected, ± 46 g) and O2 (340 g,
    ± 30 g) packed, O3 pre-packed (900 g, ± 45 g); the station's scale on the pty."""
    config = dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db_url),
        scanner=dataclasses.replace(config.scanner, min_length=2),
        scale=dataclasses.replace(config.scale, url=pair.b, protocol="cas", watchdog_ms=400),
    )
    station = ship_floor(config)
    packer = login_with_pin(station.db, "dabao", "1234")
    for note, waybill, carton in (("O1", O1_WAYBILL, "PK-CTN-4"), ("O2", O2_WAYBILL, "PK-CTN-5")):
        order_id = open_pack(station.db, packer, waybill).order_id
        confirm_pack(station.db, packer, order_id, (waybill, note), {carton: 1})
    yield station
    station.db.dispose()


@pytest.fixture
def window(qtbot: QtBot, floor: Station, scale: ScriptedScale) -> Iterator[MainWindow]:
    win = MainWindow(floor)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


@pytest.fixture
def weigh(qtbot: QtBot, window: MainWindow) -> WeighScreen:
    type_login(qtbot, window, WEIGHER.username, PIN)
    assert window.workspace is not None, window.login.verdict.text
    screen = window.workspace.show_screen("weigh")
    assert isinstance(screen, WeighScreen)
    return screen


def scan(qtbot: QtBot, screen: WeighScreen, code: str) -> str:
    """A scanner burst on the weigh screen; what the result panel says."""
    win = screen.window()
    assert isinstance(win, MainWindow)
    screen.verdict.clear()
    burst(qtbot, win, code)
    return screen.verdict.text


def settle(qtbot: QtBot, screen: WeighScreen, state: JudgedState, grams: int | None) -> None:
    """Wait until the station judges the scale so."""
    devices = screen.devices
    assert devices is not None

    def judged() -> bool:
        j = devices.scale_judged
        return devices.scale_link.state is LinkState.CONNECTED and (j.state, j.grams) == (
            state,
            grams,
        )

    qtbot.waitUntil(judged, timeout=WAIT_MS)


def shipped(db: Database, order_no: str) -> bool:
    return status(db, order_no) == "shipped"


def weighings(db: Database) -> list[tuple[int, str, bool, str | None, str]]:
    with db.read() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                select(
                    Weighing.grams,
                    Weighing.verdict,
                    Weighing.manual,
                    Weighing.approver_id,
                    Weighing.reason,
                ).order_by(Weighing.created_at)
            )
        ]


def test_in_tolerance_ships_and_the_courier_area_stays_huge(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    settle(qtbot, weigh, JudgedState.EMPTY, 0)
    scan(qtbot, weigh, O1_WAYBILL)
    assert weigh.zone_label.text() == "5号区 圆通"  # R-WEI-2
    assert weigh.zone_label.font().pointSizeF() >= 3 * weigh.font().pointSizeF()
    assert "0.920 kg ± 46 g" in weigh.expected_label.text()
    assert "Put the parcel on the scale" in weigh.scale_hint.text()
    assert status(floor.db, "O1") == "packed"

    scale.show(M, 700)
    scale.show(S, 958)  # + 38 g: inside ± 46 g (R-WEI-3)
    qtbot.waitUntil(lambda: shipped(floor.db, "O1"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Shipped" in weigh.verdict.text, timeout=WAIT_MS)
    assert not weigh.verdict.is_error and "5号区 圆通" in weigh.verdict.text
    assert weigh.verdict.sounds.last_played is Tone.DONE
    assert weigh.zone_label.text() == "5号区 圆通" and "#1b7f3b" in weigh.zone_label.styleSheet()
    assert "+38 g" in weigh.expected_label.text()
    assert weighings(floor.db) == [(958, "ok", False, None, "")]

    # The same waybill again (here or at another station): who, where, when.
    text = scan(qtbot, weigh, O1_WAYBILL)
    assert weigh.verdict.is_error and "already weighed" in text
    assert WEIGHER.full_name in text and floor.config.station.code in text
    assert len(weighings(floor.db)) == 1  # the parcel still on the scale is not weighed again


def test_a_parcel_on_the_scale_before_the_scan_is_weighed(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    scale.show(S, 352)  # O2: 340 g ± 30 g
    settle(qtbot, weigh, JudgedState.STABLE, 352)
    scan(qtbot, weigh, O2_WAYBILL)
    assert shipped(floor.db, "O2")
    assert "Shipped" in weigh.verdict.text and weigh.zone_label.text() == "5号区 圆通"

    # The next parcel is scanned while O2 still lies there: its weight is not reused.
    scan(qtbot, weigh, O3_WAYBILL)  # pre-packed (R-BAT-5), to the SF area
    assert weigh.zone_label.text() == "1号区 顺丰"
    assert "previous parcel" in weigh.scale_hint.text()
    assert status(floor.db, "O3") == "verified"
    scale.show(Z, 0)
    settle(qtbot, weigh, JudgedState.EMPTY, 0)
    scale.show(S, 905)
    qtbot.waitUntil(lambda: shipped(floor.db, "O3"), timeout=WAIT_MS)


def test_out_of_tolerance_is_held_until_a_supervisor_passes_it(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    scale.show(S, 1100)
    settle(qtbot, weigh, JudgedState.STABLE, 1100)
    text = scan(qtbot, weigh, O1_WAYBILL)
    assert weigh.verdict.is_error and status(floor.db, "O1") == "held"
    assert "1.100 kg" in text and "0.920 kg" in text and "+180 g" in text and "± 46 g" in text
    assert weigh.zone_label.text().startswith("HOLD") and "#c62828" in weigh.zone_label.styleSheet()
    assert weigh.verdict.sounds.last_played is Tone.ERROR  # a hold is heard, too

    text = scan(qtbot, weigh, ROLE_USERS[Role.PACKER].badge)  # no supervisor
    assert weigh.verdict.is_error and "no supervisor" in text and not weigh.override.isVisible()

    scan(qtbot, weigh, SUPERVISOR.badge)
    assert weigh.override.isVisible() and not weigh.grams_edit.isVisible()
    assert SUPERVISOR.full_name in weigh.verdict.text
    assert weigh.reason_edit.hasFocus()
    qtbot.keyClick(weigh.reason_edit, Qt.Key.Key_Return)  # no reason: refused
    assert weigh.verdict.is_error and "reason" in weigh.verdict.text
    assert status(floor.db, "O1") == "held"
    qtbot.keyClicks(weigh.reason_edit, "extra gift card inside")
    qtbot.keyClick(weigh.reason_edit, Qt.Key.Key_Return)
    assert shipped(floor.db, "O1") and not weigh.verdict.is_error
    assert "Shipped" in weigh.verdict.text and weigh.zone_label.text() == "5号区 圆通"
    assert not weigh.override.isVisible()
    with floor.db.read() as session:
        boss = session.scalars(
            select(Weighing.approver_id).where(Weighing.verdict == "override")
        ).one()
    assert [w[:2] for w in weighings(floor.db)] == [(1100, "off"), (1100, "override")]
    assert weighings(floor.db)[1][4] == "extra gift card inside" and boss is not None


def test_a_held_parcel_weighed_again_ships(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    settle(qtbot, weigh, JudgedState.EMPTY, 0)
    scan(qtbot, weigh, O2_WAYBILL)
    scale.show(S, 420)  # a second carton slipped in
    qtbot.waitUntil(lambda: status(floor.db, "O2") == "held", timeout=WAIT_MS)
    scale.show(Z, 0)  # lifted, fixed, put back
    settle(qtbot, weigh, JudgedState.EMPTY, 0)
    scale.show(S, 338)
    qtbot.waitUntil(lambda: shipped(floor.db, "O2"), timeout=WAIT_MS)
    assert [w[:2] for w in weighings(floor.db)] == [(420, "off"), (338, "ok")]


def test_an_unsettled_scale_blocks_and_says_why(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    scale.show(M, 350)
    settle(qtbot, weigh, JudgedState.MOVING, 350)
    scan(qtbot, weigh, O2_WAYBILL)
    qtbot.waitUntil(lambda: "not stable" in weigh.scale_hint.text(), timeout=WAIT_MS)
    assert "#c62828" in weigh.scale_hint.styleSheet()
    assert status(floor.db, "O2") == "packed" and weighings(floor.db) == []
    scale.show(S, 341)
    qtbot.waitUntil(lambda: shipped(floor.db, "O2"), timeout=WAIT_MS)


def test_a_disconnected_scale_blocks_and_a_typed_weight_needs_a_supervisor(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    scale.show(S, 345)
    settle(qtbot, weigh, JudgedState.STABLE, 345)
    scale.silent()  # the cable is pulled with the parcel on the scale
    devices = weigh.devices
    assert devices is not None
    qtbot.waitUntil(lambda: devices.scale_link.state is LinkState.DISCONNECTED, timeout=WAIT_MS)
    scan(qtbot, weigh, O2_WAYBILL)
    assert "disconnected" in weigh.scale_hint.text() and "disconnected" in weigh.scale_label.text()
    assert status(floor.db, "O2") == "packed" and weighings(floor.db) == []
    assert not weigh.override.isVisible()  # no typed weight without a supervisor

    scan(qtbot, weigh, SUPERVISOR.badge)
    assert weigh.override.isVisible() and weigh.grams_edit.isVisible()
    assert weigh.grams_edit.hasFocus()
    weigh.grams_edit.selectAll()
    qtbot.keyClicks(weigh.grams_edit, "346")
    qtbot.keyClick(weigh.grams_edit, Qt.Key.Key_Tab)
    assert weigh.reason_edit.hasFocus()
    qtbot.keyClicks(weigh.reason_edit, "scale cable broken")
    qtbot.keyClick(weigh.reason_edit, Qt.Key.Key_Return)
    assert shipped(floor.db, "O2") and "Shipped" in weigh.verdict.text
    [(grams, verdict, manual, approver, reason)] = weighings(floor.db)
    assert (grams, verdict, manual, reason) == (346, "ok", True, "scale cable broken")
    assert approver is not None
    scale.show(S, 345)  # plugged back in: the live state is shown again
    qtbot.waitUntil(lambda: "stable" in weigh.scale_label.text(), timeout=WAIT_MS)


def test_an_unknown_waybill_changes_nothing(
    qtbot: QtBot, weigh: WeighScreen, scale: ScriptedScale, floor: Station
) -> None:
    scale.show(S, 352)
    settle(qtbot, weigh, JudgedState.STABLE, 352)
    text = scan(qtbot, weigh, "YT9999999999999")
    assert weigh.verdict.is_error and "YT9999999999999" in text
    assert weigh.state is None and weighings(floor.db) == []
