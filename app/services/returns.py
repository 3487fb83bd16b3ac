"""Returns and exchanges at the returns desk (退换货, R-RET-1,2).

The clerk scans the returned parcel's waybill or order number (only a
shipped order comes back), then each unit with its reason: quality, wrong
size or model, wrong colour are accepted; damage the customer caused is not
(R-RET-1: such a line is counted, marked refused and goes back to the
customer). The units are the 退货单 (``return_in`` document), one line per
SKU, reason and decision; never more units than the order shipped, less what
earlier returns took back. The clerk signs the count ("clerk" capacity); QC
then decides per unit (resellable, defective, refused) and signs ("qc"
capacity, R-RET-2). Posting is :mod:`app.services.returns_posting`.

A line's ``note`` holds its reason code (:data:`REASONS`); the document's
``detail`` holds the order id, the mode (refund or exchange) and, for an
exchange, the SKUs to send instead (``replacements``).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    Document,
    Order,
    Product,
)
from app.errors import DomainError, NotFound
from app.order_settings import AuditSection
from app.permissions import Action
from app.services.allocation import picking_warehouse
from app.services.context import Actor, authorize
from app.services.documents import (
    WrongDocumentState,
    add_line,
    get_document,
    missing_signatures,
    new_document,
)
from app.services.journal import record_event
from app.services.parcel import find_by_document, find_product_id
from app.services.returns_view import (
    ReturnView,
    document_lines,
    order_returns,
    return_view,
    returned_before,
)

REASONS = ("quality", "wrong_size", "wrong_colour", "customer_damage")  # R-RET-1
ACCEPTED_REASONS = ("quality", "wrong_size", "wrong_colour")
DECISIONS = ("resellable", "defective", "refused")  # R-RET-2 (LINE_DECISIONS)
MODES = ("refund", "exchange")
RETURNABLE = ("shipped", "returned")  # a second parcel of one order may follow


class ReturnRefused(DomainError):
    """Nothing was changed. ``params['reason']``: ``not_shipped`` (``status``),
    ``unknown_item`` (``code``), ``not_in_order`` (``sku``), ``too_many``
    (``sku``, ``shipped``, ``returned``: units earlier returns took back),
    ``bad_reason``, ``bad_decision``, ``bad_mode``, ``count_signed`` (the
    count is signed: no more scans), ``qc_signed``, ``not_counted`` (QC before
    the clerk's signature), ``nothing_counted``, ``not_in_return`` (``sku``),
    ``undecided`` (``lines``), ``not_exchange``, ``replacements_exceed``
    (``accepted``), ``nothing_to_undo``."""

    code = "return_refused"


def local_day(now: datetime) -> datetime:
    """``now`` in the warehouse's zone (the business day of a document)."""
    return now.astimezone(ZoneInfo(AuditSection().timezone))


def refused(reason: str, message: str = "", **params: object) -> ReturnRefused:
    return ReturnRefused(message or reason, reason=reason, **params)


def _returnable(order: Order) -> None:
    if order.status not in RETURNABLE:
        raise refused(
            "not_shipped",
            f"order {order.platform_order_no} is {order.status}: it was never shipped",
            order_no=order.platform_order_no,
            status=order.status,
        )


def order_of(session: Session, order_id: str) -> Order:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(f"no order {order_id}", kind="order", ref=order_id)
    return order


def draft_of(session: Session, order: Order) -> Document | None:
    drafts = order_returns(session, order, "draft")
    return drafts[0] if drafts else None


def open_return(db: Database, actor: Actor, code: str) -> ReturnView:
    """The returned parcel's waybill or order number: the order and what it
    shipped, with the return being counted if one was started (any station)."""
    with db.read() as session:
        authorize(session, actor, Action.RETURNS)
        order, _ = find_by_document(session, code)
        _returnable(order)
        return return_view(session, order, draft_of(session, order))


def view_return(db: Database, actor: Actor, number: str) -> ReturnView:
    """A 退货单 by its number, as the screen shows it (also once posted)."""
    with db.read() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        return return_view(session, order_of(session, document.detail["order_id"]), document)


def return_document(session: Session, number: str) -> Document:
    document = get_document(session, number)
    if document.kind != "return_in":
        raise NotFound(f"{number} is no return", kind="document", ref=number)
    return document


def draft_only(document: Document) -> None:
    if document.state != "draft":
        raise WrongDocumentState(
            f"document {document.number} is {document.state}",
            number=document.number,
            state=document.state,
        )


def check_stage(session: Session, document: Document, stage: str) -> None:
    """Counting needs the clerk's signature still missing; QC's work the
    clerk's there and QC's missing."""
    draft_only(document)
    missing = missing_signatures(session, document)
    if stage == "count" and "clerk" not in missing:
        raise refused("count_signed", f"{document.number}: the count is signed")
    if stage == "qc":
        if "clerk" in missing:
            raise refused("not_counted", f"{document.number}: the clerk has not signed the count")
        if "qc" not in missing:
            raise refused("qc_signed", f"{document.number}: QC has signed")


def scanned_product(session: Session, code: str) -> Product:
    product_id = find_product_id(session, code)
    product = session.get(Product, product_id) if product_id else None
    if product is None:
        raise refused("unknown_item", f"no item {code!r}", code=code.strip())
    return product


def count_item(
    db: Database, actor: Actor, order_id: str, code: str, reason: str, now: datetime
) -> ReturnView:
    """One returned unit scanned, with its reason (R-RET-1). The first unit
    starts the 退货单; never more units than the order shipped."""
    if reason not in REASONS:
        raise refused("bad_reason", f"unknown reason {reason!r}", value=reason)
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        order = order_of(session, order_id)
        _returnable(order)
        product = scanned_product(session, code)
        shipped = sum(line.quantity for line in order.lines if line.product_id == product.id)
        if not shipped:
            raise refused(
                "not_in_order",
                f"{product.sku_code} is not in order {order.platform_order_no}",
                sku=product.sku_code,
                order_no=order.platform_order_no,
            )
        document = draft_of(session, order)
        if document is not None:
            check_stage(session, document, "count")
        lines = document_lines(session, document) if document is not None else []
        here = sum(line.actual_qty for line in lines if line.product_id == product.id)
        before = returned_before(session, order)[product.id]
        if here + before + 1 > shipped:
            raise refused(
                "too_many",
                f"order {order.platform_order_no} shipped {shipped} {product.sku_code}",
                sku=product.sku_code,
                shipped=shipped,
                returned=before,
            )
        if document is None:
            document = new_document(
                session,
                actor,
                "return_in",
                local_day(now).date(),
                warehouse_id=picking_warehouse(session, actor),
                reference=order.platform_order_no,
                partner=order.recipient_name,
            )
            document.detail = {"order_id": order.id, "mode": "refund"}
        same = [x for x in lines if x.product_id == product.id and x.note == reason]
        line = next((x for x in same if not x.decision), same[0] if same else None)
        if line is None:
            line = add_line(session, document, product.id, note=reason)
            # R-RET-1: customer damage is not accepted; QC may still judge otherwise.
            line.decision = "refused" if reason == "customer_damage" else ""
        line.actual_qty += 1
        record_event(
            session,
            actor,
            "return.counted",
            {"number": document.number, "product_id": product.id, "reason": reason},
        )
        session.flush()
        return return_view(session, order, document, product.sku_code)


def undo_count(db: Database, actor: Actor, number: str, code: str) -> ReturnView:
    """Take back one unit counted by mistake (before the clerk signs)."""
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        check_stage(session, document, "count")
        product = scanned_product(session, code)
        line = next(
            (
                x
                for x in reversed(document_lines(session, document))
                if x.product_id == product.id and x.actual_qty > 0
            ),
            None,
        )
        if line is None:
            raise refused("nothing_to_undo", f"no {product.sku_code} counted", sku=product.sku_code)
        line.actual_qty -= 1  # a line at 0 stays (numbers never reused) but shows nowhere
        record_event(
            session, actor, "return.uncounted", {"number": number, "product_id": product.id}
        )
        return return_view(session, order_of(session, document.detail["order_id"]), document)


def cancel_return(db: Database, actor: Actor, number: str) -> ReturnView:
    """A draft started by mistake: cancelled, so it keeps no day open (R-ACC-1)."""
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        draft_only(document)
        document.state = "cancelled"
        record_event(session, actor, "return.cancelled", {"number": number})
        session.flush()
        return return_view(session, order_of(session, document.detail["order_id"]), document)
