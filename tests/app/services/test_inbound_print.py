"""What receiving prints, read back: the SKU labels queued once per order
line, one per unit signed for (R-REC-2); the A4 inbound order with its
finance copy, the note's and the counted quantities, the differences and
who signed when (R-REC-3). Also the supplier's CSV (UTF-8 or GBK) imported,
a bad row named by row and column with nothing created."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import Config
from app.db.engine import Database
from app.db.models import PrintJob, Product
from app.errors import AlreadyPrinted
from app.services.inbound_print import inbound_pdf, print_inbound_order, print_receiving_labels
from app.services.receiving import finish_counting
from app.services.receiving_note import DeliveryNoteInvalid, import_inbound
from app.services.receiving_post import post_inbound, sign_inbound
from app.services.receiving_view import ReceivingRefused
from tests.app.services.receiving_floor import (
    CUP,
    NOW,
    SETTINGS,
    SUPPLIER,
    TEA,
    TZ,
    Dock,
    count,
    make_dock,
    note,
    snapshot,
)


@pytest.fixture
def dock(db: Database, tmp_path: Path) -> Dock:
    return make_dock(db, tmp_path / "prints")


def pdf_text(pdf: bytes, tmp_path: Path) -> tuple[str, int]:
    """The text (pdftotext -layout) and the number of pages."""
    path = tmp_path / "inbound.pdf"
    path.write_bytes(pdf)

    def run(*args: str) -> str:
        done = subprocess.run(args, capture_output=True, check=True, encoding="utf-8", timeout=60)
        return done.stdout

    text = run("pdftotext", "-layout", str(path), "-")
    info = run("pdfinfo", str(path))
    pages = next(int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:"))
    return text, pages


def counted(dock: Dock) -> str:
    """TEA: 12 counted of 10 (over); CUP: 3 of 4 (short)."""
    number = note(dock).number
    count(dock, number, TEA, quantity=12)
    count(dock, number, CUP, quantity=3)
    finish_counting(dock.db, dock.clerk, number, NOW)
    return number


def jobs(db: Database, kind: str) -> list[tuple[str, int, str]]:
    with db.read() as session:
        return [
            (j.document_ref, j.copies, j.state)
            for j in session.scalars(
                select(PrintJob).where(PrintJob.label_kind == kind).order_by(PrintJob.created_at)
            )
        ]


def test_labels_one_per_unit_signed_for_and_never_twice(
    dock: Dock, config: Config, tmp_path: Path
) -> None:
    number = note(dock).number
    count(dock, number, TEA, quantity=2)
    with pytest.raises(ReceivingRefused):  # counting still open: nothing signed for yet
        print_receiving_labels(dock.db, dock.clerk, config, number)
    count(dock, number, TEA, quantity=10)
    count(dock, number, CUP, quantity=3)
    finish_counting(dock.db, dock.clerk, number, NOW)
    done = print_receiving_labels(dock.db, dock.clerk, config, number)
    assert (done.queued, done.skipped, done.labels) == (((TEA, 10), (CUP, 3)), (), 13)
    assert jobs(dock.db, "sku") == [(f"{number}/1", 10, "queued"), (f"{number}/2", 3, "queued")]
    again = print_receiving_labels(dock.db, dock.clerk, config, number)
    assert (again.queued, again.skipped) == ((), (TEA, CUP))
    assert len(jobs(dock.db, "sku")) == 2
    with dock.db.read() as session:
        payload = session.scalars(
            select(PrintJob.payload).where(PrintJob.document_ref == f"{number}/1")
        ).one()
    text, pages = pdf_text(payload, tmp_path)
    assert TEA in text and pages == 1  # one copy; the spooler sends it 10 times


def test_the_inbound_order_pdf_has_both_copies_with_the_numbers(
    dock: Dock, config: Config, tmp_path: Path
) -> None:
    number = counted(dock)
    text, pages = pdf_text(inbound_pdf(dock.db, dock.clerk, config, number), tmp_path)
    assert pages == 2 and text.count("入库单号") == 2
    assert "仓库联" in text and "财务联" in text and "草稿（未过账）" in text
    for expected in (number, SUPPLIER, "SH-0001", "A-SH-01", "2026-11-28", "赵文员"):
        assert expected in text
    tea = next(line for line in text.splitlines() if TEA in line)
    assert tea.split()[-5:] == ["10", "12", "10", "+2", "多出，未签收"]
    cup = next(line for line in text.splitlines() if CUP in line)
    assert cup.split()[-5:] == ["4", "3", "3", "-1", "短少"]
    assert "合计：2 种 应收 14 件 实点 15 件 签收 13 件" in text
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "pin")
    post_inbound(dock.db, dock.clerk, number, NOW)
    text, _pages = pdf_text(inbound_pdf(dock.db, dock.clerk, config, number), tmp_path)
    assert "草稿" not in text and "过账：2026-11-28 14:00" in text
    assert text.count("钱配货") == 2 and text.count("王主管") == 2  # signed, on both copies
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d"  # when they signed (the clock, not NOW)
    assert re.search(stamp + " 刷卡", text) and re.search(stamp + " PIN", text)


def test_a_long_order_runs_over_pages_with_the_signatures_on_the_last(
    dock: Dock, config: Config, tmp_path: Path
) -> None:
    with dock.db.read() as session:
        skus = list(
            session.scalars(
                select(Product.sku_code).where(Product.kind == "goods").order_by(Product.sku_code)
            )
        )[:32]
    number = note(dock, [(sku, 2) for sku in skus]).number
    for sku in skus:
        count(dock, number, sku, quantity=2)
    finish_counting(dock.db, dock.clerk, number, NOW)
    text, pages = pdf_text(inbound_pdf(dock.db, dock.clerk, config, number), tmp_path)
    assert pages == 4 and "仓库联 第 1/2 页" in text and "财务联 第 2/2 页" in text
    assert all(sku in text for sku in skus)
    assert text.count("合计：32 种") == 2


def test_the_order_prints_once_posted_and_a_draft_any_time(dock: Dock, config: Config) -> None:
    number = counted(dock)
    print_inbound_order(dock.db, dock.clerk, config, number)
    print_inbound_order(dock.db, dock.clerk, config, number)
    sign_inbound(dock.db, dock.clerk, number, dock.keeper, "badge")
    sign_inbound(dock.db, dock.clerk, number, dock.supervisor, "badge")
    post_inbound(dock.db, dock.clerk, number, NOW)
    job = print_inbound_order(dock.db, dock.clerk, config, number)
    assert (job.label_kind, job.document_ref, job.content_type) == (
        "inbound_order", number, "application/pdf",
    )  # fmt: skip
    with pytest.raises(AlreadyPrinted):  # a second one is a reprint (补打) with a reason
        print_inbound_order(dock.db, dock.clerk, config, number)
    assert [ref for ref, _n, _s in jobs(dock.db, "inbound_order")] == ["", "", number]


CSV = "供应商,送货单号,SKU,数量,备注\n{s},SH-0100,{tea},24,\n{s},SH-0100,{cup},6,外箱破损\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_the_suppliers_csv_becomes_the_order(dock: Dock, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "note.csv"
    path.write_bytes(CSV.format(s=SUPPLIER, tea=TEA, cup=CUP).encode(encoding))
    view = import_inbound(dock.db, dock.clerk, path, NOW, SETTINGS, TZ)
    assert (view.supplier, view.reference, view.day.isoformat()) == (
        SUPPLIER, "SH-0100", "2026-11-28",
    )  # fmt: skip
    assert [(ln.sku_code, ln.expected, ln.note) for ln in view.lines] == [
        (TEA, 24, ""),
        (CUP, 6, "外箱破损"),
    ]


def test_a_bad_csv_row_is_named_and_nothing_is_created(dock: Dock, tmp_path: Path) -> None:
    path = tmp_path / "note.csv"
    path.write_text(
        "商品编码,数量\n"
        f"{TEA},24\n"
        f"{CUP},六\n"  # row 3: not a number
        "LJ99-000-XX,2\n"  # row 4: no such SKU
        f"{CUP},0\n",  # row 5
        encoding="utf-8",
    )
    before = snapshot(dock.db)
    with pytest.raises(DeliveryNoteInvalid) as refused:
        import_inbound(dock.db, dock.clerk, path, NOW, SETTINGS, TZ, SUPPLIER, "SH-0200")
    assert [(p["row"], p["column"], p["reason"]) for p in refused.value.params["problems"]] == [
        (3, "数量", "not_a_number"),
        (4, "sku", "unknown_sku"),
        (5, "数量", "too_small"),
    ]
    path.write_text(f"SKU,件数\n{TEA},2\n", encoding="utf-8")
    with pytest.raises(DeliveryNoteInvalid) as columns:
        import_inbound(dock.db, dock.clerk, path, NOW, SETTINGS, TZ, SUPPLIER, "SH-0200")
    assert columns.value.params["problems"] == [
        {"row": 1, "column": "数量", "reason": "missing_column", "value": ""}
    ]
    path.write_text(f"供应商,SKU,数量\n甲厂,{TEA},2\n乙厂,{CUP},2\n", encoding="utf-8")
    with pytest.raises(DeliveryNoteInvalid) as two:
        import_inbound(dock.db, dock.clerk, path, NOW, SETTINGS, TZ, reference="SH-0200")
    assert [(p["row"], p["reason"], p["value"]) for p in two.value.params["problems"]] == [
        (3, "differs", "乙厂")
    ]
    assert snapshot(dock.db) == before
