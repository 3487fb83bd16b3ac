"""SKUs taken off sale because their stock went back to a supplier (R-RET-3),
and putting them back on sale.

Posting a 次品退厂单 sets ``products.off_sale``. It is cleared:

- when the supplier's replacement arrives: the receiving workflow calls
  :func:`release_on_arrival` in its own transaction for the SKUs it put away
  into pick or reserve bins (good stock is on the shelf again), or
- by hand, by a supervisor (:func:`back_on_sale`), who lists products for
  sale (R-REC-4): e.g. the supplier refunds instead of sending goods and the
  good stock left is enough. The list shows each SKU's good stock and what
  arrived since it went off sale, so the decision is an informed one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    PICKABLE_LOCATION_KINDS,
    Document,
    DocumentLine,
    Location,
    Product,
    StockMovement,
)
from app.errors import DomainError
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.returns import scanned_product

ARRIVAL_KINDS = ("receive", "putaway", "transfer")


class OffSaleRefused(DomainError):
    """``params['reason']``: ``not_off_sale`` (``sku``)."""

    code = "off_sale_refused"


@dataclass(frozen=True)
class OffSaleRow:
    product_id: str
    sku_code: str
    name: str
    spec: str
    since: datetime | None  # the supplier return that took it off sale
    slip: str  # its number
    good_stock: int  # units in pick and reserve bins now
    arrived_since: int  # units put into pick and reserve bins since


def _row(session: Session, product: Product) -> OffSaleRow:
    slip = session.execute(
        select(Document.number, Document.posted_at)
        .join(DocumentLine, DocumentLine.document_id == Document.id)
        .where(
            Document.kind == "supplier_return",
            Document.state == "posted",
            DocumentLine.product_id == product.id,
        )
        .order_by(Document.posted_at.desc())
        .limit(1)
    ).first()
    shelves = (
        StockMovement.product_id == product.id,
        Location.kind.in_(PICKABLE_LOCATION_KINDS),
    )
    good = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0))
        .join(Location, Location.id == StockMovement.location_id)
        .where(*shelves)
    )
    arrived = 0
    if slip is not None and slip[1] is not None:
        arrived = int(
            session.scalar(
                select(func.coalesce(func.sum(StockMovement.quantity), 0))
                .join(Location, Location.id == StockMovement.location_id)
                .where(
                    *shelves,
                    StockMovement.kind.in_(ARRIVAL_KINDS),
                    StockMovement.quantity > 0,
                    StockMovement.created_at > slip[1],
                )
            )
            or 0
        )
    return OffSaleRow(
        product.id,
        product.sku_code,
        product.name,
        " ".join(x for x in (product.colour, product.size) if x),
        slip[1] if slip else None,
        slip[0] if slip else "",
        int(good or 0),
        arrived,
    )


def off_sale_products(db: Database, actor: Actor) -> list[OffSaleRow]:
    """Every SKU off sale, by SKU code."""
    with db.read() as session:
        authorize(session, actor, Action.RETURNS)
        products = session.scalars(
            select(Product).where(Product.off_sale.is_(True)).order_by(Product.sku_code)
        )
        return [_row(session, p) for p in products]


def back_on_sale(db: Database, actor: Actor, code: str, now: datetime) -> OffSaleRow:
    """A supervisor lists the SKU for sale again (R-REC-4, R-RET-3)."""
    with db.write() as session:
        authorize(session, actor, Action.APPROVE_OVERRIDE)
        product = scanned_product(session, code)
        if not product.off_sale:
            raise OffSaleRefused(
                f"{product.sku_code} is on sale", reason="not_off_sale", sku=product.sku_code
            )
        product.off_sale = False
        record_event(
            session,
            actor,
            "product.on_sale",
            {"product_id": product.id, "why": "by_hand", "at": now.isoformat()},
        )
        session.flush()
        return _row(session, product)


def release_on_arrival(
    session: Session, actor: Actor | None, product_ids: set[str], now: datetime
) -> list[str]:
    """The supplier's replacement is on the shelf: those of ``product_ids``
    that were off sale go back on sale (called by the receiving workflow, in
    its transaction). Returns their SKU codes."""
    if not product_ids:
        return []
    products = list(
        session.scalars(
            select(Product).where(Product.id.in_(product_ids), Product.off_sale.is_(True))
        )
    )
    for product in products:
        product.off_sale = False
        record_event(
            session,
            actor,
            "product.on_sale",
            {"product_id": product.id, "why": "arrival", "at": now.isoformat()},
        )
    return sorted(p.sku_code for p in products)
