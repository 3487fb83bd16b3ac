"""The reservations tab (囤货, R-STK-1): scan or type the SKU, the units and
the customer, reserve; the list shows what is held and until when; a held
reservation is claimed or cancelled. Opening the tab first returns every
reservation older than ``[stock].reserve_days`` to normal sale."""

from __future__ import annotations

from collections.abc import Callable

from app.devices.barcodes import CodeKind
from app.services.context import Actor
from app.services.reservations import (
    ReservationInfo,
    cancel,
    claim,
    list_reservations,
    release_expired,
    reserve,
)
from app.services.stock_ops import warehouse_zones
from ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.stock_owner import StockOwner
from ui.widgets.stock_table import fill, local_time, make_table


class ReservationsPanel(QWidget):
    signs = False

    def __init__(self, owner: StockOwner) -> None:
        super().__init__()
        self.owner = owner
        self.held: list[ReservationInfo] = []
        self.sku_label, self.qty_label, self.customer_label = QLabel(), QLabel(), QLabel()
        self.wh_combo = QComboBox()
        self.wh_combo.setObjectName("reserveWarehouse")
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("reserveSku")
        self.qty_spin = QSpinBox()
        self.qty_spin.setObjectName("reserveQty")
        self.qty_spin.setRange(1, 100_000)
        self.customer_edit = QLineEdit()  # Chinese is typed here
        self.customer_edit.setObjectName("reserveCustomer")
        self.customer_edit.returnPressed.connect(self.reserve)
        self.reserve_button = QPushButton()
        self.reserve_button.setObjectName("reserveButton")
        self.reserve_button.clicked.connect(self.reserve)
        self.table = make_table("reserveTable", 8, select_rows=True)
        self.claim_button = QPushButton()
        self.claim_button.setObjectName("reserveClaim")
        self.claim_button.clicked.connect(self.claim_selected)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("reserveCancel")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.note = QLabel()
        self.note.setObjectName("reserveNote")
        self.note.setWordWrap(True)

        form = QHBoxLayout()
        form.addWidget(self.wh_combo)
        form.addWidget(self.sku_label)
        form.addWidget(self.sku_edit, 2)
        form.addWidget(self.qty_label)
        form.addWidget(self.qty_spin)
        form.addWidget(self.customer_label)
        form.addWidget(self.customer_edit, 2)
        form.addWidget(self.reserve_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.claim_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.sku_label.setText(self.tr("SKU"))
        self.sku_edit.setPlaceholderText(self.tr("Scan or type"))
        self.qty_label.setText(self.tr("Units"))
        self.customer_label.setText(self.tr("Customer"))
        self.reserve_button.setText(self.tr("Reserve"))
        self.claim_button.setText(self.tr("Claimed by the customer"))
        self.cancel_button.setText(self.tr("Cancel reservation"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Warehouse"),
                self.tr("Units"),
                self.tr("Customer"),
                self.tr("Reserved by"),
                self.tr("Reserved"),
                self.tr("Back on sale"),
            ]
        )

    def refresh(self) -> None:
        """Expired reservations go back on sale (R-STK-1), then the list."""
        owner = self.owner
        stores = owner.local(lambda: warehouse_zones(owner.station.db, owner.actor))
        if stores is not None and self.wh_combo.count() != len(stores):
            self.wh_combo.clear()
            self.wh_combo.addItems([s.code for s in stores])
            own = owner.station.config.station.warehouse
            if own:
                self.wh_combo.setCurrentText(own)
        days = owner.station.config.stock.reserve_days
        released = owner.local(
            lambda: release_expired(owner.station.db, owner.now(), days, owner.actor)
        )
        if released:
            self.note.setText(
                self.tr("%1 reservation(s) not claimed in %2 days are back on normal sale.")
                .replace("%1", str(len(released)))
                .replace("%2", str(days))
            )
        self._reload()

    def _reload(self) -> None:
        owner = self.owner
        days = owner.station.config.stock.reserve_days
        held = owner.local(lambda: list_reservations(owner.station.db, owner.actor, days=days))
        if held is None:
            return
        self.held = held
        tz = owner.station.config.audit.timezone
        fill(
            self.table,
            [
                [
                    r.sku,
                    r.name,
                    r.warehouse,
                    r.quantity,
                    r.customer,
                    r.reserved_by,
                    local_time(r.reserved_at, tz),
                    local_time(r.expires_at, tz),
                ]
                for r in held
            ],
        )

    def on_code(self, kind: CodeKind, code: str) -> None:
        if kind is CodeKind.BIN:
            self.owner.result.show_error(self.tr("A reservation is by SKU: scan the item."))
            return
        self.sku_edit.setText(code)
        self.customer_edit.setFocus()
        self.owner.result.show_ok(
            self.tr("%1: the units and the customer, then Enter.").replace("%1", code)
        )

    def reserve(self) -> None:
        owner = self.owner
        code, quantity = self.sku_edit.text().strip(), self.qty_spin.value()
        customer, warehouse = self.customer_edit.text(), self.wh_combo.currentText()
        days = owner.station.config.stock.reserve_days
        made = owner.local(
            lambda: reserve(
                owner.station.db,
                owner.actor,
                code,
                quantity,
                customer,
                owner.now(),
                warehouse=warehouse or None,
                days=days,
            )
        )
        if made is None:
            return
        self.sku_edit.clear()
        self.customer_edit.clear()
        self.qty_spin.setValue(1)
        self._reload()
        owner.result.show_ok(
            self.tr("%1 × %2 reserved for %3 until %4.")
            .replace("%1", made.sku)
            .replace("%2", str(made.quantity))
            .replace("%3", made.customer)
            .replace("%4", local_time(made.expires_at, owner.station.config.audit.timezone))
        )

    def selected(self) -> ReservationInfo | None:
        row = self.table.currentRow()
        return self.held[row] if 0 <= row < len(self.held) else None

    def claim_selected(self) -> None:
        self._close(claim, self.tr("%1 × %2 claimed by %3."))

    def cancel_selected(self) -> None:
        self._close(cancel, self.tr("Reservation of %1 × %2 for %3 cancelled: back on sale."))

    def _close(self, step: Callable[..., ReservationInfo], words: str) -> None:
        owner, chosen = self.owner, self.selected()
        if chosen is None:
            owner.result.show_error(self.tr("Choose a reservation in the list first."))
            return
        days = owner.station.config.stock.reserve_days
        done = owner.local(
            lambda: step(owner.station.db, owner.actor, chosen.id, owner.now(), days)
        )
        if done is None:
            return
        self._reload()
        owner.result.show_ok(
            words.replace("%1", chosen.sku)
            .replace("%2", str(chosen.quantity))
            .replace("%3", chosen.customer)
        )

    def sign(self, signer: Actor, method: str) -> None:
        self.owner.result.show_error(self.tr("Reservations are not signed."))

    def open_document(self, number: str) -> None:
        self.owner.result.show_error(self.tr("Reservations have no document number."))

    def confirm(self) -> None:
        if self.sku_edit.text().strip():
            self.reserve()

    def cancel(self) -> None:
        self.sku_edit.clear()
        self.customer_edit.clear()
        self.owner.result.clear_result()

    def undo(self) -> None:
        """Nothing to take back here (cancel a reservation instead)."""
