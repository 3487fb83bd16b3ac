"""The printers on the Devices screen: add one, make it a default, and ask it
how it is. Real parts: the station's database, the status requests of the
app going over TCP to a fake printer on loopback, the worker thread."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from app.roles import Role
from app.services.printers import default_printer, list_printers
from app.station import Station
from tests.app.printing.fake_printer import FakePrinter, closed_port
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.test_main_window import type_login
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.devices import DevicesScreen
from ui.widgets.printer_setup import PrinterSetup
from ui.workers import WorkerThread

TSPL_PAPER_OUT = bytes([0x04])


def checks_running() -> int:
    """Status checks running (the station's scale, spooler and probe run too)."""
    return WorkerThread.running().count("printer-status")


@pytest.fixture
def window(qtbot: QtBot, station: Station, translations: Translations) -> Iterator[MainWindow]:
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    win.show()
    type_login(qtbot, win, ROLE_USERS[Role.SUPERVISOR].username, PIN)
    yield win
    win.close()  # closeEvent: shutdown, and the hidden printer setup joins its check


@pytest.fixture
def setup(window: MainWindow) -> PrinterSetup:
    assert window.workspace is not None
    screen = window.workspace.show_screen("devices")
    assert isinstance(screen, DevicesScreen)
    return screen.printers


@pytest.fixture
def status_printer() -> Iterator[FakePrinter]:
    with FakePrinter("status") as printer:
        yield printer


def add_printer(
    qtbot: QtBot,
    setup: PrinterSetup,
    name: str,
    kind: str,
    address: str,
    language: str,
    dpi: int = 203,
) -> None:
    qtbot.mouseClick(setup.new_button, Qt.MouseButton.LeftButton)
    setup.name_edit.setText(name)
    setup.kind_box.setCurrentIndex(setup.kind_box.findData(kind))
    setup.address_edit.setText(address)
    setup.language_box.setCurrentIndex(setup.language_box.findData(language))
    setup.dpi_box.setCurrentIndex(setup.dpi_box.findData(dpi))
    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)


def row_of(setup: PrinterSetup, name: str) -> list[str]:
    table = setup.list.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == name:
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no printer {name} in the table")


def check_status(qtbot: QtBot, setup: PrinterSetup, name: str, timeout_ms: int = 3000) -> str:
    setup.list.select(next(p.id for p in setup.list.printers if p.name == name))
    qtbot.mouseClick(setup.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: setup.status_button.isEnabled(), timeout=timeout_ms)
    assert checks_running() == 0  # the answer is shown once the thread is joined
    return setup.result.text()


def test_a_tcp_printer_is_added_and_listed(
    qtbot: QtBot, setup: PrinterSetup, station: Station, status_printer: FakePrinter
) -> None:
    assert setup.list.table.columnCount() == 6
    add_printer(qtbot, setup, "Zebra", "tcp", status_printer.address, "zpl")
    assert setup.result.text() == "打印机 Zebra 已保存。"
    assert not setup.result.is_error
    row = row_of(setup, "Zebra")
    assert row[1:5] == ["网络（TCP 9100）", status_printer.address, "ZPL 203 dpi", "启用"]
    saved = [p for p in list_printers(station.db, station.station_id) if p.name == "Zebra"]
    assert [(p.kind, p.address, p.language, p.dpi, p.active) for p in saved] == [
        ("tcp", status_printer.address, "zpl", 203, True)
    ]
    assert setup.editing == saved[0].id  # the new printer is selected, the form edits it


def test_editing_the_selected_printer_changes_it(
    qtbot: QtBot, setup: PrinterSetup, station: Station
) -> None:
    add_printer(qtbot, setup, "TSC", "tcp", "192.168.1.50:9100", "tspl")
    setup.dpi_box.setCurrentIndex(setup.dpi_box.findData(300))
    setup.active_box.setChecked(False)
    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)
    assert row_of(setup, "TSC")[3:5] == ["TSPL 300 dpi", "已停用"]
    names = [p.name for p in list_printers(station.db, station.station_id)]
    assert names.count("TSC") == 1


def test_a_default_is_saved_at_once(
    qtbot: QtBot, setup: PrinterSetup, station: Station, status_printer: FakePrinter
) -> None:
    add_printer(qtbot, setup, "Zebra", "tcp", status_printer.address, "zpl")
    box = setup.default_boxes["bin"]
    box.setCurrentIndex(box.findText("Zebra"))
    assert setup.result.text() == "库位标签 现在打印在 Zebra 上。"
    printer = default_printer(station.db, station.station_id, "bin")
    assert printer is not None and printer.name == "Zebra"
    embedded = default_printer(station.db, station.station_id, "ewaybill")
    assert embedded is not None and embedded.name == "PDF folder"
    assert row_of(setup, "Zebra")[5] == "库位标签"
    assert "电子面单" in row_of(setup, "PDF folder")[5]


def test_a_ready_zpl_printer_is_ready(
    qtbot: QtBot, setup: PrinterSetup, status_printer: FakePrinter
) -> None:
    add_printer(qtbot, setup, "Zebra", "tcp", status_printer.address, "zpl")
    assert check_status(qtbot, setup, "Zebra") == "Zebra：就绪"
    assert not setup.result.is_error
    assert status_printer.requests == [b"~HS"]


def test_a_tspl_printer_out_of_paper_says_so(qtbot: QtBot, setup: PrinterSetup) -> None:
    with FakePrinter("status", status_reply=TSPL_PAPER_OUT) as tsc:
        add_printer(qtbot, setup, "TSC", "tcp", tsc.address, "tspl")
        assert check_status(qtbot, setup, "TSC") == "TSC：缺纸"
    assert setup.result.is_error


def test_a_silent_printer_is_no_response_after_the_time_out(
    qtbot: QtBot, setup: PrinterSetup
) -> None:
    with FakePrinter("status", status_reply=None) as silent:
        add_printer(qtbot, setup, "Mute", "tcp", silent.address, "zpl")
        started = time.monotonic()
        text = check_status(qtbot, setup, "Mute", timeout_ms=8000)
    assert text.startswith("Mute：无响应")
    assert setup.result.is_error
    assert 2.5 < time.monotonic() - started < 8


def test_the_gui_answers_while_a_check_waits(qtbot: QtBot, setup: PrinterSetup) -> None:
    with FakePrinter("status", status_reply=None) as silent:
        add_printer(qtbot, setup, "Mute", "tcp", silent.address, "zpl")
        qtbot.mouseClick(setup.status_button, Qt.MouseButton.LeftButton)
        assert not setup.status_button.isEnabled()
        assert setup.result.text() == "正在询问 Mute …"
        assert checks_running() == 1
        qtbot.mouseClick(setup.status_button, Qt.MouseButton.LeftButton)  # disabled: no second
        setup.name_edit.setText("typing still works")
        qtbot.waitUntil(lambda: setup.status_button.isEnabled(), timeout=8000)


def test_a_refused_connection_is_named(qtbot: QtBot, setup: PrinterSetup) -> None:
    add_printer(qtbot, setup, "Off", "tcp", f"127.0.0.1:{closed_port()}", "zpl")
    assert check_status(qtbot, setup, "Off").startswith("Off：拒绝连接")


def test_a_pdf_folder_printer_reports_no_status(qtbot: QtBot, setup: PrinterSetup) -> None:
    text = check_status(qtbot, setup, "PDF folder")
    assert text.startswith("PDF folder：此打印机不支持状态查询")


def test_an_unknown_host_is_saved_and_the_check_names_the_address(
    qtbot: QtBot, setup: PrinterSetup
) -> None:
    add_printer(qtbot, setup, "Typo", "tcp", "nohost", "zpl")
    assert not setup.result.is_error  # configure_printer takes any host name
    assert check_status(qtbot, setup, "Typo", timeout_ms=15000).startswith("Typo：地址无效")


def test_an_address_the_transport_cannot_use_is_refused_at_once(
    qtbot: QtBot, setup: PrinterSetup, station: Station
) -> None:
    add_printer(qtbot, setup, "Bad", "tcp", "192.168.1.50:99999", "zpl")
    assert setup.result.is_error
    assert setup.result.text().startswith("地址无效")
    assert "Bad" not in [p.name for p in list_printers(station.db, station.station_id)]


@pytest.mark.parametrize(
    ("name", "address", "said"),
    [("", "192.168.1.50:9100", "打印机需要名称。"), ("Zebra", " ", "打印机需要地址")],
)
def test_a_missing_name_or_address_is_refused_in_chinese(
    qtbot: QtBot, setup: PrinterSetup, name: str, address: str, said: str
) -> None:
    add_printer(qtbot, setup, name, "tcp", address, "zpl")
    assert setup.result.is_error
    assert setup.result.text().startswith(said)


def test_a_second_printer_with_the_same_name_is_refused(qtbot: QtBot, setup: PrinterSetup) -> None:
    add_printer(qtbot, setup, "PDF folder", "tcp", "192.168.1.50:9100", "zpl")
    assert setup.result.text() == "本工作站已有名为 PDF folder 的打印机。"


def test_a_system_printer_takes_png(qtbot: QtBot, setup: PrinterSetup) -> None:
    setup.kind_box.setCurrentIndex(setup.kind_box.findData("tcp"))
    assert setup.address_edit.placeholderText() == "192.168.1.50:9100"
    setup.kind_box.setCurrentIndex(setup.kind_box.findData("system"))
    assert setup.language_box.currentData() == "png"
    assert not setup.language_box.isEnabled()
    assert setup.address_hint.text() == "系统中的打印机名称。"


def test_closing_the_window_joins_a_running_check(
    qtbot: QtBot, window: MainWindow, setup: PrinterSetup
) -> None:
    with FakePrinter("status", status_reply=None) as silent:
        add_printer(qtbot, setup, "Mute", "tcp", silent.address, "zpl")
        qtbot.mouseClick(setup.status_button, Qt.MouseButton.LeftButton)
        assert checks_running() == 1
        window.close()
        assert checks_running() == 0


def test_logging_out_joins_a_running_check(
    qtbot: QtBot, window: MainWindow, setup: PrinterSetup
) -> None:
    with FakePrinter("status", status_reply=None) as silent:
        add_printer(qtbot, setup, "Mute", "tcp", silent.address, "zpl")
        qtbot.mouseClick(setup.status_button, Qt.MouseButton.LeftButton)
        assert checks_running() == 1
        window.logout()  # joins the screens' work before the workspace is deleted
        assert checks_running() == 0
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert checks_running() == 0
