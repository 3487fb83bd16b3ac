"""The Orders screen's import dialog, driven with pytest-qt on a real station
database (in English until the dialog's Chinese texts are in the .ts file):
a good file, a broken one (every bad row in a table, nothing imported), an
order cancelled upstream after batching (in red), who may import, and the
window closing while an import runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import Order
from app.demo import data
from app.demo.loader import _add_couriers, _add_products
from app.imports.mapping import Profile, save_profile
from app.roles import Role
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.station import Station
from tests.app.services.test_order_import import order_rows, write_csv
from tests.ui.conftest import PIN, ROLE_USERS
from ui.qt import QApplication, Qt
from ui.screens.orders import OrdersScreen
from ui.widgets.import_dialog import ImportDialog

WAIT_MS = 20_000
TWICE = "This order number appeared further up already: the file holds it twice"


@pytest.fixture
def shop(station: Station) -> Station:
    """The demo catalogue and couriers, so exports have SKUs to match."""
    with station.db.write() as session:
        _add_products(session, [*data.GOODS, *data.PACKING])
        _add_couriers(session)
    return station


def actor(station: Station, role: Role) -> Actor:
    return login_with_pin(station.db, ROLE_USERS[role].username, PIN)


@pytest.fixture
def screen(qtbot: QtBot, shop: Station) -> Iterator[OrdersScreen]:
    built = OrdersScreen(shop, actor(shop, Role.ORDER_CLERK))
    qtbot.addWidget(built)
    built.show()
    built.refresh()
    yield built
    built.stop()


def run_import(qtbot: QtBot, screen: OrdersScreen, path: Path) -> ImportDialog:
    dialog = screen.open_import()
    assert dialog is not None and dialog.isVisible()
    dialog.set_path(path)  # what the file dialog would fill in
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.running and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    return dialog


def order_count(station: Station) -> int:
    with station.db.read() as session:
        return session.scalar(select(func.count()).select_from(Order)) or 0


def test_import_a_file_and_the_orders_table_refreshes(
    qtbot: QtBot, screen: OrdersScreen, tmp_path: Path
) -> None:
    assert screen.import_button.text() == "Import… (Ctrl+I)"
    assert screen.table.rowCount() == 0
    rows = [r for i in range(400) for r in order_rows(f"G{i:03d}")]
    opened = screen.open_import()
    assert opened is not None
    shown: list[int] = []
    opened.progress.valueChanged.connect(shown.append)
    dialog = run_import(qtbot, screen, write_csv(tmp_path / "export.csv", rows))
    assert dialog is opened and len(shown) > 5 and shown == sorted(shown)  # fed as it goes
    assert dialog.result_value is not None and dialog.result_value.created == 400
    assert (
        dialog.summary.text()
        == "Imported: 400 new, 0 updated, 0 unchanged, 0 not taken (cancelled)."
    )
    assert dialog.progress.value() == 100 and dialog.error_table.isHidden()
    assert dialog.flagged.isHidden()
    assert screen.table.rowCount() == 200  # the newest 200, reloaded at once
    assert order_count(screen.station) == 400
    assert dialog.close_button.isEnabled()


def test_a_broken_file_lists_every_bad_row_and_imports_nothing(
    qtbot: QtBot, screen: OrdersScreen, tmp_path: Path
) -> None:
    rows = order_rows("B1") + order_rows("B2") + order_rows("B1")
    rows[0][4] = "138****5678"
    rows[3][13] = "NOPE-1"
    dialog = run_import(qtbot, screen, write_csv(tmp_path / "bad.csv", rows))
    assert dialog.result_value is None
    table = dialog.error_table
    assert table.isVisible() and table.rowCount() == 4
    got = [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]
    assert got == [
        ("2", "手机", "138****5678", "Not a phone number (mobile or landline)"),
        ("5", "商家编码", "NOPE-1", "No product with this SKU or barcode"),
        ("6", "订单号", "B1", TWICE),
        ("7", "订单号", "B1", TWICE),
    ]
    assert dialog.summary.text() == (
        "4 problem(s) in the file. Nothing was imported: correct it and import it again."
    )
    assert order_count(screen.station) == 0 and screen.table.rowCount() == 0
    # a missing file never starts a thread
    dialog.set_path(tmp_path / "nothing.csv")
    assert not dialog.start() and not dialog.running and "nothing.csv" in dialog.summary.text()


def test_cancelled_after_batching_is_shown_in_red(
    qtbot: QtBot, screen: OrdersScreen, tmp_path: Path
) -> None:
    run_import(qtbot, screen, write_csv(tmp_path / "a.csv", order_rows("C1")))
    with screen.station.db.write() as session:
        order = session.scalar(select(Order).where(Order.platform_order_no == "C1"))
        assert order is not None
        order.status = "batched"
    dialog = run_import(
        qtbot, screen, write_csv(tmp_path / "b.csv", order_rows("C1", status="交易关闭"))
    )
    assert dialog.flagged.isVisible()
    assert "c00000" in dialog.flagged.styleSheet()
    assert dialog.flagged.text() == (
        "1 order(s) changed in the shop AFTER batching. Take them out of their batch:\n"
        "龙井旗舰店 C1 (Batched): cancelled in the shop after batching"
    )


def test_a_saved_profile_is_offered_and_used(
    qtbot: QtBot, screen: OrdersScreen, tmp_path: Path
) -> None:
    config_dir = screen.station.config.paths.config_dir
    save_profile(
        config_dir,
        Profile(
            "other-erp",
            {
                "order_no": ("平台订单编号",), "shop": ("店铺名称",), "recipient_name": ("收货人",),
                "recipient_phone": ("手机",), "province": ("省",), "city": ("市",),
                "address_detail": ("地址",), "sku": ("货品编号",), "quantity": ("数量",),
            },
        ),
    )  # fmt: skip
    path = tmp_path / "other.csv"
    path.write_text(
        "平台订单编号,店铺名称,收货人,手机,省,市,地址,货品编号,数量\n"
        "P9,西湖茶庄,张敏,13812345678,浙江省,杭州市,龙井路 18 号,LJ01-050-GN,２\n",
        encoding="gbk",
    )
    dialog = screen.open_import()
    assert dialog is not None
    items = [dialog.profile_box.itemText(i) for i in range(dialog.profile_box.count())]
    assert items == ["default", "other-erp"] and dialog.profile_box.currentText() == "default"
    dialog.profile_box.setCurrentText("other-erp")
    dialog = run_import(qtbot, screen, path)
    assert dialog.result_value is not None and dialog.result_value.created == 1
    # the default mapping does not fit this file: its missing columns are listed
    dialog.profile_box.setCurrentText("default")
    dialog = run_import(qtbot, screen, path)
    assert dialog.error_table.item(0, 3).text() == (
        "This column is missing from the file (check the mapping)"
    )


def test_ctrl_i_opens_the_dialog_and_only_auditors_import(qtbot: QtBot, shop: Station) -> None:
    clerk_screen = OrdersScreen(shop, actor(shop, Role.CLERK))  # sees orders, may not import
    qtbot.addWidget(clerk_screen)
    clerk_screen.show()
    assert clerk_screen.import_button.isHidden() and clerk_screen.open_import() is None
    clerk_screen.close()
    supervisor_screen = OrdersScreen(shop, actor(shop, Role.SUPERVISOR))
    qtbot.addWidget(supervisor_screen)
    supervisor_screen.show()
    supervisor_screen.activateWindow()
    qtbot.waitExposed(supervisor_screen)
    supervisor_screen.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is supervisor_screen.table)
    qtbot.keyClick(supervisor_screen.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: supervisor_screen.import_dialog is not None, timeout=WAIT_MS)
    assert supervisor_screen.import_dialog is not None
    assert supervisor_screen.import_dialog.isVisible()
    supervisor_screen.stop()


def test_closing_while_an_import_runs_waits_for_it(
    qtbot: QtBot, screen: OrdersScreen, tmp_path: Path
) -> None:
    rows = [r for i in range(2000) for r in order_rows(f"W{i:04d}")]
    dialog = screen.open_import()
    assert dialog is not None
    dialog.set_path(write_csv(tmp_path / "big.csv", rows))
    assert dialog.start()
    dialog.reject()  # Esc / Close while it runs: the dialog stays
    assert dialog.isVisible() and not dialog.close_button.isEnabled()
    screen.stop()  # the window closes: the import finishes (all of it) before the thread is gone
    assert not dialog.running
    assert order_count(screen.station) == 2000
