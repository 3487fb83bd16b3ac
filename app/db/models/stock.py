"""Warehouses, locations, stock lots and the append-only movement ledger."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, IdMixin, UTCDateTime, VersionedMixin, utcnow

# ``staging`` (待发区) holds picked goods until they ship; only ``pick`` and
# ``reserve`` bins are picked from.
# receiving: goods signed for and waiting for putaway (never pickable)
LOCATION_KINDS = ("pick", "reserve", "defective", "sample", "packing", "staging", "receiving")
PICKABLE_LOCATION_KINDS = ("pick", "reserve")
MOVEMENT_KINDS = (
    "receive",
    "putaway",
    "pick",
    "ship",
    "return",
    "transfer",
    "count_adjust",
    "scrap",
    "sample_out",
    "sample_in",
    "pack_use",  # packing material used on a parcel (R-PAK-2)
)


class Warehouse(VersionedMixin, Base):
    __tablename__ = "warehouses"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Location(VersionedMixin, Base):
    """A bin or a store area; pickers walk pick bins in ``walk_order``."""

    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("warehouse_id", "code", name="uq_locations_wh_code"),)

    warehouse_id: Mapped[str] = mapped_column(ForeignKey("warehouses.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    zone: Mapped[str] = mapped_column(String(16), default="")
    walk_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StockLot(VersionedMixin, Base):
    """Goods of one product received together; ``received_at`` orders FIFO (R-BAT-4)."""

    __tablename__ = "stock_lots"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    reference: Mapped[str] = mapped_column(String(64), default="")


class StockMovement(IdMixin, Base):
    """One line of the ledger. Never updated or deleted (R-ACC-3): a
    correction is a new movement whose ``corrects_id`` names the old one."""

    __tablename__ = "stock_movements"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("stock_lots.id"), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)  # signed delta
    kind: Mapped[str] = mapped_column(String(16))
    document_type: Mapped[str] = mapped_column(String(32), default="")
    document_id: Mapped[str] = mapped_column(String(64), default="")
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("stock_movements.id"))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
