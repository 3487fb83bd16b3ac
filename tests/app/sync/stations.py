"""Stations that sync with the test session's PostgreSQL server: each with its
own home folder, config and SQLite replica, opened as the program opens them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from app.config import Config, Paths, load_config
from app.db.engine import Database
from app.db.models import OutboxEvent
from app.station import Station, open_station


def station_config(root: Path, code: str, server_url: str, **sync: object) -> Config:
    paths = Paths(root / code / "config", root / code / "data", root / code / "logs")
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    lines = [
        "[station]",
        f'code = "{code}"',
        f'name = "工作站 {code}"',
        "[sync]",
        f'server = "{server_url}"',
    ]
    for key, value in {"sslmode": "disable", **sync}.items():
        lines.append(f"{key} = {value!r}" if isinstance(value, str) else f"{key} = {value}")
    paths.config_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_config(paths=paths)


@contextmanager
def synced_station(root: Path, code: str, server_url: str, **sync: object) -> Iterator[Station]:
    station = open_station(station_config(root, code, server_url, **sync))
    try:
        yield station
    finally:
        station.close()


def waiting(db: Database) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(OutboxEvent).where(OutboxEvent.pushed_at.is_(None))
            )
            or 0
        )
