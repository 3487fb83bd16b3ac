"""Speed of the foundation's hot paths, measured (never asserted in tests).

Run: ``make bench`` (or ``.venv/bin/python -m pytest benchmarks --benchmark-only``).
"""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from app.config import Config
from app.db.engine import Database
from app.db.models import AuditEntry
from app.roles import Role
from app.services.auth import login_with_badge, login_with_pin
from app.services.journal import record_event
from app.services.users import add_user_from_console
from app.station import open_station


def test_durable_write_transaction(benchmark: BenchmarkFixture, db: Database) -> None:
    """One confirmed action: a row and its outbox event, committed with
    synchronous=FULL in BEGIN IMMEDIATE (what every scan will cost at least)."""
    add_user_from_console(db, "bench", "基准", "1234", [Role.PACKER])
    actor = login_with_pin(db, "bench", "1234")

    def action() -> None:
        with db.write() as session:
            session.add(AuditEntry(action="bench", user_id=actor.user_id))
            record_event(session, actor, "bench", {"n": 1})

    benchmark(action)


def test_login_with_pin(benchmark: BenchmarkFixture, db: Database) -> None:
    """Dominated by argon2's deliberate cost."""
    add_user_from_console(db, "bench", "基准", "1234", [Role.PACKER], "BADGE-BENCH")
    benchmark(login_with_pin, db, "bench", "1234")


def test_login_with_badge(benchmark: BenchmarkFixture, db: Database) -> None:
    add_user_from_console(db, "bench", "基准", "1234", [Role.PACKER], "BADGE-BENCH")
    benchmark(login_with_badge, db, "BADGE-BENCH")


def test_start_on_existing_demo_database(benchmark: BenchmarkFixture, config: Config) -> None:
    """Opening the station once the demo is in: migrate check, station row."""
    open_station(config).db.dispose()

    def start() -> None:
        open_station(config).db.dispose()

    benchmark.pedantic(start, rounds=5, iterations=1)


def test_first_start_with_demo_load(benchmark: BenchmarkFixture, config: Config) -> None:
    """The newcomer's first start: migrations plus 500 demo orders."""
    paths = config.paths

    def setup() -> tuple[tuple[Config], dict[str, object]]:
        import shutil

        shutil.rmtree(paths.data_dir, ignore_errors=True)
        return (config,), {}

    def start(cfg: Config) -> None:
        open_station(cfg).db.dispose()

    benchmark.pedantic(start, setup=setup, rounds=3, iterations=1)
