"""Printing a batch (R-BAT-3): waybills and delivery notes in the batch's sort
order through the queue, SF first in the last batch (R-BAT-2), never twice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest
from sqlalchemy import delete, select, update

from app.config import Config
from app.db.models import Courier, Order, PrinterDefault, PrintJob
from app.demo import load_demo
from app.errors import NoDefaultPrinter
from app.services.auth import login_with_pin
from app.services.batch_printing import (
    batch_print_states,
    pick_list_pages,
    print_batch,
    print_pick_list,
)
from app.services.batches import cut_batches as cut_batches_at
from app.services.printers import list_printers, set_default_printer
from app.station import Station, open_station

DAY = date(2026, 11, 28)
# 10:00 in Shanghai on DAY: every order paid before it ships today (R-ORD-4).
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
cut_batches = partial(cut_batches_at, now=NOW)


@pytest.fixture
def station(config: Config) -> Station:
    opened = open_station(config, demo_if_empty=False)  # the folder printer is set up
    load_demo(opened.db, orders=200, now=NOW)
    with opened.db.write() as session:
        first = session.scalars(select(Order.id).order_by(Order.paid_at).limit(40)).all()
        session.execute(update(Order).where(Order.id.in_(first)).values(status="audited"))
    return opened


def test_batch_prints_in_sort_order_with_sf_first_and_never_twice(station: Station) -> None:
    db, config = station.db, station.config
    clerk = login_with_pin(db, "zhidan", "1234", config.station.code)
    batches = cut_batches(db, clerk, DAY, len(config.batches.cutoffs))  # the last: SF first
    batch = max(batches, key=lambda b: b.order_count)
    seen: list[tuple[int, int]] = []
    result = print_batch(
        db, clerk, config, batch.batch_no, progress=lambda d, t: seen.append((d, t))
    )
    total = 2 * batch.order_count
    assert result.queued == total and result.skipped == 0 and not result.failed
    assert seen[-1] == (total, total) and len(seen) == total
    with db.read() as session:
        jobs = session.execute(
            select(PrintJob.document_ref, PrintJob.label_kind).order_by(PrintJob.created_at)
        ).all()
        couriers = dict(
            session.execute(
                select(Order.id, Courier.code).join(Courier, Courier.id == Order.courier_id)
            ).all()
        )
    waybills = [ref for ref, kind in jobs if kind == "ewaybill"]
    assert waybills == list(batch.order_ids)  # the batch's order
    codes = [couriers[i] for i in waybills]
    assert "SF" in codes and codes == sorted(codes, key=lambda c: c != "SF")
    assert [ref for ref, kind in jobs if kind == "delivery_note"] == list(batch.order_ids)
    assert batch_print_states(db, clerk, batch.id) == {"queued": total, "missing": 0}

    again = print_batch(db, clerk, config, batch.batch_no)
    assert again.queued == 0 and again.skipped == total


def test_an_order_that_cannot_print_is_reported_and_the_rest_print(station: Station) -> None:
    db, config = station.db, station.config
    clerk = login_with_pin(db, "zhidan", "1234", config.station.code)
    batch = cut_batches(db, clerk, DAY, 1)[0]
    cancelled = batch.order_ids[1]
    with db.write() as session:  # cancelled upstream after batching (R-ORD-1: no print)
        session.execute(update(Order).where(Order.id == cancelled).values(status="cancelled"))
    result = print_batch(db, clerk, config, batch.id, kinds=("ewaybill",))
    assert result.queued == batch.order_count - 1
    assert [(order_id, error.code) for order_id, error in result.failed] == [
        (cancelled, "order_not_paid")
    ]
    assert batch_print_states(db, clerk, batch.id, kinds=("ewaybill",))["missing"] == 1


def test_pick_list_renders_and_queues_on_the_pick_list_printer(station: Station) -> None:
    db, config = station.db, station.config
    clerk = login_with_pin(db, "zhidan", "1234", config.station.code)
    batch = cut_batches(db, clerk, DAY, 1)[0]
    pages = pick_list_pages(db, clerk, config, batch.batch_no)
    assert pages and pages[0].width_mm == 210
    job = print_pick_list(db, clerk, config, batch.batch_no)
    assert job.label_kind == "pick_list" and job.state == "queued"
    assert print_pick_list(db, clerk, config, batch.batch_no).id != job.id  # a lost sheet


def test_no_printer_for_a_kind_refuses_before_queueing(station: Station) -> None:
    db, config = station.db, station.config
    boss = login_with_pin(db, "zhuguan", "8888", config.station.code)
    batch = cut_batches(db, boss, DAY, 1)[0]
    with db.write() as session:
        session.execute(delete(PrinterDefault).where(PrinterDefault.label_kind == "delivery_note"))
    with pytest.raises(NoDefaultPrinter):
        print_batch(db, boss, config, batch.id)
    with db.read() as session:
        assert session.scalars(select(PrintJob)).first() is None
    printer = list_printers(db, boss.station_id or "")[0]
    set_default_printer(db, boss, "delivery_note", printer.id)
    assert print_batch(db, boss, config, batch.id).queued == 2 * batch.order_count


def test_an_order_without_a_waybill_number_is_reported_not_fatal(station: Station) -> None:
    db, config = station.db, station.config
    clerk = login_with_pin(db, "zhidan", "1234", config.station.code)
    batch = cut_batches(db, clerk, DAY, 1)[0]
    with db.write() as session:
        session.execute(update(Order).where(Order.id == batch.order_ids[0]).values(waybill_no=None))
    result = print_batch(db, clerk, config, batch.id)
    assert [(i, e.code) for i, e in result.failed] == [(batch.order_ids[0], "no_waybill")]
    assert result.queued == 2 * batch.order_count - 1  # its delivery note still prints
