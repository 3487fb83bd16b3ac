"""Orders from the shops and their lines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.base import Base, UTCDateTime, VersionedMixin, utcnow

# The order state machine (DESIGN.md "Orders as a state machine").
ORDER_STATUSES = (
    "new",
    "paid",
    "audited",
    "batched",
    "picked",
    "verified",
    "packed",
    "weighed",
    "shipped",
    "held",
    "cancelled",
    "returned",
)


class Order(VersionedMixin, Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("shop", "platform_order_no", name="uq_orders_shop_platform_no"),
    )

    platform_order_no: Mapped[str] = mapped_column(String(64), index=True)  # scanned
    shop: Mapped[str] = mapped_column(String(100))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    cs_remark: Mapped[str] = mapped_column(Text, default="")  # 客服备注
    buyer_message: Mapped[str] = mapped_column(Text, default="")  # 客人留言
    recipient_name: Mapped[str] = mapped_column(String(100))
    recipient_phone: Mapped[str] = mapped_column(String(32))
    province: Mapped[str] = mapped_column(String(32))
    city: Mapped[str] = mapped_column(String(32))
    district: Mapped[str] = mapped_column(String(32), default="")
    address_detail: Mapped[str] = mapped_column(String(300))
    courier_id: Mapped[str | None] = mapped_column(ForeignKey("couriers.id"), index=True)
    waybill_no: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Routing the courier returns with the waybill number, printed on the e-waybill.
    route_code: Mapped[str] = mapped_column(String(32), default="")  # 三段码
    sort_code: Mapped[str] = mapped_column(String(32), default="")  # 大头笔
    consolidation_point: Mapped[str] = mapped_column(String(64), default="")  # 集包地
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    held_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", lazy="selectin"
    )


class OrderLine(VersionedMixin, Base):
    __tablename__ = "order_lines"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[Order] = relationship(back_populates="lines")
