"""Housekeeping nobody should have to remember: reservations older than their
days go back to sale (R-STK-1) and overdue photo samples are announced for
recall (R-NEW-4). Run by the window every few minutes on a worker, against
the shared database on a station that syncs (one truth: one release)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.config import Config
from app.db.engine import Database
from app.services.reservations import release_expired
from app.services.sample_loans import notify_overdue


@dataclass(frozen=True)
class ChoresDone:
    reservations_released: int
    overdue_notices: int


def run_chores(db: Database, config: Config, now: datetime) -> ChoresDone:
    released = release_expired(db, now, config.stock.reserve_days)
    overdue = notify_overdue(db, None, now)
    return ChoresDone(len(released), overdue)
