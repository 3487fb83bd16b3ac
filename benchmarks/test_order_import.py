"""Importing a shop ERP export of 10,000 orders (goal: under 3 s), and
importing it again (every order found: compared and left, or updated).

Run: ``.venv/bin/python -m pytest benchmarks/test_order_import.py --benchmark-only``.
The export uses the demo catalogue's SKUs and couriers, demo-style Chinese
addresses (some with commas, quotes and line breaks, so the CSV quotes them)
and 1-4 lines per order, one row per line as ERPs write it.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from app.db import migrate
from app.db.engine import Database
from app.demo import data, load_demo
from app.services.order_import import ImportResult, import_orders

ORDERS = 10_000
HEADERS = [
    "订单号", "店铺", "付款时间", "收件人", "手机", "省", "市", "区", "详细地址",
    "快递公司", "运单号", "客服备注", "买家留言", "商家编码", "数量", "单价", "订单状态",
]  # fmt: skip


def _address(rng: random.Random) -> tuple[str, str, str, str]:
    province, city, district, streets, _ = rng.choices(
        data.ADDRESSES, [a[4] for a in data.ADDRESSES]
    )[0]
    detail = f"{rng.choice(streets)}{rng.randint(1, 999)}号"
    if rng.random() < 0.25:
        detail += (
            f"{rng.choice(data.OFFICE_BUILDINGS)}{rng.randint(2, 28)}{rng.randint(1, 20):02d}室"
        )
    else:
        detail += f"{rng.choice(data.COMMUNITIES)}{rng.randint(1, 30)}幢"
        detail += f"{rng.randint(1, 4)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    roll = rng.random()
    if roll < 0.03:
        detail += "\n(放门卫)"  # a line break typed into the ERP's address box
    elif roll < 0.06:
        detail += ', "前台"代收'
    return province, city, district, detail


def export_rows(count: int = ORDERS, seed: int = 5) -> list[list[str]]:
    """One row per order line; the order's fields only on its first row."""
    rng = random.Random(seed)
    skus = [g.sku_code for g in data.GOODS]
    weights = [g.popularity for g in data.GOODS]
    rows: list[list[str]] = []
    for i in range(count):
        shop = data.SHOPS[i % len(data.SHOPS)][0]
        order_no = f"{3_900_000_000_000_000_000 + i}"
        name = rng.choice(data.SURNAMES) + "".join(rng.choices(data.GIVEN_NAME_CHARS, k=2))
        phone = f"{rng.choice(data.MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
        province, city, district, detail = _address(rng)
        courier = rng.choices(data.COURIERS, [c.share for c in data.COURIERS])[0]
        courier_text = courier.name if rng.random() < 0.5 else courier.code
        waybill = f"YT9{i:012d}" if courier.code == "YTO" and rng.random() < 0.3 else ""
        paid = "" if rng.random() < 0.05 else f"2025-05-01 {i % 24:02d}:{i % 60:02d}:{i % 57:02d}"
        message = rng.choice(data.HARMLESS_MESSAGES) if rng.random() < 0.3 else ""
        remark = rng.choice(data.HARMLESS_REMARKS) if rng.random() < 0.1 else ""
        picked = rng.sample(skus, k=rng.choice((1, 1, 1, 2, 3, 4)), counts=weights)
        for n, sku in enumerate(dict.fromkeys(picked)):
            quantity = str(rng.choice((1, 1, 1, 2, 3)))
            if n == 0:
                rows.append(
                    [order_no, shop, paid, name, phone, province, city, district, detail]
                    + [courier_text, waybill, remark, message, sku, quantity, "", "已付款"]
                )
            else:
                rows.append([order_no] + [""] * 12 + [sku, quantity, "", ""])
    return rows


def write_export(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([HEADERS, *rows])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_export(tmp_path_factory.mktemp("export") / "orders.csv", export_rows())


@pytest.fixture
def fresh_databases(tmp_path: Path) -> Iterator[list[Database]]:
    opened: list[Database] = []
    yield opened
    for db in opened:
        db.dispose()


def _fresh(tmp_path: Path, opened: list[Database]) -> Database:
    """A new SQLite file, migrated, with the demo catalogue and couriers only."""
    db = Database(f"sqlite:///{tmp_path / f'station-{len(opened)}.db'}")
    opened.append(db)
    migrate.upgrade(db.engine)
    load_demo(db, orders=0)
    return db


def test_import_10000_orders_into_a_fresh_database(
    benchmark: BenchmarkFixture, export: Path, tmp_path: Path, fresh_databases: list[Database]
) -> None:
    def setup() -> tuple[tuple[Database], dict[str, object]]:
        return (_fresh(tmp_path, fresh_databases),), {}

    def run(db: Database) -> ImportResult:
        return import_orders(db, None, export)

    result = benchmark.pedantic(run, setup=setup, rounds=3, iterations=1)
    assert result.created == ORDERS - result.skipped and not result.errors


@pytest.mark.parametrize("changed", [False, True], ids=["same-file", "every-order-changed"])
def test_reimport_10000_orders(
    benchmark: BenchmarkFixture,
    export: Path,
    tmp_path: Path,
    fresh_databases: list[Database],
    changed: bool,
) -> None:
    """The same file again (all found, nothing to change), or with every
    order's address edited upstream (all updated, lines replaced)."""
    db = _fresh(tmp_path, fresh_databases)
    import_orders(db, None, export)
    files = [export] * 3
    if changed:  # each round its own edit, so each round updates every order
        files = []
        for n in range(3):
            rows = export_rows()
            for row in rows:
                if row[3]:
                    row[8] += f"（改{n}）"
            files.append(write_export(tmp_path / f"changed-{n}.csv", rows))
    rounds = iter(files)

    def setup() -> tuple[tuple[Database, None, Path], dict[str, object]]:
        return (db, None, next(rounds)), {}

    result = benchmark.pedantic(import_orders, setup=setup, rounds=3, iterations=1)
    if changed:
        assert result.updated == ORDERS and not result.created
    else:
        assert result.unchanged == ORDERS and not result.created
