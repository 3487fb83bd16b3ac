"""Defective goods back to their suppliers (次品退厂单, R-RET-3).

What lies in a defective store (QC's rejects, R-QC-5, and returned units QC
found defective) is grouped per supplier into ``supplier_return`` documents:
a factory's (``[returns].factory_suppliers``) every day, a small purchase's
once a week on ``[returns].weekly_return_day``. Units already on a draft
slip are left out, so making the day's slips twice makes nothing new.

The supplier of a unit is the partner of the inbound document (入库单) that
received its lot: a lot's ``reference`` is that document's number (or the
supplier's delivery-note number it carries). A lot nobody can trace goes on a
slip for the unknown supplier (partner ""), with the weekly ones; it is
posted only once someone names the supplier (:func:`name_supplier`).

Posting (keeper and supervisor signed, R-ACC-2) takes the units out of the
defective store and takes the SKUs off sale in the shop (R-RET-3), with a
notice; :mod:`app.services.off_sale` puts them back. Importing this module
registers the poster for ``supplier_return``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.backoffice_settings import ReturnsSection
from app.db.engine import Database
from app.db.models import (
    Document,
    DocumentLine,
    DocumentSignature,
    Location,
    Product,
    StockLot,
    StockMovement,
    User,
    Warehouse,
)
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.allocation import HOLDING_DRAFTS
from app.services.context import Actor, authorize
from app.services.documents import (
    add_line,
    get_document,
    missing_signatures,
    new_document,
    post_in_session,
    register_poster,
)
from app.services.journal import record_event
from app.services.notices import enqueue_notice
from app.services.returns import draft_only, local_day

UNKNOWN_SUPPLIER = ""
HOLDING = HOLDING_DRAFTS  # drafts whose lines take units out (supplier returns included)

Key = tuple[str, str | None, str]  # product, lot, location


class SupplierReturnRefused(DomainError):
    """Nothing was changed. ``params['reason']``: ``short`` (the defective
    store no longer holds the units: ``sku``, ``bin``, ``have``, ``need``),
    ``unknown_supplier`` (name it first: :func:`name_supplier`)."""

    code = "supplier_return_refused"


@dataclass(frozen=True)
class SupplierReturnLine:
    line_no: int
    sku_code: str
    name: str
    spec: str
    quantity: int
    lot_reference: str  # the inbound document the units came with
    bin_code: str


@dataclass(frozen=True)
class SupplierReturnView:
    number: str
    state: str
    supplier: str  # "" = unknown supplier
    factory: bool  # returned daily (else weekly)
    warehouse: str
    lines: tuple[SupplierReturnLine, ...]
    signatures: tuple[tuple[str, str], ...]  # (capacity, full name)
    missing: tuple[str, ...]
    posted_at: datetime | None

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


def suppliers_of(session: Session, references: set[str]) -> dict[str, str]:
    """Lot reference -> supplier: the partner of the inbound document of that
    number, else of the one carrying it as the supplier's note number."""
    wanted = [r for r in references if r]
    found: dict[str, str] = {}
    if not wanted:
        return found
    rows = session.execute(
        select(Document.number, Document.reference, Document.partner)
        .where(
            Document.kind == "inbound",
            Document.state != "cancelled",
            or_(Document.number.in_(wanted), Document.reference.in_(wanted)),
        )
        .order_by(Document.number)
    ).all()
    for number, _, partner in rows:
        if number in wanted and partner:
            found[number] = partner
    for _, reference, partner in rows:
        if reference in wanted and partner:
            found.setdefault(reference, partner)
    return found


def due(settings: ReturnsSection, supplier: str, day: date) -> bool:
    """A factory's defective goods go back daily; a small purchase's (and an
    unknown supplier's) on the weekly return day (1 = Monday)."""
    return supplier in settings.factory_suppliers or day.isoweekday() == settings.weekly_return_day


def _defective_stock(session: Session) -> dict[Key, int]:
    """Units in every defective store per (product, lot, bin), less what
    drafts already take out of it (slips, scrap, transfers)."""
    stock: Counter[Key] = Counter()
    for product_id, lot_id, location_id, qty in session.execute(
        select(
            StockMovement.product_id,
            StockMovement.lot_id,
            StockMovement.location_id,
            func.sum(StockMovement.quantity),
        )
        .join(Location, Location.id == StockMovement.location_id)
        .where(Location.kind == "defective")
        .group_by(StockMovement.product_id, StockMovement.lot_id, StockMovement.location_id)
    ):
        stock[(product_id, lot_id, location_id)] += int(qty or 0)
    for product_id, lot_id, from_id, qty in session.execute(
        select(
            DocumentLine.product_id,
            DocumentLine.lot_id,
            DocumentLine.from_location_id,
            DocumentLine.expected_qty,
        )
        .join(Document, Document.id == DocumentLine.document_id)
        .where(Document.kind.in_(HOLDING), Document.state == "draft")
    ):
        stock[(product_id, lot_id, from_id or "")] -= int(qty or 0)
    return {key: qty for key, qty in stock.items() if qty > 0}


def make_supplier_returns(
    db: Database, actor: Actor, now: datetime, settings: ReturnsSection | None = None
) -> list[SupplierReturnView]:
    """Today's 次品退厂单: one per warehouse and supplier due today (R-RET-3);
    the new ones (none when the day's are made already)."""
    settings = settings or ReturnsSection()
    day = local_day(now).date()
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        stock = _defective_stock(session)
        lots = {
            lot.id: lot
            for lot in session.scalars(
                select(StockLot).where(StockLot.id.in_({k[1] for k in stock if k[1]}))
            )
        }
        suppliers = suppliers_of(session, {lot.reference for lot in lots.values()})
        warehouses = {i: w for i, w in session.execute(select(Location.id, Location.warehouse_id))}
        groups: dict[tuple[str, str], list[tuple[Key, int]]] = defaultdict(list)
        for key, qty in sorted(stock.items(), key=lambda kv: (kv[0][2], kv[0][0], kv[0][1] or "")):
            lot = lots.get(key[1] or "")
            supplier = suppliers.get(lot.reference, UNKNOWN_SUPPLIER) if lot else UNKNOWN_SUPPLIER
            if due(settings, supplier, day):
                groups[(warehouses[key[2]], supplier)].append((key, qty))
        made = []
        for (warehouse_id, supplier), rows in sorted(groups.items()):
            factory = supplier in settings.factory_suppliers
            document = new_document(
                session, actor, "supplier_return", day, warehouse_id=warehouse_id, partner=supplier
            )
            document.detail = {"factory": factory}
            for (product_id, lot_id, location_id), qty in rows:
                add_line(
                    session,
                    document,
                    product_id,
                    expected_qty=qty,
                    actual_qty=qty,
                    lot_id=lot_id,
                    from_location_id=location_id,
                )
            made.append(document)
        session.flush()
        return [_view(session, d) for d in made]


def supplier_returns(
    db: Database, actor: Actor, states: tuple[str, ...] = ("draft",)
) -> list[SupplierReturnView]:
    """The slips in these states, oldest first (the list on the returns screen)."""
    with db.read() as session:
        authorize(session, actor, Action.RETURNS)
        documents = session.scalars(
            select(Document)
            .where(Document.kind == "supplier_return", Document.state.in_(states))
            .order_by(Document.number)
        )
        return [_view(session, d) for d in documents]


def _slip(session: Session, number: str) -> Document:
    document = get_document(session, number)
    if document.kind != "supplier_return":
        raise NotFound(f"{number} is no supplier return", kind="document", ref=number)
    return document


def name_supplier(db: Database, actor: Actor, number: str, supplier: str) -> SupplierReturnView:
    """The supplier of a draft slip, when the lots could not tell it."""
    if not supplier.strip():
        raise InvalidInput("a supplier needs a name", field="supplier", value="")
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = _slip(session, number)
        draft_only(document)
        before, document.partner = document.partner, supplier.strip()
        record_event(
            session,
            actor,
            "supplier_return.named",
            {"number": number, "before": before, "after": document.partner},
        )
        session.flush()
        return _view(session, document)


def post_supplier_return(
    db: Database, actor: Actor, number: str, now: datetime
) -> SupplierReturnView:
    """Post a signed slip: the units leave the defective store (R-RET-3)."""
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = _slip(session, number)
        post_in_session(session, actor, document, now)
        return _view(session, document)


def _post_supplier_return(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """The poster: a named supplier, every unit still there, then out; the
    SKUs off sale, announced."""
    if not document.partner:
        raise SupplierReturnRefused(
            f"{document.number}: name the supplier first", reason="unknown_supplier"
        )
    for line in lines:
        location_id = line.from_location_id or ""
        have = session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                StockMovement.product_id == line.product_id,
                StockMovement.location_id == location_id,
                StockMovement.lot_id.is_(None)
                if line.lot_id is None
                else StockMovement.lot_id == line.lot_id,
            )
        )
        if int(have or 0) < line.actual_qty:
            product = session.get(Product, line.product_id)
            location = session.get(Location, location_id)
            raise SupplierReturnRefused(
                f"{document.number}: the defective store holds {have}, the slip {line.actual_qty}",
                reason="short",
                sku=product.sku_code if product else line.product_id,
                bin=location.code if location else "",
                have=int(have or 0),
                need=line.actual_qty,
            )
        session.add(
            StockMovement(
                product_id=line.product_id,
                lot_id=line.lot_id,
                location_id=location_id,
                quantity=-line.actual_qty,
                kind="return",
                document_type="supplier_return",
                document_id=document.id,
                user_id=actor.user_id,
                station_id=actor.station_id,
                created_at=now,
            )
        )
    products = list(
        session.scalars(select(Product).where(Product.id.in_({x.product_id for x in lines})))
    )
    for product in products:
        product.off_sale = True  # R-RET-3: taken off sale in the shop
    units = Counter({x.product_id: x.actual_qty for x in lines})
    supplier = document.partner or "未知供应商"
    body = "\n".join(
        [
            f"次品退厂单 {document.number} → {supplier}，以下款式请在网店下架：",
            *(
                f"{p.sku_code} {p.name} ×{units[p.id]}"
                for p in sorted(products, key=lambda p: p.sku_code)
            ),
        ]
    )
    enqueue_notice(session, actor, "supplier_return", f"次品退厂：{supplier}", body, document.id)
    record_event(
        session,
        actor,
        "product.off_sale",
        {"number": document.number, "product_ids": sorted(p.id for p in products)},
    )


def _view(session: Session, document: Document) -> SupplierReturnView:
    rows = session.execute(
        select(DocumentLine, Product, StockLot.reference, Location.code)
        .join(Product, Product.id == DocumentLine.product_id)
        .outerjoin(StockLot, StockLot.id == DocumentLine.lot_id)
        .outerjoin(Location, Location.id == DocumentLine.from_location_id)
        .where(DocumentLine.document_id == document.id)
        .order_by(DocumentLine.line_no)
    ).all()
    warehouse = session.scalar(select(Warehouse.code).where(Warehouse.id == document.warehouse_id))
    signatures = tuple(
        (capacity, name)
        for capacity, name in session.execute(
            select(DocumentSignature.capacity, User.full_name)
            .join(User, User.id == DocumentSignature.user_id)
            .where(DocumentSignature.document_id == document.id)
            .order_by(DocumentSignature.signed_at)
        )
    )
    return SupplierReturnView(
        document.number,
        document.state,
        document.partner,
        bool(document.detail.get("factory")),
        warehouse or "",
        tuple(
            SupplierReturnLine(
                line.line_no,
                product.sku_code,
                product.name,
                " ".join(x for x in (product.colour, product.size) if x),
                line.actual_qty,
                reference or "",
                bin_code or "",
            )
            for line, product, reference, bin_code in rows
        ),
        signatures,
        tuple(missing_signatures(session, document)),
        document.posted_at,
    )


register_poster("supplier_return", _post_supplier_return)
