"""A station process for the sync crash tests: it opens the station as the
program does (config from ``WAREHOUSE_STATION_HOME``); opening runs a first
sync round, which pushes the backlog the station has. The test kills it with
SIGKILL somewhere in that push.

``python -m tests.app.sync.sync_process``: prints ``ready <backlog>`` once the
station is open, then runs one more round per line read from stdin, printing
``round <online> <backlog>``.
"""

from __future__ import annotations

import sys

from app.config import Paths, load_config
from app.station import open_station
from app.sync import outbox


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    station = open_station(load_config(paths=Paths.default()), demo_if_empty=False)
    sync = station.sync
    assert sync is not None, "the station's config names no server"
    with station.db.engine.connect() as conn:
        say(f"ready {outbox.backlog(conn)}")
    for _ in sys.stdin:
        status = sync.round()
        say(f"round {status.online} {status.backlog}")


if __name__ == "__main__":
    main()
