"""QC measures a new product the same or the next day (R-NEW-3): free
name/value measurements recorded with who and when; late ones listed, the
day judged in the warehouse's time zone; bad input changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.backoffice_settings import NewProductsSection
from app.db.engine import Database
from app.db.models import NewProduct, Product
from app.demo import load_demo
from app.errors import InvalidInput, NotFound, PermissionDenied
from app.services.auth import login_with_pin
from app.services.context import Actor
from app.services.qc_measure import (
    late_measurements,
    measurements_due,
    parse_measurements,
    record_measurements,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
RECEIVED = datetime(2026, 11, 28, 14, 0, tzinfo=SHANGHAI)
NEXT_DAY_END = datetime(2026, 11, 30, 0, 0, tzinfo=SHANGHAI)  # the next day is over
SETTINGS = NewProductsSection()  # measure_days = 1: the same or the next day
NEW, OTHER, OLD = "LJ01-050-GN", "LJ01-100-GN", "LJ01-250-GN"


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db, orders=0, now=RECEIVED)
    with db.write() as session:
        for sku, putaway in ((NEW, None), (OTHER, datetime(2026, 11, 29, 9, 0, tzinfo=SHANGHAI))):
            product_id = session.scalars(select(Product.id).where(Product.sku_code == sku)).one()
            session.add(
                NewProduct(product_id=product_id, received_at=RECEIVED, putaway_done_at=putaway)
            )
    return db


@pytest.fixture
def inspector(demo: Database) -> Actor:
    return login_with_pin(demo, "zhijian", "1234")


def stored(db: Database, sku: str) -> tuple[datetime | None, dict[str, str]]:
    with db.read() as session:
        row = session.scalars(select(NewProduct).join(Product).where(Product.sku_code == sku)).one()
        return row.measured_at, dict(row.measurements)


def test_measured_the_next_day_is_in_time(demo: Database, inspector: Actor) -> None:
    at = datetime(2026, 11, 29, 23, 59, tzinfo=SHANGHAI)
    row = record_measurements(
        demo, inspector, NEW, {"罐高": "12 cm", "直径": "8 cm"}, at, SETTINGS, SHANGHAI
    )
    assert (row.late, row.due_at, row.measured_by) == (False, NEXT_DAY_END, "吴质检")
    assert row.measurements == {"罐高": "12 cm", "直径": "8 cm"}
    assert stored(demo, NEW) == (at, {"罐高": "12 cm", "直径": "8 cm"})
    # measuring again replaces the values and keeps the first time
    again = record_measurements(
        demo, inspector, NEW, {"罐高": "12.5 cm"}, NEXT_DAY_END, SETTINGS, SHANGHAI
    )
    assert (again.measured_at, again.late) == (at, False)
    assert stored(demo, NEW) == (at, {"罐高": "12.5 cm"})


def test_unmeasured_after_the_next_day_is_late(demo: Database, inspector: Actor) -> None:
    just_before = datetime(2026, 11, 29, 23, 59, 59, tzinfo=SHANGHAI)
    due = measurements_due(demo, inspector, just_before, SETTINGS, SHANGHAI)
    assert [(r.sku_code, r.late) for r in due] == [(NEW, False), (OTHER, False)]
    assert late_measurements(demo, inspector, just_before, SETTINGS, SHANGHAI) == []
    late = late_measurements(demo, inspector, NEXT_DAY_END, SETTINGS, SHANGHAI)
    # OTHER was put away on the 29th: QC was told then, so it is due by the 30th
    assert [r.sku_code for r in late] == [NEW]
    assert late[0].notified_at == RECEIVED and late[0].due_at == NEXT_DAY_END
    other = next(r for r in due if r.sku_code == OTHER)
    assert other.due_at == datetime(2026, 12, 1, 0, 0, tzinfo=SHANGHAI)
    record_measurements(demo, inspector, NEW, {"罐高": "12 cm"}, NEXT_DAY_END, SETTINGS, SHANGHAI)
    assert late_measurements(demo, inspector, NEXT_DAY_END, SETTINGS, SHANGHAI) == []


def test_same_day_only_when_the_supervisor_sets_zero_days(demo: Database, inspector: Actor) -> None:
    same_day = NewProductsSection(measure_days=0)
    midnight = datetime(2026, 11, 29, 0, 0, tzinfo=SHANGHAI)
    late = late_measurements(demo, inspector, midnight, same_day, SHANGHAI)
    assert [r.sku_code for r in late] == [NEW]
    # a day is the warehouse's day: 16:30 UTC on the 28th is 00:30 on the 29th in Shanghai
    row = record_measurements(
        demo, inspector, NEW, {"罐高": "12 cm"}, datetime(2026, 11, 28, 16, 30, tzinfo=UTC),
        same_day, SHANGHAI,
    )  # fmt: skip
    assert row.late


def test_measurements_are_typed_one_a_line() -> None:
    assert parse_measurements("衣长: 68 cm\n\n胸围：104cm\n袖长=60") == {
        "衣长": "68 cm",
        "胸围": "104cm",
        "袖长": "60",
    }
    with pytest.raises(InvalidInput) as no_colon:
        parse_measurements("衣长 68")
    assert no_colon.value.params == {"field": "measurements", "line": 1, "reason": "format"}
    with pytest.raises(InvalidInput) as empty:
        parse_measurements(" \n ")
    assert empty.value.params["reason"] == "empty"
    with pytest.raises(InvalidInput) as blank:
        parse_measurements("衣长:")
    assert blank.value.params["reason"] == "blank"


def test_bad_input_changes_nothing(demo: Database, inspector: Actor) -> None:
    with pytest.raises(NotFound) as not_new:
        record_measurements(demo, inspector, OLD, {"罐高": "12"}, RECEIVED, SETTINGS, SHANGHAI)
    assert not_new.value.params["kind"] == "new_product"
    with pytest.raises(NotFound):
        record_measurements(demo, inspector, "NOPE", {"罐高": "12"}, RECEIVED, SETTINGS, SHANGHAI)
    with pytest.raises(InvalidInput):
        record_measurements(demo, inspector, NEW, {"": "12"}, RECEIVED, SETTINGS, SHANGHAI)
    packer = login_with_pin(demo, "dabao", "1234")
    with pytest.raises(PermissionDenied):
        record_measurements(demo, packer, NEW, {"罐高": "12"}, RECEIVED, SETTINGS, SHANGHAI)
    assert stored(demo, NEW) == (None, {})
