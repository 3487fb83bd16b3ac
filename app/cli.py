"""The command line: ``python main.py --help`` lists the technician's commands.

With no command, ``main.py`` starts the station's window; everything here
runs without Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import serial
from sqlalchemy.exc import OperationalError

from app import __version__
from app.cli_books import BOOKS_HANDLERS, add_books_commands
from app.cli_devices import DEVICE_HANDLERS, add_device_commands
from app.cli_io import EXIT_ERROR, EXIT_OK, EXIT_USAGE, read_pin
from app.cli_notices import NOTICES_HANDLERS, add_notices_commands
from app.cli_sync import SYNC_HANDLERS, add_sync_commands
from app.config import Config, ConfigError, load_config
from app.errors import DomainError
from app.roles import Role


def _role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="仓库工作站 Warehouse Station. Without a command, starts the station.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE", help="station config (TOML)")
    parser.add_argument("--db", metavar="URL", help="database URL (overrides the config)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database schema: upgrade, status")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="apply the migrations (done on start as well)")
    db_commands.add_parser("status", help="show the schema revision and the database URL")

    demo = commands.add_parser("demo", help="load the demo warehouse into an empty database")
    demo.add_argument("--orders", type=int, default=500, help="paid orders to make (500)")

    imp = commands.add_parser(
        "import-orders", help="import the shop ERP's order export (CSV or XLSX), all or nothing"
    )
    imp.add_argument("file", type=Path, help="the export (.csv in UTF-8 or GBK, or .xlsx)")
    imp.add_argument(
        "--profile", default="default", help="column mapping (config's import-profiles/NAME.toml)"
    )

    user = commands.add_parser("user", help="users: add, list")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add a user (asks for the PIN)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name, e.g. 王主管")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        type=_role,
        help="role (repeatable): " + ", ".join(r.value for r in Role),
    )
    add.add_argument("--badge", help="badge barcode")
    add.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input (scripts)"
    )
    user_commands.add_parser("list", help="list the users and their roles")

    add_device_commands(commands)
    add_sync_commands(commands)
    add_notices_commands(commands)
    add_books_commands(commands)
    return parser


def _db_upgrade(config: Config, args: argparse.Namespace) -> int:
    from app.db import migrate
    from app.db.engine import Database

    db = Database(config.database_url(), config.database.busy_timeout_ms)
    try:
        before = migrate.current_revision(db.engine)
        after = migrate.upgrade(db.engine)
        print(f"{db.display_url}: schema {before or 'empty'} -> {after}")
    finally:
        db.dispose()
    return EXIT_OK


def _db_status(config: Config, args: argparse.Namespace) -> int:
    from app.db import migrate
    from app.db.engine import Database

    db = Database(config.database_url(), config.database.busy_timeout_ms)
    try:
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        state = "up to date" if current == head else "needs upgrade"
        if current is not None:
            migrate.check_not_newer(db.engine)
        print(
            json.dumps(
                {"url": db.display_url, "revision": current, "head": head, "state": state},
                ensure_ascii=False,
            )
        )
    finally:
        db.dispose()
    return EXIT_OK


def _demo(config: Config, args: argparse.Namespace) -> int:
    from app.demo import load_demo
    from app.station import open_database

    db = open_database(config)
    try:
        summary = load_demo(db, orders=args.orders)
        print(f"demo data loaded into {db.display_url}: {summary}")
    finally:
        db.dispose()
    return EXIT_OK


def _import_orders(config: Config, args: argparse.Namespace) -> int:
    from app.services.order_import import ImportRejected, import_orders_from_console
    from app.station import open_database

    def progress(phase: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            percent = done * 100 // max(total, 1)
            print(f"\r{phase} {percent:3d}%", end="", file=sys.stderr, flush=True)

    db = open_database(config)
    try:
        result = import_orders_from_console(
            db, args.file, args.profile, progress, config.paths.config_dir
        )
    except ImportRejected as exc:
        for error in exc.params["errors"]:
            print(error, file=sys.stderr)
        print(f"error (import_rejected): {exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        db.dispose()
    print(
        f"{args.file}: {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged, {result.skipped} skipped (cancelled), "
        f"{len(result.flagged)} flagged"
    )
    for flag in result.flagged:
        print(f"FLAGGED {flag.reason}: {flag.shop} {flag.order_no} (status {flag.status})")
    return EXIT_OK


def _user_add(config: Config, args: argparse.Namespace) -> int:
    from app.services.users import add_user_from_console
    from app.station import open_database

    db = open_database(config)
    try:
        info = add_user_from_console(
            db, args.username, args.name, read_pin(args.pin_stdin), args.role, args.badge
        )
        print(f"user {info.username} ({info.full_name}) added: {', '.join(info.roles)}")
    finally:
        db.dispose()
    return EXIT_OK


def _user_list(config: Config, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.db.models import User
    from app.station import open_database

    db = open_database(config)
    try:
        with db.read() as session:
            for user in session.scalars(select(User).order_by(User.username)):
                state = "active" if user.active else "inactive"
                roles = ",".join(sorted(user.role_names))
                print(f"{user.username}\t{user.full_name}\t{roles}\t{state}")
    finally:
        db.dispose()
    return EXIT_OK


HANDLERS: dict[tuple[str, str | None], Callable[[Config, argparse.Namespace], int]] = {
    ("db", "upgrade"): _db_upgrade,
    ("db", "status"): _db_status,
    ("demo", None): _demo,
    ("import-orders", None): _import_orders,
    ("user", "add"): _user_add,
    ("user", "list"): _user_list,
    **DEVICE_HANDLERS,
    **SYNC_HANDLERS,
    **NOTICES_HANDLERS,
    **BOOKS_HANDLERS,
}


def run_command(args: argparse.Namespace) -> int:
    """Run one technician command; errors are printed plainly, exit code non-zero."""
    from app.logs import setup_logging

    try:
        config = load_config(args.config, args.db)
    except ConfigError as exc:
        print(f"config error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    setup_logging(config.paths.log_dir, console=True)
    sub = getattr(args, f"{args.command.replace('-', '_')}_command", None)
    handler = HANDLERS[(args.command, sub)]
    try:
        return handler(config, args)
    except DomainError as exc:
        print(f"error ({exc.code}): {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (serial.SerialException, OSError) as exc:  # a port that cannot be opened
        print(f"error (device): {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OperationalError as exc:  # unreachable server, locked or full disk
        print(f"error (database_unavailable): {exc.orig or exc}", file=sys.stderr)
        return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Entry for commands only (the GUI is started by main.py)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    return run_command(args)
