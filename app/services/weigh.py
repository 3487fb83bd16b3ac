"""The weigh station (称重, R-WEI-1..3): the parcel's stable weight is recorded
and compared with the expected weight (its items' unit weights plus the
packing material); inside the tolerance it ships (点发货) at once, outside it
is held for a second weighing or a supervisor's override with a reason.

A weight typed by hand needs a supervisor's approval and a reason. The
weight itself comes from the scale's stability judge in ``app.devices``; this
module never sees an unstable reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Location, Order, PackRecord, Weighing
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.allocation import Outgoing, book_out_fifo, picking_warehouse
from app.services.context import Actor, authorize
from app.services.journal import record_event
from app.services.parcel import (
    OrderChanged,
    Parcel,
    WrongOrderState,
    done_by,
    find_by_document,
    parcel_of,
)
from app.services.picking import STAGING_KIND
from app.shipping_settings import WeighSection

WEIGHT_OFF = "weight_off"
_LATER = ("weighed", "shipped")
MAX_PARCEL_G = 100_000  # a parcel over 100 kg is a typing or a scale error


class WeighStop(DomainError):
    """``params['reason']``: ``approval_needed`` (manual weight or override without
    a supervisor), ``reason_needed``, ``not_held_for_weight``."""

    code = "weigh_stop"


@dataclass(frozen=True)
class WeighState:
    parcel: Parcel
    expected_g: int
    allowed_g: int  # either side of expected (R-WEI-3)
    material_g: int


@dataclass(frozen=True)
class WeighResult:
    state: WeighState
    grams: int
    verdict: str  # ok | off | override
    shipped: bool

    @property
    def difference_g(self) -> int:
        return self.grams - self.state.expected_g


def _weighable(session: Session, order: Order) -> Parcel:
    if order.status in _LATER:
        raise done_by(session, order)
    parcel = parcel_of(session, order)
    ready = (
        order.status == "packed"
        or (order.status == "verified" and parcel.prepacked)  # R-BAT-5: no packing
        or (order.status == "held" and order.held_reason.startswith(WEIGHT_OFF))
    )
    if not ready:
        raise WrongOrderState(
            f"order {order.platform_order_no} is {order.status}: not ready to weigh",
            order_no=order.platform_order_no,
            status=order.status,
            step="weigh",
            held_reason=order.held_reason,
        )
    return parcel


def _state(session: Session, order: Order, parcel: Parcel, settings: WeighSection) -> WeighState:
    material = session.scalar(
        select(PackRecord.material_weight_g).where(PackRecord.order_id == order.id)
    )
    expected = parcel.goods_weight_g + int(material or 0)
    heaviest = max(parcel.lines, key=lambda ln: ln.unit_weight_g * ln.quantity, default=None)
    tolerance = settings.tolerance_for(heaviest.category if heaviest else "")
    return WeighState(parcel, expected, tolerance.allowed(expected), int(material or 0))


def open_weigh(
    db: Database, actor: Actor, code: str, settings: WeighSection | None = None
) -> WeighState:
    """Scan the waybill: the parcel, its expected weight and its courier's area."""
    with db.read() as session:
        authorize(session, actor, Action.WEIGH)
        order, _document = find_by_document(session, code)
        return _state(session, order, _weighable(session, order), settings or WeighSection())


def weigh_parcel(
    db: Database,
    actor: Actor,
    order_id: str,
    grams: int,
    settings: WeighSection | None = None,
    *,
    manual: bool = False,
    approver: Actor | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> WeighResult:
    """Record a weight (R-WEI-1). Inside the tolerance the parcel ships; outside
    it is held (R-WEI-3). ``manual`` weights need ``approver`` and ``reason``."""
    if not 0 < grams <= MAX_PARCEL_G:
        raise InvalidInput(f"{grams} g is not a parcel's weight", field="grams")
    reason = reason.strip()
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.WEIGH)
        if manual:
            _approve(session, approver, reason)
        order = _order(session, order_id)
        state = _state(session, order, _weighable(session, order), settings or WeighSection())
        ok = abs(grams - state.expected_g) <= state.allowed_g
        approved_by = approver.user_id if manual and approver else None
        verdict = "ok" if ok else "off"
        _record(session, actor, state, grams, verdict, now, approved_by, reason, manual=manual)
        record_event(
            session,
            actor,
            "order.weighed",
            {"order_id": order.id, "grams": grams, "expected_g": state.expected_g, "ok": ok},
        )
        if ok:
            _ship(session, actor, order, now)
        else:
            # grams/expected/allowed: words are the UI's (ui.labels.held_reason_text)
            held = f"{WEIGHT_OFF}: {grams}/{state.expected_g}/{state.allowed_g}"
            _set(session, order, "held", now, held_reason=held)
            record_event(session, actor, "order.held", {"order_id": order.id, "reason": held})
        return WeighResult(_after(session, order, state), grams, verdict, ok)


def approve_weight(
    db: Database,
    actor: Actor,
    order_id: str,
    approver: Actor | None,
    reason: str,
    settings: WeighSection | None = None,
    now: datetime | None = None,
) -> WeighResult:
    """A supervisor passes a parcel held for its weight (badge scan and reason)."""
    reason = reason.strip()
    now = now or utcnow()
    with db.write() as session:
        authorize(session, actor, Action.WEIGH)
        _approve(session, approver, reason)
        assert approver is not None
        order = _order(session, order_id)
        if not (order.status == "held" and order.held_reason.startswith(WEIGHT_OFF)):
            raise WeighStop(
                f"order {order.platform_order_no} is not held for its weight",
                reason="not_held_for_weight",
            )
        state = _state(session, order, _weighable(session, order), settings or WeighSection())
        last = session.scalar(
            select(Weighing.grams)
            .where(Weighing.order_id == order.id)
            .order_by(Weighing.created_at.desc())
            .limit(1)
        )
        grams = int(last or 0)
        _record(session, actor, state, grams, "override", now, approver.user_id, reason)
        record_event(
            session,
            actor,
            "order.weight_approved",
            {"order_id": order.id, "grams": grams, "approver": approver.user_id, "reason": reason},
        )
        _ship(session, actor, order, now)
        return WeighResult(_after(session, order, state), grams, "override", True)


def _record(
    session: Session,
    actor: Actor,
    state: WeighState,
    grams: int,
    verdict: str,
    now: datetime,
    approver_id: str | None,
    reason: str,
    manual: bool = False,
) -> None:
    """One weighing row (R-WEI-1): what the scale said against what was expected."""
    session.add(
        Weighing(
            order_id=state.parcel.order_id,
            grams=grams,
            expected_g=state.expected_g,
            allowed_g=state.allowed_g,
            verdict=verdict,
            manual=manual,
            approver_id=approver_id,
            reason=reason,
            user_id=actor.user_id,
            station_id=actor.station_id,
            created_at=now,
        )
    )


def _after(session: Session, order: Order, state: WeighState) -> WeighState:
    """The state as the screen shows it once the weighing is written."""
    session.flush()
    session.refresh(order)
    return WeighState(
        parcel_of(session, order), state.expected_g, state.allowed_g, state.material_g
    )


def _approve(session: Session, approver: Actor | None, reason: str) -> None:
    if approver is None:
        raise WeighStop("a supervisor must approve", reason="approval_needed")
    authorize(session, approver, Action.APPROVE_OVERRIDE)
    if not reason:
        raise WeighStop("say why", reason="reason_needed")


def _order(session: Session, order_id: str) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(f"no order {order_id}", kind="order", ref=order_id)
    return order


def _set(session: Session, order: Order, status: str, now: datetime, **values: str) -> None:
    """Move the order on, only from the version this transaction read."""
    moved = session.execute(
        update(Order)
        .where(Order.id == order.id, Order.version == order.version)
        .values(status=status, version=Order.version + 1, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    if getattr(moved, "rowcount", 1) != 1:
        raise OrderChanged(
            f"order {order.platform_order_no} was changed elsewhere",
            order_no=order.platform_order_no,
        )


def _ship(session: Session, actor: Actor, order: Order, now: datetime) -> None:
    """点发货: the parcel leaves; its goods leave the staging area (oldest lot first)."""
    _set(session, order, "shipped", now, held_reason="")
    staging = session.scalar(
        select(Location.id)
        .where(
            Location.warehouse_id == picking_warehouse(session, actor),
            Location.kind == STAGING_KIND,
        )
        .order_by(Location.code)
        .limit(1)
    )
    if staging is not None:
        why = Outgoing(
            "ship", "order", order.platform_order_no, actor.user_id, actor.station_id, now
        )
        for line in parcel_of(session, order).lines:
            book_out_fifo(session, line.product_id, staging, line.quantity, why)
    record_event(session, actor, "order.shipped", {"order_id": order.id})
