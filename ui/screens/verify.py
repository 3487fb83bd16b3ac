"""Verify station (验货, R-VER-1,2): scan the delivery note or the waybill and
the order appears with its items in big rows; scanning the other document
must match the same order (R-VER-1). Each item scan counts at once (green
flash and a tone); a wrong item (错配), one too many (多配) and, at
confirmation, missing items (漏配) stop the order in red with the reason and
an error tone (R-VER-2).

Keys, shown on the screen (the scanner hand never needs the mouse):

- Enter in the empty field, or the ``CMD:CONFIRM`` code: confirm;
- Ctrl+Z, Backspace in the empty field, or ``CMD:UNDO``: undo the last item;
- Esc or ``CMD:CANCEL``: set the order aside. Its scans are kept (every scan
  is committed before it is shown); scanning one of its documents again, at
  any station of the warehouse, resumes it.

Each action is one short service call on the GUI thread (a few ms on the
station's database); nothing here waits on a device or the network.
"""

from __future__ import annotations

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError, NotFound
from app.services.parcel import AlreadyDone, ParcelLine, WrongOrderState
from app.services.scanning import load_code_book
from app.services.verify import (
    SetAside,
    VerifyState,
    VerifyStop,
    confirm_verify,
    open_verify,
    set_aside_orders,
    undo_verify_scan,
    verify_scan,
)
from ui.errors import error_text
from ui.floor_errors import local_time_text
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
)
from ui.scanner import pass_keys_when_empty, prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.parcel_items import (  # noqa: F401 - colours re-exported for tests
    DONE_COLOUR,
    LAST_COLOUR,
    MISSING_COLOUR,
    ParcelItemsTable,
)
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import Verdict, VerdictPanel

CONFIRM_KEYS = ("Ctrl+Return",)  # besides Enter in the empty field
UNDO_KEYS = ("Ctrl+Z", "Backspace")
SET_ASIDE_KEYS = ("Esc",)
BIG = 1.6


class VerifyScreen(Screen):
    """One order at a time: its documents, then its items, then confirm."""

    def build(self) -> None:
        self.code_book: CodeBook | None = None
        self.state: VerifyState | None = None
        self.missing_skus: set[str] = set()  # lines short at the last confirmation
        self.set_aside: list[SetAside] = []

        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("verifyScan")
        prepare_scan_field(self.scan_edit)
        pass_keys_when_empty(self.scan_edit, QKeySequence.StandardKey.Undo, Qt.Key.Key_Backspace)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.4)

        self.order_label = QLabel()
        self.order_label.setObjectName("verifyOrder")
        self.order_label.setWordWrap(True)
        enlarge(self.order_label, 1.8)
        self.documents_label = QLabel()
        self.documents_label.setObjectName("verifyDocuments")
        enlarge(self.documents_label, 1.4)
        self.verdict = VerdictPanel()

        self.table = ParcelItemsTable(self.station.config.paths.data_dir)
        self.table.setObjectName("verifyItems")
        enlarge(self.table, BIG)

        self.aside_label = QLabel()
        self.aside_list = QListWidget()
        self.aside_list.setObjectName("verifySetAside")
        self.aside_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.aside_list.setMaximumWidth(320)
        enlarge(self.aside_list, 1.2)

        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("verifyConfirm")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("verifyUndo")
        self.aside_button = QPushButton()
        self.aside_button.setObjectName("verifySetAsideButton")
        for button in (self.confirm_button, self.undo_button, self.aside_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            enlarge(button, 1.3)
        self.confirm_button.clicked.connect(self.confirm)
        self.undo_button.clicked.connect(self.undo_last)
        self.aside_button.clicked.connect(self.set_order_aside)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("verifyKeys")
        self.keys_label.setWordWrap(True)
        enlarge(self.keys_label, 1.1)

        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        order = QHBoxLayout()
        order.addWidget(self.order_label, 2)
        order.addWidget(self.documents_label, 1)
        side = QVBoxLayout()
        side.addWidget(self.aside_label)
        side.addWidget(self.aside_list, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.aside_button)
        buttons.addWidget(self.keys_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(order)
        layout.addWidget(self.verdict)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        self.shortcuts: list[QShortcut] = []
        for keys, slot in (
            (CONFIRM_KEYS, self.confirm),
            (UNDO_KEYS, self.undo_last),
            (SET_ASIDE_KEYS, self.set_order_aside),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(
            self.tr("Delivery note or waybill, then the items (or type a code and Enter)")
        )
        self.aside_label.setText(self.tr("Set aside (scan a document to resume)"))
        self.confirm_button.setText(self.tr("Confirm (Enter)"))
        self.undo_button.setText(self.tr("Undo last (Ctrl+Z)"))
        self.aside_button.setText(self.tr("Set aside (Esc)"))
        self.keys_label.setText(
            self.tr(
                "Enter in the empty field or CMD:CONFIRM: confirm · Ctrl+Z, Backspace or "
                "CMD:UNDO: undo the last item · Esc or CMD:CANCEL: set the order aside"
            )
        )
        self._show_order()
        self._show_set_aside()
        if self.state is None and self.verdict.verdict is Verdict.IDLE:
            self._prompt()

    def refresh(self) -> None:
        self.code_book = None  # the catalogue or couriers may have changed
        self._load_set_aside()
        if self.state is None and not self.verdict.is_error:
            self._prompt()
        self.scan_edit.setFocus()

    def stop(self) -> None:
        self.verdict.stop()

    @property
    def busy(self) -> bool:
        """An order is open: scans belong to it (one-station mode asks)."""
        return self.state is not None

    # --- scans ---------------------------------------------------------

    def empty_enter(self) -> None:
        self.confirm()  # as the scanner's CMD:CONFIRM

    def on_scan(self, code: str) -> bool:
        code = code.strip()
        if not code:
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM:
                self.confirm()
            elif scan.command is Command.UNDO:
                self.undo_last()
            elif scan.command is Command.CANCEL:
                self.set_order_aside()
            else:
                self.verdict.show_info(self.tr("That command is not used on this screen."))
            return True
        code = scan.product_barcode or scan.value or code
        if self.state is None:
            if scan.kind is CodeKind.SKU_BARCODE or self.code_book.is_product(code):
                self.verdict.show_error(
                    self.tr("Scan the delivery note or the waybill first."),
                    self.tr("%1 is an item; no order is open.").replace("%1", code),
                )
            else:
                self.open_order(code)
        else:
            self.scan_in_order(code)
        self.scan_edit.setFocus()
        return True

    def open_order(self, code: str) -> None:
        """A delivery note or waybill: the order, resumed with its scans."""
        try:
            state = open_verify(self.station.db, self.actor, code)
        except DomainError as error:
            self._stopped(error)
            return
        self.state, self.missing_skus = state, set()
        self._show_order()
        self._load_set_aside()
        scanned = sum(state.scanned.values())
        if scanned:
            reason = (
                self.tr("Order %1 resumed: %2 of %3 items scanned.")
                .replace("%1", state.parcel.order_no)
                .replace("%2", str(scanned))
                .replace("%3", str(state.parcel.units))
            )
        else:
            reason = (
                self.tr("Order %1: %2 items.")
                .replace("%1", state.parcel.order_no)
                .replace("%2", str(state.parcel.units))
            )
        self.verdict.show_ok(reason, self._next_step_text(state))

    def scan_in_order(self, code: str) -> None:
        """The other document or an item of the open order."""
        assert self.state is not None
        before = self.state
        try:
            state = verify_scan(self.station.db, self.actor, before.parcel.order_id, code)
        except DomainError as error:
            self._stopped(error)
            return
        self.state, self.missing_skus = state, set()
        self._show_order()
        line = self._line(state.last_product_id)
        if line is not None:
            count = state.scanned.get(line.product_id, 0)
            reason = (
                self.tr("✓ %1: %2 of %3")
                .replace("%1", line.name)
                .replace("%2", str(count))
                .replace("%3", str(line.quantity))
            )
            self.verdict.show_ok(reason, self._next_step_text(state))
            return
        if code == state.parcel.waybill_no:
            reason = self.tr("✓ The waybill matches order %1.")
        else:
            reason = self.tr("✓ The delivery note matches order %1.")
        self.verdict.show_ok(
            reason.replace("%1", state.parcel.order_no), self._next_step_text(state)
        )

    # --- actions -------------------------------------------------------

    def confirm(self) -> None:
        """Every item and both documents scanned: verified (R-VER-2); else 漏配."""
        self.scan_edit.setFocus()
        if self.state is None:
            self.verdict.show_error(self.tr("Scan the delivery note or the waybill first."))
            return
        state = self.state
        try:
            done = confirm_verify(self.station.db, self.actor, state.parcel.order_id)
        except VerifyStop as stop:
            if stop.params.get("reason") == "missing_items":
                self.missing_skus = {str(sku) for sku, _n in stop.params.get("missing", [])}
                self._show_order()
            self._stopped(stop)
            return
        except DomainError as error:
            self._stopped(error)
            return
        self.state, self.missing_skus = None, set()
        self._show_order()
        self._load_set_aside()
        self.verdict.show_done(
            self.tr("Order %1 verified: %2 items.")
            .replace("%1", done.parcel.order_no)
            .replace("%2", str(done.parcel.units)),
            self.tr("Put it on for packing. Next order: scan its delivery note or waybill."),
        )
        # one-station mode (ui/ship_flow.py) takes the parcel on to packing or weighing
        self.step_done.emit("verify", done.parcel.waybill_no or done.parcel.order_no)

    def undo_last(self) -> None:
        """Take back the last item scanned (it goes back to the tray)."""
        self.scan_edit.setFocus()
        if self.state is None:
            self.verdict.show_error(self.tr("Nothing to undo: no order is open."))
            return
        before = self.state
        try:
            state = undo_verify_scan(self.station.db, self.actor, before.parcel.order_id)
        except DomainError as error:
            self._stopped(error)
            return
        self.state, self.missing_skus = state, set()
        self._show_order()
        taken = next(
            (
                line
                for line in state.parcel.lines
                if state.scanned.get(line.product_id, 0) < before.scanned.get(line.product_id, 0)
            ),
            None,
        )
        name = taken.name if taken is not None else ""
        count = state.scanned.get(taken.product_id, 0) if taken is not None else 0
        quantity = taken.quantity if taken is not None else 0
        self.verdict.show_ok(
            self.tr("Undone: take one %1 back out.").replace("%1", name),
            self.tr("%1 of %2 scanned now.").replace("%1", str(count)).replace("%2", str(quantity)),
        )

    def set_order_aside(self) -> None:
        """Leave the order half-verified; its scans are already kept."""
        self.scan_edit.setFocus()
        if self.state is None:
            self.verdict.show_info(self.tr("No order is open."), self._scan_prompt())
            return
        state = self.state
        self.state, self.missing_skus = None, set()
        self._show_order()
        self._load_set_aside()
        self.verdict.show_info(
            self.tr("Order %1 set aside: %2 of %3 items scanned.")
            .replace("%1", state.parcel.order_no)
            .replace("%2", str(sum(state.scanned.values())))
            .replace("%3", str(state.parcel.units)),
            self.tr("Scan its delivery note or waybill to resume it, at any station."),
        )

    def _stopped(self, error: DomainError) -> None:
        """Red, with the reason in words. An order another station moved on, or
        that is gone, is closed here."""
        if isinstance(error, AlreadyDone | WrongOrderState) or (
            isinstance(error, NotFound) and error.params.get("kind") == "order"
        ):
            self.state, self.missing_skus = None, set()
            self._show_order()
            self._load_set_aside()
        detail = ""
        if isinstance(error, VerifyStop) and self.state is not None:
            detail = self._next_step_text(self.state)
        self.verdict.show_error(error_text(error), detail)

    # --- showing -------------------------------------------------------

    def _line(self, product_id: str | None) -> ParcelLine | None:
        if self.state is None or product_id is None:
            return None
        return next((ln for ln in self.state.parcel.lines if ln.product_id == product_id), None)

    def _scan_prompt(self) -> str:
        return self.tr("Scan the delivery note or the waybill of the next order.")

    def _prompt(self) -> None:
        self.verdict.show_info(self._scan_prompt())

    def _next_step_text(self, state: VerifyState) -> str:
        if "waybill" not in state.documents:
            return self.tr("Scan the waybill (快递单) too.")
        if "delivery_note" not in state.documents:
            return self.tr("Scan the delivery note (发货单) too.")
        if state.items_complete:
            return self.tr("All items scanned: press Enter to confirm.")
        left = sum(n for _sku, n in state.missing())
        return self.tr("%1 more to scan.").replace("%1", str(left))

    def _show_order(self) -> None:
        state = self.state
        if state is None:
            self.order_label.setText(self.tr("No order open"))
            self.documents_label.setText("")
            self.table.setRowCount(0)
            return
        parcel = state.parcel
        self.order_label.setText(
            self.tr("Order %1 · %2 %3 · %4 of %5 items")
            .replace("%1", parcel.order_no)
            .replace("%2", parcel.courier_name)
            .replace("%3", parcel.waybill_no)
            .replace("%4", str(sum(state.scanned.values())))
            .replace("%5", str(parcel.units))
        )
        marks = {True: "✓", False: "✗"}
        self.documents_label.setText(
            self.tr("Delivery note %1 · Waybill %2")
            .replace("%1", marks["delivery_note" in state.documents])
            .replace("%2", marks["waybill" in state.documents])
        )
        self.table.show_lines(
            state.parcel.lines, state.scanned, state.last_product_id, self.missing_skus
        )

    def has_picture(self, row: int) -> bool:
        """Whether the row shows the item's own picture (tests)."""
        return self.table.has_picture(row)

    def row_colour(self, row: int) -> str:
        """The background of a line, for tests ("" when plain)."""
        return self.table.row_colour(row)

    def _load_set_aside(self) -> None:
        try:
            self.set_aside = set_aside_orders(self.station.db, self.actor)
        except DomainError as error:
            self.verdict.show_error(error_text(error))
            return
        self._show_set_aside()

    def _show_set_aside(self) -> None:
        open_id = self.state.parcel.order_id if self.state is not None else None
        self.aside_list.clear()
        for aside in self.set_aside:
            if aside.order_id == open_id:
                continue
            self.aside_list.addItem(
                self.tr("%1 · %2 of %3 · %4")
                .replace("%1", aside.order_no)
                .replace("%2", str(aside.scanned_units))
                .replace("%3", str(aside.units))
                .replace("%4", local_time_text(aside.last_scan_at))
            )

    def set_aside_orders_shown(self) -> list[str]:
        """The order numbers in the side list (tests)."""
        return [
            self.aside_list.item(i).text().split(" · ")[0] for i in range(self.aside_list.count())
        ]
