"""Month-end archive (R-ACC-4): the month's documents, posted and cancelled,
with their lines, signatures and corrections (R-ACC-2,3), so anything can be
traced later without the program.

One CSV file per table (UTF-8 with a BOM, so Excel opens the Chinese
correctly) and one A4 PDF (a summary per kind, then each document in its own
section) go to ``[books].archive_dir/YYYY-MM`` (default: the data folder's
``archive``). Running it again for the same month rewrites the same files.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Config
from app.db.engine import Database
from app.db.models import (
    DayClose,
    Document,
    DocumentCorrection,
    DocumentLine,
    DocumentSignature,
    Location,
    Product,
    StockLot,
    User,
    Warehouse,
)
from app.errors import InvalidInput
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.document_corrections import effective_quantity
from app.services.journal import record_event

KIND_NAMES = {
    "inbound": "入库单",
    "transfer": "调拨单",
    "sample_out": "样品调拨单",
    "count": "盘点单",
    "scrap": "拨废单",
    "defect_move": "移库单",
    "return_in": "退货单",
    "supplier_return": "次品退厂单",
}
ARCHIVED_STATES = ("posted", "cancelled")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class ArchivedLine:
    line_no: int
    sku: str
    name: str
    spec: str  # style, colour, size
    expected: int
    actual: int  # as posted
    effective: int  # after the corrections
    lot: str
    from_bin: str
    to_bin: str
    decision: str
    note: str


@dataclass(frozen=True)
class ArchivedSignature:
    capacity: str
    name: str
    username: str
    method: str
    at: str


@dataclass(frozen=True)
class ArchivedCorrection:
    seq: int
    line_no: int | None
    sku: str
    field: str
    before: str
    after: str
    corrector: str
    at: str
    reason: str


@dataclass(frozen=True)
class ArchivedDocument:
    number: str
    kind: str
    state: str
    day: date
    warehouse: str
    to_warehouse: str
    reference: str
    partner: str
    note: str
    created_by: str
    created_at: str
    posted_by: str
    posted_at: str
    lines: list[ArchivedLine] = field(default_factory=list)
    signatures: list[ArchivedSignature] = field(default_factory=list)
    corrections: list[ArchivedCorrection] = field(default_factory=list)


@dataclass(frozen=True)
class ArchivedClose:
    warehouse: str
    day: date
    closed_by: str
    closed_at: str
    differences: int


@dataclass(frozen=True)
class KindSummary:
    kind: str
    posted: int
    cancelled: int
    lines: int
    units: int  # after corrections
    corrections: int


@dataclass(frozen=True)
class MonthArchive:
    month: str
    documents: list[ArchivedDocument]
    closes: list[ArchivedClose]
    drafts_left: list[str]  # the month's documents never posted: not archived

    def summary(self) -> list[KindSummary]:
        rows = []
        for kind in KIND_NAMES:
            docs = [d for d in self.documents if d.kind == kind]
            if docs:
                rows.append(
                    KindSummary(
                        kind,
                        sum(d.state == "posted" for d in docs),
                        sum(d.state == "cancelled" for d in docs),
                        sum(len(d.lines) for d in docs),
                        sum(ln.effective for d in docs for ln in d.lines),
                        sum(len(d.corrections) for d in docs),
                    )
                )
        return rows


@dataclass(frozen=True)
class ArchiveResult:
    month: str
    folder: Path
    files: tuple[Path, ...]
    documents: int
    drafts_left: list[str]


def month_range(month: str) -> tuple[date, date]:
    """'2026-11' -> (2026-11-01, 2026-12-01)."""
    found = _MONTH.match(month.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise InvalidInput(f"a month is YYYY-MM, not {month!r}", field="month", value=month)
    year, mon = int(found.group(1)), int(found.group(2))
    first = date(year, mon, 1)
    return first, date(year + mon // 12, mon % 12 + 1, 1)


def archive_folder(config: Config, month: str) -> Path:
    root = Path(config.books.archive_dir) if config.books.archive_dir else None
    return (root or config.paths.data_dir / "archive") / month


def archive_month(
    db: Database,
    actor: Actor | None,
    month: str,
    config: Config,
    folder: Path | None = None,
) -> ArchiveResult:
    """Write the month's archive; ``actor`` None is the technician's console."""
    first, after = month_range(month)
    month = f"{first:%Y-%m}"
    zone = ZoneInfo(config.audit.timezone)
    with db.read() as session:
        if actor is not None:
            authorize(session, actor, Action.VIEW_REPORTS)
        archive = gather(session, first, after, zone)
    from app.services.archive_pdf import render_archive_pdf

    target = folder or archive_folder(config, month)
    target.mkdir(parents=True, exist_ok=True)
    files = [*write_csvs(archive, target)]
    pdf = target / f"archive-{month}.pdf"
    pdf.write_bytes(render_archive_pdf(archive, config.labels.font))
    files.append(pdf)
    with db.write() as session:
        record_event(
            session,
            actor,
            "books.archived",
            {"month": month, "documents": len(archive.documents), "folder": str(target)},
        )
    return ArchiveResult(month, target, tuple(files), len(archive.documents), archive.drafts_left)


class _Reader:
    """Names for ids (people, warehouses, bins), read once per archive."""

    def __init__(self, session: Session, zone: ZoneInfo) -> None:
        self.session = session
        self.zone = zone
        self.users = {u.id: u for u in session.scalars(select(User))}
        self.warehouses: dict[str | None, str] = {
            i: c for i, c in session.execute(select(Warehouse.id, Warehouse.code))
        }
        self.bins: dict[str | None, str] = {
            i: c for i, c in session.execute(select(Location.id, Location.code))
        }

    def name(self, user_id: str | None) -> str:
        return self.users[user_id].full_name if user_id in self.users else ""

    def when(self, value: datetime | None) -> str:
        return value.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if value else ""

    def document(self, doc: Document) -> ArchivedDocument:
        session, when = self.session, self.when
        lines: list[ArchivedLine] = []
        line_of: dict[str | None, tuple[int | None, str]] = {}
        for line, product, lot in session.execute(
            select(DocumentLine, Product, StockLot.reference)
            .join(Product, Product.id == DocumentLine.product_id)
            .outerjoin(StockLot, StockLot.id == DocumentLine.lot_id)
            .where(DocumentLine.document_id == doc.id)
            .order_by(DocumentLine.line_no)
        ):
            spec = " ".join(x for x in (product.style_no, product.colour, product.size) if x)
            line_of[line.id] = (line.line_no, product.sku_code)
            lines.append(ArchivedLine(
                line.line_no, product.sku_code, product.name, spec, line.expected_qty,
                line.actual_qty, effective_quantity(session, line), lot or "",
                self.bins.get(line.from_location_id, ""), self.bins.get(line.to_location_id, ""),
                line.decision, line.note,
            ))  # fmt: skip
        signatures = [
            ArchivedSignature(
                s.capacity, self.name(s.user_id),
                self.users[s.user_id].username if s.user_id in self.users else "",
                s.method, when(s.signed_at),
            )
            for s in session.scalars(
                select(DocumentSignature)
                .where(DocumentSignature.document_id == doc.id)
                .order_by(DocumentSignature.signed_at)
            )
        ]  # fmt: skip
        corrections = [
            ArchivedCorrection(
                c.seq, *line_of.get(c.line_id, (None, "")), c.field, c.before, c.after,
                c.corrector_name, when(c.corrected_at), c.reason,
            )
            for c in session.scalars(
                select(DocumentCorrection)
                .where(DocumentCorrection.document_id == doc.id)
                .order_by(DocumentCorrection.seq)
            )
        ]  # fmt: skip
        return ArchivedDocument(
            doc.number, doc.kind, doc.state, doc.day, self.warehouses.get(doc.warehouse_id, ""),
            self.warehouses.get(doc.to_warehouse_id, ""), doc.reference, doc.partner, doc.note,
            self.name(doc.created_by), when(doc.created_at), self.name(doc.posted_by),
            when(doc.posted_at), lines, signatures, corrections,
        )  # fmt: skip


def reader_for(session: Session, zone: ZoneInfo) -> _Reader:
    """Turns documents into archived rows (the books screen shows one the same way)."""
    return _Reader(session, zone)


def gather(session: Session, first: date, after: date, zone: ZoneInfo) -> MonthArchive:
    """The month's documents as plain rows, read in one transaction."""
    reader = _Reader(session, zone)
    in_month = (Document.day >= first, Document.day < after)
    documents = [
        reader.document(doc)
        for doc in session.scalars(
            select(Document)
            .where(*in_month, Document.state.in_(ARCHIVED_STATES))
            .order_by(Document.day, Document.number)
        )
    ]
    drafts = session.scalars(
        select(Document.number)
        .where(*in_month, Document.state.not_in(ARCHIVED_STATES))
        .order_by(Document.number)
    ).all()
    closes = [
        ArchivedClose(
            reader.warehouses.get(c.warehouse_id, ""), c.day, reader.name(c.closed_by),
            reader.when(c.closed_at), len(c.differences),
        )
        for c in session.scalars(
            select(DayClose)
            .where(DayClose.day >= first, DayClose.day < after)
            .order_by(DayClose.day, DayClose.warehouse_id)
        )
    ]  # fmt: skip
    return MonthArchive(f"{first:%Y-%m}", documents, closes, list(drafts))


# Headers in the team's language and in English, so either reader finds the
# column; in the order of the archived rows' fields (see :func:`_flat`).
DOCUMENT_HEADERS = (
    "单号 number", "类型 kind", "状态 state", "日期 day", "仓库 warehouse", "调入仓 to warehouse",
    "来源单号 reference", "往来单位 partner", "备注 note", "制单人 created by",
    "制单时间 created at", "过账人 posted by", "过账时间 posted at", "单据名称 kind name",
)  # fmt: skip
LINE_HEADERS = (
    "单号 number", "行号 line", "SKU", "品名 name", "款号颜色尺码 spec", "应收 expected",
    "过账数量 posted qty", "更正后数量 corrected qty", "批次 lot", "从 from", "到 to",
    "处理 decision", "备注 note",
)  # fmt: skip
SIGNATURE_HEADERS = (
    "单号 number", "签字身份 capacity", "签字人 name", "用户名 username", "方式 method",
    "签字时间 signed at",
)  # fmt: skip
CORRECTION_HEADERS = (
    "单号 number", "序号 seq", "行号 line", "SKU", "字段 field", "更正前 before",
    "更正后 after", "更正人 corrector", "更正时间 corrected at", "原因 reason",
)  # fmt: skip
CLOSE_HEADERS = (
    "仓库 warehouse", "日期 day", "结账人 closed by", "结账时间 closed at", "差异数 differences",
)  # fmt: skip


def _flat(row: object) -> list[object]:
    """A row's plain fields in order (lists left out; dates as ISO, None as empty)."""
    values = (getattr(row, f.name) for f in fields(row))  # type: ignore[arg-type]
    return [
        v.isoformat() if isinstance(v, date) else "" if v is None else v
        for v in values
        if not isinstance(v, list)
    ]


def _write(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # BOM: Excel reads UTF-8
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_csvs(archive: MonthArchive, folder: Path) -> list[Path]:
    """One file per table; lines, signatures and corrections carry their document's number."""
    docs = archive.documents
    return [
        _write(
            folder / "documents.csv",
            DOCUMENT_HEADERS,
            ([*_flat(d), KIND_NAMES.get(d.kind, d.kind)] for d in docs),
        ),
        _write(
            folder / "document_lines.csv",
            LINE_HEADERS,
            ([d.number, *_flat(x)] for d in docs for x in d.lines),
        ),
        _write(
            folder / "document_signatures.csv",
            SIGNATURE_HEADERS,
            ([d.number, *_flat(x)] for d in docs for x in d.signatures),
        ),
        _write(
            folder / "document_corrections.csv",
            CORRECTION_HEADERS,
            ([d.number, *_flat(x)] for d in docs for x in d.corrections),
        ),
        _write(folder / "day_closes.csv", CLOSE_HEADERS, (_flat(c) for c in archive.closes)),
    ]
