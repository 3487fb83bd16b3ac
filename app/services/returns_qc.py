"""QC's part of a return (R-RET-2): the decision per unit (resellable,
defective, or refused: damage the customer caused, R-RET-1), refund or
exchange, the SKUs an exchange sends instead, and the signatures: the
clerk's for the count, then QC's for what may be refunded or re-sent.

Decisions are keyed at the returns desk by whoever is logged in there (the
clerk at QC's word, or QC); QC's signature is what makes them count, and
after it nothing changes.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Document, DocumentLine
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.documents import add_line, missing_signatures, sign_in_session
from app.services.journal import record_event
from app.services.returns import (
    DECISIONS,
    MODES,
    check_stage,
    draft_only,
    order_of,
    refused,
    return_document,
    scanned_product,
)
from app.services.returns_view import ReturnView, document_lines, return_view


def set_mode(db: Database, actor: Actor, number: str, mode: str) -> ReturnView:
    """Refund or exchange (换货): fixed before QC signs what may be refunded or re-sent."""
    if mode not in MODES:
        raise refused("bad_mode", f"unknown mode {mode!r}", value=mode)
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        draft_only(document)
        if "qc" not in missing_signatures(session, document):
            raise refused("qc_signed", f"{number}: QC has signed")
        detail = dict(document.detail)
        detail["mode"] = mode
        if mode == "refund":
            detail.pop("replacements", None)
        document.detail = detail
        record_event(session, actor, "return.mode", {"number": number, "mode": mode})
        return return_view(session, order_of(session, document.detail["order_id"]), document)


def _split_unit(
    session: Session, document: Document, lines: list[DocumentLine], source: DocumentLine, to: str
) -> None:
    """Move one unit of ``source`` to the line of its product and reason decided ``to``."""
    target = next(
        (
            x
            for x in lines
            if x.product_id == source.product_id and x.note == source.note and x.decision == to
        ),
        None,
    )
    if source.actual_qty == 1 and target is None:
        source.decision = to
        return
    if target is None:
        target = add_line(session, document, source.product_id, note=source.note)
        target.decision = to
    source.actual_qty -= 1
    target.actual_qty += 1


def qc_decide(
    db: Database, actor: Actor, number: str, code: str, decision: str, units: int = 1
) -> ReturnView:
    """QC's decision (R-RET-2) for ``units`` units of the scanned item: the
    undecided first, else units decided otherwise (QC changes its mind)."""
    if decision not in DECISIONS:
        raise refused("bad_decision", f"unknown decision {decision!r}", value=decision)
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        check_stage(session, document, "qc")
        product = scanned_product(session, code)
        changed = 0
        for _ in range(max(units, 1)):
            lines = [
                x
                for x in document_lines(session, document)
                if x.product_id == product.id and x.actual_qty
            ]
            source = next((x for x in lines if not x.decision), None) or next(
                (x for x in lines if x.decision != decision), None
            )
            if source is None:
                if lines:
                    break  # every unit of it is decided so already
                raise refused(
                    "not_in_return", f"{product.sku_code} is not in {number}", sku=product.sku_code
                )
            _split_unit(session, document, document_lines(session, document), source, decision)
            session.flush()
            changed += 1
        if changed:
            record_event(
                session,
                actor,
                "return.decided",
                {
                    "number": number,
                    "product_id": product.id,
                    "decision": decision,
                    "units": changed,
                },
            )
        return return_view(
            session, order_of(session, document.detail["order_id"]), document, product.sku_code
        )


def set_replacement(
    db: Database, actor: Actor, number: str, code: str, delta: int = 1
) -> ReturnView:
    """An exchange's SKU to send instead (a scan adds one, ``delta=-1`` takes
    one off); none given: the same SKUs as the accepted units."""
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        draft_only(document)
        if document.detail.get("mode") != "exchange":
            raise refused("not_exchange", f"{number} is a refund, not an exchange")
        product = scanned_product(session, code)
        replacements = dict(document.detail.get("replacements", {}))
        replacements[product.id] = max(int(replacements.get(product.id, 0)) + delta, 0)
        replacements = {pid: n for pid, n in replacements.items() if n}
        accepted = sum(
            x.actual_qty for x in document_lines(session, document) if x.decision != "refused"
        )
        if sum(replacements.values()) > accepted:
            raise refused(
                "replacements_exceed",
                f"{number}: more to send than the {accepted} units accepted",
                accepted=accepted,
            )
        document.detail = {**document.detail, "replacements": replacements}
        record_event(
            session, actor, "return.replacement", {"number": number, "product_id": product.id}
        )
        return return_view(
            session, order_of(session, document.detail["order_id"]), document, product.sku_code
        )


def sign_return(
    db: Database, actor: Actor, number: str, capacity: str, signer: Actor, method: str
) -> ReturnView:
    """The clerk signs the count, then QC the decisions (R-RET-2); the
    signer comes from a badge scan or a PIN."""
    with db.write() as session:
        authorize(session, actor, Action.RETURNS)
        document = return_document(session, number)
        draft_only(document)
        lines = [x for x in document_lines(session, document) if x.actual_qty > 0]
        if capacity == "qc":
            check_stage(session, document, "qc")
            undecided = [x.line_no for x in lines if not x.decision]
            if undecided:
                raise refused(
                    "undecided", f"{number}: lines {undecided} undecided", lines=undecided
                )
        elif not lines:
            raise refused("nothing_counted", f"{number}: nothing counted")
        sign_in_session(session, actor, document, capacity, signer, method)
        session.flush()
        return return_view(session, order_of(session, document.detail["order_id"]), document)
