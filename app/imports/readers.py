"""Reading an export file into rows keyed by header (pure: no database).

CSV comes as UTF-8 (with or without a BOM) or GBK/GB18030, which Chinese
ERPs still write: UTF-8 is tried strictly first, GB18030 (a superset of GBK)
otherwise. XLSX is read with openpyxl in read-only mode, first sheet only.
Row numbers are the ones the user sees in a spreadsheet: the header is row 1.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.errors import DomainError


class UnreadableFile(DomainError):
    """The file is not a CSV or XLSX we can read (``params['path']``, ``params['reason']``)."""

    code = "unreadable_file"


@dataclass(frozen=True)
class Row:
    number: int  # as the user sees it: the header is row 1
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)
    # Rows with filled cells beyond the last header (an unquoted comma shifts
    # every later cell into the wrong column): their numbers.
    overlong: tuple[int, ...] = ()
    # The file ends inside a row (cut off while copying or exporting): its number.
    truncated_row: int = 0


def decode_csv_bytes(data: bytes) -> str:
    """UTF-8 (BOM or not) if it decodes strictly, else GB18030."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, bool]:
    """The text, and whether it was cut off inside its last UTF-8 character."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            # UTF-8 cut off inside its last character: read what is whole; the
            # last row is reported as truncated.
            return data[: exc.start].decode("utf-8-sig"), True
    try:
        return data.decode("gb18030"), False
    except UnicodeDecodeError as exc:
        raise UnreadableFile("not UTF-8 nor GB18030 text", reason="encoding") from exc


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(records: Iterable[Iterable[Any]], text_end: str = "\n", cut: bool = False) -> Table:
    """Rows keyed by header; ``text_end``: the last characters of a CSV text;
    ``cut``: the bytes ended inside a character."""
    iterator = iter(records)
    header_row = next(iterator, None)
    if header_row is None:
        raise UnreadableFile("the file is empty", reason="empty")
    headers = tuple(_cell_text(h) for h in header_row)
    while headers and not headers[-1]:
        headers = headers[:-1]
    if not any(headers):
        raise UnreadableFile("the first row holds no column headers", reason="no_header")
    rows: list[Row] = []
    overlong: list[int] = []
    short = False  # the last record had fewer cells than headers
    last_cell = ""
    for number, record in enumerate(iterator, start=2):
        values = list(record)
        cells = [_cell_text(c) for c in values]
        if not any(cells):
            continue  # blank lines between orders, trailing empty spreadsheet rows
        if any(cells[len(headers) :]):
            overlong.append(number)
        short, last_cell = len(cells) < len(headers), str(values[-1])
        cells += [""] * (len(headers) - len(cells))
        rows.append(Row(number, {h: cells[i] for i, h in enumerate(headers) if h}))
    # A short last row is cut off when the text stops mid-line, or when an
    # unclosed quote swallowed the rest of the file (line breaks and all).
    cut_line = not text_end.endswith(("\n", "\r")) or "\n" in last_cell or "\r" in last_cell
    truncated = rows[-1].number if rows and (cut or (short and cut_line)) else 0
    return Table(headers, rows, tuple(overlong), truncated)


def read_csv_text(text: str, cut: bool = False) -> Table:
    """Rows of CSV text; quoted fields may hold commas and newlines.

    Row numbers count records, as a spreadsheet shows them, so a quoted
    address with a line break still counts as one row.
    """
    return _table(csv.reader(io.StringIO(text, newline="")), text[-2:], cut)


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException...
        raise UnreadableFile(f"{path}: not a readable XLSX", path=str(path), reason="xlsx") from exc
    try:
        sheet = workbook.worksheets[0]
        return _table(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX export by its file name's ending."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ""):
        return read_csv_text(*_decode(path.read_bytes()))
    raise UnreadableFile(f"{path}: use a .csv or .xlsx file", path=str(path), reason="type")
