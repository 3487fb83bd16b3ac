"""Notices for the team's group chat (R-NEW-1,5; R-REP-4): written in the
same transaction as what they announce, so none is lost; a sender takes them
from the queue (:mod:`app.notices`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Notice
from app.services.context import Actor
from app.services.journal import record_event

NOTICE_KINDS = (
    "arrival",
    "putaway_done",
    "restock",
    "sample_overdue",
    "supplier_return",
    "qc_rejected",  # R-QC-3: a delivery rejected whole, for the general manager's office
    "refund",  # R-RET-2: a posted return tells the next step to refund
    "exchange",  # R-RET-2: ... or the order clerk to print the 换货 waybill
)


def enqueue_notice(
    session: Session,
    actor: Actor | None,
    kind: str,
    title: str,
    body: str,
    document_id: str | None = None,
) -> Notice:
    if kind not in NOTICE_KINDS:
        raise ValueError(f"unknown notice kind {kind!r}")
    notice = Notice(kind=kind, title=title, body=body, document_id=document_id)
    session.add(notice)
    session.flush()
    record_event(session, actor, "notice.queued", {"id": notice.id, "kind": kind})
    return notice


@dataclass(frozen=True)
class NoticeRow:
    id: str
    kind: str
    title: str
    body: str
    state: str
    attempts: int
    last_error: str
    created_at: datetime
    sent_at: datetime | None


def list_notices(db: Database, limit: int = 200) -> list[NoticeRow]:
    """Newest first: what was announced, and whether the chat has it."""
    with db.read() as session:
        rows = session.scalars(select(Notice).order_by(Notice.created_at.desc()).limit(limit))
        return [
            NoticeRow(
                n.id,
                n.kind,
                n.title,
                n.body,
                n.state,
                n.attempts,
                n.last_error,
                n.created_at,
                n.sent_at,
            )
            for n in rows
        ]
