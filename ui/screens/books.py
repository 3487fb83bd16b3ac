"""The books (账务/单据, R-ACC-1..4) and the photo samples (R-NEW-2..4).

Tabs: the day (its documents with state and missing signatures, the ledger
check and the daily close with its differences), one document (lines,
signatures, corrections trail and the 划改 form), the month-end archive, and
the samples (a new slip, the loans, the photo deadline).

Scan-first: a document number (RK…, YP…, DB… any kind) opens it in the
document tab; on the samples tab an item goes onto the slip (or comes back,
with "scans return samples" ticked) and a badge signs the slip. Enter on the
empty field or CMD:CONFIRM: the samples tab's next step (make, post);
Esc/CMD:CANCEL: empty or cancel the slip; CMD:UNDO: one unit off the slip.
"""

from __future__ import annotations

import logging
import re
from typing import TypeVar

from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError
from app.services.auth import login_with_badge, login_with_pin
from app.services.documents import PREFIXES
from app.services.scanning import load_code_book
from ui.books_errors import books_error_text
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
from ui.scanner import prepare_scan_field
from ui.screens.document_screen import DocumentScreen
from ui.widgets.batch_chooser import Clock, utc_now
from ui.widgets.books_archive import ArchivePanel
from ui.widgets.books_day import DayPanel
from ui.widgets.books_loans import LoansPanel
from ui.widgets.books_samples import SlipPanel
from ui.widgets.document_view import DocumentView
from ui.widgets.result_panel import ResultPanel
from ui.widgets.stock_sign import StockSigner
from ui.widgets.type_size import enlarge

log = logging.getLogger(__name__)
T = TypeVar("T")
DOCUMENT_NO = re.compile(
    r"^(" + "|".join(sorted(set(PREFIXES.values()))) + r")\d{8}-\d{3,}$", re.IGNORECASE
)
DAY_TAB, DOCUMENT_TAB, ARCHIVE_TAB, SAMPLES_TAB = range(4)


class BooksScreen(DocumentScreen):
    """The clerk's and supervisor's books; the product team's samples."""

    def build(self) -> None:
        self.clock: Clock = utc_now
        self.code_book: CodeBook | None = None
        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("booksScan")
        prepare_scan_field(self.scan_edit)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.3)
        self.result = ResultPanel()
        enlarge(self.result, 1.1)
        self.day_panel = DayPanel(self)
        self.document = DocumentView(self)
        self.archive = ArchivePanel(self)
        self.slip = SlipPanel(self)
        self.loans = LoansPanel(self)
        self.slip.posted.connect(self.loans.refresh)
        samples = QWidget()
        samples_layout = QVBoxLayout(samples)
        samples_layout.addWidget(self.slip, 1)
        samples_layout.addWidget(self.loans, 2)
        self.signer = StockSigner()
        self.signer.submitted.connect(self.sign_with_pin)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("booksTabs")
        for panel in (self.day_panel, self.document, self.archive, samples):
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
        self.cancel_shortcut.activated.connect(self.cancel)
        self.signer.setVisible(False)

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(self.tr("Document number, item or badge"))
        titles = [
            self.tr("The day (日清日结)"),
            self.tr("Document"),
            self.tr("Month-end archive"),
            self.tr("Photo samples (样品)"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.keys_label.setText(
            self.tr(
                "A document number opens it · double-click a document of the day · samples: "
                "scan items, Enter makes the slip, badges sign, Enter posts · CMD:UNDO: one "
                "unit off · Esc: empty or cancel the slip"
            )
        )
        self.signer.retranslate()
        for panel in (self.day_panel, self.document, self.archive, self.slip, self.loans):
            panel.retranslate()

    def refresh(self) -> None:
        self.code_book = None
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self.signer.setVisible(index == SAMPLES_TAB)
        if index == DAY_TAB:
            self.day_panel.refresh()
        elif index == ARCHIVE_TAB:
            self.archive.refresh()
        elif index == SAMPLES_TAB:
            self.loans.refresh()
        self.scan_edit.setFocus()

    # --- scanning --------------------------------------------------------

    def open_document(self, number: str) -> None:
        self.tabs.setCurrentIndex(DOCUMENT_TAB)
        self.document.open(number)

    def empty_enter(self) -> None:
        self.confirm()

    def confirm(self) -> None:
        if self.tabs.currentIndex() == SAMPLES_TAB:
            self.slip.make()  # makes the slip, or posts the one signed
        elif self.tabs.currentIndex() == DAY_TAB:
            self.day_panel.open_selected()

    def cancel(self) -> None:
        if self.tabs.currentIndex() == SAMPLES_TAB and (self.slip.number or self.slip.items):
            self.slip.cancel()  # says what it did
        else:
            self.result.clear_result()

    def on_scan(self, code: str) -> bool:
        code = code.strip()
        if not code:
            return True
        if DOCUMENT_NO.match(code):
            self.open_document(code.upper())
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            if scan.command is Command.CONFIRM:
                self.confirm()
            elif scan.command is Command.CANCEL:
                self.cancel()
            elif scan.command is Command.UNDO:
                self.slip.undo()
            return True
        if scan.kind is CodeKind.BADGE:
            self.sign_with_badge(scan.value)
            return True
        if self.tabs.currentIndex() != SAMPLES_TAB:
            self.result.show_error(
                self.tr("Scan a document number here; items go on the samples tab.")
            )
            return True
        item = scan.product_barcode or scan.value
        if self.loans.scan_returns.isChecked():
            self.loans.return_scanned(item)
        else:
            self.slip.add(item)
        return True

    # --- signatures ------------------------------------------------------

    def sign_with_badge(self, badge: str) -> None:
        code = self.station.config.station.code
        signer = self.local(lambda: login_with_badge(self.station.db, badge, code))
        if signer is not None:
            self.tabs.setCurrentIndex(SAMPLES_TAB)
            self.slip.sign(signer, "badge")

    def sign_with_pin(self, username: str, pin: str) -> None:
        code = self.station.config.station.code
        signer = self.local(lambda: login_with_pin(self.station.db, username, pin, code))
        if signer is not None:
            self.slip.sign(signer, "pin")

    # --- calling the services ------------------------------------------

    def error_words(self, error: Exception) -> str:
        if isinstance(error, DomainError):
            return books_error_text(error.code, error.params) or error_text(error)
        log.error("books step failed", exc_info=error)
        return self.tr("The step failed: %1").replace("%1", str(error))
