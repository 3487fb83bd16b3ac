"""Signing and posting a finished cycle count (盘点单, R-STK-3): the keeper
and the supervisor sign (R-ACC-2), the clerk posts the variances as
``count_adjust`` movements with the reason; a posted count corrected later
(R-ACC-3) books the difference as a new movement."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Document, DocumentLine
from app.services.context import Actor
from app.services.counts import KIND, CountResult, finished_count, result_of
from app.services.documents import post_in_session, register_poster
from app.services.stock_ops import (
    Booking,
    StockOpRefused,
    load_document,
    require_draft,
    require_poster_role,
    sign_stock_document,
)


def sign_count(
    db: Database, actor: Actor, ref: str, capacity: str, signer: Actor, method: str
) -> CountResult:
    """The keeper and the supervisor sign the finished count (R-ACC-2)."""

    def before(session: Session, document: Document) -> None:
        finished_count(session, document.id)

    number = sign_stock_document(db, actor, ref, KIND, capacity, signer, method, before)
    with db.read() as session:
        return result_of(session, load_document(session, number, KIND))


def post_count(
    db: Database, actor: Actor, ref: str, reason: str, now: datetime | None = None
) -> CountResult:
    """The clerk posts the signed count: each variance becomes a
    ``count_adjust`` movement; a count with variances needs the reason."""
    now = now or utcnow()
    with db.write() as session:
        require_poster_role(session, actor)
        document = finished_count(session, ref)
        require_draft(document)
        if not reason.strip() and result_of(session, document).variances:
            raise StockOpRefused("variances are posted with their reason", reason="reason_missing")
        document.note = reason.strip()
        post_in_session(session, actor, document, now)
        return result_of(session, document)


def _post(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    book = Booking(session, actor, document, now)
    for line in lines:
        difference = line.actual_qty - line.expected_qty
        if difference and line.from_location_id:
            book.move(
                line.product_id, line.lot_id, line.from_location_id, difference, "count_adjust"
            )


register_poster(KIND, _post)


def book_correction(
    session: Session,
    actor: Actor,
    document: Document,
    line: DocumentLine,
    delta: int,
    now: datetime,
) -> None:
    """``apply`` for :func:`app.services.document_corrections.correct_quantity` on a
    posted count (R-ACC-3): the corrected count's difference as a new
    ``count_adjust`` movement; the first one stays."""
    if delta and line.from_location_id:
        book = Booking(session, actor, document, now)
        book.move(line.product_id, line.lot_id, line.from_location_id, delta, "count_adjust")
