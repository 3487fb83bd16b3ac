"""The month-end archive (R-ACC-4): choose the month, write the CSV files and
the PDF into the archive folder, and see what was written. The supervisor's
(reports); the same as ``main.py archive --month YYYY-MM``."""

from __future__ import annotations

from datetime import date, timedelta

from app.permissions import Action
from app.services.archive import ArchiveResult, archive_folder, archive_month
from ui.qt import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget
from ui.widgets.books_owner import BooksOwner


def last_month(today: date) -> str:
    return f"{today.replace(day=1) - timedelta(days=1):%Y-%m}"


class ArchivePanel(QWidget):
    def __init__(self, owner: BooksOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.month_label = QLabel()
        self.month_edit = QLineEdit()
        self.month_edit.setObjectName("booksArchiveMonth")
        self.month_edit.setMaximumWidth(120)
        self.write_button = QPushButton()
        self.write_button.setObjectName("booksWriteArchive")
        self.folder_label = QLabel()
        self.folder_label.setObjectName("booksArchiveFolder")
        self.folder_label.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("booksArchiveFiles")
        self.note = QLabel()
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        for widget in (self.month_label, self.month_edit, self.write_button):
            top.addWidget(widget)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.files, 1)
        self.write_button.clicked.connect(self.write)
        self.month_edit.returnPressed.connect(self.write)
        self.allowed = owner.actor.may(Action.VIEW_REPORTS)

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.month_edit.setPlaceholderText(self.tr("YYYY-MM"))
        self.write_button.setText(self.tr("Write the archive"))
        if self.allowed:
            self.note.setText(
                self.tr(
                    "The month's posted and cancelled documents with their lines, signatures "
                    "and corrections: one CSV file per table (opens in Excel) and one PDF."
                )
            )
        else:
            self.note.setText(self.tr("The month-end archive is the supervisor's."))

    def refresh(self) -> None:
        self.write_button.setEnabled(self.allowed)
        self.month_edit.setEnabled(self.allowed)
        if not self.month_edit.text().strip():
            self.month_edit.setText(last_month(self.owner.day()))
        if not self.files.count():
            self.folder_label.setText(
                self.tr("Goes to %1").replace(
                    "%1", str(archive_folder(self.owner.station.config, self.month_edit.text()))
                )
            )

    def write(self) -> None:
        if not self.allowed:
            return
        station, actor, month = self.owner.station, self.owner.actor, self.month_edit.text()
        result: ArchiveResult | None = self.owner.local(
            lambda: archive_month(station.db, actor, month, station.config)
        )
        if result is None:
            return
        self.folder_label.setText(self.tr("Written to %1").replace("%1", str(result.folder)))
        self.files.clear()
        self.files.addItems([p.name for p in result.files])
        text = self.tr("%1: %2 document(s) archived.").replace("%1", result.month)
        text = text.replace("%2", str(result.documents))
        if result.drafts_left:
            text += " " + self.tr("Not posted, so not archived: %1.").replace(
                "%1", "、".join(result.drafts_left)
            )
            self.owner.result.show_error(text)
        else:
            self.owner.result.show_ok(text)
