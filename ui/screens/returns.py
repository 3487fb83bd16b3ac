"""The returns screen (退货, R-RET-1..3), scan-first.

Customer returns: scan the parcel's waybill or order number (a never-shipped
order is refused in red); scan each unit, its reason chosen with Ctrl+1..4
(quality, wrong size or model, wrong colour, customer damage = refused); the
clerk's badge signs the count. QC then scans each unit with its decision
(Ctrl+1 resellable, Ctrl+2 defective, Ctrl+3 refused) and signs with the QC
badge. Enter posts: where each unit goes, and the refund notice or the
exchange order (Ctrl+E switches to 换货; scans after QC's signature are the
SKUs sent instead). Ctrl+P signs by user name and PIN.

The second tab is the supplier returns (:mod:`ui.widgets.returns_supplier`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from app.db.base import utcnow
from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError
from app.services.auth import login_with_badge, login_with_pin
from app.services.context import Actor
from app.services.returns import DECISIONS, REASONS, cancel_return, count_item, open_return
from app.services.returns import undo_count as undo_count_service
from app.services.returns_posting import post_return
from app.services.returns_qc import qc_decide, set_mode, set_replacement, sign_return
from app.services.returns_view import ReturnView
from app.services.scanning import load_code_book
from ui.errors import error_text
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QShortcut,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.returns_errors import returns_error_text
from ui.scanner import pass_keys_when_empty, prepare_scan_field
from ui.screens.base import Screen
from ui.widgets.receiving_sign import PinSignature
from ui.widgets.returns_header import ReturnHeader
from ui.widgets.returns_lines import ReturnLinesTable, decision_label, mode_label, reason_label
from ui.widgets.returns_supplier import SupplierReturnsPanel
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import VerdictPanel

CAPACITY = {"count": "clerk", "qc": "qc"}  # whose signature the stage waits for


class ReturnsScreen(Screen):
    """One returned parcel at a time; supplier returns on the second tab."""

    def build(self) -> None:
        self.code_book: CodeBook | None = None
        self.view: ReturnView | None = None
        self.reason, self.decision = REASONS[0], DECISIONS[0]
        self.last_code = ""  # the item the last count took (Ctrl+Z takes it back)

        desk = QWidget()
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("returnsScan")
        prepare_scan_field(self.scan_edit)
        pass_keys_when_empty(self.scan_edit, QKeySequence.StandardKey.Undo, "Ctrl+Del")
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        self.header = ReturnHeader()
        self.verdict = VerdictPanel()
        self.lines = ReturnLinesTable()
        self.pin = PinSignature()
        self.pin.setVisible(False)
        self.pin.submitted.connect(self.pin_sign)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        for widget in (self.scan_label, self.scan_edit, self.lines):
            enlarge(widget, 1.3)
        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        layout = QVBoxLayout(desk)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.verdict)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.pin)
        layout.addWidget(self.keys_label)

        self.supplier = SupplierReturnsPanel(self.station, self.actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(desk, "")
        self.tabs.addTab(self.supplier, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)

        self.shortcuts: list[QShortcut] = []
        keys: list[tuple[str, Callable[[], object]]]
        keys = [(f"Ctrl+{i + 1}", partial(self.choose, i)) for i in range(len(REASONS))]
        keys += [
            ("Ctrl+E", self.toggle_mode),
            ("Ctrl+Z", self.undo),
            ("Ctrl+P", self.pin.start),
            ("Ctrl+Return", self.post),
            ("Ctrl+Del", self.cancel_draft),
            ("Esc", self.put_aside),
        ]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), desk)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Customer returns"))
        self.tabs.setTabText(1, self.tr("Supplier returns"))
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Waybill or order number of the returned parcel"))
        self.keys_label.setText(
            self.tr(
                "Counting: Ctrl+1 quality · Ctrl+2 wrong size/model · Ctrl+3 wrong colour · "
                "Ctrl+4 customer damage · Ctrl+Z: take the last unit back · "
                "QC: Ctrl+1 resellable · Ctrl+2 defective · Ctrl+3 refused · "
                "badge or Ctrl+P: sign · Ctrl+E: refund/exchange · Enter: post · "
                "Esc: put aside · Ctrl+Del: cancel this return"
            )
        )
        self._show()

    def refresh(self) -> None:
        self.code_book = None  # badges and barcodes may have changed
        self.supplier.refresh()
        self.scan_edit.setFocus()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.supplier.refresh()
            self.supplier.slip_table.setFocus()
        else:
            self.scan_edit.setFocus()

    def _error(self, error: DomainError) -> None:
        self.verdict.show_error(returns_error_text(error) or error_text(error))

    # --- scanning ------------------------------------------------------

    def empty_enter(self) -> None:
        self.post()

    def on_scan(self, code: str) -> bool:
        """The parcel's document opens it; a badge signs; items count, are
        decided, or (an exchange, signed) are what is sent instead."""
        code = code.strip()
        if not code:
            return True
        if self.tabs.currentIndex() == 1:
            return self.supplier.on_scan(code)
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            {
                Command.CONFIRM: self.post,
                Command.CANCEL: self.put_aside,
                Command.UNDO: self.undo,
            }.get(scan.command or Command.REPRINT, lambda: None)()
            return True
        if scan.kind is CodeKind.BADGE:
            try:
                signer = login_with_badge(self.station.db, code, self.station.config.station.code)
            except DomainError as error:
                self._error(error)
                return True
            self.sign_as(signer, "badge")
            return True
        view = self.view
        opening = scan.kind in (CodeKind.WAYBILL, CodeKind.ORDER_NUMBER)
        if view is None or view.stage in ("done", "cancelled") or opening:
            self.open_parcel(code)
        else:
            self.item(scan.product_barcode or code)
        return True

    def open_parcel(self, code: str) -> None:
        try:
            view = open_return(self.station.db, self.actor, code)
        except DomainError as error:
            self._error(error)
            return
        self.view, self.reason, self.last_code = view, REASONS[0], ""
        self._show()
        self.verdict.show_info(
            self.tr("Order %1 is back: scan each returned item.").replace("%1", view.order_no)
            if not view.number
            else self.tr("Return %1 resumed.").replace("%1", view.number)
        )

    def item(self, code: str) -> None:
        view = self.view
        assert view is not None
        db, stage = self.station.db, view.stage
        try:
            if stage == "count":
                view = count_item(db, self.actor, view.order_id, code, self.reason, utcnow())
                self.last_code = code
                text = self.tr("%1 counted: %2.").replace("%1", view.last_sku)
                self.verdict.show_ok(text.replace("%2", reason_label(self.reason)))
            elif stage == "qc":
                view = qc_decide(db, self.actor, view.number, code, self.decision)
                text = self.tr("%1: %2.").replace("%1", view.last_sku)
                self.verdict.show_ok(text.replace("%2", decision_label(self.decision)))
            elif view.mode == "exchange":
                view = set_replacement(db, self.actor, view.number, code)
                self.last_code = code
                self.verdict.show_ok(self.tr("%1 goes out instead.").replace("%1", view.last_sku))
            else:
                self.verdict.show_info(self.tr("Signed by clerk and QC: press Enter to post."))
                return
        except DomainError as error:
            self._error(error)
            return
        self.view = view
        self._show()

    # --- keys ----------------------------------------------------------

    def choose(self, index: int) -> None:
        """Ctrl+1..4: the reason while counting, QC's decision after."""
        stage = self.view.stage if self.view else "count"
        if stage == "qc" and index < len(DECISIONS):
            self.decision = DECISIONS[index]
            self.verdict.show_info(
                self.tr("QC: scan the units that are %1.").replace(
                    "%1", decision_label(self.decision)
                )
            )
        elif stage == "count":
            self.reason = REASONS[index]
            self.verdict.show_info(
                self.tr("Reason: %1. Scan the items.").replace("%1", reason_label(self.reason))
            )
        self._show()

    def toggle_mode(self) -> None:
        """Ctrl+E: refund <-> exchange (换货), until QC signs."""
        view = self.view
        if view is None or not view.number:
            self.verdict.show_error(self.tr("Count a unit first, then choose refund or exchange."))
            return
        mode = "refund" if view.mode == "exchange" else "exchange"
        try:
            self.view = set_mode(self.station.db, self.actor, view.number, mode)
        except DomainError as error:
            self._error(error)
            return
        self._show()
        self.verdict.show_info(mode_label(mode))

    def undo(self) -> None:
        """Ctrl+Z: the last counted unit back off the count (or the last SKU
        to send instead)."""
        view = self.view
        if view is None or not view.number or not self.last_code:
            self.verdict.show_error(self.tr("Nothing to take back."))
            return
        try:
            if view.stage == "count":
                view = undo_count_service(self.station.db, self.actor, view.number, self.last_code)
            else:
                view = set_replacement(
                    self.station.db, self.actor, view.number, self.last_code, delta=-1
                )
        except DomainError as error:
            self._error(error)
            return
        self.view, self.last_code = view, ""
        self._show()
        self.verdict.show_info(self.tr("Taken back."))

    def pin_sign(self, username: str, pin: str) -> None:
        try:
            signer = login_with_pin(
                self.station.db, username, pin, self.station.config.station.code
            )
        except DomainError as error:
            self._error(error)
            return
        self.pin.setVisible(False)
        self.scan_edit.setFocus()
        self.sign_as(signer, "pin")

    def sign_as(self, signer: Actor, method: str) -> None:
        """The clerk's signature on the count, then QC's on the decisions."""
        view = self.view
        capacity = CAPACITY.get(view.stage, "") if view is not None else ""
        if view is None or not view.number or not capacity:
            self.verdict.show_error(self.tr("Nothing to sign here now."))
            return
        try:
            view = sign_return(self.station.db, self.actor, view.number, capacity, signer, method)
        except DomainError as error:
            self._error(error)
            return
        self.view, self.last_code = view, ""
        self._show()
        if view.stage == "qc":
            self.decision = DECISIONS[0]
            text = self.tr("Count signed by %1. QC: scan each unit with its decision.")
        else:
            text = self.tr("QC signed by %1. Press Enter to post.")
        self.verdict.show_ok(text.replace("%1", signer.full_name))

    def post(self) -> None:
        """Enter: the units go where QC said (R-RET-3); refund or exchange."""
        view = self.view
        if view is None or view.stage != "post":
            if view is not None and view.stage in ("count", "qc"):
                self.verdict.show_error(self.tr("Both signatures first: the clerk's, then QC's."))
            return
        try:
            view = post_return(self.station.db, self.actor, view.number, utcnow())
        except DomainError as error:
            self._error(error)
            return
        self.view = view
        self._show()
        self.verdict.show_done(*self.header.posted_texts(view))

    def put_aside(self) -> None:
        """Esc: the parcel off the screen; its count stays for later (any station)."""
        self.pin.setVisible(False)
        self.view, self.last_code = None, ""
        self._show()
        self.verdict.show_info(self.tr("Put aside: scan the next returned parcel."))
        self.scan_edit.setFocus()

    def cancel_draft(self) -> None:
        """Ctrl+Del: a return started by mistake is cancelled (keeps no day open)."""
        view = self.view
        if view is None or not view.number or view.state != "draft":
            return
        try:
            self.view = cancel_return(self.station.db, self.actor, view.number)
        except DomainError as error:
            self._error(error)
            return
        self._show()
        self.verdict.show_info(self.tr("Return %1 cancelled.").replace("%1", view.number))

    def stop(self) -> None:
        self.verdict.stop()
        self.supplier.stop()
        super().stop()

    # --- showing -------------------------------------------------------

    def _show(self) -> None:
        self.lines.show_view(self.view)
        self.header.show_view(self.view, self.reason, self.decision)

    @property
    def busy(self) -> bool:
        return self.view is not None and self.view.stage not in ("done", "cancelled")
