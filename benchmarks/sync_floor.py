"""What the sync benchmarks share: a shared PostgreSQL database with picked
orders, a station's floor work step by step (each step one service call, one
local transaction, as a scanner drives it), and the server's load read from
``/proc`` and ``pg_stat_database``.

Not a test module: ``benchmarks/test_sync_push.py`` and
``benchmarks/test_sync_stations.py`` use it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url

from app.config import Config
from app.db import migrate
from app.db.engine import Database
from app.db.models import Order, Station
from app.demo import load_demo
from app.services.context import Actor
from app.services.verify import confirm_verify, open_verify, verify_scan
from app.sync import server_schema
from app.sync.capture import watch_sessions
from app.sync.client import SyncClient
from tests.e2e.floor import NOW, Shipment, pack, weigh

ROOT = Path(__file__).resolve().parent.parent

# The row each step adds (with the station's id): what another station looks
# for in its replica to see the step arrive.
MARKERS = ("verify_scans", "pack_records", "weighings")


def prepare_server(url: str, orders: int) -> None:
    """``server init`` on an empty database, the demo shop with ``orders``
    paid orders, every one picked (ready for the verify station)."""
    db = Database(url)
    try:
        migrate.upgrade(db.engine)
        with db.engine.begin() as conn:
            server_schema.install(conn)
        load_demo(db, orders=orders, now=NOW)
        with db.write() as session:
            session.execute(update(Order).values(status="picked"))
    finally:
        db.dispose()


def age_server(url: str, events: int) -> None:
    """Make the server look older: ``events`` events pushed before (in
    ``sync_events``, as a server keeps them forever), so lookups that scan it
    show their cost."""
    if events <= 0:
        return
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO sync_events (id, tx_id, station_id, station_seq, type, "
                    "payload, occurred_at, received_at, outcome, changes) "
                    "SELECT md5('e' || i)::uuid::text, md5('t' || (i - mod(i, 2)))::uuid::text, "
                    "'aged', i, 'verify.item', '{}', now(), now(), 'applied', 1 "
                    "FROM generate_series(1, :n) AS i"
                ),
                {"n": events},
            )
            conn.exec_driver_sql("ANALYZE sync_events")
    finally:
        engine.dispose()


def copy_database(admin_url: str, template: str, name: str) -> str:
    """A copy of the PostgreSQL database ``template`` (nobody may be connected
    to it); returns the copy's URL."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def sqlite_path(config: Config) -> Path:
    database = make_url(config.database_url()).database
    assert database
    return Path(database)


def copy_replica(source: Path, target: Path) -> None:
    """A consistent copy of a station's SQLite file (SQLite's online backup)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def open_replica(path: Path, server_url: str, code: str) -> SyncClient:
    """A station's replica and its sync client, as the program wires them but
    without the round ``open_station`` runs at once (the benchmark times it)."""
    local = Database(f"sqlite:///{path}")
    with local.read() as session:
        station_id = session.scalar(select(Station.id).where(Station.code == code))
    assert station_id, f"no station {code} in {path}"
    watch_sessions(local.write_sessions, capture=True)
    client = SyncClient(local, Database(server_url), station_id, station_code=code)
    client.join()  # the same server: nothing to copy
    return client


def close_client(client: SyncClient) -> None:
    client.server.dispose()
    client.local.dispose()


Step = tuple[str, Callable[[], object]]  # (marker table, the service call)


def order_steps(db: Database, verifier: Actor, packer: Actor, s: Shipment) -> Iterator[Step]:
    """One order through verify, pack and weigh: the delivery note, the
    waybill, each unit, the confirmation, the packing, the weighing (which
    ships it). Each step is one service call: one local transaction."""
    yield "verify_scans", lambda: open_verify(db, verifier, s.order_no)
    for code in (s.waybill_no, *s.items):
        yield "verify_scans", lambda code=code: verify_scan(db, verifier, s.order_id, code)  # type: ignore[misc]
    yield "verify_scans", lambda: confirm_verify(db, verifier, s.order_id)
    yield "pack_records", lambda: pack(db, packer, s, now=datetime.now(UTC))
    yield "weighings", lambda: weigh(db, verifier, s, now=datetime.now(UTC))


def floor_steps(
    db: Database, verifier: Actor, packer: Actor, orders: list[Shipment]
) -> Iterator[Step]:
    for s in orders:
        yield from order_steps(db, verifier, packer, s)


# -- the server's load ---------------------------------------------------------

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # fields from the 3rd (state) on


def postmaster_pid(url: str) -> int:
    """The PostgreSQL server's main process: the parent of a backend."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            fields = _stat(int(conn.scalar(text("SELECT pg_backend_pid()")) or 0))
    finally:
        engine.dispose()
    assert fields, "the PostgreSQL server runs on another machine"
    return int(fields[1])


def pg_cpu_s(postmaster: int) -> float:
    """CPU seconds of the server so far: the postmaster, the backends it has
    reaped (cutime/cstime) and those alive now."""
    own = _stat(postmaster)
    assert own, "the PostgreSQL server is gone"
    ticks = sum(int(own[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        fields = _stat(int(entry.name))
        if fields and int(fields[1]) == postmaster:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / _TICK


def process_cpu_s(pid: int) -> float:
    fields = _stat(pid)
    return (int(fields[11]) + int(fields[12])) / _TICK if fields else 0.0


PG_COUNTERS = (
    "xact_commit",
    "xact_rollback",
    "tup_inserted",
    "tup_updated",
    "tup_deleted",
    "tup_fetched",
    "tup_returned",
    "blks_read",
    "blks_hit",
)


@dataclass(frozen=True)
class ServerSample:
    at: float  # time.monotonic()
    cpu_s: float
    counters: dict[str, int]
    log_seq: int  # sync_log's newest sequence number
    log_mb: float  # sync_log's size on disk (with its indexes and TOAST)


def sample_server(url: str, postmaster: int) -> ServerSample:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
            row = conn.execute(
                text(
                    f"SELECT {', '.join(PG_COUNTERS)} FROM pg_stat_database "
                    "WHERE datname = current_database()"
                )
            ).one()
            seq = int(conn.scalar(text("SELECT coalesce(max(seq), 0) FROM sync_log")) or 0)
            size = int(conn.scalar(text("SELECT pg_total_relation_size('sync_log')")) or 0)
    finally:
        engine.dispose()
    return ServerSample(
        time.monotonic(),
        pg_cpu_s(postmaster),
        {k: int(v) for k, v in zip(PG_COUNTERS, row, strict=True)},
        seq,
        size / 1e6,
    )


def server_load(first: ServerSample, last: ServerSample) -> dict[str, float]:
    """Per second between two samples: CPU of the whole server (1.0 = one
    core busy), commits, tuples, sync_log rows."""
    span = last.at - first.at
    figures = {
        "pg_cpu_cores": round((last.cpu_s - first.cpu_s) / span, 3),
        "pg_cpu_s": round(last.cpu_s - first.cpu_s, 2),
        "sync_log_rows_per_s": round((last.log_seq - first.log_seq) / span, 1),
        "sync_log_rows": last.log_seq - first.log_seq,
        "sync_log_mb": round(last.log_mb, 2),
    }
    for key in ("xact_commit", "tup_inserted", "tup_updated", "tup_fetched", "tup_returned"):
        figures[f"pg_{key}_per_s"] = round((last.counters[key] - first.counters[key]) / span, 1)
    return figures


def percentiles(values: list[float], prefix: str) -> dict[str, float]:
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        return {f"{prefix}count": 0}
    return {
        f"{prefix}count": n,
        f"{prefix}p50": round(ordered[n // 2], 3),
        f"{prefix}p95": round(ordered[min(n - 1, int(n * 0.95))], 3),
        f"{prefix}p99": round(ordered[min(n - 1, int(n * 0.99))], 3),
        f"{prefix}max": round(ordered[-1], 3),
        f"{prefix}mean": round(sum(ordered) / n, 3),
    }
