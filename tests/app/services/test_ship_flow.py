"""One-station mode: a scan opens the parcel at the step it has reached."""

from __future__ import annotations

import pytest

from app.db.engine import Database
from app.errors import NotFound
from app.services.pack import confirm_pack
from app.services.ship_flow import step_for
from app.services.verify import confirm_verify, open_verify, verify_scan
from app.services.weigh import weigh_parcel
from tests.app.services.shipping_floor import CUP, GIFT, picked_floor


def test_each_parcel_opens_at_its_step(db: Database) -> None:
    floor = picked_floor(db)
    me = floor.boss
    assert step_for(db, me, "O2") == "verify"
    order_id = open_verify(db, me, "O2").parcel.order_id
    for code in ("YT1000000000002", CUP):
        verify_scan(db, me, order_id, code)
    confirm_verify(db, me, order_id)
    assert step_for(db, me, "YT1000000000002") == "pack"
    confirm_pack(db, me, order_id, ("O2", "YT1000000000002"), {"PK-CTN-5": 1})
    assert step_for(db, me, "O2") == "weigh"
    assert weigh_parcel(db, me, order_id, 100).verdict == "off"
    assert step_for(db, me, "O2") == "weigh"  # held for its weight: weigh again
    assert weigh_parcel(db, me, order_id, 340).shipped
    assert step_for(db, me, "O2") is None  # shipped: the weigh screen says by whom

    gift = open_verify(db, me, "O3").parcel.order_id
    for code in ("SF1000000000003", GIFT):
        verify_scan(db, me, gift, code)
    confirm_verify(db, me, gift)
    assert step_for(db, me, "O3") == "weigh"  # pre-packed: no packing (R-BAT-5)
    with pytest.raises(NotFound):
        step_for(db, me, "NO-SUCH-ORDER")
