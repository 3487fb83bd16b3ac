"""What the books screen reads (R-ACC-1..3): a day's documents with their
state and the signatures still missing, and one document with its lines,
signatures and corrections trail, as plain rows (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Document, DocumentLine, Warehouse
from app.services.archive import ArchivedDocument, reader_for
from app.services.context import Actor
from app.services.daily_close import authorize_books, find_warehouse
from app.services.documents import get_document, missing_signatures
from app.services.picking import find_product


@dataclass(frozen=True)
class DayDocument:
    number: str
    kind: str
    state: str  # draft, posted, cancelled
    partner: str
    reference: str
    lines: int
    units: int  # as posted (or counted so far)
    missing: tuple[str, ...]  # capacities still to sign (drafts)
    posted_at: datetime | None


@dataclass(frozen=True)
class DocumentDetail:
    document: ArchivedDocument  # lines, signatures, corrections (times in the shop's zone)
    missing: tuple[str, ...]


def warehouse_codes(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Warehouse.code).order_by(Warehouse.code)))


def day_documents(db: Database, actor: Actor, warehouse: str, day: date) -> list[DayDocument]:
    """The day's documents of the warehouse (sent from or to it), by number."""
    with db.read() as session:
        authorize_books(session, actor)
        wh = find_warehouse(session, warehouse)
        totals = {
            doc_id: (int(n), int(units or 0))
            for doc_id, n, units in session.execute(
                select(
                    DocumentLine.document_id,
                    func.count(DocumentLine.id),
                    func.sum(DocumentLine.actual_qty),
                )
                .join(Document, Document.id == DocumentLine.document_id)
                .where(Document.day == day)
                .group_by(DocumentLine.document_id)
            )
        }
        rows = []
        for doc in session.scalars(
            select(Document)
            .where(
                Document.day == day,
                (Document.warehouse_id == wh.id) | (Document.to_warehouse_id == wh.id),
            )
            .order_by(Document.number)
        ):
            missing = tuple(missing_signatures(session, doc)) if doc.state == "draft" else ()
            lines, units = totals.get(doc.id, (0, 0))
            rows.append(
                DayDocument(
                    doc.number,
                    doc.kind,
                    doc.state,
                    doc.partner,
                    doc.reference,
                    lines,
                    units,
                    missing,
                    doc.posted_at,
                )  # fmt: skip
            )
        return rows


def document_detail(db: Database, actor: Actor, ref: str, zone: str) -> DocumentDetail:
    """One document by id or (scanned) number, with its corrections trail (R-ACC-3)."""
    with db.read() as session:
        authorize_books(session, actor)
        doc = get_document(session, ref)
        missing = tuple(missing_signatures(session, doc)) if doc.state == "draft" else ()
        return DocumentDetail(reader_for(session, ZoneInfo(zone)).document(doc), missing)


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    spec: str  # style, colour, size


def item_of(db: Database, code: str) -> Item:
    """A scanned item as a slip shows it (unknown: NotFound, kind product)."""
    with db.read() as session:
        product = find_product(session, code)
        spec = " ".join(x for x in (product.style_no, product.colour, product.size) if x)
        return Item(product.sku_code, product.name, spec)
