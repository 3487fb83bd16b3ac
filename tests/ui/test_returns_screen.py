"""The returns screen (退货, R-RET-1..3) driven by scanner bursts and keys
through the window: a returned parcel counted with reasons, signed by the
clerk's badge, decided by QC unit by unit and signed with the QC badge,
posted with Enter; refused scans in red with nothing changed; an exchange
(Ctrl+E) with the SKU sent instead; the supplier-returns tab making,
signing and posting a 次品退厂单."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.config import Config
from app.db.models import (
    Document,
    DocumentLine,
    Location,
    Order,
    Product,
    StockLot,
    StockMovement,
)
from app.station import Station, open_station
from tests.app.services.returns_floor import O1_WAYBILL, O2_WAYBILL, shipped_floor
from tests.app.services.shipping_floor import CUP, GIFT, TEA
from tests.ui.test_main_window import type_login
from tests.ui.test_picking_screen import activate, burst
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.returns import ReturnsScreen
from ui.sounds import Tone
from ui.widgets.verdict_panel import Verdict

CLERK_BADGE, QC_BADGE, KEEPER_BADGE, BOSS_BADGE, PACKER_BADGE = (
    "USR0003",
    "USR0007",
    "USR0004",
    "USR0001",
    "USR0006",
)
CTRL = Qt.KeyboardModifier.ControlModifier
MONDAY = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # the weekly return day by default


@pytest.fixture
def station(config: Config, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Station]:
    """Shipped orders O1 (2 tea + 1 cup) and O3, O2 only picked; the screen
    added to the registry as the lead will (Action.RETURNS)."""
    config = dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db_url),
        scanner=dataclasses.replace(config.scanner, min_length=2),  # order numbers "O1"
    )
    opened = open_station(config, demo_if_empty=False)
    shipped_floor(opened.db)
    yield opened
    opened.db.dispose()


@pytest.fixture
def window(qtbot: QtBot, station: Station) -> Iterator[MainWindow]:
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


@pytest.fixture
def screen(qtbot: QtBot, window: MainWindow) -> ReturnsScreen:
    type_login(qtbot, window, "wenyuan", "1234")  # 赵文员, the clerk
    assert window.workspace is not None, window.login.result.text()
    shown = window.workspace.show_screen("returns")
    assert isinstance(shown, ReturnsScreen)
    return shown


def scan(qtbot: QtBot, screen: ReturnsScreen, code: str) -> str:
    screen.verdict.sounds.last_played = None
    win = screen.window()
    assert isinstance(win, MainWindow)
    burst(qtbot, win, code)
    return screen.verdict.text


def key(
    qtbot: QtBot, screen: ReturnsScreen, which: Qt.Key, mods: Qt.KeyboardModifier = CTRL
) -> str:
    screen.verdict.sounds.last_played = None
    win = screen.window()
    assert isinstance(win, MainWindow)
    activate(qtbot, win)
    screen.scan_edit.setFocus()
    qtbot.keyClick(screen.scan_edit, which, mods)
    return screen.verdict.text


def red(screen: ReturnsScreen) -> bool:
    return screen.verdict.is_error and screen.verdict.sounds.last_played is Tone.ERROR


def rows(screen: ReturnsScreen) -> list[tuple[str, ...]]:
    """SKU, reason, quantity, QC, goes to."""
    return [(r[0], r[3], r[4], r[5], r[6]) for r in screen.lines.rows()]


def ledger(station: Station) -> tuple[int, int, int, str]:
    with station.db.read() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Document)) or 0),
            int(session.scalar(select(func.sum(DocumentLine.actual_qty))) or 0),
            int(session.scalar(select(func.count()).select_from(StockMovement)) or 0),
            str(session.scalar(select(Order.status).where(Order.platform_order_no == "O1"))),
        )


def test_a_returned_parcel_from_waybill_to_posted_by_scans_keys_and_badges(
    qtbot: QtBot, screen: ReturnsScreen, station: Station
) -> None:
    assert "Ctrl+1" in screen.keys_label.text()
    text = scan(qtbot, screen, O1_WAYBILL)
    assert text == "Order O1 is back: scan each returned item."
    assert screen.header.order_label.text().startswith(f"Order O1 · 张三 · {O1_WAYBILL} · ")
    assert "COUNT · reason: Quality" in screen.header.stage_label.text()
    assert scan(qtbot, screen, TEA) == "T1-250 counted: Quality."
    assert screen.verdict.verdict is Verdict.OK
    scan(qtbot, screen, TEA)
    assert key(qtbot, screen, Qt.Key.Key_3) == "Reason: Wrong colour. Scan the items."
    scan(qtbot, screen, CUP)
    assert rows(screen) == [
        ("T1-250", "Quality", "2", "Waiting for QC", ""),
        ("C1-1", "Wrong colour", "1", "Waiting for QC", ""),
    ]
    text = scan(qtbot, screen, CLERK_BADGE)
    assert text == "Count signed by 赵文员. QC: scan each unit with its decision."
    assert "QC · decision: Resellable" in screen.header.stage_label.text()
    key(qtbot, screen, Qt.Key.Key_2)  # defective
    assert scan(qtbot, screen, TEA) == "T1-250: Defective."
    key(qtbot, screen, Qt.Key.Key_1)  # resellable
    scan(qtbot, screen, TEA)
    scan(qtbot, screen, CUP)
    assert scan(qtbot, screen, QC_BADGE) == "QC signed by 吴质检. Press Enter to post."
    assert screen.header.signatures.text() == "Clerk: 赵文员 · QC: 吴质检"

    text = key(qtbot, screen, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    number = screen.view.number if screen.view else ""
    assert text == (
        f"Posted {number}: 2 back to stock, 1 to the defective store, 0 refused.\n"
        "A refund notice is queued for the next step."
    )
    assert screen.verdict.verdict is Verdict.DONE
    assert sorted(rows(screen)) == [
        ("C1-1", "Wrong colour", "1", "Resellable", "A-02-02"),
        ("T1-250", "Quality", "1", "Defective", "A-CP-01"),
        ("T1-250", "Quality", "1", "Resellable", "A-01-05"),
    ]
    assert ledger(station)[3] == "returned"


def test_refused_scans_are_red_and_change_nothing(
    qtbot: QtBot, screen: ReturnsScreen, station: Station
) -> None:
    text = scan(qtbot, screen, O2_WAYBILL)
    assert red(screen)
    assert text == "Order O2 was never shipped (it is Picked): nothing can come back."
    scan(qtbot, screen, O1_WAYBILL)
    scan(qtbot, screen, TEA)
    scan(qtbot, screen, TEA)
    before = ledger(station)
    assert scan(qtbot, screen, TEA) == (
        "The order shipped 2 × T1-250 and 0 came back before: this one is too many."
    )
    assert red(screen)
    assert scan(qtbot, screen, GIFT) == "G1-1 is not in this order: put it aside."
    assert red(screen)
    assert scan(qtbot, screen, "6999999999999") == "Unknown item 6999999999999: nothing counted."
    scan(qtbot, screen, PACKER_BADGE)  # a packer cannot sign the clerk's count
    assert red(screen)
    assert key(qtbot, screen, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier) == (
        "Both signatures first: the clerk's, then QC's."
    )
    assert ledger(station) == before
    assert key(qtbot, screen, Qt.Key.Key_Z) == "Taken back."
    assert rows(screen) == [("T1-250", "Quality", "1", "Waiting for QC", "")]
    number = screen.view.number if screen.view else ""
    assert key(qtbot, screen, Qt.Key.Key_Delete) == f"Return {number} cancelled."
    assert "CANCELLED" in screen.header.stage_label.text()
    assert key(qtbot, screen, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier) == (
        "Put aside: scan the next returned parcel."
    )
    assert scan(qtbot, screen, "O1") == "Order O1 is back: scan each returned item."


def test_an_exchange_sends_the_scanned_sku_instead_under_a_new_order(
    qtbot: QtBot, screen: ReturnsScreen, station: Station
) -> None:
    scan(qtbot, screen, "O1")
    scan(qtbot, screen, CUP)
    assert key(qtbot, screen, Qt.Key.Key_E) == "Exchange (换货)"
    scan(qtbot, screen, CLERK_BADGE)
    scan(qtbot, screen, CUP)  # QC: resellable
    scan(qtbot, screen, QC_BADGE)
    assert scan(qtbot, screen, CUP) == "C1-1 goes out instead."
    assert "sent instead: C1-1 ×1" in screen.header.signatures.text()
    text = key(qtbot, screen, Qt.Key.Key_Return)  # Ctrl+Enter posts too
    assert text.endswith("Exchange order O1-HH1 (换货) is waiting for the order clerk.")
    with station.db.read() as session:
        new = session.scalars(select(Order).where(Order.platform_order_no == "O1-HH1")).one()
        assert new.status == "paid" and "换货" in new.buyer_message
    assert ledger(station)[3] == "shipped"  # the sale stands


def test_supplier_returns_tab_makes_signs_and_posts_a_slip(
    qtbot: QtBot, screen: ReturnsScreen, station: Station
) -> None:
    with station.db.write() as session:  # a defective tea nobody can trace
        tea = session.scalars(select(Product.id).where(Product.sku_code == "T1-250")).one()
        lot = StockLot(product_id=tea, received_at=MONDAY, reference="GYS-LOST")
        session.add(lot)
        session.flush()
        store = session.scalars(select(Location.id).where(Location.code == "A-CP-01")).one()
        session.add(
            StockMovement(
                product_id=tea, lot_id=lot.id, location_id=store, quantity=2, kind="transfer"
            )
        )
    panel = screen.supplier
    panel.clock = lambda: MONDAY
    screen.tabs.setCurrentIndex(1)
    qtbot.keyClick(panel.slip_table, Qt.Key.Key_M, CTRL)
    assert panel.verdict.text == "1 slip(s) made: sign and post each."
    assert panel.slip_table.item(0, 1).text() == "Unknown supplier: name it before posting"
    scan(qtbot, screen, KEEPER_BADGE)
    assert panel.slip_table.item(0, 4).text() == "钱配货"
    scan(qtbot, screen, BOSS_BADGE)
    assert panel.verdict.text.endswith("is signed: Ctrl+Enter posts it.")
    qtbot.keyClick(panel.slip_table, Qt.Key.Key_Return, CTRL)
    assert panel.verdict.text == ("Nobody knows this slip's supplier: name it (Ctrl+N), then post.")
    qtbot.keyClick(panel.slip_table, Qt.Key.Key_N, CTRL)
    assert panel.name_edit.hasFocus()
    qtbot.keyClicks(panel.name_edit, "Lao Li Tea")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert panel.verdict.text == "TC20261130-001 goes back to Lao Li Tea."
    qtbot.keyClick(panel.slip_table, Qt.Key.Key_Return, CTRL)
    assert panel.verdict.text.startswith("Posted TC20261130-001: 2 unit(s) back to Lao Li Tea.")
    assert panel.slip_table.rowCount() == 0
    assert panel.off_sale_table.item(0, 0).text() == "T1-250"
    panel.off_sale_table.setFocus()
    qtbot.keyClick(panel.off_sale_table, Qt.Key.Key_L, CTRL)  # a clerk may not list it
    assert panel.verdict.is_error
    assert panel.off_sale_table.rowCount() == 1
