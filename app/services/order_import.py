"""Importing the shop ERP's order export: all-or-nothing, re-import updates.

Every bad row is reported (row number as the user sees it, column header,
reason code); if there is any, nothing is written. An order already in the
database (same shop + platform order number) is updated while it has not been
batched (new, paid, audited); from batching on it is never changed here, and
an upstream cancellation or change of such an order is flagged loudly in the
result and in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table as DbTable
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.config import Paths
from app.db.base import Base, new_id, utcnow
from app.db.engine import Database
from app.db.models import Courier, Order, OrderLine, OutboxEvent, Product, ProductBarcode
from app.errors import DomainError
from app.imports import mapping as m
from app.imports.readers import Row, Table, read_table
from app.imports.rows import CourierRef, ParsedOrder, RowError, parse_orders, sku_values
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit

Progress = Callable[[str, int, int], None]  # phase, done, total
UPDATABLE = frozenset({"new", "paid", "audited"})
CHUNK = 500  # keys per IN (...) query


@dataclass(frozen=True)
class FlaggedOrder:
    shop: str
    order_no: str
    status: str  # the order's state in the database
    reason: str  # cancelled_after_batching, cancelled_while_held, changed_after_batching


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # cancelled upstream before we ever had them
    flagged: tuple[FlaggedOrder, ...] = ()
    errors: tuple[RowError, ...] = ()


class ImportRejected(DomainError):
    """Some rows are bad; nothing was imported. ``params['errors']``: the RowErrors."""

    code = "import_rejected"


def _table(model: type[Base]) -> DbTable:
    """A mapped class's table, for Core bulk inserts (no per-object ORM work)."""
    table = model.__table__
    assert isinstance(table, DbTable)
    return table


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _parse(
    session: Session,
    columns: dict[str, str],
    rows: Sequence[Row],
    progress: Callable[[int], None],
    every: int,
) -> tuple[list[ParsedOrder], list[RowError]]:
    """Look up the file's SKUs (code or barcode) and the couriers, then check the rows."""
    products: dict[str, tuple[str, int]] = {}
    for chunk in _chunks(sorted(sku_values(columns, rows))):
        query = select(Product.sku_code, Product.id, Product.price_fen)
        for code, pid, fen in session.execute(query.where(Product.sku_code.in_(chunk))):
            products[code] = (pid, fen)
        query = select(ProductBarcode.barcode, Product.id, Product.price_fen).join(Product)
        for code, pid, fen in session.execute(query.where(ProductBarcode.barcode.in_(chunk))):
            products.setdefault(code, (pid, fen))
    couriers = [
        CourierRef(c.id, c.code, c.name)
        for c in session.execute(select(Courier.id, Courier.code, Courier.name))
    ]
    return parse_orders(columns, rows, products, couriers, progress, every)


def _file_errors(table: Table) -> list[RowError]:
    """Rows the reader found broken: cut off, or with more cells than headers."""
    last = table.headers[-1]
    errors = [RowError(n, last, "extra_cells", "") for n in table.overlong]
    if table.truncated_row:
        errors.append(RowError(table.truncated_row, last, "truncated_file", ""))
    return errors


def _existing(session: Session, orders: Sequence[ParsedOrder]) -> dict[tuple[str, str], Order]:
    found: dict[tuple[str, str], Order] = {}
    for chunk in _chunks(sorted({o.order_no for o in orders})):
        for order in session.scalars(select(Order).where(Order.platform_order_no.in_(chunk))):
            found[(order.shop, order.platform_order_no)] = order
    return found


def _waybill_clashes(
    session: Session, orders: Sequence[ParsedOrder], columns: dict[str, str]
) -> list[RowError]:
    wanted: dict[str, ParsedOrder] = {
        o.values["waybill_no"]: o for o in orders if o.values["waybill_no"]
    }
    errors: list[RowError] = []
    for chunk in _chunks(sorted(wanted)):
        query = select(Order.waybill_no, Order.shop, Order.platform_order_no)
        for waybill, shop, order_no in session.execute(query.where(Order.waybill_no.in_(chunk))):
            order = wanted[str(waybill)]
            if (shop, order_no) != (order.shop, order.order_no):
                column = columns["waybill_no"]
                errors.append(RowError(order.row, column, "duplicate_waybill", str(waybill)))
    return errors


def _same_lines(order: Order, parsed: ParsedOrder) -> bool:
    lines = sorted((ln.product_id, ln.quantity, ln.unit_price_fen) for ln in order.lines)
    return lines == sorted(parsed.lines)


def _same(order: Order, parsed: ParsedOrder) -> bool:
    return _same_lines(order, parsed) and all(
        getattr(order, k) == v for k, v in parsed.values.items()
    )


def _line_rows(order_id: str, parsed: ParsedOrder, now: datetime) -> list[dict[str, Any]]:
    return [
        {
            "id": new_id(),
            "version": 1,
            "updated_at": now,
            "order_id": order_id,
            "product_id": p,
            "quantity": q,
            "unit_price_fen": f,
        }
        for p, q, f in parsed.lines
    ]


def _lines(parsed: ParsedOrder) -> list[OrderLine]:
    return [OrderLine(product_id=p, quantity=q, unit_price_fen=f) for p, q, f in parsed.lines]


class _Report:
    """Hands ``progress(phase, done, total)`` at most about a hundred calls a phase."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(phase, min(done, total), total)

    def every(self, total: int) -> int:
        return max(1, min(1000, total // 100))


def import_orders(
    db: Database,
    actor: Actor | None,
    path: Path,
    profile: str | m.Profile = "default",
    progress: Progress | None = None,
    config_dir: Path | None = None,
) -> ImportResult:
    """Import an export file in one transaction; ``actor`` None is the console.

    Raises ImportRejected (nothing written) if any row is bad.
    ``progress(phase, done, total)`` reports the phases ``read`` (0/1, then
    1/1), ``check`` (rows) and ``write`` (orders), about every 1% of each;
    every phase ends with ``done == total``.
    """
    report = _Report(progress)
    if isinstance(profile, str):
        profile = m.load_profile(config_dir or Paths.default().config_dir, profile)
    report("read", 0, 1)
    table = read_table(path)
    report("read", 1, 1)
    columns, missing = profile.resolve(table.headers)
    errors = [RowError(1, header, "missing_column", "") for header in missing]
    errors += [
        RowError(1, header, "duplicate_column", "")
        for header in sorted(set(columns.values()))
        if table.headers.count(header) > 1
    ]
    if errors:
        raise ImportRejected(f"{len(errors)} column problem(s)", errors=errors)
    file_errors = _file_errors(table)
    rows = len(table.rows)
    with db.write() as session:
        if actor is not None:
            authorize(session, actor, Action.AUDIT_ORDERS)
        report("check", 0, rows)
        orders, errors = _parse(
            session,
            columns,
            table.rows,
            lambda done: report("check", done, rows),
            report.every(rows),
        )
        errors += file_errors
        if not errors:
            errors = _waybill_clashes(session, orders, columns)
        report("check", rows, rows)
        if errors:
            errors.sort(key=lambda e: e.row)
            raise ImportRejected(f"{len(errors)} bad row(s); nothing imported", errors=errors)
        result = _write(session, actor, orders, report)
        audit(
            session,
            actor,
            "orders_imported",
            "import",
            path.name,
            username="cli",
            profile=profile.name,
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged,
            skipped=result.skipped,
            flagged=len(result.flagged),
        )
    return result


def _write(
    session: Session, actor: Actor | None, orders: Sequence[ParsedOrder], report: _Report
) -> ImportResult:
    """Create, update or flag every order: new orders, their lines and every
    event go in as bulk inserts (one statement per table); changed orders
    through the ORM (optimistic lock), flushed once."""
    existing = _existing(session, orders)
    now = utcnow()
    counts = {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    flagged: list[FlaggedOrder] = []
    new_orders: list[dict[str, Any]] = []
    new_lines: list[dict[str, Any]] = []
    events: list[tuple[str, str]] = []  # (type, order id)
    total, step = len(orders), report.every(len(orders))
    report("write", 0, total)
    for done, parsed in enumerate(orders, start=1):
        order = existing.get((parsed.shop, parsed.order_no))
        if order is None:
            outcome: str | FlaggedOrder = "skipped" if parsed.cancelled else "created"
            if outcome == "created":
                row = _order_row(parsed, now)
                new_orders.append(row)
                new_lines.extend(_line_rows(row["id"], parsed, now))
                events.append(("order.imported", row["id"]))
        else:
            outcome = _apply(session, actor, order, parsed)
            if outcome == "updated":
                events.append(("order.reimported", order.id))
        if isinstance(outcome, FlaggedOrder):
            flagged.append(outcome)
        else:
            counts[outcome] += 1
        if done % step == 0:
            report("write", done, total)
    session.flush()  # the updates, before the inserts share their waybill index
    for chunk in _chunks(new_orders):
        session.execute(insert(_table(Order)), list(chunk))
    for chunk in _chunks(new_lines):
        session.execute(insert(_table(OrderLine)), list(chunk))
    _record_events(session, actor, events, now)
    report("write", total, total)
    return ImportResult(
        counts["created"], counts["updated"], counts["unchanged"], counts["skipped"], tuple(flagged)
    )


def _order_row(parsed: ParsedOrder, now: datetime) -> dict[str, Any]:
    """An orders table row, every column given (one executemany shape)."""
    return {
        "id": new_id(),
        "version": 1,
        "updated_at": now,
        "created_at": now,
        "shop": parsed.shop,
        "platform_order_no": parsed.order_no,
        "status": "paid" if parsed.values["paid_at"] is not None else "new",
        "route_code": "",
        "sort_code": "",
        "consolidation_point": "",
        "held_reason": "",
        **parsed.values,
    }


def _record_events(
    session: Session, actor: Actor | None, events: Sequence[tuple[str, str]], now: datetime
) -> None:
    """The outbox rows :func:`record_event` would write, in one bulk insert.

    Writers hold the write lock (BEGIN IMMEDIATE on SQLite), so max+1 cannot race."""
    if not events:
        return
    first = (session.scalar(select(func.max(OutboxEvent.local_seq))) or 0) + 1
    rows = [
        {
            "id": new_id(),
            "local_seq": first + i,
            "type": kind,
            "payload": {"order_id": order_id},
            "user_id": actor.user_id if actor else None,
            "station_id": actor.station_id if actor else None,
            "occurred_at": now,
            "pushed_at": None,
            "server_seq": None,
            "push_error": None,
        }
        for i, (kind, order_id) in enumerate(events)
    ]
    for chunk in _chunks(rows):
        session.execute(insert(_table(OutboxEvent)), list(chunk))


def _apply(
    session: Session, actor: Actor | None, order: Order, parsed: ParsedOrder
) -> str | FlaggedOrder:
    """Update or flag an order we have; returns the count it goes to, or the flag."""
    status = "paid" if parsed.values["paid_at"] is not None else "new"
    if order.status == "cancelled":
        return "unchanged"
    if order.status in UPDATABLE:
        if parsed.cancelled:
            order.status = "cancelled"
        elif _same(order, parsed):
            return "unchanged"
        else:
            for key, value in parsed.values.items():
                setattr(order, key, value)
            if not _same_lines(order, parsed):
                order.lines = _lines(parsed)
            order.status = status  # changed content is audited again
        return "updated"
    if parsed.cancelled:
        reason = "cancelled_while_held" if order.status == "held" else "cancelled_after_batching"
    elif not _same(order, parsed):
        reason = "changed_after_batching"
    else:
        return "unchanged"
    audit(
        session,
        actor,
        reason,
        "order",
        order.id,
        username="cli",
        shop=order.shop,
        platform_order_no=order.platform_order_no,
        status=order.status,
    )
    return FlaggedOrder(order.shop, order.platform_order_no, order.status, reason)


def import_orders_from_console(
    db: Database,
    path: Path,
    profile: str = "default",
    progress: Progress | None = None,
    config_dir: Path | None = None,
) -> ImportResult:
    """The technician's ``import-orders`` at the station's console: whoever
    holds the database file; recorded in the audit log as 'cli'."""
    return import_orders(db, None, path, profile, progress, config_dir)
