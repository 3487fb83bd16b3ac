"""``server init`` and ``sync``: preparing the shared database and syncing
from the command line (the window runs the same rounds on a worker)."""

from __future__ import annotations

import argparse
import signal
import threading
from typing import Any

from app.cli_io import EXIT_ERROR, EXIT_OK, read_pin
from app.config import Config


def add_sync_commands(commands: Any) -> None:
    server = commands.add_parser("server", help="the shared PostgreSQL database: init")
    server_commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = server_commands.add_parser(
        "init", help="prepare an empty PostgreSQL database for stations to sync with"
    )
    init.add_argument("--db", dest="server_db", required=True, metavar="URL", help="postgresql://…")
    init.add_argument("--supervisor", metavar="USERNAME", help="first supervisor (asks for a PIN)")
    init.add_argument("--name", default="仓库主管", help="the supervisor's full name")
    init.add_argument("--badge", help="the supervisor's badge barcode")
    init.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")
    init.add_argument("--demo", action="store_true", help="load the demo warehouse instead")
    sync = commands.add_parser("sync", help="push and pull with the server (config [sync])")
    sync.add_argument("--once", action="store_true", help="one round, then exit")


def _server_init(config: Config, args: argparse.Namespace) -> int:
    from app.sync.server_init import init_server

    if not args.demo and not args.supervisor:
        print("error: name the first supervisor (--supervisor USERNAME) or use --demo")
        return EXIT_ERROR
    supervisor = None
    if args.supervisor:
        pin = read_pin(args.pin_stdin)
        supervisor = (args.supervisor, args.name, pin, args.badge)
    report = init_server(args.server_db, supervisor=supervisor, demo=args.demo)
    print(report)
    return EXIT_OK


def _sync(config: Config, args: argparse.Namespace) -> int:
    from app.station import open_station

    if not config.sync.enabled:
        print("error: this station has no server: set [sync].server in its config")
        return EXIT_ERROR
    station = open_station(config)
    client = station.sync
    assert client is not None
    try:
        if args.once:
            status = client.round()
            print(_describe(status))
            return EXIT_OK if status.online else EXIT_ERROR
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        client.run(stop, config.sync.interval_ms, config.sync.retry_max_ms)
        print(_describe(client.status))
        return EXIT_OK
    finally:
        station.close()


def _describe(status: Any) -> str:
    state = "online" if status.online else f"OFFLINE ({status.error})"
    last = status.last_sync_at.isoformat(timespec="seconds") if status.last_sync_at else "never"
    return (
        f"{state}; waiting {status.backlog}; conflicts {status.conflicts}; "
        f"pushed {status.pushed}; pulled {status.pulled}; last sync {last}"
    )


SYNC_HANDLERS = {
    ("server", "init"): _server_init,
    ("sync", None): _sync,
}
