"""A bulk print of 200 bin labels in ZPL through the real queue to a raw TCP
9100 printer (the tests' fake one on loopback): each label is queued as soon
as it is rendered and the spooler thread sends while the rest still render.

Figures (extra_info): seconds until the printer has the first label, until
rendering ends, until the printer has all 200. Streaming means the first
label arrives long before the last one is rendered.

Run: ``.venv/bin/python -m pytest benchmarks/test_bulk_print.py --benchmark-only -s``
"""

from __future__ import annotations

import threading
import time

from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import select

from app.config import Config
from app.db.models import Location
from app.labels.output import CONTENT_TYPES, render
from app.printing.spooler import Spooler
from app.printing.transports import transport_for
from app.services.auth import login_with_pin
from app.services.labels import build_document
from app.services.printers import configure_printer
from app.services.printing import enqueue
from app.station import open_station
from tests.app.printing.fake_printer import FakePrinter

LABELS = 200


def test_bulk_200_labels_stream_to_the_printer(benchmark: BenchmarkFixture, config: Config) -> None:
    station = open_station(config)  # the demo: users and bins
    db = station.db
    boss = login_with_pin(db, "zhuguan", "8888", config.station.code)
    with db.read() as session:
        bins = [loc.code for loc in session.scalars(select(Location).order_by(Location.code))]
    codes = [bins[i % len(bins)] for i in range(LABELS)]
    figures: dict[str, float] = {}

    def bulk() -> None:
        with FakePrinter() as printer:
            target = configure_printer(
                db,
                boss,
                name=f"ZT410-{time.monotonic_ns()}",
                kind="tcp",
                address=printer.address,
                language="zpl",
                dpi=203,
            )
            stop = threading.Event()
            spooler = Spooler(db, station.station_id, transport_for)
            sender = threading.Thread(target=spooler.run, args=(stop, 0.005), daemon=True)
            start = time.perf_counter()
            sender.start()
            first: list[float] = []
            watcher = threading.Thread(
                target=lambda: (printer.wait_for_jobs(1, 60), first.append(time.perf_counter())),
                daemon=True,
            )
            watcher.start()
            for code in codes:
                document = build_document(db, boss, config, "bin", code)
                payload = render(document.pages, "zpl", 203)
                enqueue(
                    db,
                    boss,
                    "bin",
                    document.template,
                    "",
                    payload,
                    CONTENT_TYPES["zpl"],
                    1,
                    target.id,
                )
            rendered = time.perf_counter()
            printer.wait_for_jobs(LABELS, 120)
            done = time.perf_counter()
            stop.set()
            sender.join(10)
            watcher.join(10)
        figures.update(
            first_label_s=first[0] - start,
            rendered_all_s=rendered - start,
            printed_all_s=done - start,
        )

    benchmark.pedantic(bulk, rounds=1, iterations=1)
    benchmark.extra_info.update(figures)
    print(
        f"\n{LABELS} labels: first at the printer after {figures['first_label_s']:.2f} s, "
        f"all rendered after {figures['rendered_all_s']:.2f} s, "
        f"all printed after {figures['printed_all_s']:.2f} s"
    )
    station.db.dispose()
