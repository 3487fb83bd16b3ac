"""The pack screen driven by scanner bursts through the window (R-PAK-1,2):
a document of another order stops in red, goods are no packing material,
material is scanned or chosen by number key, the parcel is sealed, a second
scan says who packed it, a pre-packed parcel goes straight to weighing
(R-BAT-5), and material running short reaches the supervisor's Overview."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Config
from app.db.engine import Database
from app.db.models import Order, PackRecord
from app.roles import Role
from app.services.users import add_user_from_console
from app.services.verify import confirm_verify, open_verify, verify_scan
from app.shipping_settings import PackSection
from app.station import Station, open_station
from tests.app.services.shipping_floor import CUP, GIFT, TEA, picked_floor
from tests.ui.conftest import PIN, ROLE_USERS
from tests.ui.test_main_window import type_login
from tests.ui.test_picking_screen import burst
from ui.main_window import MainWindow
from ui.qt import Qt
from ui.screens.overview import OverviewScreen
from ui.screens.pack import PackScreen
from ui.sounds import Tone

O1_WAYBILL, O2_WAYBILL, O3_WAYBILL = "YT1000000000001", "YT1000000000002", "SF1000000000003"


def ship_floor(config: Config) -> Station:
    """The station on the shipping floor (tests/app/services/shipping_floor.py):
    O1 (2 tea + 1 cup), O2 (1 cup), O3 (a pre-packed gift box), all picked and
    verified; plus the test users of every role."""
    station = open_station(config, demo_if_empty=False)
    db = station.db
    floor = picked_floor(db)
    for note, waybill, items in (
        ("O1", O1_WAYBILL, (TEA, TEA, CUP)),
        ("O2", O2_WAYBILL, (CUP,)),
        ("O3", O3_WAYBILL, (GIFT,)),
    ):
        order_id = open_verify(db, floor.verifier, note).parcel.order_id
        for code in (waybill, *items):
            verify_scan(db, floor.verifier, order_id, code)
        confirm_verify(db, floor.verifier, order_id)
    for user in ROLE_USERS.values():
        add_user_from_console(db, user.username, user.full_name, PIN, [user.role], user.badge)
    return station


@pytest.fixture
def floor(config: Config, db_url: str) -> Iterator[Station]:
    # R-PAK-2 with a long reorder horizon: any use at all makes a material short.
    # The floor's order numbers (delivery notes) are two characters: a scan.
    config = dataclasses.replace(
        config,
        database=dataclasses.replace(config.database, url=db_url),
        scanner=dataclasses.replace(config.scanner, min_length=2),
        pack=PackSection(reorder_days=100_000, usage_window_days=1),
    )
    station = ship_floor(config)
    yield station
    station.db.dispose()


@pytest.fixture
def window(qtbot: QtBot, floor: Station) -> Iterator[MainWindow]:
    win = MainWindow(floor)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


@pytest.fixture
def pack(qtbot: QtBot, window: MainWindow) -> PackScreen:
    type_login(qtbot, window, ROLE_USERS[Role.PACKER].username, PIN)
    assert window.workspace is not None, window.login.verdict.text
    screen = window.workspace.show_screen("pack")
    assert isinstance(screen, PackScreen)
    return screen


def scan(qtbot: QtBot, screen: PackScreen, code: str) -> str:
    """A scanner burst on the pack screen; what the result panel says."""
    screen.verdict.clear()
    win = screen.window()
    assert isinstance(win, MainWindow)
    burst(qtbot, win, code)
    assert screen.verdict.text, f"{code} said nothing"
    return screen.verdict.text


def status(db: Database, order_no: str) -> str:
    with db.read() as session:
        return str(
            session.scalars(select(Order.status).where(Order.platform_order_no == order_no)).one()
        )


def test_a_parcel_is_checked_filled_and_sealed_by_scans(
    qtbot: QtBot, pack: PackScreen, floor: Station
) -> None:
    text = scan(qtbot, pack, O1_WAYBILL)
    assert "O1" in text and "delivery note" in text and not pack.verdict.is_error
    assert pack.items.rowCount() == 2  # tea × 2, cup × 1
    assert "✗" in pack.documents_label.text()

    # R-PAK-1: the other order's delivery note is a big red stop; nothing changes.
    text = scan(qtbot, pack, "O2")
    assert pack.verdict.is_error and "O2" in text and "O1" in text and "do not seal" in text
    assert pack.verdict.sounds.last_played is Tone.ERROR
    assert pack.parcel is not None and pack.parcel.order_no == "O1"

    text = scan(qtbot, pack, "O1")
    assert not pack.verdict.is_error and "Documents match" in text
    assert "✗" not in pack.documents_label.text()

    text = scan(qtbot, pack, TEA)  # goods are no packing material
    assert pack.verdict.is_error and "not packing material" in text

    text = scan(qtbot, pack, "PK-CTN-4")  # the carton's own label
    assert not pack.verdict.is_error and "PK-CTN-4" in text

    # Bubble wrap has no label: chosen from the list by its number (PK-BAG-1 is 1).
    assert [m.sku_code for m in pack.materials[:2]] == ["PK-BAG-1", "PK-BUB-1"]
    pack.material_list.setFocus()
    qtbot.keyClick(pack.material_list, Qt.Key.Key_2)
    qtbot.keyClick(pack.material_list, Qt.Key.Key_2)
    qtbot.keyClick(pack.material_list, Qt.Key.Key_1)
    qtbot.keyClick(pack.material_list, Qt.Key.Key_Minus)  # the gift bag was a slip
    assert pack.used_units() == {"PK-CTN-4": 1, "PK-BUB-1": 2}
    assert "0.244 kg" in pack.weight_label.text()

    text = scan(qtbot, pack, "CMD:CONFIRM")
    assert not pack.verdict.is_error
    assert "O1" in text and "packed" in text and "0.244 kg" in text
    assert status(floor.db, "O1") == "packed"
    with floor.db.read() as session:
        record = session.scalars(select(PackRecord)).one()
        assert record.materials == {"PK-CTN-4": 1, "PK-BUB-1": 2}
        assert record.material_weight_g == 244
    # R-PAK-2: with this station's horizon the material used is now short.
    assert pack.alerts.isVisible() and "PK-CTN-4" in pack.alerts.text()

    # A second scan of the sealed parcel says who packed it.
    text = scan(qtbot, pack, O1_WAYBILL)
    assert pack.verdict.is_error and "already packed" in text
    assert ROLE_USERS[Role.PACKER].full_name in text


def test_enter_seals_and_both_documents_are_needed(
    qtbot: QtBot, pack: PackScreen, floor: Station
) -> None:
    scan(qtbot, pack, "O2")  # the delivery note first this time
    pack.material_list.setFocus()
    qtbot.keyClick(pack.material_list, Qt.Key.Key_Down)
    qtbot.keyClick(pack.material_list, Qt.Key.Key_Space)
    assert pack.used_units() == {"PK-BUB-1": 1}
    qtbot.keyClick(pack.material_list, Qt.Key.Key_Return)  # Enter seals ...
    assert pack.verdict.is_error and "waybill" in pack.verdict.text  # ... not without it
    assert status(floor.db, "O2") == "verified"

    scan(qtbot, pack, O2_WAYBILL)
    pack.material_list.setFocus()
    qtbot.keyClick(pack.material_list, Qt.Key.Key_Return)
    assert not pack.verdict.is_error and "packed" in pack.verdict.text
    assert status(floor.db, "O2") == "packed"


def test_sealing_needs_material_and_esc_starts_over(
    qtbot: QtBot, pack: PackScreen, floor: Station
) -> None:
    scan(qtbot, pack, O2_WAYBILL)
    scan(qtbot, pack, "O2")
    text = scan(qtbot, pack, "CMD:CONFIRM")
    assert pack.verdict.is_error and "packing material" in text
    scan(qtbot, pack, "CMD:CANCEL")
    assert pack.parcel is None and status(floor.db, "O2") == "verified"
    text = scan(qtbot, pack, "PK-CTN-5")  # no parcel open: this opens nothing
    assert pack.verdict.is_error


def test_a_prepacked_parcel_goes_straight_to_weighing(qtbot: QtBot, pack: PackScreen) -> None:
    """R-BAT-5: the gift box was packed ahead; the pack station sends it on."""
    text = scan(qtbot, pack, O3_WAYBILL)
    assert not pack.verdict.is_error
    assert "pre-packed" in text and "O3" in text
    assert pack.parcel is None


def test_the_supervisor_sees_material_running_short(
    qtbot: QtBot, window: MainWindow, pack: PackScreen, floor: Station
) -> None:
    """R-PAK-2 on the Overview, for those who may approve only."""
    scan(qtbot, pack, O2_WAYBILL)
    scan(qtbot, pack, "O2")
    scan(qtbot, pack, "PK-CTN-5")
    scan(qtbot, pack, "CMD:CONFIRM")
    assert status(floor.db, "O2") == "packed"
    overview = window.workspace.screens["overview"] if window.workspace else None
    assert isinstance(overview, OverviewScreen)
    overview.refresh()
    assert not overview.alerts.isVisible()  # a packer is not told on the Overview
    window.logout()
    type_login(qtbot, window, ROLE_USERS[Role.SUPERVISOR].username, PIN)
    assert window.workspace is not None
    overview = window.workspace.show_screen("overview")
    assert isinstance(overview, OverviewScreen)
    assert overview.alerts.isVisible()
    assert "PK-CTN-5" in overview.alerts.text() and "R-PAK-2" in overview.alerts.text()
