"""Signing and posting an inbound order (R-REC-3, R-ACC-2): the keeper and
the warehouse supervisor sign by badge or PIN after counting; posting books
what was signed for into the receiving area as new lots received now (FIFO,
R-BAT-4) and queues the arrival notice (R-NEW-1), in one transaction.

Importing this module registers the ``inbound`` poster, so posting through
:func:`app.services.documents.post` books the ledger the same way.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Document, DocumentLine, NewProduct, Product, StockLot, StockMovement
from app.permissions import Action
from app.roles import Role
from app.services.context import Actor, authorize
from app.services.documents import (
    SignatureRefused,
    WrongDocumentState,
    post_in_session,
    register_poster,
    sign_in_session,
)
from app.services.journal import record_event
from app.services.notices import enqueue_notice
from app.services.receiving_view import (
    Inbound,
    ReceivingRefused,
    counting_done,
    find_inbound,
    inbound_view,
)


def _counted(document: Document) -> None:
    if not counting_done(document):
        raise ReceivingRefused(
            f"finish counting {document.number} first",
            reason="counting_open",
            number=document.number,
        )


def sign_inbound(
    db: Database,
    actor: Actor,
    ref: str,
    signer: Actor,
    method: str,
    capacity: str = "",
) -> Inbound:
    """The keeper or the warehouse supervisor signs (R-REC-3) by badge or PIN,
    after counting. Without ``capacity``: a supervisor signs as supervisor
    while that is missing, anyone else as keeper."""
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = find_inbound(session, ref)
        if document.state != "draft":
            raise WrongDocumentState(
                f"{document.number} is {document.state}",
                number=document.number,
                state=document.state,
            )
        _counted(document)
        missing = inbound_view(session, document).missing
        if not capacity:
            if not missing:
                raise SignatureRefused("signed already", capacity="", reason="already_signed")
            supervisor = Role.SUPERVISOR in signer.roles and "supervisor" in missing
            capacity = "supervisor" if supervisor else missing[0]
        sign_in_session(session, actor, document, capacity, signer, method)
        session.flush()
        return inbound_view(session, document)


def post_inbound(db: Database, actor: Actor, ref: str, now: datetime) -> Inbound:
    """Post the signed order: lots and ``receive`` movements into the receiving
    area and the arrival notice, in this one transaction (R-ACC-2)."""
    with db.write() as session:
        authorize(session, actor, Action.RECEIVE)
        document = find_inbound(session, ref)
        post_in_session(session, actor, document, now)
        return inbound_view(session, document)


def _post_inbound(
    session: Session, actor: Actor, document: Document, lines: list[DocumentLine], now: datetime
) -> None:
    """The poster for ``inbound``: what was signed for enters the ledger."""
    _counted(document)
    received: list[tuple[Product, int, bool]] = []
    for line in lines:
        if line.actual_qty <= 0:
            continue
        assert line.to_location_id is not None  # the receiving area, set when created
        product = session.get(Product, line.product_id)
        assert product is not None  # a foreign key
        first = not session.scalar(
            select(func.count()).select_from(StockLot).where(StockLot.product_id == product.id)
        )
        lot = StockLot(product_id=product.id, received_at=now, reference=document.number)
        session.add(lot)
        session.flush()
        line.lot_id = lot.id
        session.add(
            StockMovement(
                product_id=product.id,
                lot_id=lot.id,
                location_id=line.to_location_id,
                quantity=line.actual_qty,
                kind="receive",
                document_type="inbound",
                document_id=document.id,
                user_id=actor.user_id,
                station_id=actor.station_id,
                created_at=now,
            )
        )
        if (
            first
            and session.scalar(select(NewProduct.id).where(NewProduct.product_id == product.id))
            is None
        ):
            session.add(NewProduct(product_id=product.id, received_at=now))  # R-NEW-1,3
        received.append((product, line.actual_qty, first))
    title, body = arrival_text(document, received)
    enqueue_notice(session, actor, "arrival", title, body, document.id)
    record_event(
        session,
        actor,
        "inbound.received",
        {"number": document.number, "units": sum(q for _p, q, _n in received)},
    )


def arrival_text(document: Document, received: list[tuple[Product, int, bool]]) -> tuple[str, str]:
    """The arrival notice for the team's chat (R-NEW-1: style number and name),
    in the team's language; new products marked 新品."""
    title = f"到货通知 {document.number}（{document.partner}）"
    rows = [
        f"{'【新品】' if new else ''}款号 {p.style_no} {p.name}"
        f"{' ' + '/'.join(x for x in (p.colour, p.size) if x) if p.colour or p.size else ''}"
        f" × {qty}"
        for p, qty, new in received
    ]
    body = "\n".join(
        [f"送货单号 {document.reference}，共 {sum(q for _p, q, _n in received)} 件", *rows]
    )
    return title, body


register_poster("inbound", _post_inbound)
