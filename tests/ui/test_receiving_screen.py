"""The receiving screen (收货入库, R-REC-1..4) driven through the window with
scanner bursts and keys: a delivery note typed with scanned lines, goods
counted (a carton's quantity typed first), an unknown barcode, a SKU not on
the note and an implausible count stopped in red with nothing changed; Enter
twice with differences; the labels queued; keeper and supervisor sign by
badge; Enter posts; putaway item then bin, a defective store refused, the
last unit announced."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.config import Config
from app.db.models import Notice, PrintJob, Product, ProductBarcode, StockMovement
from app.demo import load_demo
from app.services.users import ensure_station
from app.station import Station, open_station
from tests.ui.keyboard import TYPING_GAP, Keyboard
from tests.ui.test_main_window import type_login
from tests.ui.test_picking_screen import activate, burst
from tests.ui.test_screens import commit_text
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.receiving import ReceivingScreen
from ui.sounds import Tone
from ui.widgets.receiving_lines import LAST_COLOUR, MATCH_COLOUR, SHORT_COLOUR, WRONG_COLOUR
from ui.widgets.verdict_panel import Verdict

NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
TEA, CUP, OTHER = "LJ01-100-GN", "LJ02-050-GN", "LJ03-100-BM"
CTRL = Qt.KeyboardModifier.ControlModifier
KEEPER_BADGE, SUPERVISOR_BADGE = "USR0004", "USR0001"  # 钱配货, 王主管


@pytest.fixture
def dock(config: Config, db_url: str) -> Iterator[Station]:
    """A station of warehouse A on the demo's users, bins and products (no orders)."""
    config = dataclasses.replace(config, database=dataclasses.replace(config.database, url=db_url))
    station = open_station(config, demo_if_empty=False)
    load_demo(station.db, orders=0, now=NOW)
    ensure_station(station.db, config.station.code, config.station.name, "A")
    yield station
    station.db.dispose()


@pytest.fixture
def screen(
    qtbot: QtBot, dock: Station, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ReceivingScreen]:
    win = MainWindow(dock)
    qtbot.addWidget(win)
    win.show()
    type_login(qtbot, win, "wenyuan", "1234")  # 赵文员, clerk
    assert win.workspace is not None, win.login.result.text()
    shown = win.workspace.show_screen("receiving")
    assert isinstance(shown, ReceivingScreen)
    shown.clock = lambda: NOW
    yield shown
    win.shutdown()


def ean(station: Station, sku: str) -> str:
    with station.db.read() as session:
        return str(
            session.scalars(
                select(ProductBarcode.barcode)
                .join(Product)
                .where(Product.sku_code == sku, ProductBarcode.barcode != sku)
            ).one()
        )


def scan(qtbot: QtBot, screen: ReceivingScreen, code: str) -> str:
    """A scanner burst wherever the focus is; returns what the panel says."""
    screen.verdict.sounds.last_played = None
    win = screen.window()
    assert isinstance(win, MainWindow)
    burst(qtbot, win, code)
    return screen.verdict.text


def key(qtbot: QtBot, screen: ReceivingScreen, which: Qt.Key, mods: object = None) -> str:
    screen.verdict.sounds.last_played = None
    win = screen.window()
    assert isinstance(win, MainWindow)
    activate(qtbot, win)
    target = screen.focusWidget() or screen.scan_edit
    if mods is None:
        qtbot.keyClick(target, which)
    else:
        qtbot.keyClick(target, which, mods)  # type: ignore[arg-type]
    return screen.verdict.text


def type_digits(qtbot: QtBot, screen: ReceivingScreen, digits: str) -> None:
    """A person types a quantity into the scan field (slowly: no scan)."""
    win = screen.window()
    assert isinstance(win, MainWindow)
    activate(qtbot, win)
    screen.scan_edit.setFocus()
    Keyboard().type(digits, gap=TYPING_GAP)
    qtbot.waitUntil(lambda: screen.scan_edit.text() == digits, timeout=5_000)


def counted(screen: ReceivingScreen) -> list[tuple[str, str, str, str]]:
    """SKU, note, counted, signed for."""
    return [(r[0], r[3], r[4], r[5]) for r in screen.table.rows()]


def make_note(qtbot: QtBot, screen: ReceivingScreen, dock: Station) -> None:
    """Ctrl+N, the supplier typed (Chinese, by input method), the note's number
    scanned into its field, lines scanned with their quantity, Ctrl+S."""
    key(qtbot, screen, Qt.Key.Key_N, CTRL)
    assert screen.stack.currentWidget() is screen.form
    commit_text(qtbot, screen.form.supplier_edit, "杭州龙井茶厂")
    screen.form.reference_edit.setFocus()
    scan(qtbot, screen, "SH-0001")
    assert screen.form.reference == "SH-0001"
    screen.form.qty_spin.setValue(10)
    scan(qtbot, screen, ean(dock, TEA))
    screen.form.qty_spin.setValue(4)
    scan(qtbot, screen, CUP)
    assert [line.quantity for line in screen.form.lines()] == [10, 4]
    key(qtbot, screen, Qt.Key.Key_S, CTRL)


def test_a_delivery_from_note_to_putaway(
    qtbot: QtBot, screen: ReceivingScreen, dock: Station
) -> None:
    make_note(qtbot, screen, dock)
    assert screen.verdict.verdict is Verdict.DONE, screen.verdict.text
    assert "RK20261128-001" in screen.verdict.text
    assert counted(screen) == [(TEA, "10", "0", "0"), (CUP, "4", "0", "0")]

    # R-REC-1: one unit a scan; 7 typed first counts a carton of 7
    assert "✓" in scan(qtbot, screen, ean(dock, TEA))
    scan(qtbot, screen, TEA)  # our Code 128 label counts the same
    type_digits(qtbot, screen, "7")
    assert "9 of 10" in scan(qtbot, screen, TEA)
    assert screen.verdict.sounds.last_played is Tone.OK
    assert counted(screen)[0] == (TEA, "10", "9", "9")

    # refusals: red, the error tone, nothing counted
    for code, words in (
        ("6999999999994", "Unknown barcode"),
        (OTHER, "not on this delivery note"),
    ):
        assert words in scan(qtbot, screen, code)
        assert screen.verdict.verdict is Verdict.ERROR
        assert screen.verdict.sounds.last_played is Tone.ERROR
        assert counted(screen) == [(TEA, "10", "9", "9"), (CUP, "4", "0", "0")]
    key(qtbot, screen, Qt.Key.Key_D, CTRL)  # the OTHER item recorded: not on the note
    assert counted(screen)[2] == (OTHER, "0", "1", "0")
    type_digits(qtbot, screen, "99")
    assert "more than plausible" in scan(qtbot, screen, CUP)
    assert counted(screen)[1] == (CUP, "4", "0", "0")

    type_digits(qtbot, screen, "3")
    scan(qtbot, screen, CUP)
    scan(qtbot, screen, TEA)
    assert screen.table.row_colour(0) == LAST_COLOUR  # the last scan's line
    # Enter: differences (CUP one short) need a second Enter
    assert "differ from the note" in key(qtbot, screen, Qt.Key.Key_Return)
    assert screen.inbound is not None and screen.inbound.stage == "counting"
    text = key(qtbot, screen, Qt.Key.Key_Return)
    assert screen.inbound.stage == "signing", text
    assert "13 signed for of 14" in text and "13 labels queued" in text
    assert [screen.table.row_colour(r) for r in range(3)] == [
        MATCH_COLOUR,
        SHORT_COLOUR,
        WRONG_COLOUR,
    ]
    with dock.db.read() as session:
        jobs = session.execute(
            select(PrintJob.document_ref, PrintJob.copies).where(PrintJob.label_kind == "sku")
        ).all()
    assert sorted(jobs) == [("RK20261128-001/1", 10), ("RK20261128-001/2", 3)]

    # R-REC-3: keeper and supervisor by badge, then Enter posts
    assert "钱配货" in scan(qtbot, screen, KEEPER_BADGE)
    assert "王主管" in scan(qtbot, screen, SUPERVISOR_BADGE)
    assert screen.inbound.stage == "posting"
    text = key(qtbot, screen, Qt.Key.Key_Return)
    assert screen.verdict.verdict is Verdict.DONE and "A-SH-01" in text, text
    assert screen.inbound.stage == "putaway"

    # R-REC-4: item then bin; a defective store refused; bin then items
    scan(qtbot, screen, TEA)
    assert "no pick or reserve bin" in scan(qtbot, screen, "A-CP-01")
    assert screen.verdict.verdict is Verdict.ERROR
    type_digits(qtbot, screen, "6")
    assert "A-R1-02" in scan(qtbot, screen, "A-R1-02")
    scan(qtbot, screen, "A-R1-03")
    type_digits(qtbot, screen, "4")
    scan(qtbot, screen, TEA)
    for _ in range(3):
        text = scan(qtbot, screen, CUP)
    assert screen.verdict.verdict is Verdict.DONE and "put away" in text, text
    with dock.db.read() as session:
        kinds = sorted(session.scalars(select(Notice.kind)))
        moved = session.scalar(
            select(func.sum(StockMovement.quantity)).where(
                StockMovement.kind == "putaway", StockMovement.quantity > 0
            )
        )
        a4 = session.scalar(select(func.count()).where(PrintJob.label_kind == "inbound_order"))
    assert kinds == ["arrival", "putaway_done"] and moved == 13 and a4 == 1


def test_undo_takes_the_last_count_back_and_esc_closes(
    qtbot: QtBot, screen: ReceivingScreen, dock: Station
) -> None:
    make_note(qtbot, screen, dock)
    type_digits(qtbot, screen, "5")
    scan(qtbot, screen, TEA)
    assert counted(screen)[0] == (TEA, "10", "5", "5")
    assert "Taken back" in key(qtbot, screen, Qt.Key.Key_Z, CTRL)
    assert counted(screen)[0] == (TEA, "10", "0", "0")
    key(qtbot, screen, Qt.Key.Key_Escape)
    assert screen.inbound is None and screen.table.rowCount() == 0
    assert screen.open_list.count() == 1  # the draft stays open, to resume
    assert "RK20261128-001" in scan(qtbot, screen, "SH-0001")  # by the supplier's number
    assert screen.inbound is not None and screen.inbound.number == "RK20261128-001"


def test_a_bad_line_is_named_and_no_order_is_made(
    qtbot: QtBot, screen: ReceivingScreen, dock: Station
) -> None:
    key(qtbot, screen, Qt.Key.Key_N, CTRL)
    commit_text(qtbot, screen.form.supplier_edit, "杭州龙井茶厂")
    screen.form.reference_edit.setText("SH-0002")
    screen.form.add_line(TEA, 3)
    screen.form.add_line("NO-SUCH-SKU", 2)
    text = key(qtbot, screen, Qt.Key.Key_S, CTRL)
    assert "row 2" in text and "NO-SUCH-SKU" in text, text
    assert screen.verdict.verdict is Verdict.ERROR and screen.inbound is None
    assert screen.open_list.count() == 0
