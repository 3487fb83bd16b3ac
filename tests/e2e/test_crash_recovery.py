"""Reliability (issue 6): a station process killed with SIGKILL mid-order keeps
every scan it confirmed and nothing half-done; a second station is told who
weighed a parcel, where and when; malformed or unknown barcodes change nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import Config
from app.db.engine import Database
from app.db.models import (
    Order,
    OutboxEvent,
    PackRecord,
    StockMovement,
    VerifyScan,
    Weighing,
)
from app.errors import DomainError
from app.services.auth import login_with_pin
from app.services.pack import check_pack_document, confirm_pack, material_of, open_pack
from app.services.parcel import AlreadyDone
from app.services.users import ensure_station
from app.services.verify import VerifyStop, confirm_verify, open_verify, verify_scan
from app.services.weigh import open_weigh, weigh_parcel
from app.station import open_database, open_station
from tests.e2e.floor import Shipment, later, pack, picked_day, shipments, verify, weigh

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def station_db(config: Config) -> Iterator[Database]:
    """The station's own database file (as ``open_station`` finds it), with a
    day's demo orders picked and waiting at the verify station."""
    db = open_database(config)
    picked_day(db, 24)
    ensure_station(db, config.station.code, config.station.name, config.station.warehouse)
    yield db
    db.dispose()


class Station:
    """A station program in a child process."""

    def __init__(self, mode: str, work: object) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.station_process", mode, json.dumps(work)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []

    def read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line:
            self.proc.wait()
            assert self.proc.stderr is not None
            pytest.fail(f"the station process ended: {self.proc.stderr.read()}")
        self.lines.append(line)
        return line

    def send(self, code: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(code + "\n")
        self.proc.stdin.flush()
        return self.read()

    def kill(self) -> list[str]:
        """SIGKILL; returns every line printed, also those still in the pipe."""
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait() == -signal.SIGKILL
        assert self.proc.stdout is not None
        self.lines.extend(x for x in self.proc.stdout.read().splitlines() if x)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        return self.lines


@pytest.fixture
def spawn() -> Iterator[type[Station]]:
    """Starts station processes; any still alive when the test ends is killed."""
    started: list[Station] = []

    class Tracked(Station):
        def __init__(self, mode: str, work: object) -> None:
            super().__init__(mode, work)
            started.append(self)

    yield Tracked
    for station in started:
        if station.proc.poll() is None:
            station.kill()


def restarted(config: Config) -> Database:
    """The database as a restarted station opens it."""
    return open_station(config, demo_if_empty=False).db


def _events(db: Database) -> Counter[str]:
    with db.read() as session:
        return Counter(session.scalars(select(OutboxEvent.type)))


def test_killed_mid_verify_the_order_resumes_with_every_confirmed_scan(
    station_db: Database, config: Config, spawn: type[Station]
) -> None:
    s = next(s for s in shipments(station_db) if len(s.items) >= 2)
    station = spawn("verify", s.order_no)
    assert station.read() == "opened"
    assert station.send(s.waybill_no) == "ok 0"
    k = len(s.items) - 1
    for n, code in enumerate(s.items[:k], start=1):
        assert station.send(code) == f"ok {n}"
    station.kill()  # waiting for the next scan, with the order open

    db = restarted(config)
    try:
        verifier = login_with_pin(db, "yanhuo", "1234", config.station.code)
        state = open_verify(db, verifier, s.waybill_no)
        assert state.parcel.status == "picked"
        assert state.documents == {"delivery_note", "waybill"}
        assert sum(state.scanned.values()) == k
        assert state.missing() and not state.complete
        verify_scan(db, verifier, s.order_id, s.items[-1])
        assert confirm_verify(db, verifier, s.order_id).parcel.status == "verified"
    finally:
        db.dispose()


def test_killed_while_scanning_as_fast_as_it_can_nothing_is_half_written(
    station_db: Database, config: Config, spawn: type[Station]
) -> None:
    """Killed at any instant, maybe inside a commit: every scan and undo is
    there with its event, or not at all; at most the one in flight is unseen."""
    s = next(s for s in shipments(station_db) if len(s.items) >= 1)
    station = spawn("verify-loop", [s.order_no, s.items[0]])
    assert station.read() == "opened"
    for _ in range(40):
        station.read()
    printed = [x for x in station.kill() if x in ("item", "undo")]

    with station_db.read() as session:
        scans = session.execute(
            select(VerifyScan.kind, VerifyScan.undone_at).where(VerifyScan.order_id == s.order_id)
        ).all()
    items = [undone for kind, undone in scans if kind == "item"]
    undone = sum(1 for at in items if at is not None)
    done = len(items) + undone  # every scan and every undo committed
    assert len(printed) <= done <= len(printed) + 1
    events = _events(station_db)
    assert events["verify.item"] == len(items) and events["verify.undone"] == undone
    assert len(items) - undone in (0, 1)

    db = restarted(config)
    try:
        verifier = login_with_pin(db, "yanhuo", "1234", config.station.code)
        state = open_verify(db, verifier, s.order_no)
        assert sum(state.scanned.values()) == len(items) - undone
        codes = list(s.items[len(items) - undone :])
        for code in (s.waybill_no, *codes):
            state = verify_scan(db, verifier, s.order_id, code)
        assert confirm_verify(db, verifier, s.order_id).parcel.status == "verified"
    finally:
        db.dispose()


def _work(todo: list[Shipment]) -> list[list[str]]:
    return [[s.order_id, s.order_no, s.waybill_no] for s in todo]


def test_killed_mid_pack_and_mid_weigh_each_parcel_is_all_or_nothing(
    station_db: Database, config: Config, spawn: type[Station]
) -> None:
    db = station_db
    verifier = login_with_pin(db, "yanhuo", "1234")
    todo = shipments(db)[:16]
    for n, s in enumerate(todo):
        verify(db, verifier, s, now=later(n))

    packing = spawn("pack-loop", _work(todo))
    for _ in range(3):
        packing.read()
    packed_lines = [x for x in packing.kill() if x.startswith("packed")]
    with db.read() as session:
        status = {i: st for i, st in session.execute(select(Order.id, Order.status))}
        records = set(session.scalars(select(PackRecord.order_id)))
        used = Counter(
            session.scalars(
                select(StockMovement.document_id).where(StockMovement.kind == "pack_use")
            )
        )
    packed = [s for s in todo if status[s.order_id] == "packed"]
    assert len(packed_lines) <= len(packed) <= len(packed_lines) + 1
    assert packed == todo[: len(packed)]  # in order, none skipped
    for s in todo:  # a sealed parcel has its record and its material; the rest nothing
        is_packed = status[s.order_id] == "packed"
        assert (s.order_id in records) == is_packed
        assert used[s.order_no] == (2 if is_packed else 0)
        assert is_packed or status[s.order_id] == "verified"
    assert _events(db)["order.packed"] == len(packed)

    weighing = spawn("weigh-loop", _work(packed))
    weighing.read()
    shipped_lines = [x for x in weighing.kill() if x.startswith("shipped")]
    with db.read() as session:
        status = {i: st for i, st in session.execute(select(Order.id, Order.status))}
        weighed = Counter(session.scalars(select(Weighing.order_id)))
        out = Counter(
            session.scalars(select(StockMovement.document_id).where(StockMovement.kind == "ship"))
        )
    shipped = [s for s in packed if status[s.order_id] == "shipped"]
    assert len(shipped_lines) <= len(shipped) <= len(shipped_lines) + 1
    for s in packed:  # one weighing and the goods out, or neither
        is_shipped = status[s.order_id] == "shipped"
        assert weighed[s.order_id] == int(is_shipped)
        assert (out[s.order_no] > 0) == is_shipped
        assert is_shipped or status[s.order_id] == "packed"
    events = _events(db)
    assert events["order.weighed"] == events["order.shipped"] == len(shipped)

    again = restarted(config)  # the rest go on after the restart
    try:
        packer = login_with_pin(again, "dabao", "1234", config.station.code)
        weigher = login_with_pin(again, "yanhuo", "1234", config.station.code)
        for s in todo:
            if s not in packed:
                pack(again, packer, s)
            if s not in shipped:
                assert weigh(again, weigher, s).shipped
        with again.read() as session:
            assert set(
                session.scalars(
                    select(Order.status).where(Order.id.in_([s.order_id for s in todo]))
                )
            ) == {"shipped"}
    finally:
        again.dispose()


def test_a_second_station_is_told_who_weighed_the_parcel_where_and_when(db: Database) -> None:
    day = picked_day(db, 6)
    ensure_station(db, "ST01", "验货称重 1", "A")
    ensure_station(db, "ST02", "验货称重 2", "A")
    first = login_with_pin(db, "yanhuo", "1234", "ST01")
    second = login_with_pin(db, "zhuguan", "8888", "ST02")
    s = shipments(db)[0]
    verify(db, first, s)
    pack(db, day.packer, s)
    at = later(30)
    assert weigh(db, first, s, now=at).shipped
    expected = {"step": "weighed", "by": "孙验货", "station": "ST01", "at": at}
    with db.read() as session:
        weighings = session.scalar(select(func.count()).select_from(Weighing))
    for scan in (
        lambda: open_weigh(db, second, s.waybill_no),
        lambda: weigh_parcel(db, second, s.order_id, 500, now=at + timedelta(minutes=1)),
        lambda: open_verify(db, second, s.waybill_no),
        lambda: open_pack(db, second, s.order_no),
        lambda: open_weigh(db, first, s.waybill_no),  # the same station, again
    ):
        with pytest.raises(AlreadyDone) as done:
            scan()
        params = done.value.params
        assert {k: params[k] for k in expected} == expected
        assert params["order_no"] == s.order_no
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Weighing)) == weighings


MALFORMED = (
    "",
    "   ",
    "\x00\x07\x1b[A\x7f",
    "YT\r\n1000",
    "A" * 4096,
    "9" * 4096,
    "]C1" + "0106900000000011\x1d10LOT42\x1d21SER9",
    "\x1d0106900000000011\x1d",
    "ＹＴ１２３",
    "验货单",
    "' OR 1=1 --",
    "%",
)


def _snapshot(db: Database) -> dict[str, object]:
    with db.read() as session:

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return {
            "orders": Counter(session.scalars(select(Order.status))),
            "versions": sum(session.scalars(select(Order.version))),
            "verify_scans": count(VerifyScan),
            "undone": session.scalar(
                select(func.count(VerifyScan.undone_at)).select_from(VerifyScan)
            ),
            "pack_records": count(PackRecord),
            "weighings": count(Weighing),
            "movements": count(StockMovement),
        }


def test_malformed_and_unknown_barcodes_never_change_state(db: Database) -> None:
    day = picked_day(db, 10)
    me, packer = day.verifier, day.packer
    todo = shipments(db)
    at_verify, to_pack, to_weigh, other = todo[0], todo[1], todo[2], todo[3]
    verify(db, me, to_pack)
    verify(db, me, to_weigh)
    pack(db, packer, to_weigh)
    open_verify(db, me, at_verify.order_no)  # half verified: a document scanned
    foreign_item = next(c for c in other.items if c not in at_verify.items)
    before = _snapshot(db)
    events_before = _events(db)

    calls = {
        "open_verify": lambda code: open_verify(db, me, code),
        "verify_scan": lambda code: verify_scan(db, me, at_verify.order_id, code),
        "open_pack": lambda code: open_pack(db, packer, code),
        "check_pack_document": lambda code: check_pack_document(db, packer, to_pack.order_id, code),
        "confirm_pack": lambda code: confirm_pack(
            db, packer, to_pack.order_id, (to_pack.waybill_no, code), {"PK-CTN-4": 1}
        ),
        "material": lambda code: confirm_pack(
            db, packer, to_pack.order_id, (to_pack.waybill_no, to_pack.order_no), {code: 1}
        ),
        "material_of": lambda code: material_of(db, packer, code),
        "open_weigh": lambda code: open_weigh(db, me, code),
    }
    for name, call in calls.items():
        for code in MALFORMED:
            with pytest.raises(DomainError):
                call(code)
            assert _snapshot(db) == before, (name, code)
    assert _events(db) == events_before  # not even a stop: nothing was recognised

    # Codes of another order are recognised: refused, with the stop recorded.
    stops = (
        (lambda: verify_scan(db, me, at_verify.order_id, other.waybill_no), "document_mismatch"),
        (lambda: verify_scan(db, me, at_verify.order_id, other.order_no), "document_mismatch"),
        (lambda: verify_scan(db, me, at_verify.order_id, foreign_item), "wrong_item"),
        (lambda: check_pack_document(db, packer, to_pack.order_id, other.waybill_no), None),
    )
    for call, reason in stops:
        with pytest.raises(DomainError) as refused:
            call()
        if reason:
            assert isinstance(refused.value, VerifyStop)
            assert refused.value.params["reason"] == reason
    with pytest.raises(DomainError):  # another order's documents do not seal this parcel
        confirm_pack(db, packer, to_pack.order_id, (other.waybill_no, other.order_no), {})
    with pytest.raises(DomainError):  # nor weigh a parcel still at verify
        open_weigh(db, me, other.waybill_no)
    assert _snapshot(db) == before
    events = _events(db)
    events.subtract(events_before)
    assert +events == Counter({"verify.stopped": 3, "pack.stopped": 1})

    # Everything goes on as if nothing had been scanned.
    for code in (at_verify.waybill_no, *at_verify.items):
        verify_scan(db, me, at_verify.order_id, code)
    assert confirm_verify(db, me, at_verify.order_id).parcel.status == "verified"
    assert weigh(db, me, to_weigh).shipped
