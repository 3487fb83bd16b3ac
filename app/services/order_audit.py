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

The audit screen reads through :func:`audit_queue` and :func:`held_orders`
and edits the keyword rules with :func:`save_audit_rules`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.config import AuditSection, Config, load_config, save_config_value
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import Order
from app.errors import DomainError, InvalidInput, NotFound
from app.order_settings import HHMM, MAX_AUDIT_PASS
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit, record_event

RULES = ("change_address", "change_courier", "split", "hold", "invoice")
PASS_CEILING = MAX_AUDIT_PASS  # R-ORD-3: 单次审单不可超过200单, whatever the config says
WORD_SEPARATORS = re.compile(r"[、,，;；\s]+")


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


@dataclass(frozen=True)
class AuditQueue:
    """What waits for the audit desk (R-ORD-1, R-ORD-3, R-ORD-4)."""

    waiting: int  # paid orders not yet audited
    after_cutoff: int  # of those, paid at or after today's cut-off: they ship tomorrow
    held: int  # set aside for a person (R-ORD-2)
    pass_size: int  # one pass takes at most this many
    cutoff: str  # HH:MM, local time in ``timezone``
    timezone: str


@dataclass(frozen=True)
class HoldReason:
    rule: str  # one of RULES (or an unknown code kept as it was written)
    words: tuple[str, ...]  # the keywords found in the remark or the message


@dataclass(frozen=True)
class HeldOrder:
    """A held order as the audit screen lists it: what held it, and what the
    customer service and the buyer wrote (R-ORD-2)."""

    order_id: str
    order_no: str
    shop: str
    waybill_no: str
    paid_at: datetime | None
    recipient_name: str
    province: str
    city: str
    district: str
    address: str
    reasons: tuple[HoldReason, ...]
    cs_remark: str  # 客服备注
    buyer_message: str  # 客人留言


def parse_reasons(held_reason: str) -> tuple[HoldReason, ...]:
    """The stored ``held_reason`` ("rule: word、word; rule: word") back into codes
    and words, so the screen can name each rule in the user's language."""
    reasons = []
    for part in held_reason.split(";"):
        part = part.strip()
        if not part:
            continue
        rule, _, words = part.partition(":")
        found = tuple(w for w in (x.strip() for x in words.split("、")) if w)
        reasons.append(HoldReason(rule.strip(), found))
    return tuple(reasons)


def split_words(text: str) -> tuple[str, ...]:
    """Keywords as a person types them: separated by 、 , ， ; or spaces; each
    once, in the order given."""
    return tuple(dict.fromkeys(w for w in WORD_SEPARATORS.split(text) if w))


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
    """Audit the oldest paid orders, at most ``[audit].max_orders``, ``limit``
    and 200 (R-ORD-3); one transaction, one event per order, one audit entry."""
    settings = _settings(config)
    now = _now(now)
    if limit is not None and limit < 1:
        raise InvalidInput("the audit limit must be at least 1", field="limit")
    # R-ORD-3: never more than 200 a pass, even if the config file asks for more
    size = min(settings.max_orders, PASS_CEILING, limit or PASS_CEILING)
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


def audit_queue(
    db: Database, actor: Actor, now: datetime | None = None, *, config: Config | None = None
) -> AuditQueue:
    """How many paid orders wait for a pass, how many of them were paid after
    today's cut-off (R-ORD-4), how many are held, and the pass size (R-ORD-3)."""
    settings = _settings(config)
    now = _now(now)
    zone = ZoneInfo(settings.timezone)
    today = now.astimezone(zone).date()
    # ship_day() > today exactly when the payment is at or after today's cut-off
    cutoff_at = datetime.combine(today, time.fromisoformat(settings.cutoff), zone)
    waiting = (Order.status == "paid", Order.paid_at.is_not(None))
    count = select(func.count()).select_from(Order)
    with db.read() as session:
        authorize(session, actor, Action.AUDIT_ORDERS)
        total = session.scalar(count.where(*waiting)) or 0
        late = session.scalar(count.where(*waiting, Order.paid_at >= cutoff_at)) or 0
        held = session.scalar(count.where(Order.status == "held")) or 0
    return AuditQueue(
        waiting=total,
        after_cutoff=late,
        held=held,
        pass_size=min(settings.max_orders, PASS_CEILING),
        cutoff=settings.cutoff,
        timezone=settings.timezone,
    )


def held_orders(db: Database, actor: Actor, limit: int = 1000) -> list[HeldOrder]:
    """The held orders, oldest payment first, with their reasons, remark and message."""
    query = (
        select(Order)
        .where(Order.status == "held")
        .order_by(Order.paid_at, Order.platform_order_no)
        .limit(limit)
    )
    with db.read() as session:
        authorize(session, actor, Action.AUDIT_ORDERS)
        return [
            HeldOrder(
                order_id=o.id,
                order_no=o.platform_order_no,
                shop=o.shop,
                waybill_no=o.waybill_no or "",
                paid_at=o.paid_at,
                recipient_name=o.recipient_name,
                province=o.province,
                city=o.city,
                district=o.district,
                address=o.address_detail,
                reasons=parse_reasons(o.held_reason),
                cs_remark=o.cs_remark,
                buyer_message=o.buyer_message,
            )
            for o in session.scalars(query)
        ]


def check_audit_rules(rules: AuditSection) -> None:
    """Refuse rules that must not be saved, naming the field (InvalidInput).

    The pass size is 1 to 200 (R-ORD-3) and the cut-off HH:MM (R-ORD-4);
    keyword lists may be empty (that rule then holds nothing).
    """
    if not 1 <= rules.max_orders <= PASS_CEILING:
        raise InvalidInput(
            f"max_orders must be 1 to {PASS_CEILING}, got {rules.max_orders}",
            field="max_orders",
            maximum=PASS_CEILING,
        )
    if not HHMM.fullmatch(rules.cutoff):
        raise InvalidInput(f"cutoff must be HH:MM, got {rules.cutoff!r}", field="cutoff")
    for rule in RULES:
        words = getattr(rules, rule)
        if any(not w.strip() or w != w.strip() for w in words):
            raise InvalidInput(f"{rule}: empty or padded keyword", field=rule)


def save_audit_rules(db: Database, actor: Actor, config: Config, rules: AuditSection) -> Config:
    """Write the changed ``[audit]`` keys to the station's config file and
    return the config with the rules read back from it.

    Everything is checked before the first key is written, so a bad value
    saves nothing. The change is recorded in the audit log (who, what).
    """
    check_audit_rules(rules)
    keys = ("max_orders", "cutoff", *RULES)
    changed = {
        key: getattr(rules, key)
        for key in keys
        if getattr(rules, key) != getattr(config.audit, key)
    }
    with db.read() as session:  # refuse before touching the file
        authorize(session, actor, Action.AUDIT_ORDERS)
    path: Path | None = config.source
    for key, value in changed.items():
        path = save_config_value(config, "audit", key, list(value) if key in RULES else value)
        config = dataclasses.replace(config, source=path)
    if not changed:
        return config
    reread = load_config(path, paths=config.paths)
    with db.write() as session:
        audit(
            session,
            actor,
            "audit_rules_changed",
            "config",
            "audit",
            changed={k: list(v) if isinstance(v, tuple) else v for k, v in changed.items()},
        )
    # Only [audit] is taken from the file: the rest of the running config (a
    # database URL given on the command line, say) stays as the station started.
    return dataclasses.replace(config, audit=reread.audit, source=path)
