"""Writing whole rows by id on either side: the server applying a push, the
station applying a pull or putting back what the server refused."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Executable, Table, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.sync.tables import RANK, decode_row, table

RowKey = tuple[str, str]  # (table, id)

# The ledger and the audit log refuse UPDATE and DELETE (R-ACC-3): a row that
# is there already is the same row, so a repeat is skipped.
APPEND_ONLY = frozenset({"stock_movements", "audit_log", "document_corrections"})


def write_rows(conn: Connection, final: Mapping[RowKey, dict[str, Any] | None]) -> None:
    """Make each row look like its image (``None``: the row is gone).

    Parents are written before children and deleted after them; on SQLite the
    foreign keys are checked at commit (rows arrive in the server's order, not
    in the order the keys need).
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    deletes: dict[str, list[str]] = defaultdict(list)
    for (name, row_id), data in final.items():
        if name not in RANK:
            continue  # a table this program does not sync (or know)
        if data is None:
            deletes[name].append(row_id)
        else:
            upserts[name].append(decode_row(table(name), data))
    for name in sorted(upserts, key=RANK.__getitem__):
        upsert(conn, table(name), upserts[name])
    for name in sorted(deletes, key=RANK.__getitem__, reverse=True):
        tbl = table(name)
        with _ledger_unlocked(conn, name):
            for chunk in chunks(deletes[name], 5000):
                conn.execute(delete(tbl).where(tbl.c.id.in_(chunk)))


@contextmanager
def _ledger_unlocked(conn: Connection, name: str) -> Iterator[None]:
    """Only a station's replica ever deletes a ledger row: one the server
    refused, which never entered the shared books. The guard is lifted for
    that one statement, inside the transaction (SQLite's DDL is transactional)."""
    if name not in APPEND_ONLY or conn.dialect.name != "sqlite":
        yield
        return
    trigger = f"{name}_no_delete"
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    yield
    conn.exec_driver_sql(
        f"CREATE TRIGGER {trigger} BEFORE DELETE ON {name} "
        f"BEGIN SELECT RAISE(ABORT, '{name} is append-only (R-ACC-3)'); END"
    )


def upsert(conn: Connection, tbl: Table, rows: list[dict[str, Any]]) -> None:
    """Insert or overwrite whole rows by id."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_columns[tuple(row)].append(row)
    for columns, same in by_columns.items():
        stmt = _upsert_statement(conn.dialect.name, tbl, columns)
        for chunk in chunks(same, 1000):
            conn.execute(stmt, list(chunk))


@lru_cache(maxsize=512)
def _upsert_statement(dialect: str, tbl: Table, columns: tuple[str, ...]) -> Executable:
    """Built once per table and column set: building the ON CONFLICT clause
    (its ``excluded`` alias of every column) cost more than a small pull's writes."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(tbl)
    if tbl.name in APPEND_ONLY:
        return stmt.on_conflict_do_nothing(index_elements=[tbl.c.id])
    return stmt.on_conflict_do_update(
        index_elements=[tbl.c.id],
        set_={c: stmt.excluded[c] for c in columns if c != "id"},
    )


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
