"""The batch screen's read-only order tables: a batch's orders in sort order,
and the orders held back with the reason in words."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.orders import OrderRow
from ui.labels import held_reason_text, status_label
from ui.qt import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class OrderTable(QTableWidget):
    """Rows selected whole, nothing editable, Tab leaves the table."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setObjectName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

    def fill(self, rows: Sequence[Sequence[str]], tooltips: bool = False) -> None:
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if tooltips:
                    item.setToolTip(value)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()


def recipient(order: OrderRow) -> str:
    return f"{order.recipient_name} {order.province}{order.city}"


class BatchOrdersTable(OrderTable):
    """A batch's orders in its sort order: slot, number, recipient, state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("batchOrders", 6, parent)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Slot"),
                self.tr("Order no."),
                self.tr("Recipient"),
                self.tr("Courier"),
                self.tr("Items"),
                self.tr("State"),
            ]
        )

    def show_orders(self, orders: Sequence[OrderRow]) -> None:
        self.fill(
            [
                (
                    str(r + 1),
                    order.platform_order_no,
                    recipient(order),
                    order.courier_code,
                    str(order.item_count),
                    status_label(order.status),
                )
                for r, order in enumerate(orders)
            ]
        )


class HeldOrdersTable(OrderTable):
    """Orders held back from batching (audit, short of stock), with why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("heldOrders", 4, parent)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Order no."), self.tr("Paid"), self.tr("Recipient"), self.tr("Held because")]
        )

    def show_orders(self, orders: Sequence[OrderRow]) -> None:
        rows = []
        for order in orders:
            paid = order.paid_at.astimezone().strftime("%m-%d %H:%M") if order.paid_at else ""
            rows.append(
                (
                    order.platform_order_no,
                    paid,
                    recipient(order),
                    held_reason_text(order.held_reason),
                )
            )
        self.fill(rows, tooltips=True)
