"""Stock operations (库存作业, R-STK-1..4): transfers between warehouses A and
B, cycle counts by zone (blind), damaged goods (defective store or scrap),
reservations for customers, and the open-carton warnings.

Scan-first: a scanner burst goes to the tab in front; a document number
(DB…, PD…, BF…, YK…) opens it in its tab; a badge signs the open document
in the capacity it needs next. Transfers need one truth for both
warehouses: their steps run on the shared server (``run_shared``) and,
offline, say the server is needed.
"""

from __future__ import annotations

import logging
import re
from typing import Protocol, TypeVar

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError
from app.services.auth import login_with_badge, login_with_pin
from app.services.context import Actor
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
)
from ui.scanner import prepare_scan_field
from ui.screens.document_screen import DocumentScreen
from ui.stock_errors import document_error_text, stock_error_text
from ui.widgets.batch_chooser import Clock, utc_now
from ui.widgets.result_panel import ResultPanel
from ui.widgets.stock_cartons import CartonsPanel
from ui.widgets.stock_count import CountPanel
from ui.widgets.stock_damage import DamagePanel
from ui.widgets.stock_reservations import ReservationsPanel
from ui.widgets.stock_sign import StockSigner
from ui.widgets.stock_transfer import TransferPanel
from ui.widgets.type_size import enlarge

log = logging.getLogger(__name__)
T = TypeVar("T")
DOCUMENT_NO = re.compile(r"^(DB|PD|BF|YK)\d{8}-\d{3,}$", re.IGNORECASE)
TAB_OF_PREFIX = {"DB": 0, "PD": 1, "BF": 2, "YK": 2}


class Panel(Protocol):
    signs: bool  # documents signed here: the PIN box shows

    def retranslate(self) -> None: ...
    def refresh(self) -> None: ...
    def on_code(self, kind: CodeKind, code: str) -> None: ...
    def open_document(self, number: str) -> None: ...
    def sign(self, signer: Actor, method: str) -> None: ...
    def confirm(self) -> None: ...
    def cancel(self) -> None: ...
    def undo(self) -> None: ...


class StockOpsScreen(DocumentScreen):
    """Tabs for the four operations and the open-carton list."""

    def build(self) -> None:
        self.clock: Clock = utc_now
        self.code_book: CodeBook | None = None
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("stockScan")
        prepare_scan_field(self.scan_edit)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)
        self.result = ResultPanel()
        enlarge(self.result, 1.2)
        self.signer = StockSigner()
        self.signer.submitted.connect(self.sign_with_pin)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stockTabs")
        self.transfer = TransferPanel(self)
        self.count = CountPanel(self)
        self.damage = DamagePanel(self)
        self.reservations = ReservationsPanel(self)
        self.cartons = CartonsPanel(self)
        self.panels: list[Panel] = [
            self.transfer,
            self.count,
            self.damage,
            self.reservations,
            self.cartons,
        ]
        for panel in (self.transfer, self.count, self.damage, self.reservations, self.cartons):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.signer)
        layout.addWidget(self.result)
        layout.addWidget(self.keys_label)
        self.cancel_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_shortcut.activated.connect(lambda: self.panel.cancel())

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Bin, item, document number or badge"))
        titles = [
            self.tr("Transfer A ↔ B (调拨)"),
            self.tr("Cycle count (盘点)"),
            self.tr("Damaged goods (移仓 / 拨废)"),
            self.tr("Reservations (囤货)"),
            self.tr("Open cartons"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.keys_label.setText(
            self.tr(
                "Scan a bin, then items · a document number opens it · a badge signs · "
                "Enter on the empty field or CMD:CONFIRM: the next step · Esc or CMD:CANCEL: put "
                "it away · CMD:UNDO: take the last counted unit back"
            )
        )
        self.signer.retranslate()
        for panel in self.panels:
            panel.retranslate()

    def refresh(self) -> None:
        self.code_book = None  # bins, badges and barcodes may have changed
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        panel = self.panels[index]
        self.signer.setVisible(panel.signs)
        panel.refresh()
        self.scan_edit.setFocus()

    @property
    def panel(self) -> Panel:
        return self.panels[self.tabs.currentIndex()]

    # --- scanning ------------------------------------------------------

    def empty_enter(self) -> None:
        self.panel.confirm()

    def on_scan(self, code: str) -> bool:
        code = code.strip()
        if not code:
            return True
        if DOCUMENT_NO.match(code):
            self.tabs.setCurrentIndex(TAB_OF_PREFIX[code[:2].upper()])
            self.panel.open_document(code.upper())
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM:
                self.panel.confirm()
            elif scan.command is Command.CANCEL:
                self.panel.cancel()
            elif scan.command is Command.UNDO:
                self.panel.undo()
            return True
        if scan.kind is CodeKind.BADGE:
            self.sign_with_badge(scan.value)
            return True
        value = scan.product_barcode or scan.value
        kind = scan.kind
        if kind is not CodeKind.BIN and value.upper() in self.code_book.bins:
            kind, value = CodeKind.BIN, value.upper()
        self.panel.on_code(kind, value)
        return True

    # --- signatures ----------------------------------------------------

    def sign_with_badge(self, badge: str) -> None:
        signer = self.local(
            lambda: login_with_badge(self.station.db, badge, self.station.config.station.code)
        )
        if signer is not None:
            self.panel.sign(signer, "badge")

    def sign_with_pin(self, username: str, pin: str) -> None:
        signer = self.local(
            lambda: login_with_pin(self.station.db, username, pin, self.station.config.station.code)
        )
        if signer is not None:
            self.panel.sign(signer, "pin")

    # --- calling the services --------------------------------------------

    def error_words(self, error: Exception) -> str:
        if isinstance(error, DomainError):
            return (
                stock_error_text(error.code, error.params)
                or document_error_text(error.code, error.params)
                or error_text(error)
            )
        log.error("stock operation failed", exc_info=error)
        return self.tr("The step failed: %1").replace("%1", str(error))
