"""A photo-sample slip (样品调拨单, R-NEW-2): scan the items (each scan one
unit), tick the extension flag if asked for, make the slip; the taker and the
warehouse supervisor sign (badge scan, or user name and PIN); Enter posts it
and the samples go to the sample area, due back in [new_products].sample_days
(R-NEW-4). CMD:UNDO takes the last unit off; Esc empties the list, or cancels
a slip made but not posted (the note field gives the reason)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.roles import Role
from app.services.books_view import Item, item_of
from app.services.context import Actor
from app.services.documents import sign
from app.services.samples import LoanRow, cancel_slip, create_slip, post_slip
from ui.books_errors import capacity_text
from ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.books_owner import BooksOwner
from ui.widgets.stock_table import fill, make_table
from ui.widgets.type_size import enlarge


@dataclass
class _Pending:
    item: Item
    quantity: int


class SlipPanel(QWidget):
    posted = Signal()  # a slip was posted: the loans list has new rows

    def __init__(self, owner: BooksOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.items: list[_Pending] = []
        self.number = ""  # the slip made, not yet posted
        self.missing: list[str] = []
        self.title = QLabel()
        self.table = make_table("booksSlipItems", 4)
        self.extension = QCheckBox()
        self.extension.setObjectName("booksSlipExtension")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("booksSlipNote")
        self.make_button = QPushButton()
        self.make_button.setObjectName("booksMakeSlip")
        self.post_button = QPushButton()
        self.post_button.setObjectName("booksPostSlip")
        self.status = QLabel()
        self.status.setObjectName("booksSlipStatus")
        self.status.setWordWrap(True)
        enlarge(self.status, 1.2)
        row = QHBoxLayout()
        for widget in (self.extension, self.note_edit, self.make_button, self.post_button):
            row.addWidget(widget, 1 if widget is self.note_edit else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.make_button.clicked.connect(self.make)
        self.post_button.clicked.connect(self.post)

    def retranslate(self) -> None:
        self.title.setText(self.tr("New sample slip (样品调拨单): scan the items"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Style, colour, size"), self.tr("Units")]
        )
        self.extension.setText(self.tr("Extension asked for"))
        self.note_edit.setPlaceholderText(self.tr("Note (or the reason when cancelling)"))
        self.make_button.setText(self.tr("Make the slip"))
        self.post_button.setText(self.tr("Post"))
        self._show()

    # --- the list of items -----------------------------------------------

    def add(self, code: str) -> None:
        if self.number:
            self.owner.result.show_error(
                self.tr("Slip %1 is made: sign and post it, or Esc to cancel it.").replace(
                    "%1", self.number
                )
            )
            return
        item = self.owner.local(lambda: item_of(self.owner.station.db, code))
        if item is None:
            return
        found = next((p for p in self.items if p.item.sku == item.sku), None)
        if found is None:
            self.items.append(_Pending(item, 1))
        else:
            found.quantity += 1
            self.items.remove(found)
            self.items.append(found)  # the last scanned is the one undo takes back
        self.owner.result.show_ok(self.tr("%1: %2 unit(s).").replace("%1", item.sku).replace(
            "%2", str(self.items[-1].quantity)))  # fmt: skip
        self._show()

    def undo(self) -> None:
        if self.items and not self.number:
            last = self.items[-1]
            last.quantity -= 1
            if not last.quantity:
                self.items.pop()
            self._show()

    def cancel(self) -> None:
        if not self.number:
            self.items.clear()
            self._show()
            return
        number, reason = self.number, self.note_edit.text()
        db, actor = self.owner.station.db, self.owner.actor
        if self.owner.local(lambda: cancel_slip(db, actor, number, reason)) is None:
            return
        self.owner.result.show_ok(self.tr("Slip %1 cancelled.").replace("%1", number))
        self._reset()

    # --- make, sign, post ------------------------------------------------

    def make(self) -> None:
        if self.number:
            self.post()
            return
        items = [(p.item.sku, p.quantity) for p in self.items]
        db, actor, day = self.owner.station.db, self.owner.actor, self.owner.day()
        settings, note = self.owner.station.config.new_products, self.note_edit.text()
        extension = self.extension.isChecked()
        number = self.owner.local(
            lambda: create_slip(db, actor, day, items, settings, extension=extension, note=note)
        )
        if number is None:
            return
        self.number, self.missing = number, ["taker", "supervisor"]
        self.note_edit.clear()
        self.owner.result.show_ok(
            self.tr("Slip %1 made: the taker and the supervisor sign.").replace("%1", number)
        )
        self._show()

    def sign(self, signer: Actor, method: str) -> None:
        """The supervisor's badge signs as supervisor; anyone else's as the taker."""
        if not self.number:
            self.owner.result.show_error(self.tr("Make the slip first, then sign it."))
            return
        capacity = (
            "supervisor"
            if "supervisor" in self.missing and Role.SUPERVISOR in signer.roles
            else "taker"
        )
        db, actor, number = self.owner.station.db, self.owner.actor, self.number
        missing = self.owner.local(lambda: sign(db, actor, number, capacity, signer, method))
        if missing is None:
            return
        self.missing = missing
        self.owner.result.show_ok(
            self.tr("%1 signed as %2.").replace("%1", signer.full_name).replace(
                "%2", capacity_text(capacity))
        )  # fmt: skip
        self._show()

    def post(self) -> None:
        if not self.number:
            self.make()
            return
        db, actor, number, now = (
            self.owner.station.db, self.owner.actor, self.number, self.owner.now(),
        )  # fmt: skip
        loans: list[LoanRow] | None = self.owner.local(lambda: post_slip(db, actor, number, now))
        if loans is None:
            return
        due = min(loan.due_at for loan in loans) if loans else None
        self.owner.result.show_ok(
            self.tr("Slip %1 posted: %2 unit(s) to the sample area, due back %3.")
            .replace("%1", number)
            .replace("%2", str(sum(loan.quantity for loan in loans)))
            .replace("%3", self._local_day(due))
        )
        self._reset()
        self.posted.emit()

    def _local_day(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        zone = ZoneInfo(self.owner.station.config.audit.timezone)
        return moment.astimezone(zone).strftime("%Y-%m-%d")

    def _reset(self) -> None:
        self.items.clear()
        self.number, self.missing = "", []
        self.extension.setChecked(False)
        self.note_edit.clear()
        self._show()

    def _show(self) -> None:
        fill(self.table, [[p.item.sku, p.item.name, p.item.spec, p.quantity] for p in self.items])
        if self.number and self.missing:
            self.status.setText(
                self.tr("Slip %1 · still to sign: %2 (scan the badge or type the PIN)")
                .replace("%1", self.number)
                .replace("%2", "、".join(capacity_text(c) for c in self.missing))
            )
        elif self.number:
            self.status.setText(
                self.tr("Slip %1 is signed: Enter posts it.").replace("%1", self.number)
            )
        else:
            units = sum(p.quantity for p in self.items)
            self.status.setText(
                self.tr("%1 unit(s) scanned: Enter makes the slip.").replace("%1", str(units))
                if units
                else ""
            )
        self.make_button.setEnabled(not self.number and bool(self.items))
        self.post_button.setEnabled(bool(self.number) and not self.missing)
