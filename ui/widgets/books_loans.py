"""Samples out and new products' photos (R-NEW-3,4): the loans with their due
date (overdue ones in red, for recall), returned by selecting the row or by
scanning the sample with "scans return samples" ticked; an extension with a
new due date and its reason; the overdue ones announced in the group chat
(once each). Below, new products past the photo deadline, and the product
team's "photos published" for a scanned or typed SKU."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from app.services.new_product_photos import LatePhotos, late_photos, record_photos_published
from app.services.sample_loans import (
    extend_loan,
    list_loans,
    notify_overdue,
    return_by_code,
    return_loan,
)
from app.services.samples import LoanRow
from ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.books_owner import BooksOwner
from ui.widgets.stock_table import fill, make_table

OVERDUE_COLOUR = "#fde0dc"


class LoansPanel(QWidget):
    def __init__(self, owner: BooksOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.loans: list[LoanRow] = []
        self.title, self.photos_title = QLabel(), QLabel()
        self.table = make_table("booksLoans", 8, select_rows=True)
        self.scan_returns = QCheckBox()
        self.scan_returns.setObjectName("booksScanReturns")
        self.return_button = QPushButton()
        self.return_button.setObjectName("booksReturnLoan")
        self.until_edit = QLineEdit()
        self.until_edit.setObjectName("booksExtendUntil")
        self.until_edit.setMaximumWidth(130)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("booksExtendReason")
        self.extend_button = QPushButton()
        self.extend_button.setObjectName("booksExtendLoan")
        self.announce_button = QPushButton()
        self.announce_button.setObjectName("booksAnnounceOverdue")
        self.photos = make_table("booksLatePhotos", 5)
        self.sku_edit = QLineEdit()
        self.sku_edit.setObjectName("booksPhotosSku")
        self.published_button = QPushButton()
        self.published_button.setObjectName("booksPhotosPublished")
        actions = QHBoxLayout()
        for widget in (
            self.scan_returns, self.return_button, self.until_edit, self.reason_edit,
            self.extend_button, self.announce_button,
        ):  # fmt: skip
            actions.addWidget(widget, 1 if widget is self.reason_edit else 0)
        published = QHBoxLayout()
        published.addWidget(self.sku_edit, 1)
        published.addWidget(self.published_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 2)
        layout.addLayout(actions)
        layout.addWidget(self.photos_title)
        layout.addWidget(self.photos, 1)
        layout.addLayout(published)
        self.return_button.clicked.connect(self.return_selected)
        self.extend_button.clicked.connect(self.extend_selected)
        self.reason_edit.returnPressed.connect(self.extend_selected)
        self.announce_button.clicked.connect(self.announce)
        self.published_button.clicked.connect(lambda: self.photos_published(self.sku_edit.text()))
        self.sku_edit.returnPressed.connect(lambda: self.photos_published(self.sku_edit.text()))

    def retranslate(self) -> None:
        days = self.owner.station.config.new_products.sample_days
        self.title.setText(
            self.tr("Samples out (due back in %1 days; overdue in red: recall)").replace(
                "%1", str(days)
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Slip"), self.tr("SKU"), self.tr("Style, colour, size"), self.tr("Units"),
             self.tr("Taker"), self.tr("Due"), self.tr("Days overdue"), self.tr("Extension")]
        )  # fmt: skip
        self.scan_returns.setText(self.tr("Scans return samples"))
        self.return_button.setText(self.tr("Returned"))
        self.until_edit.setPlaceholderText(self.tr("New due YYYY-MM-DD"))
        self.reason_edit.setPlaceholderText(self.tr("Reason for the extension"))
        self.extend_button.setText(self.tr("Extend"))
        self.announce_button.setText(self.tr("Announce overdue"))
        self.photos_title.setText(self.tr("New products past the photo deadline (R-NEW-3)"))
        self.photos.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Put away"), self.tr("Photos due"),
             self.tr("Days late")]
        )  # fmt: skip
        self.sku_edit.setPlaceholderText(self.tr("SKU whose photos are published"))
        self.published_button.setText(self.tr("Photos published"))

    def _local(self, moment: datetime | None, fmt: str = "%Y-%m-%d") -> str:
        zone = ZoneInfo(self.owner.station.config.audit.timezone)
        return moment.astimezone(zone).strftime(fmt) if moment else ""

    def refresh(self) -> None:
        db, now = self.owner.station.db, self.owner.now()
        settings = self.owner.station.config.new_products
        loans = self.owner.local(lambda: list_loans(db, now))
        if loans is not None:
            self.loans = loans
            fill(
                self.table,
                [
                    [r.number, r.sku, " ".join(x for x in (r.style_no, r.colour, r.size) if x),
                     r.quantity, r.taker, self._local(r.due_at), r.overdue_days or "",
                     r.extension_reason]
                    for r in loans
                ],
                [OVERDUE_COLOUR if r.overdue_days else "" for r in loans],
            )  # fmt: skip
        late: list[LatePhotos] | None = self.owner.local(lambda: late_photos(db, now, settings))
        if late is not None:
            fill(
                self.photos,
                [
                    [p.sku, p.name, self._local(p.putaway_done_at, "%m-%d %H:%M"),
                     self._local(p.deadline, "%m-%d %H:%M"), p.late_days]
                    for p in late
                ],
                [OVERDUE_COLOUR] * len(late),
            )  # fmt: skip

    def selected(self) -> LoanRow | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.loans):
            return self.loans[row]
        self.owner.result.show_error(self.tr("Choose a sample in the list first."))
        return None

    # --- returns, extensions, recall (R-NEW-4) -----------------------------

    def return_selected(self) -> None:
        loan = self.selected()
        if loan is not None:
            db, actor, now = self.owner.station.db, self.owner.actor, self.owner.now()
            self._returned(self.owner.local(lambda: return_loan(db, actor, loan.id, now)))

    def return_scanned(self, code: str) -> None:
        db, actor, now = self.owner.station.db, self.owner.actor, self.owner.now()
        self._returned(self.owner.local(lambda: return_by_code(db, actor, code, now)))

    def _returned(self, loan: LoanRow | None) -> None:
        if loan is None:
            return
        self.owner.result.show_ok(
            self.tr("%1 × %2 back from %3 (slip %4).")
            .replace("%1", loan.sku)
            .replace("%2", str(loan.quantity))
            .replace("%3", loan.taker)
            .replace("%4", loan.number)
        )
        self.refresh()

    def extend_selected(self) -> None:
        loan = self.selected()
        if loan is None:
            return
        try:
            day = date.fromisoformat(self.until_edit.text().strip())
        except ValueError:
            self.owner.result.show_error(self.tr("Type the new due date as YYYY-MM-DD."))
            return
        zone = ZoneInfo(self.owner.station.config.audit.timezone)
        until = datetime.combine(day, time(23, 59), zone)  # back by the end of that day
        db, actor, now = self.owner.station.db, self.owner.actor, self.owner.now()
        reason = self.reason_edit.text()
        done = self.owner.local(lambda: extend_loan(db, actor, loan.id, until, reason, now))
        if done is None:
            return
        self.reason_edit.clear()
        self.until_edit.clear()
        self.owner.result.show_ok(
            self.tr("%1 extended until %2.").replace("%1", done.sku).replace("%2", day.isoformat())
        )
        self.refresh()

    def announce(self) -> None:
        db, actor, now = self.owner.station.db, self.owner.actor, self.owner.now()
        queued = self.owner.local(lambda: notify_overdue(db, actor, now))
        if queued is not None:
            self.owner.result.show_ok(
                self.tr("%1 overdue sample(s) announced in the group chat.").replace(
                    "%1", str(queued)
                )
            )

    # --- photos (R-NEW-3) ------------------------------------------------

    def photos_published(self, code: str) -> None:
        if not code.strip():
            return
        db, actor, now = self.owner.station.db, self.owner.actor, self.owner.now()
        sku = self.owner.local(lambda: record_photos_published(db, actor, code.strip(), now))
        if sku is None:
            return
        self.sku_edit.clear()
        self.owner.result.show_ok(self.tr("Photos of %1 recorded as published.").replace("%1", sku))
        self.refresh()
