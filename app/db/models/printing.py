"""Printers, the default printer per station and label kind, and the
persistent print queue (a job is never lost, a reprint is marked)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, UTCDateTime, VersionedMixin, utcnow

PRINTER_KINDS = ("folder", "tcp", "serial", "cups", "system")
PRINTER_LANGUAGES = ("pdf", "zpl", "tspl", "png")
LABEL_KINDS = ("ewaybill", "delivery_note", "sku", "bin", "pick_list", "inbound_order")
JOB_STATES = ("queued", "sending", "done", "failed", "cancelled")


class Printer(VersionedMixin, Base):
    """A printer this station can reach.

    ``address`` by kind: folder path, ``host:port`` (tcp), pyserial URL with an
    optional ``,baud`` (serial), CUPS queue name, or the system printer's name.
    """

    __tablename__ = "printers"
    __table_args__ = (UniqueConstraint("station_id", "name", name="uq_printers_station_name"),)

    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8))
    dpi: Mapped[int] = mapped_column(Integer, default=203)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PrinterDefault(VersionedMixin, Base):
    """Which printer takes which label kind at a station: printing needs no dialog."""

    __tablename__ = "printer_defaults"
    __table_args__ = (
        UniqueConstraint("station_id", "label_kind", name="uq_printer_defaults_station_kind"),
    )

    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"))
    label_kind: Mapped[str] = mapped_column(String(32))
    printer_id: Mapped[str] = mapped_column(ForeignKey("printers.id"), index=True)


class PrintJob(VersionedMixin, Base):
    """One rendered document waiting for, going to, or sent to a printer.

    ``dedupe_key`` is set for normal jobs only and is unique: the same document
    on the same label kind is printed once. Reprints (``reprint_of`` set) and
    ad-hoc prints without a document carry NULL, which a unique index allows
    any number of times on SQLite and PostgreSQL alike.
    """

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_claim", "station_id", "state", "created_at"),)

    station_id: Mapped[str] = mapped_column(ForeignKey("stations.id"))
    printer_id: Mapped[str] = mapped_column(ForeignKey("printers.id"), index=True)
    label_kind: Mapped[str] = mapped_column(String(32))
    template: Mapped[str] = mapped_column(String(100), default="")
    document_ref: Mapped[str] = mapped_column(String(100), default="", index=True)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    content_type: Mapped[str] = mapped_column(String(64))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reprint_of: Mapped[str | None] = mapped_column(ForeignKey("print_jobs.id"), index=True)
    reprint_reason: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
