"""The orders the audit held (R-ORD-2): each with the rule that held it in
words, the customer-service remark and the buyer's message, and a note field
to release the one selected. The screen does the release (``release_requested``)."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from app.services.order_audit import HeldOrder, HoldReason
from ui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.audit_rules_panel import rule_label


def reason_text(reasons: tuple[HoldReason, ...]) -> str:
    """Why an order is held, in words: "改地址：改地址、换地址"."""
    parts = []
    for reason in reasons:
        text = QCoreApplication.translate("AuditRule", "%1: %2")
        parts.append(
            text.replace("%1", rule_label(reason.rule)).replace("%2", "、".join(reason.words))
        )
    return " / ".join(parts)


class HeldOrdersPanel(QWidget):
    """The held orders in a table, and the release note and button under it."""

    release_requested = Signal()  # the button, or Enter in the note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orders: list[HeldOrder] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("heldTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the note, not the next cell
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note_label = QLabel()
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("releaseNote")
        self.note_label.setBuddy(self.note_edit)
        self.release_button = QPushButton()
        self.release_button.setObjectName("releaseButton")
        self.release_button.setAutoDefault(True)
        release_row = QHBoxLayout()
        release_row.addWidget(self.note_label)
        release_row.addWidget(self.note_edit, 1)
        release_row.addWidget(self.release_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(release_row)
        self.release_button.clicked.connect(self.release_requested)
        self.note_edit.returnPressed.connect(self.release_requested)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order no."),
                self.tr("Paid"),
                self.tr("Recipient"),
                self.tr("Held because"),
                self.tr("CS remark"),
                self.tr("Buyer message"),
            ]
        )
        self.note_label.setText(self.tr("How it was resolved"))
        self.note_edit.setPlaceholderText(self.tr("Required, e.g. new address confirmed by chat"))
        self.release_button.setText(self.tr("Release"))

    def show_orders(self, orders: Sequence[HeldOrder], zone: ZoneInfo) -> None:
        """List ``orders``, paid times in ``zone`` (the cut-off's clock, R-ORD-4);
        the selected row stays selected."""
        self.orders = list(orders)
        selected = self.selected()
        self.table.setRowCount(len(self.orders))
        for r, order in enumerate(self.orders):
            paid = order.paid_at.astimezone(zone).strftime("%m-%d %H:%M") if order.paid_at else ""
            values = [
                order.order_no,
                paid,
                f"{order.recipient_name} {order.province}{order.city}",
                reason_text(order.reasons),
                order.cs_remark,
                order.buyer_message,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_order(selected.order_no)

    def selected(self) -> HeldOrder | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.orders):
            return None
        return self.orders[rows[0].row()]

    def select_order(self, code: str) -> HeldOrder | None:
        """Select the held order with this order or waybill number."""
        for row, order in enumerate(self.orders):
            if code in (order.order_no, order.waybill_no):
                self.table.selectRow(row)
                self.table.scrollTo(self.table.model().index(row, 0))
                return order
        return None
