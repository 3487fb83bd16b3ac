"""A new product's measurement by QC (R-NEW-3): the sizes, as free name/value
pairs (衣长: 68 cm), measured the same or the next day (``[new_products]
.measure_days``: 0 the same day, 1 the next).

The handbook starts QC's clock at the putaway-done notice (仓储部完成入库后,
通知…质检员取物测量尺寸, 质检员须于收到通知当日或者次日测好尺寸); while no putaway
is recorded the receipt starts it, which is at most as early (putaway is due
the day of receipt, R-NEW-1). A day is a calendar day in the warehouse's time
zone: due before midnight at the end of the last allowed day.

The ``NewProduct`` row is made when a new product is received (receiving);
a product without one is not new and is refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.backoffice_settings import NewProductsSection
from app.db.engine import Database
from app.db.models import NewProduct, Product, User
from app.errors import InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.picking import find_product

MAX_ENTRIES, MAX_NAME, MAX_VALUE = 40, 40, 100
_SEPARATOR = re.compile(r"[:：=]")


@dataclass(frozen=True)
class MeasureDue:
    product_id: str
    sku_code: str
    name: str
    style_no: str
    colour: str
    size: str
    received_at: datetime
    notified_at: datetime  # when QC's clock started (putaway done, else received)
    due_at: datetime  # measured before this is in time
    measured_at: datetime | None
    measured_by: str  # full name
    measurements: dict[str, str]
    late: bool  # measured at or after due_at, or still unmeasured then


def due_at(notified_at: datetime, settings: NewProductsSection, zone: tzinfo) -> datetime:
    """Midnight after the last allowed day (the notice's day + measure_days)."""
    last = notified_at.astimezone(zone).date() + timedelta(days=settings.measure_days)
    return datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone)


def parse_measurements(text: str) -> dict[str, str]:
    """One measurement a line, ``name: value`` (also ``：`` or ``=``); blank
    lines are skipped. A line without a separator is refused, naming it."""
    found: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = _SEPARATOR.split(line, maxsplit=1)
        if len(parts) != 2:
            raise InvalidInput(
                f"line {number}: name: value", field="measurements", line=number, reason="format"
            )
        found[parts[0].strip()] = parts[1].strip()
    return _checked(found)


def _checked(measurements: Mapping[str, Any]) -> dict[str, str]:
    clean = {str(k).strip(): str(v).strip() for k, v in measurements.items()}
    if not clean:
        raise InvalidInput("no measurement given", field="measurements", reason="empty")
    if len(clean) > MAX_ENTRIES:
        raise InvalidInput("too many measurements", field="measurements", reason="too_many")
    for name, value in clean.items():
        if not name or not value:
            raise InvalidInput(
                "a measurement needs a name and a value",
                field="measurements",
                reason="blank",
                name=name,
            )
        if len(name) > MAX_NAME or len(value) > MAX_VALUE:
            raise InvalidInput("a measurement too long", field="measurements", reason="too_long")
    return clean


def _row(
    session: Session,
    new: NewProduct,
    product: Product,
    now: datetime,
    settings: NewProductsSection,
    zone: tzinfo,
) -> MeasureDue:
    notified = new.putaway_done_at or new.received_at
    due = due_at(notified, settings, zone)
    by = session.get(User, new.measured_by) if new.measured_by else None
    return MeasureDue(
        product.id, product.sku_code, product.name, product.style_no, product.colour,
        product.size, new.received_at, notified, due, new.measured_at,
        by.full_name if by is not None else "", dict(new.measurements or {}),
        (new.measured_at or now) >= due,
    )  # fmt: skip


def _new_product(session: Session, code: str) -> tuple[NewProduct, Product]:
    product = find_product(session, code)
    new = session.scalar(select(NewProduct).where(NewProduct.product_id == product.id))
    if new is None:
        raise NotFound(
            f"{product.sku_code} is not a new product", kind="new_product", ref=product.sku_code
        )
    return new, product


def new_product(
    db: Database,
    actor: Actor,
    code: str,
    now: datetime,
    settings: NewProductsSection,
    zone: tzinfo,
) -> MeasureDue:
    """A scanned new product (barcode or SKU code): what is known and when it is due."""
    with db.read() as session:
        authorize(session, actor, Action.QC_INSPECT)
        new, product = _new_product(session, code)
        return _row(session, new, product, now, settings, zone)


def record_measurements(
    db: Database,
    actor: Actor,
    code: str,
    measurements: Mapping[str, str],
    now: datetime,
    settings: NewProductsSection,
    zone: tzinfo,
) -> MeasureDue:
    """QC measured the new product ``code`` (R-NEW-3). Measuring again replaces
    the values (the event keeps the old ones); the time of the first
    measurement stays, since the deadline is judged on it."""
    clean = _checked(measurements)
    with db.write() as session:
        authorize(session, actor, Action.QC_INSPECT)
        new, product = _new_product(session, code)
        before = dict(new.measurements or {})
        new.measurements = clean
        if new.measured_at is None:
            new.measured_at = now
            new.measured_by = actor.user_id
        session.flush()
        row = _row(session, new, product, now, settings, zone)
        record_event(
            session,
            actor,
            "new_product.measured",
            {"sku": product.sku_code, "measurements": clean, "before": before, "late": row.late},
        )
        return row


def measurements_due(
    db: Database, actor: Actor, now: datetime, settings: NewProductsSection, zone: tzinfo
) -> list[MeasureDue]:
    """New products QC has not measured yet, the most overdue first."""
    with db.read() as session:
        authorize(session, actor, Action.QC_INSPECT)
        rows = session.execute(
            select(NewProduct, Product)
            .join(Product, Product.id == NewProduct.product_id)
            .where(NewProduct.measured_at.is_(None))
        ).all()
        found = [_row(session, new, product, now, settings, zone) for new, product in rows]
        return sorted(found, key=lambda r: (r.due_at, r.sku_code))


def late_measurements(
    db: Database, actor: Actor, now: datetime, settings: NewProductsSection, zone: tzinfo
) -> list[MeasureDue]:
    """R-NEW-3: the new products whose measurement is late (unmeasured past their day)."""
    return [r for r in measurements_due(db, actor, now, settings, zone) if r.late]
