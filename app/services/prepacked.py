"""Pre-packed best-sellers (提前打包, R-BAT-5): before a big promotion the
supervisor or the order clerk marks SKUs whose stock was packed ahead; one
unit of such a SKU is batched apart and skips the pack station."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Product
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event
from app.services.picking import find_product


@dataclass(frozen=True)
class PrepackedProduct:
    sku_code: str
    name: str
    prepacked: bool


def set_prepacked(db: Database, actor: Actor, code: str, prepacked: bool) -> PrepackedProduct:
    """Mark (or unmark) a SKU, found by SKU code or barcode, as pre-packed."""
    with db.write() as session:
        authorize(session, actor, Action.MAKE_BATCHES)
        product = find_product(session, code)
        if product.prepacked != prepacked:
            product.prepacked = prepacked
            record_event(
                session,
                actor,
                "product.prepacked",
                {"product_id": product.id, "prepacked": prepacked},
            )
            audit(session, actor, "set_prepacked", "product", product.id, prepacked=prepacked)
        return PrepackedProduct(product.sku_code, product.name, product.prepacked)


def list_prepacked(db: Database, actor: Actor) -> list[PrepackedProduct]:
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        rows = session.scalars(
            select(Product).where(Product.prepacked.is_(True)).order_by(Product.sku_code)
        )
        return [PrepackedProduct(p.sku_code, p.name, True) for p in rows]
