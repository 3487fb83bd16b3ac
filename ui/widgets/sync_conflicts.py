"""This station's steps the server refused: what was done here, by whom and
when, and why it was refused (who did it first, where, when), each with an
"I have seen it" button. Read from the local replica, so it works offline.

Keyboard: the list takes the focus; Ctrl+Enter marks the selected row seen.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import partial

from app.db.engine import Database
from app.errors import DomainError
from app.services.context import Actor
from app.sync.conflicts import Conflict, acknowledge, list_conflicts
from ui.errors import error_text
from ui.qt import (
    QAbstractItemView,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.sync_texts import clock_text, reason_text, steps_text

log = logging.getLogger(__name__)

SEEN_KEY = "Ctrl+Return"
OPEN_KEY = "Ctrl+Shift+C"  # the window's key for the dialog (status bar: click)
ERROR_STYLE = "color: #c62828; font-weight: bold;"


class SyncConflictsPanel(QWidget):
    """The refused steps in a table; ``acknowledged(tx_id)`` after a row is seen."""

    acknowledged = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.conflicts: list[Conflict] = []
        self.title = QLabel()
        self.title.setObjectName("conflictsTitle")
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflictsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setObjectName("conflictsMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("conflictsHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.seen_shortcut = QShortcut(QKeySequence(SEEN_KEY), self)
        self.seen_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.seen_shortcut.activated.connect(self.acknowledge_selected)
        self.buttons: list[QPushButton] = []
        self.retranslate()

    def set_actor(self, actor: Actor | None) -> None:
        """Who marks rows seen; nobody logged in: the list is read-only."""
        self.actor = actor
        self._fill()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("What this station did"), self.tr("Who"), self.tr("When"), self.tr("Why"), ""]
        )
        self._fill()

    def reload(self) -> None:
        """The refused steps nobody has marked seen, from the local replica."""
        try:
            self.conflicts = list_conflicts(self.db)
        except DomainError as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(error))
            return
        self.message.clear()
        self._fill()

    def _fill(self) -> None:
        count = len(self.conflicts)
        if count:
            self.title.setText(
                self.tr(
                    "The server refused %1 step(s) done at this station: someone else had "
                    "done them first. Check each parcel, then mark the row as seen."
                ).replace("%1", str(count))
            )
        else:
            self.title.setText(
                self.tr("No refused steps: everything done here reached the server.")
            )
        self.table.setRowCount(count)
        self.buttons = []
        for row, conflict in enumerate(self.conflicts):
            cells = (
                steps_text(conflict.types, conflict.conflict),
                conflict.by or "?",
                clock_text(conflict.at),
                reason_text(conflict.conflict),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            button = QPushButton(self.tr("I have seen it"))
            button.setObjectName(f"seen_{row}")
            button.setEnabled(self.actor is not None)
            button.clicked.connect(partial(self.acknowledge, conflict.tx_id))
            self.table.setCellWidget(row, 4, button)
            self.buttons.append(button)
        self.table.resizeRowsToContents()
        if count and self.table.currentRow() < 0:
            self.table.selectRow(0)
        if not count:
            self.hint.clear()
        elif self.actor is None:
            self.hint.setText(self.tr("Log in to mark the rows as seen."))
        else:
            self.hint.setText(self.tr("%1: mark the selected row as seen").replace("%1", SEEN_KEY))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def acknowledge_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.conflicts):
            self.acknowledge(self.conflicts[row].tx_id)

    def acknowledge(self, tx_id: str) -> None:
        """Someone has seen the refusal (and dealt with the parcel)."""
        if self.actor is None:
            return
        try:
            acknowledge(self.db, self.actor, tx_id, datetime.now(UTC))
        except DomainError as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(error))
            return
        row = min(self.table.currentRow(), len(self.conflicts) - 2)
        self.reload()
        if self.conflicts:
            self.table.selectRow(max(row, 0))
        self.table.setFocus()
        self.acknowledged.emit(tx_id)


class SyncConflictsDialog(QDialog):
    """The panel in a window of its own, opened from the status bar."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflictsDialog")
        self.panel = SyncConflictsPanel(db)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeConflicts")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Steps the server refused"))
        self.close_button.setText(self.tr("Close (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_list(self, actor: Actor | None) -> None:
        """Reload and show; the list takes the focus."""
        self.panel.actor = actor
        self.panel.reload()
        self.show()  # a child window: it stays above the station's window
        self.activateWindow()
        self.panel.table.setFocus()
