"""Importing order exports: encodings, all-or-nothing, re-import, flags, the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEntry, Order, OrderLine, OutboxEvent
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
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v

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


# ---------------------------------------------------------------- broken files
# Each is rejected with exact row, column and reason, and leaves the database
# as it was: no order, no line, no outbox event, no audit entry.


def snapshot(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (Order, OrderLine, OutboxEvent, AuditEntry)
        )


def rejected(db: Database, actor: Actor, path: Path) -> list[tuple[int, str, str, str]]:
    before = snapshot(db)
    with pytest.raises(ImportRejected) as caught:
        import_orders(db, actor, path)
    assert snapshot(db) == before, "half-imported"
    return [(e.row, e.column, e.code, e.value) for e in caught.value.params["errors"]]


def _csv_text(rows: Sequence[Sequence[str]]) -> str:
    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v

    return "".join(",".join(cell(v) for v in r) + "\r\n" for r in [HEADERS, *rows])


@pytest.mark.parametrize("cut", ["mid-row", "mid-character", "inside-quotes"])
def test_truncated_file(demo: Database, clerk: Actor, tmp_path: Path, cut: str) -> None:
    data = _csv_text(order_rows("E1") + order_rows("E2")).encode("utf-8")
    whole = data[: data.rindex(b"E2")]  # up to the start of row 5 (E2's second row)
    if cut == "mid-row":
        data = whole + b"E2,,,,"
    elif cut == "mid-character":
        data = data[: data.index("西湖区".encode(), len(whole) - 200) + 4]  # inside 湖
    else:
        data = data[: data.index("3 单元".encode(), len(whole) - 200)]  # in the quoted address
    path = tmp_path / "cut.csv"
    path.write_bytes(data)
    errors = rejected(demo, clerk, path)
    assert "truncated_file" in {e[2] for e in errors}, errors
    last_row = 5 if cut == "mid-row" else 4
    assert errors[-1][:3] == (last_row, "订单状态", "truncated_file")
    assert all(row == last_row for row, *_ in errors), errors  # rows 2-3 were fine


def test_wrong_columns(demo: Database, clerk: Actor, tmp_path: Path) -> None:
    # Another ERP's export: its headers match none of the profile's.
    path = tmp_path / "other.csv"
    path.write_text("单号,客户,电话,商品,件数\nE1,王伟,13812345678,LJ01-050-GN,1\n", "utf-8")
    assert rejected(demo, clerk, path) == [
        (1, h, "missing_column", "")
        for h in ("订单号", "店铺", "收件人", "手机", "省", "市", "详细地址", "商家编码", "数量")
    ]
    # One header twice: which one holds the quantity?
    path.write_text(_csv_text(order_rows()).replace("单价", "数量", 1), "utf-8")
    assert rejected(demo, clerk, path) == [(1, "数量", "duplicate_column", "")]
    # An unquoted comma in an address shifts every later cell of its row.
    rows = order_rows("E1") + order_rows("E2")
    text = _csv_text(rows).replace("E2,龙井旗舰店", "E2,龙井旗舰店", 1)
    text = text.replace('"文三路 1 号\n3 单元"', "文三路 1 号,3 单元", 1)  # row 2 only
    path.write_text(text, "utf-8")
    errors = rejected(demo, clerk, path)
    assert (2, "订单状态", "extra_cells", "") in errors
    assert {row for row, *_ in errors} == {2}


def test_duplicate_order_numbers(demo: Database, clerk: Actor, tmp_path: Path) -> None:
    # The same export pasted twice: E1's rows again after E2's would double its lines.
    rows = order_rows("E1") + order_rows("E2") + order_rows("E1")
    assert rejected(demo, clerk, write_csv(tmp_path / "twice.csv", rows)) == [
        (6, "订单号", "duplicate_order", "E1"),
        (7, "订单号", "duplicate_order", "E1"),
    ]
    # Two orders under one number, one after the other: their addresses disagree.
    rows = order_rows("E1") + order_rows("E1")[:1]
    rows[2][3], rows[2][8] = "李娜", "古墩路 8 号"
    assert rejected(demo, clerk, write_csv(tmp_path / "clash.csv", rows)) == [
        (4, "收件人", "order_field_conflict", "李娜"),
        (4, "详细地址", "order_field_conflict", "古墩路 8 号"),
    ]
    # The same order number in two shops is two orders.
    rows = order_rows("E1") + order_rows("E1")
    rows[2][1] = "西湖茶庄"
    assert import_orders(demo, clerk, write_csv(tmp_path / "shops.csv", rows)).created == 2


def test_full_width_digits_are_accepted_and_stored_half_width(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    """Chinese input methods type full-width digits (１３８…, ２); their meaning
    is plain, so they are normalised (NFKC), not refused. Full-width letters
    that still make no phone number are refused as bad phones."""
    rows = order_rows("Ｅ１００１")
    rows[0][4] = "１３８ １２３４ ５６７８"
    rows[0][14] = "２"
    rows[0][2] = "２０２５－０５－０１ ０９：３０：００"
    rows[1][0] = "Ｅ１００１"
    import_orders(demo, clerk, write_csv(tmp_path / "fw.csv", rows))
    order = imported(demo, "E1001")
    assert order is not None and order.recipient_phone == "13812345678"
    assert sorted(ln.quantity for ln in order.lines) == [1, 2] and order.status == "paid"
    bad = order_rows("E2")
    bad[0][4] = "１３８ＡＢＣＤ５６７８"
    bad[1][14] = "２.５"
    assert rejected(demo, clerk, write_csv(tmp_path / "bad.csv", bad)) == [
        (2, "手机", "bad_phone", "１３８ＡＢＣＤ５６７８"),  # as the file has it
        (3, "数量", "bad_quantity", "２.５"),
    ]


def test_quotes_commas_and_line_breaks_in_addresses(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = order_rows("E1") + order_rows("E2")
    rows[0][8] = '文三路 1 号, "阳光花园"\n3 幢\r\n2 单元'
    rows[0][12] = "放门卫，谢谢\n周末不在家"
    rows[3][14] = "x"  # row 5 as a spreadsheet shows it, whatever the line breaks above
    path = write_csv(tmp_path / "quoted.csv", rows)
    assert rejected(demo, clerk, path) == [(5, "数量", "bad_quantity", "x")]
    rows[3][14] = "1"
    import_orders(demo, clerk, write_csv(tmp_path / "quoted.csv", rows))
    order = imported(demo, "E1")
    assert order is not None
    assert order.address_detail == '文三路 1 号, "阳光花园"\n3 幢\r\n2 单元'
    assert order.buyer_message == "放门卫，谢谢\n周末不在家"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "xlsx"])
def test_each_encoding_imports_the_same_order(
    demo: Database, clerk: Actor, tmp_path: Path, encoding: str
) -> None:
    rows = order_rows()
    if encoding in ("gb18030", "utf-8", "xlsx"):
        rows[0][3] = "王𠮷"  # outside GBK: only GB18030 and Unicode hold it
    if encoding == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in [HEADERS, *rows]:
            sheet.append(row)
        book.save(path := tmp_path / "export.xlsx")
    else:
        path = write_csv(tmp_path / "export.csv", rows, encoding)
    assert import_orders(demo, clerk, path).created == 1
    order = imported(demo)
    assert order is not None and order.recipient_name == rows[0][3]
    assert order.address_detail == "文三路 1 号\n3 单元" and order.province == "浙江省"
    bad = order_rows("E2")
    bad[1][13] = "不存在-1"
    if encoding == "xlsx":
        return
    assert rejected(demo, clerk, write_csv(tmp_path / "bad.csv", bad, encoding)) == [
        (3, "商家编码", "unknown_sku", "不存在-1")
    ]


def test_a_failure_while_writing_leaves_nothing(
    demo: Database, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bulk inserts run in the import's one transaction: a failure after
    the orders went in (here: writing the events) rolls them back too."""
    import app.services.order_import as service

    def broken(*args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(service, "_record_events", broken)
    before = snapshot(demo)
    with pytest.raises(RuntimeError):
        import_orders(demo, clerk, write_csv(tmp_path / "a.csv", order_rows() * 1))
    assert snapshot(demo) == before


def test_progress_is_reported_by_phase_not_per_row(
    demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = [r for i in range(600) for r in order_rows(f"P{i:04d}")]
    seen: list[tuple[str, int, int]] = []
    result = import_orders(
        demo, clerk, write_csv(tmp_path / "big.csv", rows), progress=lambda *p: seen.append(p)
    )
    assert result.created == 600
    for phase, total in (("read", 1), ("check", 1200), ("write", 600)):
        calls = [(d, t) for p, d, t in seen if p == phase]
        assert calls[0] == (0, total) and calls[-1] == (total, total)
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)
        assert len(calls) <= 103


@pytest.mark.postgres
def test_import_reimport_and_a_rejected_file_on_postgresql(pg_db: Database, tmp_path: Path) -> None:
    """The same service on the shared database: bulk inserts, the update
    path (optimistic lock, lines replaced) and all-or-nothing."""
    load_demo(pg_db, orders=5)
    clerk = login_with_pin(pg_db, "zhidan", "1234")
    rows = [r for i in range(300) for r in order_rows(f"PG{i:03d}")]
    first = import_orders(pg_db, clerk, write_csv(tmp_path / "a.csv", rows))
    assert (first.created, first.updated) == (300, 0)
    rows[0][8] = "天目山路 99 号"  # PG000's address
    rows[3][14] = "5"  # PG001's second line
    again = import_orders(pg_db, clerk, write_csv(tmp_path / "b.csv", rows))
    assert (again.created, again.updated, again.unchanged) == (0, 2, 298)
    order = imported(pg_db, "PG001")
    assert order is not None and sorted(ln.quantity for ln in order.lines) == [2, 5]
    assert (o := imported(pg_db, "PG000")) is not None and o.address_detail == "天目山路 99 号"
    with pg_db.read() as s:
        seqs = s.scalars(select(OutboxEvent.local_seq).order_by(OutboxEvent.local_seq)).all()
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no gap, no clash
    rows += order_rows("PG999")
    rows[-1][14] = "0"
    rows[0][8] = "改了也不写"
    assert rejected(pg_db, clerk, write_csv(tmp_path / "c.csv", rows)) == [
        (len(rows) + 1, "数量", "bad_quantity", "0")
    ]
    assert (o := imported(pg_db, "PG000")) is not None and o.address_detail == "天目山路 99 号"
