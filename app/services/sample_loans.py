"""Photo samples out (R-NEW-4): listed, extended, returned, recalled.

Samples come back within ``[new_products].sample_days``; later than that
needs an extension (its reason and new due date kept, and an event of its
own), else the warehouse recalls them: overdue loans are listed and announced
once each in the group chat (notice kind ``sample_overdue``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Document, DocumentLine, Notice, Product, SampleLoan, StockMovement
from app.errors import InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.document_corrections import effective_quantity
from app.services.journal import record_event
from app.services.notices import enqueue_notice
from app.services.picking import find_product
from app.services.samples import LoanRow, SampleLoanClosed, due_of, loan_row, loans


def list_loans(db: Database, now: datetime, *, open_only: bool = True) -> list[LoanRow]:
    """Samples out (or all loans), the most overdue first."""
    with db.read() as session:
        rows = [
            loan_row(session, loan, now)
            for loan in loans(session)
            if not (open_only and loan.returned_at is not None)
        ]
    return sorted(rows, key=lambda r: (r.returned_at is not None, r.due_at, r.number, r.sku))


def overdue_samples(db: Database, now: datetime) -> list[LoanRow]:
    """R-NEW-4: loans past their (extended) due date: recall them."""
    return [r for r in list_loans(db, now) if r.overdue_days > 0]


def extend_loan(
    db: Database, actor: Actor, loan_id: str, until: datetime, reason: str, now: datetime
) -> LoanRow:
    """R-NEW-4: keep the samples longer; the reason and the new date are kept,
    and the extension is an event of its own (the log keeps every one)."""
    if not reason.strip():
        raise InvalidInput("an extension needs a reason", field="reason", value="")
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        loan = _open_loan(session, loan_id)
        before = due_of(loan)
        if until <= before or until <= now:
            raise InvalidInput("the new due date must be later", field="until", value=str(until))
        loan.extended_until = until
        loan.extension_reason = reason.strip()
        session.flush()
        row = loan_row(session, loan, now)
        record_event(
            session,
            actor,
            "sample.extended",
            {
                "loan_id": loan.id,
                "number": row.number,
                "sku": row.sku,
                "before": before.isoformat(),
                "after": until.isoformat(),
                "reason": loan.extension_reason,
            },
        )
        return row


def _open_loan(session: Session, loan_id: str) -> SampleLoan:
    loan = session.get(SampleLoan, loan_id)
    if loan is None:
        raise NotFound(f"no sample loan {loan_id}", kind="sample_loan", ref=loan_id)
    if loan.returned_at is not None:
        document = session.get(Document, loan.document_id)
        product = session.get(Product, loan.product_id)
        raise SampleLoanClosed(
            "returned already",
            number=document.number if document else "",
            sku=product.sku_code if product else "",
            returned_at=loan.returned_at,
        )
    return loan


def return_loan(db: Database, actor: Actor, loan_id: str, now: datetime) -> LoanRow:
    """The samples come back: ``sample_in`` movements from the sample area to
    the bins and lots they were taken from."""
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        return _return(session, actor, _open_loan(session, loan_id), now)


def return_by_code(db: Database, actor: Actor, code: str, now: datetime) -> LoanRow:
    """A scanned sample: its oldest open loan comes back."""
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        product = find_product(session, code)
        loan = session.scalar(
            select(SampleLoan)
            .where(SampleLoan.product_id == product.id, SampleLoan.returned_at.is_(None))
            .order_by(SampleLoan.due_at)
            .limit(1)
        )
        if loan is None:
            raise NotFound(f"no sample of {product.sku_code} is out", kind="sample_loan", ref=code)
        return _return(session, actor, loan, now)


def _return(session: Session, actor: Actor, loan: SampleLoan, now: datetime) -> LoanRow:
    lines = session.scalars(
        select(DocumentLine).where(
            DocumentLine.document_id == loan.document_id,
            DocumentLine.product_id == loan.product_id,
        )
    ).all()
    for line in lines:
        qty = effective_quantity(session, line)
        assert line.from_location_id is not None and line.to_location_id is not None
        for location_id, delta in ((line.to_location_id, -qty), (line.from_location_id, qty)):
            if delta:
                session.add(
                    StockMovement(
                        product_id=line.product_id,
                        lot_id=line.lot_id,
                        location_id=location_id,
                        quantity=delta,
                        kind="sample_in",
                        document_type="sample_return",
                        document_id=loan.id,
                        user_id=actor.user_id,
                        station_id=actor.station_id,
                        created_at=now,
                    )  # fmt: skip
                )
    loan.returned_at = now
    session.flush()
    row = loan_row(session, loan, now)
    record_event(
        session,
        actor,
        "sample.returned",
        {"loan_id": loan.id, "number": row.number, "sku": row.sku},
    )
    return row


def notify_overdue(db: Database, actor: Actor | None, now: datetime) -> int:
    """One ``sample_overdue`` notice per overdue loan and due date (an extended
    loan overdue again is announced again). Returns how many were queued."""
    queued = 0
    with db.write() as session:
        for loan in session.scalars(select(SampleLoan).where(SampleLoan.returned_at.is_(None))):
            row = loan_row(session, loan, now)
            if not row.overdue_days:
                continue
            title = f"样品逾期未还 {row.number} {row.sku}（应还 {row.due_at:%Y-%m-%d}）"
            sent = session.scalar(
                select(Notice.id).where(
                    Notice.kind == "sample_overdue",
                    Notice.document_id == loan.document_id,
                    Notice.title == title,
                )
            )
            if sent is None:
                body = (
                    f"{row.style_no} {row.name} {row.colour} {row.size} × {row.quantity}，"
                    f"借出人 {row.taker}，已逾期 {row.overdue_days} 天，请收回 (R-NEW-4)"
                )
                enqueue_notice(session, actor, "sample_overdue", title, body, loan.document_id)
                queued += 1
    return queued
