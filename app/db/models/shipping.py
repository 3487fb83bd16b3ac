"""What the verify, pack and weigh stations record about a parcel (R-VER,
R-PAK, R-WEI): every confirmed scan, the packing, every weighing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, IdMixin, UTCDateTime, utcnow

SCAN_KINDS = ("document", "item", "confirm")  # confirm: the order verified
DOCUMENTS = ("waybill", "delivery_note")
WEIGH_VERDICTS = ("ok", "off", "override")


class VerifyScan(IdMixin, Base):
    """One accepted scan at the verify station, committed before the screen
    shows it, so a crash or a move to another station keeps it. An undo sets
    ``undone_at``; nothing is deleted."""

    __tablename__ = "verify_scans"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    document: Mapped[str | None] = mapped_column(String(16))
    product_id: Mapped[str | None] = mapped_column(ForeignKey("products.id"))
    code: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PackRecord(IdMixin, Base):
    """A parcel packed: who, where, and the packing material used (SKU -> units)."""

    __tablename__ = "pack_records"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), unique=True)
    materials: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    material_weight_g: Mapped[int] = mapped_column(Integer, default=0)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Weighing(IdMixin, Base):
    """One weighing of a parcel (R-WEI-1), in grams, with what was expected
    and allowed (R-WEI-3). A manual weight or a pass outside the tolerance
    names the supervisor who approved it and why."""

    __tablename__ = "weighings"

    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    grams: Mapped[int] = mapped_column(Integer)
    expected_g: Mapped[int] = mapped_column(Integer)
    allowed_g: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(16))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    approver_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
