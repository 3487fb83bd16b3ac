"""The outbox of domain events (for sync) and the audit log. Both append-only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, IdMixin, UTCDateTime, utcnow


class OutboxEvent(IdMixin, Base):
    """A state change, written in the same transaction as the change itself.

    ``id`` is the event's uuid (the server keys on it, so a repeat is a
    no-op); ``local_seq`` keeps the station's order for the push.
    """

    __tablename__ = "outbox_events"

    local_seq: Mapped[int] = mapped_column(Integer, unique=True)
    type: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    pushed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    push_error: Mapped[str | None] = mapped_column(String(500))
    # The first event of the local transaction: its events are applied on the
    # server together and share one outcome.
    tx_id: Mapped[str | None] = mapped_column(String(36), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))  # applied / rejected
    conflict: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(IdMixin, Base):
    """Who did what, where and when: overrides, logins, user changes."""

    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64), default="")
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity_type: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
