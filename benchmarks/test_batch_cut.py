"""Cutting a day's 10,000 audited orders into ship batches with their pick
lines allocated first-in-first-out (issue goal: under 1 s), and reading a
batch's pick list.

Run: ``.venv/bin/python -m pytest benchmarks/test_batch_cut.py --benchmark-only``
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import func, select, update

from app.db import migrate
from app.db.engine import Database
from app.db.models import Order, PickLine
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.services.batches import cut_batches
from app.services.picking import pick_list

ORDERS = 10_000
DAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with 10,000 audited demo orders, checkpointed into one file."""
    path = tmp_path_factory.mktemp("cut") / "template.db"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    load_demo(db, orders=ORDERS)
    with db.write() as session:
        session.execute(update(Order).values(status="audited"))
    db.dispose()
    return path


def _fresh(template: Path, tmp_path: Path, n: int) -> Database:
    copy = tmp_path / f"round{n}.db"
    shutil.copyfile(template, copy)
    return Database(f"sqlite:///{copy}")


def test_cut_10000_orders_with_pick_lines(
    benchmark: BenchmarkFixture, template: Path, tmp_path: Path
) -> None:
    rounds = iter(range(100))
    made: list[int] = []

    def setup() -> tuple[tuple[Database, object], dict[str, object]]:
        db = _fresh(template, tmp_path, next(rounds))
        return (db, login_with_pin(db, "zhidan", "1234")), {}

    def cut(db: Database, clerk: object) -> None:
        batches = cut_batches(db, clerk, DAY, 5)  # type: ignore[arg-type]
        made.append(sum(b.order_count for b in batches))

    benchmark.pedantic(cut, setup=setup, rounds=5, iterations=1)
    assert made and all(n == ORDERS for n in made)  # every order batched, none held


def test_read_one_pick_list(benchmark: BenchmarkFixture, template: Path, tmp_path: Path) -> None:
    db = _fresh(template, tmp_path, 0)
    clerk = login_with_pin(db, "zhidan", "1234")
    batches = cut_batches(db, clerk, DAY, 1)
    multi = next(b for b in batches if b.kind == "multi")
    plist = benchmark(pick_list, db, clerk, multi.id)
    with db.read() as session:
        lines = session.scalar(
            select(func.count()).select_from(PickLine).where(PickLine.batch_id == multi.id)
        )
    assert len(plist.rows) == lines and plist.total > multi.order_count
