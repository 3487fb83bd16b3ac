"""Which tables travel, how they are checked, and rows as JSON both ways."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Integer,
    Numeric,
    Table,
)

import app.db.models  # noqa: F401 - registers every table
from app.db.base import Base, UTCDateTime

# Tables that stay on their station: the print queue (its bytes belong to the
# station's printers) and sync's own bookkeeping.
LOCAL_ONLY = frozenset({"outbox_events", "print_jobs", "sync_changes", "sync_state"})

# Tables whose rows carry a workflow (an order's state, a batch's progress,
# a lot's quantity): a change made from an old version is refused, because
# someone else moved the row on in between. Other tables (people, catalogue,
# append-only records) take the last write.
CHECKED = frozenset(
    {
        "orders",
        "order_lines",
        "ship_batches",
        "pick_lines",
        "stock_lots",
        "documents",  # signed and posted once (R-ACC-2)
        "document_lines",
        "reservations",
        "sample_loans",
    }
)


def replicated_tables() -> list[Table]:
    """Parents before children (foreign keys), as SQLAlchemy sorts them."""
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY]


def table(name: str) -> Table:
    found = Base.metadata.tables.get(name)
    if found is None or name in LOCAL_ONLY:
        raise KeyError(f"table {name!r} is not synced")
    return found


RANK = {t.name: i for i, t in enumerate(replicated_tables())}


def _parse_datetime(value: Any) -> datetime:
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def decode_row(tbl: Table, data: dict[str, Any]) -> dict[str, Any]:
    """A row's JSON image (from SQLite's json_object or PostgreSQL's to_jsonb)
    as Python values for an insert; columns this program does not know (a newer
    server) are left out."""
    row: dict[str, Any] = {}
    for column in tbl.columns:
        if column.name not in data:
            continue
        value = data[column.name]
        if value is None:
            row[column.name] = None
            continue
        kind = column.type
        if isinstance(kind, UTCDateTime | DateTime):
            row[column.name] = _parse_datetime(value)
        elif isinstance(kind, Date):
            row[column.name] = value if isinstance(value, date) else date.fromisoformat(value)
        elif isinstance(kind, Boolean):
            row[column.name] = bool(value)
        elif isinstance(kind, Integer | BigInteger):
            row[column.name] = int(value)
        elif isinstance(kind, Numeric):
            row[column.name] = Decimal(str(value))
        elif isinstance(kind, JSON):
            row[column.name] = value
        else:
            row[column.name] = str(value) if not isinstance(value, str) else value
    return row
