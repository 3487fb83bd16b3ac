"""The receiving screen's rows (R-REC-1, R-REC-4): each SKU of the delivery
note with what the note says, what was counted, what is signed for, the
difference, and after posting what still waits for putaway; coloured by
where each line stands."""

from __future__ import annotations

from app.services.receiving_view import Inbound, InboundLine
from ui.qt import (
    QAbstractItemView,
    QColor,
    QEvent,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

MATCH_COLOUR = "#c8e6c9"  # counted as the note says
SHORT_COLOUR = "#ffe0b2"  # fewer than the note (短少)
WRONG_COLOUR = "#ffcdd2"  # over the note (多出) or not on it (错规格)
LAST_COLOUR = "#fff59d"  # the line the last scan changed
(COL_SKU, COL_NAME, COL_SPEC, COL_NOTE_QTY, COL_COUNTED, COL_SIGNED, COL_DIFF, COL_WAITING,
 COL_REMARK) = range(9)  # fmt: skip


class ReceivingLinesTable(QTableWidget):
    """Read-only rows; the keys stay with the screen's scan field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 9, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.inbound: Inbound | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Item"),
                self.tr("Colour / size"),
                self.tr("Note"),
                self.tr("Counted"),
                self.tr("Signed for"),
                self.tr("Difference"),
                self.tr("To put away"),
                self.tr("Remark"),
            ]
        )
        if self.inbound is not None:
            self.show_inbound(self.inbound)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _remark(self, line: InboundLine) -> str:
        words = {
            "short": self.tr("short %1").replace("%1", str(-line.difference)),
            "over": self.tr("%1 over, not signed for").replace("%1", str(line.difference)),
            "wrong_spec": self.tr("not on the note, not signed for"),
        }
        text = words.get(line.status, "")
        return " · ".join(t for t in (text, line.note) if t)

    def _colour(self, inbound: Inbound, line: InboundLine) -> str:
        if line.product_id == inbound.last_product_id:
            return LAST_COLOUR
        if line.status == "wrong_spec" or line.status == "over":
            return WRONG_COLOUR if line.counted else ""
        if line.status == "match":
            return MATCH_COLOUR
        return SHORT_COLOUR if inbound.counting_done else ""

    def show_inbound(self, inbound: Inbound | None) -> None:
        self.inbound = inbound
        lines = inbound.lines if inbound is not None else ()
        self.setRowCount(len(lines))
        if inbound is None:
            return
        posted = inbound.state == "posted"
        for row, line in enumerate(lines):
            spec = " / ".join(x for x in (line.colour, line.size) if x)
            diff = f"{line.difference:+d}" if line.difference else "0"
            values = (
                line.sku_code, line.name, spec, str(line.expected), str(line.counted),
                str(line.signed), diff, str(line.in_receiving) if posted else "",
                self._remark(line),
            )  # fmt: skip
            colour = self._colour(inbound, line)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if COL_NOTE_QTY <= column <= COL_WAITING:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if colour:
                    item.setBackground(QColor(colour))
                self.setItem(row, column, item)

    def row_colour(self, row: int) -> str:
        """The background of a line, for tests ("" when plain)."""
        item = self.item(row, COL_SKU)
        brush = item.background() if item is not None else None
        if brush is None or brush.style() == Qt.BrushStyle.NoBrush:
            return ""
        return str(brush.color().name())

    def rows(self) -> list[list[str]]:
        """The texts of every row (tests)."""
        return [
            [self.item(r, c).text() for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
