"""What travels in a push: a local transaction's events and its rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Change:
    tbl: str
    op: str  # I, U or D
    row_id: str
    base_version: int | None
    data: dict[str, Any] | None


@dataclass(frozen=True)
class Event:
    id: str
    local_seq: int
    type: str
    payload: dict[str, Any]
    user_id: str | None
    station_id: str | None
    occurred_at: datetime


@dataclass
class Group:
    """One local transaction: applied on the server together, or not at all."""

    tx_id: str
    events: list[Event] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    """The server's answer for one group. ``rows`` (rejected groups only)
    are the server's rows as they are, ``None`` for a row it does not have,
    so the station can put its replica back."""

    tx_id: str
    applied: bool
    conflict: dict[str, Any] | None = None
    rows: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
