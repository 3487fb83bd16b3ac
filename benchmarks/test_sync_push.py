"""Pushing 10,000 queued events to the shared PostgreSQL server (issue goal:
under 5 s), and pulling their rows into another station.

The events are a verify, pack and weigh station's real work, made through
the services at a station whose replica joined the server: per order the
delivery note, the waybill, each unit, the confirmation (verify_scans rows,
the order moved on), the packing (pack record, packing material booked out of
stock, the order) and the weighing (weighing, the order shipped), each a
local transaction the triggers captured, about 1.3 rows per event. The
station stops at the first step that brings its queue to 10,000 events.

Built once per module (about a minute): a PostgreSQL database with the demo
shop and enough picked orders, station S2 joined to it, station S1 joined and
offline through its day's work. Each round copies the three (``CREATE DATABASE
... TEMPLATE``, SQLite's backup), so every round pushes the same queue to the
same server. The server runs on loopback (``tests/pg_server.py``: fsync off,
so a commit costs no disk flush; a push commits once per 500 events).

- push: ``SyncClient.push()`` from the first batch read to the last settled;
  events/s, groups/s (local transactions), rows/s, the server's CPU seconds
  (postmaster and backends from ``/proc``) and this process's.
- pull: station S2's ``SyncClient.pull()`` of everything S1 pushed; then S1's
  own pull, which brings its rows back (the echo), timed apart.

Run: ``.venv/bin/python -m pytest benchmarks/test_sync_push.py --benchmark-only -s``
(about one and a half to two and a half minutes; on a busy machine add
``-o faulthandler_timeout=600``). ``SYNC_PUSH_EVENTS`` takes another queue size,
``SYNC_PUSH_ROUNDS`` another number of rounds, ``SYNC_PUSH_PROFILE=FILE``
writes a cProfile of the last push round (FILE) and pull round (FILE.pull).
"""

from __future__ import annotations

import cProfile
import dataclasses
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import create_engine, func, select, text

from app.db.engine import Database
from app.db.models import OutboxEvent, SyncChange, VerifyScan
from app.services.auth import login_with_pin
from app.sync.client import SyncClient
from benchmarks.sync_floor import (
    close_client,
    copy_database,
    copy_replica,
    floor_steps,
    open_replica,
    pg_cpu_s,
    postmaster_pid,
    prepare_server,
    sqlite_path,
)
from tests.app.sync.stations import synced_station, waiting
from tests.e2e.floor import shipments
from tests.pg_server import PgServer, running_pg_server

EVENTS = int(os.environ.get("SYNC_PUSH_EVENTS", "10000"))
ROUNDS = int(os.environ.get("SYNC_PUSH_ROUNDS", "3"))
PROFILE = os.environ.get("SYNC_PUSH_PROFILE", "")
EVENTS_PER_ORDER = 7  # at least: 2 documents, 1+ unit, confirm, pack, weigh (2)
TEMPLATE = "sync_push_template"


@dataclass(frozen=True)
class Built:
    admin_url: str
    postmaster: int
    pusher: Path  # S1's replica: joined, then a day's work offline
    puller: Path  # S2's replica: joined, nothing of its own
    events: int
    groups: int
    changes: int
    build_s: float


def _counts(db: Database) -> tuple[int, int, int]:
    """Events waiting, their transactions, captured rows."""
    with db.read() as session:
        pending = OutboxEvent.pushed_at.is_(None)
        tx = func.coalesce(OutboxEvent.tx_id, OutboxEvent.id)
        events = session.scalar(select(func.count()).where(pending)) or 0
        groups = session.scalar(select(func.count(func.distinct(tx))).where(pending)) or 0
        changes = session.scalar(select(func.count()).select_from(SyncChange)) or 0
    return int(events), int(groups), int(changes)


@pytest.fixture(scope="module")
def pg() -> Iterator[PgServer]:
    with running_pg_server() as server:
        yield server


@pytest.fixture(scope="module")
def built(pg: PgServer, tmp_path_factory: pytest.TempPathFactory) -> Built:
    started = time.perf_counter()
    url = pg.create_database(TEMPLATE)
    prepare_server(url, orders=EVENTS // EVENTS_PER_ORDER + 50)
    root = tmp_path_factory.mktemp("sync-push")
    with synced_station(root, "S2", url) as two:
        puller = sqlite_path(two.config)
    with synced_station(root, "S1", url) as one:
        verifier = login_with_pin(one.db, "yanhuo", "1234", "S1")
        packer = login_with_pin(one.db, "dabao", "1234", "S1")
        with one.db.read() as session:
            last_seq = select(func.coalesce(func.max(OutboxEvent.local_seq), 0))
            made = int(session.scalar(last_seq) or 0)
        queued = waiting(one.db) - made  # + local_seq: the queue's length
        for _table, step in floor_steps(one.db, verifier, packer, shipments(one.db)):
            step()
            with one.db.read() as session:
                if int(session.scalar(last_seq) or 0) + queued >= EVENTS:
                    break
        else:
            raise AssertionError("not enough picked orders for the events wanted")
        events, groups, changes = _counts(one.db)
        pusher = sqlite_path(one.config)
    build_s = time.perf_counter() - started
    print(
        f"\nbuilt in {build_s:.0f} s: S1 has {events} events waiting "
        f"({groups} transactions, {changes} rows)"
    )
    return Built(pg.url(), postmaster_pid(url), pusher, puller, events, groups, changes, build_s)


class Rounds:
    """Each round: a copy of the server and of both replicas; the previous
    round's closed and dropped."""

    def __init__(self, pg: PgServer, built: Built, root: Path) -> None:
        self.pg, self.built, self.root = pg, built, root
        self.n = 0
        self.open: list[SyncClient] = []
        self.names: list[str] = []

    def fresh(self) -> tuple[SyncClient, SyncClient]:
        self.close()
        self.n += 1
        name = f"sync_push_{self.n}"
        url = copy_database(self.built.admin_url, TEMPLATE, name)
        self.names.append(name)
        for code, replica in (("S1", self.built.pusher), ("S2", self.built.puller)):
            copy = self.root / f"round{self.n}" / f"{code}.db"
            copy_replica(replica, copy)
            self.open.append(open_replica(copy, url, code))
        return self.open[0], self.open[1]

    def close(self) -> None:
        for client in self.open:
            close_client(client)
        self.open = []
        for name in self.names:
            self.pg.drop_database(name)
        self.names = []


@pytest.fixture
def rounds(pg: PgServer, built: Built, tmp_path: Path) -> Iterator[Rounds]:
    made = Rounds(pg, built, tmp_path)
    yield made
    made.close()


@dataclass
class Run:
    """One round's figures: taken around the timed call, in the setup and the
    teardown (so pytest-benchmark's own time is the call alone)."""

    client: SyncClient
    other: SyncClient | None = None
    events: int = 0
    groups: int = 0
    changes: int = 0
    log_after: int = 0  # S2's pull position before its pull
    result: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    pg_before: float = 0.0
    figures: dict[str, Any] = field(default_factory=dict)


def _timed(run: Run, call: Callable[[], int], profile_to: str) -> None:
    """``call()``, its wall time and this process's CPU time."""
    profiler = cProfile.Profile() if profile_to else None
    cpu, started = time.process_time(), time.perf_counter()
    run.result = profiler.runcall(call) if profiler else call()
    run.wall, run.cpu = time.perf_counter() - started, time.process_time() - cpu
    if profiler:
        profiler.dump_stats(profile_to)


def _report(benchmark: BenchmarkFixture, name: str, runs: list[Run]) -> None:
    best = min(runs, key=lambda r: r.wall)
    figures = best.figures | {"rounds_seconds": [r.figures["seconds"] for r in runs]}
    benchmark.extra_info.update(figures)
    print(f"\n{name}:", json.dumps(figures))


def _profile_to(runs: list[Run], suffix: str = "") -> str:
    return f"{PROFILE}{suffix}" if PROFILE and len(runs) == ROUNDS else ""


@pytest.mark.timeout(900)
def test_push_10000_events(benchmark: BenchmarkFixture, built: Built, rounds: Rounds) -> None:
    runs: list[Run] = []

    def setup() -> tuple[tuple[Run], dict[str, Any]]:
        one, _two = rounds.fresh()
        run = Run(one)
        run.events, run.groups, run.changes = _counts(one.local)
        runs.append(run)
        run.pg_before = pg_cpu_s(built.postmaster)
        return (run,), {}

    def push(run: Run) -> None:
        _timed(run, run.client.push, _profile_to(runs))

    def teardown(run: Run) -> None:
        pg_used = pg_cpu_s(built.postmaster) - run.pg_before
        one = run.client
        assert run.result == run.groups and waiting(one.local) == 0
        run.figures = {
            "seconds": round(run.wall, 3),
            "events": run.events,
            "groups": run.groups,
            "rows": run.changes,
            "batches": -(-run.events // one.batch_events),
            "events_per_s": round(run.events / run.wall),
            "groups_per_s": round(run.groups / run.wall),
            "rows_per_s": round(run.changes / run.wall),
            "station_cpu_s": round(run.cpu, 2),
            "server_cpu_s": round(pg_used, 2),
            "rejected": _rejected(one.local),
            "goal_s": 5.0,
        }

    benchmark.pedantic(push, setup=setup, teardown=teardown, rounds=ROUNDS, iterations=1)
    _report(benchmark, "push", runs)
    assert all(r.figures["rejected"] == 0 for r in runs)


def _rejected(db: Database) -> int:
    with db.read() as session:
        return int(
            session.scalar(select(func.count()).where(OutboxEvent.outcome == "rejected")) or 0
        )


def _log_seq(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT coalesce(max(seq), 0) FROM sync_log")) or 0)
    finally:
        engine.dispose()


def _scans_from(db: Database, station_id: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(VerifyScan)
                .where(VerifyScan.station_id == station_id)
            )
            or 0
        )


@pytest.mark.timeout(900)
def test_pull_10000_events(benchmark: BenchmarkFixture, built: Built, rounds: Rounds) -> None:
    runs: list[Run] = []

    def setup() -> tuple[tuple[Run], dict[str, Any]]:
        one, two = rounds.fresh()
        run = Run(two, other=one)
        with two.local.read() as session:
            run.log_after = int(session.scalar(text("SELECT last_server_seq FROM sync_state")) or 0)
        one.push()
        runs.append(run)
        run.pg_before = pg_cpu_s(built.postmaster)
        return (run,), {}

    def pull(run: Run) -> None:
        _timed(run, run.client.pull, _profile_to(runs, ".pull"))

    def teardown(run: Run) -> None:
        pg_used = pg_cpu_s(built.postmaster) - run.pg_before
        two, one = run.client, run.other
        assert one is not None
        mine = _scans_from(one.local, one.station_id)
        assert mine > 0 and _scans_from(two.local, one.station_id) == mine
        entries = _log_seq(one.server.url) - run.log_after
        pulled = dataclasses.replace(run)
        _timed(run, one.pull, "")  # S1 brings its own rows back
        run.figures = {
            "seconds": round(pulled.wall, 3),
            "log_entries": entries,
            "rows_written": pulled.result,
            "events": built.events,
            "rows_per_s": round(pulled.result / pulled.wall),
            "station_cpu_s": round(pulled.cpu, 2),
            "server_cpu_s": round(pg_used, 2),
            "echo_seconds": round(run.wall, 3),
            "echo_rows_written": run.result,
            "echo_station_cpu_s": round(run.cpu, 2),
        }
        run.wall = pulled.wall

    benchmark.pedantic(pull, setup=setup, teardown=teardown, rounds=ROUNDS, iterations=1)
    _report(benchmark, "pull", runs)
