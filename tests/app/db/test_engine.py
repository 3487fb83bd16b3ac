"""The engine: SQLite settings that keep scans safe, writers that wait instead
of failing, the append-only ledger, UTC times, optimistic locking, and the
same models on PostgreSQL."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from app.db import migrate
from app.db.engine import Database
from app.db.models import (
    AuditEntry,
    Courier,
    Location,
    Product,
    ProductBarcode,
    StockLot,
    StockMovement,
    UserRole,
    Warehouse,
)
from app.errors import DatabaseUnavailable

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
BEIJING = timezone(timedelta(hours=8))


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest) -> Database:
    """The migrated SQLite file, or a migrated database on the PostgreSQL server."""
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///")


def _add_product(session, sku: str = "T-001-RED-M", barcodes: tuple[str, ...] = ()) -> Product:  # type: ignore[no-untyped-def]
    product = Product(
        sku_code=sku,
        name="T恤 红色 M",
        style_no="T-001",
        colour="红",
        size="M",
        unit_weight_g=180,
        category="上衣",
        barcodes=[ProductBarcode(barcode=b) for b in barcodes],
    )
    session.add(product)
    session.flush()
    return product


def _add_location(session, code: str = "A-01-01") -> Location:  # type: ignore[no-untyped-def]
    warehouse = session.scalar(select(Warehouse).where(Warehouse.code == "A"))
    if warehouse is None:
        warehouse = Warehouse(code="A", name="主仓")
        session.add(warehouse)
        session.flush()
    location = Location(warehouse_id=warehouse.id, code=code, kind="pick")
    session.add(location)
    session.flush()
    return location


def _add_movement(database: Database, quantity: int = 10) -> str:
    with database.write() as session:
        product = _add_product(session)
        location = _add_location(session)
        movement = StockMovement(
            product_id=product.id, location_id=location.id, quantity=quantity, kind="receive"
        )
        session.add(movement)
        session.flush()
        return movement.id


def _add_audit_entry(database: Database) -> str:
    with database.write() as session:
        entry = AuditEntry(action="override_weight", username="wang", detail={"grams": 12})
        session.add(entry)
        session.flush()
        return entry.id


# --- SQLite settings --------------------------------------------------------


def test_sqlite_pragmas_are_in_force_on_write_and_read_sessions(db_url: str) -> None:
    database = Database(db_url, busy_timeout_ms=4321)
    try:
        for scope in (database.write, database.read):
            with scope() as session:

                def pragma(name: str, session=session):  # type: ignore[no-untyped-def]
                    return session.execute(text(f"PRAGMA {name}")).scalar()

                assert pragma("journal_mode") == "wal"
                assert pragma("synchronous") == 2  # FULL
                assert pragma("busy_timeout") == 4321
                assert pragma("foreign_keys") == 1
    finally:
        database.dispose()


def test_sqlite_database_file_is_in_wal_mode_on_disk(db: Database, db_url: str) -> None:
    """A fresh connection that never ran our pragmas still finds WAL: the mode
    is a property of the file, so another tool opening it cannot undo it."""
    with db.write() as session:
        session.add(Warehouse(code="A", name="主仓"))
    raw = sqlite3.connect(_sqlite_path(db_url))
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(UserRole(user_id="no-such-user", role="packer"))
        session.flush()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(UserRole)) == 0


def test_in_memory_sqlite_is_refused() -> None:
    with pytest.raises(ValueError, match="in-memory"):
        Database("sqlite://")
    with pytest.raises(ValueError, match="in-memory"):
        Database("sqlite:///:memory:")


def test_missing_data_folder_is_created(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'deeper' / 'station.db'}"
    database = Database(url)
    try:
        assert database.ping()
        assert (tmp_path / "new" / "deeper" / "station.db").exists()
    finally:
        database.dispose()


# --- concurrent writers -----------------------------------------------------


def test_second_writer_waits_for_the_first_instead_of_failing(db: Database) -> None:
    first_has_lock = threading.Event()
    second_starting = threading.Event()
    errors: list[BaseException] = []
    second_waited: list[float] = []

    def first() -> None:
        try:
            with db.write() as session:
                session.add(Warehouse(code="W1", name="一号仓"))
                session.flush()  # BEGIN IMMEDIATE: now holds the write lock
                first_has_lock.set()
                assert second_starting.wait(5)
                time.sleep(0.4)  # the second writer must wait this out
        except BaseException as exc:
            errors.append(exc)
            first_has_lock.set()

    def second() -> None:
        try:
            assert first_has_lock.wait(5)
            second_starting.set()
            started = time.monotonic()
            with db.write() as session:
                session.add(Warehouse(code="W2", name="二号仓"))
                session.flush()
            second_waited.append(time.monotonic() - started)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(15)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert second_waited and second_waited[0] >= 0.2  # it really waited for the lock
    with db.read() as session:
        assert set(session.scalars(select(Warehouse.code))) == {"W1", "W2"}


def test_concurrent_read_modify_write_loses_no_update(db: Database) -> None:
    """Four stations' threads each bump a counter 20 times: no "database is
    locked", no lost update, no stale-version error."""
    with db.write() as session:
        location_id = _add_location(session).id
    errors: list[BaseException] = []
    threads_n, rounds = 4, 20

    def bump() -> None:
        try:
            for _ in range(rounds):
                with db.write() as session:
                    location = session.get(Location, location_id)
                    assert location is not None
                    time.sleep(0.002)  # a service thinks between its read and its write
                    location.walk_order += 1
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(threads_n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    with db.read() as session:
        location = session.get(Location, location_id)
        assert location is not None
        assert location.walk_order == threads_n * rounds
        assert location.version == 1 + threads_n * rounds


def test_open_read_does_not_block_a_writer(db: Database, db_url: str) -> None:
    impatient = Database(db_url, busy_timeout_ms=200)
    try:
        with db.read() as reader:
            assert reader.scalar(select(func.count()).select_from(Warehouse)) == 0
            started = time.monotonic()
            with impatient.write() as writer:
                writer.add(Warehouse(code="W1", name="一号仓"))
            assert time.monotonic() - started < 0.2
            # the reader keeps its snapshot until it ends
            assert reader.scalar(select(func.count()).select_from(Warehouse)) == 0
        with db.read() as reader:
            assert reader.scalar(select(func.count()).select_from(Warehouse)) == 1
    finally:
        impatient.dispose()


def test_open_write_does_not_block_a_reader(db: Database, db_url: str) -> None:
    impatient = Database(db_url, busy_timeout_ms=200)
    try:
        with db.write() as writer:
            writer.add(Warehouse(code="W1", name="一号仓"))
            writer.flush()
            started = time.monotonic()
            with impatient.read() as reader:
                # sees only committed rows, at once
                assert reader.scalar(select(func.count()).select_from(Warehouse)) == 0
            assert time.monotonic() - started < 0.2
    finally:
        impatient.dispose()


def test_locked_database_raises_database_unavailable(db: Database, db_url: str) -> None:
    impatient = Database(db_url, busy_timeout_ms=100)
    holder = sqlite3.connect(_sqlite_path(db_url), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as caught, impatient.write() as session:
            session.add(Warehouse(code="W1", name="一号仓"))
            session.flush()
        elapsed = time.monotonic() - started
        assert caught.value.code == "database_unavailable"
        assert "locked" in str(caught.value)
        assert 0.05 <= elapsed < 3  # waited about the busy timeout, then gave up
        holder.execute("ROLLBACK")
        # once the other writer is gone, the same Database works again
        with impatient.write() as session:
            session.add(Warehouse(code="W1", name="一号仓"))
        with impatient.read() as session:
            assert session.scalar(select(Warehouse.code)) == "W1"
    finally:
        holder.close()
        impatient.dispose()


def test_ping(db: Database) -> None:
    assert db.ping() is True


def test_ping_is_false_when_postgres_is_unreachable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))  # bound but not listening: connections are refused
        port = sock.getsockname()[1]
        database = Database(f"postgresql+psycopg://postgres@127.0.0.1:{port}/nothing")
        try:
            assert database.ping() is False
        finally:
            database.dispose()


def test_display_url_hides_the_password() -> None:
    database = Database("postgresql+psycopg://wh:s3cret@db.local/warehouse")
    try:
        assert "s3cret" not in database.display_url
        assert "db.local/warehouse" in database.display_url
    finally:
        database.dispose()


@pytest.mark.postgres
def test_ping_postgres(pg_db: Database) -> None:
    assert pg_db.backend == "postgresql"
    assert pg_db.ping() is True


# --- append-only ledger and audit log (R-ACC-3) ------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE stock_movements SET quantity = 99",
        "DELETE FROM stock_movements",
    ],
)
def test_stock_ledger_refuses_update_and_delete(any_db: Database, statement: str) -> None:
    movement_id = _add_movement(any_db, quantity=10)
    with pytest.raises(DBAPIError, match="append-only"), any_db.engine.begin() as conn:
        conn.execute(text(statement))
    with any_db.read() as session:
        movement = session.get(StockMovement, movement_id)
        assert movement is not None
        assert movement.quantity == 10


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET username = 'someone else'",
        "DELETE FROM audit_log",
    ],
)
def test_audit_log_refuses_update_and_delete(any_db: Database, statement: str) -> None:
    entry_id = _add_audit_entry(any_db)
    with pytest.raises(DBAPIError, match="append-only"), any_db.engine.begin() as conn:
        conn.execute(text(statement))
    with any_db.read() as session:
        entry = session.get(AuditEntry, entry_id)
        assert entry is not None
        assert entry.username == "wang"


def test_ledger_edit_through_the_orm_is_refused_too(any_db: Database) -> None:
    movement_id = _add_movement(any_db, quantity=10)
    with pytest.raises(DBAPIError, match="append-only"), any_db.write() as session:
        movement = session.get(StockMovement, movement_id)
        assert movement is not None
        movement.quantity = -3
    with pytest.raises(DBAPIError, match="append-only"), any_db.write() as session:
        movement = session.get(StockMovement, movement_id)
        session.delete(movement)
    with any_db.read() as session:
        assert session.scalar(select(StockMovement.quantity)) == 10


def test_ledger_correction_is_a_new_movement(any_db: Database) -> None:
    """Append-only means inserts still work: a correction names the old line."""
    movement_id = _add_movement(any_db, quantity=10)
    with any_db.write() as session:
        old = session.get(StockMovement, movement_id)
        assert old is not None
        session.add(
            StockMovement(
                product_id=old.product_id,
                location_id=old.location_id,
                quantity=-2,
                kind="count_adjust",
                corrects_id=old.id,
            )
        )
    with any_db.read() as session:
        assert session.scalar(select(func.sum(StockMovement.quantity))) == 8
        assert session.scalar(select(func.count()).select_from(StockMovement)) == 2


# --- times, versions, models on both backends --------------------------------


def test_aware_datetimes_round_trip_as_utc(any_db: Database) -> None:
    beijing_morning = datetime(2026, 3, 1, 8, 30, 15, 123456, tzinfo=BEIJING)
    utc_one_am = datetime(2026, 3, 1, 1, 0, tzinfo=UTC)
    with any_db.write() as session:
        product = _add_product(session)
        session.add_all(
            [
                StockLot(product_id=product.id, received_at=utc_one_am, reference="later"),
                StockLot(product_id=product.id, received_at=beijing_morning, reference="first"),
            ]
        )
    with any_db.read() as session:
        lots = session.scalars(select(StockLot).order_by(StockLot.received_at)).all()
    # 08:30 in Beijing is 00:30 UTC, earlier than 01:00 UTC: FIFO follows the instant
    assert [lot.reference for lot in lots] == ["first", "later"]
    first = lots[0].received_at
    assert first == beijing_morning
    assert first.tzinfo is not None and first.utcoffset() == timedelta(0)
    assert (first.hour, first.minute, first.microsecond) == (0, 30, 123456)
    assert lots[0].updated_at.tzinfo is not None


def test_naive_datetime_is_refused(any_db: Database) -> None:
    with pytest.raises(StatementError, match="naive"), any_db.write() as session:
        product = _add_product(session)
        session.add(StockLot(product_id=product.id, received_at=datetime(2026, 3, 1, 8, 30)))
        session.flush()
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Product)) == 0


def test_version_increments_and_stale_update_is_refused(any_db: Database) -> None:
    with any_db.write() as session:
        warehouse = Warehouse(code="A", name="主仓")
        session.add(warehouse)
        session.flush()
        warehouse_id = warehouse.id
    with any_db.read() as session:
        on_screen = session.get(Warehouse, warehouse_id)  # what a screen loaded
    assert on_screen is not None and on_screen.version == 1
    first_updated_at = on_screen.updated_at

    with any_db.write() as session:
        current = session.get(Warehouse, warehouse_id)
        assert current is not None
        current.name = "一号仓"
    with any_db.read() as session:
        current = session.get(Warehouse, warehouse_id)
        assert current is not None
        assert current.version == 2
        assert current.updated_at >= first_updated_at

    with pytest.raises(StaleDataError), any_db.write() as session:
        stale = session.merge(on_screen, load=False)
        stale.name = "二号仓"
    with any_db.read() as session:
        current = session.get(Warehouse, warehouse_id)
        assert current is not None
        assert (current.name, current.version) == ("一号仓", 2)


def test_product_with_barcodes_and_courier_with_patterns(any_db: Database) -> None:
    with any_db.write() as session:
        _add_product(session, barcodes=("6901234567892", "T001REDM"))
        session.add(
            Courier(
                code="SF",
                name="顺丰速运",
                waybill_patterns=[r"^SF\d{12}$", r"^\d{12}$"],
                extra={"电子面单": True, "zones": ["华东", "华南"]},
            )
        )
    with any_db.read() as session:
        product = session.scalar(
            select(Product).join(ProductBarcode).where(ProductBarcode.barcode == "T001REDM")
        )
        assert product is not None
        assert product.name == "T恤 红色 M"
        assert sorted(b.barcode for b in product.barcodes) == ["6901234567892", "T001REDM"]
        courier = session.scalar(select(Courier).where(Courier.code == "SF"))
        assert courier is not None
        assert courier.waybill_patterns == [r"^SF\d{12}$", r"^\d{12}$"]
        assert courier.extra == {"电子面单": True, "zones": ["华东", "华南"]}
        assert (courier.sort_zone, courier.priority, courier.version) == ("", 0, 1)


def test_barcode_belongs_to_one_product_only(any_db: Database) -> None:
    with any_db.write() as session:
        _add_product(session, barcodes=("6901234567892",))
    with pytest.raises(IntegrityError), any_db.write() as session:
        _add_product(session, sku="T-002-BLU-L", barcodes=("6901234567892",))
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Product)) == 1


@pytest.mark.postgres
def test_plain_postgresql_url_uses_psycopg(pg_url: str) -> None:
    database = Database(pg_url.replace("postgresql+psycopg://", "postgresql://"))
    try:
        assert database.engine.dialect.driver == "psycopg"
        migrate.upgrade(database.engine)
        assert database.ping()
    finally:
        database.dispose()
