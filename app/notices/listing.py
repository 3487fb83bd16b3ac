"""The notices as the program lists them: newest first, with where each one
stands (queued, being sent, sent, failed with its tries and last error, and
when it is tried again)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Document, Notice

# Where a notice stands. ``sending``: a station claimed it and is posting it
# (until ``next_attempt_at``; a station that died is then taken over).
STATES = ("queued", "sending", "sent", "failed")
UNSENT = ("queued", "sending", "failed")


@dataclass(frozen=True)
class NoticeView:
    id: str
    kind: str
    title: str
    body: str
    state: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    sent_at: datetime | None
    document_number: str  # "" when the notice belongs to no document


@dataclass(frozen=True)
class QueueCounts:
    waiting: int  # not sent yet (queued, sending, failed)
    failed: int  # among them, the ones whose last try failed


def notice_list(db: Database, limit: int = 200) -> list[NoticeView]:
    """Newest first, as the screen and ``notices`` command show them."""
    with db.read() as session:
        rows = session.execute(
            select(Notice, Document.number)
            .outerjoin(Document, Document.id == Notice.document_id)
            .order_by(Notice.created_at.desc(), Notice.id.desc())
            .limit(limit)
        ).all()
        return [
            NoticeView(
                n.id,
                n.kind,
                n.title,
                n.body,
                n.state,
                n.attempts,
                n.last_error,
                n.next_attempt_at,
                n.created_at,
                n.sent_at,
                number or "",
            )  # fmt: skip
            for n, number in rows
        ]


def queue_counts(db: Database) -> QueueCounts:
    with db.read() as session:
        rows = dict(
            session.execute(
                select(Notice.state, func.count())
                .where(Notice.state.in_(UNSENT))
                .group_by(Notice.state)
            ).all()
        )
    return QueueCounts(sum(rows.values()), rows.get("failed", 0))
