"""The supplier's delivery note (送货单) entered as our inbound order (入库单,
R-REC-3), typed on the receiving screen or imported from the supplier's CSV
or XLSX file (UTF-8 or GBK, read by :mod:`app.imports.readers`).

The order's day is today in the station's time zone: the handbook wants it
entered the same day. A bad line is reported with its row and column and
nothing is created; the same note of the same supplier entered twice is
refused (its goods would be received twice).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.backoffice_settings import ReceivingSection
from app.db.engine import Database
from app.db.models import Document, Location, Warehouse
from app.errors import DomainError, InvalidInput, NotFound
from app.imports.readers import Table, read_table
from app.permissions import Action
from app.services.allocation import picking_warehouse
from app.services.context import Actor, authorize
from app.services.documents import add_line, new_document
from app.services.journal import record_event
from app.services.picking import find_product
from app.services.receiving_view import (
    RECEIVING_KIND,
    RECEIVING_ZONE,
    Inbound,
    ReceivingRefused,
    inbound_view,
)

MAX_NOTE_CHARS = 500
MAX_PROBLEMS = 50  # a file of nonsense is reported, not listed to the last row

# Column headers a supplier's file may use (compared without case and spaces).
SUPPLIER_HEADERS = ("供应商", "供货商", "厂家", "supplier")
REFERENCE_HEADERS = ("送货单号", "单号", "reference", "note_no", "delivery_note")
SKU_HEADERS = ("sku", "商品编码", "货号", "条码", "商品条码", "barcode")
QUANTITY_HEADERS = ("数量", "送货数量", "quantity", "qty")
NOTE_HEADERS = ("备注", "note")


class DeliveryNoteInvalid(DomainError):
    """The delivery note cannot become an inbound order; nothing was created.
    ``params['problems']``: [{row, column, reason, value}]; row 0 is the note
    itself (supplier, note number), typed lines count from 1 and a file's
    rows as a spreadsheet shows them (the header is row 1). Reasons:
    ``missing_column``, ``empty``, ``not_a_number``, ``too_small``,
    ``too_large``, ``unknown_sku``, ``differs`` (two suppliers or note
    numbers in one file), ``no_lines``, ``truncated``, ``overlong``."""

    code = "delivery_note_invalid"


@dataclass(frozen=True)
class NoteLine:
    """A line of the supplier's delivery note: SKU code or barcode, quantity."""

    code: str
    quantity: int
    row: int = 0  # where it came from (typed: its position; a file: its row)
    note: str = ""


@dataclass(frozen=True)
class DeliveryNote:
    """A supplier's file as read: its lines and what is wrong with it."""

    supplier: str
    reference: str
    lines: tuple[NoteLine, ...]
    problems: tuple[dict[str, object], ...] = field(default=())


def station_day(now: datetime, timezone: str) -> date:
    """The business day at the station (``[audit].timezone``, as order audit counts it)."""
    return now.astimezone(ZoneInfo(timezone)).date()


def receiving_area(session: Session, warehouse_id: str, settings: ReceivingSection) -> Location:
    """``<WH>-<receiving_bin>``, made on first use as picking makes its staging
    area. Its kind is ``receiving``: no pick or reserve bin, so received goods
    are never picked before they are put away (R-REC-4)."""
    code = session.scalar(select(Warehouse.code).where(Warehouse.id == warehouse_id))
    full = f"{code}-{settings.receiving_bin}"
    area = session.scalar(
        select(Location).where(Location.warehouse_id == warehouse_id, Location.code == full)
    )
    if area is None:
        area = Location(
            warehouse_id=warehouse_id, code=full, kind=RECEIVING_KIND, zone=RECEIVING_ZONE
        )
        session.add(area)
        session.flush()
    elif area.kind != RECEIVING_KIND:
        raise InvalidInput(
            f"{full} is a {area.kind} location, not a receiving area",
            field="receiving_bin",
            value=full,
        )
    return area


def problem(row: int, column: str, reason: str, value: object = "") -> dict[str, object]:
    return {"row": row, "column": column, "reason": reason, "value": str(value)}


def create_inbound(
    db: Database,
    actor: Actor,
    supplier: str,
    reference: str,
    lines: Sequence[NoteLine],
    now: datetime,
    settings: ReceivingSection,
    timezone: str,
) -> Inbound:
    """The note entered as today's inbound order; lines of one SKU add up."""
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        return _create(session, actor, DeliveryNote(supplier, reference, tuple(lines)), now,
                       settings, timezone)  # fmt: skip


def import_inbound(
    db: Database,
    actor: Actor,
    path: Path,
    now: datetime,
    settings: ReceivingSection,
    timezone: str,
    supplier: str = "",
    reference: str = "",
) -> Inbound:
    """The supplier's file as today's inbound order. ``supplier`` and
    ``reference`` (typed on the screen) are used when the file has no such
    column, and must agree with it when it has."""
    note = read_delivery_note(path, supplier, reference)
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        return _create(session, actor, note, now, settings, timezone)


def _create(
    session: Session,
    actor: Actor,
    note: DeliveryNote,
    now: datetime,
    settings: ReceivingSection,
    timezone: str,
) -> Inbound:
    supplier, reference = note.supplier.strip(), note.reference.strip()
    problems = list(note.problems)
    if not supplier:
        problems.append(problem(0, "supplier", "empty"))
    if not reference:
        problems.append(problem(0, "reference", "empty"))
    if not note.lines and not problems:
        problems.append(problem(0, "lines", "no_lines"))
    wanted: dict[str, int] = {}
    notes: dict[str, str] = {}
    for index, line in enumerate(note.lines, start=1):
        row = line.row or index
        try:
            product = find_product(session, line.code)
        except NotFound:
            reason = "unknown_sku" if line.code.strip() else "empty"
            problems.append(problem(row, "sku", reason, line.code))
            continue
        total = wanted.get(product.id, 0) + line.quantity
        if line.quantity < 1:
            problems.append(problem(row, "quantity", "too_small", line.quantity))
        elif total > settings.max_line_qty:
            problems.append(problem(row, "quantity", "too_large", line.quantity))
        else:
            wanted[product.id] = total
            if line.note.strip():
                notes[product.id] = line.note.strip()[:MAX_NOTE_CHARS]
    if problems:
        problems.sort(key=lambda p: int(str(p["row"])))
        raise DeliveryNoteInvalid(
            f"the delivery note has {len(problems)} problem(s)", problems=problems[:MAX_PROBLEMS]
        )
    twice = session.scalar(
        select(Document.number).where(
            Document.kind == "inbound",
            Document.partner == supplier,
            Document.reference == reference,
            Document.state != "cancelled",
        )
    )
    if twice:
        raise ReceivingRefused(
            f"{supplier} note {reference} is already {twice}",
            reason="note_entered",
            number=twice,
            reference=reference,
        )
    warehouse_id = picking_warehouse(session, actor)
    if warehouse_id is None:
        raise NotFound("no warehouse", kind="warehouse", ref="")
    area = receiving_area(session, warehouse_id, settings)
    document = new_document(
        session,
        actor,
        "inbound",
        station_day(now, timezone),
        warehouse_id=warehouse_id,
        reference=reference,
        partner=supplier,
    )
    document.detail = {"counted": {}}
    document.created_at = now
    for product_id, quantity in wanted.items():
        add_line(
            session,
            document,
            product_id,
            expected_qty=quantity,
            to_location_id=area.id,
            note=notes.get(product_id),
        )
    record_event(
        session,
        actor,
        "inbound.created",
        {"number": document.number, "supplier": supplier, "reference": reference},
    )
    return inbound_view(session, document)


def _column(table: Table, names: Sequence[str]) -> str | None:
    wanted = {n.lower() for n in names}
    return next((h for h in table.headers if h.strip().lower().replace(" ", "") in wanted), None)


def _one_value(
    table: Table, column: str | None, given: str, problems: list[dict[str, object]]
) -> str:
    """The file's supplier (or note number): the same on every row, and the
    same as the one typed on the screen, if any."""
    value = given.strip()
    if column is None:
        return value
    for row in table.rows:
        cell = row.values.get(column, "").strip()
        if not cell:
            continue
        if not value:
            value = cell
        elif cell != value:
            problems.append(problem(row.number, column, "differs", cell))
    return value


def read_delivery_note(path: Path, supplier: str = "", reference: str = "") -> DeliveryNote:
    """Read the file without the database: its lines, and every problem found
    (the SKUs are checked when the order is made)."""
    table = read_table(path)
    problems: list[dict[str, object]] = []
    sku_column = _column(table, SKU_HEADERS)
    qty_column = _column(table, QUANTITY_HEADERS)
    if sku_column is None:
        problems.append(problem(1, "SKU", "missing_column"))
    if qty_column is None:
        problems.append(problem(1, "数量", "missing_column"))
    if sku_column is None or qty_column is None:
        raise DeliveryNoteInvalid(f"{path.name}: columns missing", problems=problems)
    note_column = _column(table, NOTE_HEADERS)
    supplier = _one_value(table, _column(table, SUPPLIER_HEADERS), supplier, problems)
    reference = _one_value(table, _column(table, REFERENCE_HEADERS), reference, problems)
    problems += [problem(n, "", "overlong") for n in table.overlong]
    if table.truncated_row:
        problems.append(problem(table.truncated_row, "", "truncated"))
    lines: list[NoteLine] = []
    for row in table.rows:
        code = row.values.get(sku_column, "").strip()
        text = row.values.get(qty_column, "").strip()
        if not code:
            problems.append(problem(row.number, sku_column, "empty"))
            continue
        try:
            quantity = int(text)
        except ValueError:
            reason = "empty" if not text else "not_a_number"
            problems.append(problem(row.number, qty_column, reason, text))
            continue
        if quantity < 1:
            problems.append(problem(row.number, qty_column, "too_small", text))
            continue
        note = row.values.get(note_column, "") if note_column else ""
        lines.append(NoteLine(code, quantity, row.number, note))
    if not table.rows:
        problems.append(problem(2, "", "no_lines"))
    return DeliveryNote(supplier, reference, tuple(lines), tuple(problems))
