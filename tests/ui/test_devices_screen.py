"""The devices screen: pick the scale's port, protocol and baud, watch it live,
and see what a scan is taken for."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import Config
from app.roles import Role
from app.station import Station
from tests.app.devices.scales.test_link import Simulated
from tests.pty_pair import pty_pair
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.keyboard import Keyboard
from tests.ui.test_main_window import type_login
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.devices import DevicesScreen


@pytest.fixture
def screen_and_window(
    qtbot: QtBot, station: Station, translations: Translations
) -> Iterator[tuple[DevicesScreen, MainWindow]]:
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    win.show()
    type_login(qtbot, win, ROLE_USERS[Role.SUPERVISOR].username, PIN)
    assert win.workspace is not None
    screen = win.workspace.show_screen("devices")
    assert isinstance(screen, DevicesScreen)
    yield screen, win
    win.shutdown()


def test_only_the_supervisor_has_the_devices_screen(
    qtbot: QtBot, station: Station, translations: Translations
) -> None:
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    try:
        type_login(qtbot, win, ROLE_USERS[Role.VERIFIER_WEIGHER].username, PIN)
        assert win.workspace is not None
        assert "devices" not in win.workspace.screen_keys
    finally:
        win.shutdown()


def test_lists_ports_protocols_and_bauds(
    screen_and_window: tuple[DevicesScreen, MainWindow],
) -> None:
    screen, _win = screen_and_window
    assert screen.port_box.itemData(0) == "sim://"
    assert screen.port_box.itemText(0) == "模拟秤（sim://）"
    assert screen.protocol_box.count() == 8
    screen.protocol_box.setCurrentIndex(screen.protocol_box.findData("xk3190-tf0"))
    bauds = [screen.baud_box.itemData(i) for i in range(screen.baud_box.count())]
    assert bauds == [1200, 2400, 4800, 9600]
    assert screen.framing.text() == "8N1"


def test_live_reading_follows_the_simulated_scale(
    qtbot: QtBot, screen_and_window: tuple[DevicesScreen, MainWindow]
) -> None:
    screen, _win = screen_and_window
    qtbot.waitUntil(lambda: screen.live.text() == "1.234 kg  稳定", timeout=15000)
    assert screen.link_label.text() == "模拟 · 稳定 1.234 kg"


def test_apply_switches_to_a_real_port_and_saves_the_config(
    qtbot: QtBot,
    screen_and_window: tuple[DevicesScreen, MainWindow],
    tmp_path: Path,
    config: Config,
) -> None:
    screen, win = screen_and_window
    with pty_pair(tmp_path) as pair:
        scale = Simulated(pair.a, "cas")
        try:
            screen.port_box.setEditText(pair.b)
            screen.protocol_box.setCurrentIndex(screen.protocol_box.findData("cas"))
            qtbot.mouseClick(screen.apply_button, Qt.MouseButton.LeftButton)
            assert screen.scale_result.text() == f"已保存，正在连接 {pair.b}"
            qtbot.waitUntil(lambda: screen.live.text() == "1.230 kg  稳定", timeout=10000)
            assert win.status.scale_label.text() == f"电子秤：{pair.b} · 稳定 1.230 kg"
            saved = tomllib.loads(config.paths.config_file.read_text(encoding="utf-8"))
            assert saved["scale"] == {"url": pair.b, "protocol": "cas", "baud": 9600}
        finally:
            win.shutdown()
            scale.close()


@pytest.mark.parametrize(
    ("code", "taken_as"),
    [
        ("BADGE003", "工牌"),
        ("CMD:CONFIRM", "指令：确认"),
        ("hello world", "无法识别（不符合任何已知格式）"),
    ],
)
def test_scan_test_shows_what_a_burst_was_taken_for(
    qtbot: QtBot, screen_and_window: tuple[DevicesScreen, MainWindow], code: str, taken_as: str
) -> None:
    screen, _win = screen_and_window
    screen.protocol_box.setFocus()  # anywhere: the burst still reaches the screen
    Keyboard().scan(code)
    qtbot.waitUntil(lambda: screen.scan_kind.text() != "")
    assert screen.scan_code.text() == code
    assert screen.scan_kind.text() == taken_as


def test_typed_code_in_the_test_field_is_classified_too(
    qtbot: QtBot, screen_and_window: tuple[DevicesScreen, MainWindow]
) -> None:
    screen, _win = screen_and_window
    screen.scan_field.setFocus()
    qtbot.keyClicks(screen.scan_field, "BADGE005")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert screen.scan_kind.text() == "工牌"
    assert screen.scan_field.text() == ""
