"""Printing a batch's documents (R-BAT-3): its e-waybills and delivery notes,
in the batch's sort order (SF first in the last batch, R-BAT-2), through the
persistent print queue, and the pick list (汇总单) on A4.

Documents already queued or printed are skipped, not printed twice, so a
batch print interrupted half-way is simply run again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.config import Config
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import PrintJob, ShipBatchOrder
from app.errors import AlreadyPrinted, DomainError, InvalidInput, NoDefaultPrinter
from app.labels import data as label_data
from app.labels.data import PickRowData
from app.labels.model import Label
from app.labels.output import CONTENT_TYPES, render
from app.labels.templates import load_template
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.labels import print_document
from app.services.picking import find_batch, pick_list
from app.services.print_queue import JobInfo
from app.services.printers import default_printer
from app.services.printing import enqueue

BATCH_DOCUMENTS = ("ewaybill", "delivery_note")
PICK_LIST_TEMPLATE = "pick_list_a4"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchPrintResult:
    queued: int
    skipped: int  # already queued or printed: nothing printed twice
    failed: tuple[tuple[str, DomainError], ...] = field(default=())  # (order id, why)


def batch_order_ids(db: Database, actor: Actor, batch_ref: str) -> list[str]:
    """The batch's orders in print and pick order."""
    with db.read() as session:
        authorize(session, actor, Action.PRINT_LABELS)
        batch = find_batch(session, batch_ref)
        return list(
            session.scalars(
                select(ShipBatchOrder.order_id)
                .where(ShipBatchOrder.batch_id == batch.id)
                .order_by(ShipBatchOrder.sort_position)
            )
        )


def print_batch(
    db: Database,
    actor: Actor,
    config: Config,
    batch_ref: str,
    kinds: Sequence[str] = BATCH_DOCUMENTS,
    progress: Progress | None = None,
) -> BatchPrintResult:
    """Queue each order's documents in sort order; ``progress(done, total)`` after each.

    A station without a printer for a kind is refused before anything is queued.
    An order that cannot print (cancelled upstream after batching) is reported
    and the rest go on.
    """
    unknown = [k for k in kinds if k not in BATCH_DOCUMENTS]
    if unknown or not kinds:
        raise InvalidInput(f"a batch prints {BATCH_DOCUMENTS}, not {unknown}", field="label_kind")
    if actor.station_id is None:
        raise InvalidInput("printing needs a station", field="station")
    for kind in kinds:
        if default_printer(db, actor.station_id, kind) is None:
            raise NoDefaultPrinter(f"no printer for {kind}", label_kind=kind)
    order_ids = batch_order_ids(db, actor, batch_ref)
    total = len(order_ids) * len(kinds)
    queued = skipped = done = 0
    failed: list[tuple[str, DomainError]] = []
    for order_id in order_ids:
        for kind in kinds:
            try:
                print_document(db, actor, config, kind, order_id)
                queued += 1
            except AlreadyPrinted:
                skipped += 1
            except DomainError as error:
                failed.append((order_id, error))
            done += 1
            if progress is not None:
                progress(done, total)
    return BatchPrintResult(queued, skipped, tuple(failed))


def batch_print_states(
    db: Database, actor: Actor, batch_ref: str, kinds: Sequence[str] = BATCH_DOCUMENTS
) -> dict[str, int]:
    """How the batch's documents stand in the queue: jobs per state, plus
    ``missing`` for documents never queued."""
    with db.read() as session:
        authorize(session, actor, Action.VIEW_OVERVIEW)
        batch = find_batch(session, batch_ref)
        ids = select(ShipBatchOrder.order_id).where(ShipBatchOrder.batch_id == batch.id)
        states: Counter[str] = Counter()
        for state, n in session.execute(
            select(PrintJob.state, func.count())
            .where(
                PrintJob.document_ref.in_(ids),
                PrintJob.label_kind.in_(list(kinds)),
                PrintJob.dedupe_key.is_not(None),  # the first print, not reprints
            )
            .group_by(PrintJob.state)
        ):
            states[state] = int(n)
        expected = len(batch.orders) * len(kinds)
        states["missing"] = max(0, expected - sum(states.values()))
        return dict(states)


def pick_list_pages(
    db: Database, actor: Actor, config: Config, batch_ref: str
) -> tuple[Label, ...]:
    """The A4 pick list (汇总单, R-BAT-3): the batch total per SKU and bin in walk order."""
    plist = pick_list(db, actor, batch_ref)
    rows = [
        PickRowData(
            bin_code=r.bin_code,
            walk_order=r.walk_order,
            sku_code=r.sku_code,
            name=r.name,
            quantity=r.quantity,
            zone=r.zone,
            style_no=r.style_no,
            colour=r.colour,
            size=r.size,
        )
        for r in plist.rows
    ]
    values = label_data.pick_list_data(
        plist.batch_no, rows, picker="", order_count=plist.order_count, created_at=utcnow()
    )
    folders = [Path(config.labels.folder)] if config.labels.folder else []
    return tuple(load_template(PICK_LIST_TEMPLATE, folders=folders).render(values))


def print_pick_list(db: Database, actor: Actor, config: Config, batch_ref: str) -> JobInfo:
    """Queue the pick list on the station's pick-list printer. Not deduplicated:
    a lost sheet is simply printed again."""
    if actor.station_id is None:
        raise InvalidInput("printing needs a station", field="station")
    printer = default_printer(db, actor.station_id, "pick_list")
    if printer is None:
        raise NoDefaultPrinter("no printer for pick lists", label_kind="pick_list")
    pages = pick_list_pages(db, actor, config, batch_ref)
    payload = render(pages, printer.language, printer.dpi, config.labels.font)
    return enqueue(
        db,
        actor,
        "pick_list",
        PICK_LIST_TEMPLATE,
        "",
        payload,
        CONTENT_TYPES[printer.language],
        1,
        printer.id,
    )
