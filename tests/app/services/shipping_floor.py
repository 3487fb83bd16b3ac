"""Orders picked and ready for the verify, pack and weigh stations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.db.engine import Database
from app.demo import load_demo
from app.services.auth import login_with_pin
from app.services.batches import cut_batches
from app.services.context import Actor
from app.services.picking import confirm_pick, pick_list
from tests.app.services.picking_floor import add_order, add_product, receive

DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
TEA, CUP, GIFT = "6900000000011", "6900000000028", "6900000000042"


@dataclass(frozen=True)
class Floor:
    db: Database
    verifier: Actor
    packer: Actor
    boss: Actor
    two_teas_and_a_cup: str  # order ids
    one_cup: str
    one_gift: str  # pre-packed (R-BAT-5)


def picked_floor(db: Database) -> Floor:
    """Three orders batched and picked: ``O1`` 2 tea + 1 cup (waybill YT...001),
    ``O2`` 1 cup (YT...002), ``O3`` one pre-packed gift box (SF...)."""
    load_demo(db, orders=0, now=NOW)
    clerk = login_with_pin(db, "zhidan", "1234")
    picker = login_with_pin(db, "peihuo", "1234")
    tea = add_product(db, "T1-250", TEA, weight_g=260)
    cup = add_product(db, "C1-1", CUP, weight_g=180, category="ware")
    gift = add_product(db, "G1-1", GIFT, prepacked=True, weight_g=900, category="gift")
    for product, bin_code in ((tea, "A-01-05"), (cup, "A-02-02"), (gift, "A-01-02")):
        receive(db, product, bin_code, 20, days=1, ref="R")
    first = add_order(db, "O1", [(tea, 2), (cup, 1)], waybill="YT1000000000001")
    second = add_order(db, "O2", [(cup, 1)], minutes=1, waybill="YT1000000000002")
    third = add_order(db, "O3", [(gift, 1)], minutes=2, courier="SF", waybill="SF1000000000003")
    for batch in cut_batches(db, clerk, DAY, 1, now=NOW):
        for row in pick_list(db, clerk, batch.id).rows:
            confirm_pick(db, picker, batch.id, row.bin_code, row.sku_code, row.quantity)
    return Floor(
        db,
        login_with_pin(db, "yanhuo", "1234"),
        login_with_pin(db, "dabao", "1234"),
        login_with_pin(db, "zhuguan", "8888"),
        first,
        second,
        third,
    )
