"""划改 (R-ACC-3): a posted document is never edited; a correction is a new
entry keeping the value before and after, the corrector's full name and the
date. ``apply`` (per kind, :mod:`app.services.corrections`) books the
difference in the ledger."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Document, DocumentCorrection, DocumentLine, User
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.roles import Role
from app.services.context import Actor
from app.services.documents import get_document, require_state
from app.services.journal import record_event


@dataclass(frozen=True)
class CorrectionInfo:
    number: str
    line_no: int | None
    field: str
    before: str
    after: str
    corrector: str
    at: datetime
    reason: str


def correct_quantity(
    db: Database,
    actor: Actor,
    document_ref: str,
    line_no: int,
    new_qty: int,
    reason: str,
    now: datetime,
    apply: Callable[[Session, Actor, Document, DocumentLine, int, datetime], None] | None = None,
) -> CorrectionInfo:
    """划改 (R-ACC-3): a posted line's quantity corrected by a new entry that
    keeps the value before; ``apply`` books the difference in the ledger."""
    if not reason.strip():
        raise InvalidInput("a correction needs a reason", field="reason", value="")
    if new_qty < 0:
        raise InvalidInput("a quantity is never negative", field="quantity", value=new_qty)
    with db.write() as session:
        document = get_document(session, document_ref)
        require_state(document, "posted")
        user = session.get(User, actor.user_id)
        if user is None or not ({Role(r) for r in user.role_names} & {Role.SUPERVISOR, Role.CLERK}):
            raise PermissionDenied("corrections are the clerk's or supervisor's", action="correct")
        line = session.scalar(
            select(DocumentLine).where(
                DocumentLine.document_id == document.id, DocumentLine.line_no == line_no
            )
        )
        if line is None:
            raise NotFound(f"{document.number} has no line {line_no}", kind="line", ref=line_no)
        before = effective_quantity(session, line)
        if before == new_qty:
            raise InvalidInput("the quantity is already that", field="quantity", value=new_qty)
        if apply is not None:
            apply(session, actor, document, line, new_qty - before, now)
        made = session.scalar(
            select(func.count())
            .select_from(DocumentCorrection)
            .where(DocumentCorrection.document_id == document.id)
        )
        correction = DocumentCorrection(
            document_id=document.id,
            line_id=line.id,
            seq=int(made or 0) + 1,
            field="actual_qty",
            before=str(before),
            after=str(new_qty),
            reason=reason.strip(),
            corrected_by=user.id,
            corrector_name=user.full_name,
            station_id=actor.station_id,
            corrected_at=now,
        )
        session.add(correction)
        record_event(
            session,
            actor,
            "document.corrected",
            {"number": document.number, "line": line_no, "before": before, "after": new_qty},
        )
        return CorrectionInfo(
            document.number, line_no, "actual_qty", str(before), str(new_qty),
            user.full_name, now, reason.strip(),
        )  # fmt: skip


def effective_quantity(session: Session, line: DocumentLine) -> int:
    """The line's quantity after its corrections (the newest one counts)."""
    after = session.scalar(
        select(DocumentCorrection.after)
        .where(DocumentCorrection.line_id == line.id, DocumentCorrection.field == "actual_qty")
        .order_by(DocumentCorrection.seq.desc())
        .limit(1)
    )
    return int(after) if after is not None else line.actual_qty


def corrections(db: Database, document_ref: str) -> list[CorrectionInfo]:
    with db.read() as session:
        document = get_document(session, document_ref)
        rows = session.execute(
            select(DocumentCorrection, DocumentLine.line_no)
            .outerjoin(DocumentLine, DocumentLine.id == DocumentCorrection.line_id)
            .where(DocumentCorrection.document_id == document.id)
            .order_by(DocumentCorrection.seq)
        )
        return [
            CorrectionInfo(
                document.number,
                line_no,
                c.field,
                c.before,
                c.after,
                c.corrector_name,
                c.corrected_at,
                c.reason,
            )  # fmt: skip
            for c, line_no in rows
        ]
