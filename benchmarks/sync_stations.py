"""Twenty stations at work against one PostgreSQL server: the pull lag (from
a step's local commit at one station until its row is in another station's
replica; issue goal under 2 s) and the server's load.

Each simulated station is what the program runs: its own SQLite replica
joined to the server (``open_station``), the sync client's loop
(``SyncClient.run`` at the configured interval, 500 ms) on a thread, and on
the main thread one floor step a second (verify: delivery note, waybill, each
unit, confirmation; pack; weigh), each a service call in one local
transaction with its event(s). Stations start a second apart spread evenly
(station i at i/N s) and work on orders of their own (no conflicts).

A step's row is looked for at every other station after each of its pulls:
the new rows of verify_scans, pack_records and weighings since the last look
(by rowid) with their time, on the clock every process shares
(``CLOCK_MONOTONIC``). Lag = seen at B - committed at A, for every step and
every other station (19 samples per step with 20 stations). The push part
(commit at A to the server's ``sync_events.received_at``, wall clock) is
reported apart.

By default each station is a process of its own (``SYNC_STATIONS_MODE=processes``):
like stations on separate PCs, no station waits for another's Python (GIL),
but here all twenty and the server share this machine's cores, so the figures
include that contention. ``threads`` runs them all in one process instead.

Server load over the working minute: the PostgreSQL server's CPU (postmaster
and every backend, from ``/proc``), commits and tuples per second
(``pg_stat_database``), sync_log rows per second and its size; the stations'
CPU; the whole machine's busy share (other work on it included).

Run alone: ``.venv/bin/python -m benchmarks.sync_stations`` (prints the
figures as JSON), or through pytest-benchmark:
``.venv/bin/python -m pytest benchmarks/test_sync_stations.py --benchmark-only -s``.
``SYNC_STATIONS_SECONDS`` (60), ``SYNC_STATIONS_COUNT`` (20),
``SYNC_STATIONS_INTERVAL_MS`` (500), ``SYNC_STATIONS_MODE`` change the run;
``SYNC_STATIONS_AGED_EVENTS=N`` gives the server N events pushed before
(``sync_events`` as months of work leave it); ``SYNC_STATIONS_PROFILE=DIR``
writes a cProfile of each station's sync thread there (``W01.prof`` ...).
"""

from __future__ import annotations

import cProfile
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from app.db.engine import Database
from benchmarks.sync_floor import (
    MARKERS,
    ROOT,
    ServerSample,
    age_server,
    floor_steps,
    percentiles,
    pg_cpu_s,
    postmaster_pid,
    prepare_server,
    process_cpu_s,
    sample_server,
    server_load,
)

STEPS_PER_ORDER = 6  # at least: 2 documents, 1 unit, confirm, pack, weigh
TAIL_S = 10.0  # syncing on after the last step, so every step can arrive


@dataclass(frozen=True)
class Spec:
    server_url: str
    root: str  # the stations' homes
    out: str  # ready and result files
    stations: int
    seconds: int
    interval_ms: int
    aged_events: int = 0  # events the server holds from before (age_server)
    tail_s: float = TAIL_S

    @property
    def go_file(self) -> Path:
        return Path(self.out) / "go"

    @staticmethod
    def from_env(server_url: str, root: Path) -> Spec:
        out = root / "out"
        out.mkdir(parents=True, exist_ok=True)
        return Spec(
            server_url=server_url,
            root=str(root),
            out=str(out),
            stations=int(os.environ.get("SYNC_STATIONS_COUNT", "20")),
            seconds=int(os.environ.get("SYNC_STATIONS_SECONDS", "60")),
            interval_ms=int(os.environ.get("SYNC_STATIONS_INTERVAL_MS", "500")),
            aged_events=int(os.environ.get("SYNC_STATIONS_AGED_EVENTS", "0")),
        )

    def orders_per_station(self) -> int:
        return self.seconds // STEPS_PER_ORDER + 2


def code(index: int) -> str:
    return f"W{index + 1:02d}"


# -- one station ---------------------------------------------------------------


class Watch:
    """What one station sees arrive: after each pull, the rows of the marker
    tables added since the last look, with the time."""

    def __init__(self, db: Database, station_id: str) -> None:
        self.db = db
        self.station_id = station_id
        self.seen: dict[str, float] = {}
        self.last: dict[str, int] = {}
        with db.read() as session:
            for table in MARKERS:
                self.last[table] = int(
                    session.scalar(text(f"SELECT coalesce(max(rowid), 0) FROM {table}")) or 0
                )

    def look(self) -> None:
        at = time.monotonic()
        with self.db.read() as session:  # a reader: never waits for the station's writes
            for table in MARKERS:
                rows = session.execute(
                    text(f"SELECT rowid, id, station_id FROM {table} WHERE rowid > :w"),
                    {"w": self.last[table]},
                ).all()
                for rowid, row_id, station_id in rows:
                    self.last[table] = max(self.last[table], rowid)
                    if station_id != self.station_id:
                        self.seen.setdefault(row_id, at)


_OPENING = threading.Lock()


def run_station(spec: Spec, index: int) -> dict[str, Any]:
    """Open the station, wait for the go, a step a second, sync on; what it did and saw."""
    from app.services.auth import login_with_pin
    from app.station import open_station
    from tests.app.sync.stations import station_config
    from tests.e2e.floor import shipments

    me = code(index)
    config = station_config(Path(spec.root), me, spec.server_url, interval_ms=spec.interval_ms)
    with _OPENING:  # migrations (alembic) are not for threads side by side
        station = open_station(config)
    client = station.sync
    assert client is not None
    try:
        verifier = login_with_pin(station.db, "yanhuo", "1234", me)
        packer = login_with_pin(station.db, "dabao", "1234", me)
        mine = shipments(station.db)[index :: spec.stations][: spec.orders_per_station()]
        steps = floor_steps(station.db, verifier, packer, mine)
        watch = Watch(station.db, station.station_id)
        rounds: list[tuple[float, float, bool]] = []
        pushes: list[tuple[float, float, int]] = []
        pulls: list[tuple[float, float, int]] = []

        plain_pull, plain_push, plain_round = client.pull, client.push, client.round

        def pull(limit: int = 5000) -> int:
            written = plain_pull(limit)
            watch.look()
            return written

        def push() -> int:
            started = time.monotonic()
            sent = plain_push()
            pushes.append((started, time.monotonic(), sent))
            return sent

        def timed_pull(limit: int = 5000) -> int:
            started = time.monotonic()
            written = pull(limit)
            pulls.append((started, time.monotonic(), written))
            return written

        def round_() -> Any:
            started = time.monotonic()
            status = plain_round()
            rounds.append((started, time.monotonic(), bool(status.online)))
            return status

        client.pull = timed_pull  # type: ignore[method-assign]
        client.push = push  # type: ignore[method-assign]
        client.round = round_  # type: ignore[method-assign]
        stop = threading.Event()
        profile_to = os.environ.get("SYNC_STATIONS_PROFILE", "")  # a folder
        syncing = threading.Thread(
            target=_sync_loop,
            args=(client, stop, config.sync.interval_ms, config.sync.retry_max_ms),
            kwargs={"profile_to": Path(profile_to) / f"{me}.prof" if profile_to else None},
            name=f"sync-{me}",
            daemon=True,
        )
        syncing.start()
        (Path(spec.out) / f"{me}.ready").write_text("ready")
        while not spec.go_file.exists():
            time.sleep(0.01)
        t0 = float(spec.go_file.read_text())
        cpu_before = time.process_time()
        ticks = _work(station.db, station.station_id, steps, t0 + index / spec.stations, spec)
        cpu_s = time.process_time() - cpu_before
        time.sleep(max(0.0, t0 + spec.seconds + spec.tail_s - time.monotonic()))
        stop.set()
        syncing.join(timeout=60)
        with station.db.read() as session:
            rejected = session.scalar(
                text("SELECT count(*) FROM outbox_events WHERE outcome = 'rejected'")
            )
            backlog = session.scalar(
                text("SELECT count(*) FROM outbox_events WHERE pushed_at IS NULL")
            )
        return {
            "code": me,
            "station_id": station.station_id,
            "ticks": ticks,
            "seen": watch.seen,
            "rounds": rounds,
            "pushes": pushes,
            "pulls": pulls,
            "rejected": int(rejected or 0),
            "backlog": int(backlog or 0),
            "cpu_s": cpu_s,  # the process's (threads mode: everyone's)
        }
    finally:
        station.close()


def _sync_loop(
    client: Any, stop: threading.Event, interval_ms: int, retry_max_ms: int, profile_to: Path | None
) -> None:
    """``SyncClient.run``, under cProfile when asked."""
    if profile_to is None:
        client.run(stop, interval_ms, retry_max_ms)
        return
    profiler = cProfile.Profile()
    profiler.runcall(client.run, stop, interval_ms, retry_max_ms)
    profile_to.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(profile_to)


def _work(
    db: Database, station_id: str, steps: Iterator[tuple[str, Any]], first: float, spec: Spec
) -> list[dict[str, Any]]:
    """One step a second from ``first`` for ``spec.seconds`` seconds."""
    ticks: list[dict[str, Any]] = []
    for k in range(spec.seconds):
        due = first + k
        time.sleep(max(0.0, due - time.monotonic()))
        table, step = next(steps)
        called = time.monotonic()
        error = ""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - reported, the station works on
            error = f"{type(exc).__name__}: {exc}"[:200]
        committed, wall = time.monotonic(), time.time()
        with db.read() as session:
            marker = session.scalar(
                text(f"SELECT id FROM {table} WHERE station_id = :me ORDER BY rowid DESC LIMIT 1"),
                {"me": station_id},
            )
            tx_id = session.scalar(
                text(
                    "SELECT coalesce(tx_id, id) FROM outbox_events ORDER BY local_seq DESC LIMIT 1"
                )
            )
        ticks.append(
            {
                "table": table,
                "marker": marker,
                "tx_id": tx_id,
                "committed": committed,
                "committed_wall": wall,
                "step_ms": (committed - called) * 1000,
                "late_ms": (called - due) * 1000,
                "error": error,
            }
        )
    return ticks


# -- the coordinator -----------------------------------------------------------


@contextmanager
def _stations_running(spec: Spec, mode: str) -> Iterator[list[int]]:
    """Start the stations (processes or threads) and wait until all are ready;
    yields the processes' ids (this one's in threads mode)."""
    out = Path(spec.out)
    procs: list[subprocess.Popen[bytes]] = []
    threads: list[threading.Thread] = []
    if mode == "processes":
        spec_file = out / "spec.json"
        spec_file.write_text(json.dumps(asdict(spec)))
        for i in range(spec.stations):
            with (out / f"{code(i)}.log").open("wb") as log:
                procs.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "benchmarks.sync_stations", str(spec_file), str(i)],
                        cwd=ROOT,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
    else:
        for i in range(spec.stations):
            thread = threading.Thread(target=_station_thread, args=(spec, i), daemon=True)
            thread.start()
            threads.append(thread)
    try:
        deadline = time.monotonic() + 300
        while sum(1 for _ in out.glob("*.ready")) < spec.stations:
            failed = [p for p in procs if p.poll() not in (None, 0)]
            if failed or time.monotonic() > deadline:
                raise RuntimeError(f"stations did not start: see {out}/*.log")
            time.sleep(0.1)
        yield [p.pid for p in procs] or [os.getpid()]
        for i, proc in enumerate(procs):
            if proc.wait(timeout=spec.seconds + spec.tail_s + 120):
                log_tail = (out / f"{code(i)}.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"station {code(i)} failed:\n{log_tail}")
        for thread in threads:
            thread.join(timeout=spec.seconds + spec.tail_s + 120)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _station_thread(spec: Spec, index: int) -> None:
    result = run_station(spec, index)
    (Path(spec.out) / f"{code(index)}.json").write_text(json.dumps(result))


def _machine_busy() -> tuple[float, float]:
    """All CPUs' busy and total jiffies since boot (/proc/stat)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


class Sampler(threading.Thread):
    """The server's CPU each second (for its peak)."""

    def __init__(self, postmaster: int) -> None:
        super().__init__(daemon=True)
        self.postmaster = postmaster
        self.cores: list[float] = []
        self.done = threading.Event()

    def run(self) -> None:
        last, at = pg_cpu_s(self.postmaster), time.monotonic()
        while not self.done.wait(1.0):
            now, now_at = pg_cpu_s(self.postmaster), time.monotonic()
            self.cores.append((now - last) / (now_at - at))
            last, at = now, now_at


@dataclass
class Window:
    """The working minute, between the go and the last step."""

    first: ServerSample
    last: ServerSample
    stations_cpu_s: float
    machine_busy: float  # share of all CPUs busy (everything on the machine)
    pg_peak_cores: float


def run_stations(spec: Spec, mode: str = "processes") -> dict[str, Any]:
    """The whole run against a prepared server; the figures."""
    postmaster = postmaster_pid(spec.server_url)
    started = time.perf_counter()
    with _stations_running(spec, mode) as pids:
        ready_s = time.perf_counter() - started
        first = sample_server(spec.server_url, postmaster)
        cpu0 = sum(process_cpu_s(pid) for pid in pids)
        busy0, total0 = _machine_busy()
        sampler = Sampler(postmaster)
        sampler.start()
        t0 = time.monotonic() + 1.0
        ready = spec.go_file.with_suffix(".tmp")
        ready.write_text(repr(t0))
        ready.replace(spec.go_file)  # whole, at once: a station never reads half
        time.sleep(max(0.0, t0 + spec.seconds + 1.0 - time.monotonic()))
        last = sample_server(spec.server_url, postmaster)
        cpu1 = sum(process_cpu_s(pid) for pid in pids)
        busy1, total1 = _machine_busy()
        sampler.done.set()
        window = Window(
            first,
            last,
            cpu1 - cpu0,
            (busy1 - busy0) / max(1, total1 - total0),
            max(sampler.cores, default=0.0),
        )
    results = [
        json.loads((Path(spec.out) / f"{code(i)}.json").read_text()) for i in range(spec.stations)
    ]
    figures = analyse(spec, results, window, _received(spec.server_url))
    figures["mode"] = mode
    figures["startup_s"] = round(ready_s, 1)
    return figures


def _received(url: str) -> dict[str, float]:
    """When the server took each transaction (wall clock, seconds)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT tx_id, min(received_at) FROM sync_events GROUP BY tx_id")
            ).all()
    finally:
        engine.dispose()
    return {tx: at.replace(tzinfo=UTC).timestamp() for tx, at in rows}


def analyse(
    spec: Spec, results: list[dict[str, Any]], window: Window, received: dict[str, float]
) -> dict[str, Any]:
    lags: list[float] = []
    push_lags: list[float] = []
    missing = 0
    errors: list[str] = []
    for a in results:
        for tick in a["ticks"]:
            if tick["error"]:
                errors.append(f"{a['code']}: {tick['error']}")
                continue
            at_server = received.get(tick["tx_id"])
            if at_server is not None:
                push_lags.append(at_server - tick["committed_wall"])
            for b in results:
                if b is a:
                    continue
                seen = b["seen"].get(tick["marker"])
                if seen is None:
                    missing += 1
                else:
                    lags.append(seen - tick["committed"])
    ticks = [t for r in results for t in r["ticks"]]
    rounds = [r for s in results for r in s["rounds"]]
    span = window.last.at - window.first.at
    figures: dict[str, Any] = {
        "stations": spec.stations,
        "seconds": spec.seconds,
        "interval_ms": spec.interval_ms,
        "aged_events": spec.aged_events,
        "steps": len(ticks),
        "step_errors": len(errors),
        "rejected": sum(r["rejected"] for r in results),
        "backlog_at_end": sum(r["backlog"] for r in results),
        "not_seen": missing,
        "goal_lag_s": 2.0,
    }
    figures |= percentiles(lags, "lag_s_")
    figures["lag_over_2s"] = sum(1 for v in lags if v > 2.0)
    figures |= percentiles(push_lags, "push_lag_s_")
    figures |= percentiles([(end - start) for start, end, _ in rounds], "round_s_")
    pushes = [p for s in results for p in s["pushes"] if p[2]]
    figures |= percentiles([(end - start) for start, end, _ in pushes], "push_call_s_")
    pulls = [p for s in results for p in s["pulls"] if p[2]]
    figures |= percentiles([(end - start) for start, end, _ in pulls], "pull_call_s_")
    figures["rounds_offline"] = sum(1 for *_, online in rounds if not online)
    figures |= percentiles([t["step_ms"] for t in ticks], "step_ms_")
    figures["steps_late_over_100ms"] = sum(1 for t in ticks if t["late_ms"] > 100)
    figures |= server_load(window.first, window.last)
    figures["pg_cpu_peak_cores"] = round(window.pg_peak_cores, 3)
    figures["stations_cpu_cores"] = round(window.stations_cpu_s / span, 3)
    figures["machine_busy_share"] = round(window.machine_busy, 3)
    figures["machine_cpus"] = os.cpu_count()
    figures["steps_per_s"] = round(len(ticks) / spec.seconds, 1)
    if errors:
        figures["first_errors"] = errors[:5]
    return figures


def prepare(spec: Spec) -> None:
    """The server: picked orders for every station, and its age."""
    prepare_server(spec.server_url, spec.stations * spec.orders_per_station() + 20)
    age_server(spec.server_url, spec.aged_events)


def main() -> None:
    """Alone: a PostgreSQL server of its own, prepared, then the run."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.pg_server import running_pg_server

    mode = os.environ.get("SYNC_STATIONS_MODE", "processes")
    with running_pg_server() as pg, tempfile.TemporaryDirectory(prefix="sync-stations-") as tmp:
        spec = Spec.from_env(pg.create_database("sync_stations"), Path(tmp))
        prepare(spec)
        figures = run_stations(spec, mode)
    print(json.dumps(figures, indent=1))


def station_process(spec_file: str, index: int) -> None:
    spec = Spec(**json.loads(Path(spec_file).read_text()))
    result = run_station(spec, index)
    (Path(spec.out) / f"{code(index)}.json").write_text(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) == 3:
        station_process(sys.argv[1], int(sys.argv[2]))
    else:
        main()
    sys.exit(0)
