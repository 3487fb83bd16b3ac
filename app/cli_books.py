"""``archive``: the month-end archive of the documents from the command line
(R-ACC-4), for a scheduled task on the office computer or a technician."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from app.cli_io import EXIT_OK
from app.config import Config


def _last_month() -> str:
    first = date.today().replace(day=1)
    previous = date.fromordinal(first.toordinal() - 1)
    return f"{previous:%Y-%m}"


def add_books_commands(commands: Any) -> None:
    archive = commands.add_parser(
        "archive",
        help="month-end archive of the documents: CSV per table and one PDF (R-ACC-4)",
    )
    archive.add_argument(
        "--month", default=None, metavar="YYYY-MM", help="the month (default: last month)"
    )
    archive.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="where the files go (default: [books].archive_dir or data/archive, then YYYY-MM)",
    )


def _archive(config: Config, args: argparse.Namespace) -> int:
    from app.services.archive import archive_month
    from app.station import open_database

    db = open_database(config)
    try:
        result = archive_month(db, None, args.month or _last_month(), config, args.out)
    finally:
        db.dispose()
    print(f"{result.month}: {result.documents} documents archived in {result.folder}")
    for path in result.files:
        print(f"  {path.name}")
    if result.drafts_left:
        print(f"not posted, not archived: {', '.join(result.drafts_left)}")
    return EXIT_OK


BOOKS_HANDLERS: dict[tuple[str, str | None], Callable[[Config, argparse.Namespace], int]] = {
    ("archive", None): _archive,
}
