"""``notices [--send] [--retry]``: the group chat's queue from the command
line (R-NEW-1,5; R-REP-4); the window's worker runs the same passes.

A station that syncs reads and sends on the shared server, as the window
does, so a notice is posted once for everyone.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from app.cli_io import EXIT_ERROR, EXIT_OK
from app.config import Config
from app.db.engine import Database
from app.notices.listing import NoticeView, notice_list
from app.notices.sender import make_due_from_console, send_due


def add_notices_commands(commands: Any) -> None:
    notices = commands.add_parser(
        "notices", help="the group chat's notices: list the queue, send the due ones"
    )
    notices.add_argument("--send", action="store_true", help="post the due notices first")
    notices.add_argument(
        "--retry",
        action="store_true",
        help="with --send: try the waiting notices now, not after their back-off",
    )
    notices.add_argument("--limit", type=int, default=50, help="notices listed, newest first (50)")


@contextmanager
def _notices_db(config: Config) -> Iterator[Database]:
    """The server for a station that syncs, else the station's database."""
    if config.sync.enabled:
        from app.station import open_station

        station = open_station(config)
        try:
            yield station.shared_db
        finally:
            station.close()
        return
    from app.station import open_database

    db = open_database(config)
    try:
        yield db
    finally:
        db.dispose()


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if at else "-"


def describe(notice: NoticeView) -> str:
    """One line: written, kind, state (tries), sent or next try, title, last error."""
    if notice.state == "sent":
        when = f"sent {_when(notice.sent_at)}"
    elif notice.state == "sending":
        when = f"being sent until {_when(notice.next_attempt_at)}"
    else:
        when = f"next try {_when(notice.next_attempt_at) if notice.next_attempt_at else 'now'}"
    error = notice.last_error if notice.state != "sent" else ""
    return "\t".join(
        (
            _when(notice.created_at),
            notice.kind,
            f"{notice.state} ({notice.attempts} tries)",
            when,
            notice.title,
            error,
        )
    ).rstrip("\t")


def _notices(config: Config, args: argparse.Namespace) -> int:
    settings = config.notices
    if args.retry and not args.send:
        print("error: --retry goes with --send")
        return EXIT_ERROR
    code = EXIT_OK
    with _notices_db(config) as db:
        if args.send:
            if not settings.webhook_url:
                print("no webhook configured ([notices].webhook_url): nothing was sent")
                code = EXIT_ERROR
            else:
                if args.retry:
                    made = make_due_from_console(db, datetime.now(UTC))
                    print(f"{made} waiting notice(s) made due now")
                report = send_due(db, settings)
                print(f"sent {report.sent}, failed {report.failed}")
                if report.failed:
                    print(f"last error: {report.error}")
                    code = EXIT_ERROR
        elif not settings.webhook_url:
            print("no webhook configured ([notices].webhook_url): notices are only listed")
        rows = notice_list(db, args.limit)
    waiting = sum(1 for n in rows if n.state != "sent")
    print(f"{len(rows)} notice(s) listed, {waiting} not sent yet")
    for notice in rows:
        print(describe(notice))
    return code


NOTICES_HANDLERS: dict[tuple[str, str | None], Callable[[Config, argparse.Namespace], int]] = {
    ("notices", None): _notices,
}
