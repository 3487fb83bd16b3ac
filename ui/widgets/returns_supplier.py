"""The supplier-returns side of the returns screen (次品退厂单, R-RET-3): make
today's slips (factories daily, small purchases on the weekly day), sign the
chosen one by the keeper's and the supervisor's badges (or PINs), post it; and
the SKUs off sale, which a supervisor puts back on sale."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.db.base import utcnow
from app.errors import DomainError
from app.roles import Role
from app.services.auth import login_with_badge, login_with_pin
from app.services.context import Actor
from app.services.documents import sign
from app.services.off_sale import OffSaleRow, back_on_sale, off_sale_products
from app.services.supplier_returns import (
    SupplierReturnView,
    make_supplier_returns,
    name_supplier,
    post_supplier_return,
    supplier_returns,
)
from app.station import Station
from ui.errors import error_text
from ui.qt import (
    QAbstractItemView,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ui.returns_errors import returns_error_text
from ui.widgets.receiving_sign import PinSignature
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import VerdictPanel


def _table(columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    enlarge(table, 1.2)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    keep = max(table.currentRow(), 0)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    if rows:
        table.selectRow(min(keep, len(rows) - 1))


class SupplierReturnsPanel(QWidget):
    """Slips to sign and post, and the SKUs off sale."""

    def __init__(self, station: Station, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station, self.actor = station, actor
        self.clock: Callable[[], datetime] = utcnow  # tests pin the day (weekly returns)
        self.slips: list[SupplierReturnView] = []
        self.off_sale: list[OffSaleRow] = []
        self.slips_title, self.off_sale_title = QLabel(), QLabel()
        self.slip_table = _table(6, "supplierSlips")
        self.slip_lines = QLabel()
        self.slip_lines.setObjectName("supplierSlipLines")
        self.slip_lines.setWordWrap(True)
        enlarge(self.slip_lines, 1.2)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()  # Chinese is typed here: the input method stays on
        self.name_edit.setObjectName("supplierName")
        self.name_edit.returnPressed.connect(self.name_supplier)
        self.verdict = VerdictPanel()
        self.pin = PinSignature()
        self.pin.setVisible(False)
        self.pin.submitted.connect(self.pin_sign)
        self.off_sale_table = _table(6, "offSaleSkus")
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        naming = QHBoxLayout()
        naming.addWidget(self.name_label)
        naming.addWidget(self.name_edit, 1)
        layout = QVBoxLayout(self)
        for widget in (self.slips_title, self.slip_table, self.slip_lines):
            layout.addWidget(widget)
        layout.addLayout(naming)
        layout.addWidget(self.verdict)
        layout.addWidget(self.pin)
        layout.addWidget(self.off_sale_title)
        layout.addWidget(self.off_sale_table)
        layout.addWidget(self.keys_label)
        self.slip_table.itemSelectionChanged.connect(self._show_lines)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts: list[QShortcut] = []
        for key, slot in (
            ("Ctrl+M", self.make_today),
            ("Ctrl+Return", self.post),
            ("Ctrl+P", self.pin.start),
            ("Ctrl+L", self.put_on_sale),
            ("Ctrl+N", self.name_edit.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.slips_title.setText(self.tr("Defective goods back to suppliers (次品退厂单)"))
        self.off_sale_title.setText(self.tr("Off sale in the shop"))
        self.name_label.setText(self.tr("Supplier of the chosen slip (Ctrl+N)"))
        self.name_edit.setPlaceholderText(self.tr("Name, then Enter"))
        self.slip_table.setHorizontalHeaderLabels(
            [
                self.tr("Slip"),
                self.tr("Supplier"),
                self.tr("Goes back"),
                self.tr("Units"),
                self.tr("Keeper"),
                self.tr("Supervisor"),
            ]
        )
        self.off_sale_table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Item"),
                self.tr("Since"),
                self.tr("Slip"),
                self.tr("Good stock"),
                self.tr("Arrived since"),
            ]
        )
        self.keys_label.setText(
            self.tr(
                "Ctrl+M: make today's slips · ↑↓: choose a slip · Ctrl+N: name its supplier · "
                "scan the keeper's and the supervisor's badges (Ctrl+P: PIN) · Ctrl+Enter: post · "
                "Ctrl+L: the chosen SKU back on sale (supervisor)"
            )
        )
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _error(self, error: DomainError) -> None:
        self.verdict.show_error(returns_error_text(error) or error_text(error))

    def refresh(self) -> None:
        try:
            self.slips = supplier_returns(self.station.db, self.actor)
            self.off_sale = off_sale_products(self.station.db, self.actor)
        except DomainError as error:
            self._error(error)
            return
        self._show()

    def _supplier(self, slip: SupplierReturnView) -> str:
        return slip.supplier or self.tr("Unknown supplier: name it before posting")

    def _show(self) -> None:
        def signed(slip: SupplierReturnView, capacity: str) -> str:
            return next((name for c, name in slip.signatures if c == capacity), "—")

        _fill(
            self.slip_table,
            [
                (
                    s.number,
                    self._supplier(s),
                    self.tr("daily (factory)") if s.factory else self.tr("weekly"),
                    str(s.units),
                    signed(s, "keeper"),
                    signed(s, "supervisor"),
                )
                for s in self.slips
            ],
        )
        _fill(
            self.off_sale_table,
            [
                (
                    r.sku_code,
                    r.name,
                    r.since.astimezone().strftime("%Y-%m-%d") if r.since else "",
                    r.slip,
                    str(r.good_stock),
                    str(r.arrived_since),
                )
                for r in self.off_sale
            ],
        )
        self._show_lines()

    def selected(self) -> SupplierReturnView | None:
        row = self.slip_table.currentRow()
        return self.slips[row] if 0 <= row < len(self.slips) else None

    def _show_lines(self) -> None:
        slip = self.selected()
        self.slip_lines.setText(
            "\n".join(
                f"{x.sku_code} {x.name} {x.spec} ×{x.quantity} · {x.bin_code} · {x.lot_reference}"
                for x in slip.lines
            )
            if slip is not None
            else ""
        )

    def name_supplier(self) -> None:
        """Enter in the name field: the supplier of a slip the lots could not tell."""
        slip, name = self.selected(), self.name_edit.text().strip()
        if slip is None or not name:
            return
        try:
            name_supplier(self.station.db, self.actor, slip.number, name)
        except DomainError as error:
            self._error(error)
            return
        self.name_edit.clear()
        self.refresh()
        self.slip_table.setFocus()
        self.verdict.show_ok(
            self.tr("%1 goes back to %2.").replace("%1", slip.number).replace("%2", name)
        )

    def make_today(self) -> None:
        """Ctrl+M: today's slips (R-RET-3); a second time the same day makes none."""
        try:
            made = make_supplier_returns(
                self.station.db, self.actor, self.clock(), self.station.config.returns
            )
        except DomainError as error:
            self._error(error)
            return
        self.refresh()
        if made:
            self.verdict.show_done(
                self.tr("%1 slip(s) made: sign and post each.").replace("%1", str(len(made)))
            )
        else:
            self.verdict.show_info(self.tr("Nothing new to send back today."))

    def on_scan(self, code: str) -> bool:
        """A badge signs the chosen slip: the supervisor's as supervisor, else as keeper."""
        try:
            signer = login_with_badge(self.station.db, code, self.station.config.station.code)
        except DomainError as error:
            self._error(error)
            return True
        self.sign_as(signer, "badge")
        return True

    def pin_sign(self, username: str, pin: str) -> None:
        try:
            signer = login_with_pin(
                self.station.db, username, pin, self.station.config.station.code
            )
        except DomainError as error:
            self._error(error)
            return
        self.pin.setVisible(False)
        self.sign_as(signer, "pin")

    def sign_as(self, signer: Actor, method: str) -> None:
        slip = self.selected()
        if slip is None:
            self.verdict.show_error(self.tr("Choose a slip first (Ctrl+M makes today's)."))
            return
        boss = Role.SUPERVISOR in signer.roles and "supervisor" in slip.missing
        capacity = "supervisor" if boss or "keeper" not in slip.missing else "keeper"
        try:
            missing = sign(self.station.db, self.actor, slip.number, capacity, signer, method)
        except DomainError as error:
            self._error(error)
            return
        self.refresh()
        if missing:
            self.verdict.show_ok(
                self.tr("%1 signed %2.").replace("%1", signer.full_name).replace("%2", slip.number)
            )
        else:
            self.verdict.show_ok(
                self.tr("%1 is signed: Ctrl+Enter posts it.").replace("%1", slip.number)
            )

    def post(self) -> None:
        """Ctrl+Enter: the units leave the defective store, the SKUs go off sale."""
        slip = self.selected()
        if slip is None:
            return
        try:
            posted = post_supplier_return(self.station.db, self.actor, slip.number, self.clock())
        except DomainError as error:
            self._error(error)
            return
        self.refresh()
        self.verdict.show_done(
            self.tr("Posted %1: %2 unit(s) back to %3.")
            .replace("%1", posted.number)
            .replace("%2", str(posted.units))
            .replace("%3", self._supplier(posted)),
            self.tr("Their SKUs are off sale in the shop until the replacement arrives."),
        )

    def put_on_sale(self) -> None:
        """Ctrl+L: the chosen off-sale SKU back on sale (a supervisor's decision)."""
        row = self.off_sale_table.currentRow()
        if not 0 <= row < len(self.off_sale):
            return
        sku = self.off_sale[row].sku_code
        try:
            back_on_sale(self.station.db, self.actor, sku, self.clock())
        except DomainError as error:
            self._error(error)
            return
        self.refresh()
        self.verdict.show_done(self.tr("%1 is on sale again.").replace("%1", sku))

    def stop(self) -> None:
        self.verdict.stop()
