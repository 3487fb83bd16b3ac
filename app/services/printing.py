"""The persistent print queue: queued -> sending -> done | failed (| cancelled).

A job lives in the database from the moment it is asked for, so a crash, an
unplugged printer or a restart never loses it; a failed job stays listed
until someone retries or cancels it. Nothing is printed twice unless someone
asks for a reprint (补打), which is a new job with its user and reason, in
the audit log. This module holds what people do; the spooler's side
(claim, done, failed, recovery) is in :mod:`app.services.print_queue` and
re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer

from app.db.engine import Database
from app.db.models import JOB_STATES, Printer, PrintJob
from app.errors import AlreadyPrinted, InvalidInput, NoDefaultPrinter, NotFound, WrongJobState
from app.permissions import Action
from app.services.context import Actor, authorize
from app.services.journal import audit
from app.services.print_queue import (
    MAX_ATTEMPTS,
    ClaimedJob,
    JobInfo,
    claim_next,
    get_job,
    job_event,
    job_info,
    mark_done,
    mark_failed,
    recover_after_restart,
    retry_delay,
)
from app.services.printers import check_label_kind, find_default, station_of

__all__ = [
    "MAX_ATTEMPTS",
    "ClaimedJob",
    "JobInfo",
    "cancel",
    "claim_next",
    "enqueue",
    "list_jobs",
    "mark_done",
    "mark_failed",
    "recover_after_restart",
    "reprint",
    "retry",
    "retry_delay",
]


def _insert(session: Session, job: PrintJob) -> None:
    """Insert, turning a lost dedupe race (another writer, PostgreSQL) into AlreadyPrinted."""
    try:
        with session.begin_nested():
            session.add(job)
    except IntegrityError:
        earlier = _holder(session, job.dedupe_key)
        if earlier is None:
            raise
        raise AlreadyPrinted(
            f"{job.label_kind} {job.document_ref} is already in the print queue",
            job_id=earlier[0],
            state=earlier[1],
        ) from None


def _holder(session: Session, dedupe_key: str | None) -> tuple[str, str] | None:
    """The id and state of the normal job holding this document, if any."""
    if dedupe_key is None:
        return None
    row = session.execute(
        select(PrintJob.id, PrintJob.state).where(PrintJob.dedupe_key == dedupe_key)
    ).first()
    return (row[0], row[1]) if row else None


def enqueue(
    db: Database,
    actor: Actor,
    label_kind: str,
    template: str,
    document_ref: str,
    payload: bytes,
    content_type: str,
    copies: int = 1,
    printer_id: str | None = None,
) -> JobInfo:
    """Queue a rendered document on the station's default printer for its kind
    (or ``printer_id``). A document already queued or printed on this kind is
    refused with :class:`AlreadyPrinted`; ask for :func:`reprint` instead. An
    empty ``document_ref`` (test page, ad-hoc label) is never deduplicated.

    ``payload`` is one copy (render ZPL without ``^PQ``, TSPL with ``PRINT 1``);
    the spooler sends it ``copies`` times."""
    check_label_kind(label_kind)
    if not payload:
        raise InvalidInput("nothing to print", field="payload")
    if not 1 <= copies <= 999:
        raise InvalidInput(f"{copies} copies is out of range", field="copies")
    station_id = station_of(actor)
    dedupe_key = f"{label_kind}:{document_ref}" if document_ref else None
    with db.write() as session:
        authorize(session, actor, Action.PRINT_LABELS)
        printer = _printer_for(session, station_id, label_kind, printer_id)
        if earlier := _holder(session, dedupe_key):
            raise AlreadyPrinted(
                f"{label_kind} {document_ref} was already printed",
                job_id=earlier[0],
                state=earlier[1],
            )
        job = PrintJob(
            station_id=station_id,
            printer_id=printer.id,
            label_kind=label_kind,
            template=template,
            document_ref=document_ref,
            payload=payload,
            content_type=content_type,
            copies=copies,
            state="queued",
            user_id=actor.user_id,
            dedupe_key=dedupe_key,
        )
        _insert(session, job)
        job_event(session, actor, "queued", job, printer_id=printer.id)
        return job_info(session, job)


def _printer_for(
    session: Session, station_id: str, label_kind: str, printer_id: str | None
) -> Printer:
    if printer_id is None:
        printer = find_default(session, station_id, label_kind)
        if printer is None:
            raise NoDefaultPrinter(f"no printer set for {label_kind}", label_kind=label_kind)
        return printer
    chosen = session.get(Printer, printer_id)
    if chosen is None or chosen.station_id != station_id:
        raise NotFound(f"no printer {printer_id} at this station", printer_id=printer_id)
    if not chosen.active:
        raise InvalidInput(f"printer {chosen.name} is switched off", field="printer_id")
    return chosen


def reprint(
    db: Database, actor: Actor, job_id: str, reason: str, printer_id: str | None = None
) -> JobInfo:
    """补打: print a printed document again, as a new job naming the old one,
    who asked and why. The reason is required and goes to the audit log."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("a reprint needs a reason", field="reason")
    station_id = station_of(actor)
    with db.write() as session:
        authorize(session, actor, Action.PRINT_LABELS)
        original = get_job(session, job_id, station_id)
        if original.state != "done":
            raise WrongJobState(
                f"job {job_id} was not printed ({original.state}); retry it instead",
                job_id=job_id,
                state=original.state,
                action="reprint",
            )
        target = printer_id or original.printer_id
        printer = _printer_for(session, station_id, original.label_kind, target)
        job = PrintJob(
            station_id=station_id,
            printer_id=printer.id,
            label_kind=original.label_kind,
            template=original.template,
            document_ref=original.document_ref,
            payload=original.payload,
            content_type=original.content_type,
            copies=original.copies,
            state="queued",
            user_id=actor.user_id,
            reprint_of=original.id,
            reprint_reason=reason,
            dedupe_key=None,
        )
        _insert(session, job)
        job_event(session, actor, "reprint_queued", job, reprint_of=original.id, reason=reason)
        audit(
            session,
            actor,
            "reprint",
            "print_job",
            job.id,
            reprint_of=original.id,
            reason=reason,
            label_kind=job.label_kind,
            document_ref=job.document_ref,
        )
        return job_info(session, job)


def _waiting_job(session: Session, actor: Actor, job_id: str, action: str) -> PrintJob:
    """A job of the actor's station that is still waiting or failed: only
    those may be retried or cancelled."""
    authorize(session, actor, Action.PRINT_LABELS)
    job = get_job(session, job_id, station_of(actor))
    if job.state not in ("failed", "queued"):
        raise WrongJobState(
            f"job {job_id} is {job.state}", job_id=job_id, state=job.state, action=action
        )
    return job


def retry(db: Database, actor: Actor, job_id: str) -> JobInfo:
    """Send a failed (or waiting) job again now, with a fresh count of attempts."""
    with db.write() as session:
        job = _waiting_job(session, actor, job_id, "retry")
        job.state, job.attempts, job.next_attempt_at = "queued", 0, None
        job_event(session, actor, "retried", job)
        audit(session, actor, "print_retry", "print_job", job.id, last_error=job.last_error)
        return job_info(session, job)


def cancel(db: Database, actor: Actor, job_id: str) -> JobInfo:
    """Take a queued or failed job off the queue. It was never printed, so the
    document may be queued again normally (its dedupe key is released)."""
    with db.write() as session:
        job = _waiting_job(session, actor, job_id, "cancel")
        job.state, job.next_attempt_at, job.dedupe_key = "cancelled", None, None
        job_event(session, actor, "cancelled", job)
        audit(session, actor, "print_cancel", "print_job", job.id, document_ref=job.document_ref)
        return job_info(session, job)


def list_jobs(
    db: Database, actor: Actor, states: Iterable[str] | None = None, limit: int = 200
) -> list[JobInfo]:
    """The station's jobs, newest first (payloads are not loaded)."""
    wanted = tuple(states) if states is not None else JOB_STATES
    if unknown := set(wanted) - set(JOB_STATES):
        raise InvalidInput(f"unknown job states {sorted(unknown)}", field="states")
    station_id = station_of(actor)
    with db.read() as session:
        authorize(session, actor, Action.PRINT_LABELS)
        jobs = session.scalars(
            select(PrintJob)
            .options(defer(PrintJob.payload))
            .where(PrintJob.station_id == station_id, PrintJob.state.in_(wanted))
            .order_by(PrintJob.created_at.desc(), PrintJob.id)
            .limit(limit)
        ).all()
        return [job_info(session, job) for job in jobs]
