"""Products (SKUs) with their barcodes, and the couriers that carry parcels."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, IdMixin, VersionedMixin

PRODUCT_KINDS = ("goods", "packing_material")


class Product(VersionedMixin, Base):
    """A SKU: one style (款号) in one colour and size."""

    __tablename__ = "products"

    sku_code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    style_no: Mapped[str] = mapped_column(String(64), index=True)
    colour: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[str] = mapped_column(String(64), default="")
    unit_weight_g: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="goods")
    price_fen: Mapped[int] = mapped_column(Integer, default=0)
    image_path: Mapped[str | None] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # R-BAT-5: best-sellers packed ahead of a promotion skip the pack station.
    prepacked: Mapped[bool] = mapped_column(Boolean, default=False)
    # R-RET-3: stock owed back to a supplier is taken off sale in the shop.
    off_sale: Mapped[bool] = mapped_column(Boolean, default=False)

    barcodes: Mapped[list[ProductBarcode]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="selectin"
    )


class ProductBarcode(IdMixin, Base):
    """A product may carry several barcodes (maker's EAN-13, our Code 128)."""

    __tablename__ = "product_barcodes"

    product_id: Mapped[str] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    barcode: Mapped[str] = mapped_column(String(128), unique=True)

    product: Mapped[Product] = relationship(back_populates="barcodes")


class Courier(VersionedMixin, Base):
    """An express company; its waybill numbers match one of its patterns."""

    __tablename__ = "couriers"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    waybill_patterns: Mapped[list[str]] = mapped_column(JSON, default=list)
    sort_zone: Mapped[str] = mapped_column(String(32), default="")
    priority: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
