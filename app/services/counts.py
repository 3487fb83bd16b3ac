"""Cycle counts by zone (循环盘点, 盘点单; R-STK-3), counted blind.

The keeper starts a count of one zone of a warehouse, scans a bin, then the
items in it (or types how many). The ledger's quantities are taken for that
bin when it is scanned, and the counter never sees them: the sheet shows
only what was counted. When the count is finished the variances per SKU,
bin and lot are shown; the keeper and the supervisor sign (R-ACC-2) and the
clerk posts them as ``count_adjust`` movements with the reason.

Units of a SKU counted in a bin fill its lots newest first: goods leave
oldest first (R-BAT-4), so a shortage is the oldest lot's; a surplus goes
onto the newest lot, or without a lot where the bin had none of that SKU.
Count every unit you find, damaged ones too, and record the damaged ones
separately (:mod:`app.services.damaged`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Document, DocumentLine, Location, Product, StockLot, StockMovement
from app.errors import InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.documents import add_line, new_document
from app.services.journal import record_event
from app.services.stock_ops import (
    BinNotInZone,
    Signatures,
    StockOpRefused,
    bin_lots,
    business_day,
    find_bin,
    find_product,
    find_warehouse,
    load_document,
    require_draft,
    signatures,
    user_name,
)

KIND = "count"
MAX_COUNT = 100_000  # units of one SKU in one bin: more is a typing slip
_OLDEST = datetime.min.replace(tzinfo=UTC)


@dataclass(frozen=True)
class CountedRow:
    bin: str
    sku: str
    name: str
    counted: int


@dataclass(frozen=True)
class CountSheet:
    """What the counter sees: never the ledger's quantities (blind count)."""

    number: str
    state: str
    warehouse: str
    zone: str
    finished: bool
    zone_bins: tuple[str, ...]  # walk order
    counted_bins: tuple[str, ...]  # as scanned
    rows: tuple[CountedRow, ...]

    @property
    def units(self) -> int:
        return sum(r.counted for r in self.rows)


@dataclass(frozen=True)
class Variance:
    bin: str
    sku: str
    name: str
    lot_reference: str
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class CountResult:
    """After the count: the variances, bins of the zone left uncounted that
    hold stock, the signatures and, once posted, the reason."""

    number: str
    state: str
    day: date
    warehouse: str
    zone: str
    lines_checked: int
    variances: tuple[Variance, ...]
    uncounted_bins: tuple[tuple[str, int], ...]  # (bin, units in the ledger)
    signatures: Signatures
    reason: str
    posted_by: str


def start_count(
    db: Database,
    actor: Actor,
    warehouse: str,
    zone: str,
    now: datetime | None = None,
    *,
    day: date | None = None,
) -> CountSheet:
    """A count sheet for one zone (``locations.zone``) of a warehouse."""
    now = now or utcnow()
    zone = zone.strip().upper()
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        store = find_warehouse(session, warehouse)
        if not _zone_bins(session, store.id, zone):
            raise NotFound(f"no zone {zone!r} in {store.code}", kind="zone", ref=zone)
        document = new_document(
            session, actor, KIND, day or business_day(now), warehouse_id=store.id
        )
        document.detail = {"zone": zone, "bins": [], "finished": False}
        record_event(session, actor, "count.started", {"number": document.number, "zone": zone})
        session.flush()
        return _sheet(session, document)


def count_bin(db: Database, actor: Actor, ref: str, bin_code: str) -> CountSheet:
    """The counter scanned a bin: the ledger's quantities of it are taken now
    (unseen); scanning it again goes on counting it."""
    with db.write() as session:
        document, location = _open_bin(session, actor, ref, bin_code)
        bins = list(document.detail.get("bins", []))
        if location.code not in bins:
            for product_id in _products_in(session, location.id):
                for lot in bin_lots(session, product_id, location.id):
                    if lot.quantity:
                        add_line(
                            session,
                            document,
                            product_id,
                            expected_qty=lot.quantity,
                            lot_id=lot.lot_id,
                            from_location_id=location.id,
                        )
            document.detail = {**document.detail, "bins": [*bins, location.code]}
            session.flush()
        return _sheet(session, document)


def count_item(
    db: Database,
    actor: Actor,
    ref: str,
    bin_code: str,
    item_code: str,
    quantity: int = 1,
    max_count: int = MAX_COUNT,
) -> CountSheet:
    """``quantity`` units of the scanned item counted in the bin (a negative
    number takes a miscount back). Refused, nothing changed: an unscanned bin,
    an unknown item, a count below zero or above ``max_count``."""
    if quantity == 0:
        raise InvalidInput("count at least one unit", field="quantity", value=0)
    with db.write() as session:
        document, location = _open_bin(session, actor, ref, bin_code)
        if location.code not in document.detail.get("bins", []):
            raise StockOpRefused(
                f"scan bin {location.code} before its items",
                reason="bin_not_scanned",
                bin=location.code,
            )
        product = find_product(session, item_code)
        lines = _group(session, document, product.id, location.id)
        total = sum(line.actual_qty for line in lines) + quantity
        if total < 0:
            raise StockOpRefused(
                "a count is never below zero", reason="below_zero", sku=product.sku_code
            )
        if total > max_count:
            raise StockOpRefused(
                f"{total} units of {product.sku_code} in one bin is not plausible",
                reason="implausible",
                sku=product.sku_code,
                counted=total,
                limit=max_count,
            )
        if not lines:  # found where the ledger has none: no lot known
            lines = [add_line(session, document, product.id, from_location_id=location.id)]
        _spread(session, lines, total)
        session.flush()
        return _sheet(session, document)


def _open_bin(session: Session, actor: Actor, ref: str, bin_code: str) -> tuple[Document, Location]:
    """The count (a draft, not finished) and the scanned bin of its zone."""
    authorize(session, actor, Action.STOCK_OPERATIONS)
    document = _counting(session, ref)
    store = find_warehouse(session, document.warehouse_id or "")
    location = find_bin(session, bin_code, store)
    zone = str(document.detail.get("zone", ""))
    if location.zone.upper() != zone:
        raise BinNotInZone(
            f"bin {location.code} is in zone {location.zone}, not {zone}",
            bin=location.code,
            zone=zone,
            bin_zone=location.zone,
        )
    return document, location


def _counting(session: Session, ref: str) -> Document:
    document = load_document(session, ref, KIND)
    require_draft(document)
    if document.detail.get("finished"):
        raise StockOpRefused(
            f"{document.number} is finished", reason="count_finished", number=document.number
        )
    return document


def _products_in(session: Session, location_id: str) -> list[str]:
    return list(
        session.scalars(
            select(StockMovement.product_id)
            .where(StockMovement.location_id == location_id)
            .group_by(StockMovement.product_id)
        )
    )


def _group(
    session: Session, document: Document, product_id: str, location_id: str
) -> list[DocumentLine]:
    """The lines of one SKU in one bin, newest lot first (no lot: oldest)."""
    rows = session.execute(
        select(DocumentLine, StockLot.received_at)
        .outerjoin(StockLot, StockLot.id == DocumentLine.lot_id)
        .where(
            DocumentLine.document_id == document.id,
            DocumentLine.product_id == product_id,
            DocumentLine.from_location_id == location_id,
        )
    ).all()
    ordered = sorted(rows, key=lambda r: (r[1] or _OLDEST, r[0].line_no), reverse=True)
    return [line for line, _ in ordered]


def _spread(session: Session, lines: list[DocumentLine], total: int) -> None:
    """``total`` counted units over the lots, newest first up to what each
    should hold; a surplus onto the newest."""
    left = total
    for line in lines:
        line.actual_qty = min(left, max(line.expected_qty, 0))
        left -= line.actual_qty
    lines[0].actual_qty += left


def _zone_bins(session: Session, warehouse_id: str, zone: str) -> list[str]:
    return list(
        session.scalars(
            select(Location.code)
            .where(
                Location.warehouse_id == warehouse_id,
                func.upper(Location.zone) == zone,
                Location.active.is_(True),
            )
            .order_by(Location.walk_order, Location.code)
        )
    )


def _sheet(session: Session, document: Document) -> CountSheet:
    store = find_warehouse(session, document.warehouse_id or "")
    zone = str(document.detail.get("zone", ""))
    rows = session.execute(
        select(Location.code, Product.sku_code, Product.name, func.sum(DocumentLine.actual_qty))
        .join(Location, Location.id == DocumentLine.from_location_id)
        .join(Product, Product.id == DocumentLine.product_id)
        .where(DocumentLine.document_id == document.id)
        .group_by(Location.code, Product.sku_code, Product.name)
        .order_by(Location.code, Product.sku_code)
    ).all()
    return CountSheet(
        number=document.number,
        state=document.state,
        warehouse=store.code,
        zone=zone,
        finished=bool(document.detail.get("finished")),
        zone_bins=tuple(_zone_bins(session, store.id, zone)),
        counted_bins=tuple(document.detail.get("bins", [])),
        rows=tuple(CountedRow(b, sku, name, int(n)) for b, sku, name, n in rows if n),
    )


def count_sheet(db: Database, actor: Actor, ref: str) -> CountSheet:
    """A count by its scanned number: what has been counted so far."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        return _sheet(session, load_document(session, ref, KIND))


def open_counts(db: Database, actor: Actor) -> list[CountSheet]:
    """Counts not yet posted, oldest first."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        documents = session.scalars(
            select(Document)
            .where(Document.kind == KIND, Document.state == "draft")
            .order_by(Document.number)
        )
        return [_sheet(session, d) for d in documents]


def finish_count(db: Database, actor: Actor, ref: str) -> CountResult:
    """Counting is over: no more scans; the variances are shown."""
    with db.write() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        document = _counting(session, ref)
        document.detail = {**document.detail, "finished": True}
        record_event(session, actor, "count.finished", {"number": document.number})
        session.flush()
        return result_of(session, document)


def finished_count(session: Session, ref: str) -> Document:
    document = load_document(session, ref, KIND)
    if not document.detail.get("finished"):
        raise StockOpRefused(
            f"{document.number} is still being counted",
            reason="count_not_finished",
            number=document.number,
        )
    return document


def count_result(db: Database, actor: Actor, ref: str) -> CountResult:
    """The variances of a finished count (refused while counting: blind)."""
    with db.read() as session:
        authorize(session, actor, Action.STOCK_OPERATIONS)
        return result_of(session, finished_count(session, ref))


def result_of(session: Session, document: Document) -> CountResult:
    store = find_warehouse(session, document.warehouse_id or "")
    rows = session.execute(
        select(DocumentLine, Location.code, Product.sku_code, Product.name, StockLot.reference)
        .join(Location, Location.id == DocumentLine.from_location_id)
        .join(Product, Product.id == DocumentLine.product_id)
        .outerjoin(StockLot, StockLot.id == DocumentLine.lot_id)
        .where(DocumentLine.document_id == document.id)
        .order_by(Location.walk_order, Location.code, Product.sku_code, StockLot.received_at)
    ).all()
    variances = tuple(
        Variance(code, sku, name, ref or "", line.expected_qty, line.actual_qty)
        for line, code, sku, name, ref in rows
        if line.actual_qty != line.expected_qty
    )
    counted = set(document.detail.get("bins", []))
    zone = str(document.detail.get("zone", ""))
    uncounted = []
    for code in _zone_bins(session, store.id, zone):
        if code not in counted:
            held = session.scalar(
                select(func.sum(StockMovement.quantity))
                .join(Location, Location.id == StockMovement.location_id)
                .where(Location.code == code, Location.warehouse_id == store.id)
            )
            if held:
                uncounted.append((code, int(held)))
    return CountResult(
        number=document.number,
        state=document.state,
        day=document.day,
        warehouse=store.code,
        zone=zone,
        lines_checked=len(rows),
        variances=variances,
        uncounted_bins=tuple(uncounted),
        signatures=signatures(session, document),
        reason=document.note,
        posted_by=user_name(session, document.posted_by),
    )


# The count's signing and posting (and its poster) live in count_posting.
import app.services.count_posting  # noqa: E402, F401
