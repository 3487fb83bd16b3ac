"""Warehouse documents (单据): inbound orders, transfers, counts, scrap,
returns. A document is posted only with its signatures (R-ACC-2) and never
edited once posted: a correction is a row of its own, showing the value
before and after, who corrected it and when (R-ACC-3). The notices queue for
the team's group chat lives here too."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, IdMixin, UTCDateTime, VersionedMixin, utcnow

# inbound 入库单, transfer 调拨单 (A <-> B), sample_out 样品调拨单, count 盘点单,
# scrap 拨废单, defect_move 移库单 (to the defective store), return_in 退货单,
# supplier_return 次品退厂单
DOCUMENT_KINDS = (
    "inbound",
    "transfer",
    "sample_out",
    "count",
    "scrap",
    "defect_move",
    "return_in",
    "supplier_return",
)
DOCUMENT_STATES = ("draft", "posted", "cancelled")
NOTICE_STATES = ("queued", "sent", "failed")


class Document(VersionedMixin, Base):
    __tablename__ = "documents"

    kind: Mapped[str] = mapped_column(String(24), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # the business day it belongs to
    warehouse_id: Mapped[str | None] = mapped_column(ForeignKey("warehouses.id"))
    to_warehouse_id: Mapped[str | None] = mapped_column(ForeignKey("warehouses.id"))
    reference: Mapped[str] = mapped_column(String(64), default="")  # supplier's note no. etc.
    partner: Mapped[str] = mapped_column(String(100), default="")  # supplier / customer
    note: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    posted_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DocumentLine(VersionedMixin, Base):
    """One SKU on a document: what the paper says, what was found, where."""

    __tablename__ = "document_lines"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    expected_qty: Mapped[int] = mapped_column(Integer, default=0)
    actual_qty: Mapped[int] = mapped_column(Integer, default=0)
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("stock_lots.id"))
    from_location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    to_location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    decision: Mapped[str] = mapped_column(String(16), default="")  # returns: LINE_DECISIONS
    note: Mapped[str] = mapped_column(Text, default="")


class DocumentSignature(IdMixin, Base):
    """A person's signature on a document in one capacity (R-ACC-2), by badge
    scan or PIN; one per capacity, and one person signs one capacity only."""

    __tablename__ = "document_signatures"
    __table_args__ = (UniqueConstraint("document_id", "capacity"),)

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    capacity: Mapped[str] = mapped_column(String(24))  # supervisor, keeper, taker, qc …
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    method: Mapped[str] = mapped_column(String(8))  # badge or pin
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DocumentCorrection(IdMixin, Base):
    """划改 (R-ACC-3): a posted value corrected, the old value kept beside the new."""

    __tablename__ = "document_corrections"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    line_id: Mapped[str | None] = mapped_column(ForeignKey("document_lines.id"))
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2 … per document: the order they were made
    field: Mapped[str] = mapped_column(String(32))
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    corrector_name: Mapped[str] = mapped_column(String(100))  # the full name, as signed
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    corrected_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Notice(VersionedMixin, Base):
    """A message for the team's group chat (R-NEW-1,5; R-REP-4), queued so a
    network outage loses none; sent through the configured webhook."""

    __tablename__ = "notices"

    kind: Mapped[str] = mapped_column(String(32), index=True)  # arrival, putaway_done, restock …
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"))
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


QC_VERDICTS = ("pass", "resample", "full_inspection", "reject_all")
LINE_DECISIONS = ("", "resellable", "defective", "refused")


class QcInspection(IdMixin, Base):
    """One round of QC on one SKU (colour and size) of an inbound document
    (R-QC-1..4): how many units were drawn, how many passed, and the verdict
    the rule gave for that round."""

    __tablename__ = "qc_inspections"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    round_no: Mapped[int] = mapped_column(Integer)  # 1, 2, then 3 = every unit
    drawn: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("stations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Reservation(VersionedMixin, Base):
    """Stock held for a customer by sales (囤货); released to normal sale when
    not claimed within the configured days (R-STK-1)."""

    __tablename__ = "reservations"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), index=True)
    warehouse_id: Mapped[str] = mapped_column(ForeignKey("warehouses.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    customer: Mapped[str] = mapped_column(String(100))
    reserved_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    reserved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="held", index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # claimed or released


class SampleLoan(VersionedMixin, Base):
    """Photo samples out on a transfer slip (R-NEW-2,4): due back in 7 days;
    an extension is recorded with its reason; overdue ones are recalled."""

    __tablename__ = "sample_loans"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    taker_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    extended_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class NewProduct(VersionedMixin, Base):
    """A new product's first days (R-NEW-1,3): arrival, putaway done, QC's
    measurement (same or next day), photos published (within 3 days)."""

    __tablename__ = "new_products"

    product_id: Mapped[str] = mapped_column(ForeignKey("products.id"), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    putaway_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    measured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    measured_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    measurements: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    photos_published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DayClose(IdMixin, Base):
    """日清日结 (R-ACC-1): a warehouse's day closed, with the differences found."""

    __tablename__ = "day_closes"
    __table_args__ = (UniqueConstraint("warehouse_id", "day"),)

    warehouse_id: Mapped[str] = mapped_column(ForeignKey("warehouses.id"))
    day: Mapped[date] = mapped_column(Date)
    closed_by: Mapped[str] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    differences: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
