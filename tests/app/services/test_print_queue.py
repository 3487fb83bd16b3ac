"""The spooler's side of the queue: the retry schedule, surviving a restart of
the program, and two claimers never sharing a job (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

from app.db import migrate
from app.db.base import utcnow
from app.db.engine import Database
from app.errors import AlreadyPrinted
from app.printing.spooler import Spooler
from app.printing.transports import transport_for
from app.services.print_queue import recover_after_restart, retry_delay
from app.services.printers import configure_printer, set_default_printer
from app.services.printing import claim_next, enqueue, list_jobs, mark_failed
from tests.app.printing.fake_printer import FakePrinter
from tests.app.printing.staff import Staff, make_staff


def _setup(db: Database, address: str = "127.0.0.1:9") -> Staff:
    staff = make_staff(db)
    printer = configure_printer(
        db, staff.supervisor, name="Zebra", kind="tcp", address=address, language="zpl"
    )
    set_default_printer(db, staff.supervisor, "sku", printer.id)
    return staff


def _queue(db: Database, staff: Staff, ref: str) -> str:
    payload = f"^XA^FD{ref}^FS^XZ".encode()
    return enqueue(db, staff.packer, "sku", "sku_40x30", ref, payload, "application/zpl").id


def test_back_off_doubles_up_to_five_minutes() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(1, 10)]
    assert delays == [10, 20, 40, 80, 160, 300, 300, 300, 300]


def test_failures_follow_the_schedule_then_the_job_fails_and_stays(db: Database) -> None:
    staff = _setup(db)
    job_id = _queue(db, staff, "SKU-1")
    now = utcnow()
    for attempt in range(1, 6):
        claimed = claim_next(db, staff.station_id, now)
        assert claimed is not None and claimed.id == job_id and claimed.attempts == attempt - 1
        info = mark_failed(db, job_id, f"refused (attempt {attempt})", now)
        assert info.attempts == attempt
        if attempt < 5:
            assert info.state == "queued"
            assert info.next_attempt_at == now + retry_delay(attempt)
            assert claim_next(db, staff.station_id, now + retry_delay(attempt) / 2) is None
            now += retry_delay(attempt)
    assert info.state == "failed" and info.next_attempt_at is None
    assert claim_next(db, staff.station_id, now + timedelta(hours=1)) is None
    shown = list_jobs(db, staff.packer)
    assert [(j.id, j.state, j.last_error) for j in shown] == [
        (job_id, "failed", "refused (attempt 5)")
    ]


def test_a_waiting_job_does_not_hold_up_the_next(db: Database) -> None:
    staff = _setup(db)
    first, second = _queue(db, staff, "SKU-1"), _queue(db, staff, "SKU-2")
    now = utcnow()
    assert claim_next(db, staff.station_id, now).id == first  # type: ignore[union-attr]
    mark_failed(db, first, "timeout", now)
    assert claim_next(db, staff.station_id, now).id == second  # type: ignore[union-attr]


def test_the_queue_survives_a_restart_and_prints_each_job_once(db_url: str, tmp_path: Path) -> None:
    with FakePrinter("record") as printer:
        first = Database(db_url)
        migrate.upgrade(first.engine)
        staff = _setup(first, printer.address)
        ids = [_queue(first, staff, f"SKU-{i}") for i in range(3)]
        claimed = claim_next(first, staff.station_id, utcnow())  # then the program dies
        assert claimed is not None and claimed.id == ids[0]
        first.dispose()

        second = Database(db_url)  # the program starts again
        migrate.upgrade(second.engine)
        try:
            states = {j.id: j.state for j in list_jobs(second, staff.packer)}
            assert states == {ids[0]: "sending", ids[1]: "queued", ids[2]: "queued"}
            assert recover_after_restart(second, staff.station_id) == [ids[0]]
            assert recover_after_restart(second, staff.station_id) == []
            spooler = Spooler(second, staff.station_id, transport_for)
            while spooler.run_once():
                pass
            assert printer.jobs == [f"^XA^FDSKU-{i}^FS^XZ".encode() for i in range(3)]
            assert {j.state for j in list_jobs(second, staff.packer)} == {"done"}
        finally:
            second.dispose()


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_two_claimers_never_get_the_same_job(backend: str, request: pytest.FixtureRequest) -> None:
    database: Database = request.getfixturevalue("db" if backend == "sqlite" else "pg_db")
    staff = _setup(database)
    ids = {_queue(database, staff, f"SKU-{i}") for i in range(40)}
    start = threading.Barrier(2)
    got: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def claimer(mine: list[str]) -> None:
        try:
            start.wait(timeout=10)
            while (job := claim_next(database, staff.station_id, utcnow())) is not None:
                mine.append(job.id)
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=claimer, args=(mine,)) for mine in got]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert not set(got[0]) & set(got[1])
    assert sorted(got[0] + got[1]) == sorted(ids)


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_two_people_queueing_the_same_document_at_once_print_it_once(
    backend: str, request: pytest.FixtureRequest
) -> None:
    database: Database = request.getfixturevalue("db" if backend == "sqlite" else "pg_db")
    staff = _setup(database)
    start = threading.Barrier(4)
    outcomes: list[object] = []

    def queue_it() -> None:
        start.wait(timeout=10)
        try:
            outcomes.append(_queue(database, staff, "SKU-RACE"))
        except AlreadyPrinted as refused:
            outcomes.append(refused)

    threads = [threading.Thread(target=queue_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    queued = [o for o in outcomes if isinstance(o, str)]
    refused = [o for o in outcomes if isinstance(o, AlreadyPrinted)]
    assert len(queued) == 1 and len(refused) == 3
    assert {r.params["job_id"] for r in refused} == set(queued)
