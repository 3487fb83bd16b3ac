"""Orders: the newest orders with their state (the clerks' view)."""

from __future__ import annotations

from app.db.models import ORDER_STATUSES
from app.errors import DomainError
from app.permissions import Action
from app.services.orders import list_orders
from ui.errors import error_text
from ui.labels import status_label
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from ui.screens.base import Screen
from ui.widgets.import_dialog import ImportDialog

IMPORT_KEY = "Ctrl+I"


class OrdersScreen(Screen):
    COLUMNS = 8

    def build(self) -> None:
        self.import_dialog: ImportDialog | None = None
        self.import_button = QPushButton()
        self.import_button.setObjectName("ordersImport")
        self.import_button.clicked.connect(self.open_import)
        self.import_shortcut = QShortcut(QKeySequence(IMPORT_KEY), self)
        self.import_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_shortcut.activated.connect(self.open_import)
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
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        # Importing changes orders: the audit right (order clerk, supervisor). Only
        # once the button has a parent: a parentless widget made visible is a
        # window of its own, and would take the activation from the station.
        self.import_button.setVisible(self.actor.may(Action.AUDIT_ORDERS))

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import… (%1)").replace("%1", IMPORT_KEY))
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

    def open_import(self) -> ImportDialog | None:
        """Show the import dialog (one per screen, kept for the next file)."""
        if not self.actor.may(Action.AUDIT_ORDERS):
            return None
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.station, self.actor, self)
            self.import_dialog.imported.connect(self._on_imported)
        else:
            self.import_dialog.load_profiles()
        self.import_dialog.open()
        return self.import_dialog

    def _on_imported(self, _result: object) -> None:
        self.refresh()

    def stop(self) -> None:
        if self.import_dialog is not None:
            self.import_dialog.stop()
