"""Page breaks for the repeated rows of a table (pick list, delivery note
lines, inbound order lines).

Pure arithmetic in millimetres: which row goes on which page and at what
height. Rows never pass the table's bottom; the last page keeps room for
what follows the table (totals, signatures: R-REC-3) by ending higher;
a group (an aisle of the pick walk) that runs onto a new page gets its
heading again, marked as continued.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class SlotKind(StrEnum):
    ROW = "row"
    GROUP = "group"


@dataclass(frozen=True)
class Slot:
    """One row or group heading placed on a page; ``y_mm`` is its top."""

    kind: SlotKind
    index: int  # the row's index (a group heading: its first row on this page)
    y_mm: float
    continued: bool = False


@dataclass(frozen=True)
class TableGeometry:
    top_first: float  # the table's top on the first page
    top_rest: float  # ... on the pages after it
    header_height: float
    row_height: float
    bottom: float  # no row ends below this
    bottom_last: float  # ... nor below this on the last page
    group_height: float = 0.0
    grouped: bool = False

    def start(self, page: int) -> float:
        return (self.top_first if page == 0 else self.top_rest) + self.header_height

    def problem(self) -> str:
        """Why the geometry cannot hold a row on a page, or "" when it can."""
        first_row = self.row_height + (self.group_height if self.grouped else 0)
        if self.row_height <= 0:
            return "row_height must be positive"
        if self.start(0) + first_row > self.bottom:
            return "the first page cannot hold one row above bottom"
        if self.start(1) + first_row > self.bottom_last:
            return "a page after the first cannot hold one row above bottom_last"
        if self.bottom_last > self.bottom:
            return "bottom_last is below bottom"
        return ""

    def height(self, slot: Slot) -> float:
        return self.group_height if slot.kind == SlotKind.GROUP else self.row_height


def paginate(keys: Sequence[object], geometry: TableGeometry) -> list[list[Slot]]:
    """The slots of each page for rows with these group ``keys`` (one per
    row; ignored unless the geometry is grouped). Always at least one page."""
    if geometry.problem():
        raise ValueError(geometry.problem())
    pages = _fill(keys, 0, 0, geometry)
    while True:
        last = pages[-1]
        over = next(
            (s for s in last if s.y_mm + geometry.height(s) > geometry.bottom_last + 1e-6), None
        )
        if over is None:
            return pages
        # Move the rows from the first one that crosses bottom_last onto new pages.
        pages[-1] = [s for s in last if s.index < over.index]
        pages.extend(_fill(keys, over.index, len(pages), geometry))


def _fill(
    keys: Sequence[object], first: int, page: int, geometry: TableGeometry
) -> list[list[Slot]]:
    """Rows ``first``.. laid out greedily from page number ``page`` on."""
    pages: list[list[Slot]] = []
    slots: list[Slot] = []
    y = geometry.start(page)
    for index in range(first, len(keys)):
        new_group = geometry.grouped and (index == 0 or keys[index] != keys[index - 1])
        need = geometry.row_height + (geometry.group_height if new_group else 0)
        if slots and y + need > geometry.bottom + 1e-6:
            pages.append(slots)
            slots, page = [], page + 1
            y = geometry.start(page)
        if geometry.grouped and (new_group or not slots):
            slots.append(Slot(SlotKind.GROUP, index, y, continued=not new_group))
            y += geometry.group_height
        slots.append(Slot(SlotKind.ROW, index, y))
        y += geometry.row_height
    pages.append(slots)
    return pages
