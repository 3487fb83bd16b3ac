"""The station's side of sync: captured row changes and the sync bookmark.

Both tables stay on the station; the server keeps its own log
(:mod:`app.sync.server_schema`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, UTCDateTime


class SyncChange(Base):
    """One row written by a local transaction, as the row looked afterwards.

    Triggers fill it (only while the station syncs); the commit tags the rows
    with the transaction's first event (``event_id``), and the push sends them
    with that event. ``base_version`` is the version the change started from,
    so the server can tell that someone else changed the row in between.
    """

    __tablename__ = "sync_changes"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str | None] = mapped_column(String(36), index=True)
    tbl: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(1))  # I, U or D
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    base_version: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncState(Base):
    """A single row: whether changes are captured, and how far the pull got."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    capture: Mapped[int] = mapped_column(Integer, default=0)
    server_id: Mapped[str] = mapped_column(String(64), default="")
    last_server_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_push_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_pull_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
