"""The day's documents and the daily close (日清日结, R-ACC-1): a day of a
warehouse, its documents with their state and the signatures still missing
(R-ACC-2), a check of the ledger, and the close itself with every difference
in a table. Double-click (or Enter on) a document to open it."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from app.services.books_view import DayDocument, day_documents, warehouse_codes
from app.services.daily_close import DayCheck, DayCloseInfo, check_day, close_day, day_close_of
from app.services.ledger_check import Difference
from ui.books_errors import capacity_text
from ui.qt import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from ui.widgets.books_owner import BooksOwner
from ui.widgets.books_texts import kind_text, state_text, what_text
from ui.widgets.stock_table import cell, fill, make_table

DRAFT_COLOUR = "#fff3cd"
DIFFERENCE_COLOUR = "#fde0dc"


class DayPanel(QWidget):
    """The clerk's end of day: the documents first, then the close."""

    def __init__(self, owner: BooksOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.warehouse_label, self.day_label = QLabel(), QLabel()
        self.warehouse = QComboBox()
        self.warehouse.setObjectName("booksWarehouse")
        self.day_edit = QLineEdit()
        self.day_edit.setObjectName("booksDay")
        self.day_edit.setMaximumWidth(140)
        self.show_button = QPushButton()
        self.show_button.setObjectName("booksShowDay")
        self.check_button = QPushButton()
        self.check_button.setObjectName("booksCheckDay")
        self.close_button = QPushButton()
        self.close_button.setObjectName("booksCloseDay")
        self.state_label = QLabel()
        self.state_label.setObjectName("booksDayState")
        self.state_label.setWordWrap(True)
        self.documents = make_table("booksDayDocuments", 7, select_rows=True)
        self.differences_label = QLabel()
        self.differences = make_table("booksDifferences", 7)
        top = QHBoxLayout()
        for widget in (
            self.warehouse_label, self.warehouse, self.day_label, self.day_edit,
            self.show_button, self.check_button, self.close_button,
        ):  # fmt: skip
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.documents, 3)
        layout.addWidget(self.state_label)
        layout.addWidget(self.differences_label)
        layout.addWidget(self.differences, 2)
        self.show_button.clicked.connect(self.show_day)
        self.day_edit.returnPressed.connect(self.show_day)
        self.warehouse.currentIndexChanged.connect(lambda _index: self.show_day())
        self.check_button.clicked.connect(self.check)
        self.close_button.clicked.connect(self.close_day)
        self.documents.cellDoubleClicked.connect(self._open_row)
        self.rows: list[DayDocument] = []

    def retranslate(self) -> None:
        self.warehouse_label.setText(self.tr("Warehouse"))
        self.day_label.setText(self.tr("Day"))
        self.day_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.show_button.setText(self.tr("Show"))
        self.check_button.setText(self.tr("Check the ledger"))
        self.close_button.setText(self.tr("Close the day (日清日结)"))
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Kind"), self.tr("State"), self.tr("Partner"),
             self.tr("Lines"), self.tr("Units"), self.tr("Still to sign")]
        )  # fmt: skip
        self.differences_label.setText(self.tr("Differences"))
        self.differences.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("SKU"), self.tr("Bin"), self.tr("Lot"),
             self.tr("Expected"), self.tr("Booked"), self.tr("Document")]
        )  # fmt: skip

    def refresh(self) -> None:
        if not self.warehouse.count():
            codes = self.owner.local(lambda: warehouse_codes(self.owner.station.db)) or []
            own = self.owner.station.config.station.warehouse
            self.warehouse.blockSignals(True)
            self.warehouse.addItems(codes)
            if own in codes:
                self.warehouse.setCurrentIndex(codes.index(own))
            self.warehouse.blockSignals(False)
        if not self.day_edit.text().strip():
            self.day_edit.setText(self.owner.day().isoformat())
        self.show_day()

    # --- what is shown -------------------------------------------------

    def selected_day(self) -> date | None:
        try:
            return date.fromisoformat(self.day_edit.text().strip())
        except ValueError:
            self.owner.result.show_error(self.tr("Type the day as YYYY-MM-DD, e.g. 2026-11-28."))
            return None

    def show_day(self) -> None:
        day, code = self.selected_day(), self.warehouse.currentText()
        if day is None or not code:
            return
        db, actor = self.owner.station.db, self.owner.actor
        rows = self.owner.local(lambda: day_documents(db, actor, code, day))
        if rows is None:
            return
        self.rows = rows
        fill(
            self.documents,
            [
                [r.number, kind_text(r.kind), state_text(r.state), r.partner or r.reference,
                 r.lines, r.units, "、".join(capacity_text(c) for c in r.missing)]
                for r in rows
            ],
            [DRAFT_COLOUR if r.state == "draft" else "" for r in rows],
        )  # fmt: skip
        closed = self.owner.local(lambda: day_close_of(db, code, day))
        if closed is not None:
            self._show_closed(closed)
        else:
            drafts = sum(r.state == "draft" for r in rows)
            self.state_label.setText(
                self.tr("%1 %2 is open: %3 document(s), %4 not posted yet.")
                .replace("%1", code)
                .replace("%2", day.isoformat())
                .replace("%3", str(len(rows)))
                .replace("%4", str(drafts))
            )
            self.show_differences([])
        self.close_button.setEnabled(closed is None)

    def _show_closed(self, closed: DayCloseInfo) -> None:
        self.state_label.setText(
            self.tr("%1 %2 was closed by %3 at %4 with %5 difference(s).")
            .replace("%1", closed.warehouse)
            .replace("%2", closed.day.isoformat())
            .replace("%3", closed.closed_by)
            .replace("%4", self._local(closed))
            .replace("%5", str(len(closed.differences)))
        )
        self.show_differences(closed.differences)

    def _local(self, closed: DayCloseInfo) -> str:
        zone = ZoneInfo(self.owner.station.config.audit.timezone)
        return closed.closed_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    def show_differences(self, differences: list[Difference]) -> None:
        fill(
            self.differences,
            [
                [what_text(d.what), d.sku, d.location, d.lot, d.expected, d.booked, d.document]
                for d in differences
            ],
            [DIFFERENCE_COLOUR] * len(differences),
        )

    def _open_row(self, row: int, _column: int) -> None:
        number = cell(self.documents, row, 0)
        if number:
            self.owner.open_document(number)

    def open_selected(self) -> None:
        row = self.documents.currentRow()
        if row >= 0:
            self._open_row(row, 0)

    # --- check and close -----------------------------------------------

    def check(self) -> None:
        day, code = self.selected_day(), self.warehouse.currentText()
        if day is None or not code:
            return
        db, actor = self.owner.station.db, self.owner.actor
        zone = self.owner.station.config.audit.timezone
        found: DayCheck | None = self.owner.local(lambda: check_day(db, actor, code, day, zone))
        if found is None:
            return
        self.show_differences(found.differences)
        if found.unposted:
            self.owner.result.show_error(
                self.tr("Not posted yet: %1. Post or cancel them before closing.").replace(
                    "%1", "、".join(found.unposted)
                )
            )
        elif found.differences:
            self.owner.result.show_error(
                self.tr("%1 difference(s) between the ledger and the documents.").replace(
                    "%1", str(len(found.differences))
                )
            )
        else:
            self.owner.result.show_ok(self.tr("The ledger agrees with the documents."))

    def close_day(self) -> None:
        """R-ACC-1 on the shared database: one close for every station."""
        day, code = self.selected_day(), self.warehouse.currentText()
        if day is None or not code:
            return
        station, actor, now = self.owner.station, self.owner.actor, self.owner.now()
        zone = station.config.audit.timezone
        self.owner.shared(
            lambda: close_day(station.shared_db, actor, code, day, now, zone), self._closed
        )

    def _closed(self, closed: DayCloseInfo) -> None:
        self.show_day()
        self._show_closed(closed)
        text = (
            self.tr("%1 %2 closed with %3 difference(s): see the table.")
            .replace("%1", closed.warehouse)
            .replace("%2", closed.day.isoformat())
            .replace("%3", str(len(closed.differences)))
        )
        if closed.differences:
            self.owner.result.show_error(text)
        else:
            self.owner.result.show_ok(
                self.tr("%1 %2 closed: ledger and documents agree.")
                .replace("%1", closed.warehouse)
                .replace("%2", closed.day.isoformat())
            )
