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
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Paths
from app.db.engine import Database
from app.db.models import Courier, Order, OrderLine, Product, ProductBarcode
from app.errors import DomainError
from app.imports import mapping as m
from app.imports.readers import Row, read_table
from app.imports.rows import CourierRef, ParsedOrder, RowError, parse_orders, sku_values
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event

Progress = Callable[[int, int], None]
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


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _parse(
    session: Session, columns: dict[str, str], rows: Sequence[Row]
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
    return parse_orders(columns, rows, products, couriers)


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


def _same(order: Order, parsed: ParsedOrder) -> bool:
    lines = sorted((ln.product_id, ln.quantity, ln.unit_price_fen) for ln in order.lines)
    return lines == sorted(parsed.lines) and all(
        getattr(order, k) == v for k, v in parsed.values.items()
    )


def _lines(parsed: ParsedOrder) -> list[OrderLine]:
    return [OrderLine(product_id=p, quantity=q, unit_price_fen=f) for p, q, f in parsed.lines]


def import_orders(
    db: Database,
    actor: Actor | None,
    path: Path,
    profile: str | m.Profile = "default",
    progress: Progress | None = None,
    config_dir: Path | None = None,
) -> ImportResult:
    """Import an export file in one transaction; ``actor`` None is the console.

    Raises ImportRejected (nothing written) if any row is bad. ``progress(done,
    total)`` is called while checking and writing (total: twice the row count).
    """
    if isinstance(profile, str):
        profile = m.load_profile(config_dir or Paths.default().config_dir, profile)
    table = read_table(path)
    columns, missing = profile.resolve(table.headers)
    if missing:
        errors = [RowError(1, header, "missing_column", "") for header in missing]
        raise ImportRejected(f"{len(errors)} column(s) missing", errors=errors)
    total, done = 2 * len(table.rows), 0
    step = max(1, total // 100)
    with db.write() as session:
        if actor is not None:
            authorize(session, actor, Action.AUDIT_ORDERS)
        orders, errors = _parse(session, columns, table.rows)
        if progress:
            done = len(table.rows)
            progress(done, total)
        if not errors:
            errors = _waybill_clashes(session, orders, columns)
        if errors:
            errors.sort(key=lambda e: e.row)
            raise ImportRejected(f"{len(errors)} bad row(s); nothing imported", errors=errors)
        existing = _existing(session, orders)
        counts: dict[str, Any] = {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0}
        flagged: list[FlaggedOrder] = []
        for parsed in orders:
            outcome = _apply(session, actor, existing.get((parsed.shop, parsed.order_no)), parsed)
            if isinstance(outcome, FlaggedOrder):
                flagged.append(outcome)
            else:
                counts[outcome] += 1
            done += parsed.rows
            if progress and (done % step < parsed.rows or done == total):
                progress(done, total)
        if progress and done < total:
            progress(total, total)
        audit(
            session,
            actor,
            "orders_imported",
            "import",
            path.name,
            username="cli",
            profile=profile.name,
            flagged=len(flagged),
            **counts,
        )
    return ImportResult(**counts, flagged=tuple(flagged))


def _apply(
    session: Session, actor: Actor | None, order: Order | None, parsed: ParsedOrder
) -> str | FlaggedOrder:
    """Create, update or flag one order; returns the count it goes to, or the flag."""
    status = "paid" if parsed.values["paid_at"] is not None else "new"
    if order is None:
        if parsed.cancelled:
            return "skipped"
        order = Order(
            shop=parsed.shop,
            platform_order_no=parsed.order_no,
            status=status,
            lines=_lines(parsed),
            **parsed.values,
        )
        session.add(order)
        session.flush()
        record_event(session, actor, "order.imported", {"order_id": order.id})
        return "created"
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
            order.lines = _lines(parsed)
            order.status = status  # changed content is audited again
        record_event(session, actor, "order.reimported", {"order_id": order.id})
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
