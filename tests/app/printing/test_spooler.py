"""The spooler against the fake TCP 9100 printer: order, byte-exact payloads,
a printer that is off and comes back, failures no retry can cure, and a
database that is briefly unavailable after a job went out."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.db.base import utcnow
from app.db.engine import Database
from app.errors import DatabaseUnavailable
from app.printing.spooler import Spooler
from app.printing.transports import transport_for
from app.services.printers import configure_printer, set_default_printer
from app.services.printing import claim_next, enqueue, list_jobs, mark_done
from tests.app.printing.fake_printer import FakePrinter, closed_port
from tests.app.printing.staff import Staff, make_staff


@dataclass
class Clock:
    """A clock the test moves by hand (back-off without waiting)."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter("record") as fake:
        yield fake


@pytest.fixture
def clock() -> Clock:
    return Clock(utcnow())


def _station(db: Database, address: str, kind: str = "tcp", language: str = "zpl") -> Staff:
    staff = make_staff(db)
    info = configure_printer(
        db, staff.supervisor, name="P1", kind=kind, address=address, language=language
    )
    set_default_printer(db, staff.supervisor, "ewaybill", info.id)
    return staff


def _queue(db: Database, staff: Staff, ref: str, payload: bytes, copies: int = 1) -> str:
    job = enqueue(db, staff.packer, "ewaybill", "ewb", ref, payload, "application/zpl", copies)
    return job.id


def _drain(spooler: Spooler, limit: int = 100) -> int:
    sent = 0
    while spooler.run_once():
        sent += 1
        assert sent < limit
    return sent


def _states(db: Database, staff: Staff) -> dict[str, str]:
    return {j.document_ref: j.state for j in list_jobs(db, staff.packer)}


def test_jobs_go_out_in_order_byte_exact(db: Database, printer: FakePrinter, clock: Clock) -> None:
    staff = _station(db, printer.address)
    payloads = [f"^XA^CI28^FO20,20^FD顺丰 SF{i:012d}^FS^XZ".encode() for i in range(5)]
    payloads.append(os.urandom(2 * 1024 * 1024))  # a big bitmap label, any bytes at all
    for i, payload in enumerate(payloads):
        _queue(db, staff, f"ORD{i}", payload)
    heard: list[tuple[str, str]] = []
    spooler = Spooler(
        db, staff.station_id, transport_for, clock, on_change=lambda *a: heard.append(a)
    )
    assert _drain(spooler) == len(payloads)
    assert printer.jobs == payloads
    assert set(_states(db, staff).values()) == {"done"}
    assert [state for _, state in heard] == ["sending", "done"] * len(payloads)


def test_copies_of_a_zpl_job_go_in_one_connection(
    db: Database, printer: FakePrinter, clock: Clock
) -> None:
    staff = _station(db, printer.address)
    label = b"^XA^FDone copy^FS^XZ"
    _queue(db, staff, "ORD1", label, copies=3)
    _drain(Spooler(db, staff.station_id, transport_for, clock))
    assert printer.jobs == [label * 3]


def test_copies_of_a_pdf_are_separate_files(db: Database, tmp_path: Path, clock: Clock) -> None:
    staff = _station(db, str(tmp_path / "prints"), kind="folder", language="pdf")
    _queue(db, staff, "ORD1", b"%PDF-1.4 one page", copies=2)
    _drain(Spooler(db, staff.station_id, transport_for, clock))
    files = sorted((tmp_path / "prints").iterdir())
    assert [f.read_bytes() for f in files] == [b"%PDF-1.4 one page"] * 2
    assert all(f.suffix == ".pdf" and "ewaybill-ORD1" in f.name for f in files)


def test_a_printer_that_is_off_is_retried_and_prints_when_back(db: Database, clock: Clock) -> None:
    port = closed_port()
    staff = _station(db, f"127.0.0.1:{port}")
    payload = b"^XA^FDwaiting for the printer^FS^XZ"
    job_id = _queue(db, staff, "ORD1", payload)
    spooler = Spooler(db, staff.station_id, transport_for, clock)
    assert spooler.run_once()  # tried, refused
    (job,) = list_jobs(db, staff.packer)
    assert (job.state, job.attempts) == ("queued", 1)
    assert job.last_error.startswith("refused") and str(port) in job.last_error
    assert not spooler.run_once()  # not due yet: nothing is sent
    back = FakePrinter("record")
    back.port = port
    with back:
        clock.advance(10)
        assert spooler.run_once()
        assert back.jobs == [payload]
    assert _states(db, staff) == {"ORD1": "done"}
    assert job_id == job.id


def test_after_the_last_attempt_the_job_fails_and_stays(db: Database, clock: Clock) -> None:
    staff = _station(db, f"127.0.0.1:{closed_port()}")
    _queue(db, staff, "ORD1", b"^XA^XZ")
    spooler = Spooler(db, staff.station_id, transport_for, clock, max_attempts=3)
    for _ in range(3):
        assert spooler.run_once()
        clock.advance(3600)
    assert not spooler.run_once()
    (job,) = list_jobs(db, staff.packer, states=["failed"])
    assert job.attempts == 3 and "refused" in job.last_error


def test_a_failure_no_retry_cures_fails_at_once(db: Database, clock: Clock) -> None:
    staff = _station(db, "Microsoft Print to PDF", kind="system", language="pdf")
    _queue(db, staff, "ORD1", b"%PDF")
    assert Spooler(db, staff.station_id, transport_for, clock).run_once()
    (job,) = list_jobs(db, staff.packer)
    assert (job.state, job.attempts) == ("failed", 1)
    assert job.last_error.startswith("unsupported")


def test_a_printed_job_is_recorded_once_the_database_answers_again(
    db: Database, printer: FakePrinter, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sent, but the database was locked when the spooler wrote "done": the
    outcome is kept and written first thing next time, never sent again."""
    staff = _station(db, printer.address)
    _queue(db, staff, "ORD1", b"^XA^FD1^FS^XZ")
    _queue(db, staff, "ORD2", b"^XA^FD2^FS^XZ")
    real_mark_done: Callable[..., object] = mark_done
    calls = {"n": 0}

    def locked_once(*args: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise DatabaseUnavailable("database is locked")
        return real_mark_done(*args)

    monkeypatch.setattr("app.printing.spooler.mark_done", locked_once)
    spooler = Spooler(db, staff.station_id, transport_for, clock)
    with pytest.raises(DatabaseUnavailable):
        spooler.run_once()
    assert _states(db, staff) == {"ORD1": "sending", "ORD2": "queued"}
    assert _drain(spooler) == 1
    assert printer.jobs == [b"^XA^FD1^FS^XZ", b"^XA^FD2^FS^XZ"]
    assert _states(db, staff) == {"ORD1": "done", "ORD2": "done"}


def test_run_loop_prints_when_woken_and_stops(db: Database, printer: FakePrinter) -> None:
    staff = _station(db, printer.address)
    spooler = Spooler(db, staff.station_id, transport_for)
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=spooler.run, args=(stop, 30.0, wake))
    thread.start()
    try:
        _queue(db, staff, "ORD1", b"^XA^FDnow^FS^XZ")
        wake.set()  # without it the loop would sleep 30 s
        assert printer.wait_for_jobs(1, timeout=10) == [b"^XA^FDnow^FS^XZ"]
    finally:
        stop.set()
        wake.set()
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_run_loop_first_requeues_what_a_crash_left_sending(
    db: Database, printer: FakePrinter
) -> None:
    staff = _station(db, printer.address)
    _queue(db, staff, "ORD1", b"^XA^FDcrash^FS^XZ")
    assert claim_next(db, staff.station_id, utcnow()) is not None  # then the program died
    stop = threading.Event()
    thread = threading.Thread(target=Spooler(db, staff.station_id, transport_for).run, args=(stop,))
    thread.start()
    try:
        assert printer.wait_for_jobs(1) == [b"^XA^FDcrash^FS^XZ"]
    finally:
        stop.set()
        thread.join(timeout=10)
    assert _states(db, staff) == {"ORD1": "done"}
    assert printer.jobs == [b"^XA^FDcrash^FS^XZ"]
