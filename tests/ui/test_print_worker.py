"""The spooler in its worker thread: a queued job is printed and reported
back on the GUI thread, and stop() joins the thread."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.roles import Role
from app.services.auth import login_with_pin
from app.services.printers import configure_printer, set_default_printer
from app.services.printing import enqueue
from app.station import Station
from tests.app.printing.fake_printer import FakePrinter
from tests.ui.conftest import PIN, ROLE_USERS
from ui.print_worker import PrintWorker
from ui.workers import WorkerThread


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    with FakePrinter("record") as fake:
        yield fake


def test_worker_prints_a_queued_job_and_reports_it(
    qtbot: QtBot, station: Station, printer: FakePrinter
) -> None:
    code = station.config.station.code
    boss = login_with_pin(station.db, ROLE_USERS[Role.SUPERVISOR].username, PIN, code)
    packer = login_with_pin(station.db, ROLE_USERS[Role.PACKER].username, PIN, code)
    zebra = configure_printer(
        station.db, boss, name="Zebra", kind="tcp", address=printer.address, language="zpl"
    )
    set_default_printer(station.db, boss, "ewaybill", zebra.id)
    worker = PrintWorker(station.db, station.station_id, idle_s=30.0)
    seen: list[tuple[str, str]] = []
    worker.job_changed.connect(lambda job_id, state: seen.append((job_id, state)))
    worker.start()
    try:
        job = enqueue(
            station.db, packer, "ewaybill", "ewb", "ORD1", b"^XA^FDhi^FS^XZ", "application/zpl"
        )
        with qtbot.waitSignal(
            worker.job_changed, timeout=10_000, check_params_cb=lambda _id, state: state == "done"
        ):
            worker.wake()  # the loop idles 30 s otherwise
        assert printer.jobs == [b"^XA^FDhi^FS^XZ"]
        assert seen == [(job.id, "sending"), (job.id, "done")]
    finally:
        worker.stop()
    assert WorkerThread.running() == []
    worker.stop()  # twice is harmless
