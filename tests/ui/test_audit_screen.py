"""The audit screen (审单) driven with the keyboard: a pass (R-ORD-1..4), the
held orders with their reasons, release with a note, and the audit rules."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import AuditEntry, Order
from app.roles import Role
from app.services.auth import login_with_pin
from app.station import Station
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.keyboard import Keyboard
from tests.ui.test_main_window import type_login
from tests.ui.test_screens import commit_text
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.audit import AuditScreen

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASS_NOW = datetime(2026, 11, 28, 17, 30, tzinfo=SHANGHAI)
WAIT_MS = 10_000
CLERK = ROLE_USERS[Role.ORDER_CLERK]

# (order no., paid at (Shanghai), CS remark, buyer message)
ORDERS = [
    ("T1001", (9, 5), "客人要求改地址，新地址见旺旺", ""),
    ("T1002", (9, 40), "", "请尽快发货，谢谢！"),
    ("T1003", (10, 15), "老客户", "需要开发票，抬头稍后发"),
    ("T1004", (11, 0), "", ""),
    ("T1005", (16, 59), "", "周末家里有人"),
    ("T1006", (17, 0), "", ""),  # paid at the cut-off: ships tomorrow (R-ORD-4)
    ("T1007", (17, 20), "", "先别发货，等通知"),
]


def add_orders(station: Station, orders: list[tuple[str, tuple[int, int], str, str]]) -> None:
    with station.db.write() as session:
        for number, (hour, minute), remark, message in orders:
            session.add(
                Order(
                    shop="西湖龙井茶庄",
                    platform_order_no=number,
                    paid_at=datetime(2026, 11, 28, hour, minute, tzinfo=SHANGHAI),
                    status="paid",
                    recipient_name="王芳",
                    recipient_phone="13800138000",
                    province="浙江省",
                    city="杭州市",
                    district="西湖区",
                    address_detail="文三路 90 号",
                    waybill_no=f"SF{number}",
                    cs_remark=remark,
                    buyer_message=message,
                )
            )


def status_of(station: Station, number: str) -> str:
    with station.db.read() as session:
        order = session.scalars(select(Order).where(Order.platform_order_no == number)).one()
        return order.status


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def run_pass_with_enter(qtbot: QtBot, screen: AuditScreen) -> None:
    assert focused() is screen.run_button
    Keyboard().enter(gap=160)
    qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)


def held_numbers(screen: AuditScreen) -> list[str]:
    return [screen.table.item(r, 0).text() for r in range(screen.table.rowCount())]


def select_with_arrows(qtbot: QtBot, screen: AuditScreen, number: str) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Home)
    for _ in range(held_numbers(screen).index(number)):
        qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    selected = screen.selected()
    assert selected is not None and selected.order_no == number


def replace_text(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Select all and type over it: ASCII with keys, Chinese as an IME commits it."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        commit_text(qtbot, edit, text)


@pytest.fixture
def screen(qtbot: QtBot, station: Station) -> Iterator[AuditScreen]:
    add_orders(station, ORDERS)
    actor = login_with_pin(station.db, CLERK.username, PIN)
    audit_screen = AuditScreen(station, actor)
    audit_screen.clock = lambda: PASS_NOW
    qtbot.addWidget(audit_screen)
    audit_screen.show()
    audit_screen.activateWindow()
    qtbot.waitExposed(audit_screen)
    audit_screen.refresh()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is audit_screen.run_button)
    yield audit_screen
    audit_screen.stop()


def test_a_pass_holds_change_requests_and_counts_tomorrows_orders(
    qtbot: QtBot, screen: AuditScreen, station: Station
) -> None:
    assert screen.queue is not None
    assert (screen.queue.waiting, screen.queue.after_cutoff, screen.queue.pass_size) == (7, 2, 200)
    assert "7 paid orders wait" in screen.queue_label.text()
    assert "17:00" in screen.queue_label.text() and "200" in screen.queue_label.text()
    run_pass_with_enter(qtbot, screen)
    result = screen.last_result
    assert result is not None and (result.audited, result.held) == (4, 3)
    text = screen.result.text()
    assert not screen.result.is_error
    assert "Audited 7 orders: 4 passed, 3 held." in text
    assert "Change address 1" in text and "Invoice 1" in text and "Hold shipment 1" in text
    assert "2 ship tomorrow (paid after the 17:00 cut-off)." in text
    # R-ORD-2: the held orders with the reason in words, the remark and the message
    assert held_numbers(screen) == ["T1001", "T1003", "T1007"]
    row = {screen.table.item(0, c).text() for c in range(6)}
    assert "Change address: 改地址" in row and "客人要求改地址，新地址见旺旺" in row
    assert screen.table.item(1, 3).text() == "Invoice: 发票"
    assert screen.table.item(1, 4).text() == "老客户"
    assert screen.table.item(1, 5).text() == "需要开发票，抬头稍后发"
    assert screen.table.item(2, 3).text() == "Hold shipment: 先别发、等通知"
    assert "王芳" in screen.table.item(0, 2).text()
    assert screen.table.item(2, 1).text() == "11-28 17:20"  # Beijing time, as the cut-off
    assert screen.tabs.tabText(0) == "Held orders (3)"
    assert screen.queue is not None and screen.queue.waiting == 0
    assert status_of(station, "T1002") == "audited" and status_of(station, "T1001") == "held"
    assert focused() is screen.run_button  # Enter again runs the next pass
    run_pass_with_enter(qtbot, screen)
    assert screen.result.text() == "No paid orders wait for audit."


def test_ctrl_return_runs_a_pass_from_anywhere_on_the_screen(
    qtbot: QtBot, screen: AuditScreen
) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.running or screen.last_result is not None
    qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
    assert screen.last_result is not None and screen.last_result.held == 3


def test_one_pass_takes_at_most_200_orders(
    qtbot: QtBot, screen: AuditScreen, station: Station
) -> None:
    more = [(f"B{i:04d}", (8, i % 60), "", "") for i in range(200)]
    add_orders(station, more)
    screen.refresh()
    run_pass_with_enter(qtbot, screen)
    result = screen.last_result
    assert result is not None and len(result.orders) == 200  # R-ORD-3
    assert "Audited 200 orders" in screen.result.text()
    assert "7 paid orders still wait: run another pass." in screen.result.text()
    assert screen.queue is not None and screen.queue.waiting == 7


def test_release_needs_a_note(qtbot: QtBot, screen: AuditScreen, station: Station) -> None:
    run_pass_with_enter(qtbot, screen)
    select_with_arrows(qtbot, screen, "T1003")
    qtbot.keyClick(screen.table, Qt.Key.Key_Tab)
    assert focused() is screen.note_edit
    Keyboard().enter(gap=160)  # no note: refused, nothing changes
    assert screen.result.is_error
    assert "needs a note" in screen.result.text() and "T1003" in screen.result.text()
    assert status_of(station, "T1003") == "held"
    assert focused() is screen.note_edit
    commit_text(qtbot, screen.note_edit, "   ")
    Keyboard().enter(gap=160)
    assert screen.result.is_error and status_of(station, "T1003") == "held"

    replace_text(qtbot, screen.note_edit, "发票抬头已确认，随货寄出")
    Keyboard().enter(gap=160)
    assert not screen.result.is_error, screen.result.text()
    assert screen.result.text() == "Order T1003 released: audited, ships on 11-28."
    assert status_of(station, "T1003") == "audited"
    assert held_numbers(screen) == ["T1001", "T1007"]
    assert screen.note_edit.text() == ""
    with station.db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "order_hold_released")
        ).one()
    assert entry.detail["note"] == "发票抬头已确认，随货寄出"
    assert entry.detail["reason"] == "invoice: 发票"
    assert entry.username == CLERK.username


def test_release_with_nothing_selected_asks_for_a_selection(
    qtbot: QtBot, screen: AuditScreen
) -> None:
    run_pass_with_enter(qtbot, screen)
    screen.table.clearSelection()
    replace_text(qtbot, screen.note_edit, "ok")
    Keyboard().enter(gap=160)
    assert screen.result.is_error and "Select a held order first" in screen.result.text()
    assert held_numbers(screen) == ["T1001", "T1003", "T1007"]


def test_an_edited_rule_is_used_by_the_next_pass(
    qtbot: QtBot, screen: AuditScreen, station: Station
) -> None:
    run_pass_with_enter(qtbot, screen)
    screen.tabs.setCurrentWidget(screen.rules)
    rules = screen.rules
    assert rules.word_edits["hold"].text() == "暂停发货、先别发、等通知、暂缓"
    replace_text(qtbot, rules.word_edits["hold"], "暂停发货、先别发 周末再送,等通知")
    replace_text(qtbot, rules.max_edit, "2")
    Keyboard().enter(gap=160)  # Enter in a rule field saves
    assert not screen.result.is_error, screen.result.text()
    assert screen.result.text() == "Audit rules saved: the next pass uses them."
    assert station.config.audit.hold == ("暂停发货", "先别发", "周末再送", "等通知")
    assert station.config.audit.max_orders == 2
    saved = tomllib.loads(station.config.paths.config_file.read_text(encoding="utf-8"))
    assert saved["audit"] == {"hold": ["暂停发货", "先别发", "周末再送", "等通知"], "max_orders": 2}
    assert rules.word_edits["hold"].text() == "暂停发货、先别发、周末再送、等通知"
    assert screen.queue is not None and screen.queue.pass_size == 2

    add_orders(
        station,
        [
            ("N2001", (12, 0), "客人说周末再送", ""),
            ("N2002", (12, 5), "", ""),
            ("N2003", (13, 0), "", ""),
        ],
    )
    screen.run_button.setFocus()
    run_pass_with_enter(qtbot, screen)
    result = screen.last_result
    assert result is not None and [o.order_no for o in result.orders] == ["N2001", "N2002"]
    assert result.orders[0].reasons == ("hold: 周末再送",)
    assert "N2001" in held_numbers(screen)
    row = held_numbers(screen).index("N2001")
    assert screen.table.item(row, 3).text() == "Hold shipment: 周末再送"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cutoff", "25:00", "The cut-off must be a time written HH:MM"),
        ("cutoff", "5pm", "The cut-off must be a time written HH:MM"),
        ("max_orders", "0", "Orders per pass must be a whole number from 1 to 200"),
        ("max_orders", "201", "Orders per pass must be a whole number from 1 to 200"),  # R-ORD-3
        ("max_orders", "abc", "Orders per pass must be a whole number from 1 to 200"),
    ],
)
def test_bad_rules_are_refused_and_nothing_is_saved(
    qtbot: QtBot, screen: AuditScreen, station: Station, field: str, value: str, message: str
) -> None:
    before = station.config
    rules = screen.rules
    screen.tabs.setCurrentWidget(rules)
    replace_text(qtbot, rules.word_edits["split"], "拆开寄")  # a good change alongside
    edit = rules.cutoff_edit if field == "cutoff" else rules.max_edit
    replace_text(qtbot, edit, value)
    Keyboard().enter(gap=160)
    assert screen.result.is_error
    assert message in screen.result.text() and "Nothing was saved." in screen.result.text()
    assert station.config is before
    assert not before.paths.config_file.exists()  # not even the good keyword list
    assert edit.text() == value  # kept for correction


def test_a_cut_off_typed_loosely_is_normalised(
    qtbot: QtBot, screen: AuditScreen, station: Station
) -> None:
    screen.tabs.setCurrentWidget(screen.rules)
    replace_text(qtbot, screen.rules.cutoff_edit, "１６：３０")  # full-width, as an IME types it
    Keyboard().enter(gap=160)
    assert not screen.result.is_error, screen.result.text()
    assert station.config.audit.cutoff == "16:30"
    assert screen.queue is not None and screen.queue.after_cutoff == 3  # 16:59, 17:00, 17:20


def test_scanning_an_order_number_selects_the_held_order(qtbot: QtBot, station: Station) -> None:
    """Through the window: the clerk's navigation has Audit right after the
    orders, and a scan on it selects the held order ready for its note."""
    add_orders(station, ORDERS)
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    try:
        type_login(qtbot, win, CLERK.username, PIN)
        workspace = win.workspace
        assert workspace is not None
        keys = workspace.screen_keys
        assert keys[keys.index("orders") + 1] == "audit"
        assert workspace.navigation.item(keys.index("audit")).text().endswith("Audit")
        screen = workspace.show_screen("audit")
        assert isinstance(screen, AuditScreen)
        screen.clock = lambda: PASS_NOW
        screen.refresh()
        screen.run_pass()
        qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
        win.activateWindow()  # the scanner types into whatever has the focus
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        screen.table.setFocus()
        Keyboard().scan("T1007")
        qtbot.waitUntil(lambda: screen.selected() is not None, timeout=WAIT_MS)
        selected = screen.selected()
        assert selected is not None and selected.order_no == "T1007"
        assert not screen.result.is_error and "T1007" in screen.result.text()
        assert focused() is screen.note_edit
        Keyboard().scan("SFT1003")  # a waybill number finds its order too
        qtbot.waitUntil(lambda: getattr(screen.selected(), "order_no", "") == "T1003")
        Keyboard().scan("T1002")  # audited, not held
        qtbot.waitUntil(lambda: screen.result.is_error, timeout=WAIT_MS)
        assert "T1002" in screen.result.text()
    finally:
        win.shutdown()


def test_only_the_order_desk_has_the_audit_screen(
    qtbot: QtBot, station: Station, translations: Translations
) -> None:
    for role, has in ((Role.SUPERVISOR, True), (Role.PACKER, False), (Role.PICKER, False)):
        win = MainWindow(station, translations)
        qtbot.addWidget(win)
        try:
            type_login(qtbot, win, ROLE_USERS[role].username, PIN)
            assert win.workspace is not None
            assert ("audit" in win.workspace.screen_keys) is has
        finally:
            win.shutdown()


def test_the_screen_speaks_chinese(
    qtbot: QtBot, screen: AuditScreen, translations: Translations
) -> None:
    """The rule codes, the navigation entry and the pass's result in the
    station's default language."""
    from ui.screens.registry import SCREENS

    qtbot.waitUntil(lambda: screen.release_button.text() == "放行")
    assert next(s for s in SCREENS if s.key == "audit").title() == "审单"
    run_pass_with_enter(qtbot, screen)
    assert screen.table.item(0, 3).text() == "改地址：改地址"
    assert screen.table.item(2, 3).text() == "暂停发货：先别发、等通知"
    assert "2 单明天发货" in screen.result.text()
