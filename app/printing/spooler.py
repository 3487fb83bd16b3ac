"""The spooler drains the station's print queue: claim a job, send it, record
how it went. No Qt: the UI runs :meth:`Spooler.run` in a worker thread, the
command line may call :meth:`Spooler.run_once` directly.

No database transaction is open while bytes go to a printer, so a slow or
stalled printer never holds the write lock that scans and weighings need.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial

from app.db.base import utcnow
from app.db.engine import Database
from app.errors import DatabaseUnavailable
from app.printing.base import PrinterError, Transport
from app.services.print_queue import (
    MAX_ATTEMPTS,
    ClaimedJob,
    claim_next,
    mark_done,
    mark_failed,
    recover_after_restart,
)
from app.services.printers import PrinterInfo

log = logging.getLogger(__name__)

#: Languages whose jobs may simply be concatenated: each copy is a whole label
#: format (``^XA...^XZ``, ``CLS...PRINT``). PDFs and PNGs go one file per copy.
_STREAM_LANGUAGES = ("zpl", "tspl")

#: Failures no retry can cure: the job fails at once and waits for a person.
_PERMANENT = ("bad_address", "unsupported")

JobListener = Callable[[str, str], None]


class Spooler:
    """Sends the jobs of one station, one at a time, oldest due first.

    ``transports`` builds the transport for a printer (``transport_for``, or a
    wrapper adding the UI's system printer); ``clock`` gives aware UTC times;
    ``on_change(job_id, state)`` hears every state a job reaches.
    """

    def __init__(
        self,
        db: Database,
        station_id: str,
        transports: Callable[[PrinterInfo], Transport],
        clock: Callable[[], datetime] = utcnow,
        max_attempts: int = MAX_ATTEMPTS,
        on_change: JobListener | None = None,
    ) -> None:
        self.db, self.station_id = db, station_id
        self.transports, self.clock = transports, clock
        self.max_attempts = max_attempts
        self.on_change = on_change
        # Outcomes sent but not yet recorded (database briefly unavailable):
        # recorded before anything else is claimed, so a printed job is never
        # left "sending" to be re-queued and printed twice.
        self._unrecorded: list[Callable[[], None]] = []

    def _tell(self, job_id: str, state: str) -> None:
        if self.on_change is not None:
            self.on_change(job_id, state)

    def recover(self) -> list[str]:
        """Jobs a crash left half-sent go back to the queue (see the trade-off
        in :func:`app.services.print_queue.recover_after_restart`)."""
        recovered = recover_after_restart(self.db, self.station_id)
        if recovered:
            log.warning("re-queued %d print jobs left sending by a crash", len(recovered))
        for job_id in recovered:
            self._tell(job_id, "queued")
        return recovered

    def run_once(self) -> bool:
        """Send one due job; False when none is due (the caller may idle).

        Raises ``DatabaseUnavailable`` when the queue cannot be read or written."""
        while self._unrecorded:
            self._record(self._unrecorded.pop(0))
        job = claim_next(self.db, self.station_id, self.clock())
        if job is None:
            return False
        self._tell(job.id, "sending")
        try:
            self._send(job)
        except PrinterError as exc:
            attempts = 1 if exc.code in _PERMANENT else self.max_attempts
            self._record(partial(self._failed, job, str(exc), attempts))
        except Exception as exc:  # our bug or a renderer's: fail the job, keep the queue going
            log.exception("print job %s: unexpected error", job.id)
            self._record(partial(self._failed, job, f"internal error: {exc!r}", 1))
        else:
            self._record(partial(self._done, job))
        return True

    def _record(self, outcome: Callable[[], None]) -> None:
        try:
            outcome()
        except DatabaseUnavailable:
            self._unrecorded.insert(0, outcome)  # kept, in order, for the next round
            raise

    def _done(self, job: ClaimedJob) -> None:
        mark_done(self.db, job.id, self.clock())
        self._tell(job.id, "done")

    def _failed(self, job: ClaimedJob, error: str, max_attempts: int) -> None:
        info = mark_failed(self.db, job.id, error, self.clock(), max_attempts)
        log.warning(
            "print job %s to %s failed (attempt %d, now %s): %s",
            job.id,
            job.printer.name,
            info.attempts,
            info.state,
            error,
        )
        self._tell(job.id, info.state)

    def _send(self, job: ClaimedJob) -> None:
        transport = self.transports(job.printer)
        label = f"{job.label_kind}-{job.document_ref or job.id[:8]}"
        if job.printer.language in _STREAM_LANGUAGES:
            transport.send(job.payload * job.copies, label)
        else:
            for _ in range(job.copies):
                transport.send(job.payload, label)

    def run(
        self, stop: threading.Event, idle_s: float = 1.0, wake: threading.Event | None = None
    ) -> None:
        """Drain the queue until ``stop`` is set. When it is empty, or the database
        is unreachable (the queue is still there afterwards), wait ``idle_s`` or
        until ``wake`` is set (a job was just queued: print it now)."""
        recovered = False
        while not stop.is_set():
            try:
                if not recovered:
                    self.recover()
                    recovered = True
                busy = self.run_once()
            except DatabaseUnavailable as exc:
                log.warning("print queue: database unavailable: %s", exc)
                busy = False
            except Exception:  # our bug: log it, but a dead spooler would print nothing
                log.exception("print queue: unexpected error")
                busy = False
            if not busy:
                (wake or stop).wait(idle_s)
                if wake is not None:
                    wake.clear()
