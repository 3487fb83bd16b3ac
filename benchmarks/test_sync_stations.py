"""Twenty stations, one floor step a second each for a minute, syncing every
500 ms with one PostgreSQL server: the pull lag from a step's commit at one
station to its row in every other station's replica (issue goal under 2 s),
and the server's load. How the stations are simulated and measured:
:mod:`benchmarks.sync_stations`.

Run (about two minutes: ~20 s to start the stations, the minute, 10 s of
syncing after the last step):
``.venv/bin/python -m pytest benchmarks/test_sync_stations.py --benchmark-only -s``
(on a busy machine add ``-o faulthandler_timeout=600``: pytest dumps the
stacks of a test that runs over 120 s).
``SYNC_STATIONS_SECONDS=10`` for a quick look; ``SYNC_STATIONS_COUNT``,
``SYNC_STATIONS_INTERVAL_MS`` and ``SYNC_STATIONS_MODE=threads`` change the run.
The benchmark's own time is the whole run (start, minute, tail): the
figures are in ``extra_info``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from benchmarks.sync_stations import Spec, prepare, run_stations
from tests.pg_server import running_pg_server


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Spec]:
    with running_pg_server() as pg:
        made = Spec.from_env(
            pg.create_database("sync_stations"), tmp_path_factory.mktemp("sync-stations")
        )
        prepare(made)
        yield made


@pytest.mark.timeout(900)
def test_twenty_stations_pull_lag(benchmark: BenchmarkFixture, spec: Spec) -> None:
    mode = os.environ.get("SYNC_STATIONS_MODE", "processes")
    result: list[dict[str, Any]] = []
    benchmark.pedantic(lambda: result.append(run_stations(spec, mode)), rounds=1, iterations=1)
    figures = result[0]
    benchmark.extra_info.update(figures)
    print("\nstations:", json.dumps(figures))
    assert figures["steps"] == spec.stations * spec.seconds
    assert figures["step_errors"] == 0 and figures["rejected"] == 0
    assert figures["not_seen"] == 0, "a step never reached some station"
