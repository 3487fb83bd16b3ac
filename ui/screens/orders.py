"""Orders: the newest orders with their state (the clerks' view)."""

from __future__ import annotations

from app.db.models import ORDER_STATUSES
from app.errors import DomainError
from app.services.orders import list_orders
from ui.errors import error_text
from ui.labels import status_label
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.screens.base import Screen


class OrdersScreen(Screen):
    COLUMNS = 8

    def build(self) -> None:
        self.filter_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        for status in ORDER_STATUSES:
            self.status_filter.addItem("", status)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("ordersTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.status_filter)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("State"))
        self.status_filter.setItemText(0, self.tr("All"))
        for i, status in enumerate(ORDER_STATUSES, start=1):
            self.status_filter.setItemText(i, status_label(status))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order no."),
                self.tr("Shop"),
                self.tr("Paid"),
                self.tr("Recipient"),
                self.tr("Courier"),
                self.tr("Waybill"),
                self.tr("State"),
                self.tr("Remark"),
            ]
        )

    def refresh(self) -> None:
        try:
            rows = list_orders(self.station.db, self.actor, self.status_filter.currentData())
        except DomainError as error:
            self.error.setText(error_text(error))
            return
        self.error.clear()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            paid = row.paid_at.astimezone().strftime("%m-%d %H:%M") if row.paid_at else ""
            values = [
                row.platform_order_no,
                row.shop,
                paid,
                f"{row.recipient_name} {row.province}{row.city}",
                row.courier_code,
                row.waybill_no,
                status_label(row.status),
                row.remark,
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
