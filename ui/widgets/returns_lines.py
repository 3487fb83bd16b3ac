"""The returns desk's table (R-RET-1,2): one row per SKU, reason and QC
decision of the 退货单, coloured by the decision, with where the units went
once posted; and the words for reasons, decisions and stages."""

from __future__ import annotations

from app.services.returns_view import ReturnView
from ui.qt import (
    QAbstractItemView,
    QColor,
    QCoreApplication,
    QEvent,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

DECISION_COLOURS = {
    "": "#ffffff",
    "resellable": "#c8e6c9",
    "defective": "#ffe0b2",
    "refused": "#ffcdd2",
}
LAST_COLOUR = "#fff59d"  # the SKU the last scan counted or decided
COL_SKU, COL_NAME, COL_SPEC, COL_REASON, COL_QTY, COL_DECISION, COL_BIN = range(7)


def _t(text: str) -> str:
    return QCoreApplication.translate("Returns", text)


def reason_label(reason: str) -> str:
    """R-RET-1: the first three are accepted, customer damage is not."""
    return {
        "quality": _t("Quality"),
        "wrong_size": _t("Wrong size or model"),
        "wrong_colour": _t("Wrong colour"),
        "customer_damage": _t("Customer damage (refused)"),
    }.get(reason, reason)


def decision_label(decision: str) -> str:
    return {
        "": _t("Waiting for QC"),
        "resellable": _t("Resellable"),
        "defective": _t("Defective"),
        "refused": _t("Refused"),
    }.get(decision, decision)


def mode_label(mode: str) -> str:
    return _t("Exchange (换货)") if mode == "exchange" else _t("Refund")


class ReturnLinesTable(QTableWidget):
    """Read-only rows; the keys stay with the screen's scan field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("returnLines")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.view: ReturnView | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Item"),
                self.tr("Colour and size"),
                self.tr("Reason"),
                self.tr("Qty"),
                self.tr("QC"),
                self.tr("Goes to"),
            ]
        )
        self.show_view(self.view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_view(self, view: ReturnView | None) -> None:
        self.view = view
        lines = view.lines if view is not None else ()
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            refused = line.decision == "refused"
            goes = self.tr("back to the customer") if refused else line.to_bin
            cells = (
                line.sku_code,
                line.name,
                line.spec,
                reason_label(line.reason),
                str(line.quantity),
                decision_label(line.decision),
                goes if view is not None and view.state == "posted" else "",
            )
            last = view is not None and line.sku_code == view.last_sku
            colour = QColor(LAST_COLOUR if last else DECISION_COLOURS.get(line.decision, "#fff"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(colour)
                if col == COL_QTY:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, col, item)

    def rows(self) -> list[list[str]]:
        """What the table shows (tests)."""
        return [
            [(item.text() if (item := self.item(r, c)) else "") for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
