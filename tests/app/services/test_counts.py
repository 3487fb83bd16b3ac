"""Cycle counts by zone, counted blind (盘点单, R-STK-3): the counter never
sees the ledger's quantities; variances per SKU, bin and lot once finished;
keeper and supervisor sign, the clerk posts ``count_adjust`` movements with
the reason; a later correction keeps the value before (R-ACC-3). Damaged
goods found are moved to the defective store (移仓单) or scrapped (拨废单).
Open cartons (R-STK-2) are listed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import StockLot, StockMovement
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.cartons import open_cartons
from app.services.count_posting import book_correction, post_count, sign_count
from app.services.counts import (
    CountSheet,
    count_bin,
    count_item,
    count_result,
    count_sheet,
    finish_count,
    open_counts,
    start_count,
)
from app.services.daily_close import check_day
from app.services.damaged import (
    DamagedItem,
    damage_info,
    open_damaged,
    post_damaged,
    record_damaged,
    sign_damaged,
)
from app.services.document_corrections import correct_quantity, corrections
from app.services.documents import SignatureRefused, SignaturesMissing
from app.services.stock_ops import (
    BinNotInWarehouse,
    BinNotInZone,
    InsufficientStock,
    StockOpRefused,
)
from app.services.transfers import TransferItem, post_transfer, raise_transfer, sign_transfer
from tests.app.services.stock_floor import NOW, People, ledger_size, load_floor, on_hand, units

SKU = "LJ01-050-GN"  # A-01-01: lots RK20261031-003 (6), RK20261118-006 (12), RK20261119-005 (6)
OTHER = "LJ01-100-GN"  # A-01-02: 18 units in three lots of 6


@pytest.fixture
def floor(db: Database) -> People:
    return load_floor(db)


def lot_units(db: Database, sku: str, bin_code: str) -> dict[str, int]:
    """Lot reference -> units."""
    with db.read() as session:
        return {
            (session.get(StockLot, lot).reference if lot else ""): qty  # type: ignore[union-attr]
            for lot, qty in on_hand(db, sku, bin_code).items()
        }


def test_a_blind_count_its_variances_and_their_posting(db: Database, floor: People) -> None:
    sheet = start_count(db, floor.keeper_a, "A", "a1", NOW)
    assert (sheet.number, sheet.zone, sheet.warehouse) == ("PD20261128-001", "A1", "A")
    assert sheet.zone_bins[:2] == ("A-01-01", "A-01-02") and len(sheet.zone_bins) == 12
    counted = count_bin(db, floor.keeper_a, sheet.number, "A-01-01")
    # Blind: the bin's 24 units are nowhere in what the counter gets back.
    assert counted.rows == () and counted.counted_bins == ("A-01-01",)
    assert {f.name for f in dataclasses.fields(CountSheet)}.isdisjoint({"expected", "system"})
    count_item(db, floor.keeper_a, sheet.number, "A-01-01", SKU, 20)
    for _ in range(4):
        count_item(db, floor.keeper_a, sheet.number, "A-01-01", SKU)
    counted = count_item(db, floor.keeper_a, sheet.number, "A-01-01", SKU, -1)  # one too many
    assert [(r.bin, r.sku, r.counted) for r in counted.rows] == [("A-01-01", SKU, 23)]
    count_bin(db, floor.keeper_a, sheet.number, "A-01-02")
    count_item(db, floor.keeper_a, sheet.number, "A-01-02", OTHER, 18)
    counted = count_item(db, floor.keeper_a, sheet.number, "A-01-02", "LJ02-050-GN", 2)
    assert counted.units == 43
    with pytest.raises(StockOpRefused) as blind:
        count_result(db, floor.keeper_a, sheet.number)
    assert blind.value.params["reason"] == "count_not_finished"
    with pytest.raises(StockOpRefused):
        sign_count(db, floor.keeper_a, sheet.number, "keeper", floor.keeper_a, "pin")
    assert [c.number for c in open_counts(db, floor.clerk)] == [sheet.number]

    result = finish_count(db, floor.keeper_a, sheet.number)
    got = [(v.bin, v.sku, v.lot_reference, v.expected, v.counted) for v in result.variances]
    assert got == [
        ("A-01-01", SKU, "RK20261031-003", 6, 5),  # a shortage is the oldest lot's
        ("A-01-02", "LJ02-050-GN", "", 0, 2),  # found where the ledger had none
    ]
    assert [v.difference for v in result.variances] == [-1, 2]
    assert result.lines_checked == 7
    assert [b for b, _ in result.uncounted_bins] == [f"A-01-{n:02d}" for n in range(3, 13)]
    with pytest.raises(StockOpRefused) as done:
        count_item(db, floor.keeper_a, sheet.number, "A-01-01", SKU)
    assert done.value.params["reason"] == "count_finished"

    with pytest.raises(SignaturesMissing):
        post_count(db, floor.clerk, sheet.number, "漏扫", NOW)
    sign_count(db, floor.clerk, sheet.number, "keeper", floor.keeper_a, "badge")
    with pytest.raises(SignatureRefused):
        sign_count(db, floor.clerk, sheet.number, "supervisor", floor.clerk, "pin")
    signed = sign_count(db, floor.clerk, sheet.number, "supervisor", floor.boss, "pin")
    assert signed.signatures.complete
    before = ledger_size(db)
    with pytest.raises(StockOpRefused) as why:
        post_count(db, floor.clerk, sheet.number, "  ", NOW)
    assert why.value.params["reason"] == "reason_missing"
    with pytest.raises(PermissionDenied):
        post_count(db, floor.keeper_a, sheet.number, "漏扫", NOW)
    assert ledger_size(db) == before
    posted = post_count(db, floor.clerk, sheet.number, "拣货漏记一罐; 混放两罐", NOW)
    assert posted.state == "posted" and posted.reason == "拣货漏记一罐; 混放两罐"
    assert lot_units(db, SKU, "A-01-01") == {
        "RK20261031-003": 5,
        "RK20261118-006": 12,
        "RK20261119-005": 6,
    }
    assert lot_units(db, "LJ02-050-GN", "A-01-02") == {"": 2}
    with db.read() as session:
        kinds = session.scalars(
            select(StockMovement.kind).where(StockMovement.document_id == sheet.number)
        ).all()
    assert kinds == ["count_adjust"] * 2

    # R-ACC-3: recounted later, the line corrected; the first value is kept.
    correction = correct_quantity(  # line 1: A-01-01's oldest lot, as the bin was scanned
        db, floor.clerk, sheet.number, 1, 6, "复盘: 少数一罐", NOW, apply=book_correction
    )
    assert (correction.before, correction.after, correction.corrector) == ("5", "6", "赵文员")
    assert corrections(db, sheet.number)[0].before == "5"
    assert units(db, SKU, "A-01-01") == 24


def test_a_surplus_goes_onto_the_newest_lot(db: Database, floor: People) -> None:
    number = start_count(db, floor.keeper_a, "A", "A1", NOW).number
    count_bin(db, floor.keeper_a, number, "A-01-01")
    count_item(db, floor.keeper_a, number, "A-01-01", SKU, 26)
    count_bin(db, floor.keeper_a, number, "A-01-02")  # counted empty
    result = finish_count(db, floor.keeper_a, number)
    got = [(v.bin, v.lot_reference, v.difference) for v in result.variances]
    assert got == [
        ("A-01-01", "RK20261119-005", 2),
        ("A-01-02", "RK20261017-004", -6),
        ("A-01-02", "RK20261030-001", -6),
        ("A-01-02", "RK20261104-003", -6),
    ]


def test_bad_scans_are_refused_and_change_nothing(db: Database, floor: People) -> None:
    number = start_count(db, floor.keeper_a, "A", "A1", NOW).number
    count_bin(db, floor.keeper_a, number, "A-01-01")
    count_item(db, floor.keeper_a, number, "A-01-01", SKU, 3)
    sheet = count_sheet(db, floor.keeper_a, number)
    before = ledger_size(db)
    refusals: list[tuple[type[Exception], Callable[[], object]]] = [
        (BinNotInZone, lambda: count_bin(db, floor.keeper_a, number, "A-02-01")),
        (BinNotInZone, lambda: count_item(db, floor.keeper_a, number, "A-R1-01", SKU)),
        (NotFound, lambda: count_bin(db, floor.keeper_a, number, "A-09-99")),
        (BinNotInWarehouse, lambda: count_bin(db, floor.keeper_a, number, "B-01-01")),
        (StockOpRefused, lambda: count_item(db, floor.keeper_a, number, "A-01-05", SKU)),
        (NotFound, lambda: count_item(db, floor.keeper_a, number, "A-01-01", "6999999999999")),
        (StockOpRefused, lambda: count_item(db, floor.keeper_a, number, "A-01-01", SKU, -4)),
        (
            StockOpRefused,
            lambda: count_item(db, floor.keeper_a, number, "A-01-01", SKU, 99_998, 100_000),
        ),
        (InvalidInput, lambda: count_item(db, floor.keeper_a, number, "A-01-01", SKU, 0)),
        (PermissionDenied, lambda: count_bin(db, floor.packer, number, "A-01-02")),
        (NotFound, lambda: start_count(db, floor.keeper_a, "A", "Z9", NOW)),
        (NotFound, lambda: start_count(db, floor.keeper_a, "C", "A1", NOW)),
    ]
    for error, call in refusals:
        with pytest.raises(error) as refused:
            call()
        assert isinstance(refused.value, error)
    assert ledger_size(db) == before
    assert count_sheet(db, floor.keeper_a, number) == sheet


def test_damaged_goods_scrapped_and_moved_to_the_defective_store(
    db: Database, floor: People
) -> None:
    scrap = record_damaged(
        db,
        floor.keeper_a,
        "scrap",
        [DamagedItem("A-01-01", SKU, 2)],
        "罐体压扁",
        NOW,
        reference="pd20261128-001",
    )
    assert scrap.number == "BF20261128-001" and scrap.reference == "PD20261128-001"
    assert [(ln.bin, ln.lot_reference, ln.quantity, ln.to_bin) for ln in scrap.lines] == [
        ("A-01-01", "RK20261031-003", 2, "")
    ]
    move = record_damaged(
        db, floor.keeper_a, "defect_move", [DamagedItem("A-01-01", SKU, 5)], "漏气", NOW
    )
    # The oldest lot's 6 minus the 2 on the scrap draft, then the next lot.
    assert [(ln.lot_reference, ln.quantity, ln.to_bin) for ln in move.lines] == [
        ("RK20261031-003", 4, "A-CP-01"),
        ("RK20261118-006", 1, "A-CP-01"),
    ]
    assert [d.number for d in open_damaged(db, floor.clerk)] == [scrap.number, move.number]
    before = ledger_size(db)
    for error, item, kind, reason in (
        (InsufficientStock, DamagedItem("A-01-01", SKU, 18), "scrap", "破损"),
        (NotFound, DamagedItem("A-01-01", "NOPE", 1), "scrap", "破损"),
        (NotFound, DamagedItem("A-99-01", SKU, 1), "scrap", "破损"),
        (StockOpRefused, DamagedItem("A-01-01", SKU, 1), "scrap", " "),
        (StockOpRefused, DamagedItem("A-CP-01", SKU, 1), "defect_move", "破损"),
        (InvalidInput, DamagedItem("A-01-01", SKU, 1), "lost", "破损"),
    ):
        with pytest.raises(error):
            record_damaged(db, floor.keeper_a, kind, [item], reason, NOW)
    with pytest.raises(BinNotInWarehouse):
        two = [DamagedItem("A-01-01", SKU, 1), DamagedItem("B-01-01", SKU, 1)]
        record_damaged(db, floor.keeper_a, "scrap", two, "破损", NOW)
    assert ledger_size(db) == before

    sign_damaged(db, floor.keeper_a, scrap.number, "keeper", floor.keeper_a, "pin")
    sign_damaged(db, floor.keeper_a, scrap.number, "supervisor", floor.boss, "badge")
    posted = post_damaged(db, floor.clerk, scrap.number, NOW)
    assert posted.state == "posted" and posted.posted_by == "赵文员"
    with pytest.raises(SignaturesMissing):
        post_damaged(db, floor.clerk, move.number, NOW)
    sign_damaged(db, floor.keeper_a, move.number, "qc", floor.qc, "pin")
    sign_damaged(db, floor.keeper_a, move.number, "keeper", floor.keeper_a, "pin")
    post_damaged(db, floor.clerk, move.number, NOW)
    assert units(db, SKU, "A-01-01") == 24 - 2 - 5
    assert units(db, SKU, "A-CP-01") == 5
    assert damage_info(db, floor.clerk, move.number).state == "posted"
    with db.read() as session:
        scrapped = session.scalars(
            select(StockMovement.quantity).where(
                StockMovement.document_id == scrap.number, StockMovement.kind == "scrap"
            )
        ).all()
    assert scrapped == [-2]


def test_open_cartons_are_listed(db: Database, floor: People) -> None:
    """R-STK-2: LJ01-100-RD's oldest lot in pick bin A-01-05 and its lot in
    reserve bin A-R1-05 both partly used: two cartons of it are open."""
    sku = "LJ01-100-RD"
    assert open_cartons(db, floor.keeper_a, "A") == []
    for bin_code in ("A-01-05", "A-R1-05"):
        number = record_damaged(
            db, floor.keeper_a, "scrap", [DamagedItem(bin_code, sku, 1)], "破损", NOW
        ).number
        sign_damaged(db, floor.keeper_a, number, "keeper", floor.keeper_a, "pin")
        sign_damaged(db, floor.keeper_a, number, "supervisor", floor.boss, "pin")
        post_damaged(db, floor.clerk, number, NOW)
    [warning] = open_cartons(db, floor.keeper_a, "A")
    assert (warning.sku, warning.style_no, warning.warehouse) == (sku, "LJ01", "A")
    assert [s.bin for s in warning.open_slots] == ["A-01-05", "A-R1-05"]
    assert open_cartons(db, floor.keeper_a, "A", allowed=2) == []
    assert open_cartons(db, floor.keeper_a, None) == [warning]


def test_a_day_of_stock_operations_closes_without_differences(db: Database, floor: People) -> None:
    """R-ACC-1: what the stock operations book agrees with their documents,
    so the daily close of A and of B finds nothing (and no drafts left)."""
    number = raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(SKU, 7)], NOW).number
    sign_transfer(db, floor.clerk, number, "sender", floor.keeper_b, "pin")
    sign_transfer(db, floor.clerk, number, "receiver", floor.keeper_a, "pin", to_bin="A-01-01")
    post_transfer(db, floor.clerk, number, NOW)
    count = start_count(db, floor.keeper_a, "A", "A1", NOW).number
    count_bin(db, floor.keeper_a, count, "A-01-01")
    count_item(db, floor.keeper_a, count, "A-01-01", SKU, 30)
    finish_count(db, floor.keeper_a, count)
    sign_count(db, floor.clerk, count, "keeper", floor.keeper_a, "pin")
    sign_count(db, floor.clerk, count, "supervisor", floor.boss, "pin")
    post_count(db, floor.clerk, count, "调拨到货混放", NOW)
    for kind, signers in (
        ("scrap", (("keeper", floor.keeper_a), ("supervisor", floor.boss))),
        ("defect_move", (("qc", floor.qc), ("keeper", floor.keeper_a))),
    ):
        damaged = record_damaged(
            db, floor.keeper_a, kind, [DamagedItem("A-01-01", SKU, 2)], "破损", NOW
        ).number
        for capacity, signer in signers:
            sign_damaged(db, floor.clerk, damaged, capacity, signer, "pin")
        post_damaged(db, floor.clerk, damaged, NOW)
    assert units(db, SKU, "A-01-01") == 30 - 4
    for warehouse in ("A", "B"):
        check = check_day(db, floor.clerk, warehouse, NOW.date())
        assert (check.unposted, check.differences) == ([], []), warehouse
