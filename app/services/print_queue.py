"""The spooler's side of the print queue (no person acts here): claim the
next due job, report how sending went, and recover after a crash.

States: queued -> sending -> done | failed (| cancelled by a person). Jobs
are shared with :mod:`app.services.printing`, where people queue, reprint,
retry and cancel them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, defer

from app.db.engine import Database
from app.db.models import Printer, PrinterDefault, PrintJob, User
from app.errors import NotFound, WrongJobState
from app.services.context import Actor
from app.services.journal import audit, record_event
from app.services.printers import PrinterInfo, printer_info

MAX_ATTEMPTS = 5  # automatic attempts before a job is marked failed
_BASE_DELAY = timedelta(seconds=5)
_MAX_DELAY = timedelta(minutes=5)


@dataclass(frozen=True)
class JobInfo:
    """A job as the queue screen shows it (never the payload itself).

    ``copies``: the payload is one copy; the spooler sends it that many times."""

    id: str
    station_id: str
    printer_id: str
    printer_name: str
    label_kind: str
    template: str
    document_ref: str
    content_type: str
    copies: int
    state: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    created_at: datetime
    done_at: datetime | None
    reprint_of: str | None
    reprint_reason: str
    user_id: str | None
    username: str

    @property
    def is_reprint(self) -> bool:
        return self.reprint_of is not None


@dataclass(frozen=True)
class ClaimedJob:
    """What the spooler needs to send one job."""

    id: str
    printer: PrinterInfo
    label_kind: str
    document_ref: str
    payload: bytes
    content_type: str
    copies: int
    attempts: int


def retry_delay(attempts: int) -> timedelta:
    """Back-off after the ``attempts``-th failure: 10 s, 20 s, 40 s ... at most 5 min."""
    return min(_BASE_DELAY * (1 << min(attempts, 16)), _MAX_DELAY)


def job_info(session: Session, job: PrintJob) -> JobInfo:
    printer = session.get(Printer, job.printer_id)
    user = session.get(User, job.user_id) if job.user_id else None
    return JobInfo(
        id=job.id,
        station_id=job.station_id,
        printer_id=job.printer_id,
        printer_name=printer.name if printer else "",
        label_kind=job.label_kind,
        template=job.template,
        document_ref=job.document_ref,
        content_type=job.content_type,
        copies=job.copies,
        state=job.state,
        attempts=job.attempts,
        last_error=job.last_error,
        next_attempt_at=job.next_attempt_at,
        created_at=job.created_at,
        done_at=job.done_at,
        reprint_of=job.reprint_of,
        reprint_reason=job.reprint_reason,
        user_id=job.user_id,
        username=user.username if user else "",
    )


def job_event(
    session: Session, actor: Actor | None, kind: str, job: PrintJob, **extra: object
) -> None:
    payload = {"job_id": job.id, "station_id": job.station_id, "label_kind": job.label_kind}
    record_event(
        session, actor, f"print.{kind}", {**payload, "document_ref": job.document_ref, **extra}
    )


def get_job(session: Session, job_id: str, station_id: str | None = None) -> PrintJob:
    job = session.get(PrintJob, job_id)
    if job is None or (station_id is not None and job.station_id != station_id):
        raise NotFound(f"no print job {job_id}", job_id=job_id)
    return job


def claim_next(db: Database, station_id: str, now: datetime) -> ClaimedJob | None:
    """Move the oldest due queued job to ``sending`` and hand it out, or None.

    SQLite writes under BEGIN IMMEDIATE, so one claimer at a time; PostgreSQL
    uses ``FOR UPDATE SKIP LOCKED``, so two claimers never get the same job.
    """
    with db.write() as session:
        job = session.scalars(
            select(PrintJob)
            .where(
                PrintJob.station_id == station_id,
                PrintJob.state == "queued",
                or_(PrintJob.next_attempt_at.is_(None), PrintJob.next_attempt_at <= now),
            )
            .order_by(PrintJob.created_at, PrintJob.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        ).first()
        if job is None:
            return None
        job.state = "sending"
        printer = session.get(Printer, job.printer_id)
        assert printer is not None  # a foreign key
        return ClaimedJob(
            id=job.id,
            printer=printer_info(printer),
            label_kind=job.label_kind,
            document_ref=job.document_ref,
            payload=bytes(job.payload),
            content_type=job.content_type,
            copies=job.copies,
            attempts=job.attempts,
        )


def mark_done(db: Database, job_id: str, now: datetime) -> JobInfo:
    """The printer took every byte."""
    with db.write() as session:
        job = _sending(session, job_id, "mark_done")
        job.state, job.done_at, job.next_attempt_at, job.last_error = "done", now, None, ""
        job_event(session, None, "done", job, printer_id=job.printer_id)
        return job_info(session, job)


def mark_failed(
    db: Database, job_id: str, error: str, now: datetime, max_attempts: int = MAX_ATTEMPTS
) -> JobInfo:
    """Sending failed: back to the queue after :func:`retry_delay`, or ``failed``
    after ``max_attempts``. A failed job stays listed until retried or cancelled."""
    with db.write() as session:
        job = _sending(session, job_id, "mark_failed")
        job.attempts += 1
        job.last_error = error[:2000]
        if job.attempts >= max_attempts:
            job.state, job.next_attempt_at = "failed", None
            job_event(session, None, "failed", job, error=job.last_error, attempts=job.attempts)
        else:
            job.state, job.next_attempt_at = "queued", now + retry_delay(job.attempts)
        return job_info(session, job)


def _sending(session: Session, job_id: str, action: str) -> PrintJob:
    job = get_job(session, job_id)
    if job.state != "sending":
        raise WrongJobState(
            f"job {job_id} is {job.state}, not sending",
            job_id=job_id,
            state=job.state,
            action=action,
        )
    return job


def recover_after_restart(db: Database, station_id: str) -> list[str]:
    """On start, jobs a crash left in ``sending`` go back to ``queued``.

    Trade-off: the crash may have come after the printer took the bytes, so
    such a label can print twice; the alternative (marking it failed or done)
    risks a parcel leaving without its label. A duplicate label is visible
    and harmless to throw away; a missing one is not, so we re-queue.
    """
    with db.write() as session:
        jobs = session.scalars(
            select(PrintJob)
            .options(defer(PrintJob.payload))
            .where(PrintJob.station_id == station_id, PrintJob.state == "sending")
        ).all()
        for job in jobs:
            job.state, job.next_attempt_at = "queued", None
            job_event(session, None, "recovered", job)
        if jobs:
            ids = [job.id for job in jobs]
            audit(
                session,
                None,
                "print_recovered",
                "station",
                station_id,
                username="system",
                station_id=station_id,
                job_ids=ids,
            )
        return [job.id for job in jobs]


@dataclass(frozen=True)
class QueueSummary:
    """What the status bar says about printing at this station."""

    printer_name: str  # the default e-waybill printer ("" when none is set)
    printer_kind: str
    waiting: int  # queued or being sent
    failed: int  # needs a person: retry or cancel


def queue_summary(db: Database, station_id: str) -> QueueSummary:
    with db.read() as session:
        counts = dict(
            session.execute(
                select(PrintJob.state, func.count())
                .where(PrintJob.station_id == station_id)
                .group_by(PrintJob.state)
            ).all()
        )
        default = session.execute(
            select(Printer.name, Printer.kind)
            .join(PrinterDefault, PrinterDefault.printer_id == Printer.id)
            .where(PrinterDefault.station_id == station_id, PrinterDefault.label_kind == "ewaybill")
        ).first()
    return QueueSummary(
        printer_name=default[0] if default else "",
        printer_kind=default[1] if default else "",
        waiting=int(counts.get("queued", 0)) + int(counts.get("sending", 0)),
        failed=int(counts.get("failed", 0)),
    )
