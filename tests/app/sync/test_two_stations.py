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


def test_a_correction_reaches_the_other_station_and_its_echo_is_harmless(
    tmp_path: Path, server_day: Day
) -> None:
    """Corrections are append-only in the database (R-ACC-3): the pull must add
    them, never rewrite them, also when a station pulls back its own."""
    from app.db.models import DocumentCorrection
    from app.services.document_corrections import correct_quantity
    from app.services.receiving import finish_counting
    from app.services.receiving_post import post_inbound, sign_inbound
    from tests.app.services.receiving_floor import NOW, TEA, count, make_dock_on, note

    url = server_day.db.url
    with synced_station(tmp_path, "S1", url) as one, synced_station(tmp_path, "S2", url) as two:
        assert one.sync and two.sync
        dock = make_dock_on(one.db)
        number = note(dock, ((TEA, 6),)).number
        count(dock, number, TEA, quantity=6)
        finish_counting(one.db, dock.clerk, number, NOW)
        sign_inbound(one.db, dock.clerk, number, dock.keeper, "badge")
        sign_inbound(one.db, dock.clerk, number, dock.supervisor, "pin")
        post_inbound(one.db, dock.clerk, number, NOW)
        correct_quantity(one.db, dock.clerk, number, 1, 5, "少一盒", NOW)
        assert one.sync.round().online
        assert one.sync.round().online  # its own rows come back: added once, not rewritten
        status = two.sync.round()
        assert status.online and status.conflicts == 0
        for db in (one.db, two.db, server_day.db):
            with db.read() as session:
                rows = session.execute(
                    select(DocumentCorrection.before, DocumentCorrection.after)
                ).all()
            assert [tuple(r) for r in rows] == [("6", "5")]


def test_documents_made_offline_at_two_stations_never_share_a_number(
    tmp_path: Path, server_day: Day
) -> None:
    from datetime import date

    from app.db.models import Document
    from app.services.documents import new_document

    url = server_day.db.url
    with synced_station(tmp_path, "S1", url) as one, synced_station(tmp_path, "S2", url) as two:
        assert one.sync and two.sync
        numbers = []
        for station, code in ((one, "S1"), (two, "S2")):
            keeper = login_with_pin(station.db, "peihuo", "1234", code)
            with station.db.write() as session:  # a cycle count started offline
                numbers.append(new_document(session, keeper, "count", date(2026, 11, 28)).number)
        assert numbers == ["PD20261128-S1-001", "PD20261128-S2-001"]
        assert one.sync.round().conflicts == 0
        assert two.sync.round().conflicts == 0
        with server_day.db.read() as session:
            on_server = sorted(session.scalars(select(Document.number)))
        assert on_server == numbers


def test_a_new_station_joins_while_the_server_is_busy_writing(
    tmp_path: Path, server_day: Day
) -> None:
    """The join copies everything in one snapshot without taking the writers'
    sync lock: a station joining never holds up the others' pushes, nor waits
    for them."""
    import threading

    from sqlalchemy import text as sql

    from app.db import migrate
    from app.db.engine import SYNC_LOCK, Database
    from app.sync.client import SyncClient

    local = Database(f"sqlite:///{tmp_path / 'new.db'}")
    migrate.upgrade(local.engine)
    server = Database(server_day.db.url)
    client = SyncClient(local, server, station_id="")
    joined = threading.Event()
    try:
        with server_day.db.engine.connect() as busy, busy.begin():
            busy.execute(sql("SELECT pg_advisory_xact_lock(:k)"), {"k": SYNC_LOCK})
            worker = threading.Thread(target=lambda: client.join() and joined.set())
            worker.start()
            worker.join(timeout=60)
            assert joined.is_set(), "the join waited for the writers' lock"
        with local.read() as session:
            assert session.scalar(select(func.count()).select_from(Order)) == 12
    finally:
        local.dispose()
        server.dispose()
