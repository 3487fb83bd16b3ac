"""The print queue as people use it: printers and defaults, queueing, the
never-twice rule, reprints with a reason, retry and cancel, and who may."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import LABEL_KINDS, AuditEntry, OutboxEvent, PrintJob
from app.errors import (
    AlreadyPrinted,
    InvalidInput,
    NoDefaultPrinter,
    NotFound,
    PermissionDenied,
    WrongJobState,
)
from app.services.printers import (
    configure_printer,
    default_printer,
    ensure_embedded_printer,
    list_printers,
    set_default_printer,
)
from app.services.printing import (
    cancel,
    claim_next,
    enqueue,
    list_jobs,
    mark_done,
    mark_failed,
    reprint,
    retry,
)
from tests.app.printing.staff import Staff, make_staff

ZPL = b"^XA^FO50,50^BCN,100,Y,N,N^FD7551234567890^FS^XZ"


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


@pytest.fixture
def zebra(db: Database, staff: Staff) -> str:
    """A ZPL printer on the network, the default for e-waybills."""
    info = configure_printer(
        db,
        staff.supervisor,
        name="Zebra ZD421",
        kind="tcp",
        address="10.0.0.7:9100",
        language="zpl",
        dpi=203,
    )
    set_default_printer(db, staff.supervisor, "ewaybill", info.id)
    return info.id


def _queue(db: Database, staff: Staff, ref: str = "ORD0001", kind: str = "ewaybill") -> str:
    return enqueue(db, staff.packer, kind, "ewaybill_100x150", ref, ZPL, "application/zpl").id


def _print(db: Database, staff: Staff, ref: str = "ORD0001") -> str:
    """Queue and send one job: it ends done."""
    job_id = _queue(db, staff, ref)
    claimed = claim_next(db, staff.station_id, utcnow())
    assert claimed is not None and claimed.id == job_id
    mark_done(db, job_id, utcnow())
    return job_id


def _events(db: Database, prefix: str) -> list[OutboxEvent]:
    with db.read() as session:
        query = select(OutboxEvent).where(OutboxEvent.type.startswith(prefix))
        return list(session.scalars(query.order_by(OutboxEvent.local_seq)))


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# -- printers and defaults ---------------------------------------------------


def test_default_printer_per_label_kind(db: Database, staff: Staff, zebra: str) -> None:
    found = default_printer(db, staff.station_id, "ewaybill")
    assert found is not None and found.id == zebra and found.address == "10.0.0.7:9100"
    assert default_printer(db, staff.station_id, "sku") is None
    assert [p.name for p in list_printers(db, staff.station_id)] == ["Zebra ZD421"]
    assert [e.type for e in _events(db, "printer.")] == [
        "printer.configured",
        "printer.default_set",
    ]


def test_printer_settings_are_checked(db: Database, staff: Staff, zebra: str) -> None:
    args = {"name": "X", "kind": "tcp", "address": "x:9100", "language": "zpl"}
    for bad in ({"kind": "usb"}, {"language": "epl"}, {"name": " "}, {"address": ""}):
        with pytest.raises(InvalidInput):
            configure_printer(db, staff.supervisor, **{**args, **bad})  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        configure_printer(db, staff.supervisor, **args, dpi=20)  # type: ignore[arg-type]
    with pytest.raises(Exception, match="already exists"):
        configure_printer(db, staff.supervisor, **{**args, "name": "Zebra ZD421"})  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        set_default_printer(db, staff.supervisor, "poster", zebra)


def test_changing_a_printer_keeps_its_jobs(db: Database, staff: Staff, zebra: str) -> None:
    job_id = _queue(db, staff)
    changed = configure_printer(
        db,
        staff.supervisor,
        printer_id=zebra,
        name="Zebra ZD421",
        kind="tcp",
        address="10.0.0.8:9100",
        language="zpl",
        dpi=300,
    )
    assert (changed.id, changed.address, changed.dpi) == (zebra, "10.0.0.8:9100", 300)
    claimed = claim_next(db, staff.station_id, utcnow())
    assert claimed is not None and claimed.id == job_id
    assert claimed.printer.address == "10.0.0.8:9100"


def test_embedded_printer_is_the_default_for_every_kind(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    first = ensure_embedded_printer(db, staff.station_id, str(tmp_path / "prints"))
    again = ensure_embedded_printer(db, staff.station_id, str(tmp_path / "prints"))
    assert first == again and (first.kind, first.language) == ("folder", "pdf")
    for kind in LABEL_KINDS:
        found = default_printer(db, staff.station_id, kind)
        assert found is not None and found.id == first.id
    assert len(list_printers(db, staff.station_id)) == 1


def test_embedded_printer_leaves_chosen_defaults_alone(
    db: Database, staff: Staff, zebra: str, tmp_path: Path
) -> None:
    folder = ensure_embedded_printer(db, staff.station_id, str(tmp_path))
    waybills = default_printer(db, staff.station_id, "ewaybill")
    assert waybills is not None and waybills.id == zebra
    notes = default_printer(db, staff.station_id, "delivery_note")
    assert notes is not None and notes.id == folder.id


# -- queueing and the never-twice rule -------------------------------------------


def test_enqueue_claim_done(db: Database, staff: Staff, zebra: str) -> None:
    job = enqueue(
        db, staff.packer, "ewaybill", "ewaybill_100x150", "ORD0001", ZPL, "application/zpl"
    )
    assert (job.state, job.printer_id, job.printer_name) == ("queued", zebra, "Zebra ZD421")
    assert (job.username, job.attempts, job.is_reprint) == (staff.packer.username, 0, False)
    claimed = claim_next(db, staff.station_id, utcnow())
    assert claimed is not None
    assert (claimed.id, claimed.payload, claimed.printer.language) == (job.id, ZPL, "zpl")
    assert claim_next(db, staff.station_id, utcnow()) is None  # it is being sent
    assert [j.state for j in list_jobs(db, staff.packer)] == ["sending"]
    done = mark_done(db, job.id, utcnow())
    assert done.state == "done" and done.done_at is not None
    assert [e.type for e in _events(db, "print.")] == ["print.queued", "print.done"]


def test_no_default_printer_is_a_clear_error(db: Database, staff: Staff) -> None:
    with pytest.raises(NoDefaultPrinter) as caught:
        _queue(db, staff)
    assert caught.value.params == {"label_kind": "ewaybill"}


def test_a_document_is_printed_once(db: Database, staff: Staff, zebra: str) -> None:
    first = _queue(db, staff, "ORD0001")
    with pytest.raises(AlreadyPrinted) as caught:
        _queue(db, staff, "ORD0001")
    assert caught.value.params == {"job_id": first, "state": "queued"}
    set_default_printer(db, staff.supervisor, "delivery_note", zebra)
    _queue(db, staff, "ORD0001", kind="delivery_note")  # another label kind: fine
    _queue(db, staff, "ORD0002")
    assert len(list_jobs(db, staff.packer)) == 3


def test_once_printed_it_is_still_refused(db: Database, staff: Staff, zebra: str) -> None:
    done = _print(db, staff)
    with pytest.raises(AlreadyPrinted) as caught:
        _queue(db, staff)
    assert caught.value.params == {"job_id": done, "state": "done"}


def test_ad_hoc_prints_without_a_document_are_not_deduplicated(
    db: Database, staff: Staff, zebra: str
) -> None:
    _queue(db, staff, "")
    _queue(db, staff, "")
    assert len(list_jobs(db, staff.packer)) == 2


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_the_database_itself_refuses_a_second_normal_job(
    backend: str, request: pytest.FixtureRequest
) -> None:
    """The unique index holds even if two writers race past the service's check."""
    database: Database = request.getfixturevalue("db" if backend == "sqlite" else "pg_db")
    team = make_staff(database)
    printer = configure_printer(
        database, team.supervisor, name="P", kind="tcp", address="p:9100", language="zpl"
    )

    def row(key: str | None, reprint_of: str | None = None) -> PrintJob:
        return PrintJob(
            station_id=team.station_id,
            printer_id=printer.id,
            label_kind="sku",
            document_ref="SKU1",
            payload=b"x",
            content_type="application/zpl",
            dedupe_key=key,
            reprint_of=reprint_of,
        )

    with database.write() as session:
        original = row("sku:SKU1")
        session.add(original)
        session.flush()
        session.add_all([row(None, original.id), row(None, original.id)])  # reprints: NULL key
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(row("sku:SKU1"))


# -- reprints ------------------------------------------------------------------


def test_reprint_is_a_new_job_with_who_and_why(db: Database, staff: Staff, zebra: str) -> None:
    original = _print(db, staff)
    with pytest.raises(InvalidInput):
        reprint(db, staff.packer, original, "   ")
    again = reprint(db, staff.packer, original, "面单被撕破 torn label")
    assert again.id != original and again.is_reprint
    assert (again.reprint_of, again.reprint_reason) == (original, "面单被撕破 torn label")
    assert (again.state, again.username, again.document_ref) == ("queued", "packer_st01", "ORD0001")
    twice = reprint(db, staff.packer, original, "printer jammed")  # reprints may repeat
    assert twice.id != again.id
    claimed = claim_next(db, staff.station_id, utcnow())
    assert claimed is not None and claimed.id == again.id and claimed.payload == ZPL
    entries = _audit(db, "reprint")
    assert len(entries) == 2
    assert entries[0].username == "packer_st01" and entries[0].entity_id == again.id
    assert entries[0].detail["reason"] == "面单被撕破 torn label"
    assert entries[0].detail["reprint_of"] == original


def test_only_a_printed_job_is_reprinted(db: Database, staff: Staff, zebra: str) -> None:
    queued = _queue(db, staff)
    with pytest.raises(WrongJobState) as caught:
        reprint(db, staff.packer, queued, "customer asked")
    assert caught.value.params["state"] == "queued"
    with pytest.raises(NotFound):
        reprint(db, staff.packer, "no-such-job", "customer asked")


# -- retry, cancel, listing ----------------------------------------------------------


def test_failed_job_is_listed_then_retried(db: Database, staff: Staff, zebra: str) -> None:
    job_id = _queue(db, staff)
    now = utcnow()
    claim_next(db, staff.station_id, now)
    mark_failed(db, job_id, "refused: printer 10.0.0.7:9100 refused the connection", now, 1)
    failed = list_jobs(db, staff.packer, states=["failed"])
    assert [j.id for j in failed] == [job_id]
    assert "refused" in failed[0].last_error and failed[0].attempts == 1
    assert claim_next(db, staff.station_id, now + timedelta(days=1)) is None  # not automatic
    again = retry(db, staff.packer, job_id)
    assert (again.state, again.attempts, again.next_attempt_at) == ("queued", 0, None)
    assert claim_next(db, staff.station_id, utcnow()) is not None
    assert len(_audit(db, "print_retry")) == 1


def test_cancel_takes_a_job_off_and_frees_the_document(
    db: Database, staff: Staff, zebra: str
) -> None:
    job_id = _queue(db, staff)
    cancelled = cancel(db, staff.packer, job_id)
    assert cancelled.state == "cancelled"
    assert claim_next(db, staff.station_id, utcnow()) is None
    assert _queue(db, staff) != job_id  # never printed, so it may be queued again
    with pytest.raises(WrongJobState):
        cancel(db, staff.packer, job_id)
    assert [e.action for e in _audit(db, "print_cancel")] == ["print_cancel"]


def test_jobs_being_sent_or_done_cannot_be_cancelled(
    db: Database, staff: Staff, zebra: str
) -> None:
    done = _print(db, staff, "ORD0001")
    sending = _queue(db, staff, "ORD0002")
    claim_next(db, staff.station_id, utcnow())
    for job_id in (done, sending):
        with pytest.raises(WrongJobState):
            cancel(db, staff.packer, job_id)
    with pytest.raises(WrongJobState):
        retry(db, staff.packer, done)


def test_list_is_newest_first_and_filtered(db: Database, staff: Staff, zebra: str) -> None:
    ids = [_queue(db, staff, f"ORD{i:04d}") for i in range(5)]
    assert [j.id for j in list_jobs(db, staff.packer)] == ids[::-1]
    assert [j.id for j in list_jobs(db, staff.packer, limit=2)] == ids[::-1][:2]
    assert list_jobs(db, staff.packer, states=["done"]) == []
    with pytest.raises(InvalidInput):
        list_jobs(db, staff.packer, states=["lost"])


def test_other_stations_jobs_are_out_of_reach(db: Database, staff: Staff, zebra: str) -> None:
    job_id = _queue(db, staff)
    other = make_staff(db, "ST02")
    assert list_jobs(db, other.packer) == []
    assert claim_next(db, other.station_id, utcnow()) is None
    with pytest.raises(NotFound):
        cancel(db, other.packer, job_id)
    with pytest.raises(NoDefaultPrinter):
        _queue(db, other, "ORD0009")


# -- who may -----------------------------------------------------------------------


def test_a_picker_may_not_print(db: Database, staff: Staff, zebra: str) -> None:
    job_id = _queue(db, staff)
    for action in (
        lambda: _queue(db, Staff(staff.station_id, staff.supervisor, staff.picker, staff.picker)),
        lambda: list_jobs(db, staff.picker),
        lambda: cancel(db, staff.picker, job_id),
        lambda: retry(db, staff.picker, job_id),
        lambda: reprint(db, staff.picker, job_id, "why not"),
    ):
        with pytest.raises(PermissionDenied):
            action()


def test_printer_settings_are_the_supervisors(db: Database, staff: Staff, zebra: str) -> None:
    with pytest.raises(PermissionDenied):
        configure_printer(
            db, staff.packer, name="Mine", kind="tcp", address="x:9100", language="zpl"
        )
    with pytest.raises(PermissionDenied):
        set_default_printer(db, staff.packer, "sku", zebra)
