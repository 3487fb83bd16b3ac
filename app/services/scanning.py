"""The scanner's code book, read from the database in one short read.

Courier waybill patterns, product barcodes, badges and bin codes come from
the database (editable in settings); bin, badge, order-number patterns and
command codes are the station's defaults unless the caller passes others.
The book is a snapshot: build a new one after the catalogue, couriers or
users change.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Courier, Location, ProductBarcode, User
from app.devices.barcodes import (
    DEFAULT_BADGE_PATTERNS,
    DEFAULT_BIN_PATTERNS,
    DEFAULT_COMMANDS,
    DEFAULT_ORDER_PATTERNS,
    CodeBook,
    Command,
    pattern_error,
)

log = logging.getLogger(__name__)


def load_code_book(
    db: Database,
    *,
    bin_patterns: Sequence[str] = DEFAULT_BIN_PATTERNS,
    badge_patterns: Sequence[str] = DEFAULT_BADGE_PATTERNS,
    order_patterns: Sequence[str] = DEFAULT_ORDER_PATTERNS,
    commands: Mapping[str, Command] = DEFAULT_COMMANDS,
) -> CodeBook:
    """A :class:`CodeBook` from the database.

    Inactive products, users and bins stay in: their codes are still what
    they are, and the screen says "inactive" better than "unknown code". A
    courier pattern that is no valid regular expression is left out and
    logged, so one typo in settings cannot stop every scan.
    """
    with db.read() as session:
        couriers = session.execute(select(Courier.code, Courier.waybill_patterns)).all()
        barcodes = frozenset(session.scalars(select(ProductBarcode.barcode)))
        badges = frozenset(
            session.scalars(select(User.badge_code).where(User.badge_code.is_not(None)))
        )
        bins = frozenset(session.scalars(select(Location.code)))
    waybills: dict[str, list[str]] = {}
    for code, patterns in couriers:
        usable = waybills.setdefault(code, [])
        for pattern in [patterns] if isinstance(patterns, str) else patterns or ():
            error = pattern_error(pattern) if isinstance(pattern, str) else "not text"
            if error is None:
                usable.append(pattern)
            else:
                log.warning("courier %s: waybill pattern %r ignored: %s", code, pattern, error)
    return CodeBook(
        waybill_patterns=waybills,
        products=barcodes,
        bin_patterns=tuple(bin_patterns),
        badge_patterns=tuple(badge_patterns),
        order_patterns=tuple(order_patterns),
        commands=dict(commands),
        badges={b for b in badges if b},
        bins=bins,
    )
