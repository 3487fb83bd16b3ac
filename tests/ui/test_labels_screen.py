"""The labels screen on the demo warehouse with the embedded default printer
(a folder of PDFs) and the real spooler thread: scan, preview at true size,
print, the queue, reprint with a reason, test pages and bulk labels."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.config import Config
from app.db.models import AuditEntry, Location, Order, PrintJob, Product
from app.labels.model import Label, Text
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.printers import configure_printer
from app.station import Station, open_station
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.keyboard import Keyboard
from tests.ui.test_main_window import type_login
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.screens.labels import LabelsScreen
from ui.widgets.label_preview import LabelPreview

WAIT_MS = 20_000


@pytest.fixture
def demo_station(config: Config) -> Iterator[Station]:
    """The embedded default database with the demo loaded, as on a first start."""
    station = open_station(config)
    assert station.demo_loaded
    yield station
    station.db.dispose()


@pytest.fixture
def window(qtbot: QtBot, demo_station: Station, translations: Translations) -> Iterator[MainWindow]:
    win = MainWindow(demo_station, translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def open_labels(qtbot: QtBot, win: MainWindow, username: str, pin: str) -> LabelsScreen:
    type_login(qtbot, win, username, pin)
    assert win.workspace is not None, win.login.result.text()
    screen = win.workspace.show_screen("labels")
    assert isinstance(screen, LabelsScreen)
    return screen


def paid_order(station: Station) -> tuple[str, str]:
    with station.db.read() as session:
        order = session.scalars(
            select(Order).where(Order.status == "paid").order_by(Order.platform_order_no)
        ).first()
        assert order is not None
        return order.platform_order_no, order.id


def pdfs(config: Config) -> list[Path]:
    folder = config.print_folder()
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


def job_count(station: Station) -> int:
    with station.db.read() as session:
        return len(session.scalars(select(PrintJob.id)).all())


def state_of_row(screen: LabelsScreen, row: int) -> str:
    item = screen.queue.table.item(row, 4)
    return item.text() if item is not None else ""


def print_and_wait_done(qtbot: QtBot, screen: LabelsScreen, config: Config) -> None:
    before = len(pdfs(config))
    screen.print_button.click()
    assert not screen.result.is_error, screen.result.text()
    qtbot.waitUntil(lambda: len(pdfs(config)) == before + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_of_row(screen, 0) == "已完成", timeout=WAIT_MS)


def test_scan_previews_at_true_size_and_print_writes_a_pdf(
    qtbot: QtBot, window: MainWindow, demo_station: Station, config: Config
) -> None:
    screen = open_labels(qtbot, window, "zhidan", "1234")
    assert screen.kind_box.currentText() == "电子面单"
    order_no, order_id = paid_order(demo_station)
    screen.queue.table.setFocus()  # anywhere: the burst still reaches the screen
    Keyboard().scan(order_no)
    qtbot.waitUntil(lambda: screen.preview.page_count == 1, timeout=WAIT_MS)
    assert screen.ref_edit.text() == order_no
    assert screen.kind == "ewaybill"
    page = screen.preview.pages[0]
    pixmap = screen.preview.image.pixmap()
    dpi = screen.preview.dpi
    assert abs(pixmap.width() - page.width_mm * dpi / 25.4) <= 2
    assert abs(pixmap.height() - page.height_mm * dpi / 25.4) <= 2
    assert "第 1/1 页" in screen.preview.info.text()
    assert not screen.preview.next_button.isEnabled()

    print_and_wait_done(qtbot, screen, config)
    assert "已加入打印队列" in screen.result.text()
    assert pdfs(config)[-1].read_bytes().startswith(b"%PDF")
    jobs = screen.queue.jobs
    assert jobs[0].document_ref == order_id and jobs[0].state == "done"
    assert screen.queue.table.item(0, 1).text() == "电子面单"


def test_printing_the_same_ewaybill_again_is_refused_and_reprint_needs_a_reason(
    qtbot: QtBot, window: MainWindow, demo_station: Station, config: Config
) -> None:
    screen = open_labels(qtbot, window, "zhidan", "1234")
    order_no, _ = paid_order(demo_station)
    screen.ref_edit.setText(order_no)
    print_and_wait_done(qtbot, screen, config)
    first_job = screen.queue.jobs[0].id
    jobs_before = job_count(demo_station)

    screen.print_button.click()
    assert screen.result.is_error
    assert "已打印过" in screen.result.text() and "补打" in screen.result.text()
    assert job_count(demo_station) == jobs_before
    assert screen.queue.selected_id() == first_job  # offered for 补打
    assert screen.tabs.currentWidget() is screen.queue

    screen.queue.reason_edit.setText("   ")
    screen.queue.reprint_button.click()
    assert screen.result.is_error
    assert "补打需要填写原因" in screen.result.text()
    assert job_count(demo_station) == jobs_before

    files = len(pdfs(config))
    screen.queue.reason_edit.setText("面单被撕坏")
    screen.queue.reprint_button.click()
    assert not screen.result.is_error, screen.result.text()
    assert job_count(demo_station) == jobs_before + 1
    qtbot.waitUntil(lambda: len(pdfs(config)) == files + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_of_row(screen, 0) == "已完成", timeout=WAIT_MS)
    assert screen.queue.jobs[0].reprint_of == first_job
    assert screen.queue.table.item(0, 7).text() == "补打：面单被撕坏"
    with demo_station.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "reprint")).one()
        assert entry.entity_id == screen.queue.jobs[0].id
        assert entry.username == "zhidan"
        assert entry.detail["reason"] == "面单被撕坏"


def test_a_picker_does_not_have_the_labels_screen(
    qtbot: QtBot, station: Station, translations: Translations
) -> None:
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    try:
        type_login(qtbot, win, ROLE_USERS[Role.PICKER].username, PIN)
        assert win.workspace is not None
        assert "labels" not in win.workspace.screen_keys
    finally:
        win.shutdown()


def test_bulk_bin_labels_for_a_zone_queue_one_job_each(
    qtbot: QtBot, window: MainWindow, demo_station: Station, config: Config
) -> None:
    screen = open_labels(qtbot, window, "zhuguan", "8888")
    with demo_station.db.read() as session:
        zone = session.scalars(select(Location.code).where(Location.zone == "A1")).all()
    assert len(zone) == 12
    bulk = screen.bulk
    bulk.kind_box.setCurrentIndex(bulk.kind_box.findData("bin"))
    bulk.group_edit.setText("A1")
    bulk.start_button.click()
    assert bulk.running and not bulk.start_button.isEnabled()
    qtbot.waitUntil(lambda: not bulk.running, timeout=WAIT_MS)
    assert bulk.progress.maximum() == 12 and bulk.progress.value() == 12
    assert bulk.summary.text() == "已加入打印队列 12/12 张标签。"
    assert not screen.result.is_error
    assert job_count(demo_station) == 12
    qtbot.waitUntil(lambda: len(pdfs(config)) == 12, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: [j.state for j in screen.queue.jobs] == ["done"] * 12, timeout=WAIT_MS)


def test_test_page_on_the_embedded_printer_writes_a_file(
    qtbot: QtBot, window: MainWindow, demo_station: Station, config: Config
) -> None:
    screen = open_labels(qtbot, window, "zhuguan", "8888")
    pages = screen.test_pages
    assert pages.table.rowCount() == 1
    assert pages.table.item(0, 0).text() == "PDF folder"
    for _ in range(2):  # a test page is never "already printed"
        pages.test_button.click()
        assert not screen.result.is_error, screen.result.text()
    qtbot.waitUntil(lambda: len(pdfs(config)) == 2, timeout=WAIT_MS)
    with demo_station.db.read() as session:
        refs = session.scalars(select(PrintJob.document_ref)).all()
    assert refs == ["", ""]


def test_an_unpaid_order_is_not_printed(
    qtbot: QtBot, window: MainWindow, demo_station: Station
) -> None:
    order_no, order_id = paid_order(demo_station)
    with demo_station.db.write() as session:
        session.execute(
            update(Order).where(Order.id == order_id).values(status="new", paid_at=None)
        )
    screen = open_labels(qtbot, window, "zhidan", "1234")
    screen.ref_edit.setText(order_no)
    screen.print_button.click()
    assert screen.result.is_error
    assert screen.result.text() == (
        f"订单 {order_no} 尚未付款：确认付款之前不能打印或发货（R-ORD-1）。"
    )
    assert job_count(demo_station) == 0
    assert screen.preview.page_count == 0


def test_a_scan_picks_the_label_kind_it_fits(
    qtbot: QtBot, window: MainWindow, demo_station: Station
) -> None:
    screen = open_labels(qtbot, window, "zhuguan", "8888")
    with demo_station.db.read() as session:
        product = session.scalars(select(Product).where(Product.sku_code == "LJ01-050-GN")).one()
        ean = product.barcodes[0].barcode
    keyboard = Keyboard()
    keyboard.scan(ean)
    qtbot.waitUntil(lambda: screen.preview.page_count == 1, timeout=WAIT_MS)
    assert (screen.kind, screen.reference) == ("sku", ean)
    keyboard.scan("A-02-05")
    qtbot.waitUntil(lambda: screen.kind == "bin" and screen.preview.page_count == 1)
    assert screen.preview.pages[0].width_mm == 60
    _, order_id = paid_order(demo_station)
    with demo_station.db.read() as session:
        waybill = session.get(Order, order_id).waybill_no  # type: ignore[union-attr]
    screen.set_kind("delivery_note")
    keyboard.scan(waybill)
    qtbot.waitUntil(lambda: screen.reference == waybill and screen.preview.page_count == 1)
    assert screen.kind == "delivery_note"  # a waybill keeps the order kind chosen
    keyboard.scan("NO-SUCH-THING-42")
    qtbot.waitUntil(lambda: screen.result.is_error)
    assert screen.result.text() == "找不到订单或运单 NO-SUCH-THING-42。"
    assert screen.preview.page_count == 0


def test_enter_previews_first_and_prints_the_label_shown(
    qtbot: QtBot, window: MainWindow, demo_station: Station, config: Config
) -> None:
    screen = open_labels(qtbot, window, "dabao", "1234")
    order_no, _ = paid_order(demo_station)
    screen.ref_edit.setFocus()
    qtbot.keyClicks(screen.ref_edit, order_no)
    qtbot.keyClick(screen.ref_edit, Qt.Key.Key_Return)
    assert screen.preview.page_count == 1
    assert job_count(demo_station) == 0
    qtbot.keyClick(screen.ref_edit, Qt.Key.Key_Return)
    assert job_count(demo_station) == 1
    qtbot.waitUntil(lambda: len(pdfs(config)) == 1, timeout=WAIT_MS)


def test_preview_pages_through_a_multi_page_document(qtbot: QtBot) -> None:
    preview = LabelPreview()
    qtbot.addWidget(preview)
    pages = [Label(210, 148, (Text(10, 10, f"page {n}"),)) for n in range(3)]
    preview.show_document(pages)
    assert preview.index == 0 and not preview.previous_button.isEnabled()
    preview.next_button.click()
    preview.next_button.click()
    assert preview.index == 2 and not preview.next_button.isEnabled()
    assert "page 3 of 3" in preview.info.text()
    width = preview.image.pixmap().width()
    assert abs(width - 210 * preview.dpi / 25.4) <= 2


def refused_port() -> int:
    """A local port nobody listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_failed_job_stays_listed_and_can_be_retried_or_cancelled(
    qtbot: QtBot, config: Config, translations: Translations
) -> None:
    config = dataclasses.replace(
        config, printer=dataclasses.replace(config.printer, max_attempts=1)
    )
    station = open_station(config)
    boss = login_with_pin(station.db, "zhuguan", "8888", config.station.code)
    configure_printer(
        station.db, boss, name="Zebra", kind="tcp", address=f"127.0.0.1:{refused_port()}",
        language="zpl", dpi=203,
    )  # fmt: skip
    win = MainWindow(station, translations)
    qtbot.addWidget(win)
    try:
        screen = open_labels(qtbot, win, "zhuguan", "8888")
        names = [p.name for p in screen.test_pages.printers]
        screen.test_pages.table.selectRow(names.index("Zebra"))
        screen.test_pages.test_button.click()
        assert "Zebra" in screen.result.text()
        qtbot.waitUntil(lambda: state_of_row(screen, 0) == "失败", timeout=WAIT_MS)
        job = screen.queue.jobs[0]
        assert job.attempts == 1 and job.last_error
        assert screen.queue.table.item(0, 6).text() == job.last_error

        screen.queue.select_job(job.id)
        screen.queue.reason_edit.setText("再打一张")
        screen.queue.reprint_button.click()
        assert "只有已打印的任务才能补打" in screen.result.text()

        screen.queue.retry_button.click()
        assert not screen.result.is_error, screen.result.text()
        qtbot.waitUntil(
            lambda: (
                screen.queue.jobs[0].state == "failed"
                and screen.queue.jobs[0].attempts == 1
                and state_of_row(screen, 0) == "失败"
            ),
            timeout=WAIT_MS,
        )
        with station.db.read() as session:
            retried = session.scalars(
                select(AuditEntry.entity_id).where(AuditEntry.action == "print_retry")
            ).all()
        assert retried == [job.id]
        screen.queue.select_job(job.id)
        screen.queue.cancel_button.click()
        assert state_of_row(screen, 0) == "已取消"
        screen.queue.cancel_button.click()
        assert screen.result.text() == "这个任务是“已取消”：只有失败或等待中的任务才能取消。"
    finally:
        win.shutdown()
        station.db.dispose()
