"""Importing order exports: encodings, all-or-nothing, re-import, flags, the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEntry, Order
from app.demo import load_demo
from app.errors import PermissionDenied
from app.imports.mapping import Profile, save_profile
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.order_import import ImportRejected, import_orders
from tests.test_cli import run

HEADERS = [
    "订单号", "店铺", "付款时间", "收件人", "手机", "省", "市", "区", "详细地址",
    "快递公司", "运单号", "客服备注", "买家留言", "商家编码", "数量", "单价", "订单状态",
]  # fmt: skip


def order_rows(no: str = "E1001", status: str = "已付款") -> list[list[str]]:
    """A two-line order, its second row leaving the order's fields blank."""
    first = [no, "龙井旗舰店", "2025-05-01 09:30:00", "王伟", "13812345678", "浙江省", "杭州市"]
    first += ["西湖区", "文三路 1 号\n3 单元", "顺丰", "", "加急", "", "LJ01-050-GN", "2", "298"]
    second = [no] + [""] * 12 + ["LJ01-100-GN", "1", "", ""]
    return [first + [status], second]


def write_csv(path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8-sig") -> Path:
    def cell(v: str) -> str:
        return f'"{v}"' if any(c in v for c in ',"\n') else v

    text = "\r\n".join(",".join(cell(v) for v in r) for r in [HEADERS, *rows]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, orders=5)
    return db


@pytest.fixture
def clerk(demo: Database) -> Actor:
    return login_with_pin(demo, "zhidan", "1234")


def imported(db: Database, no: str = "E1001") -> Order | None:
    with db.read() as s:
        return s.scalar(select(Order).where(Order.platform_order_no == no))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_import_of_a_multi_line_order(
    demo: Database, clerk: Actor, tmp_path: Path, encoding: str
) -> None:
    rows = order_rows() + order_rows("E1002")[:1]
    rows[2][2] = ""  # not paid yet
    path = write_csv(tmp_path / "export.csv", rows, encoding)
    seen: list[tuple[str, int, int]] = []
    result = import_orders(demo, clerk, path, progress=lambda *p: seen.append(p))
    assert (result.created, result.updated, result.errors) == (2, 0, ())
    assert seen[0] == ("read", 0, 1) and ("check", 3, 3) in seen and seen[-1] == ("write", 2, 2)
    assert [p for p, _, _ in seen] == sorted((p for p, _, _ in seen), key="read check write".index)
    order = imported(demo)
    assert order is not None and order.status == "paid"
    assert order.address_detail == "文三路 1 号\n3 单元" and order.cs_remark == "加急"
    assert sorted((ln.quantity, ln.unit_price_fen) for ln in order.lines) == [
        (1, 56800),
        (2, 29800),
    ]
    assert (second := imported(demo, "E1002")) is not None and second.status == "new"


def test_xlsx_import(demo: Database, clerk: Actor, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADERS, *order_rows()]:
        sheet.append(row)
    path = tmp_path / "export.xlsx"
    book.save(path)
    assert import_orders(demo, clerk, path).created == 1


def test_every_bad_row_is_reported_and_nothing_is_written(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = order_rows("E1") + order_rows("E2") + order_rows("E3") + order_rows("E4")
    rows[0][3] = ""  # row 2: no recipient
    rows[0][4] = "138****5678"  # row 2: masked phone
    rows[1][13] = "NOPE-1"  # row 3: unknown SKU
    rows[2][14] = "0"  # row 4: bad quantity
    rows[2][9] = "火星快递"  # row 4: unknown courier
    rows[4][2] = "昨天"  # row 6: bad time
    rows[5][15] = "abc"  # row 7: bad price
    rows[6][14] = "１"  # row 8: full-width digit is fine
    path = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportRejected) as caught:
        import_orders(demo, clerk, path)
    got = [(e.row, e.column, e.code, e.value) for e in caught.value.params["errors"]]
    assert got == [
        (2, "收件人", "missing_field", ""),
        (2, "手机", "bad_phone", "138****5678"),
        (3, "商家编码", "unknown_sku", "NOPE-1"),
        (4, "快递公司", "unknown_courier", "火星快递"),
        (4, "数量", "bad_quantity", "0"),
        (6, "付款时间", "bad_time", "昨天"),
        (7, "单价", "bad_price", "abc"),
    ]
    assert caught.value.code == "import_rejected"
    for no in ("E1", "E2", "E3", "E4"):
        assert imported(demo, no) is None


def test_missing_columns_and_duplicate_waybills(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "cols.csv"
    path.write_text("订单号,数量\nE1,1\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_orders(demo, clerk, path)
    assert {(e.row, e.code) for e in caught.value.params["errors"]} == {(1, "missing_column")}
    rows = order_rows("E1")[:1] + order_rows("E2")[:1]
    rows[0][10] = rows[1][10] = "SF1234567890123"
    with pytest.raises(ImportRejected) as caught:
        import_orders(demo, clerk, write_csv(tmp_path / "wb.csv", rows))
    assert [(e.row, e.code) for e in caught.value.params["errors"]] == [(3, "duplicate_waybill")]


def test_reimport_updates_instead_of_duplicating(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", order_rows())
    import_orders(demo, clerk, path)
    again = import_orders(demo, clerk, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    rows = order_rows()
    rows[0][8] = "天目山路 99 号"
    rows[1][14] = "3"
    changed = import_orders(demo, clerk, write_csv(tmp_path / "b.csv", rows))
    assert (changed.created, changed.updated) == (0, 1)
    order = imported(demo)
    assert order is not None and order.address_detail == "天目山路 99 号"
    assert sorted(ln.quantity for ln in order.lines) == [2, 3]
    with demo.read() as s:
        assert len(s.scalars(select(Order).where(Order.platform_order_no == "E1001")).all()) == 1
    cancelled = import_orders(
        demo, clerk, write_csv(tmp_path / "c.csv", order_rows(status="已取消"))
    )
    assert cancelled.updated == 1 and (o := imported(demo)) is not None and o.status == "cancelled"


def test_cancelled_after_batching_is_flagged_not_changed(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    import_orders(demo, clerk, write_csv(tmp_path / "a.csv", order_rows()))
    with demo.write() as s:
        order = s.scalar(select(Order).where(Order.platform_order_no == "E1001"))
        assert order is not None
        order.status = "batched"
    result = import_orders(
        demo, clerk, write_csv(tmp_path / "b.csv", order_rows(status="交易关闭"))
    )
    assert [(f.order_no, f.status, f.reason) for f in result.flagged] == [
        ("E1001", "batched", "cancelled_after_batching")
    ]
    assert (o := imported(demo)) is not None and o.status == "batched"
    with demo.read() as s:
        actions = s.scalars(select(AuditEntry.action)).all()
    assert "cancelled_after_batching" in actions


def test_a_saved_profile_with_other_headers(
    demo: Database, clerk: Actor, tmp_path: Path, station_home: Path
) -> None:
    config_dir = station_home / "config"
    columns = {
        "order_no": ("平台订单编号",), "shop": ("店铺名称",), "recipient_name": ("收货人姓名",),
        "recipient_phone": ("收货人手机",), "province": ("收货省份",), "city": ("收货城市",),
        "address_detail": ("收货地址",), "sku": ("货品编号",), "quantity": ("购买数量",),
        "courier": ("物流公司",),
    }  # fmt: skip
    save_profile(config_dir, Profile("other-erp", columns))
    path = tmp_path / "other.csv"
    path.write_text(
        "平台订单编号,店铺名称,收货人姓名,收货人手机,收货省份,收货城市,收货地址,货品编号,购买数量,物流公司\n"
        "P9,西湖茶庄,张敏,0571-88880000,浙江省,杭州市,龙井路 18 号,LJ01-050-GN,1,YTO\n",
        encoding="utf-8",
    )
    result = import_orders(demo, clerk, path, profile="other-erp", config_dir=config_dir)
    assert result.created == 1
    assert (o := imported(demo, "P9")) is not None and o.status == "new" and o.district == ""


def test_only_order_clerks_and_supervisors_import(demo: Database, tmp_path: Path) -> None:
    packer = login_with_pin(demo, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        import_orders(demo, packer, write_csv(tmp_path / "a.csv", order_rows()))


def test_cli_import_orders_exit_codes(tmp_path: Path, station_home: Path, db_url: str) -> None:
    assert run("--db", db_url, "demo", "--orders", "3", home=station_home).returncode == 0
    good = write_csv(tmp_path / "good.csv", order_rows(), "gbk")
    result = run("--db", db_url, "import-orders", str(good), home=station_home)
    assert result.returncode == 0, result.stderr
    assert "1 created" in result.stdout
    rows = order_rows("E2")
    rows[1][14] = "x"
    bad = write_csv(tmp_path / "bad.csv", rows)
    result = run("--db", db_url, "import-orders", str(bad), home=station_home)
    assert result.returncode == 1
    assert "row 3, column 数量: bad_quantity (x)" in result.stderr
    missing = run(
        "--db", db_url, "import-orders", str(good), "--profile", "nope", home=station_home
    )
    assert missing.returncode == 1 and "not_found" in missing.stderr
