"""Transfers between warehouses (调拨单, R-STK-4): A's keeper raises it, B's
keeper sends the goods, both sign at the hand-over, the clerk posts; the
same lots leave B and arrive in A. On PostgreSQL: a transfer confirmed at
both ends from two station databases, through the shared server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import migrate
from app.db.engine import Database
from app.db.models import Document, Product, StockMovement
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.allocation import available_units, pickable_stock
from app.services.auth import login_with_badge, login_with_pin
from app.services.documents import (
    SignatureRefused,
    SignaturesMissing,
    WrongDocumentState,
    sign,
)
from app.services.stock_ops import BinNotInWarehouse, InsufficientStock, StockOpRefused
from app.services.transfers import (
    TransferItem,
    open_transfers,
    post_transfer,
    raise_transfer,
    sign_transfer,
    transfer_info,
)
from app.sync import server_schema
from tests.app.services.stock_floor import (
    B_KEEPER,
    DAY,
    NOW,
    People,
    ledger_size,
    load_floor,
    on_hand,
    people,
    units,
)
from tests.app.sync.stations import synced_station

SKU = "LJ01-050-GN"  # 36 units in B-01-01 (one lot), 24 in A-01-01


@pytest.fixture
def floor(db: Database) -> People:
    return load_floor(db)


def warehouse_id(db: Database, code: str) -> str:
    from app.db.models import Warehouse

    with db.read() as session:
        found = session.scalar(select(Warehouse.id).where(Warehouse.code == code))
        assert found
        return found


def spare(db: Database, warehouse: str, sku: str) -> int:
    with db.read() as session:
        product = session.scalar(select(Product.id).where(Product.sku_code == sku))
        assert product is not None
        stock = pickable_stock(session, warehouse_id(db, warehouse))
        return available_units(stock)[product]


def test_a_transfer_from_raise_to_posting_moves_the_same_lots(db: Database, floor: People) -> None:
    b_lots = on_hand(db, SKU, "B-01-01")
    assert sum(b_lots.values()) == 36
    raised = raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(SKU, 10)], NOW)
    assert raised.number == "DB20261128-001" and raised.day == DAY
    assert (raised.from_warehouse, raised.to_warehouse) == ("B", "A")
    assert raised.raised_by == "钱配货"
    [line] = raised.lines
    assert (line.sku, line.quantity, line.from_bin, line.to_bin) == (SKU, 10, "B-01-01", "")
    assert raised.next_step == "sender"
    # Spoken for until posted: B has 10 fewer to spare, the bin still holds 36.
    assert spare(db, "B", SKU) == 26
    assert units(db, SKU, "B-01-01") == 36

    sent = sign_transfer(db, floor.keeper_b, raised.number, "sender", floor.keeper_b, "pin")
    assert sent.signatures.signed == (("sender", "孙仓管"),) and sent.next_step == "receiver"
    received = sign_transfer(
        db, floor.keeper_a, raised.number, "receiver", floor.keeper_a, "badge", to_bin="A-01-01"
    )
    assert received.next_step == "post" and received.lines[0].to_bin == "A-01-01"
    assert units(db, SKU, "B-01-01") == 36, "signing moves nothing: the clerk posts"

    a_before = on_hand(db, SKU, "A-01-01")
    posted = post_transfer(db, floor.clerk, raised.number, NOW)
    assert posted.state == "posted" and posted.posted_by == "赵文员" and posted.next_step == "done"
    (lot,) = b_lots
    assert on_hand(db, SKU, "B-01-01") == {lot: 26}
    a_after = on_hand(db, SKU, "A-01-01")
    assert a_after == {**a_before, lot: 10}, "the B lot arrives in A as the same lot"
    assert spare(db, "B", SKU) == 26
    with db.read() as session:
        moves = session.execute(
            select(
                StockMovement.kind, StockMovement.document_type, StockMovement.document_id
            ).where(StockMovement.document_id == raised.number)
        ).all()
    assert sorted(moves) == [("transfer", "transfer", raised.number)] * 2
    assert open_transfers(db, floor.clerk) == []


def test_the_receiver_names_a_pick_or_reserve_bin(db: Database, floor: People) -> None:
    raised = raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(SKU, 6)], NOW)
    sign_transfer(db, floor.keeper_b, raised.number, "sender", floor.keeper_b, "badge")
    before = ledger_size(db)
    for to_bin, reason in (("", "to_bin_missing"), ("A-CP-01", "bin_kind")):
        with pytest.raises(StockOpRefused) as refused:
            sign_transfer(
                db, floor.keeper_a, raised.number, "receiver", floor.keeper_a, "pin", to_bin=to_bin
            )
        assert refused.value.params["reason"] == reason
    with pytest.raises(NotFound):
        sign_transfer(
            db, floor.keeper_a, raised.number, "receiver", floor.keeper_a, "pin", to_bin="A-77-77"
        )
    assert ledger_size(db) == before
    info = sign_transfer(
        db, floor.keeper_a, raised.number, "receiver", floor.keeper_a, "pin", to_bin="a-r1-08"
    )
    assert info.lines[0].to_bin == "A-R1-08"
    post_transfer(db, floor.boss, raised.number, NOW)
    assert units(db, SKU, "A-R1-08") == 6


def test_a_named_bin_and_several_items(db: Database, floor: People) -> None:
    items = [TransferItem(SKU, 4, "B-01-01"), TransferItem("LJ02-050-GN", 6), TransferItem(SKU, 2)]
    raised = raise_transfer(db, floor.keeper_a, "B", "A", items, NOW)
    assert [(ln.sku, ln.quantity) for ln in raised.lines] == [(SKU, 6), ("LJ02-050-GN", 6)]
    assert raised.units == 12
    assert [t.number for t in open_transfers(db, floor.clerk)] == [raised.number]
    assert transfer_info(db, floor.clerk, raised.number.lower()).number == raised.number


def test_the_hand_over_in_its_order_and_the_clerk_posts(db: Database, floor: People) -> None:
    number = raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(SKU, 3)], NOW).number
    with pytest.raises(StockOpRefused) as first:
        sign_transfer(db, floor.keeper_a, number, "receiver", floor.keeper_a, "pin")
    assert first.value.params["reason"] == "sender_first"
    with pytest.raises(SignaturesMissing):
        post_transfer(db, floor.clerk, number, NOW)
    with pytest.raises(SignatureRefused) as packer:
        sign_transfer(db, floor.keeper_b, number, "sender", floor.packer, "pin")
    assert packer.value.params["reason"] == "role"
    sign_transfer(db, floor.keeper_b, number, "sender", floor.keeper_b, "pin")
    with pytest.raises(SignatureRefused) as same:
        sign_transfer(
            db, floor.keeper_b, number, "receiver", floor.keeper_b, "pin", to_bin="A-01-01"
        )
    assert same.value.params["reason"] == "same_person"
    with pytest.raises(BinNotInWarehouse):
        sign_transfer(
            db, floor.keeper_a, number, "receiver", floor.keeper_a, "pin", to_bin="B-01-02"
        )
    sign_transfer(db, floor.keeper_a, number, "receiver", floor.keeper_a, "pin", to_bin="A-01-01")
    with pytest.raises(PermissionDenied):
        post_transfer(db, floor.keeper_a, number, NOW)  # the clerk moves the stock
    with pytest.raises(PermissionDenied):
        transfer_info(db, floor.packer, number)
    post_transfer(db, floor.clerk, number, NOW)
    with pytest.raises(StockOpRefused) as again:
        post_transfer(db, floor.clerk, number, NOW)
    assert again.value.params["reason"] == "wrong_state"
    with pytest.raises(WrongDocumentState):
        sign(db, floor.clerk, number, "receiver", floor.boss, "pin")  # no signing a posted one
    assert units(db, SKU, "B-01-01") == 33


@pytest.mark.parametrize(
    ("items", "error", "params"),
    [
        ([TransferItem("NO-SUCH-SKU", 1)], NotFound, {"kind": "product"}),
        ([TransferItem(SKU, 1, "B-99-99")], NotFound, {"kind": "bin"}),
        ([TransferItem(SKU, 1, "A-01-01")], BinNotInWarehouse, {"bin": "A-01-01"}),
        ([TransferItem(SKU, 37)], InsufficientStock, {"available": 36, "where": "B"}),
        (
            [
                TransferItem(SKU, 30),
                TransferItem("LJ02-050-GN", 1, "B-01-01"),
                TransferItem(SKU, 7),
            ],
            InsufficientStock,
            {"sku": SKU, "wanted": 37},
        ),
        ([TransferItem("LJ01-100-GN", 1)], InsufficientStock, {"available": 0}),  # none in B
        ([TransferItem(SKU, 0)], InvalidInput, {"field": "quantity"}),
        ([], InvalidInput, {"field": "items"}),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    db: Database,
    floor: People,
    items: list[TransferItem],
    error: type[Exception],
    params: dict[str, object],
) -> None:
    before = ledger_size(db)
    with pytest.raises(error) as refused:
        raise_transfer(db, floor.keeper_a, "B", "A", items, NOW)
    assert isinstance(refused.value, Exception)
    for key, value in params.items():
        assert getattr(refused.value, "params", {})[key] == value
    assert ledger_size(db) == before


def test_more_than_spare_after_another_draft(db: Database, floor: People) -> None:
    raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(SKU, 30)], NOW)
    before = ledger_size(db)
    with pytest.raises(InsufficientStock) as short:
        raise_transfer(db, floor.keeper_a, "B", "A", [TransferItem(SKU, 7)], NOW)
    assert short.value.params["available"] == 6
    with pytest.raises(StockOpRefused) as same:
        raise_transfer(db, floor.keeper_a, "A", "a", [TransferItem(SKU, 1)], NOW)
    assert same.value.params["reason"] == "same_warehouse"
    with pytest.raises(NotFound):
        raise_transfer(db, floor.keeper_a, "B", "C", [TransferItem(SKU, 1)], NOW)
    with pytest.raises(PermissionDenied):
        raise_transfer(db, floor.packer, "B", "A", [TransferItem(SKU, 1)], NOW)
    assert ledger_size(db) == before


def test_opening_a_second_carton_is_warned_not_refused(db: Database, floor: People) -> None:
    """R-STK-2: LJ01-100-RD lies in pick bin A-01-05 (older lots) and reserve
    bin A-R1-05 (the newest); taking from the pick bin opens its oldest lot;
    naming the reserve bin then opens a second carton of that SKU."""
    sku = "LJ01-100-RD"
    assert units(db, sku, "A-R1-05") > 0
    first = raise_transfer(db, floor.keeper_b, "A", "B", [TransferItem(sku, 1)], NOW)
    assert first.warnings == ()
    sign_transfer(db, floor.clerk, first.number, "sender", floor.keeper_a, "pin")
    sign_transfer(
        db, floor.clerk, first.number, "receiver", floor.keeper_b, "pin", to_bin="B-01-06"
    )
    post_transfer(db, floor.clerk, first.number, NOW)
    second = raise_transfer(db, floor.keeper_b, "A", "B", [TransferItem(sku, 2, "A-R1-05")], NOW)
    [warning] = second.warnings
    assert (warning.sku, warning.warehouse, warning.style_no) == (sku, "A", "LJ01")
    assert [s.bin for s in warning.open_slots] == ["A-01-05"]
    assert warning.opening is not None and warning.opening.bin == "A-R1-05"
    assert second.state == "draft"


# --- two stations, one shared server --------------------------------------


@pytest.fixture
def server(pg_url: str) -> Iterator[str]:
    """The demo warehouse on the shared PostgreSQL server, ready for stations."""
    shared = Database(pg_url)
    migrate.upgrade(shared.engine)
    with shared.engine.begin() as conn:
        server_schema.install(conn)
    load_floor(shared)
    shared.dispose()
    yield pg_url


def transfers_on(db: Database, number: str) -> tuple[str, int]:
    with db.read() as session:
        document = session.scalar(select(Document).where(Document.number == number))
        assert document is not None
        moved = session.scalars(
            select(StockMovement.quantity).where(StockMovement.document_id == number)
        ).all()
        return document.state, len(moved)


def test_a_transfer_confirmed_at_both_ends_from_two_station_databases(
    tmp_path: Path, server: str
) -> None:
    """B's keeper signs at station S1 (warehouse B), A's keeper at S2
    (warehouse A), each through their station's shared database; the clerk
    posts at S2; after a sync round both replicas show the posted transfer."""
    with (
        synced_station(tmp_path, "S1", server) as one,
        synced_station(tmp_path, "S2", server) as two,
    ):
        at_b, at_a = people(one.db, "S1"), people(two.db, "S2")
        raised = raise_transfer(
            two.shared_db, at_a.keeper_a, "B", "A", [TransferItem(SKU, 12)], NOW
        )
        # The sender's badge at station 1, on the shared database.
        sender = login_with_badge(one.db, B_KEEPER[4], "S1")
        sign_transfer(one.shared_db, at_b.keeper_b, raised.number, "sender", sender, "badge")
        receiver = login_with_pin(two.db, "peihuo", "1234", "S2")
        sign_transfer(
            two.shared_db,
            at_a.keeper_a,
            raised.number,
            "receiver",
            receiver,
            "pin",
            to_bin="A-01-01",
        )
        post_transfer(two.shared_db, at_a.clerk, raised.number, NOW)
        assert transfers_on(one.shared_db, raised.number) == ("posted", 2)
        for station in (one, two):
            assert station.sync is not None
            station.sync.round()
        for station in (one, two):
            assert transfers_on(station.db, raised.number) == ("posted", 2)
            assert units(station.db, SKU, "B-01-01") == 24
            assert units(station.db, SKU, "A-01-01") == 36
            info = transfer_info(station.db, at_a.clerk, raised.number)
            assert info.signatures.signed == (("sender", "孙仓管"), ("receiver", "钱配货"))
            assert info.posted_by == "赵文员"
