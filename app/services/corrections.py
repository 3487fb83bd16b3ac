"""划改 with its ledger effect (R-ACC-3): a posted line's quantity corrected
through :func:`app.services.document_corrections.correct_quantity`, and the difference
booked as new movements beside the old ones (never changing them), each
naming the movement it corrects (``corrects_id``).

The default applier works for any document whose poster booked the line as
movements of the document (``document_type`` = its kind, ``document_id`` =
its id): where the line took goods out, the difference goes out too; where
it put goods in, the difference comes in; the same lot and location, the
same movement kind. A count books its variance, so a corrected count moves
by the difference. A kind with its own rules registers an applier.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Document, DocumentLine, SampleLoan, StockMovement
from app.errors import DomainError
from app.services.context import Actor
from app.services.document_corrections import CorrectionInfo, correct_quantity
from app.services.documents import get_document
from app.services.ledger_check import INTERNAL_KINDS

Applier = Callable[[Session, Actor, Document, DocumentLine, int, datetime], None]


class CorrectionNotBookable(DomainError):
    """``params``: number, line (the line booked nothing a correction could follow)."""

    code = "correction_not_bookable"


def _originals(session: Session, document: Document, line: DocumentLine) -> list[StockMovement]:
    """The movements the poster booked for ``line`` (not corrections, not putaway)."""
    query = select(StockMovement).where(
        StockMovement.document_type == document.kind,
        StockMovement.document_id.in_([document.id, document.number]),  # posters use either
        StockMovement.product_id == line.product_id,
        StockMovement.corrects_id.is_(None),
        StockMovement.kind.not_in(INTERNAL_KINDS),
    )
    if line.lot_id is not None:
        query = query.where(StockMovement.lot_id == line.lot_id)
    named = [loc for loc in (line.from_location_id, line.to_location_id) if loc]
    if named:
        query = query.where(StockMovement.location_id.in_(named))
    return list(session.scalars(query.order_by(StockMovement.created_at, StockMovement.id)))


def _movement(
    like: StockMovement | None,
    document: Document,
    line: DocumentLine,
    location_id: str,
    quantity: int,
    actor: Actor,
    now: datetime,
    kind: str,
) -> StockMovement:
    return StockMovement(
        product_id=line.product_id,
        lot_id=like.lot_id if like is not None else line.lot_id,
        location_id=location_id,
        quantity=quantity,
        kind=kind,
        document_type=document.kind,
        document_id=like.document_id if like is not None else document.id,
        corrects_id=like.id if like is not None else None,
        user_id=actor.user_id,
        station_id=actor.station_id,
        created_at=now,
    )


def book_difference(
    session: Session,
    actor: Actor,
    document: Document,
    line: DocumentLine,
    difference: int,
    now: datetime,
) -> None:
    """The default applier (see the module's docstring)."""
    originals = _originals(session, document, line)
    if document.kind == "count":  # R-STK-3: the variance moves with the count
        first = originals[0] if originals else None
        where = first.location_id if first else line.from_location_id or line.to_location_id
        if where is None:
            raise CorrectionNotBookable(
                "the count names no bin", number=document.number, line=line.line_no
            )
        session.add(_movement(first, document, line, where, difference, actor, now, "count_adjust"))
        return
    per_location: dict[str, list[StockMovement]] = {}
    for m in originals:
        per_location.setdefault(m.location_id, []).append(m)
    booked = False
    for location_id, moves in per_location.items():
        net = sum(m.quantity for m in moves)
        if net == 0:
            continue
        sign = 1 if net > 0 else -1
        first = moves[0]
        session.add(
            _movement(first, document, line, location_id, sign * difference, actor, now, first.kind)
        )
        booked = True
    if not booked:
        raise CorrectionNotBookable(
            f"{document.number} line {line.line_no} booked nothing",
            number=document.number,
            line=line.line_no,
        )


def _sample_slip(
    session: Session,
    actor: Actor,
    document: Document,
    line: DocumentLine,
    difference: int,
    now: datetime,
) -> None:
    """A slip's corrected quantity moves the samples and changes the loan (R-NEW-2)."""
    from app.services.samples import SampleLoanClosed

    loan = session.scalar(
        select(SampleLoan).where(
            SampleLoan.document_id == document.id, SampleLoan.product_id == line.product_id
        )
    )
    if loan is not None and loan.returned_at is not None:
        raise SampleLoanClosed(
            "returned already", number=document.number, sku="", returned_at=loan.returned_at
        )
    book_difference(session, actor, document, line, difference, now)
    if loan is not None:
        loan.quantity += difference


APPLIERS: dict[str, Applier] = {"sample_out": _sample_slip}


def register_applier(kind: str, applier: Applier) -> None:
    """A workflow whose corrections book differently than the default."""
    APPLIERS[kind] = applier


def correct_line(
    db: Database,
    actor: Actor,
    document_ref: str,
    line_no: int,
    new_qty: int,
    reason: str,
    now: datetime,
) -> CorrectionInfo:
    """The clerk's or supervisor's 划改 of a posted line, booked in the ledger."""
    with db.read() as session:
        kind = get_document(session, document_ref).kind
    return correct_quantity(db, actor, document_ref, line_no, new_qty, reason, now, _applier(kind))


def _applier(kind: str) -> Applier:
    """The kind's own applier where its workflow has one, else the default."""
    if kind == "count":  # R-STK-3: the count's module books its variances itself
        from app.services.count_posting import book_correction

        return book_correction
    return APPLIERS.get(kind, book_difference)
