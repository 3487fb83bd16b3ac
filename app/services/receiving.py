"""Receiving (验收入库, R-REC-1..3): the supplier's delivery note becomes our
inbound order (入库单) the day it arrives; the goods are scanned against it;
only matching goods are signed for; the keeper and the warehouse supervisor
sign; posting books the goods into the warehouse's receiving area as new
lots (received now, for FIFO: R-BAT-4) and announces the arrival (R-NEW-1).
This module is the counting.

Counted units per line live in the document's ``detail`` (``counted``);
``actual_qty`` is what is signed for: the counted units up to the note's
quantity. Over-deliveries (多出) and goods not on the note (错规格) are
recorded with what was counted but are not signed for; shortages (短少)
show as the difference. Every refusal changes nothing.

Entering the note is :mod:`app.services.receiving_note`, signing and
posting :mod:`app.services.receiving_post`, putaway
:mod:`app.services.putaway`; labels and the A4 print are
:mod:`app.services.inbound_print`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

import app.services.receiving_post  # noqa: F401 - registers the inbound poster
from app.backoffice_settings import ReceivingSection
from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    Product,
)
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.documents import (
    WrongDocumentState,
    add_line,
)
from app.services.journal import record_event
from app.services.picking import find_product
from app.services.receiving_note import MAX_NOTE_CHARS, station_day
from app.services.receiving_view import (
    Inbound,
    ReceivingRefused,
    counted_of,
    counting_done,
    document_lines,
    find_inbound,
    inbound_view,
)


class ImplausibleCount(DomainError):
    """A count larger than plausible: above ``[receiving].max_line_qty`` or
    ``plausible_factor`` times the note's quantity. ``params``: sku, counted,
    limit, expected."""

    code = "implausible_count"


def _counting(session: Session, ref: str) -> Document:
    document = find_inbound(session, ref)
    if document.state != "draft":
        raise WrongDocumentState(
            f"{document.number} is {document.state}", number=document.number, state=document.state
        )
    if counting_done(document):
        raise ReceivingRefused(
            f"counting of {document.number} is finished",
            reason="counting_done",
            number=document.number,
        )
    return document


def open_inbound(db: Database, actor: Actor, ref: str) -> Inbound:
    """A scanned or chosen inbound order, as it stands."""
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        return inbound_view(session, find_inbound(session, ref))


def open_inbounds(db: Database, actor: Actor, now: datetime, timezone: str) -> list[Inbound]:
    """Drafts (today's, and any earlier one left open: the daily close waits
    for it) and posted orders whose goods still wait for putaway; today's first."""
    today = station_day(now, timezone)
    with db.read() as session:
        authorize(session, actor, Action.RECEIVE)
        documents = session.scalars(
            select(Document)
            .where(Document.kind == "inbound", Document.state.in_(("draft", "posted")))
            .where((Document.day == today) | (Document.state == "posted"))
            .order_by(Document.number)
        )
        views = [inbound_view(session, d) for d in documents]
    return [v for v in views if v.state == "draft" or v.in_receiving > 0]


def _set_counted(document: Document, line: DocumentLine, counted: int) -> None:
    """A new dict, so the JSON column is written; signed = counted up to the note."""
    counts = {str(k): v for k, v in counted_of(document).items()}
    counts[str(line.line_no)] = counted
    document.detail = {**(document.detail or {}), "counted": counts}
    line.actual_qty = min(counted, line.expected_qty)


def count_goods(
    db: Database,
    actor: Actor,
    ref: str,
    code: str,
    settings: ReceivingSection,
    quantity: int = 1,
) -> Inbound:
    """A scan counts ``quantity`` units (a carton: the quantity typed first) of
    the scanned product against the note (R-REC-1); a negative quantity takes
    back what was counted by mistake. Unknown codes, SKUs not on the note and
    implausible counts are refused and change nothing."""
    if quantity == 0:
        raise InvalidInput("a scan counts at least one unit", field="quantity", value=quantity)
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = _counting(session, ref)
        try:
            product = find_product(session, code)
        except NotFound:
            raise ReceivingRefused(
                f"no product has barcode {code!r}", reason="unknown_code", code=code
            ) from None
        line = _line_of(session, document, product)
        if line is None:
            raise ReceivingRefused(
                f"{product.sku_code} is not on {document.number}",
                reason="not_on_note",
                code=code,
                sku=product.sku_code,
                name=product.name,
            )
        counted = counted_of(document).get(line.line_no, 0) + quantity
        if counted < 0:
            raise ReceivingRefused(
                f"only {counted - quantity} of {product.sku_code} counted",
                reason="below_zero",
                sku=product.sku_code,
                counted=counted - quantity,
            )
        _check_plausible(product.sku_code, counted, line.expected_qty, settings)
        _set_counted(document, line, counted)
        record_event(
            session,
            actor,
            "inbound.counted",
            {"number": document.number, "sku": product.sku_code, "quantity": quantity},
        )
        return inbound_view(session, document, product.id)


def _line_of(session: Session, document: Document, product: Product) -> DocumentLine | None:
    return session.scalar(
        select(DocumentLine).where(
            DocumentLine.document_id == document.id, DocumentLine.product_id == product.id
        )
    )


def _check_plausible(sku: str, counted: int, expected: int, settings: ReceivingSection) -> None:
    limit = settings.max_line_qty
    if expected:
        limit = min(limit, settings.plausible_factor * expected)
    if counted > limit:
        raise ImplausibleCount(
            f"{counted} of {sku} is more than plausible ({limit})",
            sku=sku,
            counted=counted,
            limit=limit,
            expected=expected,
        )


def record_wrong_spec(
    db: Database,
    actor: Actor,
    ref: str,
    code: str,
    quantity: int,
    note: str,
    settings: ReceivingSection,
) -> Inbound:
    """Goods that came but are not on the note (错规格): recorded on the order
    with what was counted, never signed for (R-REC-1)."""
    if quantity < 1:
        raise InvalidInput("record at least one unit", field="quantity", value=quantity)
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = _counting(session, ref)
        try:
            product = find_product(session, code)
        except NotFound:
            raise ReceivingRefused(
                f"no product has barcode {code!r}", reason="unknown_code", code=code
            ) from None
        line = _line_of(session, document, product)
        if line is not None and line.expected_qty > 0:
            raise ReceivingRefused(
                f"{product.sku_code} is on the note: count it",
                reason="on_note",
                sku=product.sku_code,
            )
        if line is None:
            area = session.scalar(
                select(DocumentLine.to_location_id).where(DocumentLine.document_id == document.id)
            )
            line = add_line(session, document, product.id, to_location_id=area)
        counted = counted_of(document).get(line.line_no, 0) + quantity
        _check_plausible(product.sku_code, counted, 0, settings)
        _set_counted(document, line, counted)
        if note.strip():
            line.note = note.strip()[:MAX_NOTE_CHARS]
        record_event(
            session,
            actor,
            "inbound.wrong_spec",
            {"number": document.number, "sku": product.sku_code, "quantity": quantity},
        )
        return inbound_view(session, document, product.id)


def note_line(db: Database, actor: Actor, ref: str, line_no: int, text: str) -> Inbound:
    """The clerk's note on a line (condition, damaged cartons …), while a draft."""
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = find_inbound(session, ref)
        if document.state != "draft":
            raise WrongDocumentState(
                f"{document.number} is {document.state}",
                number=document.number,
                state=document.state,
            )
        line = session.scalar(
            select(DocumentLine).where(
                DocumentLine.document_id == document.id, DocumentLine.line_no == line_no
            )
        )
        if line is None:
            raise NotFound(f"{document.number} has no line {line_no}", kind="line", ref=line_no)
        line.note = text.strip()[:MAX_NOTE_CHARS]
        return inbound_view(session, document, line.product_id)


def finish_counting(db: Database, actor: Actor, ref: str, now: datetime) -> Inbound:
    """Counting ends: the differences stay on the order (expected, counted,
    signed per line) and the labels can be printed (R-REC-2). Refused when no
    unit matches the note: there is nothing to sign for."""
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = _counting(session, ref)
        lines = document_lines(session, document)
        if not any(ln.actual_qty for ln in lines):
            raise ReceivingRefused(
                f"nothing on {document.number} matches the note",
                reason="nothing_signed_for",
                number=document.number,
            )
        counted = counted_of(document)
        differences = [
            {
                "line": ln.line_no,
                "expected": ln.expected_qty,
                "counted": counted.get(ln.line_no, 0),
                "signed": ln.actual_qty,
            }
            for ln in lines
            if counted.get(ln.line_no, 0) != ln.expected_qty
        ]
        document.detail = {
            **(document.detail or {}),
            "counting_done_at": now.isoformat(),
            "counted_by": actor.full_name,
            "differences": differences,
        }
        record_event(
            session,
            actor,
            "inbound.counted_done",
            {"number": document.number, "differences": differences},
        )
        return inbound_view(session, document)
