"""Pick lines (R-BAT-3,4) and secondary-sort scans (二次分拣) of a ship batch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, IdMixin, UTCDateTime, VersionedMixin, utcnow


class PickLine(VersionedMixin, Base):
    """So many units of one product, from one lot, in one bin, for a batch.

    Allocated first-in-first-out (R-BAT-4) when the batch is cut, so every
    station shows the same list and the stock is spoken for at once.
    ``picked`` counts the units confirmed by scanning bin and item.
    """

    __tablename__ = "pick_lines"

    batch_id: Mapped[str] = mapped_column(
        ForeignKey("ship_batches.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("stock_lots.id"))
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    picked: Mapped[int] = mapped_column(Integer, default=0)


class SortScan(IdMixin, Base):
    """One item put into one slot (order) of a multi-item batch; an undo sets
    ``undone_at`` rather than deleting, so the trail stays."""

    __tablename__ = "sort_scans"

    batch_id: Mapped[str] = mapped_column(
        ForeignKey("ship_batches.id", ondelete="CASCADE"), index=True
    )
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    slot: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
