"""The station's print queue as a table that follows the spooler live, with
retry, cancel and reprint (补打, with a reason) for the selected job. A failed
job stays in the list until someone acts on it; nothing fails silently."""

from __future__ import annotations

from app.db.engine import Database
from app.errors import DomainError
from app.services.context import Actor
from app.services.print_queue import JobInfo
from app.services.printing import cancel, list_jobs, reprint, retry
from ui.devices import StationDevices
from ui.errors import error_text
from ui.labels import job_state_label, label_kind_label
from ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Slot,
)
from ui.widgets.result_panel import ResultPanel

COLUMNS = 8
STATE_COLUMN = 4
REFRESH_DELAY_MS = 50  # a burst of job changes (a bulk print) is one reload


class PrintQueueView(QWidget):
    """Jobs newest first; reloaded from the database whenever the spooler
    reports a change, so what is shown is what is stored."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        devices: StationDevices | None,
        result: ResultPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.devices, self.result = db, actor, devices, result
        self.jobs: list[JobInfo] = []
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("jobsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryJob")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelJob")
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reprintReason")
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprintJob")
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.reason_edit.returnPressed.connect(self.reprint_selected)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(REFRESH_DELAY_MS)
        self._reload.timeout.connect(self.refresh)
        if devices is not None:
            devices.printing.job_changed.connect(self._job_changed)

        actions = QHBoxLayout()
        actions.addWidget(self.retry_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        reprint_row = QHBoxLayout()
        reprint_row.addWidget(self.reason_label)
        reprint_row.addWidget(self.reason_edit, 1)
        reprint_row.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(reprint_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Kind"),
                self.tr("Document"),
                self.tr("Printer"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Last error"),
                self.tr("Reprint"),
            ]
        )
        self.retry_button.setText(self.tr("Retry selected job"))
        self.cancel_button.setText(self.tr("Cancel selected job"))
        self.reason_label.setText(self.tr("Reprint (补打) reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. label torn, printer jammed"))
        self.reprint_button.setText(self.tr("Reprint selected job"))
        if self.jobs:
            self._fill()

    @Slot(str, str)
    def _job_changed(self, _job_id: str, _state: str) -> None:
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Reload soon; many calls in a row are one reload."""
        self._reload.start()

    def refresh(self) -> None:
        """Reload the jobs, keeping the selected one selected."""
        try:
            self.jobs = list_jobs(self.db, self.actor)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._fill()

    def _fill(self) -> None:
        chosen = self.selected_id()
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            reprint_text = ""
            if job.is_reprint:
                reprint_text = self.tr("Reprint: %1").replace("%1", job.reprint_reason)
            values = [
                job.created_at.astimezone().strftime("%m-%d %H:%M:%S"),
                label_kind_label(job.label_kind),
                job.document_ref or self._unnamed(job),
                job.printer_name,
                job_state_label(job.state),
                str(job.attempts),
                job.last_error,
                reprint_text,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                if job.state == "failed":
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
        if chosen is not None:
            self.select_job(chosen)

    def _unnamed(self, job: JobInfo) -> str:
        """Goods and bin labels and test pages carry no document reference."""
        return self.tr("Test page") if job.label_kind in ("ewaybill", "delivery_note") else "—"

    def row_of(self, job_id: str) -> int:
        return next((r for r, job in enumerate(self.jobs) if job.id == job_id), -1)

    def select_job(self, job_id: str) -> bool:
        row = self.row_of(job_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _selected_or_say(self) -> str | None:
        job_id = self.selected_id()
        if job_id is None:
            self.result.show_error(self.tr("Select a job in the queue first."))
        return job_id

    def retry_selected(self) -> None:
        if (job_id := self._selected_or_say()) is None:
            return
        try:
            job = retry(self.db, self.actor, job_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self._wake()
        self.result.show_ok(self.tr("Sending again on %1").replace("%1", job.printer_name))
        self.refresh()

    def cancel_selected(self) -> None:
        if (job_id := self._selected_or_say()) is None:
            return
        try:
            cancel(self.db, self.actor, job_id)
        except DomainError as error:
            self.result.show_error(error_text(error))
            return
        self.result.show_ok(self.tr("Job cancelled; it will not print."))
        self.refresh()

    def reprint_selected(self) -> None:
        """补打: a new job for the selected printed one; the reason is required
        (the service refuses an empty one and the audit log keeps it)."""
        if (job_id := self._selected_or_say()) is None:
            return
        try:
            job = reprint(self.db, self.actor, job_id, self.reason_edit.text())
        except DomainError as error:
            self.result.show_error(error_text(error))
            self.reason_edit.setFocus()
            return
        self.reason_edit.clear()
        self._wake()
        self.result.show_ok(self.tr("Reprint queued on %1").replace("%1", job.printer_name))
        self.refresh()
        self.select_job(job.id)

    def offer_reprint(self, job_id: str) -> None:
        """After "already printed": select that job and put the cursor in the reason."""
        self.refresh()
        if self.select_job(job_id):
            self.reason_edit.setFocus()

    def _wake(self) -> None:
        if self.devices is not None:
            self.devices.printing.wake()
