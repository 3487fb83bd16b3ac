"""The ledger checked against the documents for one warehouse and day
(R-ACC-1): what :mod:`app.services.daily_close` finds and records.

Every stock movement of the day in the warehouse must belong either to a
posted document or to a known station step (picking, shipping, packing
material …); every posted document touched that day must have booked what its
lines say, after their corrections (R-ACC-3); and no SKU, lot and location may
stand below zero at the end of the day. Each broken rule is one
:class:`Difference`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    DOCUMENT_KINDS,
    MOVEMENT_KINDS,
    Document,
    DocumentLine,
    Location,
    Order,
    Product,
    SampleLoan,
    ShipBatch,
    StockLot,
    StockMovement,
)
from app.services.document_corrections import effective_quantity

DEFAULT_ZONE = "Asia/Shanghai"
# Moves inside a document's own booking (receiving area -> bin): they create
# no goods, so they must net to zero per SKU, wherever they went.
INTERNAL_KINDS = frozenset({"putaway"})
IN_KINDS = frozenset({"inbound", "return_in"})
OUT_KINDS = frozenset({"scrap", "supplier_return"})


@dataclass(frozen=True)
class StationStep:
    """Movements a station writes without a document (R-BAT-3, R-WEI-1, R-PAK-2).

    ``kinds``: the movement kinds it may write; ``balanced``: it only moves
    goods between locations, so its rows net to zero per reference, SKU and
    lot within the day; ``exists``: whether the reference names a real thing.
    """

    kinds: frozenset[str]
    balanced: bool
    exists: Callable[[Session, str], bool] | None = None


def _batch_exists(session: Session, ref: str) -> bool:
    return session.scalar(select(ShipBatch.id).where(ShipBatch.batch_no == ref)) is not None


def _order_exists(session: Session, ref: str) -> bool:
    return session.scalar(select(Order.id).where(Order.platform_order_no == ref)) is not None


def _loan_exists(session: Session, ref: str) -> bool:
    return session.get(SampleLoan, ref) is not None


STATION_STEPS: dict[str, StationStep] = {
    "ship_batch": StationStep(frozenset({"pick"}), True, _batch_exists),  # picking.py
    "order": StationStep(frozenset({"ship", "pack_use"}), False, _order_exists),  # weigh, pack
    "demo": StationStep(frozenset({"receive"}), False),  # the demo's opening stock
    "sample_return": StationStep(frozenset({"sample_in"}), True, _loan_exists),  # samples.py
}


def register_station_step(document_type: str, step: StationStep) -> None:
    """A workflow that writes movements outside documents says so here."""
    STATION_STEPS[document_type] = step


@dataclass(frozen=True)
class Difference:
    """One disagreement. ``what``: stray_movement, unknown_kind, wrong_kind,
    unknown_reference, unknown_document, document_not_posted, line_mismatch,
    internal_unbalanced, step_unbalanced, negative_balance."""

    what: str
    sku: str
    location: str
    lot: str
    expected: int
    booked: int
    document: str  # a document number, or "<document_type>:<reference>"
    movement_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def day_bounds(day: date, zone: str = DEFAULT_ZONE) -> tuple[datetime, datetime]:
    """The business day's start and end in UTC (midnight to midnight, local time)."""
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(), tz)
    end = datetime.combine(day + timedelta(days=1), time(), tz)
    return start.astimezone(UTC), end.astimezone(UTC)


class _Names:
    """SKU codes, location codes and lot references, read once per close."""

    def __init__(self, session: Session, warehouse_id: str) -> None:
        self.session = session
        self.locations: dict[str, str] = {
            loc_id: code
            for loc_id, code in session.execute(
                select(Location.id, Location.code).where(Location.warehouse_id == warehouse_id)
            )
        }
        self._skus: dict[str, str] = {}
        self._lots: dict[str | None, str] = {None: ""}

    def sku(self, product_id: str) -> str:
        if product_id not in self._skus:
            self._skus[product_id] = str(
                self.session.scalar(select(Product.sku_code).where(Product.id == product_id))
            )
        return self._skus[product_id]

    def lot(self, lot_id: str | None) -> str:
        if lot_id not in self._lots:
            ref = self.session.scalar(select(StockLot.reference).where(StockLot.id == lot_id))
            self._lots[lot_id] = ref or str(lot_id)
        return self._lots[lot_id]


def reconcile(session: Session, warehouse_id: str, day: date, zone: str) -> list[Difference]:
    """Every difference of ``day`` in the warehouse (see the module's docstring)."""
    start, end = day_bounds(day, zone)
    names = _Names(session, warehouse_id)
    movements = session.scalars(
        select(StockMovement)
        .where(
            StockMovement.location_id.in_(list(names.locations)),
            StockMovement.created_at >= start,
            StockMovement.created_at < end,
        )
        .order_by(StockMovement.created_at, StockMovement.id)
    ).all()
    found: list[Difference] = []
    documents: dict[str, Document] = {}
    steps: Counter[tuple[str, str, str, str | None]] = Counter()

    def stray(what: str, m: StockMovement, expected: int = 0) -> None:
        found.append(
            Difference(
                what,
                names.sku(m.product_id),
                names.locations[m.location_id],
                names.lot(m.lot_id),
                expected,
                m.quantity,
                f"{m.document_type}:{m.document_id}",
                m.id,
            )  # fmt: skip
        )

    for m in movements:
        if m.kind not in MOVEMENT_KINDS:
            stray("unknown_kind", m)
        elif m.document_type in DOCUMENT_KINDS:
            document = _document(session, m.document_id)
            if document is None or document.kind != m.document_type:
                stray("unknown_document", m)
            elif document.state != "posted":
                stray("document_not_posted", m)
            else:
                documents[document.id] = document
        elif m.document_type in STATION_STEPS:
            step = STATION_STEPS[m.document_type]
            if m.kind not in step.kinds:
                stray("wrong_kind", m)
            elif step.exists is not None and not step.exists(session, m.document_id):
                stray("unknown_reference", m)
            elif step.balanced:
                steps[(m.document_type, m.document_id, m.product_id, m.lot_id)] += m.quantity
        else:
            stray("stray_movement", m)
    for (doc_type, ref, product_id, lot_id), net in sorted(steps.items(), key=str):
        if net:
            found.append(
                Difference(
                    "step_unbalanced",
                    names.sku(product_id),
                    "",
                    names.lot(lot_id),
                    0,
                    net,
                    f"{doc_type}:{ref}",
                )  # fmt: skip
            )
    for document in session.scalars(
        select(Document).where(
            Document.day == day,
            Document.state == "posted",
            (Document.warehouse_id == warehouse_id) | (Document.to_warehouse_id == warehouse_id),
        )
    ):
        documents.setdefault(document.id, document)
    for document in sorted(documents.values(), key=lambda d: d.number):
        found.extend(_check_document(session, document, warehouse_id, end, names))
    found.extend(_negative_balances(session, end, names))
    return found


def _document(session: Session, ref: str) -> Document | None:
    """Posters name their document by id (receiving, samples) or by number
    (stock operations, returns, QC slips): either is accepted."""
    return session.get(Document, ref) or session.scalar(
        select(Document).where(Document.number == ref)
    )


def _line_effects(
    document: Document, line: DocumentLine, quantity: int, warehouse_id: str
) -> list[tuple[str | None, int]]:
    """What a posted line books in this warehouse: (location or None = anywhere, delta)."""
    if document.kind == "return_in" and line.decision not in ("resellable", "defective"):
        return []  # R-RET-1,2: refused (or undecided) goods never enter the stock
    if document.kind == "count":  # R-STK-3: the variance, counted minus the book
        where = line.from_location_id or line.to_location_id
        return [(where, quantity - line.expected_qty)]
    named = [(line.from_location_id, -quantity), (line.to_location_id, quantity)]
    effects: list[tuple[str | None, int]] = [(loc, d) for loc, d in named if loc is not None]
    if effects:
        return effects
    here_from = document.warehouse_id in (None, warehouse_id)
    if document.kind in IN_KINDS:
        return [(None, quantity)] if here_from else []
    if document.kind in OUT_KINDS:
        return [(None, -quantity)] if here_from else []
    if document.kind == "transfer":
        delta = (-quantity if document.warehouse_id == warehouse_id else 0) + (
            quantity if document.to_warehouse_id == warehouse_id else 0
        )
        return [(None, delta)]
    return [(None, 0)]  # a move inside one warehouse: nets to zero


def _check_document(
    session: Session, document: Document, warehouse_id: str, end: datetime, names: _Names
) -> list[Difference]:
    """The document's lines (after corrections) against what it booked here."""
    expected: Counter[tuple[str, str | None]] = Counter()
    for line in session.scalars(
        select(DocumentLine).where(DocumentLine.document_id == document.id)
    ):
        for location_id, delta in _line_effects(
            document, line, effective_quantity(session, line), warehouse_id
        ):
            if location_id is None or location_id in names.locations:
                expected[(line.product_id, location_id)] += delta
    booked: Counter[tuple[str, str]] = Counter()
    internal: Counter[str] = Counter()
    for m in session.scalars(
        select(StockMovement).where(
            StockMovement.document_type == document.kind,
            StockMovement.document_id.in_([document.id, document.number]),
            StockMovement.location_id.in_(list(names.locations)),
            StockMovement.created_at < end,
        )
    ):
        if m.kind in INTERNAL_KINDS:
            internal[m.product_id] += m.quantity
        else:
            booked[(m.product_id, m.location_id)] += m.quantity
    found: list[Difference] = []

    def differ(product_id: str, location: str, want: int, got: int) -> None:
        if want != got:
            found.append(
                Difference(
                    "line_mismatch",
                    names.sku(product_id),
                    location,
                    "",
                    want,
                    got,
                    document.number,
                )  # fmt: skip
            )

    products = {p for p, _ in expected} | {p for p, _ in booked}
    for product_id in sorted(products, key=names.sku):
        named = {loc for p, loc in expected if p == product_id and loc is not None}
        for location_id in sorted(named, key=names.locations.__getitem__):
            got = booked[(product_id, location_id)]
            differ(
                product_id, names.locations[location_id], expected[(product_id, location_id)], got
            )
        elsewhere = sum(q for (p, loc), q in booked.items() if p == product_id and loc not in named)
        differ(product_id, "", expected[(product_id, None)], elsewhere)
    for product_id, net in sorted(internal.items()):
        if net:
            found.append(
                Difference(
                    "internal_unbalanced", names.sku(product_id), "", "", 0, net, document.number
                )
            )
    return found


def _negative_balances(session: Session, end: datetime, names: _Names) -> list[Difference]:
    """SKU, lot and location below zero at the day's end: goods the ledger lost."""
    rows = session.execute(
        select(
            StockMovement.product_id,
            StockMovement.lot_id,
            StockMovement.location_id,
            func.sum(StockMovement.quantity),
        )
        .where(StockMovement.location_id.in_(list(names.locations)), StockMovement.created_at < end)
        .group_by(StockMovement.product_id, StockMovement.lot_id, StockMovement.location_id)
        .having(func.sum(StockMovement.quantity) < 0)
    ).all()
    return sorted(
        (
            Difference(
                "negative_balance",
                names.sku(p),
                names.locations[loc],
                names.lot(lot),
                0,
                int(q),
                "",
            )
            for p, lot, loc, q in rows
        ),
        key=lambda d: (d.sku, d.location, d.lot),
    )
