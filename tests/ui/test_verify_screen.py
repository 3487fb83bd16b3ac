"""The verify screen (验货, R-VER-1,2) driven by scanner bursts through the
window: a clean order from delivery note to verified; a wrong item (错配),
one too many (多配) and missing items at confirmation (漏配) each stopped in
red with the reason and an error tone; a document of another order stopped
(R-VER-1); unknown codes change nothing; undo; set aside and resume with the
scans kept; a verified order scanned again says who verified it and when."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from app.config import Config
from app.db.models import Order, Product, VerifyScan
from app.services.parcel import AlreadyDone, OrderChanged, WrongOrderState
from app.services.verify import VerifyStop
from app.station import Station, open_station
from tests.app.services.shipping_floor import CUP, GIFT, TEA, Floor, picked_floor
from tests.ui.keyboard import Keyboard
from tests.ui.test_main_window import type_login
from tests.ui.test_picking_screen import activate, burst
from ui.errors import error_text
from ui.main_window import MainWindow
from ui.qt import QColor, QImage, Qt
from ui.screens.verify import DONE_COLOUR, LAST_COLOUR, MISSING_COLOUR, VerifyScreen
from ui.sounds import Tone
from ui.widgets.verdict_panel import Verdict

O1_WAYBILL, O2_WAYBILL = "YT1000000000001", "YT1000000000002"
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclasses.dataclass(frozen=True)
class Desk:
    station: Station
    floor: Floor


@pytest.fixture
def desk(config: Config, db_url: str, tmp_path: Path) -> Iterator[Desk]:
    """A station whose database holds three picked orders (``O1`` 2 tea + 1
    cup, ``O2`` 1 cup, ``O3`` a pre-packed gift) and the demo users; the tea
    has a picture, the cup a colour and size but a picture that is missing."""
    config = dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db_url),
        # the floor's delivery notes carry short order numbers ("O1")
        scanner=dataclasses.replace(config.scanner, min_length=2),
    )
    station = open_station(config, demo_if_empty=False)
    floor = picked_floor(station.db)
    picture = tmp_path / "tea.png"
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#795548"))
    assert image.save(str(picture))
    with station.db.write() as session:
        session.execute(
            update(Product).where(Product.sku_code == "T1-250").values(image_path=str(picture))
        )
        session.execute(
            update(Product)
            .where(Product.sku_code == "C1-1")
            .values(colour="白色", size="350ml", image_path="gone/cup.png")
        )
    yield Desk(station, floor)
    station.db.dispose()


@pytest.fixture
def window(qtbot: QtBot, desk: Desk) -> Iterator[MainWindow]:
    win = MainWindow(desk.station)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


@pytest.fixture
def verify(qtbot: QtBot, window: MainWindow) -> VerifyScreen:
    type_login(qtbot, window, "yanhuo", "1234")  # 孙验货, verifier-weigher
    assert window.workspace is not None, window.login.result.text()
    screen = window.workspace.show_screen("verify")
    assert isinstance(screen, VerifyScreen)
    return screen


def scan(qtbot: QtBot, screen: VerifyScreen, code: str) -> str:
    """A scanner burst wherever the focus is; returns what the panel says."""
    screen.verdict.sounds.last_played = None
    win = screen.window()
    assert isinstance(win, MainWindow)
    burst(qtbot, win, code)
    return screen.verdict.text


def key(
    qtbot: QtBot,
    screen: VerifyScreen,
    which: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> str:
    """A key a person presses in the scan field; returns what the panel says."""
    screen.verdict.sounds.last_played = None
    win = screen.window()
    assert isinstance(win, MainWindow)
    activate(qtbot, win)
    screen.scan_edit.setFocus()
    qtbot.keyClick(screen.scan_edit, which, mods)
    return screen.verdict.text


def rows(screen: VerifyScreen) -> list[list[str]]:
    """Item, style, colour, size, quantity, scanned, tick."""
    return [
        [screen.table.item(r, c).text() for c in range(1, screen.table.columnCount())]
        for r in range(screen.table.rowCount())
    ]


def scanned(screen: VerifyScreen) -> dict[str, str]:
    return {row[0].split("\n")[1]: row[5] for row in rows(screen)}


def ok(screen: VerifyScreen) -> bool:
    return screen.verdict.verdict is Verdict.OK and screen.verdict.sounds.last_played is Tone.OK


def stopped(screen: VerifyScreen) -> bool:
    return screen.verdict.is_error and screen.verdict.sounds.last_played is Tone.ERROR


def status(desk: Desk, order_no: str) -> str:
    with desk.station.db.read() as session:
        return str(session.scalar(select(Order.status).where(Order.platform_order_no == order_no)))


def scan_count(desk: Desk) -> int:
    with desk.station.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(VerifyScan)) or 0)


def test_a_clean_order_from_delivery_note_to_verified(
    qtbot: QtBot, verify: VerifyScreen, desk: Desk
) -> None:
    assert "Enter" in verify.keys_label.text() and "Esc" in verify.keys_label.text()
    assert verify.confirm_button.text() == "Confirm (Enter)"
    verify.table.setFocus()  # anywhere: the burst reaches the screen
    text = scan(qtbot, verify, "O1")  # the delivery note carries the order number
    assert ok(verify) and text == "Order O1: 3 items.\nScan the waybill (快递单) too."
    assert verify.order_label.text() == f"Order O1 · 圆通速递 {O1_WAYBILL} · 0 of 3 items"
    assert verify.documents_label.text() == "Delivery note ✓ · Waybill ✗"
    assert rows(verify) == [
        ["测试茶 C1-1\nC1-1", "C1", "白色", "350ml", "1", "0", ""],
        ["测试茶 T1-250\nT1-250", "T1", "", "", "2", "0", ""],
    ]
    assert verify.has_picture(1) and not verify.has_picture(0)  # the cup's file is gone

    assert scan(qtbot, verify, O1_WAYBILL) == ("✓ The waybill matches order O1.\n3 more to scan.")
    assert ok(verify) and verify.documents_label.text() == "Delivery note ✓ · Waybill ✓"
    assert scan(qtbot, verify, TEA) == "✓ 测试茶 T1-250: 1 of 2\n2 more to scan."
    assert ok(verify) and verify.verdict.fade_timer.interval() == 600  # a green flash
    assert verify.row_colour(1) == LAST_COLOUR
    scan(qtbot, verify, CUP)
    assert ok(verify) and verify.row_colour(0) == LAST_COLOUR
    assert verify.row_colour(1) == ""
    text = scan(qtbot, verify, TEA)
    assert text == "✓ 测试茶 T1-250: 2 of 2\nAll items scanned: press Enter to confirm."
    assert [row[5:] for row in rows(verify)] == [["1", "✓"], ["2", "✓"]]
    assert verify.row_colour(0) == DONE_COLOUR
    assert status(desk, "O1") == "picked"

    text = key(qtbot, verify, Qt.Key.Key_Return)  # Enter in the empty field confirms
    assert text == (
        "Order O1 verified: 3 items.\n"
        "Put it on for packing. Next order: scan its delivery note or waybill."
    )
    assert verify.verdict.verdict is Verdict.DONE
    assert verify.verdict.sounds.last_played is Tone.DONE
    assert status(desk, "O1") == "verified"
    assert verify.state is None and verify.table.rowCount() == 0
    assert verify.order_label.text() == "No order open"


def test_wrong_item_extra_item_and_missing_items_each_stop_in_red(
    qtbot: QtBot, verify: VerifyScreen, desk: Desk
) -> None:
    scan(qtbot, verify, O1_WAYBILL)
    scan(qtbot, verify, "O1")
    text = scan(qtbot, verify, GIFT)  # R-VER-2 错配
    assert stopped(verify)
    assert text == f"Wrong item (错配): {GIFT} is not in order O1. Take it out.\n3 more to scan."
    assert not verify.verdict.fade_timer.isActive()  # red stays
    scan(qtbot, verify, CUP)
    assert ok(verify)  # the next good action ends the red
    text = scan(qtbot, verify, CUP)  # R-VER-2 多配
    assert stopped(verify)
    assert text.startswith(
        "One too many (多配): order O1 has only 1 × C1-1, all scanned. Take this one out."
    )
    assert scanned(verify) == {"C1-1": "1", "T1-250": "0"}
    scan(qtbot, verify, TEA)
    text = scan(qtbot, verify, "CMD:CONFIRM")  # R-VER-2 漏配
    assert stopped(verify)
    assert text.startswith(
        "Items missing (漏配) from order O1: T1-250 × 1. Scan them, or set the order aside."
    )
    assert verify.row_colour(1) == MISSING_COLOUR and verify.row_colour(0) == DONE_COLOUR
    assert status(desk, "O1") == "picked"
    scan(qtbot, verify, TEA)
    assert ok(verify) and verify.row_colour(1) == LAST_COLOUR
    scan(qtbot, verify, "CMD:CONFIRM")
    assert verify.verdict.verdict is Verdict.DONE and status(desk, "O1") == "verified"


def test_a_document_of_another_order_is_stopped(
    qtbot: QtBot, verify: VerifyScreen, desk: Desk
) -> None:
    scan(qtbot, verify, "O1")
    text = scan(qtbot, verify, O2_WAYBILL)  # R-VER-1
    assert stopped(verify)
    assert text == (
        "Wrong document: it belongs to order O2, not to order O1. The delivery note and the "
        "waybill must be of the same order.\nScan the waybill (快递单) too."
    )
    assert verify.state is not None and verify.state.parcel.order_no == "O1"
    assert verify.documents_label.text() == "Delivery note ✓ · Waybill ✗"
    # confirming without the waybill is stopped too
    text = key(qtbot, verify, Qt.Key.Key_Return, CTRL)
    assert stopped(verify) and text.startswith(
        "Scan the waybill (快递单) of order O1 too before confirming."
    )


def test_unknown_codes_change_nothing(qtbot: QtBot, verify: VerifyScreen, desk: Desk) -> None:
    text = scan(qtbot, verify, "NOPE-12345")
    assert stopped(verify) and text == "No order has the delivery note or waybill NOPE-12345."
    text = scan(qtbot, verify, TEA)  # an item before any document
    assert stopped(verify) and text == (
        f"Scan the delivery note or the waybill first.\n{TEA} is an item; no order is open."
    )
    assert verify.state is None and scan_count(desk) == 0
    scan(qtbot, verify, "O2")
    before = scan_count(desk)
    for code in ("NOPE-12345", "6900000000999"):
        text = scan(qtbot, verify, code)
        assert stopped(verify) and text.startswith(f"Unknown code {code}: ")
    assert scan_count(desk) == before
    assert scanned(verify) == {"C1-1": "0"}


def test_undo_takes_back_the_last_item(qtbot: QtBot, verify: VerifyScreen, desk: Desk) -> None:
    scan(qtbot, verify, "O1")
    scan(qtbot, verify, TEA)
    scan(qtbot, verify, CUP)
    text = key(qtbot, verify, Qt.Key.Key_Z, CTRL)
    assert ok(verify) and text == "Undone: take one 测试茶 C1-1 back out.\n0 of 1 scanned now."
    assert scanned(verify) == {"C1-1": "0", "T1-250": "1"}
    text = key(qtbot, verify, Qt.Key.Key_Backspace)  # in the empty field
    assert text == "Undone: take one 测试茶 T1-250 back out.\n0 of 2 scanned now."
    text = scan(qtbot, verify, "CMD:UNDO")
    assert stopped(verify) and text.startswith("Nothing to undo: no item of this order is scanned.")
    # Backspace with text in the field still deletes a character
    verify.scan_edit.setFocus()
    qtbot.keyClicks(verify.scan_edit, "O1X")
    qtbot.keyClick(verify.scan_edit, Qt.Key.Key_Backspace)
    assert verify.scan_edit.text() == "O1"
    verify.scan_edit.clear()
    assert scanned(verify) == {"C1-1": "0", "T1-250": "0"}


def test_set_aside_and_resume_with_the_scans_kept(
    qtbot: QtBot, verify: VerifyScreen, desk: Desk
) -> None:
    scan(qtbot, verify, "O1")
    scan(qtbot, verify, TEA)
    assert verify.set_aside_orders_shown() == []  # the open order is not "aside"
    text = key(qtbot, verify, Qt.Key.Key_Escape)
    assert text == (
        "Order O1 set aside: 1 of 3 items scanned.\n"
        "Scan its delivery note or waybill to resume it, at any station."
    )
    assert verify.verdict.verdict is Verdict.INFO and verify.state is None
    assert verify.set_aside_orders_shown() == ["O1"]
    assert verify.aside_list.item(0).text().startswith("O1 · 1 of 3 · ")

    # the next order, typed by hand (a torn label): the code and Enter
    verify.scan_edit.setFocus()
    qtbot.keyClicks(verify.scan_edit, "O2")
    qtbot.keyClick(verify.scan_edit, Qt.Key.Key_Return)
    assert verify.state is not None and verify.state.parcel.order_no == "O2"
    scan(qtbot, verify, O2_WAYBILL)
    scan(qtbot, verify, CUP)
    scan(qtbot, verify, "CMD:CANCEL")
    assert verify.set_aside_orders_shown() == ["O1", "O2"]

    text = scan(qtbot, verify, O1_WAYBILL)  # resumes O1, by its other document
    assert ok(verify) and text == "Order O1 resumed: 1 of 3 items scanned.\n2 more to scan."
    assert scanned(verify) == {"C1-1": "0", "T1-250": "1"}
    assert verify.documents_label.text() == "Delivery note ✓ · Waybill ✓"
    assert verify.set_aside_orders_shown() == ["O2"]
    scan(qtbot, verify, TEA)
    scan(qtbot, verify, CUP)
    scan(qtbot, verify, "CMD:CONFIRM")
    assert status(desk, "O1") == "verified"
    assert verify.set_aside_orders_shown() == ["O2"]


def test_a_verified_order_scanned_again_says_who_and_when(
    qtbot: QtBot, verify: VerifyScreen, desk: Desk
) -> None:
    for code in ("O2", O2_WAYBILL, CUP, "CMD:CONFIRM"):
        scan(qtbot, verify, code)
    assert status(desk, "O2") == "verified"
    text = scan(qtbot, verify, O2_WAYBILL)
    assert stopped(verify)
    station = desk.station.config.station.code
    assert text.startswith(f"Order O2 was already verified by 孙验货 at station {station} at ")
    assert text[-6:-1].replace(":", "").isdigit()  # local HH:MM
    assert verify.state is None


def test_error_texts_of_the_ship_steps() -> None:
    at = datetime.now(UTC).replace(hour=6, minute=5) - timedelta(days=3)
    done = AlreadyDone("x", step="packed", order_no="O7", by="周打包", station="ST02", at=at)
    local = at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert error_text(done) == f"Order O7 was already packed by 周打包 at station ST02 at {local}."
    today = done.params["at"] = datetime.now(UTC)
    assert error_text(done).endswith(f" at {today.astimezone().strftime('%H:%M')}.")
    held = WrongOrderState(
        "x", order_no="O7", status="held", step="verify", held_reason="short_stock: T1-250"
    )
    assert error_text(held) == (
        "Order O7 cannot be verified (state: Held). Held because: Short of stock: T1-250."
    )
    assert error_text(OrderChanged("x", order_no="O7")).startswith(
        "Order O7 was changed at another station meanwhile"
    )
    stop = VerifyStop("x", reason="missing_items", order_no="O7", missing=[("A", 1), ("B", 2)])
    assert error_text(stop).startswith("Items missing (漏配) from order O7: A × 1, B × 2.")


def test_the_scanner_reaches_the_screen_from_any_focus(
    qtbot: QtBot, verify: VerifyScreen, window: MainWindow
) -> None:
    assert window.workspace is not None
    window.workspace.navigation.setFocus()
    activate(qtbot, window)
    with qtbot.waitSignal(window.devices.scanned):
        Keyboard().scan("O3")
    assert verify.state is not None and verify.state.parcel.order_no == "O3"
    assert verify.scan_edit.text() == ""
