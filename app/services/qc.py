"""QC of a delivery (质检, R-QC-1..5): per colour and size (SKU) of an inbound
document, the rounds the inspector did and what the rule
(:mod:`app.services.qc_rules`) asks next.

Recording a round is one transaction: the round (QcInspection: round, drawn,
passed, the verdict it led to, who, where, when) and what its outcome
requires:

- the whole delivery rejected (R-QC-3): every line of the inbound document is
  marked ``refused`` with the reason, and a report for the general manager's
  office is queued (notice ``qc_rejected``); no SKU of it is inspected further;
- defective units at the end of a SKU (R-QC-4, or a sample under a lower pass
  line): they go on the delivery's transfer slip to the defective store
  (:mod:`app.services.qc_slips`, R-QC-5) and their count is reported for the
  return to the supplier (notice ``supplier_return``: 次品报数量总经办退货).

Group-chat notices are written in Chinese: they go to the team's chat as they
are, not through the program's translations.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.backoffice_settings import QcSection
from app.db.engine import Database
from app.db.models import Document, DocumentLine, Product, QcInspection
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.document_corrections import effective_quantity
from app.services.documents import get_document
from app.services.journal import record_event
from app.services.notices import enqueue_notice
from app.services.picking import find_product
from app.services.qc_rules import (
    QcNext,
    QcRefused,
    QcRound,
    Step,
    check_round,
    next_step,
)
from app.services.qc_slips import SlipInfo, delivery_slips, put_on_slip, slip_info

INBOUND = "inbound"
REFUSED = "refused"  # DocumentLine.decision of a rejected delivery (R-QC-3)


@dataclass(frozen=True)
class SkuQc:
    """One colour and size of a delivery: its rounds and the rule's next step."""

    product_id: str
    sku_code: str
    name: str
    style_no: str
    colour: str
    size: str
    rounds: tuple[QcRound, ...]
    next: QcNext
    rejected_with_delivery: bool  # another SKU's result sent the whole delivery back

    @property
    def delivered(self) -> int:
        return self.next.delivered

    @property
    def open(self) -> bool:
        """Still to be inspected."""
        return not self.next.final and not self.rejected_with_delivery


@dataclass(frozen=True)
class DeliveryQc:
    document_id: str
    number: str
    state: str
    day: date
    partner: str
    reference: str
    skus: tuple[SkuQc, ...]
    slips: tuple[SlipInfo, ...]

    @property
    def rejected(self) -> bool:
        return any(s.next.step is Step.REJECT_ALL for s in self.skus)

    @property
    def complete(self) -> bool:
        return not any(s.open for s in self.skus)

    def sku(self, product_id: str) -> SkuQc:
        return next(s for s in self.skus if s.product_id == product_id)


@dataclass(frozen=True)
class RoundRecorded:
    sku: SkuQc  # after the round
    delivery: DeliveryQc
    slip: SlipInfo | None  # the transfer slip the defective units went on
    notices: tuple[str, ...]  # kinds queued


@dataclass(frozen=True)
class OpenDelivery:
    number: str
    day: date
    partner: str
    reference: str
    skus: int
    skus_done: int


def _inbound(session: Session, ref: str) -> Document:
    document = get_document(session, ref)
    if document.kind != INBOUND:
        raise QcRefused(
            f"{document.number} is no inbound order", reason="not_inbound", number=document.number
        )
    if document.state == "cancelled":
        raise QcRefused(
            f"{document.number} is cancelled", reason="wrong_state", number=document.number
        )
    return document


def _delivery(session: Session, document: Document, settings: QcSection) -> DeliveryQc:
    delivered: dict[str, int] = defaultdict(int)
    for line in session.scalars(
        select(DocumentLine)
        .where(DocumentLine.document_id == document.id)
        .order_by(DocumentLine.line_no)
    ):
        delivered[line.product_id] += effective_quantity(session, line)
    rounds: dict[str, list[QcRound]] = defaultdict(list)
    for row in session.scalars(
        select(QcInspection)
        .where(QcInspection.document_id == document.id)
        .order_by(QcInspection.product_id, QcInspection.round_no)
    ):
        rounds[row.product_id].append(QcRound(row.drawn, row.passed))
    products = {
        p.id: p for p in session.scalars(select(Product).where(Product.id.in_(list(delivered))))
    }
    steps = {
        pid: next_step(units, rounds[pid], settings) for pid, units in delivered.items() if units
    }
    rejected = any(step.step is Step.REJECT_ALL for step in steps.values())
    skus = tuple(
        SkuQc(
            product_id=pid,
            sku_code=products[pid].sku_code,
            name=products[pid].name,
            style_no=products[pid].style_no,
            colour=products[pid].colour,
            size=products[pid].size,
            rounds=tuple(rounds[pid]),
            next=step,
            rejected_with_delivery=rejected and step.step is not Step.REJECT_ALL,
        )
        for pid, step in steps.items()
    )
    return DeliveryQc(
        document.id,
        document.number,
        document.state,
        document.day,
        document.partner,
        document.reference,
        skus,
        tuple(delivery_slips(session, document)),
    )


def open_delivery(db: Database, actor: Actor, ref: str, settings: QcSection) -> DeliveryQc:
    """A scanned inbound document number: every SKU with its next step."""
    with db.read() as session:
        authorize(session, actor, Action.QC_INSPECT)
        return _delivery(session, _inbound(session, ref), settings)


def _sku_of(session: Session, delivery: DeliveryQc, code: str) -> SkuQc:
    product = find_product(session, code)
    for sku in delivery.skus:
        if sku.product_id == product.id:
            return sku
    raise QcRefused(
        f"{product.sku_code} is not on {delivery.number}",
        reason="not_on_document",
        sku=product.sku_code,
        number=delivery.number,
    )


def sku_state(db: Database, actor: Actor, ref: str, code: str, settings: QcSection) -> SkuQc:
    """A scanned item of the delivery: what to draw next and why."""
    with db.read() as session:
        authorize(session, actor, Action.QC_INSPECT)
        return _sku_of(session, _delivery(session, _inbound(session, ref), settings), code)


def open_deliveries(
    db: Database, actor: Actor, settings: QcSection, limit: int = 50
) -> list[OpenDelivery]:
    """Inbound documents with SKUs still to inspect, newest first."""
    with db.read() as session:
        authorize(session, actor, Action.QC_INSPECT)
        documents = session.scalars(
            select(Document)
            .where(Document.kind == INBOUND, Document.state != "cancelled")
            .order_by(Document.day.desc(), Document.number.desc())
            .limit(limit * 4)
        )
        found: list[OpenDelivery] = []
        for document in documents:
            delivery = _delivery(session, document, settings)
            if delivery.skus and not delivery.complete:
                done = sum(1 for s in delivery.skus if not s.open)
                found.append(
                    OpenDelivery(
                        document.number,
                        document.day,
                        document.partner,
                        document.reference,
                        len(delivery.skus),
                        done,
                    )  # fmt: skip
                )
            if len(found) >= limit:
                break
        return found


def record_round(
    db: Database,
    actor: Actor,
    ref: str,
    code: str,
    drawn: int,
    passed: int,
    settings: QcSection,
    now: datetime,
) -> RoundRecorded:
    """The inspector inspected ``drawn`` units of the SKU ``code`` (the number
    the rule asked for) and ``passed`` of them passed. Refused (nothing
    recorded) when it is not what the rule asked for."""
    with db.write() as session:
        authorize(session, actor, Action.QC_INSPECT)
        document = _inbound(session, ref)
        before = _delivery(session, document, settings)
        sku = _sku_of(session, before, code)
        if sku.rejected_with_delivery:
            raise QcRefused(
                f"{document.number} was rejected whole", reason="rejected", number=document.number
            )
        step = check_round(sku.delivered, sku.rounds, drawn, passed, settings)
        after = next_step(sku.delivered, [*sku.rounds, QcRound(drawn, passed)], settings)
        session.add(
            QcInspection(
                document_id=document.id,
                product_id=sku.product_id,
                round_no=step.round_no,
                drawn=drawn,
                passed=passed,
                verdict=after.verdict,
                user_id=actor.user_id,
                station_id=actor.station_id,
                created_at=now,
            )
        )
        record_event(
            session,
            actor,
            "qc.round",
            {
                "number": document.number,
                "sku": sku.sku_code,
                "round": step.round_no,
                "drawn": drawn,
                "passed": passed,
                "verdict": after.verdict,
            },
        )
        notices: list[str] = []
        slip = None
        if after.step is Step.REJECT_ALL:
            _reject_delivery(session, actor, document, sku, after, settings)
            notices.append("qc_rejected")
        elif after.final and after.defective:
            slip = put_on_slip(session, actor, document, sku.product_id, after.defective)
            _report_defective(session, actor, document, sku, after, slip.number)
            notices.append("supplier_return")
        session.flush()
        delivery = _delivery(session, document, settings)
        return RoundRecorded(
            delivery.sku(sku.product_id),
            delivery,
            slip_info(session, slip) if slip is not None else None,
            tuple(notices),
        )


def _sku_words(sku: SkuQc) -> str:
    return " ".join(p for p in (sku.style_no, sku.name, sku.colour, sku.size) if p)


def _reject_delivery(
    session: Session,
    actor: Actor,
    document: Document,
    sku: SkuQc,
    step: QcNext,
    settings: QcSection,
) -> None:
    """R-QC-3: every line refused, the general manager's office told (整单退货)."""
    rate = step.rate_text
    line_pct = f"{settings.reject_below_pct}%"
    reason = f"QC {sku.sku_code}: {rate} < {line_pct} (R-QC-3)"
    for line in session.scalars(
        select(DocumentLine).where(DocumentLine.document_id == document.id)
    ):
        line.decision = REFUSED
        line.note = f"{line.note}\n{reason}".strip()
    enqueue_notice(
        session,
        actor,
        "qc_rejected",
        f"质检不合格，整单退货：{document.number}",
        f"入库单 {document.number}（供应商 {document.partner or '-'}，送货单 "
        f"{document.reference or '-'}）：{_sku_words(sku)} 抽检合格率 {rate}，"
        f"低于 {line_pct}。请总经办安排整单退货（R-QC-3）。",
        document.id,
    )
    record_event(session, actor, "qc.rejected", {"number": document.number, "sku": sku.sku_code})


def _report_defective(
    session: Session, actor: Actor, document: Document, sku: SkuQc, step: QcNext, slip: str
) -> None:
    """次品报数量总经办退货 (R-QC-4): the defective count, for the supplier return."""
    enqueue_notice(
        session,
        actor,
        "supplier_return",
        f"质检次品 {step.defective} 件：{document.number}",
        f"入库单 {document.number}（供应商 {document.partner or '-'}）：{_sku_words(sku)} "
        f"共 {step.delivered} 件，检验 {step.inspected} 件，次品 {step.defective} 件，"
        f"已开移库单 {slip} 移至次品仓，待退供应商（R-QC-4,5）。",
        document.id,
    )
