"""Auditing paid orders (审单): remarks and messages against keyword rules.

R-ORD-1: only orders whose payment is confirmed (status ``paid`` with a
``paid_at``) are audited; ``new`` orders are never touched. R-ORD-2: the
customer-service remark and the buyer's message are matched against the
``[audit]`` keyword rules; a match sets the order ``held`` with the rule codes
and the words found, for a person to resolve (:func:`release_hold`). R-ORD-3:
one pass takes at most ``[audit].max_orders`` orders, oldest payment first.
R-ORD-4: an order paid at or after the cut-off (local time in the configured
zone) ships the next day; the schema has no column for it, so the ship day
travels in the order's event payload and the pass's result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.config import AuditSection, Config
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Order
from app.errors import DomainError, InvalidInput, NotFound
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event

RULES = ("change_address", "change_courier", "split", "hold", "invoice")


class OrderNotHeld(DomainError):
    """Only a held order can be released (``params['status']``: its state)."""

    code = "order_not_held"


@dataclass(frozen=True)
class AuditedOrder:
    order_id: str
    order_no: str  # the platform's order number
    outcome: str  # "audited" or "held"
    reasons: tuple[str, ...]  # e.g. "change_address: 改地址", one per rule matched
    ship_day: date  # the local day it ships (R-ORD-4)


@dataclass(frozen=True)
class AuditPassResult:
    audited: int
    held: int
    next_day: tuple[str, ...]  # ids of orders paid after the cut-off: they ship tomorrow
    orders: tuple[AuditedOrder, ...]  # oldest payment first
    remaining: int  # paid orders still waiting for a later pass


def match_rules(settings: AuditSection, *texts: str) -> tuple[str, ...]:
    """Each rule whose keywords occur in the texts, as "rule: word、word"."""
    text = "\n".join(texts)
    reasons = []
    for rule in RULES:
        words = [w for w in getattr(settings, rule) if w in text]
        if words:
            reasons.append(f"{rule}: {'、'.join(words)}")
    return tuple(reasons)


def ship_day(settings: AuditSection, paid_at: datetime, now: datetime) -> date:
    """The local day an order ships: its payment day, or the next one when paid at
    or after the cut-off (R-ORD-4); never a day before today."""
    zone = ZoneInfo(settings.timezone)
    paid_local = paid_at.astimezone(zone)
    day = paid_local.date()
    if paid_local.time() >= time.fromisoformat(settings.cutoff):
        day += timedelta(days=1)
    return max(day, now.astimezone(zone).date())


def _settings(config: Config | None) -> AuditSection:
    return config.audit if config is not None else AuditSection()


def _now(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise InvalidInput("now must be an aware datetime", field="now")
    return now.astimezone(UTC)


def audit_pass(
    db: Database,
    actor: Actor,
    now: datetime | None = None,
    limit: int | None = None,
    *,
    config: Config | None = None,
) -> AuditPassResult:
    """Audit the oldest paid orders, at most ``[audit].max_orders`` (R-ORD-3) and
    at most ``limit``; one transaction, one event per order, one audit entry."""
    settings = _settings(config)
    now = _now(now)
    if limit is not None and limit < 1:
        raise InvalidInput("the audit limit must be at least 1", field="limit")
    size = min(settings.max_orders, limit or settings.max_orders)
    today = now.astimezone(ZoneInfo(settings.timezone)).date()
    waiting = (Order.status == "paid", Order.paid_at.is_not(None))
    query = (
        select(Order)
        .where(*waiting)
        .order_by(Order.paid_at, Order.platform_order_no)
        .limit(size)
        .with_for_update(skip_locked=True)
    )
    results: list[AuditedOrder] = []
    with db.write() as session:
        authorize(session, actor, Action.AUDIT_ORDERS)
        for order in session.scalars(query):
            assert order.paid_at is not None  # the query asks for it
            reasons = match_rules(settings, order.cs_remark, order.buyer_message)
            day = ship_day(settings, order.paid_at, now)
            order.status = "held" if reasons else "audited"
            order.held_reason = "; ".join(reasons)
            record_event(
                session,
                actor,
                f"order.{order.status}",
                {
                    "order_id": order.id,
                    "platform_order_no": order.platform_order_no,
                    "reasons": list(reasons),
                    "ship_day": day.isoformat(),
                },
            )
            results.append(
                AuditedOrder(order.id, order.platform_order_no, order.status, reasons, day)
            )
        session.flush()
        remaining = session.scalar(select(func.count()).select_from(Order).where(*waiting)) or 0
        held = sum(1 for r in results if r.outcome == "held")
        next_day = tuple(r.order_id for r in results if r.ship_day > today)
        audit(
            session,
            actor,
            "orders_audited",
            "audit_pass",
            "",
            limit=size,
            audited=len(results) - held,
            held=held,
            next_day=len(next_day),
            remaining=remaining,
        )
    return AuditPassResult(len(results) - held, held, next_day, tuple(results), remaining)


def release_hold(
    db: Database,
    actor: Actor,
    order_id: str,
    note: str,
    now: datetime | None = None,
    *,
    config: Config | None = None,
) -> AuditedOrder:
    """A person resolved what held the order: held → audited, with a note (audit log)."""
    settings = _settings(config)
    now = _now(now)
    note = note.strip()
    if not note:
        raise InvalidInput("say how the hold was resolved", field="note")
    with db.write() as session:
        authorize(session, actor, Action.AUDIT_ORDERS)
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(f"no order {order_id}", order_id=order_id)
        if order.status != "held":
            raise OrderNotHeld(f"order {order_id} is {order.status}", status=order.status)
        if order.paid_at is None:  # R-ORD-1: release never skips the payment check
            raise OrderNotHeld(f"order {order_id} has no payment", status=order.status)
        reason = order.held_reason
        day = ship_day(settings, order.paid_at, now)
        order.status = "audited"
        order.held_reason = ""
        payload = {
            "order_id": order.id,
            "platform_order_no": order.platform_order_no,
            "released": True,
            "note": note,
            "ship_day": day.isoformat(),
        }
        record_event(session, actor, "order.audited", payload)
        audit(session, actor, "order_hold_released", "order", order.id, note=note, reason=reason)
        return AuditedOrder(order.id, order.platform_order_no, "audited", (), day)
