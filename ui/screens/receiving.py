"""Receiving (收货入库, R-REC-1..4), scan first. Ctrl+N types the supplier's
delivery note (or Ctrl+O imports its file); scanning an inbound order's
number (RK…), the note's number, or choosing from the list opens it.

- Counting: each scan counts one unit; digits typed first are a carton's
  quantity (24, then scan). An unknown barcode, a SKU not on the note (Ctrl+D
  records it as wrong specification) or a count beyond plausible is refused
  in red. Ctrl+Z takes the last count back. Enter finishes counting (twice
  when there are differences) and queues the SKU labels at once (R-REC-2).
- Signing: the keeper and the warehouse supervisor scan their badges, or
  Ctrl+P for user name and PIN (R-REC-3). Enter posts: the goods go into the
  receiving area, the arrival notice and the A4 order with its finance copy
  are queued. Ctrl+Shift+P prints the order again (a draft any time);
  Ctrl+L queues labels not queued yet. The F-keys stay the window's.
- Putaway: scan an item then its bin, or a bin then its items (R-REC-4).

Each action is one short service call on the GUI thread; making the order
runs on the shared database (its number is one for every station).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from app.db.base import utcnow
from app.devices.barcodes import CodeBook, CodeKind, Command, classify
from app.errors import DomainError
from app.services.receiving import (
    open_inbound,
    open_inbounds,
)
from app.services.receiving_view import Inbound
from app.services.scanning import load_code_book
from ui.qt import (
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QShortcut,
    QStackedWidget,
    Qt,
    QVBoxLayout,
)
from ui.receiving_errors import capacity_text
from ui.scanner import pass_keys_when_empty, prepare_scan_field
from ui.screens.base import Screen
from ui.screens.receiving_base import problem_text
from ui.screens.receiving_count import CountMixin
from ui.screens.receiving_putaway import PutawayMixin
from ui.screens.receiving_steps import NoteSignMixin
from ui.widgets.receiving_lines import ReceivingLinesTable
from ui.widgets.receiving_note_form import NoteForm
from ui.widgets.receiving_sign import PinSignature
from ui.widgets.type_size import enlarge
from ui.widgets.verdict_panel import VerdictPanel

DOCUMENT_NUMBER = re.compile(r"[A-Z]{2}\d{8}-\d{3}")
MAX_QTY_DIGITS = 6


class ReceivingScreen(CountMixin, NoteSignMixin, PutawayMixin, Screen):
    """One inbound order at a time: count, sign, post, put away."""

    def build(self) -> None:
        self.clock: Callable[[], datetime] = utcnow
        self.code_book: CodeBook | None = None
        self.inbound: Inbound | None = None
        self.pending_qty: int | None = None  # a carton's quantity, typed before its scan
        self.last_count: tuple[str, int] | None = None  # what Ctrl+Z takes back
        self.refused_code = ""  # the last SKU refused as not on the note (F6)
        self.finish_armed = False  # Enter once more finishes with differences
        self.put_item = self.put_bin = ""

        self.scan_label = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("receivingScan")
        prepare_scan_field(self.scan_edit)
        pass_keys_when_empty(self.scan_edit, QKeySequence.StandardKey.Undo)
        self.scan_edit.returnPressed.connect(self.enter_in_scan_field)
        for widget in (self.scan_label, self.scan_edit):
            enlarge(widget, 1.4)
        self.order_label = QLabel()
        self.order_label.setObjectName("receivingOrder")
        self.order_label.setWordWrap(True)
        enlarge(self.order_label, 1.6)
        self.verdict = VerdictPanel()
        self.table = ReceivingLinesTable()
        self.table.setObjectName("receivingLines")
        enlarge(self.table, 1.4)
        self.form = NoteForm()
        self.form.create_requested.connect(self.create_note)
        self.form.import_requested.connect(self.choose_file)
        self.form.cancelled.connect(self.cancel)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.form)
        self.pin = PinSignature()
        self.pin.setVisible(False)
        self.pin.submitted.connect(self.sign_with_pin)
        self.open_label = QLabel()
        self.open_list = QListWidget()
        self.open_list.setObjectName("receivingOpen")
        self.open_list.setMaximumWidth(360)
        self.open_list.itemActivated.connect(self._chosen)
        enlarge(self.open_list, 1.1)
        self.keys_label = QLabel()
        self.keys_label.setObjectName("receivingKeys")
        self.keys_label.setWordWrap(True)
        enlarge(self.keys_label, 1.05)

        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan_edit, 1)
        side = QVBoxLayout()
        side.addWidget(self.open_label)
        side.addWidget(self.open_list, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.order_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.pin)
        layout.addLayout(middle, 1)
        layout.addWidget(self.keys_label)

        self.shortcuts: list[QShortcut] = []
        for key, slot in (
            ("Ctrl+N", self.new_note),
            ("Ctrl+O", self.choose_file),
            ("Ctrl+Z", self.undo_last),
            ("Ctrl+D", self.record_wrong_spec),
            ("Ctrl+P", self.pin_signature),
            ("Ctrl+Shift+P", self.print_order),
            ("Ctrl+L", self.print_labels),
            ("Ctrl+R", self.refresh),
            ("Ctrl+F", self.open_list.setFocus),
            ("Esc", self.cancel),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan"))
        self.scan_edit.setPlaceholderText(
            self.tr("Inbound order or note number, goods, badges, bins (digits first: a carton)")
        )
        self.open_label.setText(self.tr("Open orders (Ctrl+F, Enter opens)"))
        self.keys_label.setText(
            self.tr(
                "Ctrl+N new note · Ctrl+O import file · 24 then scan: a carton · Enter: finish "
                "counting, then post · Ctrl+Z undo · Ctrl+D not on the note · badge or Ctrl+P: "
                "sign · Ctrl+Shift+P print order · Ctrl+L labels · putaway: item then bin, or bin "
                "then items · Esc"
            )
        )
        self._show()
        if self.inbound is None and not self.verdict.is_error:
            self.verdict.show_info(self._prompt())

    def refresh(self) -> None:
        self.code_book = None  # the catalogue, badges and bins may have changed
        self._load_open()
        if self.inbound is not None:
            self._reopen(self.inbound.number)
        if self.stack.currentWidget() is not self.form:
            self.scan_edit.setFocus()

    def stop(self) -> None:
        self.verdict.stop()
        super().stop()

    @property
    def busy(self) -> bool:
        return self.inbound is not None

    # --- scans ---------------------------------------------------------

    def empty_enter(self) -> None:
        """Enter in the empty field: the next step of the open order."""
        inbound = self.inbound
        if inbound is None:
            self.verdict.show_info(self._prompt())
        elif inbound.stage == "counting":
            self.finish()
        elif inbound.stage == "posting":
            self.post()
        elif inbound.stage == "signing":
            self.verdict.show_info(self._sign_prompt(inbound))
        else:
            self.verdict.show_info(self._putaway_prompt())

    def on_scan(self, code: str) -> bool:
        code = code.strip()
        if not code:
            return True
        if self.code_book is None:
            self.code_book = load_code_book(self.station.db)
        scan = classify(code, self.code_book)
        if scan.kind is CodeKind.COMMAND:
            command = {
                Command.CONFIRM: self.empty_enter,
                Command.UNDO: self.undo_last,
                Command.CANCEL: self.cancel,
            }.get(scan.command)
            if command is not None:
                command()
            return True
        typed = self._typed_quantity()
        if typed is not None:
            self.pending_qty = typed
        if scan.kind is CodeKind.BADGE:
            self.sign_with_badge(code)
            return True
        if self.stack.currentWidget() is self.form:
            self._scan_into_form(scan.product_barcode or code)
            return True
        product = scan.product_barcode or code
        is_product = scan.kind is CodeKind.SKU_BARCODE
        if self.inbound is None and (is_product or scan.kind is CodeKind.BIN):
            self.verdict.show_error(self.tr("Open an inbound order first."), self._prompt())
        elif DOCUMENT_NUMBER.fullmatch(code.upper()) or self.inbound is None:
            self.open_order(code)
        elif scan.kind is CodeKind.BIN and self.inbound.stage == "counting":
            self.verdict.show_error(
                self.tr("%1 is a bin: goods are put away after posting.").replace("%1", code),
                self._next_text(self.inbound),
            )
        elif code.isdigit() and len(code) <= MAX_QTY_DIGITS and not self.code_book.is_product(code):
            self.pending_qty = int(code)
            self.verdict.show_info(self.tr("Quantity %1: now scan the carton.").replace("%1", code))
        elif self.inbound.stage == "counting":
            self.count(product)
        elif self.inbound.stage in ("putaway", "done"):
            self.putaway_scan(product, scan.kind is CodeKind.BIN)
        else:
            self.verdict.show_error(
                self.tr("Counting is finished: sign, then post."), self._sign_prompt(self.inbound)
            )
        self.scan_edit.setFocus()
        return True

    def _scan_into_form(self, code: str) -> None:
        """The note's number into its field when that has the cursor; else a line."""
        if self.form.reference_edit.hasFocus():
            self.form.reference_edit.setText(code)
            self.form.sku_edit.setFocus()
            return
        self.form.add_line(code, self.pending_qty or self.form.qty_spin.value())
        self.pending_qty = None
        self.form.sku_edit.setFocus()

    def _typed_quantity(self) -> int | None:
        """Digits typed into the field before a scan: that many units."""
        text = self.scan_edit.text().strip()
        if text.isdigit() and len(text) <= MAX_QTY_DIGITS and int(text) > 0:
            self.scan_edit.clear()
            return int(text)
        return None

    def _take_quantity(self) -> int:
        quantity, self.pending_qty = self.pending_qty or 1, None
        return quantity

    # --- the order -----------------------------------------------------

    def open_order(self, ref: str) -> None:
        try:
            inbound = open_inbound(self.station.db, self.actor, ref)
        except DomainError as error:
            self.verdict.show_error(problem_text(error), self._prompt())
            return
        self._opened(inbound)

    def _opened(self, inbound: Inbound) -> None:
        self.inbound, self.last_count, self.finish_armed = inbound, None, False
        self.put_item = self.put_bin = self.refused_code = ""
        self.stack.setCurrentWidget(self.table)
        self._show()
        self._load_open()
        self.verdict.show_ok(
            self.tr("%1 · %2 · note %3")
            .replace("%1", inbound.number)
            .replace("%2", inbound.supplier)
            .replace("%3", inbound.reference),
            self._next_text(inbound),
        )
        self.scan_edit.setFocus()

    def _reopen(self, ref: str) -> None:
        try:
            self.inbound = open_inbound(self.station.db, self.actor, ref)
        except DomainError:
            self.inbound = None
        self._show()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.open_order(str(item.data(Qt.ItemDataRole.UserRole)))

    def cancel(self) -> None:
        """Esc: the typed quantity, item or bin; else the form; else the order."""
        if self.pin.isVisible():
            self.pin.setVisible(False)
        elif self.pending_qty or self.put_item or self.put_bin:
            self.pending_qty, self.put_item, self.put_bin = None, "", ""
        elif self.stack.currentWidget() is self.form:
            self.stack.setCurrentWidget(self.table)
        else:
            self.inbound = None
        self._show()
        self.verdict.show_info(
            self._prompt() if self.inbound is None else self._next_text(self.inbound)
        )
        self.scan_edit.setFocus()

    # --- showing -------------------------------------------------------

    def _prompt(self) -> str:
        return self.tr(
            "Scan an inbound order or a note number, choose one (Ctrl+F), or Ctrl+N for a new note."
        )

    def _sign_prompt(self, inbound: Inbound) -> str:
        missing = "、".join(capacity_text(c) for c in inbound.missing)
        return self.tr("To sign: %1 — scan the badge, or Ctrl+P.").replace("%1", missing)

    def _next_text(self, inbound: Inbound) -> str:
        if inbound.stage == "counting":
            left = sum(max(ln.expected - ln.counted, 0) for ln in inbound.lines)
            return self.tr("%1 more on the note; Enter when counting is done.").replace(
                "%1", str(left)
            )
        if inbound.stage == "signing":
            return self._sign_prompt(inbound)
        if inbound.stage == "posting":
            return self.tr("Both signed: press Enter to post.")
        if inbound.stage == "putaway":
            return self._putaway_prompt()
        return self.tr("Everything is put away.")

    def _show(self) -> None:
        inbound = self.inbound
        self.table.show_inbound(inbound)
        if inbound is None:
            self.order_label.setText(self.tr("No inbound order open"))
            return
        stages = {
            "counting": self.tr("counting"),
            "signing": self.tr("signing"),
            "posting": self.tr("ready to post"),
            "putaway": self.tr("putaway"),
            "done": self.tr("put away"),
            "cancelled": self.tr("cancelled"),
        }
        text = (
            self.tr("%1 · %2 · note %3 · %4 · counted %5 of %6")
            .replace("%1", inbound.number)
            .replace("%2", inbound.supplier)
            .replace("%3", inbound.reference)
            .replace("%4", stages.get(inbound.stage, inbound.stage))
            .replace("%5", str(inbound.counted_total))
            .replace("%6", str(inbound.expected_total))
        )
        if inbound.state == "posted":
            text += self.tr(" · %1 to put away").replace("%1", str(inbound.in_receiving))
        if self.pending_qty:
            text += self.tr(" · next scan: %1 units").replace("%1", str(self.pending_qty))
        self.order_label.setText(text + self._putaway_status())

    def _load_open(self) -> None:
        try:
            found = open_inbounds(
                self.station.db, self.actor, self.clock(), self.station.config.audit.timezone
            )
        except DomainError as error:
            self.verdict.show_error(problem_text(error))
            return
        self.open_list.clear()
        for inbound in found:
            item = QListWidgetItem(f"{inbound.number} · {inbound.supplier} · {inbound.reference}")
            item.setData(Qt.ItemDataRole.UserRole, inbound.number)
            self.open_list.addItem(item)
