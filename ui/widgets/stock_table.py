"""Read-only tables of the stock screens, filled from plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from ui.qt import QAbstractItemView, QColor, QHeaderView, QTableWidget, QTableWidgetItem


def make_table(name: str, columns: int, select_rows: bool = False) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.SingleSelection
        if select_rows
        else QAbstractItemView.SelectionMode.NoSelection
    )
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def fill(
    table: QTableWidget, rows: Sequence[Sequence[object]], colours: Sequence[str] = ()
) -> None:
    """One row per entry; ``colours`` (a background per row, "" for none)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if r < len(colours) and colours[r]:
                item.setBackground(QColor(colours[r]))
            table.setItem(r, c, item)


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def local_time(moment: datetime | None, timezone: str) -> str:
    """A time as the shop reads it: 11-28 14:00."""
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%m-%d %H:%M")
