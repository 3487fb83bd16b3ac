"""The workspace's screens as a user drives them."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.config import Config
from app.roles import Role
from app.services.auth import login_with_pin
from app.station import Station, open_station
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.test_main_window import type_login
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.orders import OrdersScreen
from ui.screens.overview import OverviewScreen
from ui.screens.settings import SettingsScreen
from ui.screens.users import UsersScreen


@pytest.fixture
def supervisor_window(
    qtbot: QtBot, station: Station, translations: Translations
) -> Iterator[MainWindow]:
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    win.show()
    type_login(qtbot, win, ROLE_USERS[Role.SUPERVISOR].username, PIN)
    assert win.workspace is not None
    yield win
    win.shutdown()


def commit_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type Chinese as an input method would commit it (keyClicks cannot)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()  # type: ignore[attr-defined]
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def test_supervisor_adds_a_user_who_can_then_log_in(
    qtbot: QtBot, supervisor_window: MainWindow
) -> None:
    workspace = supervisor_window.workspace
    assert workspace is not None
    users = workspace.show_screen("users")
    assert isinstance(users, UsersScreen)
    before = users.table.rowCount()
    qtbot.keyClicks(users.username_edit, "xinren")
    commit_text(qtbot, users.full_name_edit, "新员工")
    qtbot.keyClicks(users.pin_edit, "5678")
    users.role_boxes[Role.PACKER].setChecked(True)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert not users.result.is_error, users.result.text()
    assert users.result.text() == "已添加用户 xinren。"
    assert users.table.rowCount() == before + 1
    names = [users.table.item(r, 1).text() for r in range(users.table.rowCount())]
    assert "新员工" in names
    actor = login_with_pin(supervisor_window.station.db, "xinren", "5678")
    assert actor.roles == frozenset({Role.PACKER})


def test_add_user_errors_are_shown_in_chinese_and_nothing_is_saved(
    qtbot: QtBot, supervisor_window: MainWindow
) -> None:
    workspace = supervisor_window.workspace
    assert workspace is not None
    users = workspace.show_screen("users")
    assert isinstance(users, UsersScreen)
    before = users.table.rowCount()
    qtbot.keyClicks(users.username_edit, "nobody")
    commit_text(qtbot, users.full_name_edit, "无岗位")
    qtbot.keyClicks(users.pin_edit, "5678")
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert users.result.is_error
    assert users.result.text() == "请至少选择一个岗位。"
    users.role_boxes[Role.QC].setChecked(True)
    users.pin_edit.clear()
    qtbot.keyClicks(users.pin_edit, "12")
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert users.result.text() == "PIN 须为 4 至 12 位数字。"
    assert users.table.rowCount() == before
    assert users.username_edit.text() == "nobody"  # the input is kept for correction


def test_supervisor_unlocks_a_locked_user(qtbot: QtBot, supervisor_window: MainWindow) -> None:
    from app.errors import AccountLocked, LoginFailed

    db = supervisor_window.station.db
    packer = ROLE_USERS[Role.PACKER]
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login_with_pin(db, packer.username, "0000")
    with pytest.raises(AccountLocked):
        login_with_pin(db, packer.username, "0000")
    workspace = supervisor_window.workspace
    assert workspace is not None
    users = workspace.show_screen("users")
    assert isinstance(users, UsersScreen)
    row = [users.table.item(r, 0).text() for r in range(users.table.rowCount())].index(
        packer.username
    )
    assert users.table.item(row, 4).text().startswith("锁定至")
    users.table.selectRow(row)
    qtbot.mouseClick(users.unlock_button, Qt.MouseButton.LeftButton)
    assert users.result.text() == f"已解锁用户 {packer.username}。"
    assert login_with_pin(db, packer.username, PIN).username == packer.username


def test_language_switch_to_english_is_live_and_saved(
    qtbot: QtBot, supervisor_window: MainWindow, config: Config
) -> None:
    workspace = supervisor_window.workspace
    assert workspace is not None
    settings = workspace.show_screen("settings")
    assert isinstance(settings, SettingsScreen)
    settings.language_box.setCurrentIndex(settings.language_box.findData("en"))
    # Qt posts LanguageChange to every widget; the texts follow once it is delivered
    qtbot.waitUntil(lambda: workspace.navigation.item(0).text() == "F1  Overview")
    assert workspace.logout_button.text() == "Log out (F12)"
    assert supervisor_window.status.user_label.text().startswith("User: ")
    saved = tomllib.loads(config.paths.config_file.read_text(encoding="utf-8"))
    assert saved["station"]["language"] == "en"
    settings.language_box.setCurrentIndex(settings.language_box.findData("zh_CN"))
    qtbot.waitUntil(lambda: workspace.navigation.item(0).text() == "F1  总览")


def test_first_start_on_embedded_default_loads_demo_and_supervisor_logs_in(
    qtbot: QtBot, config: Config, translations: Translations
) -> None:
    """The README's first command: empty embedded database, demo data, log in."""
    station = open_station(config)
    assert station.demo_loaded
    assert station.db.url.endswith("station.db")
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    try:
        type_login(qtbot, win, "zhuguan", "8888")
        assert win.workspace is not None, win.login.result.text()
        overview = win.workspace.screens["overview"]
        assert isinstance(overview, OverviewScreen)
        assert overview.count_labels["paid"][1].text() == "500"
        assert overview.count_labels["paid"][0].text() == "已付款"
        orders = win.workspace.show_screen("orders")
        assert isinstance(orders, OrdersScreen)
        assert orders.table.rowCount() == 200  # newest 200 shown
        assert orders.table.item(0, 6).text() == "已付款"
    finally:
        win.shutdown()
        station.db.dispose()
    # a second start finds the data and loads nothing more
    again = open_station(config)
    assert not again.demo_loaded
    again.db.dispose()


def test_demo_is_not_loaded_into_a_configured_database(config: Config, db_url: str) -> None:
    configured = dataclasses.replace(
        config, database=dataclasses.replace(config.database, url=db_url)
    )
    station = open_station(configured)
    assert not station.demo_loaded
    station.db.dispose()
