"""The station window: login in Chinese, navigation per role, status bar, logout."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.config import Config
from app.roles import Role
from app.station import Station, open_station
from tests.pg_server import PgServer
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.keyboard import Keyboard
from ui.i18n import Translations
from ui.main_window import MainWindow

EXPECTED_SCREENS = {
    Role.SUPERVISOR: [
        "overview",
        "orders",
        "audit",
        "batches",
        "picking",
        "sorting",
        "verify",
        "pack",
        "weigh",
        "labels",
        "users",
        "devices",
        "settings",
        "receiving",
        "qc",
        "returns",
        "stock_ops",
        "books",
        "notices",
        "stations",
    ],
    Role.ORDER_CLERK: ["overview", "orders", "audit", "batches", "labels", "settings"],
    Role.CLERK: [
        "overview",
        "orders",
        "labels",
        "settings",
        "receiving",
        "returns",
        "stock_ops",
        "books",
        "notices",
    ],
    Role.PICKER: ["overview", "picking", "sorting", "settings", "stock_ops"],
    Role.VERIFIER_WEIGHER: ["overview", "verify", "weigh", "settings"],
    Role.PACKER: ["overview", "pack", "labels", "settings"],
    Role.QC: ["overview", "settings", "qc", "returns"],
}


@pytest.fixture
def window(qtbot: QtBot, station: Station, translations: Translations) -> Iterator[MainWindow]:
    win = MainWindow(station, translations, probe_interval_ms=200)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


def type_login(qtbot: QtBot, window: MainWindow, username: str, pin: str) -> None:
    login = window.login
    login.user_edit.setFocus()
    qtbot.keyClicks(login.user_edit, username)
    qtbot.keyClick(login.user_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(login.pin_edit, pin)
    qtbot.keyClick(login.pin_edit, Qt.Key.Key_Return)


def test_login_screen_is_in_chinese(window: MainWindow) -> None:
    assert window.login.title.text() == "仓库工作站"
    assert window.login.login_button.text() == "登录（回车）"
    assert window.windowTitle().startswith("仓库工作站")
    assert window.status.user_label.text() == "未登录"


@pytest.mark.parametrize("role", list(Role))
def test_main_window_opens_for_each_role_with_only_its_screens(
    qtbot: QtBot, window: MainWindow, role: Role
) -> None:
    user = ROLE_USERS[role]
    type_login(qtbot, window, user.username, PIN)
    assert window.workspace is not None, window.login.result.text()
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.screen_keys == EXPECTED_SCREENS[role]
    first = window.workspace.navigation.item(0).text()
    assert first == "F1  总览"
    assert user.full_name in window.status.user_label.text()


def test_enter_in_user_field_moves_to_pin_when_not_a_badge(
    qtbot: QtBot, window: MainWindow
) -> None:
    login = window.login
    qtbot.keyClicks(login.user_edit, ROLE_USERS[Role.PACKER].username)
    qtbot.keyClick(login.user_edit, Qt.Key.Key_Return)
    assert window.workspace is None
    assert not login.result.isVisible()
    assert login.pin_edit.hasFocus()


def test_badge_scan_logs_in(qtbot: QtBot, window: MainWindow) -> None:
    user = ROLE_USERS[Role.QC]
    qtbot.keyClicks(window.login.user_edit, user.badge)
    qtbot.keyClick(window.login.user_edit, Qt.Key.Key_Return)
    assert window.workspace is not None
    assert window.actor is not None and window.actor.username == user.username


def test_wrong_pins_show_red_panel_then_lock(qtbot: QtBot, window: MainWindow) -> None:
    user = ROLE_USERS[Role.PACKER]
    type_login(qtbot, window, user.username, "0000")
    assert window.login.result.is_error
    assert "再错 4 次" in window.login.result.text()
    for _ in range(4):
        window.login.user_edit.clear()
        type_login(qtbot, window, user.username, "0000")
    assert "已锁定" in window.login.result.text()
    window.login.user_edit.clear()
    type_login(qtbot, window, user.username, PIN)  # the right PIN no longer helps
    assert window.workspace is None
    assert "已锁定" in window.login.result.text()


def test_logout_returns_to_login(qtbot: QtBot, window: MainWindow) -> None:
    type_login(qtbot, window, ROLE_USERS[Role.PICKER].username, PIN)
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.navigation, Qt.Key.Key_F12)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.login
    assert window.status.user_label.text() == "未登录"


def test_f_keys_switch_screens(qtbot: QtBot, window: MainWindow) -> None:
    type_login(qtbot, window, ROLE_USERS[Role.SUPERVISOR].username, PIN)
    workspace = window.workspace
    assert workspace is not None
    qtbot.keyClick(workspace.navigation, Qt.Key.Key_F4)
    assert workspace.stack.currentWidget() is workspace.screens["batches"]
    users = workspace.screen_keys.index("users")  # F-keys follow the registry's order
    qtbot.keyClick(workspace.navigation, Qt.Key(Qt.Key.Key_F1.value + users))
    assert workspace.stack.currentWidget() is workspace.screens["users"]


def test_screens_past_f11_are_reached_with_ctrl_page_keys(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More screens than F-keys (F12 logs out): those past F11 show no F-key,
    and Ctrl+PgDown / Ctrl+PgUp step through every screen, round the list."""
    import ui.main_window
    from app.permissions import Action
    from ui.screens.base import Screen
    from ui.screens.registry import ScreenSpec

    extra = [
        ScreenSpec(f"extra{i}", lambda i=i: f"Extra {i}", Action.VIEW_OVERVIEW, Screen)
        for i in range(4)
    ]
    real = ui.main_window.screens_for
    monkeypatch.setattr(ui.main_window, "screens_for", lambda actor: [*real(actor), *extra])
    type_login(qtbot, window, ROLE_USERS[Role.SUPERVISOR].username, PIN)
    workspace = window.workspace
    assert workspace is not None
    keys = workspace.screen_keys
    assert len(keys) > 12 and keys[-4:] == ["extra0", "extra1", "extra2", "extra3"]
    labels = [workspace.navigation.item(i).text() for i in range(len(keys))]
    assert labels[10].startswith("F11  ")
    assert all(label.startswith("      ") for label in labels[11:])  # no F-key label
    assert labels[-1].strip() == "Extra 3"
    assert "Ctrl+PgDn / Ctrl+PgUp" in workspace.cycle_hint.text()  # shown under the list

    def current() -> str:
        return keys[workspace.stack.currentIndex()]

    nav = workspace.navigation
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(nav, Qt.Key.Key_PageUp, ctrl)  # from the first, round to the last
    assert current() == "extra3"
    qtbot.keyClick(nav, Qt.Key.Key_PageDown, ctrl)
    assert current() == "overview"
    qtbot.keyClick(nav, Qt.Key.Key_F11)
    assert current() == keys[10]
    verify = workspace.show_screen("verify")
    field = verify.scan_edit  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_PageDown, ctrl)  # also from a scan field
    assert current() == keys[keys.index("verify") + 1]
    for _ in range(len(keys)):  # on to the first screen without an F-key
        if workspace.stack.currentIndex() == 11:
            break
        qtbot.keyClick(nav, Qt.Key.Key_PageDown, ctrl)
    assert current() == keys[11]
    assert workspace.stack.currentWidget() is workspace.screens[keys[11]]
    qtbot.keyClick(nav, Qt.Key.Key_F12)  # F12 still logs out
    assert window.workspace is None


def test_status_bar_shows_station_database_scale_printer(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.status.database_online is True, timeout=5000)
    assert window.status.database_label.text() == "数据库：已连接"
    # the embedded default's simulated scale starts empty
    qtbot.waitUntil(lambda: window.status.scale_label.text() == "电子秤：模拟 · 空秤", timeout=5000)
    assert window.status.printer_label.text() == "打印机：PDF 目录 · 就绪"
    assert window.status.station_label.text() == f"工作站：{window.station.config.station.name}"


@pytest.mark.postgres
def test_status_bar_shows_unreachable_database(
    qtbot: QtBot, config: Config, pg_url: str, pg_server: PgServer, translations: Translations
) -> None:
    """A real server goes away: its database is dropped under the running window."""
    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=pg_url))
    station = open_station(config, demo_if_empty=False)
    win = MainWindow(station, translations, probe_interval_ms=200)
    qtbot.addWidget(win)
    try:
        qtbot.waitUntil(lambda: win.status.database_online is True, timeout=5000)
        pg_server.drop_database(make_url(pg_url).database or "")
        qtbot.waitUntil(lambda: win.status.database_online is False, timeout=10000)
        assert win.status.database_label.text() == "数据库：无法连接"
    finally:
        win.shutdown()
        station.db.dispose()


def test_status_bar_follows_the_simulated_scale_to_a_stable_weight(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The demo script puts a 1.234 kg parcel on after 3 s of empty scale."""
    with qtbot.waitSignal(window.devices.stable_weight, timeout=15000) as weighed:
        pass
    assert weighed.args == [1234]
    assert window.devices.scale.stable_grams == 1234
    assert window.status.scale_label.text() == "电子秤：模拟 · 稳定 1.234 kg"


@pytest.mark.parametrize("protocol", ["toledo", "mt-sics"])
def test_status_bar_shows_a_scale_that_is_unplugged_and_plugged_back(
    qtbot: QtBot,
    config: Config,
    db_url: str,
    tmp_path: Path,
    translations: Translations,
    protocol: str,
) -> None:
    from tests.app.devices.scales.test_link import Simulated
    from tests.pty_pair import pty_pair

    with pty_pair(tmp_path) as pair:
        scale = Simulated(pair.a, protocol)
        config = dataclasses.replace(
            config,
            database=dataclasses.replace(config.database, url=db_url),
            scale=dataclasses.replace(config.scale, url=pair.b, protocol=protocol),
        )
        station = open_station(config, demo_if_empty=False)
        win = MainWindow(station, translations)
        qtbot.addWidget(win)
        try:
            label = win.status.scale_label
            qtbot.waitUntil(lambda: "稳定 1.230 kg" in label.text(), timeout=10000)
            assert label.text() == f"电子秤：{pair.b} · 稳定 1.230 kg"
            pair.pull()
            scale.close()
            qtbot.waitUntil(lambda: "断开" in label.text(), timeout=10000)
            assert "color: #c62828" in label.styleSheet()
            assert win.devices.scale.stable_grams is None
            pair.start()
            scale = Simulated(pair.a, protocol)
            qtbot.waitUntil(lambda: "稳定 1.230 kg" in label.text(), timeout=15000)
        finally:
            win.shutdown()
            scale.close()
            station.db.dispose()


def test_scanned_badge_logs_in_wherever_the_focus_is(qtbot: QtBot, window: MainWindow) -> None:
    user = ROLE_USERS[Role.VERIFIER_WEIGHER]
    window.login.pin_edit.setFocus()
    Keyboard().scan(user.badge)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.actor is not None and window.actor.username == user.username
    assert window.login.pin_edit.text() == ""  # the scan was not typed into the PIN field


def test_scanned_unknown_badge_is_refused_in_chinese(qtbot: QtBot, window: MainWindow) -> None:
    window.login.user_edit.setFocus()
    Keyboard().scan("NOBODY42")
    qtbot.waitUntil(lambda: window.login.result.isVisible())
    assert window.login.result.text() == "用户名或 PIN 错误，或工牌无效。"
    assert window.login.user_edit.text() == ""
    assert window.workspace is None


def test_scan_on_a_screen_without_scans_is_said_in_the_status_bar(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_login(qtbot, window, ROLE_USERS[Role.PACKER].username, PIN)
    assert window.workspace is not None
    window.workspace.navigation.setFocus()
    Keyboard().scan("6901234567892")
    qtbot.waitUntil(lambda: "6901234567892" in window.status.currentMessage())
    assert "本页面不处理扫描" in window.status.currentMessage()


def test_serial_scanner_badge_logs_in(
    qtbot: QtBot,
    config: Config,
    db_url: str,
    tmp_path: Path,
    translations: Translations,
    station: Station,
) -> None:
    import serial

    from tests.pty_pair import pty_pair

    user = ROLE_USERS[Role.QC]
    with pty_pair(tmp_path) as pair:
        configured = dataclasses.replace(
            station.config,
            scanner=dataclasses.replace(station.config.scanner, serial_url=pair.b),
        )
        win = MainWindow(dataclasses.replace(station, config=configured), translations)
        qtbot.addWidget(win)
        win.show()
        scanner_end = serial.serial_for_url(pair.a)
        try:
            serial_scanner = win.devices.serial_scanner
            assert serial_scanner is not None
            qtbot.waitUntil(lambda: serial_scanner.health.value == "ready", timeout=5000)
            assert win.status.scanner_label.text() == f"扫描枪：{pair.b} · 就绪"
            scanner_end.write(user.badge.encode() + b"\r\n")
            qtbot.waitUntil(lambda: win.workspace is not None, timeout=5000)
            assert win.actor is not None and win.actor.username == user.username
        finally:
            scanner_end.close()
            win.shutdown()


def test_status_bar_shows_waiting_and_failed_print_jobs(qtbot: QtBot, window: MainWindow) -> None:
    """A job that failed needs a person: the status bar says so in red."""
    from datetime import UTC, datetime

    from app.services.auth import login_with_pin
    from app.services.print_queue import claim_next, mark_failed
    from app.services.printers import configure_printer, set_default_printer
    from app.services.printing import enqueue

    window.devices.printing.stop()  # this test moves the job through the queue itself
    db = window.station.db
    boss = login_with_pin(
        db, ROLE_USERS[Role.SUPERVISOR].username, PIN, window.station.config.station.code
    )
    zebra = configure_printer(
        db, boss, name="斑马 ZT410", kind="tcp", address="127.0.0.1:9100", language="zpl"
    )
    set_default_printer(db, boss, "ewaybill", zebra.id)
    window._printing_changed()
    assert window.status.printer_label.text() == "打印机：斑马 ZT410"
    enqueue(
        db,
        boss,
        "ewaybill",
        "ewaybill_100x150",
        "",
        b"^XA^XZ",
        "application/vnd.zebra.zpl",
        printer_id=zebra.id,
    )
    window._printing_changed()
    assert window.status.printer_label.text() == "打印机：斑马 ZT410 · 排队 1"
    job = claim_next(db, window.station.station_id, datetime.now(UTC))
    assert job is not None
    mark_failed(db, job.id, "refused", datetime.now(UTC), max_attempts=1)
    window._printing_changed()
    assert window.status.printer_label.text() == "打印机：斑马 ZT410 · 失败 1"
    assert "color: #c62828" in window.status.printer_label.styleSheet()
