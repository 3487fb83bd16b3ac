"""Documents: numbered per kind and day, signed by the people of each step
(R-ACC-2), posted once, and corrected only by a new entry that keeps the value
before, with the corrector's full name and the date (R-ACC-3)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Document, DocumentCorrection, DocumentLine, DocumentSignature
from app.errors import InvalidInput, PermissionDenied
from app.services.auth import login_with_pin
from app.services.document_corrections import correct_quantity, corrections, effective_quantity
from app.services.documents import (
    SignatureRefused,
    SignaturesMissing,
    WrongDocumentState,
    post,
    sign,
    unposted,
)
from app.services.receiving import finish_counting
from tests.app.services.receiving_floor import TEA, count, make_dock, make_dock_on, note

DAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)


@pytest.fixture
def demo(db: Database, tmp_path: Path) -> Database:
    """The receiving dock: the demo's users, bins and products, a station."""
    make_dock(db, tmp_path / "prints")
    return db


def draft_inbound(db: Database, qty: int = 10) -> str:
    """An inbound order counted exactly as its note, not signed yet."""
    dock = make_dock_on(db)
    number = note(dock, ((TEA, qty),), ref=f"SH-{uuid.uuid4().hex[:6]}").number
    count(dock, number, TEA, quantity=qty)
    finish_counting(db, dock.clerk, number, NOW)
    return number


def test_numbers_run_per_kind_and_day(demo: Database) -> None:
    assert draft_inbound(demo) == "RK20261128-001"
    assert draft_inbound(demo) == "RK20261128-002"


def test_posting_needs_both_signatures_by_two_people(demo: Database) -> None:
    number = draft_inbound(demo)
    clerk = login_with_pin(demo, "wenyuan", "1234")
    keeper = login_with_pin(demo, "peihuo", "1234")
    boss = login_with_pin(demo, "zhuguan", "8888")
    packer = login_with_pin(demo, "dabao", "1234")
    with pytest.raises(SignaturesMissing) as missing:
        post(demo, clerk, number, NOW)
    assert missing.value.params["missing"] == ["keeper", "supervisor"]
    with pytest.raises(SignatureRefused) as refused:
        sign(demo, clerk, number, "keeper", packer, "badge")  # a packer is no keeper
    assert refused.value.params["reason"] == "role"
    assert sign(demo, clerk, number, "keeper", keeper, "badge") == ["supervisor"]
    with pytest.raises(SignatureRefused) as again:
        sign(demo, clerk, number, "keeper", boss, "pin")
    assert again.value.params["reason"] == "already_signed"
    assert sign(demo, clerk, number, "supervisor", boss, "pin", NOW) == []
    with demo.read() as session:
        signed = session.scalars(
            select(DocumentSignature.signed_at).where(DocumentSignature.capacity == "supervisor")
        ).one()
    assert signed == NOW  # the time the caller gives, as on the printed document
    posted = post(demo, clerk, number, NOW)
    assert posted.state == "posted" and posted.posted_at == NOW
    with pytest.raises(WrongDocumentState):
        post(demo, clerk, number, NOW)


def test_one_person_signs_once(demo: Database) -> None:
    number = draft_inbound(demo)
    clerk = login_with_pin(demo, "wenyuan", "1234")
    boss = login_with_pin(demo, "zhuguan", "8888")
    sign(demo, clerk, number, "keeper", boss, "badge")
    with pytest.raises(SignatureRefused) as refused:
        sign(demo, clerk, number, "supervisor", boss, "badge")
    assert refused.value.params["reason"] == "same_person"


def test_a_correction_keeps_the_value_before_and_who_made_it(demo: Database) -> None:
    number = draft_inbound(demo, qty=10)
    clerk = login_with_pin(demo, "wenyuan", "1234")
    sign(demo, clerk, number, "keeper", login_with_pin(demo, "peihuo", "1234"), "badge")
    sign(demo, clerk, number, "supervisor", login_with_pin(demo, "zhuguan", "8888"), "pin")
    with pytest.raises(WrongDocumentState):
        correct_quantity(demo, clerk, number, 1, 9, "少一盒", NOW)  # not posted yet: edit it
    post(demo, clerk, number, NOW)
    with pytest.raises(InvalidInput):
        correct_quantity(demo, clerk, number, 1, 9, "  ", NOW)
    with pytest.raises(PermissionDenied):
        correct_quantity(demo, login_with_pin(demo, "dabao", "1234"), number, 1, 9, "x", NOW)
    first = correct_quantity(demo, clerk, number, 1, 9, "少一盒", NOW)
    second = correct_quantity(demo, clerk, number, 1, 8, "又少一盒", NOW)
    assert (first.before, first.after, first.corrector) == ("10", "9", "赵文员")
    assert (second.before, second.after) == ("9", "8")
    trail = corrections(demo, number)
    assert [(c.before, c.after, c.reason) for c in trail] == [
        ("10", "9", "少一盒"),
        ("9", "8", "又少一盒"),
    ]
    with demo.read() as session:
        document = session.scalar(select(Document).where(Document.number == number))
        assert document is not None
        line = document_line(session, document.id)
        assert line.actual_qty == 10  # the posted line itself is never overwritten
        assert effective_quantity(session, line) == 8


def test_corrections_cannot_be_rewritten_in_the_database(demo: Database) -> None:
    number = draft_inbound(demo)
    clerk = login_with_pin(demo, "wenyuan", "1234")
    sign(demo, clerk, number, "keeper", login_with_pin(demo, "peihuo", "1234"), "badge")
    sign(demo, clerk, number, "supervisor", login_with_pin(demo, "zhuguan", "8888"), "pin")
    post(demo, clerk, number, NOW)
    correct_quantity(demo, clerk, number, 1, 9, "少一盒", NOW)
    with pytest.raises(IntegrityError), demo.write() as session:
        session.execute(text("UPDATE document_corrections SET before = '9'"))
    with demo.read() as session:
        assert session.scalar(select(DocumentCorrection.before)) == "10"


def test_the_days_drafts_are_listed(demo: Database) -> None:
    first = draft_inbound(demo)
    with demo.read() as session:
        assert [d.number for d in unposted(session, DAY)] == [first]
        assert unposted(session, date(2026, 11, 29)) == []


def document_line(session: Session, document_id: str) -> DocumentLine:
    line = session.scalar(select(DocumentLine).where(DocumentLine.document_id == document_id))
    assert line is not None
    return line
