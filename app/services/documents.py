"""Documents (单据): numbered, signed by the people of each step, posted, and
never edited once posted (R-ACC-2,3).

Workflow modules (receiving, transfers, counts, returns …) make their
documents with :func:`new_document` and :func:`add_line` inside their own
transaction, and register a *poster* per kind: what posting does to the
stock ledger. Signing and posting are one call each, the same for every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import (
    DOCUMENT_KINDS,
    Document,
    DocumentLine,
    DocumentSignature,
    SyncState,
    User,
)
from app.errors import DomainError, InvalidInput, NotFound
from app.roles import Role
from app.services.context import Actor
from app.services.journal import record_event

# Who signs what (R-ACC-2): capacities per kind, in signing order.
SIGNERS: dict[str, tuple[str, ...]] = {
    "inbound": ("keeper", "supervisor"),  # R-REC-3
    "transfer": ("sender", "receiver"),  # R-STK-4: both keepers at hand-over
    "sample_out": ("taker", "supervisor"),  # R-NEW-2
    "count": ("keeper", "supervisor"),  # R-STK-3
    "scrap": ("keeper", "supervisor"),  # R-STK-3 拨废单
    "defect_move": ("qc", "keeper"),  # R-QC-5 移库单
    "return_in": ("clerk", "qc"),  # R-RET-2: counted and signed, QC decides
    "supplier_return": ("keeper", "supervisor"),  # R-RET-3 次品退厂单
}

# Which roles may sign in a capacity. A supervisor may sign as anyone except
# where the supervisor's own signature is the second one needed.
CAPACITY_ROLES: dict[str, frozenset[Role]] = {
    "supervisor": frozenset({Role.SUPERVISOR}),
    "keeper": frozenset({Role.PICKER, Role.CLERK, Role.SUPERVISOR}),  # 仓库管理员
    "sender": frozenset({Role.PICKER, Role.CLERK, Role.SUPERVISOR}),
    "receiver": frozenset({Role.PICKER, Role.CLERK, Role.SUPERVISOR}),
    "taker": frozenset(Role),  # the product team's photographer has any login
    "qc": frozenset({Role.QC, Role.SUPERVISOR}),
    "clerk": frozenset({Role.CLERK, Role.SUPERVISOR}),
}

PREFIXES = {
    "inbound": "RK",
    "transfer": "DB",
    "sample_out": "YP",
    "count": "PD",
    "scrap": "BF",
    "defect_move": "YK",
    "return_in": "TH",
    "supplier_return": "TC",
}

Poster = Callable[[Session, Actor, Document, list[DocumentLine], datetime], None]
_POSTERS: dict[str, Poster] = {}


class WrongDocumentState(DomainError):
    """``params``: number, state (e.g. posting a posted document, editing one)."""

    code = "wrong_document_state"


class SignaturesMissing(DomainError):
    """``params``: number, missing (capacities still to sign)."""

    code = "signatures_missing"


class SignatureRefused(DomainError):
    """``params``: capacity, reason (role / same_person / already_signed / not_needed)."""

    code = "signature_refused"


def register_poster(kind: str, poster: Poster) -> None:
    """What posting a document of ``kind`` does to the ledger (its workflow module)."""
    _POSTERS[kind] = poster


def next_number(session: Session, kind: str, day: date, station_code: str = "") -> str:
    """RK20261128-001: prefix, day, running number of that kind that day.

    A station that syncs may make documents offline, while another does the
    same: its numbers carry its code (RK20261128-ST01-001), so two stations
    never hand out one number twice. On the server (and a station alone)
    there is one counter and the short form.
    """
    stem = f"{PREFIXES[kind]}{day:%Y%m%d}-"
    if station_code and _is_syncing_replica(session):
        stem += f"{station_code[:12].upper()}-"
    last = session.scalar(select(func.max(Document.number)).where(Document.number.like(stem + "%")))
    running = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{running:03d}"


def _is_syncing_replica(session: Session) -> bool:
    if session.get_bind().dialect.name != "sqlite":
        return False
    return bool(session.scalar(select(SyncState.capture).where(SyncState.id == 1)))


def new_document(
    session: Session,
    actor: Actor,
    kind: str,
    day: date,
    *,
    warehouse_id: str | None = None,
    to_warehouse_id: str | None = None,
    reference: str = "",
    partner: str = "",
    note: str = "",
) -> Document:
    if kind not in DOCUMENT_KINDS:
        raise InvalidInput(f"unknown document kind {kind!r}", field="kind", value=kind)
    document = Document(
        kind=kind,
        number=next_number(session, kind, day, actor.station_code),
        day=day,
        warehouse_id=warehouse_id,
        to_warehouse_id=to_warehouse_id,
        reference=reference,
        partner=partner,
        note=note,
        created_by=actor.user_id,
        station_id=actor.station_id,
    )
    session.add(document)
    session.flush()
    record_event(session, actor, "document.created", {"id": document.id, "number": document.number})
    return document


def add_line(
    session: Session,
    document: Document,
    product_id: str,
    expected_qty: int = 0,
    actual_qty: int = 0,
    **where: str | None,
) -> DocumentLine:
    """A line on a draft document (``where``: lot_id, from_location_id, to_location_id, note)."""
    require_state(document, "draft")
    count = session.scalar(
        select(func.count())
        .select_from(DocumentLine)
        .where(DocumentLine.document_id == document.id)
    )
    line = DocumentLine(
        document_id=document.id,
        line_no=int(count or 0) + 1,
        product_id=product_id,
        expected_qty=expected_qty,
        actual_qty=actual_qty,
        **{k: v for k, v in where.items() if v is not None},
    )
    session.add(line)
    session.flush()
    return line


def get_document(session: Session, ref: str) -> Document:
    """By id or number (a scanned document number)."""
    document = session.get(Document, ref) or session.scalar(
        select(Document).where(Document.number == ref.strip().upper())
    )
    if document is None:
        raise NotFound(f"no document {ref}", kind="document", ref=ref)
    return document


def require_state(document: Document, state: str) -> None:
    if document.state != state:
        raise WrongDocumentState(
            f"document {document.number} is {document.state}",
            number=document.number,
            state=document.state,
        )


def missing_signatures(session: Session, document: Document) -> list[str]:
    signed = set(
        session.scalars(
            select(DocumentSignature.capacity).where(DocumentSignature.document_id == document.id)
        )
    )
    return [c for c in SIGNERS[document.kind] if c not in signed]


def sign(
    db: Database,
    actor: Actor,
    document_ref: str,
    capacity: str,
    signer: Actor,
    method: str,
    now: datetime | None = None,
) -> list[str]:
    """``signer`` (from a badge scan or a PIN, checked by the login service)
    signs ``document_ref`` as ``capacity``; returns the capacities still missing."""
    with db.write() as session:
        document = get_document(session, document_ref)
        require_state(document, "draft")
        sign_in_session(session, actor, document, capacity, signer, method, now)
        return missing_signatures(session, document)


def sign_in_session(
    session: Session,
    actor: Actor,
    document: Document,
    capacity: str,
    signer: Actor,
    method: str,
    now: datetime | None = None,
) -> DocumentSignature:
    """``now``: the signing time (the clock when not given)."""
    if capacity not in SIGNERS[document.kind]:
        raise SignatureRefused("not needed", capacity=capacity, reason="not_needed")
    user = session.get(User, signer.user_id)
    if user is None or not user.active:
        raise SignatureRefused("signer not active", capacity=capacity, reason="inactive")
    if not CAPACITY_ROLES[capacity] & {Role(r) for r in user.role_names}:
        raise SignatureRefused(
            f"{user.username} may not sign as {capacity}", capacity=capacity, reason="role"
        )
    others = session.execute(
        select(DocumentSignature.capacity, DocumentSignature.user_id).where(
            DocumentSignature.document_id == document.id
        )
    ).all()
    if any(c == capacity for c, _ in others):
        raise SignatureRefused("already signed", capacity=capacity, reason="already_signed")
    if any(u == user.id for _, u in others):
        # R-ACC-2: the people of each step; one person is one signature.
        raise SignatureRefused("same person", capacity=capacity, reason="same_person")
    signature = DocumentSignature(
        document_id=document.id,
        capacity=capacity,
        user_id=user.id,
        method=method,
        station_id=actor.station_id,
        signed_at=now or utcnow(),
    )
    session.add(signature)
    record_event(
        session,
        actor,
        "document.signed",
        {"number": document.number, "capacity": capacity, "signer": user.username},
    )
    return signature


def post(db: Database, actor: Actor, document_ref: str, now: datetime) -> Document:
    """Post a signed draft: its poster writes the ledger; then it is frozen."""
    with db.write() as session:
        return post_in_session(session, actor, get_document(session, document_ref), now)


def post_in_session(session: Session, actor: Actor, document: Document, now: datetime) -> Document:
    require_state(document, "draft")
    missing = missing_signatures(session, document)
    if missing:
        raise SignaturesMissing(
            f"{document.number} still needs {', '.join(missing)}",
            number=document.number,
            missing=missing,
        )
    lines = list(
        session.scalars(
            select(DocumentLine)
            .where(DocumentLine.document_id == document.id)
            .order_by(DocumentLine.line_no)
        )
    )
    import app.services.posters  # noqa: F401 - every kind's poster, whoever posts

    poster = _POSTERS.get(document.kind)
    if poster is None:  # a document that would post without touching the ledger
        raise RuntimeError(f"no poster for {document.kind} documents")
    poster(session, actor, document, lines, now)
    document.state = "posted"
    document.posted_by = actor.user_id
    document.posted_at = now
    session.flush()
    record_event(
        session, actor, "document.posted", {"number": document.number, "kind": document.kind}
    )
    return document


def unposted(session: Session, day: date, warehouse_id: str | None = None) -> list[Document]:
    """The day's drafts (the daily close refuses while any remain)."""
    query = select(Document).where(Document.day == day, Document.state == "draft")
    if warehouse_id:
        query = query.where(Document.warehouse_id == warehouse_id)
    return list(session.scalars(query.order_by(Document.number)))
