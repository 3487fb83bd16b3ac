"""Sync reliability (the issue's reliability section): no event is lost or
applied twice when the server is stopped for a while and restarted, when the
line is cut in the middle of a push, or when the station process is killed
mid-push; two and three stations end with the same rows as the server.

Real parts only: PostgreSQL servers started from the binaries, a TCP proxy
on real sockets between station and server, station processes killed with
SIGKILL. Waits poll with generous limits; nothing is timed.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from app.config import HOME_ENV
from app.db import migrate
from app.db.engine import Database
from app.db.models import Order, OutboxEvent, PackRecord, StockMovement, VerifyScan, Weighing
from app.errors import DatabaseUnavailable
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.station import Station
from app.sync import server_schema
from app.sync.capture import captured_rows
from app.sync.client import SyncClient, SyncStatus
from app.sync.server_schema import sync_events
from tests.app.sync.stations import synced_station, waiting
from tests.app.sync.tcp_proxy import TcpProxy
from tests.e2e.floor import Day, Shipment, pack, picked_day, shipments, verify, weigh
from tests.pg_server import PgServer, running_pg_server

ROOT = Path(__file__).resolve().parents[3]
WAIT_S = 60.0  # the longest any poll waits: the machine is shared and noisy


def wait_for(what: str, check: Callable[[], bool], timeout_s: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what} after {timeout_s:.0f} s")
        time.sleep(0.01)


# -- what the server and the replicas hold ---------------------------------


@dataclass(frozen=True)
class Picture:
    """What must be the same everywhere once everyone has synced."""

    orders: list[tuple[str, str, int]]  # (id, status, version)
    rows: dict[str, int]  # table -> rows
    scans: dict[str, int]  # order id -> verify scans
    stock: dict[tuple[str, str], int]  # (product, location) -> ledger sum


def picture(db: Database) -> Picture:
    with db.read() as session:
        orders = sorted(
            (i, s, v) for i, s, v in session.execute(select(Order.id, Order.status, Order.version))
        )
        rows = {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (VerifyScan, PackRecord, Weighing, StockMovement)
        }
        scans = {
            order_id: int(n)
            for order_id, n in session.execute(
                select(VerifyScan.order_id, func.count()).group_by(VerifyScan.order_id)
            )
        }
        stock = {
            (product, location): int(quantity)
            for product, location, quantity in session.execute(
                select(
                    StockMovement.product_id,
                    StockMovement.location_id,
                    func.sum(StockMovement.quantity),
                ).group_by(StockMovement.product_id, StockMovement.location_id)
            )
        }
    return Picture(orders, rows, scans, stock)


def server_events(server: Database) -> Counter[str]:
    """How many times the server recorded each event id."""
    with server.read() as session:
        return Counter(session.scalars(select(sync_events.c.id)))


def server_outcomes(server: Database) -> Counter[str]:
    with server.read() as session:
        return Counter(session.scalars(select(sync_events.c.outcome)))


def local_events(db: Database) -> dict[str, str | None]:
    """The station's events and their outcome (None: not settled yet)."""
    with db.read() as session:
        return {i: o for i, o in session.execute(select(OutboxEvent.id, OutboxEvent.outcome))}


def unsettled(db: Database) -> set[str]:
    return {event for event, outcome in local_events(db).items() if outcome is None}


def refused_groups(server: Database) -> int:
    with server.read() as session:
        return int(
            session.scalar(
                select(func.count(sync_events.c.tx_id.distinct())).where(
                    sync_events.c.outcome == "rejected"
                )
            )
            or 0
        )


def assert_each_event_once(server: Database, *stations: Database, refused: int = 0) -> None:
    """Every event the stations made is on the server exactly once, nothing
    else is, each station has settled all of its own with the server's
    outcome, and no group was refused but the ``refused`` expected (a group
    applied twice would be refused as stale)."""
    on_server = server_events(server)
    assert [e for e, n in on_server.items() if n != 1] == []
    made: dict[str, str | None] = {}
    for db in stations:
        mine = local_events(db)
        assert not set(made) & set(mine)
        made.update(mine)
        assert waiting(db) == 0
        with db.engine.connect() as conn:
            assert captured_rows(conn) == 0, "captured rows left after the push"
    assert set(on_server) == set(made), "events lost or from nowhere"
    assert Counter(made.values()) == server_outcomes(server)
    assert refused_groups(server) == refused


def assert_done(server: Database, done: dict[str, list[Shipment]]) -> None:
    """Each parcel's rows on the server exactly once: its verify scans
    (waybill, delivery note, one per unit, confirm), one packing, one weighing."""
    seen = picture(server)
    with server.read() as session:
        packs = Counter(session.scalars(select(PackRecord.order_id)))
        weighings = Counter(session.scalars(select(Weighing.order_id)))
    for parcel in done.get("verified", []):
        assert seen.scans.get(parcel.order_id) == 3 + len(parcel.items), parcel.order_no
    for parcel in done.get("packed", []):
        assert packs[parcel.order_id] == 1, parcel.order_no
    for parcel in done.get("weighed", []):
        assert weighings[parcel.order_id] == 1, parcel.order_no


def client(station: Station) -> SyncClient:
    assert station.sync is not None
    return station.sync


def prepare_server(url: str, orders: int = 12) -> Database:
    """``server init``'s tables and a picked demo day (as ``server_day``)."""
    db = Database(url)
    migrate.upgrade(db.engine)
    with db.engine.begin() as conn:
        server_schema.install(conn)
    picked_day(db, orders=orders)
    return db


class Floor:
    """One station's people, logged in there."""

    def __init__(self, station: Station) -> None:
        code = station.config.station.code
        self.station = station
        self.verifier = login_with_pin(station.db, "yanhuo", "1234", code)
        self.packer = login_with_pin(station.db, "dabao", "1234", code)
        self.weigher: Actor = self.verifier

    @property
    def sync(self) -> SyncClient:
        return client(self.station)

    def verify(self, *parcels: Shipment) -> None:
        for parcel in parcels:
            verify(self.station.db, self.verifier, parcel)

    def pack(self, *parcels: Shipment) -> None:
        for parcel in parcels:
            pack(self.station.db, self.packer, parcel)

    def weigh(self, *parcels: Shipment) -> None:
        for parcel in parcels:
            weigh(self.station.db, self.weigher, parcel)


# -- a: the server stopped while the stations work ---------------------------


class Rounds:
    """``SyncClient.run`` on its own thread, as the window runs it."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="sync-rounds")

    def _run(self) -> None:
        try:
            self.client.run(self.stop, interval_ms=50, retry_max_ms=200)
        except BaseException as exc:
            self.error = exc
            raise

    @property
    def status(self) -> SyncStatus:
        if self.error is not None:
            raise AssertionError("the sync thread died") from self.error
        return self.client.status

    def __enter__(self) -> Rounds:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop.set()
        self.thread.join(timeout=WAIT_S)
        assert not self.thread.is_alive(), "the sync thread did not stop"
        assert self.error is None, f"the sync thread died: {self.error!r}"


def offline_with_backlog(rounds: Rounds, db: Database) -> Callable[[], bool]:
    """A round ended offline after the last local step and counted it."""

    def check() -> bool:
        status = rounds.status
        return status.online is False and status.backlog == waiting(db) > 0

    return check


def caught_up(rounds: Rounds, db: Database) -> Callable[[], bool]:
    def check() -> bool:
        status = rounds.status
        return bool(status.online) and status.backlog == 0 and waiting(db) == 0

    return check


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A PostgreSQL server of this test's own, to stop and start."""
    with running_pg_server() as server:
        yield server


def test_server_stopped_while_two_stations_work_then_restarted(
    tmp_path: Path, own_server: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="app.sync.client")

    def offline_rounds() -> int:
        return sum("server unreachable" in r.getMessage() for r in caplog.records)

    url = own_server.create_database("floor")
    server = prepare_server(url)
    fast = {"interval_ms": 50, "retry_max_ms": 200}
    try:
        with synced_station(tmp_path, "S1", url, **fast) as one, Rounds(client(one)) as r1:
            s1 = Floor(one)
            parcels = shipments(one.db)
            mine, theirs = parcels[:3], parcels[3:6]
            with synced_station(tmp_path, "S2", url, **fast) as two, Rounds(client(two)) as r2:
                s2 = Floor(two)
                wait_for("both online", lambda: bool(r1.status.online and r2.status.online))
                server.dispose()
                own_server.stop()
                wait_for(
                    "both offline",
                    lambda: r1.status.online is False and r2.status.online is False,
                )
                before = waiting(one.db), waiting(two.db)
                s1.verify(*mine)
                s2.verify(*theirs)
                wait_for("S1 counting its backlog offline", offline_with_backlog(r1, one.db))
                wait_for("S2 counting its backlog offline", offline_with_backlog(r2, two.db))
                assert r1.status.backlog > before[0] and r2.status.backlog > before[1]
                assert r1.status.error and r2.status.error
            # S2's program is restarted while the server is away: it opens offline.
            with synced_station(tmp_path, "S2", url, **fast) as two, Rounds(client(two)) as r2:
                assert r2.status.online is False
                s2 = Floor(two)
                before = waiting(one.db), waiting(two.db)
                s1.pack(*mine)
                s1.weigh(mine[0])
                s2.pack(*theirs)
                s2.weigh(*theirs[:2])
                wait_for("S1's backlog growing offline", offline_with_backlog(r1, one.db))
                wait_for("S2's backlog growing offline", offline_with_backlog(r2, two.db))
                assert r1.status.backlog > before[0] and r2.status.backlog > before[1]
                with pytest.raises(DatabaseUnavailable), server.read() as session:
                    session.execute(text("SELECT 1"))  # the server is really down
                # Not minutes, but the same to a station: a good many failed rounds.
                failed = offline_rounds()
                wait_for("40 more offline rounds", lambda: offline_rounds() >= failed + 40)

                own_server.start()
                wait_for("S1 caught up", caught_up(r1, one.db))
                wait_for("S2 caught up", caught_up(r2, two.db))
            # Each pulls what the other pushed last.
            assert client(one).round().online
            with synced_station(tmp_path, "S2", url, **fast) as two:
                assert client(two).round().online
                assert_each_event_once(server, one.db, two.db)
                assert_done(
                    server,
                    {
                        "verified": mine + theirs,
                        "packed": mine + theirs,
                        "weighed": [mine[0], *theirs[:2]],
                    },
                )
                with server.read() as session:
                    statuses = Counter(
                        session.scalar(select(Order.status).where(Order.id == p.order_id))
                        for p in mine + theirs
                    )
                assert statuses == {"shipped": 3, "packed": 3}
                assert picture(server) == picture(one.db) == picture(two.db)
    finally:
        server.dispose()


# -- b: the line cut in the middle of a push ---------------------------------

COMMIT_DONE = b"C\x00\x00\x00\x0bCOMMIT\x00"  # the server's CommandComplete for COMMIT


def test_the_proxy_forwards_cuts_refuses_and_leaves_no_thread(pg_server: PgServer) -> None:
    def ask(engine: Engine) -> int:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT 41 + 1")) or 0)

    with TcpProxy(pg_server.port) as proxy:
        engine = create_engine(proxy.url(pg_server.url()), poolclass=NullPool)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT 1")) == 1
            assert proxy.cut() == 1
            with pytest.raises(OperationalError):
                conn.execute(text("SELECT 2"))
        assert ask(engine) == 42
        proxy.cut_after(10, after=b"SELECT 41")
        with pytest.raises(OperationalError):
            ask(engine)
        assert not proxy.armed
        proxy.refuse()
        with pytest.raises(OperationalError, match="refused"):
            ask(engine)
        proxy.accept()
        assert ask(engine) == 42
        assert proxy.connections == 4 and proxy.cuts == 2
    assert [t.name for t in threading.enumerate() if t.name.startswith("proxy-")] == []


@dataclass(frozen=True)
class Cut:
    """Where the line is cut, and what the station and the server know then:
    ``told``: how much of the round's backlog the station settled (none, some,
    all); ``ahead``: whether the server has events the station still counts
    as waiting (None: either, it depends on who was faster)."""

    arm: Callable[[TcpProxy], None]
    told: str
    ahead: bool | None


# Counted from the start of the round. The push goes in batches of 3 events,
# each one server transaction: which groups are known (sync_events), the
# rows' versions, the rows (in a savepoint), the events (sync_events), COMMIT.
CUTS = {
    # nobody listening: the round cannot even connect
    "refused": Cut(lambda proxy: proxy.refuse(), "none", False),
    # in the first statement that names sync_events (which groups are known)
    "checking-known-groups": Cut(
        lambda proxy: proxy.cut_after(0, after=b"sync_events"), "none", False
    ),
    # a couple of kilobytes in: the first batch's checks and rows
    "first-batch-rows": Cut(lambda proxy: proxy.cut_after(2_500), "none", False),
    # half-way through recording the first batch's events
    "recording-events": Cut(
        lambda proxy: proxy.cut_after(300, after=b"INSERT INTO sync_events"), "none", False
    ),
    # the whole COMMIT sent, nothing heard back: committed or not, nobody knows
    "commit-sent": Cut(lambda proxy: proxy.cut_after(0, after=b"COMMIT\x00"), "none", None),
    # the server committed the first batch; its answer never arrives
    "commit-answer-lost": Cut(lambda proxy: proxy.cut_on_reply(COMMIT_DONE), "none", True),
    # the same for the second batch, after the first was settled
    "second-commit-answer-lost": Cut(
        lambda proxy: proxy.cut_on_reply(COMMIT_DONE, occurrence=2), "some", True
    ),
    # deeper in: a later batch
    "later-batch": Cut(lambda proxy: proxy.cut_after(9_000), "some", False),
    # the push went through; the pull is cut
    "pull": Cut(lambda proxy: proxy.cut_after(0, after=b"FROM sync_log"), "all", False),
}


@dataclass
class Line:
    server: Database
    proxy: TcpProxy
    near: Floor  # S1: through the proxy, 3 events a batch
    far: Floor  # S2: straight to the server
    fresh: list[Shipment]  # picked parcels nobody has touched yet
    done: dict[str, list[Shipment]]
    refused: int = 0  # groups the server refused so far


@pytest.fixture(scope="module")
def line(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Line]:
    """One shared database and two stations for the cut tests (each test
    takes its own parcels; the checks cover everything done so far)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name)
    server = prepare_server(url)
    root = tmp_path_factory.mktemp("line")
    try:
        with (
            TcpProxy(pg_server.port) as proxy,
            synced_station(root, "S1", proxy.url(url), batch_events=3) as near,
            synced_station(root, "S2", url) as far,
        ):
            yield Line(
                server,
                proxy,
                Floor(near),
                Floor(far),
                shipments(near.db),
                {"verified": [], "packed": [], "weighed": []},
            )
    finally:
        server.dispose()
        pg_server.drop_database(name)
    assert [t.name for t in threading.enumerate() if t.name.startswith("proxy-")] == []


@pytest.mark.parametrize("cut", list(CUTS))
def test_line_cut_mid_push_loses_and_repeats_nothing(line: Line, cut: str) -> None:
    parcel = line.fresh.pop(0)
    line.near.verify(parcel)
    line.near.pack(parcel)
    line.near.weigh(parcel)
    for step in ("verified", "packed", "weighed"):
        line.done[step].append(parcel)
    made = waiting(line.near.station.db)
    assert made >= 7  # scans, confirmation, packing, weighing: several batches

    where = CUTS[cut]
    where.arm(line.proxy)
    cut_round = line.near.sync.round()
    assert not line.proxy.armed, "the line was never cut: the cut point was not reached"
    assert cut_round.online is False
    assert cut_round.error
    told = made - cut_round.backlog
    assert (
        told == 0
        if where.told == "none"
        else 0 < told < made
        if where.told == "some"
        else told == made
    )
    ahead = unsettled(line.near.station.db) & set(server_events(line.server))
    if where.ahead is not None:
        assert bool(ahead) == where.ahead, sorted(ahead)

    line.proxy.accept()
    status = line.near.sync.round()
    assert status.online, status.error
    assert status.backlog == 0 and status.conflicts == 0
    assert line.far.sync.round().online
    assert line.near.sync.round().online  # anything the far station pushed

    near, far = line.near.station.db, line.far.station.db
    assert_each_event_once(line.server, near, far, refused=line.refused)
    assert_done(line.server, line.done)
    with line.server.read() as session:
        shipped = session.scalar(select(Order.status).where(Order.id == parcel.order_id))
    assert shipped == "shipped"
    assert picture(line.server) == picture(near) == picture(far)


def test_a_refused_step_whose_answer_was_lost_is_refused_again_once(line: Line) -> None:
    """The same parcel weighed at both stations offline; the far one's
    weighing wins; the near one's answer (refused) is lost on the way back.
    Pushed again, the server answers from its record: refused, once, and the
    near station's replica is put back to the server's rows."""
    parcel = line.fresh.pop(0)
    line.near.verify(parcel)
    line.near.pack(parcel)
    assert line.near.sync.round().online
    assert line.far.sync.round().online
    line.near.weigh(parcel)
    line.far.weigh(parcel)
    assert line.far.sync.round().conflicts == 0

    line.proxy.cut_on_reply(COMMIT_DONE)
    assert line.near.sync.round().online is False
    assert not line.proxy.armed
    assert refused_groups(line.server) == line.refused + 1  # refused before the cut
    status = line.near.sync.round()
    assert status.online and status.backlog == 0 and status.conflicts == 1
    line.refused += 1
    for step in ("verified", "packed", "weighed"):
        line.done[step].append(parcel)
    assert line.far.sync.round().online

    near, far = line.near.station.db, line.far.station.db
    assert_each_event_once(line.server, near, far, refused=line.refused)
    assert_done(line.server, line.done)
    with near.read() as session:
        stations = session.scalars(
            select(Weighing.station_id).where(Weighing.order_id == parcel.order_id)
        ).all()
    assert stations == [line.far.station.station_id]
    assert picture(line.server) == picture(near) == picture(far)


# -- c: the station process killed mid-push ----------------------------------


class SyncProcess:
    """``tests.app.sync.sync_process`` for the station whose home is ``home``."""

    def __init__(self, home: Path) -> None:
        self.errors = (home / "child.err").open("w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.app.sync.sync_process"],
            cwd=ROOT,
            env={**os.environ, HOME_ENV: str(home)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )
        self.home = home
        self.killed = False

    def read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line:
            self.proc.wait()
            pytest.fail(f"the sync process ended: {(self.home / 'child.err').read_text()}")
        return line

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def kill(self) -> str:
        """SIGKILL; returns what it printed after ``ready``."""
        if self.killed:
            return ""
        self.killed = True
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(timeout=WAIT_S) == -signal.SIGKILL
        streams: list[IO[str] | None] = [self.proc.stdout, self.proc.stdin]
        said = self.proc.stdout.read() if self.proc.stdout else ""
        for stream in streams:
            if stream is not None:
                stream.close()
        self.errors.close()
        return said


@pytest.fixture
def spawn() -> Iterator[Callable[[Path], SyncProcess]]:
    """Starts sync processes; any still alive when the test ends is killed."""
    started: list[SyncProcess] = []

    def start(home: Path) -> SyncProcess:
        started.append(SyncProcess(home))
        return started[-1]

    yield start
    for child in started:
        if child.proc.poll() is None:
            child.kill()


def lock_waits(server: Database) -> int:
    """Server sessions waiting for a row lock."""
    with server.read() as session:
        return int(
            session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            or 0
        )


@pytest.mark.parametrize(
    "where",
    [
        # Blocked inside the server transaction (a row lock held by the test):
        # the server never commits that batch.
        "in-server-transaction",
        # The server committed the batch; the station is waiting to write the
        # answer down (the test holds its SQLite write lock): it never does.
        "server-committed-station-not-told",
        # No gate: killed as soon as half the events are on the server.
        "half-way",
    ],
)
def test_station_killed_mid_push_loses_and_repeats_nothing(
    tmp_path: Path, server_day: Day, spawn: Callable[[Path], SyncProcess], where: str
) -> None:
    server, url = server_day.db, server_day.db.url
    with synced_station(tmp_path, "S1", url, batch_events=2) as station:
        floor = Floor(station)
        parcels = shipments(station.db)[:8]
        floor.verify(*parcels)
        floor.pack(*parcels[:5])
        floor.weigh(*parcels[:3])
        made = set(local_events(station.db))
        db_file = Path(station.db.engine.url.database or "")
    assert len(made) >= 40  # some 20 batches of 2
    config_file = tmp_path / "S1" / "config" / "station.toml"
    with config_file.open("a", encoding="utf-8") as config:
        config.write("[database]\nbusy_timeout_ms = 120000\n")

    row_lock = create_engine(url, poolclass=NullPool).connect()
    local_lock: sqlite3.Connection | None = None
    try:
        if where != "half-way":
            # The third parcel's order: the batch that moves it waits for this lock.
            row_lock.execute(
                text("SELECT id FROM orders WHERE id = :id FOR UPDATE"), {"id": parcels[2].order_id}
            )
        # The restarted station's first round pushes the backlog.
        child = spawn(tmp_path / "S1")
        if where == "half-way":
            wait_for(
                "half the events on the server",
                lambda: len(server_events(server)) >= len(made) // 2,
            )
            child.kill()
        else:
            wait_for("the push blocked on the row", lambda: lock_waits(server) > 0)
            before = len(server_events(server))
            assert 0 < before < len(made)
            if where == "in-server-transaction":
                child.kill()
                row_lock.rollback()
            else:
                local_lock = sqlite3.connect(db_file, timeout=WAIT_S, isolation_level=None)
                local_lock.execute("BEGIN IMMEDIATE")
                row_lock.rollback()
                wait_for("the batch committed", lambda: len(server_events(server)) > before)
                child.kill()  # waiting for the write lock to note the server's answer
                local_lock.execute("ROLLBACK")
        assert "ready" not in child.kill(), "the push ended before the kill"
    finally:
        row_lock.close()
        if local_lock is not None:
            local_lock.close()

    # What the kill left: the server has some events, the station knows of fewer.
    wait_for("the killed push's session gone", lambda: lock_waits(server) == 0)
    on_server = set(server_events(server))
    local = Database(f"sqlite:///{db_file}")
    try:
        left, everything = unsettled(local), set(local_events(local))
    finally:
        local.dispose()
    assert made <= everything  # and what opening the station wrote
    assert on_server and on_server < everything
    assert left and on_server | left == everything
    if where == "server-committed-station-not-told":
        assert left & on_server, "no batch the server has and the station was not told of"
    elif where == "in-server-transaction":
        assert not left & on_server

    with synced_station(tmp_path, "S1", url) as again:  # its first round finishes the push
        status = client(again).round()
        assert status.online and status.backlog == 0 and status.conflicts == 0
        assert_each_event_once(server, again.db)
        assert made <= set(server_events(server))
        assert_done(server, {"verified": parcels, "packed": parcels[:5], "weighed": parcels[:3]})
        assert picture(server) == picture(again.db)


# -- d: three stations -------------------------------------------------------


def test_three_stations_work_offline_and_end_with_the_servers_rows(
    tmp_path: Path, server_day: Day
) -> None:
    server, url = server_day.db, server_day.db.url
    with (
        synced_station(tmp_path, "S1", url, batch_events=4) as one,
        synced_station(tmp_path, "S2", url, batch_events=4) as two,
        synced_station(tmp_path, "S3", url, batch_events=4) as three,
    ):
        floors = [Floor(one), Floor(two), Floor(three)]
        parcels = shipments(one.db)
        work = [parcels[0:3], parcels[3:6], parcels[6:9]]

        def everyone_syncs() -> None:
            for floor in floors:
                status = floor.sync.round()
                assert status.online and status.backlog == 0, status.error
            for floor in floors:  # the first ones pull what the last pushed
                assert floor.sync.round().online

        # Offline, each station verifies its own parcels.
        for floor, mine in zip(floors, work, strict=True):
            floor.verify(*mine)
        everyone_syncs()
        # Each packs the parcels the next one verified, then the station after
        # weighs them: the state travels S2 -> S1 -> S3 and so on.
        for i, floor in enumerate(floors):
            floor.pack(*work[(i + 1) % 3])
        everyone_syncs()
        for i, floor in enumerate(floors):
            floor.weigh(*work[(i + 2) % 3][:2])
        everyone_syncs()

        # The same parcel weighed at S1 and S3 while both are offline: one wins.
        last = parcels[9]
        floors[1].verify(last)
        floors[1].pack(last)
        everyone_syncs()
        floors[0].weigh(last)
        floors[2].weigh(last)
        assert floors[0].sync.round().conflicts == 0
        assert floors[2].sync.round().conflicts == 1
        everyone_syncs()

        dbs = [f.station.db for f in floors]
        assert_each_event_once(server, *dbs, refused=1)
        assert_done(
            server,
            {
                "verified": parcels[:10],
                "packed": parcels[:10],
                "weighed": [p for w in work for p in w[:2]] + [last],
            },
        )
        expected = picture(server)
        assert Counter(s for _, s, _ in expected.orders)["shipped"] == 7
        for db in dbs:
            assert picture(db) == expected
