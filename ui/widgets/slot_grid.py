"""The secondary sort's wall of slots (二次分拣): one cell per order of the
batch with its slot number, order number and sorted/needed, green when the
order is complete and outlined where the last item went."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.sorting import SlotInfo
from ui.qt import QGridLayout, QLabel, Qt, QWidget

COLUMNS = 6
COMPLETE_STYLE = "background:#1b7f3b;color:white;border:3px solid #1b7f3b;"
STARTED_STYLE = "background:#fff59d;color:black;border:3px solid #fbc02d;"
EMPTY_STYLE = "background:#eeeeee;color:black;border:3px solid #bdbdbd;"
LAST_BORDER = "border:6px solid #1565c0;"
CELL = "border-radius:8px;padding:6px;"


def slot_state(slot: SlotInfo) -> str:
    """``complete``, ``started`` (some items in it) or ``empty``."""
    if slot.complete:
        return "complete"
    return "started" if slot.sorted else "empty"


class SlotGrid(QWidget):
    """Cells keyed by slot number; :meth:`show_slots` redraws them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slotGrid")
        self.grid = QGridLayout(self)
        self.grid.setSpacing(8)
        self.cells: dict[int, QLabel] = {}
        self.states: dict[int, str] = {}
        self.last = 0

    def show_slots(self, slots: Sequence[SlotInfo], last: int = 0) -> None:
        """Draw ``slots``; ``last`` is outlined (where the last scan went)."""
        numbers = [s.slot for s in slots]
        if numbers != list(self.cells):
            self._rebuild(numbers)
        self.last = last
        for slot in slots:
            cell = self.cells[slot.slot]
            state = slot_state(slot)
            self.states[slot.slot] = state
            cell.setText(f"{slot.slot}\n{slot.order_no}\n{slot.sorted}/{slot.needed}")
            style = {"complete": COMPLETE_STYLE, "started": STARTED_STYLE}.get(state, EMPTY_STYLE)
            if slot.slot == last:
                style += LAST_BORDER
            cell.setStyleSheet(style + CELL)
            cell.setToolTip(" · ".join(x for x in (slot.order_no, slot.recipient) if x))

    def _rebuild(self, numbers: list[int]) -> None:
        for cell in self.cells.values():
            self.grid.removeWidget(cell)
            cell.deleteLater()
        self.cells, self.states = {}, {}
        for i, number in enumerate(numbers):
            cell = QLabel()
            cell.setObjectName(f"slot_{number}")
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setMinimumSize(120, 90)
            font = cell.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            cell.setFont(font)
            self.grid.addWidget(cell, i // COLUMNS, i % COLUMNS)
            self.cells[number] = cell
