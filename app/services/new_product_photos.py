"""The new product's photo deadline (R-NEW-3): the product team photographs
and publishes within ``[new_products].photo_days`` of the putaway-complete
notice; the ones past it are listed for the warehouse supervisor (R-NEW-1:
a delay is the supervisor's responsibility)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.backoffice_settings import NewProductsSection
from app.db.engine import Database
from app.db.models import NewProduct, Product
from app.errors import InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.picking import find_product
from app.services.samples import days_started


@dataclass(frozen=True)
class LatePhotos:
    sku: str
    name: str
    style_no: str
    putaway_done_at: datetime
    deadline: datetime
    late_days: int


def record_photos_published(db: Database, actor: Actor, code: str, now: datetime) -> str:
    """R-NEW-3: the product team says the photos are online. Returns the SKU."""
    with db.write() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)  # the product team: any active login
        product = find_product(session, code)
        row = session.scalar(select(NewProduct).where(NewProduct.product_id == product.id))
        if row is None:
            raise NotFound(f"{product.sku_code} is no new product", kind="new_product", ref=code)
        if row.photos_published_at is not None:
            raise InvalidInput("photos recorded already", field="photos_published_at", value=code)
        row.photos_published_at = now
        record_event(session, actor, "new_product.photos_published", {"sku": product.sku_code})
        return product.sku_code


def late_photos(db: Database, now: datetime, settings: NewProductsSection) -> list[LatePhotos]:
    """R-NEW-3: new products put away more than ``photo_days`` ago, photos not yet published."""
    limit = timedelta(days=settings.photo_days)
    with db.read() as session:
        rows = session.execute(
            select(NewProduct, Product)
            .join(Product, Product.id == NewProduct.product_id)
            .where(
                NewProduct.putaway_done_at.is_not(None),
                NewProduct.putaway_done_at < now - limit,
                NewProduct.photos_published_at.is_(None),
            )
            .order_by(NewProduct.putaway_done_at)
        ).all()
        result = []
        for new, product in rows:
            assert new.putaway_done_at is not None
            deadline = new.putaway_done_at + limit
            result.append(
                LatePhotos(
                    product.sku_code,
                    product.name,
                    product.style_no,
                    new.putaway_done_at,
                    deadline,
                    days_started(now - deadline),
                )  # fmt: skip
            )
        return result
