"""The verify station (验货, R-VER-1,2): the delivery note and the waybill must
belong to the same order, and the items scanned must be exactly the order's.

Every accepted scan is committed before the screen shows it, so a crash, a
restart or a move to another station of the warehouse resumes the order with
its scans. A stop (wrong document, wrong item 错配, one too many 多配, missing
items 漏配 at confirmation) changes nothing but is recorded as an event.
Malformed or unknown codes change nothing at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session, lazyload

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Order, OrderLine, VerifyScan
from app.errors import DomainError, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.parcel import (
    Parcel,
    WrongOrderState,
    done_by,
    find_by_document,
    find_product_id,
    parcel_of,
)

VERIFIABLE = ("picked",)
_LATER = ("verified", "packed", "weighed", "shipped")


class VerifyStop(DomainError):
    """The scan or the confirmation stops the order (red panel). ``params['reason']``:
    ``document_mismatch`` (a document of another order), ``wrong_item`` (错配),
    ``extra_item`` (多配), ``missing_items`` (漏配, ``missing``: [(sku, n)]),
    ``unknown_code``, ``documents_missing`` (``missing``: [document]),
    ``nothing_to_undo``."""

    code = "verify_stop"


@dataclass(frozen=True)
class VerifyState:
    parcel: Parcel
    scanned: dict[str, int]  # product id -> units scanned
    documents: frozenset[str]  # "waybill", "delivery_note" scanned
    last_product_id: str | None = None  # the item the last scan counted

    def missing(self) -> list[tuple[str, int]]:
        return [
            (line.sku_code, line.quantity - self.scanned.get(line.product_id, 0))
            for line in self.parcel.lines
            if self.scanned.get(line.product_id, 0) < line.quantity
        ]

    @property
    def items_complete(self) -> bool:
        return not self.missing()

    @property
    def complete(self) -> bool:
        return self.items_complete and self.documents == {"waybill", "delivery_note"}


def _state(session: Session, order: Order, last_product_id: str | None = None) -> VerifyState:
    scanned: Counter[str] = Counter()
    documents: set[str] = set()
    for kind, document, product_id in session.execute(
        select(VerifyScan.kind, VerifyScan.document, VerifyScan.product_id).where(
            VerifyScan.order_id == order.id, VerifyScan.undone_at.is_(None)
        )
    ):
        if kind == "item" and product_id:
            scanned[product_id] += 1
        elif kind == "document" and document:
            documents.add(document)
    return VerifyState(
        parcel_of(session, order), dict(scanned), frozenset(documents), last_product_id
    )


def _verifiable(session: Session, order: Order) -> None:
    if order.status in _LATER:
        raise done_by(session, order)
    if order.status not in VERIFIABLE:
        raise WrongOrderState(
            f"order {order.platform_order_no} is {order.status}, not picked",
            order_no=order.platform_order_no,
            status=order.status,
            step="verify",
            held_reason=order.held_reason,
        )


def _scan(session: Session, actor: Actor, order: Order, **values: object) -> None:
    session.add(
        VerifyScan(
            order_id=order.id,
            user_id=actor.user_id,
            station_id=actor.station_id,
            created_at=utcnow(),
            **values,
        )
    )


def _stop(
    session: Session, actor: Actor, order: Order, reason: str, **params: object
) -> VerifyStop:
    record_event(
        session,
        actor,
        "verify.stopped",
        {"order_id": order.id, "reason": reason, "detail": repr(params)},
    )
    return VerifyStop(
        f"order {order.platform_order_no}: {reason}",
        reason=reason,
        order_no=order.platform_order_no,
        **params,
    )


def open_verify(db: Database, actor: Actor, code: str) -> VerifyState:
    """Scan the delivery note or the waybill: the order, with any scans kept from
    before (a set-aside order resumes here, on any station)."""
    with db.write() as session:
        authorize(session, actor, Action.VERIFY)
        order, document = find_by_document(session, code)
        _verifiable(session, order)
        state = _state(session, order)
        if document not in state.documents:
            _scan(session, actor, order, kind="document", document=document, code=code.strip())
            record_event(
                session, actor, "verify.document", {"order_id": order.id, "document": document}
            )
            state = replace(state, documents=state.documents | {document})
        return state


def verify_scan(db: Database, actor: Actor, order_id: str, code: str) -> VerifyState:
    """One scan while an order is open: the other document, or an item.

    Raises :class:`VerifyStop` for a document of another order, a wrong item or
    one too many (recorded as an event, committed); :class:`VerifyStop`
    ``unknown_code`` for anything unknown. The scans so far stay as they were.
    """
    with db.write() as session:
        authorize(session, actor, Action.VERIFY)
        outcome = _verify_scan(session, actor, _order(session, order_id), code.strip())
    if isinstance(outcome, VerifyStop):
        raise outcome  # after the commit: the stop's event is kept
    return outcome


def _order(session: Session, order_id: str) -> Order:
    # The lines come with the parcel (parcel_of); no need to load them twice.
    order = session.get(Order, order_id, options=[lazyload(Order.lines)])
    if order is None:
        raise NotFound(f"no order {order_id}", kind="order", ref=order_id)
    _verifiable(session, order)
    return order


def _verify_scan(
    session: Session, actor: Actor, order: Order, code: str
) -> VerifyState | VerifyStop:
    product_id = find_product_id(session, code)
    if product_id is None:
        try:
            other, document = find_by_document(session, code)
        except NotFound:
            raise VerifyStop(f"unknown code {code!r}", reason="unknown_code", code=code) from None
        if other.id != order.id:  # R-VER-1
            return _stop(
                session, actor, order, "document_mismatch", other_order=other.platform_order_no
            )
        state = _state(session, order)
        if document not in state.documents:
            _scan(session, actor, order, kind="document", document=document, code=code)
            record_event(
                session, actor, "verify.document", {"order_id": order.id, "document": document}
            )
            state = replace(state, documents=state.documents | {document}, last_product_id=None)
        return state
    state = _state(session, order)
    line = next((ln for ln in state.parcel.lines if ln.product_id == product_id), None)
    if line is None:  # R-VER-2 错配
        return _stop(session, actor, order, "wrong_item", code=code)
    if state.scanned.get(product_id, 0) >= line.quantity:  # R-VER-2 多配
        return _stop(session, actor, order, "extra_item", sku=line.sku_code, expected=line.quantity)
    _scan(session, actor, order, kind="item", product_id=product_id, code=code)
    record_event(session, actor, "verify.item", {"order_id": order.id, "product_id": product_id})
    # The state after the scan, without reading back what was just written.
    scanned = {**state.scanned, product_id: state.scanned.get(product_id, 0) + 1}
    return replace(state, scanned=scanned, last_product_id=product_id)


def undo_verify_scan(db: Database, actor: Actor, order_id: str) -> VerifyState:
    """Take back the last item scanned on the order (the item goes back to the tray)."""
    with db.write() as session:
        authorize(session, actor, Action.VERIFY)
        order = _order(session, order_id)
        last = session.scalar(
            select(VerifyScan)
            .where(
                VerifyScan.order_id == order.id,
                VerifyScan.kind == "item",
                VerifyScan.undone_at.is_(None),
            )
            .order_by(VerifyScan.created_at.desc(), VerifyScan.id.desc())
            .limit(1)
        )
        if last is None:
            raise VerifyStop("nothing to undo", reason="nothing_to_undo")
        last.undone_at = utcnow()
        record_event(session, actor, "verify.undone", {"order_id": order.id, "scan_id": last.id})
        session.flush()
        return _state(session, order)


def confirm_verify(
    db: Database, actor: Actor, order_id: str, now: datetime | None = None
) -> VerifyState:
    """Both documents and every item scanned: the order is ``verified``.
    Otherwise a stop names what is missing (漏配, R-VER-2)."""
    with db.write() as session:
        authorize(session, actor, Action.VERIFY)
        outcome = _confirm(session, actor, _order(session, order_id), now or utcnow())
    if isinstance(outcome, VerifyStop):
        raise outcome
    return outcome


def _confirm(
    session: Session, actor: Actor, order: Order, now: datetime
) -> VerifyState | VerifyStop:
    state = _state(session, order)
    documents = [d for d in ("delivery_note", "waybill") if d not in state.documents]
    if documents:
        return _stop(session, actor, order, "documents_missing", missing=documents)
    if not state.items_complete:
        return _stop(session, actor, order, "missing_items", missing=state.missing())
    _scan(session, actor, order, kind="confirm", code="")
    session.execute(
        update(Order)
        .where(Order.id == order.id, Order.status == "picked")
        .values(status="verified", version=Order.version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    record_event(session, actor, "order.verified", {"order_id": order.id})
    session.flush()
    session.refresh(order)
    return _state(session, order)


@dataclass(frozen=True)
class SetAside:
    order_id: str
    order_no: str
    scanned_units: int
    units: int
    last_scan_at: datetime


def set_aside_orders(db: Database, actor: Actor) -> list[SetAside]:
    """Picked orders with scans but not verified: set aside, to be resumed anywhere.
    Two grouped queries, whatever the number of orders waiting."""
    with db.read() as session:
        authorize(session, actor, Action.VERIFY)
        rows = session.execute(
            select(
                Order.id,
                Order.platform_order_no,
                func.max(VerifyScan.created_at),
                func.sum(case((VerifyScan.kind == "item", 1), else_=0)),
            )
            .join(VerifyScan, VerifyScan.order_id == Order.id)
            .where(Order.status == "picked", VerifyScan.undone_at.is_(None))
            .group_by(Order.id, Order.platform_order_no)
        ).all()
        units = dict(
            session.execute(
                select(OrderLine.order_id, func.sum(OrderLine.quantity))
                .where(OrderLine.order_id.in_([r[0] for r in rows]))
                .group_by(OrderLine.order_id)
            ).all()
        )
        result = [
            SetAside(order_id, order_no, int(scanned or 0), int(units.get(order_id) or 0), at)
            for order_id, order_no, at, scanned in rows
        ]
        return sorted(result, key=lambda s: s.last_scan_at)
