"""Notices (通知): what was announced to the team's group chat (arrival,
putaway done, best-seller restock: R-NEW-1,5; R-REP-4) and whether the chat
has it, newest first: waiting, being sent, sent, or failed with its tries,
last error and next try.

The sending is the window's :class:`~ui.notices_worker.NoticesWorker`; this
screen shows its passes, asks it for a send now (the waiting notices are
tried at once instead of after their back-off) and for a test message.
Without a worker (a screen built alone) the list is read here and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from app.errors import DatabaseUnavailable, DomainError
from app.notices.listing import NoticeView, notice_list
from app.notices.payload import Reply
from ui.errors import error_text
from ui.notices_worker import NoticesStatus, NoticesWorker
from ui.qt import (
    QAbstractItemView,
    QColor,
    QCoreApplication,
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
    Slot,
)
from ui.screens.base import Screen
from ui.widgets.sync_texts import clock_text

log = logging.getLogger(__name__)

SEND_KEY = "Ctrl+Return"
TEST_KEY = "Ctrl+T"
RED = QColor("#c62828")
ERROR_STYLE = "color: #c62828; font-weight: bold;"
COLUMNS = 7


def kind_text(kind: str) -> str:
    """What a notice announces, in words; an unknown kind as it is."""
    if kind == "arrival":
        return QCoreApplication.translate("NoticeKind", "Arrival")
    if kind == "putaway_done":
        return QCoreApplication.translate("NoticeKind", "Putaway done")
    if kind == "restock":
        return QCoreApplication.translate("NoticeKind", "Restock")
    if kind == "sample_overdue":
        return QCoreApplication.translate("NoticeKind", "Sample overdue")
    if kind == "supplier_return":
        return QCoreApplication.translate("NoticeKind", "Return to supplier")
    if kind == "qc_rejected":
        return QCoreApplication.translate("NoticeKind", "Delivery rejected by QC")
    return kind


class NoticesScreen(Screen):
    def build(self) -> None:
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.worker: NoticesWorker | None = None
        self.status: NoticesStatus | None = None
        self.rows: list[NoticeView] = []
        self.read_error = ""  # without a worker: why the list could not be read

        self.state_label = QLabel()
        self.state_label.setObjectName("noticesState")
        self.state_label.setWordWrap(True)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendNow")
        self.test_button = QPushButton()
        self.test_button.setObjectName("testSend")
        self.message = QLabel()
        self.message.setObjectName("noticesMessage")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("noticesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.send_button.clicked.connect(self.send_now)
        self.test_button.clicked.connect(self.test_send)
        for key, slot in ((SEND_KEY, self.send_now), (TEST_KEY, self.test_send)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send now (%1)").replace("%1", SEND_KEY))
        self.test_button.setText(self.tr("Test message (%1)").replace("%1", TEST_KEY))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Written"),
                self.tr("Kind"),
                self.tr("Notice"),
                self.tr("State"),
                self.tr("Tries"),
                self.tr("Sent / next try"),
                self.tr("Last error"),
            ]
        )
        self._show()

    # --- the worker ----------------------------------------------------

    def attach(self, worker: NoticesWorker) -> None:
        """Show this worker's passes (the window's, found on showing)."""
        if self.worker is worker:
            return
        self.worker = worker
        worker.status_changed.connect(self._on_status)
        worker.test_done.connect(self._on_test_done)
        worker.retry_done.connect(self._on_retry_done)
        self.status = worker.status

    def _find_worker(self) -> NoticesWorker | None:
        if self.worker is None:
            found = self.window().findChild(NoticesWorker, "noticesWorker")
            if isinstance(found, NoticesWorker):
                self.attach(found)
        return self.worker

    def refresh(self) -> None:
        """On showing: a pass at once; without a worker, read the list here."""
        worker = self._find_worker()
        if worker is not None:
            worker.look()
        else:
            try:
                self.rows, self.read_error = notice_list(self.station.db), ""
            except DomainError as error:
                self.rows, self.read_error = [], error_text(error)
        self._show()
        if not self.table.hasFocus():
            self.table.setFocus()

    def send_now(self) -> None:
        worker = self._find_worker()
        if worker is None:
            self._say(self.tr("The sender is not running at this station."), error=True)
            return
        if not self.station.config.notices.webhook_url:
            self._say(self._not_configured_text(), error=True)
            return
        self._say(self.tr("Sending…"))
        worker.send_now(self.actor)

    def test_send(self) -> None:
        worker = self._find_worker()
        if worker is None:
            self._say(self.tr("The sender is not running at this station."), error=True)
            return
        if not self.station.config.notices.webhook_url:
            self._say(self._not_configured_text(), error=True)
            return
        station = self.station.config.station
        title = self.tr("Test notice")
        body = self.tr("From station %1 (%2), sent by %3.")
        body = body.replace("%1", station.code).replace("%2", station.name)
        self._say(self.tr("Posting a test message…"))
        worker.test_send(title, body.replace("%3", self.actor.full_name))

    @Slot(object)
    def _on_status(self, status: object) -> None:
        assert isinstance(status, NoticesStatus)
        self.status = status
        if self.isVisible():  # else refresh() shows it when the screen is shown
            self._show()

    @Slot(object)
    def _on_test_done(self, result: object) -> None:
        if isinstance(result, Reply) and result.ok:
            self._say(self.tr("The group chat received the test message."))
        elif isinstance(result, Reply):
            text = self.tr("The test message did not arrive: %1")
            self._say(text.replace("%1", result.error), error=True)
        else:
            self._say(self._problem_text(result), error=True)

    @Slot(object)
    def _on_retry_done(self, result: object) -> None:
        if isinstance(result, int):
            text = self.tr("%1 waiting notice(s) tried now.")
            self._say(text.replace("%1", str(result)))
        else:
            self._say(self._problem_text(result), error=True)

    # --- showing -------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _not_configured_text(self) -> str:
        return self.tr(
            "No webhook is set ([notices].webhook_url): notices are only listed here; "
            "none is posted to the group chat."
        )

    def _problem_text(self, problem: object) -> str:
        if isinstance(problem, DomainError) and problem.code == "server_needed":
            return self.tr(
                "The shared server cannot be reached: no notice is sent from this station "
                "now. The list is this station's copy."
            )
        if isinstance(problem, DatabaseUnavailable | DomainError):
            return error_text(problem)
        log.error("notices: %s", problem, exc_info=problem)  # type: ignore[arg-type]
        return self.tr("Sending the notices failed: %1").replace("%1", str(problem))

    def _state_text(self) -> tuple[str, bool]:
        settings = self.station.config.notices
        if self.status is not None and self.status.problem is not None:
            return self._problem_text(self.status.problem), True
        if self.worker is None and self.read_error:
            return self.read_error, True
        if not settings.webhook_url:
            return self._not_configured_text(), False
        chat = self.tr("WeCom") if settings.format == "wecom" else self.tr("DingTalk")
        host = urlsplit(settings.webhook_url).hostname or "?"  # the key stays hidden
        text = self.tr("Notices go to the group chat (%1 robot at %2).")
        text = text.replace("%1", chat).replace("%2", host)
        if self.worker is None:
            text += " " + self.tr("The sender is not running at this station.")
        waiting = sum(1 for row in self.rows if row.state != "sent")
        failed = sum(1 for row in self.rows if row.state == "failed")
        if waiting:
            more = self.tr("%1 waiting, %2 of them failed the last try.")
            text += " " + more.replace("%1", str(waiting)).replace("%2", str(failed))
        return text, False

    def _show(self) -> None:
        if self.status is not None:
            self.rows = self.status.rows
        text, error = self._state_text()
        self.state_label.setStyleSheet(ERROR_STYLE if error else "")
        self.state_label.setText(text)
        configured = bool(self.station.config.notices.webhook_url)
        self.send_button.setEnabled(configured)
        self.test_button.setEnabled(configured)
        self._fill()

    def _row_state(self, row: NoticeView) -> tuple[str, str]:
        """The state column and the "sent / next try" column."""
        if row.state == "sent":
            return self.tr("sent"), clock_text(row.sent_at, self.clock())
        if row.state == "sending":
            return self.tr("being sent"), "—"
        due = row.next_attempt_at
        if due is None or due <= self.clock():
            nxt = self.tr("now")
        else:
            nxt = clock_text(due, self.clock())
        return (self.tr("failed") if row.state == "failed" else self.tr("waiting")), nxt

    def _fill(self) -> None:
        table = self.table
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state, when = self._row_state(row)
            notice = f"{row.title}\n{row.body}" if row.body else row.title
            error = row.last_error if row.state != "sent" else ""
            cells = (
                clock_text(row.created_at, self.clock()),
                kind_text(row.kind),
                notice,
                state,
                str(row.attempts),
                when,
                error,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (2, 6):
                    item.setToolTip(value)
                if row.state == "failed" and column in (3, 6):
                    item.setForeground(RED)
                table.setItem(r, column, item)
        table.resizeRowsToContents()
