"""Ship batches (R-BAT-1,2): the audited orders cut for one of the day's cut-offs."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, IdMixin, UTCDateTime, VersionedMixin, utcnow

# 一单一品 (one line, quantity 1: straight to packing) / 一单多品 (secondary sort) /
# one pre-packed item (R-BAT-5: already packed, straight to weighing).
BATCH_KINDS = ("single", "multi", "prepacked")
# open -> picking (first unit confirmed) -> picked (all units) -> sorted (multi:
# every slot complete).
BATCH_STATES = ("open", "picking", "picked", "sorted")


class ShipBatch(VersionedMixin, Base):
    """One batch, e.g. ``B20261128-3-S1``: ship date, cut-off 3, first single-item batch."""

    __tablename__ = "ship_batches"
    __table_args__ = (
        UniqueConstraint("ship_date", "cutoff_index", "kind", "seq", name="uq_ship_batches_slot"),
    )

    batch_no: Mapped[str] = mapped_column(String(32), unique=True)
    ship_date: Mapped[date] = mapped_column(Date, index=True)
    cutoff: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    cutoff_index: Mapped[int] = mapped_column(Integer)  # 1..5
    kind: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)  # per ship date, cut-off and kind
    sf_first: Mapped[bool] = mapped_column(Boolean, default=False)  # R-BAT-2
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    orders: Mapped[list[ShipBatchOrder]] = relationship(
        back_populates="batch",
        cascade="all, delete-orphan",
        order_by="ShipBatchOrder.sort_position",
        lazy="selectin",
    )


class ShipBatchOrder(IdMixin, Base):
    """An order in a batch; ``sort_position`` is the print and pick order, ``slot``
    the secondary-sort slot (multi-item batches only)."""

    __tablename__ = "ship_batch_orders"
    __table_args__ = (
        UniqueConstraint("batch_id", "sort_position", name="uq_ship_batch_orders_position"),
    )

    batch_id: Mapped[str] = mapped_column(
        ForeignKey("ship_batches.id", ondelete="CASCADE"), index=True
    )
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), unique=True)
    sort_position: Mapped[int] = mapped_column(Integer)
    slot: Mapped[int | None] = mapped_column(Integer)

    batch: Mapped[ShipBatch] = relationship(back_populates="orders")
