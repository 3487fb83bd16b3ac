"""Two stations against one PostgreSQL server: work offline, push, pull,
and the same parcel weighed at both (R-WEI-1)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text

from app.db.models import Order, OutboxEvent, Weighing
from app.services.auth import login_with_pin
from tests.app.sync.stations import synced_station, waiting
from tests.e2e.floor import Day, pack, shipments, verify, weigh


def test_a_step_at_one_station_reaches_the_other(tmp_path: Path, server_day: Day) -> None:
    url = server_day.db.url
    with synced_station(tmp_path, "S1", url) as one, synced_station(tmp_path, "S2", url) as two:
        assert one.sync and two.sync
        parcel = shipments(one.db)[0]
        verifier = login_with_pin(one.db, "yanhuo", "1234", "S1")
        verify(one.db, verifier, parcel)
        assert waiting(one.db) > 0
        one.sync.round()
        assert waiting(one.db) == 0
        with server_day.db.read() as session:
            assert session.get(Order, parcel.order_id).status == "verified"
        two.sync.round()
        with two.db.read() as session:
            assert session.get(Order, parcel.order_id).status == "verified"


def test_the_same_parcel_weighed_offline_at_two_stations(tmp_path: Path, server_day: Day) -> None:
    url = server_day.db.url
    with synced_station(tmp_path, "S1", url) as one, synced_station(tmp_path, "S2", url) as two:
        assert one.sync and two.sync
        parcel = shipments(one.db)[0]
        verify(one.db, login_with_pin(one.db, "yanhuo", "1234", "S1"), parcel)
        pack(one.db, login_with_pin(one.db, "dabao", "1234", "S1"), parcel)
        one.sync.round()
        two.sync.round()
        # Both offline now (no rounds): each weighs the same packed parcel.
        weigh(one.db, login_with_pin(one.db, "zhuguan", "8888", "S1"), parcel)
        weigh(two.db, login_with_pin(two.db, "zhuguan", "8888", "S2"), parcel)
        first = one.sync.round()
        second = two.sync.round()
        assert first.conflicts == 0
        assert second.conflicts == 1
        with server_day.db.read() as session:
            weighings = session.scalar(
                select(func.count())
                .select_from(Weighing)
                .where(Weighing.order_id == parcel.order_id)
            )
            assert weighings == 1
            assert session.get(Order, parcel.order_id).status == "shipped"
            refused = {
                row.tx_id: row.conflict
                for row in session.execute(
                    text("SELECT tx_id, conflict FROM sync_events WHERE outcome = 'rejected'")
                )
            }
        assert len(refused) == 1, "one refused transaction (weighed and shipped)"
        conflict = next(iter(refused.values()))
        assert conflict["code"] == "already_done"
        assert conflict["order_no"] == parcel.order_no
        assert conflict["station"] == "S1"
        with two.db.read() as session:
            # The refused weighing is gone from S2's replica; S1's is there.
            rows = session.scalars(
                select(Weighing).where(Weighing.order_id == parcel.order_id)
            ).all()
            assert [w.station_id for w in rows] == [one.station_id]
            event = session.scalar(select(OutboxEvent).where(OutboxEvent.outcome == "rejected"))
            assert event is not None and event.conflict and event.conflict["by"]
